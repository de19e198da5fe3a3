// Issue 13, round 18 (fp18): an identifier's number with a code's variant or market glued on by a
// dash ("stock number 212-555-0147-UK", "the part number's 312-555-0188-LH") is that thing's code,
// though its digits fall in the 555 or drama ranges films and senders use for phones: a phone is not
// written with "-UK" or "-A" after it (phone.ts CODE_SUFFIX). With a phone word after it ("... call
// me"), with a phone cue before it, with an extension ("-x22") or with no identifier named, the number
// is still hidden. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a labelled number with a code's suffix", () => {
  it.each([
    ["Stock number on the reconditioned gearbox is 212-555-0147-UK, 40k on it"],
    ["the part number's 312-555-0188-LH for the left side, the right is -RH"],
    ["order number 415-555-0123-GB came through this morning"],
    ["serial on the ECU reads 07700-900-461-EU according to the breaker"],
    ["the claim reference is 503-555-0110-A if the assessor asks"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["part number 512-555-0143-A call me", "512-555-0143"],
    ["part no 512-555-0143-A, ring that", "512-555-0143"],
    ["my cell 512-555-0143-ok", "512-555-0143"],
    ["part no 512-555-0143-x22", "512-555-0143"],
    ["stock number 212-555-0147 call me", "212-555-0147"],
    ["text 415-555-0123-B after 6", "415-555-0123"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
