// Issue 13, round 18 (fp18): a message opened by a greeting or thanks and the reader's first name
// ("Morning Ciarán, any news from the workshop?", "Cheers Tomasz, anything from the supplier?")
// addresses the reader; the capitalised pair is no full name, even when a word of finding comes
// after it ("from the", "call"). nameIsPlausible counts the greeting as no word of the name, so a
// greeting before a full name offered to be looked up is still a full name, and a greeting that is
// a first name too ("Ola") still counts as one. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a greeting and the reader's first name", () => {
  it.each([
    ["Morning Ciarán, any news from the workshop?"],
    ["Evening Priya, did the part come from the supplier yet?"],
    ["Cheers Tomasz, any update from the garage on the clutch?"],
    ["Hiya Siobhán, heard back from the bodyshop?"],
    ["Morning Kwame, I'll call in at the counter from the car park"],
    ["Thanks Deepak, the quote from the dealer was higher"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["Morning, Dana Whitfield here, look me up on facebook", "Dana Whitfield"],
    ["Morning Dana Whitfield here, search me on fb", "Dana Whitfield"],
    ["Hiya, I'm Rohan Mehta, find me on linkedin", "Rohan Mehta"],
    ["Cheers, it's Aoife Brennan, google me", "Aoife Brennan"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
