// Issue 13, round 21 (fp21): an off-platform offer a third party made, retold by the sender with
// their refusal right after it ("he offered to do it at his place for cash, i said no and booked
// the workshop on here") reports the offer, it does not make one (phrases.ts retoldAndRefused,
// read by live()). Round 20's version was reverted because a deal after the refusal went unread;
// this one needs a third party in the past tense (never "you"), the sender's own refusal in the
// same sentence right after the phrase, and nothing after the refusal that could take an offer up
// again (a payment, money, a price or saving, a channel, a visit or a time, the reader or "we",
// or a turn such as "though", "actually", "jk", "anyway"). The sentences are written for this file; the attacks
// include round 20's final review's.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an offer someone else made, retold and refused", () => {
  it.each([
    ["he offered to fix it at his garage for cash, i said no and booked through here"],
    ["the mechanic offered to come to my house for cash, I declined. how do I report it?"],
    ["a guy wanted cash in hand, I refused and came back to the app"],
    ["she suggested doing it at her place for cash, I told her no."],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    // round 20's final review
    ["i said no to cash... jk pay me cash and we skip the fees"],
    ["another guy offered to do it off the app, I said no, but honestly just pay me cash on the day"],
    ["he suggested paying outside the app. I refused. Anyway, transfer me direct and I'll knock off 10%"],
    ["last year I paid a guy cash to do it, so let's do the same: cash, no app"],
    ["someone offered to pay me cash, I said no. you can though, it's cheaper for both of us"],
    ["you offered to pay outside the app and I said no... actually fine, let's do cash"],
    ["a mate offered to do cash, I said no. but for you, cash at pickup is fine and we cancel the booking"],
    // this round's
    ["the other mechanic wanted cash and I said no, so come to my place instead"],
    ["he offered to do it for cash, I said no. Bring it round to mine tomorrow"],
    ["he offered to do it for cash, i said no. same deal for you if you want it"],
    ["the shop offered a cash price, I declined. still, cash works for me"],
    ["he offered to do it for cash at his place and I said no lol jk whats ur price"],
    ["he offered to do it for cash, i said no, i'll do it for less"],
    ["he offered to do it at his place for cash, i said no. tomorrow then?"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });

  it.each([
    ["he offered cash, i said no. come to mine, 12 Elm St", "12 Elm St"],
    ["he offered cash, I said no, my number is 0412 555 019 anyway", "0412 555 019"],
    ["the other mechanic wanted cash and you refused, smart. i'll take bank transfer direct instead, bsb 062-000 acc 1234 5678", "1234 5678"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
