// Round 22, links typed apart: a link written with spaces around its dots so it will not click
// ("rhysautos . test") was read as a link only when its ending was a common one ("com", "shop").
// When the sender marks the words as a link (a scheme typed before them, "www", or "(remove spaces)"
// said straight after in brackets or after a dash, for an ending of 3+ letters or a name of 4+, never
// "ie" or a token with a digit), any top-level domain ends the address, so the whole of it is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a link typed apart, marked as one, with an uncommon ending", () => {
  it.each([
    ["a scheme spelled apart, then a reserved ending", "h t t p s : / / brakebarn . test", ["brakebarn . test"]],
    ["a scheme typed whole, a country ending", "book here https:// tonysgarage . ie", ["tonysgarage . ie"]],
    ["a scheme spelled apart and a path", "h t t p : / / wrenchworks . garage / booking", ["wrenchworks . garage"]],
    ["a review quoting the site", "legit guy. his site is h t t p s : / / fixitquick . example", ["fixitquick . example"]],
    ["'www' and a Finnish ending", "book me direct at www . brakebros . fi", ["brakebros . fi"]],
    ["two dots, then '(remove spaces)'", "mekanikoni-jun . example . ph (remove spaces)", ["mekanikoni-jun . example . ph"]],
    ["'no spaces' in brackets", "site is dannyfix . nz (no spaces)", ["dannyfix . nz"]],
    ["'no spaces' after a dash", "rhysautos . test - no spaces", ["rhysautos . test"]],
  ])("%s: %j is caught whole", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  // Dropped by the review's tightening: after a comma the phrase may be the sentence going on ("worn . ie, no spaces between the blocks")
  it.fails.each([["a comma, then 'remove the spaces'", "my page: kevsmobile . tech , remove the spaces", ["kevsmobile . tech"]]])("%s: %j is caught whole", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["a reading with 'no spaces' after it", "the sensor reads 3 . 5 no spaces between the pins"],
    ["a part and a pH, 'no spaces' later", "I replaced part . ph sensor, no spaces left in the bay"],
    ["a torque, 'remove spaces' about a bolt", "the torque is 40 . nm not more, remove spaces from the bolt"],
    ["the platform's own link, then a sentence", "the help says https://autodoctor.app . see the fuse page"],
    ["a page number then a sentence", "page 4 . it says to check the fuse"],
    ["a sentence typed with a spaced full stop", "it pulls left . de-icer did not help"],
    ["an order reference with spaced dots", "order ref 7731 . 22 . 19 arrived today"],
    ["a price with a spaced dot", "the pads were 45 . 99 at the store, no spaces on the invoice"],
    ["'ie' then a dashed 'no spaces'", "the welds look fine . ie - no spaces in the seam"],
    ["a code with a digit, bracketed 'no spaces'", "the VIN ends X7 . KL (no spaces) on the log book"],
    ["a short word and ending, bracketed", "moved it . pl (no spaces)"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
