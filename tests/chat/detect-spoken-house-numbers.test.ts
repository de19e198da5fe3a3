// Issue 13: a house number and a street name without its type ("2210 Brookhaven, the grey house")
// is an address when said as where one is; the number may be said in words, in its spoken groups
// ("six forty-one Wexford", "twelve eighteen Alder"), a direction may stand before the name ("810
// w. Garland"), and the place may be described by what it is built of or where to go round it.
// A year said in words, a price or a power with a brand, and a count of parts stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a house number and a bare street name", () => {
  it.each([
    ["hundreds then tens in words", "six forty-one Wexford, cant miss it, there's a boat in the driveway", "Wexford"],
    ["two groups in words, a building material", "twelve eighteen Alder, the white brick one", "Alder"],
    ["a direction before the name", "come by 810 w. garland, deliveries round back", "garland"],
    ["typed in lower case, come whenever", "5521 quailrun lakeway, come whenever you like", "quailrun"],
  ])("%s: %j hides the address", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["nineteen sixty seven Camaro in the garage needs a tune up"], ["two fifty Castrol, the cheap one"], ["three fifty horsepower, the blue one"], ["twelve twenty Bosch plugs came in a box"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
