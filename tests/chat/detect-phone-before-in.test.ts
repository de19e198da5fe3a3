// Round 49: a number followed by a measurement ("12 in", "35 psi") is a reading, not a phone
// (phone.ts UNIT_AFTER). But "in" is also the commonest preposition after a number, and "k", "bar"
// and "times" are words of chat, so a phone said before a place, a time or a reply ("call (503)
// 555-0199 in Portland", "+44 7911 123456 in London", "my cell 503-555-0199 k thanks") was read as a
// measurement and delivered whole. Now a word said apart from a number written as a phone (grouped
// at every break of its national format, or a valid "+" number: phone.ts measuredRun) is no unit;
// readings, counts and part numbers before a unit stay what they were. The sentences are written
// for this file.
import { describe, expect, it } from "vitest";
import { flaggedBy, hides, kindsOf } from "./detector-helpers.ts";

describe('a phone number before a word that is also a unit ("in", "k", "bar", "times")', () => {
  it.each([
    ["call 503 555 0199 in Portland", "503 555 0199"],
    ["call (503) 555-0199 in Portland", "503) 555-0199"],
    ["text me 971-334-2090 in the morning", "971-334-2090"],
    ["reach me at +44 7911 123456 in London", "44 7911 123456"],
    ["call +1 503 555 0199 in Portland", "1 503 555 0199"],
    ["ring 07911 123456 in Leeds after five", "07911 123456"],
    ["my shop line 0412 555 873 in Brisbane", "0412 555 873"],
    ["503.555.0199 in case the app is down", "503.555.0199"],
    ["I'm 971 334 2090 in the evenings", "971 334 2090"],
    ["my cell 503-555-0199 k thanks", "503-555-0199"],
    ["call 503 555 0199 times are flexible", "503 555 0199"],
    ["call 971-334-2090 bar weekends", "971-334-2090"],
  ])("%j is flagged PHONE with %j hidden", (text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["the rotor is 12 in across"],
    ["torque to 120 in lbs, not ft lbs"],
    ["part 3397007120 in stock at the warehouse"],
    ["we have 1 500 in stock"],
    ["wheel is 17 x 7.5 in with 5 x 114.3 bolt pattern"],
    ["the hose is 5/8 in, clamp 3/4 in"],
    ["Bosch 0280158117 in the box with the seals"],
    ["the car did 142350 in total, 2014 model"],
    ["mileage 84 500 in March, 86 200 in June"],
    ["order 4417330621 in transit"],
    ["Drove 2,300 in two weeks"],
    ["price went from 450 to 520 in a month"],
    ["we are open 8 to 6 in the week"],
    ["odometer reads 207 555 0143 km lol no jk its 207,555"],
    ["tyre pressure 32 psi, 971 334 2090 miles on the clock is a typo"],
  ])("%j is not flagged, by the rules or with the trained stage", (text) => {
    expect(kindsOf(text)).toEqual([]);
    expect(flaggedBy(text)).toBe(false);
  });
});
