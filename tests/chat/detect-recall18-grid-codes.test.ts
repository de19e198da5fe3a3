// Issue 13, round 18, "addresses": a place shared the way map apps share one besides coordinates:
// a what3words address (three words joined by dots after "///" or its name) and a plus code (Open
// Location Code, full, or short with its town or a location word). Sums, oil grades, part and
// engine codes written with a "+" and a link's slashes stay innocent.
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
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
