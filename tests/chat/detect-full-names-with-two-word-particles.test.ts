// Issue 13, round 54: a full name whose surname opens on a particle of two words (Dutch, Afrikaans and German: "Wayne van
// der Merwe", "Lotte van den Berg", "Anna von der Heide") or on "ter" ("Bas ter Horst") is a FULL_NAME like "Jan de Vries":
// the name reading knew one-word particles only. A van driven to a town with such a name, and a business named after one,
// stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a full name with a two-word particle", () => {
  it.each([
    ["hi this is Wayne van der Merwe calling about the bakkie"],
    ["my name is Pieter van der Westhuizen, I booked the 3pm slot"],
    ["I'm Lotte van den Berg"],
    ["my name is Anna von der Heide, I'm the one with the Golf"],
    ["ask for Bas ter Horst at reception"],
  ])("%j is a full name", (text) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
  });

  it.each([
    ["I'm taking the Transit van to Den Haag tomorrow, can we do the call after?"],
    ["the Van der Linde Motors quote was higher than yours"],
    ["I read about it on the Van den Berg Autos blog"],
    ["this is the Sprinter van the dealer in Den Bosch serviced"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
