// Round-17 review: an attacker's and a new user's messages against the exceptions round 17 made
// (the platform's domains, a company's site named for a document or an insurer's/bank's account,
// an offer turned down by a verb, a unit after a number, capitalised @mentions, bulletin labels) and
// the recall grammars it added (directions to a home, a payment kept between the parties, a move to
// another channel, handles under app nicknames, disguised providers, numbers sent in pieces).
// Attacks are `it` when caught (every letter and digit of the detail masked, or the message flagged)
// and `it.fails` when missed; innocent repair chat is `it` when unflagged and `it.fails` when flagged.
// Each `it.fails` title names the commit whose rule is at fault. "[regression]": caught on main at
// the review and missed since; "[new FP]": unflagged on main, flagged since.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { hides, kindsOf, replayHides } from "./detector-helpers.ts";

/** True when any message of the burst is flagged as the reader is finally shown it. */
const replayFlagged = (messages: readonly string[]): boolean => replayBurst(messages).some((d) => d.kinds.length > 0);

describe("exceptions this round made are holes an evader can use", () => {
  // 14ccbb4: a "guide/manual/diagram/bulletin ... on X" excuses X whatever X is: a WhatsApp or
  // Telegram link with the number in it, a social profile, a contact or booking page, any business
  // site the sender owns; PERSONAL_PAGE_HOST does not list the social and messaging hosts and the
  // path is never read.
  it.each([
    ["the walkthrough is on wa.me/15125550143", "wa.me/15125550143"],
    ["the guide is on t.me/bradsbrakes", "t.me/bradsbrakes"],
    ["the manual is on facebook.com/bradsbrakes", "facebook.com/bradsbrakes"],
    ["the bulletin is on instagram.com/bradsbrakes", "instagram.com/bradsbrakes"],
    ["instructions are on api.whatsapp.com/send?phone=15125550143", "api.whatsapp.com/send?phone=15125550143"],
    ["the how-to is on bradsbrakes.com/contact", "bradsbrakes.com/contact"],
    ["the manual is at bradsbrakes.com/book-now", "bradsbrakes.com/book-now"],
  ])("[regression, 14ccbb4] a reach channel named as a document's site: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I wrote the DIY guide on tonyfixes.co.uk, anything else just ask", "tonyfixes.co.uk"],
    ["the guide on mikesgarage.com is mine, prices there too", "mikesgarage.com"],
    ["the full guide is on mikesgarage.com - ring the number at the top", "mikesgarage.com"],
    ["the spec sheet is on bradsbrakes.com, you can ring the shop from there too", "bradsbrakes.com"],
    ["the manual is on mikesgarage.com, all my contact stuff is there", "mikesgarage.com"],
    ["the guide on tonyfixes.co.uk explains it, I also do mobile repairs there", "tonyfixes.co.uk"],
    ["the diagram is on bradsbrakes dot com", "bradsbrakes dot com"],
  ])("[regression, 14ccbb4] the sender's own site named for a document, reach said otherwise: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // 14ccbb4: "my insurance/bank ... portal/app/site is X" excuses any X; nothing checks that X is an
  // insurer's or a bank's (a payment page or the sender's own shop passes).
  it.each([
    ["my insurance portal is bradsbrakes.com", "bradsbrakes.com"],
    ["my bank's app is pay.me/bradsbrakes", "pay.me/bradsbrakes"],
    ["my bank's app is mikesgarage.com", "mikesgarage.com"],
  ])("[regression, 14ccbb4] any site called an insurer's or bank's: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["the how-to is on my site, tonyfixes.co.uk", "tonyfixes.co.uk"],
    ["the price chart is on bradsbrakes.com", "bradsbrakes.com"],
    ["the guide is at bradsbrakes.com - whatsapp me from the page", "bradsbrakes.com"],
    ["the manual is at bradsbrakes at gmail dot com", "bradsbrakes at gmail dot com"],
    ["my insurance claim portal is paypal.me/bradsbrakes", "paypal.me/bradsbrakes"],
    ["my insurer's site is bradsbrakes.com, book me there", "bradsbrakes.com"],
    ["check autodoctor.app.mikesgarage.com", "autodoctor.app.mikesgarage.com"],
    ["email me: autodoctor.app@gmail.com", "autodoctor.app@gmail.com"],
    ["my email is mike.smith@autodoctor-app.com", "mike.smith@autodoctor-app.com"],
  ])("a document, an insurer or the platform's name does not excuse a reach channel: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // fc19a94: "pass on" also means hand over; "I'll pass on the cash payment to you" is a cash deal.
  it('[regression, fc19a94] "I\'ll pass on the cash payment to you in person" is a cash deal handed over, not refused', () => {
    expect(kindsOf("I'll pass on the cash payment to you in person")).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    "I'll pass on the app fee, cash is fine",
    "I'll pass on the booking, pay me cash",
    "said no to the app, cash only",
    "I declined the app payment, just pay me directly",
    "I'll pass on the cash deal, unless you do cash in hand for 200",
    "pass on the cash discount — or pay me directly, up to you",
    "I'll pass on the cash to you directly, no app needed",
  ])("refusing something else does not excuse the offer after it: %j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  // 4685c1e: a capitalised mention opening a sentence with a lower-case clause after it is read as
  // addressing someone in this chat, even when the clause says it is the sender's page to visit.
  it.each([
    ["@SamsGarage is where I post all my builds", "SamsGarage"],
    ["@TorqueTom check it out for my other jobs", "TorqueTom"],
    ["@BradsBrakes, come see my reels", "BradsBrakes"],
    ["@TheRealMike send me a message on there", "TheRealMike"],
  ])("[regression, 4685c1e] the sender's own account given as a capitalised mention: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["@MikeR text me on 512 555 0143", "512 555 0143"],
    ["@MikeFixesCars has all my work, dm there", "MikeFixesCars"],
    ["@BradsBrakes is my insta", "BradsBrakes"],
    ["@BradsBrakes thats my page", "BradsBrakes"],
    ["@MikeRoss follow for more", "MikeRoss"],
    ["@JoeBrakes find me there", "JoeBrakes"],
    ["@DaveSmith, dm me on insta", "DaveSmith"],
  ])("a mention with a follow cue, or a number beside it, is still hidden: %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // 448612e (bulletin and standard labels), dc46374 (a number quoted from a thing), a3fc030 ("is me"):
  // none of them lets a phone typed as a phone through.
  it.each([
    ["TSB 512 555 0143", "512 555 0143"],
    ["SB 07700 900123", "07700 900123"],
    ["ISO 512-555-0143", "512-555-0143"],
    ["BS 0207 946 0958", "0207 946 0958"],
    ["SB IS 512 SSS 0143", "512 SSS 0143"],
    ["TSB SI2 SSS OI43", "SI2 SSS OI43"],
    ["the TSB number is 512 555 0143 call me", "512 555 0143"],
    ["the sticker on my van says 5125550143", "5125550143"],
    ["the tag reads 07700900123", "07700900123"],
    ["the box says 512 555 0143", "512 555 0143"],
    ["the sticker says +15125550143", "+15125550143"],
    ["5125550143 is me", "5125550143"],
    ["07700900123 that's me", "07700900123"],
    ["919 🚗 555 🚗 0101", "919 🚗 555 🚗 0101"],
  ])("a phone typed as a phone beside a label, a quote or 'is me': %j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  // 7b13443: a capitalised word after a number is a unit only when it is one; a place to meet stays a deal.
  it.each(["meet me at 5 Bar Louie tonight", "I'll be at 6 Tesco car park", "leave it at 7 Shell, I'll pay cash"])("a place after a time is still a meeting: %j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  // a41b282 / c097e74: a number's pieces announced out of order over messages are joined.
  it.each([
    [
      ["last four 0143", "area code 512", "middle 555"],
      ["0143", "512", "555"],
    ],
    [
      ["call me", "555 0143", "oh and the area code's 512"],
      ["555 0143", "512"],
    ],
    [["brakeguy at gmale"], ["brakeguy at gmale"]],
  ])("pieces and disguised providers: %j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });
});

describe("recall grammars this round added flag innocent repair chat", () => {
  // 8d290cb: WHOSE + WHERE + WHICH in one sentence, with commas and "so/but" clauses not ending it:
  // a home placed in passing (by the sea, near a quarry) and any colour word before a house part or
  // an ordinal before "house" elsewhere in the sentence make it an ADDRESS, though nothing directs a
  // visitor. Talk about rust, dust and parking near home is common repair chat. Mended: the three
  // parts must be one description (no "so/but" break, no new statement after a comma, no "too"),
  // and the sender placed somewhere now is no home.
  it.each([
    "my house is by the motorway so the car gets filthy, the white fence is grey now",
    "we're near the coast so the brake discs rust, our red gate too",
    "I live by the sea, my old garage door is rusting as well",
    "I live near a quarry, the first house gets all the dust so the paint is ruined",
    "our flat is above the shop so parking is a pain, end terrace parking is worse",
    "I'm just past the garage now, stuck behind a tractor with a big red trailer",
    "my place is a mess, the old shed behind the garage is where I keep the spare tyres",
  ])("[mended, 8d290cb] a home mentioned in passing is no directions: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // Still flagged: "our house is over the river, red roof" is itself a home told apart; only the
  // clause after "but" says no one is to visit it.
  it.fails("[new FP, 8d290cb] a home described, then the car brought to the reader's shop", () => {
    expect(kindsOf("our house is over the river, red roof, but I'll bring the car to your shop")).toEqual([]);
  });

  it.each([
    "my car is parked behind the pub, the blue Corolla",
    "I live near the track, my car is the red one",
    "my garage is behind the house, the one with the green door",
    "turn off at the roundabout and the noise starts, big red light on the dash",
    "my place has a red garage door behind the hedge",
  ])("a car or a noise placed by a landmark stays innocent: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // 6dda265: "on the day" is read as a manner that leaves the platform out, and PLATFORM_AVOIDED's
  // "than / instead of / not" match haggling over an amount or a sequence on the app. Mended: "on the
  // day" is when, not how; a contrast with an amount, a part of the bill or a moment is haggling.
  it.each([
    "I'll pay you on the day",
    "I'll pay you on the day when I pick it up",
    "I'll pay you the fee on the day",
    "pay you on the day through checkout",
    "I'll pay you 200 rather than 250 on the app",
    "pay me 100 instead of the 150 quote, on the app",
    "I'll pay you the rest instead of the deposit, on here",
    "I'll pay you the balance when it's done, not before the app confirms",
  ])("[mended, 6dda265] paying on the day or haggling on the app is no direct payment: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    "I'll pay you through the app",
    "I'll pay you directly in the app",
    "you can pay me straight through the app when done",
    "I'd pay you personally, through the app of course",
    "I'll give you the money on the day via the app",
    "I'll send you the payment on the app, no need for cash",
    "I'll give you 50 instead of 60",
    "I'll hand you the keys personally",
    "give you 5 stars personally",
    "I'll pay you the deposit now and the rest on the day, all in the app",
    "i'll pay you on completion",
  ])("paying through the app, or handing over something else: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each(["I'll pay you directly than via the card reader", "pay you 80 if it stays between us", "I'll hand you the cash personally"])("a payment kept off the app is still a deal: %j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  // 197b8fa: PRINTED reads "use/try the number on the sticker" (a part or paint number) and a card
  // or sticker with "call me" anywhere in the sentence as a channel printed for the reader. Mended: the
  // card, sticker or van must be the sender's, or the channel words name the sender's own.
  it.each([
    "use the number on the sticker to order the part",
    "try the number on the sticker, the part number",
    "the details are on the sticker on the door jamb, call me if you cant find it",
    "I left a card on the seat with the tyre pressures, call me if unsure",
  ])("[mended, 197b8fa] a part's sticker or a note card is no channel: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    "message me here on the app",
    "message me on the app",
    "DM me in the chat",
    "add me on here",
    "text me through the app",
    "ping me in the app",
    "I'll ping you on AutoDoctor",
    "check your inbox in the app",
    "use the number on the box to find the right filter",
    "I left my card with the invoice, call through the app if anything",
    "post your IG pics of the car",
  ])("a move that stays on the platform or a part's number: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // 440b0f4: a "handle-shaped" word (an underscore) after "my disc/cord is" is read as a handle; car
  // talk with an underscore (a side or a size typed as a label) is flagged. Mended: a label made of
  // sides, positions and sizes is no handle.
  it.each(["my disc is RH_front", "my cord is 3m_long"])("[mended, 440b0f4] a car part's label after a nickname's car sense: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    "my disc is warped",
    "my disc is 12mm",
    "my dc is 13.8v",
    "my snap ring is broken",
    "the gram of grease",
    "my cord is frayed",
    "need a 4 pin g-male connector at autozone",
    "the hot-male plug at the back of the headunit",
    "I use google mail for the receipts",
    "sent from my gm@il",
  ])("car senses of the app nicknames and providers: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // c097e74: ANNOUNCES_NUMBER takes any word before "line" or "phone" ("my brake line is", "... on my
  // phone is"), so readings sent after it are masked as a phone's pieces. Mended: the word before
  // "line/phone" must name a phone, and a phone something is read on is no phone offered.
  it.each([[["my brake line is", "3 16", "5 16"]], [["odometer on my phone is", "120", "450"]]])("[mended, c097e74] sizes or readings after a brake line or a phone app: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // a41b282: "prefix" after a masked number is read as the number's front even when it names a bolt's.
  // Mended: a piece said to be a thing's ("on the bolt") is no front.
  it("[mended, a41b282] a prefix of a part after a masked number", () => {
    const shown = replayBurst(["call me 555 0143", "prefix 12 on the bolt though"]);
    expect(shown[1]!.kinds).toEqual([]);
  });

  it.each([
    [["odometer says", "120", "450", "miles"]],
    [["tyre pressures", "32", "35", "33", "34"]],
    [["torque specs", "120", "80", "45"]],
    [["last four of the VIN", "0143"]],
    [["the prices were", "555", "0143"]],
    [["the quote came to 555", "0143 was the invoice"]],
    [["readings", "12.6", "13.8", "14.2"]],
    [["my cell died", "8 4 3", "5 5 5"]],
    [["my number plate", "512", "555"]],
    [["my mileage is", "85", "420"]],
    [["the invoice number is", "5125", "550143"]],
    [["555 0143 is my cell", "the torque is 120 in front"]],
  ])("readings, prices and identifiers sent in pieces: %j", (messages) => {
    // Only the messages after a masked number may be flagged; these bursts hold none.
    if (messages[0] === "555 0143 is my cell") expect(replayBurst(messages)[1]!.kinds).toEqual([]);
    else expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    "$150 is me happy",
    "150 is me done",
    "the 2012 is me, the 2015 is my wife's",
    "450 that's me, the rest is parts",
    "$450 that's me done for today",
    "took 3 🚗 2 🚗 4 🚗 5 hours",
    "ISO 9001 certified",
    "per TSB 21-033-19",
    "TSB 17-047",
    "I have twelve three inch bolts",
    "36 PSI on the Tacoma",
    "120 Nm on the Golf, re-torque after 50 km",
  ])("'is me' after a price, emoji between small numbers, labels before numbers: %j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
