// Round 51 (det51d): a customer asking whether the workshop, or "they", takes cash, or whether paying it in cash is all right,
// asks about the platform's rules even when the app goes unnamed (phrases.ts cashAskedOfTheWorkshop): a third party's acceptance
// asked, not cash offered. Still caught: the reader or the sender paid ("do you take cash?"), a saving or the fee, the app skipped,
// payment made direct, or the cash counted out. Sentences written for this branch. Probed with the application's options
// (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("whether the workshop takes cash, asked without naming the app", () => {
  it.each([
    ["is it ok if I pay the workshop in cash?"],
    ["do they accept cash"],
    ["does the garage take cash?"],
    ["would the shop accept cash for the tyres?"],
    ["is it alright if we pay them in cash when we collect?"],
    ["can I pay the dealership in cash?"],
    ["do they take cash or not?"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["I'll pay you cash instead of through the app"],
    ["cash is cheaper for both of us"],
    ["can I just pay you cash and skip the fee?"],
    ["do you take cash? we can skip the app"],
    ["is it ok if I pay you in cash?"],
    ["does the workshop take cash? would save us the fee"],
    ["is it ok if I pay the workshop in cash directly?"],
    ["do they take cash? I'll bring 300"],
  ])("%j is still caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
