// Issue 13, round 8: a part's identifier named in the marketplace's other languages ("referencia de
// la pieza", "Teilenummer", "codice ricambio", an OE number) is no phone, as "part number" is not;
// a phone after a phone cue in the same languages still is.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("part identifiers in other languages", () => {
  it.each([
    ["Spanish", "Referencia pieza: 8200 123 456, es la original"],
    ["Portuguese", "Peça número 0 986 452 041, original"],
    ["German", "Teilenummer 0 986 452 041 passt laut Katalog"],
    ["Italian", "codice ricambio 4650 233 118 disponibile"],
    ["an OE number", "OE number 7700 274 177, same as the old one"],
    ["an abbreviation's full stop keeps the cue in the sentence", "Sensor de presión cod. 0 261 230 118"],
  ])("%s: %j is no phone", (_language, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });

  it.each([
    ["Spanish", "Llámame, el código es 305, y el número 555 01 52", "555 01 52"],
    ["German", "ruf mich an: 0151 2345 6789", "0151 2345 6789"],
  ])("%s: %j still hides the number", (_language, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });
});
