// Round 21, numbers over consecutive messages outside North America: the pieces are joined when
// they are cut where the number's own region writes a space (an Indian mobile as two fives, a
// Spanish one after its first three or five digits), when eight digits come as two fours after a
// phone word (Singapore, Hong Kong), or when a Brazilian mobile's leading nine is typed on its own
// after the area code. Readings one a message (round amounts, mileage, a part's label) stay apart.
import { describe, expect, it } from "vitest";
import { burstFlagged, hides, replayHides } from "./detector-helpers.ts";

describe("a number of another region sent in pieces", () => {
  it.each([
    ["an Indian mobile as two bare fives", ["97311", "20456"], ["97311", "20456"]],
    ["a Spanish mobile cut after its fifth digit", ["63355", "0421"], ["63355", "0421"]],
    ["eight digits as two fours, then a phone word", ["9123", "4567 text me"], ["9123", "4567"]],
    ["eight digits as two fours, then an app named", ["6123", "4567 whatsapp me"], ["6123", "4567"]],
    ["a Brazilian mobile with its nine typed apart, in three messages", ["(21) 9", "8765", "4321"], ["21", "9", "8765", "4321"]],
  ])("%s: %j hides every piece", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it("hides an Indian mobile typed as two fives on lines of their own", () => {
    expect(hides("here it is\n98765\n43210", "98765\n43210")).toBe(true);
  });

  it.each([
    ["two round amounts", ["98000", "65000"]],
    ["two fours with no phone word", ["8555", "0172"]],
    ["mileage, then a service interval", ["it did 64512 km", "service at 70000"]],
    ["a part's label before its two halves", ["part 90915", "10004"]],
    ["two halves of a part number after a message naming them", ["the filter part numbers", "90915", "10004"]],
    ["a quote, then labour", ["the quote is 7450", "and 1200 for labour"]],
    ["an area code and a nine, nothing more", ["(11) 9", "5555"]],
  ])("%s: %j is not joined into a phone", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
