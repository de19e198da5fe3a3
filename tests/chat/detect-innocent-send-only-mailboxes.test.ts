// Issue 13, false positives: a mailbox that only sends and is never read ("noreply@...",
// "do-not-reply@...", "mailer-daemon@...") quoted as where a receipt or a bounce came from gives no
// way to reach anyone. Only so quoted: the sentence says a message came from it (or it sent one),
// the domain is no free mail provider (where anyone may take the name), and nothing in the
// sentence asks to write there or calls it the writer's. A mailbox that only starts like one
// ("noreply.mike@...") is still a mailbox. The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT = [
  "email receipts come from noreply@stripe.com, is that the right one?",
  "the bounce came from mailer-daemon@mx.kwik-fit.com so your address is wrong",
  "it came from no-reply@accounts.google.com, looked legit",
  "do-not-reply@dvla.gov.uk sent me the MOT reminder",
  "got a confirmation from donotreply@kwik-fit.com for the tyres",
  "I got a weird email from noreply@halfords.com about a recall, is it real?",
  "the reminder was from: no_reply@evri.com",
  "noreply@eurocarparts.com emailed me a receipt for the pads",
];

/** [message, address]: hidden. */
const CONTACTS: [string, string][] = [
  ["noreply.mike@gmail.com is me, write there", "noreply.mike@gmail.com"],
  ["email me at noreplymike@gmail.com", "noreplymike@gmail.com"],
  ["reply to mike.noreply@outlook.com lol", "mike.noreply@outlook.com"],
  // a send-only name the sender chose: no "from", a free provider, or an ask to write there
  ["write to noreply@gmail.com", "noreply@gmail.com"],
  ["noreply@brakesbyben.co.uk is my shop inbox, email there", "noreply@brakesbyben.co.uk"],
  ["mailer-daemon@kev.me, message me there", "mailer-daemon@kev.me"],
  ["the quote came from noreply@kevsgarage.com, reply to it directly and I'll get it", "noreply@kevsgarage.com"],
  ["the bounce came from mailer-daemon@googlemail.com", "mailer-daemon@googlemail.com"],
  ["got it from noreply@hotmail.co.uk", "noreply@hotmail.co.uk"],
  ["you'll get an email from donotreply@wrenchy.uk, that one is mine, answer it", "donotreply@wrenchy.uk"],
  ["postmaster at kevsgarage dot com, drop me a line", "postmaster at kevsgarage dot com"],
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
