// Issue 13, round 8: a handle made of plain letters ("mayafixescars", "rosecityfix") tagged with a
// platform ("ig mayafixescars", "rosecityfix on snap") is a handle like one with digits: no
// dictionary holds it (an-array-of-english-words); an English word there ("photos on snap") is not.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a coined word tagged with a platform", () => {
  it.each([
    ["after an abbreviation", "ig mayafixescars", "mayafixescars"],
    ["before 'on' and an abbreviation", "(rosecityfix on snap)", "rosecityfix"],
    ["in a display name", "Maya (mayafixes on snap)", "mayafixes"],
    ["a full platform name after it", "Sam brakeboss on tiktok", "brakeboss"],
    ["a platform to search for it", "search instagram for brakeboss", "brakeboss"],
    ["looked up on a platform", "look up rosecitygarage on facebook", "rosecitygarage"],
  ])("%s: %j hides the handle", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["I put the photos on snap"], ["ig everything is fine, thanks"], ["my v6 ig coil is bad"], ["search youtube for brake videos"], ["search facebook for reviews"]])(
    "%j is no handle",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
