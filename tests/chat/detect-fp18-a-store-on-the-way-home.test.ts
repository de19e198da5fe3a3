// Issue 13, round 18 (fp18): a store named where a part is to be bought, with the trip home beside
// it ("the Repco near me has the pads in stock, I'll grab them on the way home", "the Halfords by
// the station had them, I'll pick some up heading home") places no home: "on the way home",
// "heading home", "driving home" are a journey, not a dwelling, so address.ts's directions rule
// (DIRECTION_CUE) reads the sentence without them (TRIP_HOME). A home itself pointed at beside the
// store ("I'm the blue house behind the Repco", "my home is behind the Tesco") is still an address.
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a store near the sender and the trip home", () => {
  it.each([
    ["the Repco near me has the pads in stock, I'll grab them on the way home"],
    ["the Halfords next to the station had them, I'll pick some up heading home"],
    ["there's an AutoZone past the lights, I'll stop in when I'm driving home"],
    ["got the bulbs at the Supercheap opposite the Woolies on my way home"],
    ["the Euro Car Parts behind the retail park had it, went home via there"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["I'm the blue house behind the Repco, drop by on your way home", "the blue house behind the Repco"],
    ["my home is behind the Tesco, come round", "my home is behind the Tesco"],
    ["on the way home you'll pass the Shell, my house is the one opposite the Shell", "my house is the one opposite the Shell"],
    ["drop by on the way home, I'm the white house behind the Tesco", "the white house behind the Tesco"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
