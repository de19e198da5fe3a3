// Issue 13: the booking said to be unneeded while a visit or a payment is arranged ("don't bother
// booking, just come to the unit Saturday", "I'll pop round yours after work, no booking needed",
// "what if we did it without the booking") is an OFF_PLATFORM_DEAL. The platform's own rule about
// walk-ins, and a booking put off for now, stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the booking said to be unneeded", () => {
  it.each([
    ["don't bother booking, just come to the unit Saturday morning"],
    ["I'll pop round yours after work and sort it, no booking needed"],
    ["what if we did it without the booking, cash on the day"],
    ["no need to book it, just bring it by my garage Sunday"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([["no booking needed for the MOT, the app says walk-ins are fine"], ["don't book the diagnostic yet, let's see if the light comes back"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
