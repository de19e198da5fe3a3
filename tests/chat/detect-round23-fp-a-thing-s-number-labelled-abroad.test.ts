// Issue 13, round 23 (fp23): a thing's number labelled as the marketplace's other languages label
// one, the thing named after the number word ("numéro de série", "número de pedido", "numero di
// protocollo") or in front of "-nummer" in one German word ("Ersatzteilnummer", "Fahrgestellnummer"),
// is that thing's number as "serial number" is in English (phone.ts thingNamedAbroadCue). Only right
// under its label (a few words, no comma), with no word of calling or writing after it, and not for a
// number of the fiction ranges without a code's suffix. Still caught: a phone given after such a
// label with a call word after it, after a comma, after a phone word nearer to it, or in the
// fiction range; and, as round 23's review asked (detect-round23-fp-review), a call or phone word
// before the label, or digits that are a valid mobile of a labelling region (or of any region after
// "00"). The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayFlagged } from "./detector-helpers.ts";

describe("a thing's number labelled in another language", () => {
  it.each(["Número de serie del motor: 0281 002 754", "la Fahrgestellnummer laut Schein: 5551 0234 88", "Seriennummer der Lichtmaschine 0124 525 019", "número de siniestro 4021 5550 199"])(
    "leaves clean: %s",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );

  // a thing's number that is also a valid French mobile stays flagged: the label cannot tell it from the sender's
  it.each(["numéro de commande chez Oscaro : 0612 3456 78", "numero di protocollo ACI 0612 4471 88"])("still flags a valid mobile under a label: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it("leaves clean over two messages", () => {
    expect(replayFlagged(["Teile sind bestellt.", "Die Bestellnummer vom Shop: 0151 4433 12, passt das?"])).toBe(false);
  });

  it.each<[string, string[]]>([
    ["Numéro de série : 06 12 34 56 78, appelle-moi ce soir", ["06 12 34 56 78"]],
    ["Bestellnummer 0151 5550 1427, oder ruf mich an", ["0151 5550 1427"]],
    ["Kundennummer 0151 5550 1427, das bin ich", ["0151 5550 1427"]],
    ["Ersatzteilnummer hab ich nicht, meine Handynummer: 0151 5550 1427", ["0151 5550 1427"]],
    ["número de pedido 612 345 678 por whatsapp mejor", ["612 345 678"]],
    ["numero de serie? no, mi numero es 0412 555 019", ["0412 555 019"]],
    ["número de cliente 212 555 0147", ["212 555 0147"]],
    ["Bestellnummer mein Handy 0151 5550 1427", ["0151 5550 1427"]],
    ["numero de pedido +34 612 345 678", ["+34 612 345 678"]],
    ["número de pedido 612 345 678 avísame", ["612 345 678"]],
    ["Ruf die Kundennummer an: 030 1234567", ["030 1234567"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});
