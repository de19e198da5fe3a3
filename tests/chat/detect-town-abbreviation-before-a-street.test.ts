// Round 56: a Ukrainian or Russian address opens on the town's abbreviation ("м. Харків", "г.
// Москва", "смт"): its full stop ended the sentence, so the mask of the street after it stopped
// there and left "м." readable, a letter of the address. A lower-case address abbreviation's full
// stop ends no sentence now; a lower-case word's full stop elsewhere still does.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, what must be hidden]. */
const CONTACTS: [string, string][] = [
  ["м. Львів, вул. Городоцька 174, кв. 12", "м. Львів"],
  ["г. Казань, ул. Баумана 44, кв. 7", "г. Казань"],
];

describe("a town's abbreviation before a street", () => {
  it.each(CONTACTS)("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });
  it("keeps a sentence ended by a lower-case word readable before the address after it", () => {
    expect(detectContactDetails("машина готова. вул. Городоцька 174, кв. 12").masked).toMatch(/^машина готова\. /);
  });
});
