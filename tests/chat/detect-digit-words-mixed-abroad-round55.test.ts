// Round 55 (det55b): a phone read out with digit words mixed into typed digits, in more of the chat's languages and glued tighter.
// Romanian digit words ("cinci", "șapte", "unu"; "doi", "trei", "opt", "nouă" only beside other digits, being words elsewhere),
// digit words glued onto the digits before them ("6fivefive", "cinci5cinci"), and a Dutch word with digits on both sides ("4vijf4")
// are read as the digits they stand for (normalise.ts). Innocent: Romanian and Dutch prices and counts that say a number in words
// once, an English "opt for". Sentences written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a phone with digit words mixed in, any language, glued or apart", () => {
  it.each<[string, string]>([
    ["numărul meu: zero șapte șase unu cinci cinci patru trei doi opt", "zero șapte șase unu cinci cinci patru trei doi opt"],
    ["mobil: 07 3 3 cinci 6 6 zero unu 4 8", "07 3 3 cinci 6 6 zero unu 4 8"],
    ["cell 031seven 6fivefive 0 2 9 4", "031seven 6fivefive 0 2 9 4"],
    ["cel: 07four4 cinci5cinci 2 1 8 trei", "07four4 cinci5cinci 2 1 8 trei"],
    ["bel me: nul6 - 4vijf4 - 1 twee 9 drie 6", "nul6 - 4vijf4 - 1 twee 9 drie 6"],
  ])("%j hides %j as a phone", (text, number) => {
    expect(caughtBy(text, [number])).toBe(true);
    expect(detectContactDetails(text, APPLICATION).kinds).toContain("PHONE");
  });

  it.each([
    ["am plătit 450 lei pentru cinci litri de ulei și trei filtre"],
    ["schimbul de ulei costă 320 lei, garanție trei ani sau 60000 km"],
    ["opt for the 2 year plan if the car is over five years old"],
    ["het kost 240 euro, twee banden en vier bouten, nul problemen"],
    ["ik heb nul6 banden, 4vijf4 gedaan"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
