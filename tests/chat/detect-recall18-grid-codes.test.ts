// Issue 13, round 18 (mended in round 19), "addresses": a place shared the way map apps share one
// besides coordinates: a what3words address (three words joined by dots after "///" or its name)
// and a plus code (Open Location Code, full, or short with its town or a location word). Sums, oil
// grades, part and engine codes written with a "+" (a part's label before it) and a link's slashes
// stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a place as a grid code", () => {
  it.each([
    ["what3words after slashes", "im at ///lamp.crane.orbit, the van with the hazards on", "lamp.crane.orbit"],
    ["what3words with a space after the slashes", "broke down at /// tiger.plank.mossy", "tiger.plank.mossy"],
    ["what3words by its name", "what3words is velvet.dome.kettle, come quick", "velvet.dome.kettle"],
    ["what3words by its short name", "w3w: brick.sunny.ladder", "brick.sunny.ladder"],
    ["a full plus code", "my location is 9C3XGV4C+QV", "9C3XGV4C+QV"],
    ["a short plus code with its town", "plus code GV4C+QV Leeds", "GV4C+QV"],
    ["a short plus code in lower case, stuck", "gv4c+qv near the bus stop, stuck", "gv4c+qv"],
    // Round 19's own attacks.
    ["what 3 words spaced, a colon", "what 3 words: sunny.lamp.frog for the pickup", "sunny.lamp.frog"],
    ["a full plus code for the tow truck", "tow truck needs 9F4MGC2Q+4G", "9F4MGC2Q+4G"],
    ["a short plus code, stuck near a shop", "stuck at GV4C+QV near Tesco", "GV4C+QV"],
    ["a short plus code after a part word, but a map word", "the spare part is at plus code 8J5X+9C", "8J5X+9C"],
  ])("%s: %j hides the place", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a sum", "add 2+2 and carry the 1"],
    ["oil grades", "oil 5W30+5W40 mixed is fine"],
    ["a charger model", "the C6+ battery charger"],
    ["torque angles", "torque spec 20+90 degrees on the head bolts"],
    ["an engine code", "try the 2GR+FE engine"],
    ["a short code-like part number", "part FFGH+22 from the dealer"],
    ["a version of a file", "the file is report.final.v2 on the drive"],
    // Round 19's own attacks.
    ["a short code after a part label, a brand after it", "part 8J5X+9C Bosch fits it"],
    ["a model code with a brand after it", "model 2C4F+3V Denso, stuck on the shelf"],
    ["torque in stages", "torque 40+15 then 90 degrees"],
    ["dotted file names without slashes", "send brake.pads.quote when ready"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
