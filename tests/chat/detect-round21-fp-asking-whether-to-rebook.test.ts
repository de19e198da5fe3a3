// Issue 13, round 21 (fp21): a customer asking whether to cancel and rebook ("can I reschedule on
// the booking page or do I need to cancel and rebook?") asks about a booking's own step: "cancel
// and rebook" in the sender's own question (phrases.ts ownStepAsked, shared with round 20's
// question about how to pay) that names nobody to rebook with and no way around the platform is no
// deal. Still a deal: the same words with "outside", "elsewhere", "with me", "on my site" or a
// saving, and said as an instruction rather than asked. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("asking whether to cancel and rebook", () => {
  it.each([["can I reschedule on the booking page or do I need to cancel and rebook?"], ["do I need to cancel and rebook?"], ["should I cancel and rebook for a longer slot? this one is too short"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it.each([
    ["if you agree I'll cancel and rebook outside, cheaper for both of us"],
    ["should we cancel and rebook with me directly?"],
    ["can we cancel and rebook, cheaper that way?"],
    ["can I cancel and rebook on my site?"],
    ["can we cancel and rebook elsewhere?"],
    ["cancel and rebook, trust me"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
