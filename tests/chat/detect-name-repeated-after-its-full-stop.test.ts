// A full name's mask ends at its sentence's full stop after a short surname (round 55), unless the
// next word is no English word. A surname that is an English word too ("Hill", "Lee", "Li", "Low",
// "Po") said again at the start of the next sentence passed that test, so the name's parts, or the
// whole name, were read there in clear (attack55): the mask now runs on as any detail's when the
// text it would leave readable says one of the name's words again. A next sentence that builds a
// mailbox from the hidden name ("add 77 ... for my gmail") is an address of its own (round 56,
// detect-mailbox-built-from-a-detail-given.test.ts).
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";

const masked = (text: string): string => detectContactDetails(text).masked;

describe("a full name said again in the sentence after it", () => {
  it("hides the name said again in full after the surname's full stop", () => {
    expect(masked("I'm Sam Hill. Hill. Sam Hill.")).not.toContain("Sam Hill");
  });

  it("hides the surname and initial given for a lookup in the next sentence", () => {
    expect(masked("I'm Ana Li. Li, A on Facebook.")).not.toContain("Li, A");
  });

  it.each([
    ["I'm Bo Lee. Lee is my last name.", "Lee"],
    ["I'm Max Low. Low is the surname.", "Low"],
    ["My name is Ivan Po. Po is my family name.", "Po"],
  ])("hides the surname repeated at the next sentence's start in %j", (text, surname) => {
    expect(masked(text)).not.toMatch(new RegExp(`\\b${surname}\\b`));
  });

  // attack55 finding 1d (MEDIUM), fixed in round 56: the mailbox is the hidden name plus what the next sentence says.
  it("hides the next sentence that turns the name into a mailbox", () => {
    expect(masked("I'm Ana Li. Add 77 at the end for my gmail.")).not.toContain("77");
  });

  it("keeps an innocent next sentence readable (the round's fix stands)", () => {
    expect(masked("I'm Sam Hill. Hills are hard on the clutch.")).toContain("Hills are hard on the clutch.");
  });
});
