// Issue 13 round 6, addresses in the continental order and their tails: street name, house number,
// postcode and town in any language; the tail of an address past a parenthesis or a dashed state;
// a house number given later in the street's sentence. A car's year after a number word is no
// postcode.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("continental addresses and address tails", () => {
  it.each([
    ["Dutch", "Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263, 1016 GV Amsterdam"],
    ["Polish", "ul. Piotrkowska 104/2, 90-006 Łódź", "ul. Piotrkowska 104/2, 90-006 Łódź"],
    ["Italian", "Via Garibaldi 18, 10122 Torino", "Via Garibaldi 18, 10122 Torino"],
    ["a tail past a parenthesis", "we're at 9 Rudd Street (next to the servo), Oakleigh VIC 3166", "Oakleigh VIC 3166"],
    ["a dashed state", "Rua Oscar Freire 920, Pinheiros - SP, 01426-001", "Rua Oscar Freire 920, Pinheiros - SP, 01426-001"],
    ["a house number later in the sentence", "we're on Larkspur Close, the one with the hedge, number 17", "17"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it("a car's year after a number word is no postcode: 'Es un 2014 Corolla'", () => {
    expect(kindsOf("Hola, hace un ruido al frenar. Es un 2014 Corolla")).toEqual([]);
  });
});
