// Round 56: street types written before the name that the addresses abroad did not read: the
// Peruvian "Jirón"/"Jr.", the Spanish "C/", "Pasaje", "Calzada", "Prolongación", and the
// transliterated Hebrew "Rechov", "Sderot", "Simtat", "Kikar"; with the interior unit "Int." of
// Peru and Mexico. A street with its house number is an address; the same words with no name
// and number ("Jr." after a name, "derech ha-app") are none.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, what must be hidden]. */
const CONTACTS: [string, string][] = [
  ["Jr. Ucayali 745 Int. 3, Breña", "Ucayali 745"],
  ["Jirón Junín 212, Cercado de Lima", "Junín 212"],
  ["C/ Goya 38, 2º izq, Madrid", "Goya 38"],
  ["Calzada Independencia 1520, Guadalajara", "Independencia 1520"],
  ["Rechov Ha-Nevi'im 18/3, Yerushalayim", "Ha-Nevi'im 18/3"],
  ["Sderot Ben Gurion 41, Herzliya", "Ben Gurion 41"],
];

const INNOCENT = ["Martin Luther King Jr. 1963 speech is on the radio", "The Jr. Mechanic 2 course was good", "derech ha-app bevakasha, todah", "the pasaje was 20 soles"];

describe("street types of Spanish-speaking countries and Israel written before the name", () => {
  it.each(CONTACTS)("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
