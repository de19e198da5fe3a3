// Issue 13, round 8: number words with digits typed for their letters ("f1ve", "thr33", "0n3"),
// glued to each other or to digits ("sixoh4", "oh1five1", "triple5"), are read as the digits they
// spell; words that only look alike ("t1res", "b00k") are left alone.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("number words typed in leetspeak or glued", () => {
  it.each([
    ["leet letters", "n1ne one f0ur fiv3 fiv3 fiv3 0h 0n3 sev3n s1x", "n1ne one f0ur fiv3 fiv3 fiv3 0h 0n3 sev3n s1x"],
    ["glued words and digits", "call sevenoh2 fivefivefive oh1six8", "sevenoh2 fivefivefive oh1six8"],
    ["a glued triple", "3 1 2 triple5 oh1four7", "3 1 2 triple5 oh1four7"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["I have 2 t1res and a b00k of receipts"], ["oh no, the check engine light again"]])("%j is no phone", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
