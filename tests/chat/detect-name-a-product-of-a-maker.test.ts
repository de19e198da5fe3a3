// Round 51: a product named by its maker and its line ("Michelin Pilot Sport 4", "Continental Premium Contact", "Castrol
// Edge") was read as a person's full name when the message opened on it and held a word the name rules read as a way to
// reach someone ("Contact", "find", "call"). A maker of parts, fluids or tyres opening the words is no given name
// (phrases.ts productOfAMaker); such a word later in a name is a surname and still counts ("Bill Gates", "Thomas Mann").
// Sentences written for this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a product named by its maker", () => {
  it.each([
    ["Hankook Ventus Prime or Continental Premium Contact?"],
    ["Bridgestone Turanza or Pirelli Cinturato, which is quieter? contact patch looks worn on mine"],
    ["Castrol Edge Professional or Mobil Super for the 1.5 turbo? call it now please"],
    ["Goodyear Eagle F1 or Dunlop Sport Maxx, I can't find any reviews"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each<[string, string]>([
    ["Bill Gates here, search me on linkedin", "Bill Gates"],
    ["my full name is Thomas Mann, look me up", "Thomas Mann"],
    ["Marilyn Monroe, find me on facebook", "Marilyn Monroe"],
  ])("%j is still caught", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});
