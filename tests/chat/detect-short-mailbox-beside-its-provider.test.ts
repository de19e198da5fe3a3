// Issue 13, e-mails in pieces: a mailbox alone on its line (or in its own message) and its
// provider alone on the next, either way round. A mailbox of three letters with digits or an
// underscore ("kev_92", "dan.k7") is one as much as a longer one; a word, a code or a reading
// next to a provider's name is not.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

/** [messages, pieces]: hidden. */
const CONTACTS: [string[], string[]][] = [
  [
    ["send the pics to", "kev_92", "hotmail"],
    ["kev_92", "hotmail"],
  ],
  [
    ["ok", "dan.k7", "gmail"],
    ["dan.k7", "gmail"],
  ],
  [
    ["email", "outlook", "jo_b88"],
    ["outlook", "jo_b88"],
  ],
  [["mailbox below\nsam_07\nyahoo"], ["sam_07", "yahoo"]],
];

const INNOCENT: string[][] = [
  ["the code is p0420", "gmail keeps eating your messages"],
  ["oil 5w30", "outlook says the invoice is spam"],
  ["got the v6", "yahoo answers said it fits"],
];

describe("a short mailbox beside its provider, each on its own line", () => {
  it.each(CONTACTS)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (...messages) => {
    expect(replayBurst(messages).flatMap((d) => d.kinds)).toEqual([]);
  });
});
