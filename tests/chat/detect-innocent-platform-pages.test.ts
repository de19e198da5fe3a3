// Issue 13, false positives by kind: a link the sender gives as the platform's or the app's own
// page ("the platform's refund page (X)", "the app help section says ...: X") is a reference to the
// marketplace itself, not a way to reach the sender, whatever its domain. The link must stand in
// apposition to the page word (a bracket, a colon, "is at", what the page says then a colon); a
// page called the sender's own, one to book or pay on, a social or messaging host, or a link sent
// instead of the app's page stays caught. The sentences are written for this file, not taken from
// the corpus.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides, hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "the app's cancellation policy (support.carfixhub.net/cancel) says 24 hours, is that right?",
  "I read the platform's FAQ page: help.wrenchly.io/deposits and it doesn't mention deposits",
  "the platform help centre says photos must be under 10MB: help.motorfixer.co/uploads",
  "your app's warranty page is at autoshop-market.com/warranty, does it cover labour?",
  "this site's terms - repairhub.example.org/terms-of-service - say the quote is binding",
];

const INNOCENT_BURSTS: string[][] = [
  ["quick question", "the app's help page says reviews close after 14 days: help.carfixhub.net/reviews", "is that true?"],
  ["ok", "the platform's refund section (carfixhub.net/refunds)"],
];

/** [text, secret]: links sent as the sender's own, to book or pay, or instead of the platform's page. */
const CONTACT: [string, string][] = [
  ["the app's page is useless, go to dannysautos.com instead", "dannysautos.com"],
  ["the app's help page is at dannysautos.com, book there", "dannysautos.com"],
  ["the platform's page: dannysautos.com/book", "dannysautos.com/book"],
  ["my app page: dannysautos.com", "dannysautos.com"],
  ["Danny's site page: dannysautos.com", "dannysautos.com"],
  ["forget the app's booking page, book me at dannysautos.com", "dannysautos.com"],
  ["the app's page is slow, message me on wa.me/447700900123", "wa.me/447700900123"],
];

describe("innocent links given as the platform's own page", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS)("leaves the burst %j unflagged", (...messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});

describe("links of the same shape that are the sender's stay caught", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
  it("hides a link sent after the app's page in the next message", () => {
    expect(burstHides(["the app's page is down", "use dannysautos.com/contact"], ["dannysautos.com/contact"])).toBe(true);
  });
});
