// Review of the burst change (5863850..ac02cd2: twoSentences reads "<determiner> <noun>." and
// "<participle|done|due|ready|day|month>." before a message of several words as two sentences; the
// glued join skipped without WORD_DETAIL_SIGNS), as an attacker and as an innocent user. Every
// burst is replayed as the messenger sends it (replayBurst). The sentences are written for this
// file, not taken from the corpus. `it.fails` marks what the detector gets wrong today: an attack
// it leaves readable, or an innocent burst it flags.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

const replayFlagged = (messages: readonly string[]): boolean => replayBurst(messages).some((d) => d.kinds.length > 0);

/**
 * [plausibility, messages, pieces]: hidden by 5863850, not hidden since the change. Nearly all are
 * a name cut at its dot after "the"/"my" or ending in "-ed", then a message of several words that
 * opens with the rest of the address ("com ...", "co.uk ...", a gTLD word, the handle's second
 * half). "high": how an evader cuts a link and keeps typing; "low": a gTLD word as a sentence
 * opener, which the reader would hardly decode without a sign. Some are still flagged (the
 * "co.uk" half or a deal phrase), but the name stays readable beside it. The first two (a spoken
 * e-mail, "mike at the brakehouse." / "com ...") were flagged by 5863850 with "mike" left readable;
 * they are in HIDDEN_WITH_THEIR_SENTENCE now. Those the follow-up glues back are in RECOVERED.
 */
const REGRESSIONS: [string, string[], string[]][] = [
  ["low", ["we take bookings direct at the wrenchshop.", "Online gets you 20% off"], ["wrenchshop"]],
  ["low", ["cheaper stuff from the mikes.", "Parts has it all, check it out"], ["mikes"]],
  ["low", ["check out the brakehouse.", "Shop has all my prices"], ["brakehouse"]],
  ["low", ["we're brakesfixed.", "Online is cheaper than in here"], ["brakesfixed"]],
];

/**
 * [messages, pieces]: regressions of the change that the later opening on the rest of an address
 * ("com ...", "co.uk ...") or on a channel named as a place ("... on instagram"), and a name given
 * after "I'm" or a comma, glue back into one (the follow-up to this review).
 */
const RECOVERED: [string[], string[]][] = [
  [["I'm also on the wrenchguys.", "com if you wanna book direct"], ["wrenchguys"]],
  [["look for the wrenchwizard.", "com, cheaper than here"], ["wrenchwizard"]],
  [["type in the mobilemech.", "co.uk and message me there"], ["mobilemech"]],
  [["you can find us as the brakehouse.", "co.uk has our rates"], ["brakehouse"]],
  [["we're called getitfixed.", "com has our prices"], ["getitfixed"]],
  [["shop name is revved.", "co.uk if u want to book direct"], ["revved"]],
  [["go to carsorted.", "com and book me there"], ["carsorted"]],
  [
    ["all my work is on the wrenchdoctor.", "co.uk, way cheaper than this app"],
    ["wrenchdoctor", "co.uk"],
  ],
  [["message me on the mobilemechanic.", "com site instead"], ["mobilemechanic"]],
  [["my mate runs the brakehouse.", "com does the same job cheaper"], ["brakehouse"]],
  [["book through getsorted.", "co.uk, no fees"], ["getsorted"]],
  [["we're the brakehouse.", "co.uk on google, book there"], ["brakehouse"]],
  [["Find my prices on the brakehouse.", "Com, ask for Mike"], ["brakehouse"]],
  [["cheaper on my wrenchpage.", "com if you book there"], ["wrenchpage"]],
  [["all my prices are on my garage.", "com page with photos"], ["garage"]],
  [["find us, we're wrenched.", "co.uk for bookings"], ["wrenched"]],
  [
    ["find my work under the wrench.", "Wizard on instagram"],
    ["wrench", "Wizard"],
  ],
  [
    ["I'm on insta, the wrench.", "Wizard is the name"],
    ["wrench", "Wizard"],
  ],
  [
    ["on tiktok I'm the wrench.", "Wizard, loads of videos"],
    ["wrench", "Wizard"],
  ],
  [
    ["I'm getfixed.", "Mike on insta"],
    ["getfixed", "Mike"],
  ],
  [["follow carsorted.", "Uk on tiktok for tips"], ["carsorted"]],
];

