// Round 50: a number given as an example of a thing's number described by its shape ("Check the part number on
// the old rotor, it should start with 31 and be about 10 digits, e.g. 3141255501") is no phone: the "10 digits"
// counts the part number's length, not a phone's "digits" (phone.ts, `exampleOfAThingsNumber`). A number of the
// fiction ranges, which no thing's number is, a phone word after it, or no thing named before it ("my number is
// 10 digits, e.g. ...") keeps it a phone.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("an example of a part number's shape", () => {
  it.each([
    ["Check the part number on the old rotor, it should start with 31 and be about 10 digits, e.g. 3141255501"],
    ["the serial on the ECU should be 10 digits, for example 5128675309"],
    ["Check the part number on the old rotor, it should be about 10 digits, something like 3141255501"],
    ["Bosch injector numbers are 10 digits and start with 0 445, e.g. 0445110250"],
    ["the VIN sticker has the paint code and the part number, 10 digits, for instance 6128675301"],
    ["the wiper blade number is a 10-digit code starting 3397, such as 3397007120"],
    ["look at the pump number, it's 10 digits, e.g. 4157220193, and tell me the last four"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["the part number should be 10 digits, e.g. 3145550142", "3145550142"],
    ["my number is 10 digits, e.g. 5128675309", "5128675309"],
    ["it's 10 digits, e.g. 5128675309 call me", "5128675309"],
    ["the part number is 10 digits, e.g. 5128675309, call me on it", "5128675309"],
  ])("%j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});
