// Review of issue 13's false-positive cuts (merge fb0d46d): sentences written by a reviewer who did
// not read the contact corpus, in the shapes the new exceptions let through (cash another business
// takes or the sender lacks, a cash price against insurance, a payment app said not to work, the
// platform as the subject of a contact verb, an echoed refusal, "meet me halfway on", "pay there"
// after a place in the app, an app's name before "is", a burst of whole sentences). Attacks use
// those shapes to hide a deal or a detail; innocent chat uses them as a new user would. `it.fails`
// marks today's gaps: the suite stays green and each gap stays visible until the detector closes it.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides, kindsOf } from "./detector-helpers.ts";

const INNOCENT_PASSING = [
  "my old mechanic took cash only and never gave receipts, glad to use this app",
  "the parts shop on the corner only takes cash, so the app is easier for me",
  "the car park at the station takes cash, is there anywhere else to leave the car?",
  "I'm a bit short on cash until payday, can the job wait till Friday?",
  "I'm strapped for cash so only the essential bits please",
  "we're short of cash after the holiday, what's the cheapest safe option?",
  "my insurer says the cash price for glass is usually lower than the excess",
  "should I go through the warranty or just pay the cash price here?",
  "is the cash price lower than my insurance excess?",
  "my venmo is locked anyway, I'll just pay by card in the app",
  "zelle doesn't work with my bank, so card through the app it is",
  "paypal keeps declining on the app checkout, any idea why?",
  "will the app text me when the car is ready?",
  "does the platform email me the receipt or do I download it?",
  "the site emailed me a reminder about tomorrow",
  "will autodoctor call me if you find something else?",
  "text you? nah, I'll message here",
  "pay cash? no, I'll pay in the app like normal",
  "call me? no, I'm at work, message here",
  "can you meet me halfway on the labour cost?",
  "could you meet me in the middle with the parts price?",
  "will you meet me halfway on the diagnostic fee?",
  "the invoice is in the payments tab, I'll pay there tonight",
  "the quote is on the booking screen, just approve and pay there",
  "go to the checkout page and pay there when you're ready",
  "my phone signal is terrible at work, sorry for the slow replies",
  "the signal is patchy out here, I'll reply tonight",
  "my signal is weak at home so replies are slow",
  "the turn signal is blinking fast on the left",
  "my line of work is plumbing so I know nothing about cars",
  "call you? no need, the app chat works for me",
  // since the app-state and waved-away rules (tests/chat/detect-app-states-and-things.test.ts)
  "whatsapp? no thanks, I'll stay on here",
  // since round 35's describing words after "is" ("Telegram is blocked in my country")
  "my wifi signal is slow so the video will take a while",
  "my whatsapp is broken anyway so this chat is better",
];

const INNOCENT_BURSTS_PASSING = [
  ["Thanks for the quote.", "Could we do Tuesday instead?"],
  ["Parked outside the unit.", "Keys are under the mat"],
  ["Is the part in stock?", "Org just told me it's back ordered"],
  // whole sentences in lower case: an English word ends one, an English word starts the next
  ["fixed the leak.", "it was the gasket"],
  ["i found the leak.", "it's dripping from the sump"],
  ["the car is in the lot.", "it's the blue one"],
  ["done with the pads.", "no more squeak"],
];

/** [kind, message]: flagged today though it is repair chat in one of the new exceptions' shapes. */
const INNOCENT_FLAGGED: [string, string][] = [
  // cash a business takes, with the sender or reader named in the clause (my, your, me, I'll) or "app"
  ["cash another business takes", "the tyre place near me takes cash only which is annoying"],
  // the insurance comparison is dropped as soon as the app is named as where the cash price is paid
  ["cash price against insurance", "is it cheaper to claim on insurance or pay the cash price through the app?"],
  // an echo with an object, an app's bare name or "no need" is not read as a refusal
  ["echoed refusal", "email me the invoice? no, I'll grab it from the app"],
  ["echoed refusal", "meet you somewhere? no, I'll drop it at the workshop"],
];

