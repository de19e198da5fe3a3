// Issue 13: a full name introduced ("his name is ...", "the fitter's name is ...") with a place to
// find the person that is not a website: the phone book, a directory, or "go see him directly".
// A part's or a product's name with a website to see stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a named person with a place to find them", () => {
  it.each([
    ["the phone book", "my uncle pays for it, his name is Walter Pembridge, he's in the phone book", "Walter Pembridge"],
    ["a directory", "the fitter's name is Oksana Hryhorenko, she's listed in the trades directory", "Oksana Hryhorenko"],
    ["go and see him", "the welder's name is Kofi Mensah-Boateng, go see him at his unit, he's cheaper", "Kofi Mensah-Boateng"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["the part's name is Bosch Aerotwin, go see the website"], ["the tyre's name is Michelin Pilot, it's in the catalogue"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
