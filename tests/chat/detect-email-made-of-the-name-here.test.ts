// Issue 13, e-mails given by reference: a mail provider and "the same as my username here" (or
// "my username here @ yahoo") hand the reader an address made of the name they already see on the
// platform; the clause is the address. "My name" counts only with "here" or "on the app"; a
// refusal, an e-mail said to be the one on the booking, or one explained by the platform's own
// mail to it ("so I get the app's receipts fine"), is no address.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, what must be hidden]. */
const CONTACTS: [string, string][] = [
  ["my hotmail is the same as my username here, easy", "hotmail is the same as my username here"],
  ["email's same as my display name on the app with 88 after it", "same as my display name on the app with 88 after it"],
  ["my username here @ outlook if you want the pdf", "my username here @ outlook"],
  ["yahoo, same handle as my profile name but with a 3", "yahoo, same handle as my profile name but with a 3"],
  ["icloud is the same as my name on here: rosa quintero", "rosa quintero"],
];

const INNOCENT = [
  "my email is the same one as on the booking, send the invoice there through the app",
  "gmail deleted the same email as my name said",
  "my username here is my first name, is that ok?",
  "outlook keeps showing the same error as my laptop",
  "my gmail is the same as my username here, that's where the app's notifications go",
];

describe("an e-mail made of the name the reader sees here", () => {
  it.each(CONTACTS)("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
