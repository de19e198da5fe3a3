// A postcode-shaped code on its own is an address only when its letters are a real postcode's: a
// UK one starts with a postcode area, a Canadian one uses Canada Post's letters. Battery and part
// codes share the shape ("century NS60LS"); no postcode starts with NS. A code after "postcode" or
// "zip" is still read whatever its letters, and a real postcode beside a part code stays caught.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a part or battery code in a postcode's shape, with letters no postcode has, stays clean", () => {
  it.each([
    "battery is a century NS60LS, 480 CCA",
    "Recommend battery replacement. Battery SKU on invoice: 0491-570-000 (Century NS60LS).",
    "the NS40ZL fits the tray but the terminals are the wrong way round",
    "went with an NS70LS for the extra CCA",
    "compressor code QX2 5AB on the sticker",
    "filter cross ref ZZ9 9ZZ from the old box",
    "the VIN plate has a code like JQ4 1AD under it",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a real postcode, or any code named a postcode, stays hidden", () => {
  it.each([
    ["battery is a century NS60LS, drop it to LS6 0NS", "LS6 0NS"],
    ["SKU on invoice: SW1A 1AA", "SW1A 1AA"],
    ["battery NS60LS, ship to NE60LS", "NE60LS"],
    ["postcode NS6 0LS, it's the one by the park", "NS6 0LS"],
    ["my post code is QX2 5AB", "QX2 5AB"],
    ["part code M5V 3L9 lol thats where I am", "M5V 3L9"],
    ["the battery code is basically my area, BS6 0LS", "BS6 0LS"],
    ["century NS60LS or find me at H2X 1Y4", "H2X 1Y4"],
    ["NS60LS battery, bring it to G12 8QQ", "G12 8QQ"],
    ["QX2 5AB is my postcode", "QX2 5AB"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });
});