/** [messages, pieces]: split attempts the change still hides (in the same shapes). */
const STILL_HIDDEN: [string[], string[]][] = [
  [["book with us direct at the brakehouse.", "com and skip the fees"], ["brakehouse"]],
  [["our own site is the brakehouse.", "co.uk, cheaper there"], ["brakehouse"]],
  [["check out the brakehouse.", "co.", "uk for prices"], ["brakehouse"]],
  [["look up fixitfriday.", "com for cheaper rates"], ["fixitfriday"]],
  [["google car ready.", "com, that's us"], ["ready"]],
  [["book me direct on wrenchmike.", "me is my site"], ["wrenchmike"]],
  [["we're at fixit.", "in if you want to book"], ["fixit"]],
  [
    ["send pics to mike at the garage.", "Com is the end"],
    ["mike", "garage"],
  ],
  [
    ["drop me a line, mike at wrenchworks.", "com works best"],
    ["mike", "wrenchworks"],
  ],
  [["its mikeatgm", "aildotcom"], ["mikeatgm"]],
  [
    ["wrenchwiz", "ard99 on ig"],
    ["wrenchwiz", "ard99"],
  ],
  [
    ["or email me, mike at the garage.", "co.uk is quicker"],
    ["mike", "garage"],
  ],
  [
    ["contact me at the wrench.", "Wizard at gmail dot com"],
    ["wrench", "Wizard"],
  ],
  [
    ["snap me, I'm tuned.", "Mike on there"],
    ["tuned", "Mike"],
  ],
  [
    ["snap is bigmi", "ke22"],
    ["bigmi", "ke22"],
  ],
  [["add wrenchmi", "ke on xbox"], ["wrenchmi"]],
  [["whatsapp me, mikey", "22 is my name on there"], ["mikey"]],
  [
    ["reviews on the wrench", "wizard.", "com are all 5 star"],
    ["wrench", "wizard"],
  ],
  [["check out the brakehоuse.", "com and book direct"], ["brakehоuse"]],
  [["look at carsorted.", "org for my rates"], ["carsorted"]],
  [["we're fixitinmay.", "com for deals"], ["fixitinmay"]],
  [["visit getitdone.", "com for my prices"], ["getitdone"]],
  [
    ["yo its wrenchmi", "ke99 on tele"],
    ["wrenchmi", "ke99"],
  ],
  [["mike a t gm", "ail"], ["mike"]],
  [["mikeyfix", "es on yt"], ["mikeyfix"]],
  [["the brakehouse", "dot com and book direct"], ["brakehouse"]],
  [["prices are cheaper on the brakehouse.", "com", "if you book direct"], ["brakehouse"]],
];

/**
 * [messages, pieces]: plausible split attempts neither version hides. Most are single-message gaps
 * (spaced "co uk", "hotmail co uk" without an @, "the gram"), not the burst join.
 */
const NEITHER: [string[], string[]][] = [
  [
    ["add me, I'm the wrench.", "Wizard on there"],
    ["wrench", "Wizard"],
  ],
  [
    ["catch me on wrenchmi", "ke99 over on the gram"],
    ["wrenchmi", "ke99"],
  ],
  [
    ["reach me mike", "fixes99 on the bird app"],
    ["mike", "fixes99"],
  ],
  [["thewrenchwizard", "co uk"], ["thewrenchwizard"]],
  [["brakehouse", "co uk has my prices"], ["brakehouse"]],
  [["brakehouse com", "has my prices"], ["brakehouse"]],
  [["mikesgarage", "hotmail co uk"], ["mikesgarage"]],
];

