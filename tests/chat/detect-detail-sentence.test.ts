// A contact detail is hidden with the sentence it stands in: the parts said around it (the city
// after a street, the area code after the line, the name after the app) are not always inside the
// span a rule finds, and a sentence that hands over a detail is what the reader must not receive.
// The span stays the detail, for the reviewer; the other sentences stay readable.
import { describe, expect, it } from "vitest";
import { detectAcrossMessages, detectContactDetails, MASK } from "../../src/domain/contacts/contact-detector.ts";

const masked = (text: string): string => detectContactDetails(text).masked;

describe("a detail is hidden with its sentence", () => {
  it("hides the detail's sentence and keeps the sentences before and after it", () => {
    expect(masked("The pads are worn. Mine is 512 555 0143. See you Monday!")).toBe(`The pads are worn. ${MASK}. See you Monday!`);
    expect(masked("Booked for 9. Call 512 555 0143 if late? Thanks")).toBe(`Booked for 9. ${MASK}? Thanks`);
  });

  it("hides the parts of an address said after the street", () => {
    expect(masked("#12 Mabini St., Brgy. San Isidro, Quezon City")).toBe(MASK);
    expect(masked("so bring it to my work instead, 88 Collins St, level 3 car park")).toBe(MASK);
  });

  it("ends a sentence at a line break, '!', '?' and a full stop before a space, in any case", () => {
    expect(masked("Pads are worn.\nwe're at 14 Elm Street, come by")).toBe(`Pads are worn.\n${MASK}`);
    expect(masked("Brakes done. email is rick.hollis, thanks")).toBe(`Brakes done. ${MASK}`);
  });

  it("does not end a sentence at an initial, a short abbreviation or a full stop inside a word", () => {
    expect(masked("Make the check out to Brandon T. Whitaker, not the app")).toBe(MASK);
    expect(masked("Ask for Dr. Patel at the desk, 512 555 0143")).toBe(MASK);
    expect(masked("mail rick.hollis@example.com for the invoice")).toBe(MASK);
  });

  it("reaches at most 200 characters either way in a sentence that runs on", () => {
    const before = "and then the car ".repeat(20);
    const after = " and then the car".repeat(20);
    const text = `${before}512 555 0143${after}`;
    const shown = masked(text);
    expect(shown).toContain(MASK);
    expect(shown.startsWith("and then the car")).toBe(true);
    expect(shown.endsWith("and then the car")).toBe(true);
    expect(shown).not.toMatch(/\d/);
  });

  it("keeps the span the detail itself, for the reviewer", () => {
    const text = "The pads are worn. Mine is 512 555 0143. See you Monday!";
    const [span] = detectContactDetails(text).spans;
    expect(text.slice(span!.start, span!.end)).toBe("512 555 0143");
  });

  it("leaves a message without a detail as it was, and a phrase without a detail readable", () => {
    expect(masked("Brakes squeal when cold. 2014 Civic, 187k miles.")).toBe("Brakes squeal when cold. 2014 Civic, 187k miles.");
    expect(masked("can't talk on the phone right now, at work")).toBe("can't talk on the phone right now, at work");
  });

  it("hides the earlier message's sentence when the next one completes its number", () => {
    const result = detectAcrossMessages(["Brakes are done. the number is 303 555"], "0178");
    expect(result.earlier[0]?.masked).toBe(`Brakes are done. ${MASK}`);
    expect(result.current.masked).toBe(MASK);
  });
});
