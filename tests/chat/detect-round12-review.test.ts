// Round 12 review (branch detect): sentences written by a reviewer who did not read the contact
// corpus, to show where the new grammars (requests for another channel, indirect deals, number
// pieces, look-alikes) still flag innocent repair chat or miss a clear evasion. `it.fails` marks
// today's gaps: the suite stays green and each gap stays visible until the detector closes it
// (then the `it.fails` turns red and is changed to `it`).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT_PASSING = [
  "I'll call you through the app when the car is ready",
  "call me when it's done, the in-app call button works fine",
  "just text me here when you know the price",
  "message me here if the part doesn't arrive",
  "can you ring me with the app's call button after lunch?",
  "my husband's phone is broken so I'm using this chat",
  "my wife will call the insurance company tomorrow",
  "the tow company said they'd phone my brother",
  "I'd rather not give out my number, let's keep it here",
  "no thanks, I don't do WhatsApp for work stuff, this chat is fine",
  "my manager said to ask whether you can call the dealer about the recall",
  "my boss told me to get two quotes before we book",
  "is the cash price different from the insurance price?",
  "I'm paying out of pocket, not claiming on insurance",
  "the cashback from my card covers part of it",
  "do you accept Apple Pay through the app checkout?",
  "I'll pay in the app once it's finished",
  "can we do a video call here so I can show you the noise?",
  "let's jump on the in-app video call at 5",
  "my phone battery died, that's why I didn't reply",
  "the phone holder on the dash rattles over bumps",
  "the bluetooth won't pair with my phone since the battery change",
  "Android Auto keeps disconnecting from my phone",
  "I got a text from the dealer saying the part is on back order",
  "the garage down the road called me about the MOT",
  "do you want me to send the photos here or upload them with the quote?",
  "I'll send you the video of the noise in this chat",
  "reach out to the warranty desk and ask them about the clutch",
  "ring the dealer and ask for the part number, they were helpful",
  "is there a number for roadside assistance I can call tonight?",
  "what's the part number for the left caliper?",
  "my number plate light is out too",
  "the code reader shows P0301 and P0302",
  "I'll give you a shout here when it's back on the drive",
  "ping me on here when the quote is ready",
  "get back to me in this chat when you've had a look",
  "my neighbour is a mechanic, he said it's the thermostat",
  "I don't want to meet anywhere, I'll just bring it to the workshop you book",
  "the booking says drop-off at 9, is that right?",
  "I'll pay the deposit in the app now",
  "I'd prefer to keep everything on the platform for the warranty",
  "your quote is cheaper than what the dealer wanted in cash",
  "is the insurance excess paid separately from the repair?",
  "my dad will drop the car off since I'm at work",
  "tell your manager thanks for fitting me in",
  "can you call me in the app tomorrow morning?",
  "tu peux m'appeler via l'application quand c'est prêt ?",
  "puedes llamarme por la aplicación cuando termines",
  "ruf mich bitte über die App an, wenn das Auto fertig ist",
  "I won't be contactable outside the app, sorry, company rules",
  "my mechanic friend said never to pay cash for anything without a receipt",
  "the previous owner paid cash for the car, so there's no service history",
  "the seller wants cash for the car so I need the inspection first",
];

/** Flagged until issue 13's fixes by kind (cash without a deal, the app as the subject, an app's name as a word). */
const INNOCENT_FIXED = [
  // a cash price weighed against an insurance claim, not against the platform
  "the cash price vs going through insurance, which is cheaper?",
  // cash another business takes; the sender's own means
  "the car wash down the road takes cash only, funny enough",
  "I'm a bit strapped for cash this month, can we do the brakes next month?",
  // the platform as the one e-mailing
  "will the app email me the invoice afterwards?",
  // "line is that": a describing word after "is", no account
  "my manager's line is that we don't do discounts",
];

