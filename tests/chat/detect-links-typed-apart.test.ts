// Issue 13, links typed apart so they will not click: after "www" any top-level domain ends the
// address ("www . kiwi-auto-sparky . nz"), and a messaging app's short link is read with its
// spaced dot and slash ("t . me / bmw_fixer"). Sentences with "www" or "me /" in them stay text.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, link as written, kind]: hidden. */
const CONTACTS: [string, string, string][] = [
  ["my website: www . kiwi-auto-sparky . nz", "kiwi-auto-sparky . nz", "LINK"],
  ["www . brakesbyben . ie has my prices", "brakesbyben . ie", "LINK"],
  ["www dot tallerlopez dot cl", "tallerlopez dot cl", "LINK"],
  ["t . me / bmw_fixer_de", "t . me / bmw_fixer_de", "MESSAGING_APP"],
  ["wa . me / 447700900123 easier", "wa . me / 447700900123", "MESSAGING_APP"],
];

const INNOCENT = [
  "the www. part of the link is broken. nz is where the car came from",
  "tell me / show me where it leaks",
  "let me / us know when it's ready",
  "www is the only thing that loads, the app is fine though",
];

describe("links typed apart", () => {
  it.each(CONTACTS)("%j hides %j", (text, link, kind) => {
    expect(kindsOf(text)).toContain(kind);
    expect(hides(text, link)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
