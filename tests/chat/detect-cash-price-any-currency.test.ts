// Issue 13: a price to be paid in cash is an OFF_PLATFORM_DEAL in any currency or money word
// ("£45 cash", "60 quid cash", "200 bucks cash", "€80 cash"), as "$300 cash" already was. Cash
// paid in the past, or another garage's cash price asked about, stays innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a cash price in any currency", () => {
  it.each([["£45 cash and it's done today"], ["I'll fit the pads for 60 quid cash"], ["it's 200 bucks cash, parts included"], ["€80 cash, ich komme vorbei"]])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([["I paid 60 quid cash for the tyres last year"], ["the last garage wanted 300 quid cash, is that normal?"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
