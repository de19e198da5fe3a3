// A full name said without "my name is", in a message that leads to the person (a cue to find,
// reach, ask for or pay them): a common first name (stdlib's lists of first names in
// English-speaking countries) that is no English word, then a capitalised surname that is no
// English word, vehicle make, place or business word. What is not a person stays readable: makes,
// places, dealerships and streets named after people, the one written to, the author of a video.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { kindsOf } from "./detector-helpers.ts";

describe("a full name said without an introduction", () => {
  it.each([
    ["tell them Jeannie Castellanos sent you", "Jeannie Castellanos"],
    ["Ask Ruben Castellanos at the front desk, he does it cheaper on the side", "Ruben Castellanos"],
    ["my boss Derek Fairweather does it cheaper, ring him", "Derek Fairweather"],
    ["Insta, Dana Whitfield, slide into my dms", "Dana Whitfield"],
  ])("%j is flagged and %j hidden", (text, name) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(detectContactDetails(text).masked).not.toContain(name);
  });

  it.each([
    "Merci Julien, à demain",
    "Thanks Kevin Oduya, all sorted",
    "Watched the video from Scotty Kilmer, makes sense now",
    "the Harley Davidson needs a battery",
    "it's a Mercedes Vito 2015",
    "Ken Garff Honda quoted me 900",
    "Bob Moore Auto Group has it cheaper",
    "I drove down Santa Monica Blvd",
    "I live near San Jose, is that ok",
    "moving to Des Moines next month",
    "Will Smith slap energy",
    "Dr. Patel says I can't drive for a week",
    "I'm in Austin Texas",
    // No lead to the person in the message: a public figure and a named colleague read the same.
    "Jeremy Clarkson hated this car on Top Gear",
    "The workshop owner is Beatriz Ochoa, she'll sign off on the quote",
    "Last alignment was at Les Schwab, about a year ago",
  ])("%j is not a full name", (text) => {
    expect(kindsOf(text)).not.toContain("FULL_NAME");
  });
});
