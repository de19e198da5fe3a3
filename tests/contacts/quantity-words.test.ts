// The quantity words (src/domain/contacts/detection/quantity-words.ts) are read off the runtime's
// CLDR data and committed as quantity-words.json, because reading them takes seconds. The file must
// be what this runtime's CLDR gives (`npm run contacts:quantity-words` rewrites it), and hold the
// units, currencies and magnitudes of the marketplace's languages, not the words around them.
import { describe, expect, it } from "vitest";
import committed from "../../src/domain/contacts/detection/quantity-words.json" with { type: "json" };
import { buildQuantityWords, isQuantityWord } from "../../src/domain/contacts/detection/quantity-words.ts";

describe("quantity words", () => {
  it("are this runtime's CLDR units, currencies and magnitudes (rerun npm run contacts:quantity-words if not)", () => {
    expect(committed).toEqual(buildQuantityWords());
  }, 60_000);

  it("hold units of time and distance, currencies and magnitudes in many languages, in any case", () => {
    for (const w of [
      "hours",
      "Stunden",
      "horas",
      "heures",
      "ore",
      "godziny",
      "zile",
      "dakika",
      "jam",
      "hari",
      "oras",
      "araw",
      "km",
      "miles",
      "euros",
      "dollars",
      "zł",
      "thousand",
      "bin",
      "ribu",
      "mil",
    ])
      expect(isQuantityWord(w), w).toBe(true);
  });

  it("hold no article, preposition, street type or single letter", () => {
    for (const w of ["de", "la", "por", "des", "the", "of", "street", "road", "calle", "rue", "jalan", "straße", "a", "b", "m"]) expect(isQuantityWord(w), w).toBe(false);
  });
});
