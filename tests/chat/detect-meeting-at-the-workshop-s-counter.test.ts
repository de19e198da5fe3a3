// Round 50: a meeting at the workshop's own service desk, front desk, front counter or reception is where a
// workshop meets its customers (README, round 19: a service desk counts as the workshop's own), booking word
// or not ("The workshop at Eastside can meet you at their service desk Tuesday morning"). A counter placed at
// another business or building ("the service desk at Walmart", "the front desk of the Holiday Inn") or a
// meeting with cash or the app skipped stays a deal (phrases.ts, `MEET_AT_THE_COUNTER`).
import { describe, expect, it } from "vitest";
import { flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("a meeting at the workshop's own counter", () => {
  it.each([
    ["The workshop at Eastside can meet you at their service desk Tuesday morning"],
    ["The shop can meet you at the front counter at 9 to hand over the keys"],
    ["Our advisor will meet you at reception when you drop the car off"],
    ["Gary will meet you at the service desk tomorrow and go through the quote"],
    ["they can meet you at their front desk Friday afternoon to sign off the work"],
    ["We'll meet you at our service counter at 8:30, the loan car is ready"],
    ["the dealer can meet you at their main reception on Monday to return the key fob"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["meet me at the service desk at Walmart on Saturday"],
    ["meet me at the front desk of the Holiday Inn tomorrow at 6"],
    ["meet me at their service desk, bring cash and skip the app"],
    ["The workshop at Eastside can meet you at the Shell on 5th Tuesday morning"],
    ["meet me at the counter at AutoZone on Slaughter at 4"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
