// Round 26 (fp26): false positives. Sentences written for this round, not taken from the corpus: innocents a
// mechanic or customer would write that must stay clean, and attacks beside them that must still be caught.
// Run on the rules (DEFAULT_DETECTION_OPTIONS) and the application (APPLICATION, rules then the trained stage).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

const STAGES = [
  ["rules", DEFAULT_DETECTION_OPTIONS],
  ["application", APPLICATION],
] as const;

/** Innocents that must not be flagged, by the kind of false positive they guard against. */
const INNOCENTS: Record<string, string[]> = {
  "a device's specs are not digits to reach it on (phrases.ts digitsToReach)": [
    "my phone is a Samsung with 128GB so I can send the video here",
    "My phone is an old iPhone, only 200MB of data left this month so photos later",
    "my phone is a cheap android with a 5000mAh battery, it'll upload the clip tonight",
    "my phone is really slow, 16GB and full, so the pictures will take a while",
    // clean since round 43's refit
    "my mobile is old, 3000 mAh battery barely lasts, I'll reply here in the evening",
    "my phone is a Pixel 128 GB, I'll upload the dashcam footage to the job",
    "my cell is ancient, 512MB of RAM lol, can you describe it in the app instead",
    "my phone is new, 256gb, so the video of the noise is coming through the chat",
    "my phone is basic, 720p camera, sorry the photo is blurry",
    "my phone is a Redmi with 4000mah, battery died at the shop yesterday",
    "my phone is old, the 120Hz screen is cracked so I typed this slowly",
  ],
  "no credit on the phone, the chat kept here (clean at main; its exception was dropped after review 2 of fp26)": [
    "my mobile's run out of airtime till Friday, keep it in this chat",
    "sorry no credit on my phone so I can't call the garage, can you message me here",
  ],
  "a bare or beside the in-app video call (clean at main; its exception was dropped after review 2 of fp26)": ["can we do a video call through the app in 10 or so minutes"],
  "opening hours, shifts and slots on the 24-hour clock are no number (phone.ts isClockRange, clockTimePiece)": [
    "we're open 0800-1730 weekdays, drop it whenever",
    "I work 0600-1430 so pick up after 3 is fine",
    "my shift is 0700-1900 Tue to Thu",
    "open 0730 - 1600 Monday to Friday",
    "the garage runs 0745-1615, I'll come at 0800",
    "on earlies 0530-1400 all week",
    "Next one I've got is Wed 12 Mar, 09:45, est. 2.5 hrs. After that it's Fri 14 Mar 11:00",
    "Earliest is Thu 6 Mar, 07:30, about 1.5 hrs. Then Tue 11 Mar 15:00",
    "slots left: Mon 09:00, Mon 14:30, then Wed 08:15 and Wed 16:45",
    "drop off 07:45 Thu 20 Feb, collect 17:15 Fri 21 Feb",
  ],
  "a duration after 'ends' or 'starts' is no announced piece of a number (phone.ts ANNOUNCED_FRAGMENT, DURATION_AFTER)": [
    "warranty ends 60 months or 60,000 whichever first, delivery date was 14/02/2020, odo says 58,930",
    "the extended cover ends 24 months from today or 40,000, whichever comes first",
    "roadside assist starts in 30 days and the first service is due at 15,000",
    "the MOT ends in 11 months, first advisory was the tyres",
    "lease ends 36 months after pickup, first payment 01/03",
    "promo ends in 14 days, first come first served on the brake kits",
  ],
  "where the sender is on given days is no place to meet (phrases.ts NOT_A_PLACE_OPENING)": [
    "3 Nov – 7 Nov I'm in Calgary for work so the van's just parked, any day after the 8th",
    "From 2 Dec to 6 Dec I'm in Ottawa, so any day after that",
    "Mon 4 Mar I'm in Glasgow at a conference, the car is free after Wednesday",
    "10 Jan to 14 Jan we're in Lisbon, drop it off after we're back",
    "Sept I'm in Dubai most of the month, can the service wait until after",
    "Friday I'm in Bristol, come the day after if that works for the workshop",
  ],
  "a first name on a form's line does not run on into the next field's one-word label (phrases.ts FIELD_LABEL)": [
    "Nom: Marc\nVéhicule: Renault Clio 2016\nProblème: bruit au démarrage",
    "Name: Dave\nVehicle: Toyota Hilux 2018\nIssue: clunk from the front",
    "Nombre: Pedro\nVehículo: Seat Ibiza 2015",
    "Name: Priya\nCar: Honda Jazz 2019\nAvailability: Tues or Weds",
    "Nome: Giulia\nAuto: Fiat Panda 2012\nProblema: spia motore accesa",
    "Name: Tom\nReg: on the booking\nMileage: 84,000",
  ],
  "a payment reported as made in the app (phrases.ts APP_WHERE_PAID, PAYMENT_DONE; the working-outdoors and Nordic 'betalt' innocents went with those exceptions after review 3)": [
    "paguei no pix pelo próprio app",
    "paguei com pix pelo aplicativo, apareceu?",
    "pagué con Mercado Pago en la propia app, ya salió?",
    "jeg har betalt i appen med MobilePay, kan du se det?",
  ],
  "after review 1 of fp26, the exceptions narrowed to what they meant (outdoors is outdoors, clock times without a phone word)": [
    "my phone has no service down here in the basement carpark, reply in the app",
    "I'll call you at 10:15 or 11:30 through the app, whichever suits",
    "text me in the app when it's done, I'm free 12:30 to 13:45 or after 16:15",
    "my phone is a 2021 Galaxy, photos coming through the app",
  ],
};

