// A dot said or bracketed in leetspeak ("[d0t]", "(d0t)", "d0t") is a dot, and an ending typed
// that way after it ("c0m") is the ending: the address is masked like "samfixes [dot] com".
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a leetspeak dot", () => {
  it.each([
    ["bracketed, with a leet ending", "my site is samfixes [d0t] c0m", "samfixes [d0t] c0m", "LINK"],
    ["in parentheses", "samfixes (d0t) com", "samfixes (d0t) com", "LINK"],
    ["said, without brackets", "find me at samfixes d0t c0m", "samfixes d0t c0m", "LINK"],
    ["in a mail address", "sam at gmail (d0t) c0m", "sam at gmail (d0t) c0m", "EMAIL"],
  ])("%s: %j hides the address", (_form, text, secret, kind) => {
    expect(kindsOf(text)).toContain(kind);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["the dot on the gauge is red"], ["c0m port reads fine on the scanner"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
