// Issue 13, round 17: a payment kept between the two parties read as a grammar (direct-payment.ts):
// any verb of paying or handing money over with a party as the payee, and either a manner that
// leaves the platform out ("straight", "personally", "on the day") or the platform avoided in the
// same sentence ("than go through the app", "cancel the booking"); a price with the deal hushed
// ("if it stays between us"); and the same in Spanish, French and Hinglish. The deal is masked
// with its sentence. A payment made on the platform, a call given, keys handed over and someone
// else's payment stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a payment kept between the two parties", () => {
  it.each([
    ["paid straight with a discount asked", "if I pay u straight up can you knock some off", "pay u straight up"],
    ["money handed personally", "is it fine if I hand you the cash personally when I pick it up", "hand you the cash personally"],
    ["given instead of the app", "I'd rather give you the money myself than go through the app", "give you the money myself"],
    ["money on the day instead of online", "is it ok if I hand you the money on the day instead of paying online", "hand you the money on the day"],
    ["a transfer and a cancelled booking", "just transfer it to me and cancel the booking", "transfer it to me"],
    ["notes slipped without the site", "I'll slip you 60 quid, no need for the site", "slip you 60 quid"],
    ["a hushed price", "I can do 80 quid if it stays between us", "80 quid"],
    ["a hushed price, another wording", "150 all in, keep it quiet yeah", "150 all in"],
    ["Spanish", "me pagas directo y cancelamos en la app", "me pagas directo"],
    ["French", "tu me paies en direct, on annule la reservation", "tu me paies en direct"],
    ["Hinglish", "paisa direct de dena, app se mat karo", "paisa direct de dena"],
    ["cash set against the app's price", "I'll give you 90 cash instead of 120 on the app", "give you 90 cash"],
    ["paid straight for less than the booking", "can I pay you 150 straight up rather than 180 through the booking", "pay you 150 straight up"],
  ])("%s: %j is a deal, hidden", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["can I pay you directly through the app?"],
    ["I'll give you a call when the car is ready"],
    ["I paid him directly last year, he was a dodgy dealer"],
    ["send me the photos instead of the booking form"],
    ["my brother will pay you on the day through the booking"],
    ["I'll hand you the keys personally at the shop"],
    ["the app charged me twice, can you check the payment"],
    ["I don't want to pay you directly, the app is fine"],
    ["the 2 of them stayed between us and the dealer"],
    // "on the day" is when, not how; a contrast with an amount, a part of the bill or a moment is haggling
    ["I'll pay you on the day of the MOT"],
    ["I can pay you in full on the day"],
    ["could I pay you 90 not 120 via the app"],
    ["I'll pay you the labour instead of the parts, through checkout"],
    ["I'll pay you once it's finished, not until the app says complete"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
