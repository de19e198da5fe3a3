// Issue 13 round 6, a look-up as an order in any language and word order: a verb of searching, then
// a business's name (a trade word in it), with or without the platform after it. A store chain, a
// vehicle or a symptom searched for is no lead.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("look-up orders", () => {
  it.each([
    ["English, no platform", "just look up Kestrel Bay Motors mate", "Kestrel Bay Motors"],
    ["French, platform after", "tapez Carrosserie Lemoine Nantes 3 sur Google", "Carrosserie Lemoine Nantes 3"],
    ["Spanish", "busca Taller Mecanico Rivas en Google", "Taller Mecanico Rivas"],
  ])("%s: %j hides the name", (_kind, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a parts chain", "just look up Pep Auto Parts, they have the filter"],
    ["a vehicle and a symptom", "look up Mazda Tribute transmission shudder"],
  ])("%s: %j is no look-up of the writer", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
