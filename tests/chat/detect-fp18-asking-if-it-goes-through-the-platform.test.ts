// Issue 13, round 18 (fp18): a question that offers the platform as the other way ("do I pay the
// workshop at the counter or is it all through here?", "can I ring you, or does it all go through
// the app?") asks how the platform works and offers nothing (phrases.ts live: OR_THE_PLATFORM_ASKED).
// A saving asked about ("is it cheaper to pay at the counter or through here?"), the platform left
// as a grudging fallback without a question ("just pay me at the counter, or through here if you
// must") and a detail given beside the question stay flagged. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("asking whether it goes through the platform", () => {
  it.each([
    ["do I pay the workshop at the counter or is it all through here?"],
    ["should I pay the shop at the counter or do I pay in the app?"],
    ["can I call you or is it all through here?"],
    ["do I text you or should I keep it on the app?"],
    ["sorry, new to this, do I pay the garage on the day or is it all via the app?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["is it cheaper to pay the workshop at the counter or through here?", "OFF_PLATFORM_DEAL"],
    ["just pay me at the counter, or through here if you must", "OFF_PLATFORM_DEAL"],
    ["can I pay the workshop at the counter or through here? cash saves us both the fee", "OFF_PLATFORM_DEAL"],
  ])("%j is still flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("a number given after the question is hidden", () => {
    expect(hides("do I ring the garage direct or is it all through here? ring them on 0412 555 873", "0412 555 873")).toBe(true);
  });
});
