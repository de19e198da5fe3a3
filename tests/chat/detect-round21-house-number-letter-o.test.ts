// Issue 13, round 21: a house number typed with the capital letter O for a zero ("3O8 Elm St",
// "1O5 Cypress Ln") is read as the number it stands for, so the street address around it is found
// as with digits. A zero-like O outside a house number's place (a weight, an ordinal, a model), and
// a lower-case "o" after a digit (the Spanish and Portuguese ordinal "2o"), stay what they are.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("house numbers with the letter O for a zero", () => {
  it.each([
    ["a zero in the middle", "pick it up from 3O8 Maple Ave, Dayton", "3O8 Maple Ave"],
    ["a zero at the end", "im at 14O Harbour Rd, just knock", "14O Harbour Rd"],
    ["two zeros", "deliver to 2OO Birch Lane please", "2OO Birch Lane"],
  ])("%s: %j is an ADDRESS", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a weight", "the gearbox weighs about 4O kg on its own"],
    ["a Spanish ordinal", "vivo en el 2o piso, sin ascensor"],
    ["an O after a number with no street", "got the 1OO point inspection done yesterday"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
