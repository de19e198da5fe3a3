// Specification: a premises' number label written with a dot and "No" ("H.No 12-2-345/A", "D.No
// 5-8-293", "Plot.No 45": house, door, plot in Indian addresses) is a number's label, not a link to
// a site on Norway's ".no"; before, every such address was hidden as a LINK. A .no site without a
// number after it is still a link.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a number label written with a dot", () => {
  it.each([
    ["a house number", "the garage is at H.No 12-2-345/A, Road No 3, Banjara Hills"],
    ["a door number", "D.No 5-8-293 near the bus stop, bring the car by 10"],
    ["a flat number in lower case", "I'm at flat.no 302, the parking is underneath"],
    ["a plot number with a full stop", "our workshop is Plot.No. 45 in the industrial area"],
    ["a survey number with a hash", "S.No #112/3 behind the petrol bunk"],
  ])("(%s) is no link: %j", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("LINK");
  });
});

describe("a site on .no", () => {
  it.each([
    ["a site named in a sentence", "book it through oslobilverksted.no and pay there"],
    ["a one-word site with a number that is no label's", "check bilverksted.no 24 hours a day"],
    ["a label's shape with no number after it", "message me on h.no instead"],
  ])("(%s) is still a link: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("LINK");
  });
});
