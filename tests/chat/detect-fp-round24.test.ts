// Issue 13, round 24 (fp24): kinds of innocent repair chat the detector flagged, each excused by the
// module that owns it, with the contacts next to each kind still caught. Every sentence was written
// for this file (none taken from the corpus). Innocents must stay clean for the rules alone and for
// the application (rules + trained stage); contacts must be flagged by both with their detail masked.
// - phone.ts: a make's part number grouped as no phone is written ("Renault 7701 208 174"); a
//   reference numbered by year under a document's label ("Rechnung 0664-2026", "Schadennummer
//   4 0641 2390 / 26"; also the stage's floor for looser candidates); codes of one shape listed
//   ("1x 902-555-014 gasket, 2x 902-555-021 bolts") are no number's pieces said apart.
// - phrases.ts: a payment service used inside the app's own checkout, reported done or asked about
//   ("Zahlung per TWINT in der App hat geklappt", "the app charged my Revolut card twice"); round
//   22's review kept as deals the same words with money sent to someone, a payee, a number, a
//   handle, "friends and family", the same name as here or a saving, and so does this rule. Round
//   21's review reverted "inside"/"within" in the question rule's platform words (9de0753): they are
//   read here only, with "to you"/"to your ..." as a payee.
// - phrases.ts: a trip retold by the places left, stopped at or passed ("We left Carlisle on
//   Saturday morning ..., stopped at the Morrisons in Penrith").
// - links.ts: an organisation's guidance page, the site named by the organisation's initials or
//   name said before it ("The Caravan and Motorhome Club has a tyre guide, camc.com/...").
// - social.ts: the person who worked on the job mentioned by role ("the mechanic @Carlos_WL was super
//   helpful"), not sent to.
// - second-stage/candidates.ts: a model year after a vehicle ("xe Vios 2016 ...") is no house number
//   for the stage's looser ADDRESS candidates.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, hides, kindsOf } from "./detector-helpers.ts";

/** Clean for the rules alone and for the application. */
const clean = (text: string): boolean => kindsOf(text).length === 0 && !flaggedBy(text);
/** Flagged with every secret masked, by the rules alone and by the application. */
const caught = (text: string, secrets: readonly string[]): boolean => kindsOf(text).length > 0 && secrets.every((s) => hides(text, s)) && caughtBy(text, secrets);

