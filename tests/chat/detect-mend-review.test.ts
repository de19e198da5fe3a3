// Review of 70e9016, which tightened the false-positive exceptions of fb0d46d: sentences written by
// a reviewer who did not read the contact corpus. Attacks use the tightened shapes to get a detail
// read or a deal through (above all a burst split at a dot between two dictionary words: "brakes."
// then "Net has my prices", whose glued form brakes.net 180282d still hid); innocent chat uses them
// as a new user would. `it.fails` marks today's gaps: the suite stays green and each gap stays
// visible until the detector closes it. "regression" = caught (or not flagged) by 180282d.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides, kindsOf } from "./detector-helpers.ts";

/** [messages, pieces]: an address split at a dot between two English words, readable today. */
const DETAILS_READABLE: [string[], string[]][] = [
  // old gap (180282d too): mike.motors, a real top-level domain
  [
    ["look up mike.", "Motors for my other prices"],
    ["mike", "Motors"],
  ],
];

/** [messages, pieces]: splits still read as one address (a sentence break is read only before a function word, after a message with no sign of an address). */
const DETAILS_HIDDEN: [string[], string[]][] = [
  [
    ["mike.fixes@brakes.", "net."],
    ["mike.fixes", "brakes", "net"],
  ],
  [
    ["mike.fixes@brakes.", "Net!"],
    ["mike.fixes", "brakes", "Net"],
  ],
  [
    ["my shop site is wrench.", "Store, cheaper there"],
    ["wrench", "Store"],
  ],
  [
    ["it's pete.", "Autos on facebook"],
    ["pete", "Autos"],
  ],
  [
    ["pete@pm.", "Me"],
    ["pete", "pm", "Me"],
  ],
  [
    ["mike@yahoo.", "Com"],
    ["mike", "yahoo", "Com"],
  ],
  [
    ["write to mike at outlook.", "Com"],
    ["mike", "outlook", "Com"],
  ],

  // regression: a link whose name and top-level domain are both dictionary words
  [
    ["my prices are all on brakes.", "Net has the booking form too"],
    ["brakes", "Net"],
  ],
  [
    ["my site is brakes.", "net"],
    ["brakes", "net"],
  ],
  [
    ["www.brakes.", "Net for the cheap rate"],
    ["brakes", "Net"],
  ],
  [
    ["brakes.", "Online has my cheaper prices"],
    ["brakes", "Online"],
  ],
  [
    ["my site: brake.", "Pro"],
    ["brake", "Pro"],
  ],
  [
    ["prices on mike.", "Repair"],
    ["mike", "Repair"],
  ],
  [
    ["find us at smith.", "Autos"],
    ["smith", "Autos"],
  ],
  [
    ["prices at classic.", "Cars"],
    ["classic", "Cars"],
  ],
  [
    ["mechanic.", "Pro has my rates"],
    ["mechanic", "Pro"],
  ],
  [
    ["my site, fix.", "My car has all my numbers"],
    ["fix", "My"],
  ],
  // regression: an e-mail address whose domain is two dictionary words
  [
    ["mike.fixes@brakes.", "Net"],
    ["mike.fixes", "brakes", "Net"],
  ],
  [
    ["contact: mike.fixes@brakes.", "Net thanks"],
    ["mike.fixes", "brakes", "Net"],
  ],
  [
    ["mike.fixes@", "brakes.", "net"],
    ["mike.fixes", "brakes", "net"],
  ],
  [
    ["mike at brakes.", "Net"],
    ["mike", "brakes", "Net"],
  ],
  [
    ["joe@garage.", "Us"],
    ["joe", "garage", "Us"],
  ],
  [
    ["mike@fix.", "Io"],
    ["mike", "fix", "Io"],
  ],
  // regression: a handle with a dot between two dictionary words
  [
    ["insta is big.", "Mike"],
    ["big", "Mike"],
  ],
  [
    ["follow wrench.", "Master on insta"],
    ["wrench", "Master"],
  ],
  [
    ["my handle is fix.", "Me on insta"],
    ["fix", "Me"],
  ],
  // regression: the deal is flagged, the address beside it is not hidden
  [
    ["joe at brake.", "Shop for the cheaper rate"],
    ["brake", "Shop"],
  ],
  // the piece after the dot of a mailbox or handle given before it
  [
    ["mike@proton.", "Me"],
    ["proton", "Me"],
  ],
  [
    ["dm me at big.", "Mike on insta"],
    ["big", "Mike"],
  ],
  [
    ["email me, mike@proton.", "Me is best"],
    ["proton", "Me"],
  ],
  [
    ["i'm on insta as big.", "Wrench"],
    ["big", "Wrench"],
  ],
  [
    ["I'm on tiktok as the.", "Brake guy"],
    ["the", "Brake"],
  ],
];

