// Issue 13, round 8: a piece of a phone number announced as one ("my number ends in 0172", "the
// last 4 digits are 0188 and it starts with 555", "first three 555, last four 0133") is masked;
// the last digits of a card, a VIN or a part are not a phone.
import { describe, expect, it } from "vitest";
import { detectAcrossMessages } from "../../src/domain/contacts/contact-detector.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("pieces of a number announced as such", () => {
  it.each([
    ["the end of my number", "my number ends in 0166, you can guess the rest", "0166"],
    ["two pieces with a phone word", "cell: the last 4 digits are 0188 and it starts with 555", "0188"],
    ["two pieces without one", "first three 555, last four 0133", "0133"],
  ])("%s: %j hides the piece", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it("hides a piece sent in the next message", () => {
    expect(detectAcrossMessages(["my number ends in 0172"], "starts 555").current.masked).toBe("[hidden]");
  });

  it.each([
    ["a card", "the card number ends in 4421, charge that one"],
    ["a VIN", "VIN number ends with 4471"],
    ["a part", "the part number starts with 8200, same as before"],
  ])("%s: %j is no phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