describe("fp round review: innocent repair chat in the new exceptions' shapes", () => {
  it.each(INNOCENT_PASSING)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS_PASSING.map((m) => [m]))("the burst %j is not flagged", (messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
  // cleared in round 35: the car park or the toll paid, nothing of a deal between the two beside it (deal-talk.ts)
  it.each([
    ["cash another business takes", "the parking meter by your workshop takes cash only, should I bring coins?"],
    ["cash another business takes", "the toll bridge on the way takes cash only, I'll be a few minutes late"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.fails.each(INNOCENT_FLAGGED)("%s: %j is not flagged (flagged today)", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

/** Attacks in the new shapes that the detector still catches. */
const DEALS_CAUGHT = [
  "my cousin's shop takes cash only, I work there on weekends, come by saturday",
  "that garage takes cash only, tell them Mike sent you for the mate's rate",
  "if you're short of cash we can do it direct",
  "you strapped for cash? I can knock 50 off if we skip the app",
  "cash price vs insurance claim: 250 cash to me, 400 if you claim",
  "my zelle is locked, venmo me instead",
  "zelle limit is too low, just venmo me the 300",
  "paypal isn't working, so cashapp me",
  "venmo is glitchy, use cashapp $mikefix",
  "pay you direct? nope, pay me in cash on saturday",
  "meet me halfway on it, cash on the day and we skip the app fee",
  "forget the app fees, pay there when you collect",
  "I sent the quote in the app, but you can pay there at my unit in cash",
  // in the shapes of the new exceptions, with the terms of a deal beside them (merge fb0d46d let these through; mended)
  // a business as the subject, with a price, a day or a way to reach it in the sentence
  "the garage takes cash only, so bring 250 on the day",
  "the shop takes cash only, 180 for the pads",
  "the unit on Mill Lane takes cash only, come saturday at 10",
  "the yard takes cash only, no card machine, Saturday 9am",
  "they take cash only at the unit, bring it round Saturday",
  "his garage takes cash only, he'll do it for 200",
  "the mobile service takes cash only, text the number on the van",
  // insurance named beside the cheaper off-app price
  "the direct price vs going through your insurer is way lower, just saying",
  // one payment app said not to work, another offered in its place
  "zelle doesn't work with my bank so just paypal me",
  "venmo doesn't work for me so zelle me",
  // an echoed no turned round ("no lol obviously", "nah why not")
  "pay cash? no lol obviously cash, 200 on saturday",
  "pay me direct? nah why not, easier for both of us",
  // "meet me halfway" on a road, a day, a car park: a place, not a price
  "meet me halfway on Route 9 at 6 and I'll swap the part",
  "meet me halfway on Saturday, the Shell garage by the bypass",
  "meet me in the middle on Main St, the Costco lot",
  "meet me halfway over by the retail park at 5",
  "meet us halfway with the car and we'll do it in the lot",
  // "pay there" after the app or its checkout is named, but with the payment sent elsewhere
  "don't bother with checkout, pay there",
  "the app button works but cheaper to pay there on collection",
  "the app button is broken, pay there when you collect, 23 Mill Lane",
];

const REQUESTS_CAUGHT = [
  "will the app email me? just email me directly, quicker",
  "the app can text me, or you can text me",
  "the system will call you, or call me on my cell tonight",
  "email me? no lol, text me instead",
  "call me? nope, text me",
  "email me? no, scratch that, yes email me",
  // a refusal-looking echo, then the request turned round
  "call me? no lol I mean yes call me",
  "text me? no I mean yes text me",
  "call me? no kidding, that's easiest, tonight after 6",
  "call me? no doubt that's quicker than this chat",
  "email me? no lol jk, do it, it's faster",
  "email me? no but you can text me",
];

/** [kind, message]: a request for another channel that passes unflagged because of a new exception. */
const REQUESTS_SLIPPED: [string, string][] = [
  // the platform as a decoy subject, the real request after it in words no rule reads alone
  ["platform as subject", "the app will email you my personal address, reply to that one"],
  ["platform as subject", "the app will text you, then just text back on that number, it's my mobile"],
  ["platform as subject", "will the app email me your address? or just text it"],
];

/** [messages, pieces]: a link, e-mail or handle split at a sentence-looking break ("name." / "Com ...") is still joined and hidden. */
const DETAILS_SPLIT_AT_A_DOT: [string[], string[]][] = [
  [
    ["it's joesgarage.", "Com has all my prices"],
    ["joesgarage", "Com"],
  ],
  [
    ["find me at petesmobilemech.", "Com for bookings"],
    ["petesmobilemech", "Com"],
  ],
  [
    ["the name's pete at petesauto.", "Com if you need a receipt"],
    ["pete", "petesauto", "Com"],
  ],
  [
    ["pete at hotmail.", "Com is the ending"],
    ["hotmail", "Com"],
  ],
  [
    ["dm me pete.", "Fixes on insta"],
    ["pete", "Fixes"],
  ],
];

describe("fp round review: attacks in the new exceptions' shapes", () => {
  it.each(DEALS_CAUGHT)("%j is flagged as a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
  it.each(REQUESTS_CAUGHT)("%j is flagged as a request", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  it('an address cut before a bare "Com" is still joined and hidden', () => {
    expect(burstHides(["send the pics to mike.fixes@gmail.", "Com"], ["mike.fixes", "Com"])).toBe(true);
  });
  it.fails.each(REQUESTS_SLIPPED)("%s: %j is flagged as a request (missed today)", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  // caught since round 32 (channel-requests.ts, OTHER-PHONE: a contact announced from the sender's own number)
  it.each([["platform as subject", "the platform will text you from my own number, save it"]])("%s: %j is flagged as a request", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  it.each(DETAILS_SPLIT_AT_A_DOT)("the burst %j hides %j", (messages, pieces) => {
    expect(burstHides(messages, pieces)).toBe(true);
  });
});
