// Round 50: Signal named as the channel the sender prefers, with the reader sent to look them up ("Signal is easier for me,
// search my name"), is a messaging-app invitation, hidden with its sentence. The car's signal (turn signal, signal light,
// signal wire) and a phone's signal stay innocent, look-up or not.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("signal preferred, the sender looked up by name", () => {
  it.each([
    ["Signal is easier for me, search my name"],
    ["signal is easier, just search my name"],
    ["signal's better for me tbh, just look me up"],
    ["honestly signal would be easier, search for my name there"],
    ["Signal works better for me. Look me up, I'm on there"],
    ["pictures are a pain here, signal is way easier, find me by my name"],
  ])("%j is a messaging app, hidden (rules and application)", (text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
    expect(caughtBy(text, ["ignal"], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, ["ignal"], APPLICATION)).toBe(true);
  });

  it.each([
    ["the turn signal is easier to replace than the headlight"],
    ["signal light is out, easier to fix than you think"],
    ["the signal wire is easier to reach from under the dash, search the part name"],
    ["your left signal is easier to see now"],
    ["the left turn signal is easier to reach from the wheel well, search the part name"],
    ["turn signal works better now, thanks! message me here if it acts up"],
    ["my signal is better today, I'll message you here when the car's ready"],
    ["search my name in the app to find my reviews"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
