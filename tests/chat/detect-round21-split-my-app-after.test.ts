// Round 21, a number's last piece followed by "mi" and a phone word or an app ("5678 mi whatsapp",
// "0123 mi cel"): the Spanish or Italian "my", which the unit rules took for miles, so the piece
// read as a mileage and the number's earlier pieces stayed readable. A distance in miles stays one.
import { describe, expect, it } from "vitest";
import { burstFlagged, replayHides } from "./detector-helpers.ts";

describe("'mi' before a phone word after the last piece of a number", () => {
  it.each([
    ["a Spanish mobile, then 'mi whatsapp'", ["+34 612 555", "018 mi whatsapp"], ["+34 612 555", "018"]],
    ["a Mexican number, then 'mi cel'", ["+52 33 5555", "0123 mi cel"], ["+52 33 5555", "0123"]],
  ])("%s: %j hides every piece", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["a mileage in miles", ["the odometer says", "98450 mi on it now"]],
    ["a distance, then a reading", ["we drove 312 mi", "555 mi back the next day"]],
  ])("%s: %j stays unflagged", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
