// Issue 13, round 23 (fp23): a whole written date after "ends" or "starts" ("warranty ends
// 31/05/2027 or 100,000 km, whichever first") says when something ends, not the last piece of a
// number, when no phone word is near (phone.ts ANNOUNCED_FRAGMENT, FULL_DATE_GOES_ON): "first" in
// the same sentence had made it look like two pieces announced together. Still caught: the pieces
// of a number announced with a phone word near, a date-like piece with a two-digit year, and a
// number that is typed whole beside the date. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a whole date after ends or starts", () => {
  it.each([
    "the extended cover ends 30/11/2027 or at 150,000 km, whichever comes first",
    "rego ends 15-08-2026, first thing I'll do is book the inspection",
    "lease ends 28/02/2028 and the first service is due before that",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each(["roadside assist starts 01.03.2026, first callout is free"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each<[string, string[]]>([
    ["my number ends 0147, first three 555", ["0147"]],
    ["ends in 01/47, first bit 0412 555 - text that", ["0412 555"]],
    ["cover ends 30/11/2027, first call me on 0412 555 019", ["0412 555 019"]],
    ["last four 0188 and it starts 415 555", ["0188"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});