describe("round 12 review: innocent repair chat", () => {
  it.each(INNOCENT_PASSING)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_FIXED)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

const CHANNEL_MISSED = [
  "whats ur numbr",
  "phone numbr?",
  "your mobile please",
  "is it ok if I phone you after work",
  "would you mind if I called you tonight on your phone",
  "I called you yesterday but no answer, what's your other number",
  "can u gimme a call on my cell",
  "could we go over it on a proper phone call, not the app",
  "add me on socials",
  "ruf mich auf meinem Handy an",
];

const DEAL_MISSED = [
  "unofficially I could fix it for half",
  "put the small job through the app and the rest outside it",
  "pay part here and part to me",
  "the remainder you can give me when I see you",
  "their cut is 15% so if you pay me it's cheaper",
  "why pay the middleman, pay me",
  "I'll come to yours and do it, you pay me then",
  "skippin the bookin saves u 40",
  "if it doesnt go thru the app i can do it for 100",
  "dont book it, we sort it ourselves",
];

/** [message, the piece of the number that must be hidden]: still readable. */
const PIECE_LEFT_READABLE: [string, string][] = [["code régional 514, puis 555 0109", "514"]];

/** [message, the piece of the number that must be hidden] */
const PIECE_BESIDE_THE_NUMBER: [string, string][] = [
  ["555 0138, code is 303", "303"],
  ["it's 555 0147 with 415 at the front", "415"],
  ["555 0123, starts with 020", "020"],
  ["555-0100, begins with 0161", "0161"],
  ["555 0182 and before that 303", "303"],
  ["555 0192, the first three are 303", "303"],
  ["last four 0134, middle 555, first 212", "212"],
  ["555 0102 preceded by 718", "718"],
  ["555 0105 (212 area)", "212"],
  ["555 0106, it's a 312 number", "312"],
  ["555 0107, dial 0044 first", "0044"],
  ["555 0108 with +44 in front", "44"],
  ["555 0112, prefijo 91", "91"],
  ["555 0113, prefisso 02", "02"],
  ["555 0115, stick a 310 on the front", "310"],
  ["555 0119 and the code's 303", "303"],
  ["555 0120 area cd 303", "303"],
  ["555 0121, aera code 303", "303"],
  ["555 0130 w/ 303 in front", "303"],
  ["555 0132, area-code 303", "303"],
  ["555 0133 areacode 303", "303"],
  ["555 0136 and put a 303 first", "303"],
  ["the number's 555 0139, you need 303 before it", "303"],
];

describe("round 12 review: evasions the new grammars miss", () => {
  it.fails.each(CHANNEL_MISSED)("a request for another channel: %j is flagged (missed today)", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  // caught since round 33 (other-languages.ts's CALL-ABROAD reads the sender ringing the reader, "te llamo")
  it.each(["te llamo a tu celular mañana"])("a request for another channel: %j is flagged", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  // caught since round 32 (channel-requests.ts's SWITCH reads "via mail"; other-languages.ts reads Dutch asks)
  it.each(["we can continue via mail", "mag ik je nummer?"])("a request for another channel: %j is flagged", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
  it.fails.each(DEAL_MISSED)("an indirect deal: %j is flagged (missed today)", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
  // round 35: the platform refused as "pas par l'appli" beside a price made for the reader (platform-bypass.ts)
  it('an indirect deal: "si on passe pas par l\'appli je te fais un prix" is flagged', () => {
    expect(kindsOf("si on passe pas par l'appli je te fais un prix")).toContain("OFF_PLATFORM_DEAL");
  });
  // round 30: cash beside a saving (platform-bypass.ts)
  it('an indirect deal: "cash on the day is cheaper" is flagged', () => {
    expect(kindsOf("cash on the day is cheaper")).toContain("OFF_PLATFORM_DEAL");
  });
  it.fails.each(PIECE_LEFT_READABLE)("a number's piece: in %j, %j is hidden (readable today)", (text, piece) => {
    expect(hides(text, piece)).toBe(true);
  });
  // Hidden since a detail is masked with its whole sentence: the piece stands in the number's sentence.
  it.each(PIECE_BESIDE_THE_NUMBER)("a number's piece: in %j, %j is hidden", (text, piece) => {
    expect(hides(text, piece)).toBe(true);
  });
});
