// Issue 13, false positives by kind: names that are not the writer's searchable full name: the
// person a message is addressed to after a salutation ("Dear Mrs Okafor, please find ..."), a
// title with a surname alone ("Mr Brennan here"), and a business called by its owner's first name
// in the possessive ("Gary's Auto Electrics"). A full name the writer gives as theirs, with or
// without a title, after a salutation to someone else, or as the answer to "what name is it
// under?", stays caught. The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "Dear Mrs Okafor, please find the updated estimate in the quotes tab",
  "Dear Dr Lindqvist, find attached the photos of the caliper",
  "Querida Sra Pérez, please find the invoice in the app",
  "Gary's Auto Electrics",
  "Mr Brennan here, the Volvo with the knocking",
  "Nadia's Tyre Centre.",
];

/** [text, secret]: a writer's full name in the same shapes. */
const CONTACT: [string, string][] = [
  ["Dear Mrs Okafor, my name is Tobias Lindgren, find me on facebook", "Tobias Lindgren"],
  ["Mr Tobias Lindgren here, the Volvo with the knocking", "Tobias Lindgren"],
  ["I'm Dr Amara Okonkwo, the one with the Civic", "Amara Okonkwo"],
  ["Tobias Lindgren", "Tobias Lindgren"],
  ["Regards, Mr Tobias Lindgren", "Tobias Lindgren"],
];

describe("innocent names that are not the writer's full name", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("the writer's full name in the same shapes stays caught", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });
});
