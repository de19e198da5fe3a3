// Issue 13 round 17, what a part, its box or its tag has written on it: a number quoted as what
// the thing says, reads or has stamped ("the box says a 624 390 40 94", "the gearbox tag reads 09G
// 321 03") is the thing's identifier, read like a part's "number": by its shape. A number typed as
// a phone is written (a North American or trunk-zero number in its own grouping), one with a phone
// word after it, a fiction-range 555 number or one with a "+" stays a phone, since a sender can
// quote any thing to pass one.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a number quoted from a thing", () => {
  it.each([
    "the old pump's label says 624 390 40 71, same as the new one?",
    "the sticker on the new one reads 734 390 40 18",
    "the gearbox plate says 02E 321 05, 7 speed dsg",
    "box said a 906 713 55 08 but the part inside looks different",
    // An identifier's name near it excuses any shape, as before ("ECU", "module").
    "the ECU label says 0281S13502 / 03L906018JJ",
  ])("%j is no phone", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a North American number typed as one", "the box says 312 394 2231", "312 394 2231"],
    ["a trunk-zero mobile typed as one", "the tag reads 0412 394 873", "0412 394 873"],
    ["a phone word after it", "the label says 718 204 1163 ring it after 5", "718 204 1163"],
    ["a fiction-range number", "the box says 5125550143", "5125550143"],
    ["a number with its country code", "the sticker says +44 7700 900461", "+44 7700 900461"],
  ])("%s: %j is still a phone", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });
});
