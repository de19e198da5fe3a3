// Round 29: a looser candidate of the second stage becomes an ADDRESS only when its number can be a
// house's: a number followed by a unit, a currency or a magnitude word of any of the marketplace's
// languages (read from CLDR, `isQuantityWord`), typed in lower case, is a quantity ("3 horas de
// espera", "15 dakika", "90 bin kilometre"), unless the stretch names a street type; a capitalised
// word opens a place's name as often ("4 Pound Corner", "12 Batu Ferringhi"; a third review). A fresh review found main's stage
// reading waiting times and prices abroad as a house number and its street. Every sentence was
// written for this file.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../../src/domain/contacts/contact-detector.ts";
import { standsAsAddress } from "../../../src/domain/contacts/second-stage/candidates.ts";
import { floorOn, keepingEvery } from "./floor-helpers.ts";

/** A model that keeps every address-shaped stretch it is shown (and nothing else): only the floor stands in its way. */
const EVERY_ADDRESS = keepingEvery("g:address:ADDRESS:1");

/** `standsAsAddress` on the first occurrence of `span` in `text` once normalised. */
const stands = (text: string, span: string): boolean => floorOn(standsAsAddress, text, span);

/** Quantities after a number, in the marketplace's languages: none is an address. */
const QUANTITIES = [
  "Ya llevo 3 horas esperando la grúa en el arcén",
  "Estou há 2 dias sem carro, quando fica pronto?",
  "Ça fait 4 jours que le voyant est allumé",
  "Bilen har stått i 3 veckor på verkstaden utan besked",
  "Sono 20 minuti che aspetto in officina",
  "Czekam 2 godziny na mechanika, nikt nie przyszedł",
  "Am așteptat 3 zile piesa de la furnizor",
  "Motor 90 bin kilometrede ilk defa böyle ses yaptı",
  "Sudah 4 hari mobil di bengkel, belum ada kabar",
  "Mga 2 oras pa bago matapos ang trabaho",
  "Nakasi 5 minit lagi sampai, jalan sesak",
  "The tow driver quoted 180 dollars for the run to the yard",
  "Paid 250 euros for the same job at the dealer last year",
  "Het kostte 300 euro bij de garage om de hoek",
  "It's done about 85 thousand miles since the last belt",
] as const;

/** Addresses whose number comes before a street type, a capitalised word (a place's name as often as a unit) or a word that is no unit: still addresses. */
const ADDRESSES = [
  ["Keys are under the mat at 7 Pound Close Gardens, Kendal", "7 Pound Close Gardens"],
  ["Rumah saya di 9 Batu Uban, Penang, datang saja", "9 Batu Uban"],
  ["Drop it at 8 Mile Road, the yellow house", "8 Mile Road"],
  ["I'm at 12 Hours Lane behind the school", "12 Hours Lane"],
  ["bring it to 41 Kestrel Avenue after six", "41 Kestrel Avenue"],
  ["come to 17 Calle Mayor, segundo piso", "17 Calle Mayor"],
] as const;

describe("the second stage's floor for an ADDRESS", () => {
  it("reads a number followed by a unit, a currency or a magnitude word as a quantity, in any of the marketplace's languages", () => {
    expect(stands("Ya llevo 3 horas esperando la grúa", "3 horas esperando la grua")).toBe(false);
    expect(stands("Motor 90 bin kilometrede", "90 bin kilometrede")).toBe(false);
    expect(stands("Sudah 4 hari mobil di bengkel", "4 hari mobil di bengkel")).toBe(false);
    expect(stands("Paid 250 euros for the same job", "250 euros for the same job")).toBe(false);
    // Accents as the normalised message drops them: "miesiące" is read as "miesiace".
    expect(stands("Czekam 3 miesiące na skrzynię biegów", "3 miesiace na skrzynie biegow")).toBe(false);
  });

  it("lets a stretch that names a street type, whose number is followed by a capitalised word, or by no unit, stand", () => {
    for (const [text, span] of ADDRESSES) expect(stands(text, span), text).toBe(true);
  });

  it.each(QUANTITIES)("keeps the stage from flagging a quantity even under a model that keeps every address-shaped stretch: %s", (text) => {
    expect(detectContactDetails(text, EVERY_ADDRESS).kinds).not.toContain("ADDRESS");
  });

  it.each(ADDRESSES.map(([text]) => text))("still lets that model flag and hide an address: %s", (text) => {
    const d = detectContactDetails(text, EVERY_ADDRESS);
    expect(d.kinds).toContain("ADDRESS");
    expect(d.masked).not.toMatch(/\d/);
  });
});