describe("mend review: addresses split at a dot between two words", () => {
  it.each(DETAILS_HIDDEN)("the burst %j hides %j", (messages, pieces) => {
    expect(burstHides(messages, pieces)).toBe(true);
  });
  // a real top-level domain that is also an ordinary word, after a name with no sign of an address before it
  it.fails.each(DETAILS_READABLE)("the burst %j hides %j (readable today)", (messages, pieces) => {
    expect(burstHides(messages, pieces)).toBe(true);
  });
});

const DEALS_CAUGHT = [
  "my brother's garage takes cash only, he does it cheaper than the app, ask for Dave",
  "the unit behind the Tesco takes cash only, tell them you're my customer, half the app price",
  "the garage on my road takes cash only and he's my cousin, skip this app and go there",
  "my mate's shop takes cash only, much cheaper than booking on here",
  "the shop takes cash only, it's the one next to the Shell on Mill Lane, ask for me",
  "the garage takes cash only, no app booking needed, just turn up",
  "my workshop takes cash only, come by whenever",
  "the app's payment is broken, bank transfer to me is easier",
  "cashapp doesn't work for me, so bank transfer then, sort code in a sec",
  "paypal isn't working, pay me on the day instead",
  "venmo won't work, bank transfer is fine",
  "use the app? nah thanks, I'll sort you out direct",
  "meet me halfway on the price and we'll keep it between us, no booking",
  "meet me halfway on the labour and pay me on the day, not through the app",
  "meet me halfway on the fee and I'll do it off the books",
  "can you meet me halfway on the price if we leave the app out of it",
  "in the payments tab it says 400, but pay there on collection and it's 300",
  "go to the checkout page, see the price, then pay there half when I come round",
  "on the booking screen cancel it, then pay there in person",
  "the payments tab is glitchy, pay there in person",
  "in the checkout page there's a fee so pay there when you pick the car up, at the unit",
  // a payment app said not to work, cash or a hand-over offered instead; a bargain or another business's cash beside a visit
  "zelle doesn't work for me, just bring the money in an envelope",
  "zelle doesn't work for me, just bring the money on saturday",
  "venmo is down, I'll take it in person when you collect",
  "venmo is down, so pay me when you collect",
  "my venmo is locked, hand it over when you pick up the car",
  "zelle is broken for me so notes on collection please",
  "in the app it's 400, pay there and I'll give you 100 back in person",
  "meet me halfway on the price, I'll come to yours and you pay me",
  "meet me halfway on the cost: you cancel the booking and I still do it",
  "the unit takes cash only, come round after work and cancel the booking",
  "the workshop on the industrial estate takes cash only, come by after work, no booking needed",
  // caught from round 30 (platform-bypass.ts: leaving the platform, "cancel on here", with coming by)
  "the shop takes cash only, so cancel on here and come by",
];

/** [kind, message]: a deal that passes unflagged. */
const DEALS_SLIPPED: [string, string][] = [
  // old gaps (180282d too)
  ["echoed refusal", "use the app? no lol, here at my garage we do it for less"],
  ["echoed refusal", "pay through the app? no, pay here at the unit when you collect"],
  ["app said not to work", "paypal won't work on here, we'll sort it when you pick up, notes are fine"],
  ["pay there", "the quote is in the app but pay there at the unit, I'll knock 50 off"],
  ["pay there", "in the app tab there's a fee, so pay there at my place saves us both"],
  ["pay there", "in the payments tab you'll see my price, pay there or to me when you collect, whichever"],
  ["echoed refusal", "book through here? nope, just come by the unit saturday"],
];

/** [kind, messages]: a burst whose refusal of the app and the deal are two messages; unflagged (old gaps, 180282d too). */
const DEAL_BURSTS_SLIPPED: [string, string[]][] = [
  ["echoed refusal", ["pay through the app? nah", "bring it on the day"]],
  ["echoed refusal", ["book on here? no", "come by saturday and we'll sort it"]],
];

/** Requests whose echoed no is followed by "here's" (not "here": it does not stay on the platform). */
const REQUESTS_AFTER_HERES = ["call me? nah here's quicker, 07700 900 123", "ring me? nah here's my mate's number, he does it cheaper"];

