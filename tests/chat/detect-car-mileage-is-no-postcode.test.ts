// A car's model and generation, then a mileage, a price or a volume ("Im Golf 7, 98000 Km", "Octavia
// 3, 2000 Euro billiger") has the continental address's shape, a word, a number, a comma, four or
// five digits and a capitalised word, and was masked as an address. A postcode is followed by a
// town, never by a unit: the unit says the number measures something. Addresses of the same shape,
// a town after the postcode (Meilen is a Swiss town, and stays one; München is no "M"), are still read.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const MEASURED = [
  "im Golf 7, 20000 Kilometer gelaufen",
  "Beim Golf 7, 45000 Km läuft er unrund",
  "Clio 4, 85000 Kilometros y ya suena la correa",
  "Focus 3, 65000 Meilen, Kupplung rutscht",
  "Im Touran 2, 15000 Euro Schaden laut Gutachten",
  "Fiat Punto 2, 15000 Zloty za naprawę? drogo",
  "Octavia 3, 2000 Euro billiger als beim Händler",
  "Astra 4, 1600 Kubik, Zahnriemen gewechselt",
  "Am Montag 3, 10000 Euro hat die Reparatur gekostet",
  "Fiat Punto 2, 15000 Zł za naprawę, drogo",
];

/** [message, the address it holds]. */
const ADDRESSES: [string, string][] = [
  ["wohne Am Markt 7, 04109 Leipzig", "Markt 7, 04109 Leipzig"],
  ["Kerkstraat 5, 2000 Antwerpen, bel maar aan", "Kerkstraat 5, 2000 Antwerpen"],
  ["Seestrasse 5, 8706 Meilen", "Seestrasse 5, 8706 Meilen"],
  ["Rue Neuve 12, 1000 Bruxelles", "Neuve 12, 1000 Bruxelles"],
  ["Hauptplatz 3, 8010 Graz", "Hauptplatz 3, 8010 Graz"],
  // A town opening like a short unit ("M", "kr", "ps") before a letter beyond ASCII.
  ["Schillerhof 4, 80331 München", "Schillerhof 4, 80331 München"],
  ["Lipová 7, 25244 Psáry", "Lipová 7, 25244 Psáry"],
];

describe("a mileage, a price or a volume after a car's model", () => {
  it.each(MEASURED)("%j is not an address", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(ADDRESSES)("%j still hides %j", (text, address) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, address)).toBe(true);
  });
});
