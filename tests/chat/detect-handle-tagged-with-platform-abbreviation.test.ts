// A handle tagged with a bare platform abbreviation, before or after it ("samfixes77 ig",
// "ig samfixes77"), is the account and is masked; "ig" next to a car word, an engine code or a
// trouble code is the ignition, not a platform.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a handle tagged with a platform abbreviation", () => {
  it.each([
    ["the abbreviation after the handle", "Sam samfixes77 ig", "samfixes77"],
    ["the abbreviation before the handle", "ig samfixes77", "samfixes77"],
    ["an underscore handle and fb", "easier here, or sam_fixes fb", "sam_fixes"],
    ["a messaging app's abbreviation", "tg sam.fixes", "sam.fixes"],
    ["the clause going on with a please", "samfixes77 ig pls", "samfixes77"],
  ])("%s: %j hides the handle", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["my v6 ig coil is cracked"], ["the ig coil on my s2000 is bad"], ["ignition switch on the k24a2 ig"], ["code P0300 ig"], ["part 04E121113G ig"], ["check the ignition timing"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
