// Issue 13 round 6, full names told from what looks like one: a vehicle (a make, a model code) or a
// first name after thanks in any language is no full name; a full name introduced in another
// language, hyphenated, or named as whom a title is signed over to is one.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("full names and their look-alikes", () => {
  it.each([
    ["a make and a model with a Roman numeral", "Peugeot Partner III"],
    ["a make, a model and a trim code", "Dacia Duster GT"],
    ["thanks in Portuguese", "Obrigada Marcos!"],
    ["thanks in chat spelling", "Tnx Ollie"],
    ["thanks in German", "Danke Jens"],
  ])("%s: %j is no full name", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("FULL_NAME");
  });

  it.each([
    ["introduced in French", "Je m'appelle Corinne Vasseur-Blanc, cherchez-moi", "Corinne Vasseur-Blanc"],
    ["introduced in German, to be looked up", "Ich heiße Lukas Brenner, such mich auf Facebook", "Lukas Brenner"],
    ["a title signed over", "just sign the title over to Ewan MacAllister-Reid", "Ewan MacAllister-Reid"],
    ["alone with the only-one cue", "Bartholomew Quigg, Tulsa. only one of me", "Bartholomew Quigg"],
  ])("%s: %j hides the name", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });
});
