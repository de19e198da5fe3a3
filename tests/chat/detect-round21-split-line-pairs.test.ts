// Round 21, a local number whose last four are cut by the send button: the exchange goes with the
// line's first two digits ("555-02"), the last two follow in the next message with words after
// them ("..47 at the end, sent too soon"). Blocks that each stand on a line of their own (a column
// of readings) and a 555 said as an amount stay unjoined.
import { describe, expect, it } from "vitest";
import { burstFlagged, replayHides } from "./detector-helpers.ts";

describe("a 555 number whose line is cut after two digits", () => {
  it.each([
    ["the last two announced at the end, words after", ["ok mine is 555-02", "..47 at the end sorry hit send"], ["555-02", "47"]],
    ["the last two said to be the rest", ["its 555 01", "72 is the rest"], ["555 01", "72"]],
  ])("%s: %j hides every piece", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["a column of readings in one message", ["pressures were\n555\n12\n34"]],
    ["an amount, then a small price", ["quote came to 555", "and 12 for the bolts"]],
    ["a torque, then two more readings", ["torque is 555", "then 12 34 on the second pass"]],
    ["places in a car park", ["bay 555", "row 01", "slot 66"]],
  ])("%s: %j stays unflagged", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
