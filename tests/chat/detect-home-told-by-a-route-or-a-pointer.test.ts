// Issue 13, round 19: directions to a home that the older grammar (home-directions.ts) missed
// because one of its three parts came in another shape: a private outbuilding as the home ("my
// lockup", "last shed", "our barn"), a numbered junction or exit as the landmark ("come off at
// junction 9"), a landmark named in the sentence before and pointed back at ("you know the old
// cinema? our flat is the white one above it"), "same street as" a landmark with a counted door,
// and a house found by asking for the family ("ask anyone for the Okafor house"). Directions whose
// subject is the workshop or a store stay clean, and so does a car or a noise placed by a landmark.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a home told by a route or a pointer", () => {
  it.each([
    ["an exit and a cottage", "leave the motorway at exit 14, second left, we're the cottage with the green gate"],
    ["a shed past silos", "our shed is past the silos on the back road, the last one with the tin roof"],
    ["a junction and a bungalow", "head out at junction 3, follow the lane, fourth bungalow on the left"],
    ["a barn with red doors", "my barn is opposite the church, the one with the red doors"],
    ["the family's house", "ask anyone in the village for the Okafor house, it's behind the mosque"],
    ["same road, counted doors", "same road as the chemist, three doors down, you'll spot my blue ute"],
    ["a lockup garage", "my lockup garage is the second one past the pub, green door"],
    ["a friend's shed", "my mate's shed is the one next to it, the red doors"],
  ])("%s: %j is an ADDRESS", (_kind, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it("masks the landmark named in the sentence before", () => {
    const text = "remember the old cinema? our flat is the white one above it";
    expect(hides(text, "the old cinema")).toBe(true);
    expect(hides(text, "the white one above it")).toBe(true);
  });

  it.each([
    ["the workshop at a junction", "the workshop is at junction 9 by the Shell, bay 3 with the red door"],
    ["a store on the same street", "the parts shop is on the same street as the workshop, 4 doors down"],
    ["a route to the workshop", "come off at junction 9 and the workshop is the second unit on the left"],
    ["a noise at a junction", "the noise starts after the roundabout at junction 4, third gear"],
    ["a car by a store", "my car is the silver one behind the Tesco, you can't miss it"],
    ["asking for a part", "ask anyone at the counter for the brake kit, they keep it behind the desk"],
    ["a store pointed back at", "you know the Bunnings on Main? the workshop is the big one next to it"],
    ["a store's door", "remember the dealership? our parts store is the grey one behind it, door 2"],
    ["the workshop's unit", "the workshop's past the Bunnings, second unit with the blue roller door"],
    ["a refusal", "i'm not telling you where my lockup is, the app has the pickup address"],
    ["where the sender is, told which store", "I'm in the retail park near the Tesco, the big one by the ring road"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
