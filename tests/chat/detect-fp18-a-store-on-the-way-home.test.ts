// Issue 13, round 18 (fp18, mended in round 19): a store named where a part is to be bought, with
// the trip home beside it ("the Repco near me has the pads in stock, I'll grab them on the way
// home") places no home: "on the way home", "heading home", "driving home" are a journey, not a
// dwelling, so address.ts's directions rule (DIRECTION_CUE) reads the sentence without them
// (TRIP_HOME). The round-18 review showed a home said beside the trip without a dwelling word
// ("heading home, mine's the flat above the chippy on King St"), so the home pointed at as "mine",
// "ours", "at mine" or "the flat above ..." (HOME_POINTED) is still an address.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a store near the sender and the trip home", () => {
  it.each([
    ["the Repco near me has the pads in stock, I'll grab them on the way home"],
    ["the Halfords next to the station had them, I'll pick some up heading home"],
    ["there's an AutoZone past the lights, I'll stop in when I'm driving home"],
    ["got the bulbs at the Supercheap opposite the Woolies on my way home"],
    ["the Euro Car Parts behind the retail park had it, went home via there"],
    // Round 19's own attacks: a trip home beside a store and a street, a flat battery or tyre.
    ["heading home, I'll grab pads at the Repco on Main St"],
    ["my battery went flat behind the Tesco on King St, walked home"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["I'm the blue house behind the Repco, drop by on your way home", "the blue house behind the Repco"],
    ["my home is behind the Tesco, come round", "my home is behind the Tesco"],
    ["on the way home you'll pass the Shell, my house is the one opposite the Shell", "my house is the one opposite the Shell"],
    ["drop by on the way home, I'm the white house behind the Tesco", "the white house behind the Tesco"],
    // Round 19's own attacks: the home as "mine", "ours" or a flat pointed at, beside a trip home.
    ["heading home now, mine's the house behind the Aldi on Park Rd", "behind the Aldi on Park Rd"],
    ["on my way home, the flat above the bakery on High St is mine", "above the bakery on High St"],
    ["driving home, come at mine, the place behind the Shell on Main", "behind the Shell on Main"],
    ["going home — ours is the unit next to the Spar on Mill Lane", "next to the Spar on Mill Lane"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // Round 19's attacks not handled, by rules other than this one (as before this commit): a fuel
  // price "cheap there" is read as a deal, and a road named with its suffix alone as an address.
  it.fails.each([["on the way home I passed the Shell on King St, fuel's cheap there"], ["going home past the Kmart on Bell Rd, they had wiper blades"]])("[flagged] %j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
