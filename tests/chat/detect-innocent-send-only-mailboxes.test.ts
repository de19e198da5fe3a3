// Issue 13, false positives: a mailbox that only sends and is never read ("noreply@...",
// "do-not-reply@...", "mailer-daemon@...") quoted as where a receipt or a bounce came from gives no
// way to reach anyone. A mailbox that only starts like one ("noreply.mike@...") is still a mailbox.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT = [
  "email receipts come from noreply@stripe.com, is that the right one?",
  "the bounce came from mailer-daemon@googlemail.com so your address is wrong",
  "it came from no-reply@accounts.google.com, looked legit",
  "do-not-reply@dvla.gov.uk sent me the MOT reminder",
  "got a confirmation from donotreply@kwik-fit.com for the tyres",
];

/** [message, address]: hidden. */
const CONTACTS: [string, string][] = [
  ["noreply.mike@gmail.com is me, write there", "noreply.mike@gmail.com"],
  ["email me at noreplymike@gmail.com", "noreplymike@gmail.com"],
  ["reply to mike.noreply@outlook.com lol", "mike.noreply@outlook.com"],
];

describe("send-only mailboxes", () => {
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(CONTACTS)("%j hides %j", (text, address) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, address)).toBe(true);
  });
});