describe("a make's part number grouped as no phone is written", () => {
  it.each([
    "Peugeot 9808 758 380 is the EGR valve on the 1.6 HDi, right?",
    "Toyota 1610 039 445 for the water pump, the dealer quoted 140",
    "Citroen 9674 363 180 but the box said something else",
    "Nissan 2212 044 317 came up as the cam sensor for the Qashqai",
    "Dacia 8200 781 237: is that the right thermostat housing?",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["Renault garage closed, call me on 0612 34 56 78 instead", ["0612 34 56 78"]],
    ["Renault 770 120 8174 is my cell, text me", ["770 120 8174"]],
    ["Toyota 212-555-0147", ["212-555-0147"]],
    ["I drive a Peugeot, ring 07700 900461 after six", ["07700 900461"]],
    ["Vauxhall 020 7946 0321 is the landline, call after 5", ["020 7946 0321"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a reference numbered by year under a document's label", () => {
  it.each([
    "Rechnung 0771-2026 über € 412,00, stimmt das mit der App?",
    "Schadennummer 5 1182 4470 / 25, bitte auf dem Gutachten vermerken",
    "factura 0042-2026 por 230 euros, ya la he pagado en la app",
    "invoice 3317/2025 had the wrong VAT on the brake discs",
    "Aktenzeichen 2 0914 3382 / 26 vom Versicherer, für den Bericht",
    "fattura 0553-2026 del ricambio, importo 87 euro",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["Rechnung 0771-2026? nein, ruf mich unter 0151 2345678 an", ["0151 2345678"]],
    ["invoice 0412-2026, my mobile is 0412 555 873", ["0412 555 873"]],
    ["Schadennummer 0170 1234567 / 26, meld dich", ["0170 1234567"]],
    ["factura 612 345 678-2026 llámame", ["612 345 678"]],
    ["claim 212-555-0147/2026", ["212-555-0147"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("codes of one shape listed are no number's pieces", () => {
  it.each(["Order: 2x 714-555-031 clips, 1x 714-555-208 grommet, 4x 714-555-117 screws (all from the fiche)", "parts 1x 331-555-090 hose, 1x 331-555-104 clamp, Ford numbers off the diagram"])(
    "%j stays clean",
    (text) => {
      expect(clean(text)).toBe(true);
    },
  );
  it.each<[string, string[]]>([
    ["my number: 714 then 555 then 0312", ["714", "555", "0312"]],
    ["area code 714, rest is 555 0312", ["714", "555 0312"]],
    ["2x 714-555-031 clips, and my cell is 714-555-0312", ["714-555-0312"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a payment service used inside the app's own checkout", () => {
  it.each([
    "Zahlung per PayPal in der App ist durchgegangen, danke",
    "the app charged my Monzo card for the diagnostic, all good",
    "I paid with Revolut inside the app, did the workshop get it?",
    "can I pay the deposit with Swish inside the app?",
    "Ho pagato con Satispay dentro l'app, è arrivato?",
    "j'ai payé par Lydia dans l'appli hier soir",
    "Betaling met PayPal in de app is gelukt, bedankt",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["Zahlung per TWINT in der App an meine Nummer, spart die Gebühr", []],
    ["send it via Revolut inside the app to @mikefix88", ["@mikefix88"]],
    ["can I pay you on Venmo inside the app? cheaper for both of us", []],
    ["mandami i soldi con PayPal nell'app, stesso nome di qui", []],
    ["can I pay with Revolut inside the app or straight to your account?", []],
    ["is Zelle to you ok or is it all through here?", []],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // gap at main before this round too: the deal said after the platform in the same sentence, which
  // the phrase rules' "in the app" reading (live) excuses before this rule is asked
  it.fails.each<[string, string[]]>([
    ["pay with PayPal in the app, or just send it to my PayPal to skip the fee", []],
    ["paid the deposit in the app, the rest PayPal friends and family please", []],
  ])("%j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a trip retold by the places left, stopped at or passed", () => {
  it.each([
    "We left Leeds on Friday night in the camper, stopped at the Tesco in Skipton for diesel, and the battery light came on near Settle",
    "I left Bristol on Monday, passed the Asda in Taunton and the temp gauge went to the red",
    "we stopped at the Lidl in Kendal on Sunday and it wouldn't restart afterwards",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["we left the Shell on 5th at 6, meet me there tomorrow with the pads", []],
    ["I'll be at the Tesco in Skipton on Friday at 6, bring cash", []],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("an organisation's guidance page named by its initials", () => {
  it.each([
    "The Caravan and Motorhome Club has a towing guide, camc.com/towing-advice, worth a read before you hitch up",
    "the Tyre Industry Federation has a chart on tif.co.uk about speed ratings",
    "National Tyre Distributors Association guide: ntda.co.uk/advice, says 3 mm minimum",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["Bay Area Brakes has a guide on our site baab.com, book there", ["baab.com"]],
    ["The Caravan and Motorhome Club has a tyre guide, but my page is camc.com/bradfixes", ["camc.com/bradfixes"]],
    ["Mike's Mobile Mechanics has a price guide at mmm.com, message me", ["mmm.com"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("the person who worked on the job mentioned by role", () => {
  it.each(["the mechanic @Dana_WL was really patient with me", "your technician @sam.k fixed it in an hour, great job", "the tow driver @Mike_T arrived early and was careful"])(
    "%j stays clean",
    (text) => {
      expect(clean(text)).toBe(true);
    },
  );
  it.each<[string, string[]]>([
    ["find me @carlos_fix", ["@carlos_fix"]],
    ["the mechanic @carlos_fix was great, dm him for cheaper", ["@carlos_fix"]],
    ["the mechanic @carlos_fix is on insta too", ["@carlos_fix"]],
    ["my mechanic @carlos_fix was cheaper", ["@carlos_fix"]],
    ["the mechanic @carlos_fix, text him directly", ["@carlos_fix"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a model year after a vehicle is no house number for the stage", () => {
  it.each(["xe Civic 2012 bị kêu ở bánh trước, thay má phanh chưa anh", "xe Innova 2018 đề không nổ, bình yếu hay củ đề hả anh", "coche Ibiza 2009 hace ruido al frenar, pastillas o discos?"])(
    "%j stays clean",
    (text) => {
      expect(clean(text)).toBe(true);
    },
  );
  it.each<[string, string[]]>([
    ["I'm at 2016 Maple Avenue, come by after 5", ["2016 Maple Avenue"]],
    ["car is at 2012 Oak Lane behind the shop, come look at it", ["2012 Oak Lane"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});