/** Attacks beside those innocents that must stay caught: [text, secret]. */
const ATTACKS: Array<[string, string]> = [
  ["my phone is a Samsung, it's 0412 555 123", "0412 555 123"],
  ["my phone is a samsung 128gb, number is 0412 555 123", "0412 555 123"],
  ["my phone is an old nokia, 0412555123 text it", "0412555123"],
  ["my phone is out of credit so ring my work number 0412 555 123", "0412 555 123"],
  ["my phone has no credit, my number is 07700 900123 call me", "07700 900123"],
  ["my whatsapp won't work so text me 0412 555 123", "0412 555 123"],
  ["whatsapp won't load here, add me on telegram @kevfix92", "kevfix92"],
  ["no tengo saldo, escríbeme al 55 1234 5678", "55 1234 5678"],
  ["hop on a video call via the app, or just text me on 0412 555 123", "0412 555 123"],
  ["call me 0800-1730 is my number", "0800-1730"],
  ["me paga no pix, 11 98765 4321", "11 98765 4321"],
  ["betal med MobilePay til mig direkte, 20 12 34 56", "20 12 34 56"],
  ["Name: Dana Whitfield\nVehicle: Ford Focus 2015", "Dana Whitfield"],
  ["I'm Wendell Haskins\nCar: F250, look me up", "Wendell Haskins"],
  ["last time I had brakes done not through the app it was half the price, I can do the same for you", "not through the app"],
  ["my old mechanic did it outside the app for cash, want to do the same?", "outside the app"],
  ["Saturday I'm at the Shell on 5th after 10, come find me and bring cash", "Shell on 5th"],
  ["Nov I'm at the Tesco on Elm Road after work, meet me there", "Tesco on Elm Road"],
  ["my number ends in 0172, first three 555", "0172"],
  ["my cell ends in 4421 mins before I call", "4421"],
  ["my number 0800-1730", "0800-1730"],
  ["reach me at 07:30 on 07700 900123", "07700 900123"],
  ["the first bit is 0800 then 555 then 0134", "0134"],
  ["jump on a video call on here, or ring my phone, 0412 555 123", "0412 555 123"],
  ["jump on a video call here or send a video to my phone, 07700 900123", "07700 900123"],
  ["Nombre: Pedro\nApellido: Ramírez\nVehículo: Seat", "Ramírez"],
  ["Name: Dana\nLast name: Whitfield", "Whitfield"],
  ["my phone is a 2019 Huawei, 0803 555 1234", "0803 555 1234"],
  ["the digits: 07:12 then 23:45 then 16:08", "23:45"],
  ["my mobile starts 071 days", "071"],
];

/** Innocents of INNOCENTS the application flags (the rules leave them clean): known false positives of its stage. */
const FLAGGED_BY_THE_APPLICATION: readonly string[] = [];

for (const [stage, options] of STAGES) {
  describe(`round 26 fp (${stage}): innocents stay clean`, () => {
    for (const [kind, texts] of Object.entries(INNOCENTS)) {
      const flagged = stage === "application" ? texts.filter((text) => FLAGGED_BY_THE_APPLICATION.includes(text)) : [];
      describe(kind, () => {
        it.each(texts.filter((text) => !flagged.includes(text)))("%s", (text) => expect(flaggedBy(text, options)).toBe(false));
        if (flagged.length > 0) it.fails.each(flagged)("%s", (text) => expect(flaggedBy(text, options)).toBe(false));
      });
    }
  });
  describe(`round 26 fp (${stage}): attacks beside them stay caught`, () => {
    it.each(ATTACKS)("%s", (text, secret) => expect(caughtBy(text, [secret], options)).toBe(true));
  });
}

/** Deals beside those innocents that must stay flagged. */
const DEALS = [
  "we can work outside the app, cheaper for you",
  "I work outside, cash only, no fees",
  "paguei no pix pelo app? não, manda no pix direto pra mim que fica mais barato",
  "last time I had brakes done not through the app it was half the price, I can do the same for you",
  "my old mechanic did it outside the app for cash, want to do the same?",
  "Saturday I'm at the Shell on 5th after 10, come find me and bring cash",
  "my mobile is a cheap android so facetime won't work, voice notes are best, evenings",
  "hop on a video call in the app and I'll hold my card up",
  "hop on a video call in the app, or we do it another way",
  "my phone is out of data, give me a missed call and I'll see it",
  "my phone is on zero balance, hit me up on it later",
  "telegram won't load, hit me up there when it's back",
  "escríbeme por la app de mensajes",
  "hop on a video call in the app, or I'll send a clip via telegram",
  "hop on a video call in the app, or I'll send you a clip on my insta",
  "we can work outside this site, just say the word",
  "last year I had the clutch done outside the app, we could do yours that way too",
  "pagué con Bizum en la app, directo a tu número",
  "jag har betalat med Swish i appen till ditt nummer",
  "paguei com pix no app direto pra sua chave",
];

for (const [stage, options] of STAGES) {
  describe(`round 26 fp (${stage}): deals and channel moves beside them stay flagged`, () => {
    it.each(DEALS)("%s", (text) => expect(flaggedBy(text, options)).toBe(true));
  });
}
