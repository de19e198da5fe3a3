// Issue 13, "across messages", and the false positives it must not raise: numbers from different
// thoughts in consecutive messages (mileage, then a price, then a part number) are not joined into
// a phone; a number really sent in pieces still is.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides } from "./detector-helpers.ts";

describe("numbers over consecutive messages", () => {
  it.each([
    ["an announced number in two messages", ["my number is 480 555", "0131"], ["480 555", "0131"]],
    ["bare pieces in three messages", ["602", "5551", "209"], ["602", "5551", "209"]],
    ["an area code, then the rest after 'then'", ["area code 720", "then 555 0199"], ["720", "555 0199"]],
    ["a UK mobile in two pieces", ["07700 900", "318 cheers"], ["07700 900", "318"]],
    ["a typed plus, then the rest", ["+61 412", "555 880 mate"], ["+61 412", "555 880"]],
  ])("%s: %j hides every piece", (_kind, messages, secrets) => {
    expect(burstFlagged(messages)).toBe(true);
    expect(burstHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["mileage, a price, a part number", ["mileage is 148", "920 for both sides?", "part 4425 0611"]],
    ["a reading with a unit", ["odometer says 212", "455 km since the swap"]],
    ["a question about a number", ["is it 415?", "the other quote said 612 0177 lol"]],
    ["prices, one per message", ["they quoted 615", "then 322 for the labour"]],
    ["a reading between two numbers", ["926?", "idle is 750", "848 2300"]],
    ["a year and an amount", ["bought it in 2016", "for 7400", "now 160k"]],
    ["a number said as money", ["deposit was $312", "448 0190 is the invoice ref"]],
  ])("%s: %j is not joined into a phone", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
