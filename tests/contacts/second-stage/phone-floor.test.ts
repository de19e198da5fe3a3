// Round 22: a looser candidate of the second stage becomes a PHONE only when it can be a phone
// number by itself: seven digits at least (the rules' own floor, a North American local number),
// and not a house number right before its street. Shorter runs (house, suite and unit numbers,
// mileage, prices, part numbers) are no phone whatever a model scores them; the pieces of a number
// the rules read as such (an area code, "last four", "put 310 in front") stay caught, and a piece
// said to take its place in a phone number may still be kept by the model. Round 21's retrained
// model read the house number of "1200 Brake Lane, Austin" as a PHONE and a workshop's drop-off
// address was refused.
import { describe, expect, it } from "vitest";
import { detectAcrossMessages, detectContactDetails } from "../../../src/domain/contacts/contact-detector.ts";
import { standsAsPhone } from "../../../src/domain/contacts/second-stage/candidates.ts";
import { keptHits } from "../../../src/domain/contacts/second-stage/classifier.ts";
import { APPLICATION, caughtBy, hiddenIn } from "../../chat/detector-helpers.ts";
import { floorOn, keepingEvery } from "./floor-helpers.ts";

/** A model that keeps every digit run it is shown (and nothing else): only the floor stands in its way. */
const EVERY_DIGIT_RUN = keepingEvery("g:digits:PHONE:1");

/** `standsAsPhone` on the first occurrence of `digits` in `text` once normalised. */
const stands = (text: string, digits: string): boolean => floorOn(standsAsPhone, text, digits);

/** Drop-off addresses, suite and unit numbers, mileage, prices and part numbers: no phone among them. */
const SHORT_NUMBERS = [
  "1200 Brake Lane, Austin",
  "Drop-off is round the back of 88 Caliper Close, Leeds, by the blue shutter",
  "We're in unit 14 at 2250 Torque Avenue, suite 300, second door on the left",
  "Leave it at 9 Sprocket Drive, keys through the letterbox",
  "She's on 128400 miles, the last belt was at 90000",
  "Pads 145, rotors 380, labour 220, so 745 all in",
  "Part 55812 is the pump, 55809 was the old gasket",
  "The code on the box says 4471-22, same as the one you fitted",
];

describe("the second stage's floor for a PHONE", () => {
  it("reads fewer than seven digits as no phone number", () => {
    expect(stands("drop it at 1200 Brake Lane", "1200")).toBe(false);
    expect(stands("suite 300", "300")).toBe(false);
    expect(stands("128400 miles on the clock", "128400")).toBe(false);
    // Number words are digits after normalising: six of them are still six.
    expect(stands("about one two eight four zero zero miles", "1 2 8 4 0 0")).toBe(false);
    expect(stands("text 512 555 0143", "512 555 0143")).toBe(true);
    expect(stands("five one two five five five zero one four three", "5 1 2 5 5 5 0 1 4 3")).toBe(true);
  });

  it("reads a number right before a street's name and type as a house number, however many digits", () => {
    expect(stands("we're at 1200-1204 Brake Lane, Austin", "1200-1204")).toBe(false);
    expect(stands("the yard is 4410 4418 north gearbox rd", "4410 4418")).toBe(false);
    // "and", "wheel": no street's name, so the number before "drive" may be a phone.
    expect(stands("ring 512 555 0143 and drive over", "512 555 0143")).toBe(true);
    expect(stands("ring 512 555 0143 for the 4 wheel drive", "512 555 0143")).toBe(true);
  });

  it("lets a short piece stand when it is said to be a piece of a phone number", () => {
    expect(stands("my mobile starts with 0161, the rest after lunch", "0161")).toBe(true);
    expect(stands("my cell ends in 0188", "0188")).toBe(true);
    expect(stands("put 310 in front and that's my number", "310")).toBe(true);
    // A place said, but no phone named: a reading.
    expect(stands("the last 1200 miles were all motorway", "1200")).toBe(false);
    // A phone named, but no place said for the digits.
    expect(stands("call me about the 1200 quote", "1200")).toBe(false);
  });

  it("drops a short digit run the model would keep, on drop-off addresses, readings, prices and part numbers", () => {
    for (const text of SHORT_NUMBERS) expect(detectContactDetails(text, EVERY_DIGIT_RUN).kinds, text).not.toContain("PHONE");
  });

  it("keeps a short digit run over a piece the rules found, under the rules' kind", () => {
    const text = "area code 303";
    const piece = { kind: "PHONE" as const, start: 10, end: 13, detail: true, generator: "rule" as const };
    const digits = { kind: "PHONE" as const, start: 10, end: 13, detail: true, generator: "digits" as const };
    expect(keptHits([piece, digits], text)).toHaveLength(2);
    const address = { kind: "ADDRESS" as const, start: 0, end: 15, detail: true, generator: "rule" as const };
    expect(keptHits([address, { ...digits, start: 0, end: 4 }], "1200 Brake Lane")).toEqual([
      { kind: "ADDRESS", start: 0, end: 15, detail: true },
      { kind: "ADDRESS", start: 0, end: 4, detail: true },
    ]);
    expect(keptHits([{ ...digits, start: 0, end: 4 }], "1200 Brake Lane")).toEqual([]);
  });
});

describe("the application's stage on short numbers", () => {
  it("reads no PHONE in drop-off addresses, suite numbers, mileage, prices or part numbers", () => {
    for (const text of SHORT_NUMBERS) expect(detectContactDetails(text, APPLICATION).kinds, text).not.toContain("PHONE");
  });

  it("still catches the short pieces of a phone number that the rules catch", () => {
    expect(caughtBy("area code 303, then 555 0178, that's my cell", ["303", "555 0178"])).toBe(true);
    expect(caughtBy("last four are 0188, first three 555, it's my mobile", ["0188", "555"])).toBe(true);
    expect(caughtBy("put 310 in front of 555-0188 and you've got me", ["310", "555-0188"])).toBe(true);
    expect(caughtBy("my mobile starts with 0161 and the rest comes tomorrow", ["0161"])).toBe(true);
  });

  it("still joins a number sent in two short pieces", () => {
    const result = detectAcrossMessages(["my number is 303 555"], "0178", APPLICATION);
    expect(result.current.kinds).toContain("PHONE");
    expect(hiddenIn("0178", "0178", result.current)).toBe(true);
    const first = "my number is 303 555";
    expect(hiddenIn(first, "303 555", result.earlier[0] ?? detectContactDetails(first, APPLICATION))).toBe(true);
  });
});
