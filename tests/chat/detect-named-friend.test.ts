// Issue 13: a full name given for a friend or housemate is a lead to a private person, as one for
// a relative or colleague already is ("my mate Tariq Hussain does them for half", "my buddy Jorge
// Ramirez", "my landlady Ines Ferreira"). A first name alone and a car after "my mate" stay
// innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a friend named in full", () => {
  it.each([
    ["my mate Tariq Hussain does them for half, he's on facebook", "Tariq Hussain"],
    ["my buddy Jorge Ramirez can swap it this weekend", "Jorge Ramirez"],
    ["my housemate Ewan McTavish will hand over the keys", "Ewan McTavish"],
    ["my landlady Ines Ferreira owns the van", "Ines Ferreira"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["my mate Dave will bring it round to the shop"], ["my mate Aston Martin lol"], ["my bro Honda Civic is the same year"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