/** Ordinary repair chat from either side that the change leaves unflagged ("old FP": 5863850 flagged it). */
const INNOCENT_PASSING: [string, string[]][] = [
  ["old ok", ["Dropped it off at Kwik Fit.", "Shop said 2 days"]],
  ["old FP", ["Got the bulbs from Halfords.", "Online was cheaper than in store"]],
  ["old ok", ["It's the 1.6 TDI.", "Engine code is CAYC"]],
  ["old ok", ["Mileage is 84k.", "Service history is full"]],
  ["old ok", ["Pads and discs.", "Labour is about 2 hours"]],
  ["old ok", ["Tomorrow works fine.", "Car will be outside from 8"]],
  ["old ok", ["Passed its MOT.", "Certificate is in the glovebox"]],
  ["old ok", ["Still making the noise.", "Video attached"]],
  ["old ok", ["It went into limp mode.", "Garage nearby said sensor"]],
  ["old ok", ["Clutch is slipping in 3rd and 4th.", "Gearbox oil was changed last year"]],
  ["old ok", ["I paid through AutoDoctor.", "Receipt is in my inbox"]],
  ["old FP", ["Brakes squeal a lot.", "Repair or replace?"]],
  ["old ok", ["It's a 2014 Toyota.", "Auto gearbox"]],
  ["old ok", ["Mine's a Ford Focus.", "Diesel, 1.6"]],
  ["old ok", ["Engine light came on again.", "Run it through the scanner tomorrow?"]],
  ["old ok", ["They don't fit.", "Tyres are the wrong size"]],
  ["old ok", ["Had a look at your Astra.", "Rear pads are down to 2mm", "Discs are lipped too"]],
  ["old ok", ["Timing belt is overdue.", "Water pump should be done at the same time"]],
  ["old ok", ["All done.", "Car is ready for collection"]],
  ["old ok", ["Your car is finished.", "Keys are at reception"]],
  ["old ok", ["Diagnostics complete.", "Fault code P0420, cat efficiency"]],
  ["old ok", ["Checked it over.", "Nothing major, just a loose heat shield"]],
  ["old ok", ["Thanks for booking with us.", "Drop off is from 8am"]],
  ["old FP", ["Oil and filter changed.", "Next service in 10k miles"]],
  ["old ok", ["Coolant leak found at the thermostat housing.", "Gasket is about 15 quid"]],
  ["old ok", ["Hi, is Saturday ok?", "Morning if possible"]],
  ["old ok", ["Brilliant, thank you so much.", "Will leave a review"]],
  ["old ok", ["It's a 2012 Fiesta, 1.25 petrol.", "Clutch pedal sticks to the floor sometimes"]],
  ["old ok", ["Sounds good.", "Pay through the app after?"]],
  ["old ok", ["Yeah that's fine.", "Parts and labour in one go please"]],
  ["old FP", ["Got your message.", "Shop closes at 5 right?"]],
  ["old ok", ["Makes a clunk over bumps.", "Front left I think"]],
  ["old ok", ["Ok cool.", "Photos of the dash attached"]],
  ["old ok", ["Engine management light.", "Flashing when I accelerate"]],
  ["old ok", ["Bought it last month.", "Previous owner said it had a new clutch"]],
  ["old ok", ["Wipers stopped working.", "Fuse looks ok"]],
  ["old FP", ["Ok, booked.", "Online it says 2 hours"]],
  ["old ok", ["Anytime after lunch.", "Parking is round the back"]],
  ["old ok", ["I'll check with my husband.", "Back to you tonight"]],
  ["old ok", ["Aircon blows warm.", "Gas top up maybe?"]],
  ["old ok", ["That's a relief.", "Cheers for sorting it"]],
  ["old ok", ["Yes the diesel.", "Fuel filter was done in March"]],
  ["old ok", ["Tyres are 215/55 R16.", "Budget or premium?"]],
  ["old ok", ["Bulb blown.", "Fitted a new one, no charge"]],
  ["old ok", ["Battery is weak.", "Tested at 11.8v"]],
  ["old ok", ["No problem.", "Parts will be here tomorrow morning"]],
  ["old ok", ["Sorry mate.", "Supplier let us down"]],
  ["old FP", ["See attached.", "Photos of the worn pads"]],
  ["old ok", ["Exhaust bracket snapped.", "Welded it back on"]],
  ["old ok", ["Thanks again.", "Car drives lovely.", "Will book the service in spring"]],
  ["old FP", ["Ok.", "Shop is on the left past the garage.", "Blue door"]],
];

/**
 * Ordinary repair chat still flagged (all of them by 5863850 too; those the follow-up fixes are in
 * INNOCENT_TWO_SENTENCES): "<word>." then a message opening
 * with a capitalised word that is a gTLD (Car, Work, Shop, Parts, Online, Photos, Life, Express,
 * New, Tires) where the earlier ends on a name, a bare plural, "mate", "No rush." and the like,
 * none of which the determiner or predicate rule covers. Read glued: "Dave.Car", "mate.Work".
 */
const INNOCENT_FLAGGED: string[][] = [
  ["Bought pads on Amazon.", "Parts came next day"],
  ["Ordered from GSF.", "Parts arrive Friday"],
  ["Perfect.", "Car runs sweet now"],
  ["Lovely.", "Online payment ok?"],
  ["Nah.", "Work van, so I need it back by Friday"],
];

/**
 * Ordinary repair chat the follow-up reads as two sentences: a capitalised sentence after a
 * sentence of two words or more, neither giving an address, the earlier not ending on a place
 * ("on Amazon.", "from GSF." stay glued above).
 */
