// Round 56 (attack55 finding 1d, MEDIUM): an instruction that builds a mailbox out of a detail
// already given ("I'm Ana Li. Add 77 at the end for my gmail") left the edit and the provider
// readable once the name was hidden, which is all the reader needs to rebuild the address. A
// piece (digits, a letter, a dot, a year) put at a place of the word ("at the end", "after it",
// "between them") with a mailbox claimed as the sender's is the address; the same edit words
// about a part number, a code or a service are not.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, what must be hidden]. */
const CONTACTS: [string, string][] = [
  ["I'm Ana Li. Add 77 at the end for my gmail.", "Add 77 at the end for my gmail"],
  ["My name is Tom Ross. Put a 9 after it and that's my hotmail.", "Put a 9 after it and that's my hotmail"],
  ["Jan Novak here. Add my birth year at the end and that's my email.", "Add my birth year at the end and that's my email"],
  ["my outlook is easy, stick an underscore between the names", "stick an underscore between the names"],
  ["you've got my handle already, just add 84 at the end @ yahoo", "add 84 at the end @ yahoo"],
];

const INNOCENT = [
  "Add 77 at the end of the part number please",
  "put a 9 after it and the code should work",
  "add a litre at the end of the service, I'll email you the invoice through the app",
  "gmail adds a 2 at the end of the subject line",
  "don't add 77 at the end for my gmail, that's an old one",
];

describe("a mailbox built from a detail already given", () => {
  it.each(CONTACTS)("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
