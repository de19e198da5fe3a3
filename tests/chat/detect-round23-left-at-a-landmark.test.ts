// Issue 13, round 23: a turn told without "turn" ("left at the Casey's", "right after the grain
// silo", "bear left past the chapel") is a step of the way to a home like "turn left at"
// (home-directions.ts): with the home claimed or the route told and the home picked out, the
// sentence is an ADDRESS. A menu, a warning light or a workshop reached the same way stays innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a turn at a landmark without the word turn", () => {
  it.each([
    ["a route and a farm counted", "get off at exit 17, left at the Dollar General, second farm on the left with the blue silo"],
    ["a home claimed", "head out past the quarry, right after the grain elevator, we're the third house, white fence"],
    ["bear left past a chapel", "follow the county road, bear left past the little chapel, our place is the one with the green roof"],
  ])("%s: %j is an ADDRESS", (_kind, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it.each([
    ["a menu", "turn the ignition on, then left at the diagnostics menu, the third tab with the red icon"],
    ["a warning light after a wash", "the light came on right after the car wash, the first garage I went to said it's the sensor"],
    ["the workshop itself", "left at the Shell station, the workshop is the second unit on the right with the blue door"],
    ["a store in passing", "I was right by the Walmart when the red light came on"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