const INNOCENT_TWO_SENTENCES: string[][] = [
  ["I need new brakes.", "Shop prices are crazy though"],
  ["Got two quotes.", "Online ones were cheaper"],
  ["Cheers mate.", "Work was busy today so sorry for the delay"],
  ["No worries.", "Car is ready whenever you are"],
  ["Thanks Dave.", "Car drives perfect now"],
  ["Car's at Smith Motors.", "Work starts Monday"],
  ["Price includes VAT.", "Parts are extra"],
  ["Got it off eBay.", "Parts were genuine"],
  ["No rush.", "Work whenever suits you"],
  ["Ok brilliant.", "Car is outside"],
  ["Top job mate.", "Car feels brand new"],
  ["Front tyres are bald.", "Tires on the back are fine"],
  ["Thanks Gary.", "Shop looks busy today"],
  ["Did both sides.", "Parts came to 140"],
  ["Swapped all four tyres.", "Car tracks straight now"],
  ["Sent you some pics.", "Photos show the leak"],
  ["Thanks for the quick estimate. Looks fair.", "Parts plus labour right?"],
  ["Cheers pal.", "Life saver honestly"],
  ["Took it to National Tyres.", "Express fit was 40 quid"],
  ["Bearings were shot.", "New ones fitted, all good"],
  ["Quote sent.", "Parts are in stock locally"],
  ["Great stuff.", "Car is parked on the drive"],
  ["Thank you Steve.", "Car feels brand new"],
  ["Hi Sarah.", "Car is done and ready"],
];

/**
 * [messages, pieces]: probes aimed at that reading. A domain ending opening the later message
 * ("Com", "Io", "Uk") or a name after a place ("with", "at") stays glued and hidden; a brand given
 * after "we're" / "I'm" as a bare word, then a capitalised sentence, is read as two (`it.fails`).
 */
const TWO_SENTENCE_PROBES_HIDDEN: [string[], string[]][] = [
  [["book with mikesbrakes.", "Online for cheaper"], ["mikesbrakes"]],
  [["cheaper with brakehouse.", "Io has my rates"], ["brakehouse"]],
  [["prices cheaper at brakehouse.", "Com has them all"], ["brakehouse"]],
  [["look me up, wrenchmike.", "Uk based"], ["wrenchmike"]],
];
const TWO_SENTENCE_PROBES_READABLE: [string[], string[]][] = [
  [["we're brakehouse.", "Shop has the prices"], ["brakehouse"]],
  [
    ["I'm wrench.", "Wizard on there"],
    ["wrench", "Wizard"],
  ],
  [
    ["add me I'm big.", "Mike22 on there"],
    ["big", "Mike22"],
  ],
];

/**
 * [messages, pieces]: attacks from REGRESSIONS and NEITHER that are hidden since a detail is masked
 * with its whole sentence: the burst is flagged, and the sentence holding the name goes with it.
 */
const HIDDEN_WITH_THEIR_SENTENCE: [string[], string[]][] = [
  [
    ["just email mike at the brakehouse.", "com instead"],
    ["mike", "brakehouse"],
  ],
  [
    ["mike at the brakehouse.", "com if you want to email instead"],
    ["mike", "brakehouse"],
  ],
  [["check out the brakehouse dot.", "Com has my prices"], ["brakehouse"]],
];

describe("burst review: attacks hidden with their sentence", () => {
  it.each(HIDDEN_WITH_THEIR_SENTENCE)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});

describe("burst review: attacks hidden before the change, readable after", () => {
  it.fails.each(REGRESSIONS)("(%s) %j hides %j", (_plausibility, messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});

describe("burst review: regressions hidden again", () => {
  it.each(RECOVERED)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});

describe("burst review: attacks still hidden", () => {
  it.each(STILL_HIDDEN)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});

describe("burst review: plausible attacks neither version hides", () => {
  it.fails.each(NEITHER)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});

describe("burst review: innocent bursts", () => {
  it.each(INNOCENT_PASSING)("(%s) %j is not flagged", (_old, messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
  it.fails.each(INNOCENT_FLAGGED.map((m) => [m]))("%j is not flagged", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
});

describe("burst review follow-up: a capitalised sentence after a sentence", () => {
  it.each(INNOCENT_TWO_SENTENCES.map((m) => [m]))("%j is not flagged", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
  it.each(TWO_SENTENCE_PROBES_HIDDEN)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
  it.fails.each(TWO_SENTENCE_PROBES_READABLE)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
});
