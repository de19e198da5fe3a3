// A number label written with a dot and "No" ("H.No 12", "D.No 5") is no .no link when a number
// follows (round 55), and only when that number is shaped as a premises' number: an eight-digit
// phone written as the "number" is still masked (attack55, fixed). Unfixed: a real site on .no
// named by a label word ("flat.no", "shop.no") with a number beside it is let through; the
// `it.fails` turns into `it` once the exception holds only an address's number.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";

const masked = (text: string): string => detectContactDetails(text).masked;

describe("a .no host shaped like a number label", () => {
  // attack55 finding 3a (MEDIUM): an eight-digit phone given as the house number reached the reader.
  it.each([["H.No 98765432, ring before"], ["D.No 4 91234567"], ["h.no 98765432"]])("hides the phone in %j", (text) => {
    expect(masked(text)).not.toMatch(/\d{8}/);
  });

  // attack55 finding 3b (LOW): a site on .no named like a label, a number after it.
  it.fails.each([["Check flat.no 12 for the listing"], ["shop.no:4 has my contact"]])("reads %j as a link", (text) => {
    expect(detectContactDetails(text).spans.map((span) => span.kind)).toContain("LINK");
  });

  it("leaves an Indian house number alone (the round's fix stands)", () => {
    expect(detectContactDetails("D.No 5-8-293 near the bus stop, bring the car by 10").spans.map((span) => span.kind)).not.toContain("LINK");
  });
});
