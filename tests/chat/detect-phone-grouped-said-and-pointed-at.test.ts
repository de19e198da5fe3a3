// Issue 13, round 17: phone numbers in shapes the number rules turned away for another reason.
// A run of the digits 1-9 grouped as a phone ("912 345 678") or read out in words was taken for a
// firing order, which is typed digit by digit; an emoji between the groups ("919 🚗 555 🚗 0101")
// is a separator as a dash is; "is me", "that's me" after a number cue it as "my number" does (also
// for numbers typed with slashes); and a cued local number whose line is said in words may fall in
// any pieces ("555 0 one hundred forty seven"). Firing orders, ratings, money and readings stay.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";

const masked = (text: string): string => detectContactDetails(text).masked;

describe("phone numbers in shapes turned away before", () => {
  it.each([
    ["a 1-9 permutation grouped as a phone", "reach me on 813 927 456 if the part turns up", /\d{3}/],
    ["a 1-9 permutation with the country named", "spain: 691 234 578", /\d{3}/],
    ["read out in Portuguese", "me liga: nove um dois, três quatro cinco, seis sete oito", /nove|seis/],
    ["emoji between spoken groups", "☎️ eight one three 🔧 five five five 🔧 zero one four four", /eight|five|zero/],
    ["emoji between typed groups", "📞 813 ✨ 555 ✨ 0144", /\d{3}/],
    ["slashes with 'that's me' after", "0413/555/219 that's me", /\d{3}/],
    ["'is mine' after", "07700 900 318 is mine, evenings best", /\d{3}/],
    ["a cued local number said in words", "my num is 555 0 one hundred twelve", /555|hundred/],
  ])("%s: %s is masked", (_kind, text, shown) => {
    expect(masked(text)).not.toMatch(shown);
  });

  it.each([
    "firing order is 1 8 4 3 6 5 7 2",
    "cylinders 1 2 3 4 5 6 all read fine",
    "rated 5 ⭐ 4 ⭐ 5 ⭐ on the last three jobs",
    "paid 120 💸 then 450 💸 then 80",
    "torque 110/95/120 is me being careful",
    "call me once the bill is in, 450 1 200 was the estimate",
  ])("%s stays", (text) => {
    expect(masked(text)).toBe(text);
  });
});
