// Issue 13, round 17: a full name given as the holder of something one pays or checks
// (named-holder.ts): a possessor's name said as such ("in my wife's name, ..."), the name on an
// account, card or registration, the name one goes by online, an account holder or payee, registered or insured to someone, a
// payment sent to a person, or a name spelled out with dashes. The name is masked. Businesses paid,
// a car's pet name, the platform's own profile and a name already on the booking stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a full name given as a holder or payee", () => {
  it.each([
    ["a possessor's name", "the account's in my wife's name, Priya Natarajan", "Priya Natarajan"],
    ["the name on the account", "send the deposit to the name on the account, Tomás Herrera Vidal", "Tomás Herrera Vidal"],
    ["an account holder", "account holder: Wes Abernathy", "Wes Abernathy"],
    ["a payee", "transfer to Ingrid Solberg, she's my partner", "Ingrid Solberg"],
    ["registered to someone", "it's registered to my brother, Callum McBride", "Callum McBride"],
    ["under a parent's name", "the car's under my mum's name, Gwen Llewellyn, if that matters", "Gwen Llewellyn"],
    ["spelled out with dashes", "name's spelled T-O-M-A-S R-E-Y-E-S", "T-O-M-A-S R-E-Y-E-S"],
    ["the name one goes by, where it is used", "i go by my real name on socials, Marta Ines Lindqvist, add me", "Marta Ines Lindqvist"],
    // "go by <Name>" is read by phrases.ts's name rule; the frame here keeps "my real name"
    ["the name one goes by, said straight", "I go by Desmond Achterberg on facebook", "Desmond Achterberg"],
    ["a real name where it is used, in capitals", "I GO BY MY REAL NAME ONLINE, Ottilie Fairbanks", "Ottilie Fairbanks"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["transfer to Halfords for the parts, they were quicker"],
    ["send it to Kwik Fit if you can't do it"],
    ["the name on the invoice was Mercedes Benz Financial"],
    ["pay it to the app, it's safer"],
    ["my wife's name is on the booking too"],
    ["the name on my profile here is my real one"],
    ["the car's name is Betsy lol she's a 1998 Camry"],
    ["I go by the manual for torque values"],
    ["the recovery truck goes by Mill Lane most mornings"],
    ["she goes by the book on torque settings, Fred says"],
    ["my real name on the account is my maiden one"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