describe("mend review: deals in the tightened shapes", () => {
  it.each(DEALS_CAUGHT)("%j is flagged as a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
  it("an echoed no followed by another channel is still a request", () => {
    expect(burstFlagged(["email me? no", "text me on the number on my van"])).toBe(true);
  });
  it.each(["text me? no, here's my cell instead", "email me? nope, here's the thing, text me"])("%j is flagged as a request", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  it.each(REQUESTS_AFTER_HERES)("%j is flagged as a request", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  it.fails.each(DEALS_SLIPPED)("%s: %j is flagged as a deal (missed today)", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
  it.fails.each(DEAL_BURSTS_SLIPPED)("%s: the burst %j is flagged (missed today)", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(true);
  });
  // round 30: cash beside a saving is an offer whatever came before (platform-bypass.ts)
  it('echoed refusal: the burst ["pay in the app? no","cash is cheaper for both of us"] is flagged', () => {
    expect(burstFlagged(["pay in the app? no", "cash is cheaper for both of us"])).toBe(true);
  });
});

const INNOCENT_BURSTS_PASSING = [
  ["the car's a mazda.", "It's the red one out front"],
  ["picked the part up from halfords.", "Should be fitted by 3"],
  ["thx.", "Is the car ready?"],
  ["the warning light is the abs.", "It came on yesterday"],
  ["it's the 2015 civic.", "Is that a problem?"],
  ["it's a bmw.", "Is that ok?"],
  ["car is at mum's.", "Its the blue one"],
  ["my car is a vw.", "Its making a noise"],
  ["all good.", "Btw the key is under the mat"],
  // the first message ends in a word no dictionary holds (a part, a brand, a code)
  ["i'll bring the v5.", "It's in the glovebox"],
  ["we use bosch.", "It's the usual brand"],
  ["brake fluid is dot4.", "It was changed last year"],
  ["the noise is from the cv.", "It clicks on turns"],
  ["booked for tues.", "Is 9 ok"],
  ["the code is P0420.", "It came back after a reset"],
  ["it's the dpf.", "Im sure of it"],
  ["I changed the oil myself in jan.", "It's fine"],
  ["the tyres are michelin.", "It's the rear left"],
];

const INNOCENT_PASSING = [
  "the MOT centre takes cash only, can you just do the MOT here through the app?",
  "zelle doesn't work for me, is card in the app ok?",
  "venmo doesn't work in the UK, I'll pay by card on here",
  "paypal won't work for me, apple pay through the checkout instead?",
  "my venmo is locked, can I pay with google pay in the app?",
  "call you? no, I'm driving, I'll reply here in 20 min",
  "text you? nope, I'll keep it in this chat",
  "call me? no, just message me on here please",
  "phone you? no, too loud at work, messaging here",
  "pay cash? no, card in the app please",
];

/** [kind, message]: flagged today though it is repair chat (180282d flagged them too; fb0d46d passed those marked). */
const INNOCENT_FLAGGED: [string, string][] = [
  // another business's cash, with an amount or a day beside it
  ["cash another business takes", "the car wash next to you takes cash only, it's 5 quid, want me to get it valeted too?"],
  ["cash another business takes", "the car park by your garage takes cash only, 2 pounds an hour, is there free parking?"],
  ["cash another business takes", "the tyre place takes cash only on Saturdays so I'd rather you do them"],
  ["cash another business takes (fb0d46d passed)", "the scrapyard takes cash only, 50 quid for the old wheels"],
  // an echo with an object, staying here
  ["echoed refusal", "email you the photos? no, I'll upload them here"],
  // a customer haggling: the price after "meet me halfway" without "on"
  ["meet me halfway", "meet me halfway? 350 instead of 400 on the quote"],
  ["meet me halfway (fb0d46d passed)", "could you meet me halfway on it, say 300?"],
  ["meet me halfway", "can you meet me halfway, 350 for pads and discs?"],
  // "pay there" in the app, with cash, instead, cheaper or collect in the sentence for other reasons
  ["pay there (fb0d46d passed)", "the invoice is in the payments tab, pay there instead of cash at the door please"],
  ["pay there", "it's on the checkout page, pay there rather than sending money directly"],
  ["pay there (fb0d46d passed)", "the quote is in the app tab, pay there and it's cheaper than my old garage"],
  ["pay there (fb0d46d passed)", "go to the payments tab and pay there, cash isn't allowed on the platform"],
  ["pay there (fb0d46d passed)", "in the app, under the booking tab, pay there and collect the car after 5"],
];

describe("mend review: innocent repair chat in the tightened shapes", () => {
  it.each(INNOCENT_PASSING)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS_PASSING.map((m) => [m]))("the burst %j is not flagged", (messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
  // twoSentences needs a dictionary word before the dot: a model, part, code or brand keeps the two glued
  it.fails.each(INNOCENT_FLAGGED)("%s: %j is not flagged (flagged today)", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
