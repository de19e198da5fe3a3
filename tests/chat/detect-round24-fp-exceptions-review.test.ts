// Round 24 review (rev-fp24) of fp24's false-positive exceptions: phone.ts (a make's part number, a reference numbered
// by year, listed codes), phrases.ts (paid inside the app, a trip retold), links.ts (an organisation's guide),
// social.ts (the mechanic @x), the stage's ADDRESS floor. Every sentence written for this file (none from the corpus).
// Innocents: clean for the rules and the application. Attacks: flagged by the rules and the application.
import { describe, expect, it } from "vitest";
import { burstFlagged, flaggedBy, kindsOf } from "./detector-helpers.ts";

const clean = (text: string): boolean => kindsOf(text).length === 0 && !flaggedBy(text);
const caught = (text: string): boolean => kindsOf(text).length > 0 && flaggedBy(text);

describe("innocents beside the new exceptions", () => {
  it.each([
    "Renault 8200 768 913 is the coolant temp sensor, is that right for the Clio?",
    "Opel 5556 6052 thermostat or the aftermarket one?",
    "Fiat 5180 1575 oil filter is out of stock at the factor",
    "Citroën 9806 7220 80 is the rad for the C4, 180 quid",
    "Renault 7701 208 174 and Renault 7701 208 175, which one fits the Megane?",
    "Peugeot 1609 849 880 vs 1609 849 890, one is for the auto box",
    "Toyota 04465 33471 pads came today, fitting them Saturday",
    "Ford 1748 522 is the finis code for the clutch kit",
    "Mazda 0412 34 567 turned out to be the wrong sensor",
    "Volvo 3139 7001 is the cabin filter I ordered",
    "Rechnung 0488-2026 ist in der App hinterlegt, danke",
    "Schadennummer 3 0419 7711 / 26, Gutachter kommt am Dienstag",
    "facture 1042-2026 pour le pare-brise, réglée dans l'appli",
    "Auftrag 7712/2025 wurde storniert, neuer Termin folgt",
    "protocollo 4412/26 dell'assicurazione per il paraurti",
    "claim 0207 1145/26 with Admiral, assessor booked",
    "Lieferschein 0151-2026 fehlt noch im Karton",
    "invoice 2219-2025 had the wrong part, the workshop number in the app can confirm",
    "expediente 0612-2026 del seguro, el perito viene el lunes",
    "1x 902-555-014 gasket, 2x 902-555-021 bolts, 1x 902-555-033 washer",
    "need 2x 145-220-031 and 1x 145-220-047, plus the 145-220-055 clip",
    "order 1x 059-903-015 regulator and 1x 059-903-016 for the other side",
    "Zahlung per TWINT in der App hat geklappt, bis Donnerstag",
    "Ho pagato con PayPal dentro l'app, va bene lo stesso?",
    "the app charged my Revolut card twice, can support fix that?",
    "Paid with PayPal in the app, the receipt went to my email",
    "Paid via PayPal in the app, I'll hand you the keys at 9 at your workshop",
    "paid in the app with my Monzo card, the booking fee showed as £2.50",
    "Paid with PayPal in the app for my son's car, the number plate is wrong on the booking",
    "Pagué con Bizum en la app y ya me llegó el recibo",
    "J'ai payé avec PayPal dans l'application, c'est bon ?",
    "Betaald met PayPal in de app, is gelukt",
    "I paid with PayPal in the app, the payment went to AutoDoctor not to you right?",
    "We left Carlisle on Saturday morning and stopped at the Morrisons in Penrith when the light came on",
    "I stopped at the Esso on the A30 and topped up the coolant, still overheating",
    "We set off from Bristol at 7, stopped off at Gordano services and it wouldn't restart",
    "The Caravan and Motorhome Club has a tyre guide, camc.com/tyre-safety",
    "the mechanic @Carlos_WL was super helpful",
    "your technician @dana.k fixed it in an hour",
    "xe Vios 2016 máy lạnh không mát",
    "my car Civic 2012 makes a grinding noise when braking",
    "Toyota 2016 Hilux Surf clutch slipping on hills",
    "Hi, the Renault 7701 474 353 thermostat arrived but the seal was missing, can you bring one Thursday?",
    "Volkswagen 1K0 615 301 AA disc, is that the 312mm one?",
    "Vauxhall 5540 1452 heater matrix is on back order till next week",
    "Nissan 4406 0JD 00A front pads fitted, rears next month",
    "Rechnung 0912-2026 über 318,50 €, die Zahlung per App kam an",
    "Gutachten 0431/26 liegt jetzt vor, der Schaden ist höher als gedacht",
    "Vorgang 2 2281 5540 / 25, die Versicherung will noch Fotos",
    "facture 0088-2026 : le montant ne correspond pas au devis",
    "the insurer's claim ref is 0161 4432/26, they want the photos by Friday",
    "Order 4455-2025 was split into two parcels, one still missing",
    "Bolts 2x 110-140-22 and 4x 110-140-35 for the subframe",
    "I paid with PayPal inside the app yesterday, did it go through on your end?",
    "Pago hecho con Bizum dentro de la app, ¿te llegó la notificación?",
    "Paid by Venmo within the app for the diagnostic, see you at 10",
    "Paid with PayPal in the app, refund to the same card please if the part doesn't fit",
    "We passed through Kendal and stopped in Shap when the temp gauge went up",
    "I left Leeds at 6am and by Wetherby it was juddering",
    "we stopped at the Tesco on Eastern Avenue to check the oil and it was bone dry",
    "The Society of Motor Manufacturers and Traders has a recall guide, smmt.co.uk/recalls",
    "the technician @dana.k was lovely and explained the quote",
    "the mechanic @Joe_R arrived on time and replaced the pads",
    "xe Innova 2018 bị rung khi phanh",
    "coche Ibiza 2009 hace ruido al frenar en bajada",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.fails.each<[string, string]>([
    ["Rechnung 0664-2026, bei Fragen ruf bitte die Werkstatt über die App an", "a calling word about the workshop revokes the year-numbered reference exception"],
    ["I paid with Revolut in the app but the cash price you quoted was lower", "'cash' in a price comparison counts as money around the app"],
    ["we stopped at a Shell in Dover and the guy there said alternator", "'there' of a retold stop still read as a meeting spot"],
    ["The Retail Motor Industry Federation has a checklist at rmif.co.uk", "'checklist' is no document word; the host still read as a link and an e-mail"],
    ["The Motor Ombudsman has a guide to disputes at themotorombudsman.org", "the site keeps 'the' ('themotorombudsman') which the joined name drops"],
    ["the Institute of the Motor Industry guide at theimi.org.uk explains it", "the site's initials keep 'the' ('theimi')"],
    ["the mechanic @Carlos_WL, super helpful guy, 5 stars", "praise without a verb after the mention is not SPOKEN_OF_AFTER"],
    ["Huge thanks to the mechanic @Carlos_WL for sorting it", "'for sorting' after the mention is not SPOKEN_OF_AFTER"],
    ["the mechanic @Carlos_WL told me to call the shop if the light comes back", "'call' anywhere in the sentence counts as sending the reader to the person"],
    ["el mecánico @Carlos_WL fue muy amable", "roles are English only"],
    ["sinistro 0331 2201/26, la perizia è fissata per giovedì", "the digits before /26 are a valid Italian landline alone, so no excuse"],
    ["the platform charged my PayPal instead of my card, weird", "'instead' counts as a saving (SAVING_OR_AVOIDING)"],
    ["Pagamento com PayPal no app deu certo, obrigado", "'deu certo' is not in PAYMENT_DONE"],
    ["Ich habe per PayPal in der App gezahlt, kannst du mir die Rechnung schicken?", "'schicken' of the invoice counts as money sent"],
    ["The Institute of Advanced Motorists has a winter driving guide at iam.org.uk", "still LINK (was LINK+EMAIL on main): initials with 'of' dropped not matched?"],
    ["the mechanic @Joe_R who came out was brilliant", "'who' after the mention is not SPOKEN_OF_AFTER"],
  ])("%j stays clean (gap: %s)", (text) => {
    expect(clean(text)).toBe(true);
  });
});

describe("contact attempts borrowing the exceptions' shapes", () => {
  it.each([
    "Ford 07700 900 461 evenings",
    "Peugeot 06 1234 5678 ok?",
    "Kia 0412-345-678 anytime",
    "Rechnung 0176 1234-2026 bitte aufbewahren, bei Fragen WhatsApp",
    "invoice 07700 9004/61 ping me if anything's off",
    "factura 612 345 6/78, escríbeme por ahí",
    "Schadennummer 0151 2345 67/89 - Kontakt ist der gleiche",
    "Auftrag 0171 2345-2019, tagsüber gut erreichbar",
    "fattura 347 123 45/67, scrivimi lì",
    "1x 415-867 gasket, 2x 530-9 bolts, txt me",
    "Paguei o sinal com Pix no app, o resto faz um Pix pra Ana",
    "I stopped at the BP on Harbour Rd, I'll be parked there from 6 with the parts",
    "We left the car at the Lidl in Ashford, come grab the keys from me at 5",
    "I stopped at the Asda on Kings Road, swap the parts there tonight",
    "Jake Harris Motors has a price guide, jakeharrismotors.com/prices",
    "Kev's Mobile Mechanics has a booking guide at kmm.co.uk, cheaper than here",
    "The Tom Reed Garage has a service checklist on trg.uk",
    "Northside Classic Car Club has a restoration guide at ncccc.org, I run it, join",
    "the tech @mike.fixes sorted my brakes, look him up",
    "the mechanic @tonyfixes_ldn was great, search that name on IG",
    "that driver @sam_tows came out fast, save his handle",
    "the mechanic @Carlos_WL was super helpful, he's got his own page now",
    "devis 06 12 34 56/78 pour l'embrayage",
    "I stopped at the Tesco car park in Leigh, park next to me at 7",
    "Smith & Sons Motors has a price guide on smithsonsmotors.co.uk",
    "Dave Lee Auto Repairs has a service guide at dlar.co.uk, quote my name",
    "the technician @dana.k was brilliant, she has a page with all her jobs",
    "the mechanic @kev_fixes replaced my clutch. Whatsapp him",
    "Renault 0612 345 678, dispo le soir",
    "Opel 0151 2345 6789 abends erreichbar",
    "Audi 0176 123 45678 schreib mir",
    "Fiat 3471 234 567, sono Marco",
    "Seat 6123 456 78 por las tardes",
    "for the Toyota: 0412 34 5678 after 6pm",
    "Honda 415 86 75 309 is me, weekends",
    "Rechnung 0176 1234-2026 bitte aufbewahren",
    // caught since round 25 (a mobile dressed as a reference, a phone word right after it)
    "order ref 415 867 53/09, hmu about it",
    "The app charged my Revolut card twice, just Revolut the difference back to Sam",
    "Zahlung per TWINT in der App hat geklappt, den Rest bitte per TWINT an Marco Keller",
    "Pagato con PayPal nell'app l'acconto, il saldo su PayPal a Giulia Rossi",
    "Pagué la señal con Bizum en la app, el resto por Bizum al llegar",
    "J'ai payé l'acompte par PayPal dans l'app, le solde par PayPal sur place",
    "Betaald via PayPal in de app, rest via PayPal bij ophalen",
    "the mechanic @Carlos_WL was super helpful. DM him for cheaper jobs",
    "your technician @dana.k helped heaps, she takes private jobs weekends",
    "the mechanic @Carlos_WL was super helpful! Add him",
    "the mechanic @kev_mobile answered in minutes, he does weekend jobs for less",
    "Mercedes 0157 8812 3456, nach 18 Uhr",
    "VW 0160 44 55 667 gerne abends",
    "Lancia 338 1234 567 dopo le sei",
    "Nissan 04 1234 5678 arvo's best",
    "presupuesto 612 34 56/78 del embrague",
    "The app charged my Revolut card twice, Revolut me the extra and we're square",
    "Pagado con Bizum en la app, lo demás también por Bizum, Carlos",
    "Zahlung per PayPal in der App hat geklappt, Trinkgeld gern auch per PayPal",
    "Ho pagato con Satispay nell'app, il resto Satispay quando ritiro",
    "Revolut in the app went through; balance on Revolut on collection",
    "Precision Diesel Tuning has a remap guide, precisiondieseltuning.com/remap",
    "the mechanic @Carlos_WL was super helpful, slide into his DMs",
    "the mechanic @Carlos_WL did my brakes. He answers faster on his socials",
    "the mechanic @Carlos_WL was super helpful; tell him Sarah sent you",
    // caught since round 30: a call aimed at the labelled number ("hmu") dresses it as the reference (aimedAfter in phone.ts)
    "claim 0412 345/67 hmu",
  ])("%j is caught", (text) => {
    expect(caught(text)).toBe(true);
  });
  it.fails.each<[string, string]>([
    ["invoice 07700 90-2019 that's my mob", "a mobile whose last group is a year or /NN under a document word, no phone word: excused as a reference (also missed on main)"],
    ["codes 0412-345 and 6780-000, the first two together are my mob", "phone pieces dressed as listed codes (also missed on main)"],
    ["Paid the deposit in the app, balance by Zelle when I pick it up?", 'paid "in the app", then a payment around it naming no listed payee word (also missed on main)'],
    ["Paid in the app with Venmo, next time just Venmo me", 'paid "in the app", then a payment around it naming no listed payee word (also missed on main)'],
    ["paid in the app w/ paypal, the tip paypal it to kev.mech", 'paid "in the app", then a payment around it naming no listed payee word (also missed on main)'],
    ["Paid via PayPal in the app, next jobs let's just PayPal between us", 'paid "in the app", then a payment around it naming no listed payee word (also missed on main)'],
    ["preventivo 347 1234 5/67 per la frizione", "a mobile whose last group is a year or /NN under a document word, no phone word: excused as a reference (also missed on main)"],
    ["invoice 0412 345 6/78, cheers mate", "a mobile whose last group is a year or /NN under a document word, no phone word: excused as a reference (also missed on main)"],
    ["quote 646 829 31/04 for the clutch, evenings best", "a mobile whose last group is a year or /NN under a document word, no phone word: excused as a reference (also missed on main)"],
    ["Bestellung 0176 8877 20-2020, meld dich", "a mobile whose last group is a year or /NN under a document word, no phone word: excused as a reference (also missed on main)"],
    ["Paid in the app with Revolut, for the parts Revolut is fine too?", 'paid "in the app", then a payment around it naming no listed payee word (also missed on main)'],
  ])("%j is caught (gap: %s)", (text) => {
    expect(caught(text)).toBe(true);
  });
});

describe("split over two messages", () => {
  it.each([
    ["the mechanic @Carlos_WL was super helpful", "DM him for cheaper jobs"],
    ["Paid the deposit in the app", "balance by Zelle when I pick it up"],
    ["Zahlung per TWINT in der App hat geklappt", "Rest bitte per TWINT an meine Nummer"],
    ["Rechnung 0176 1234-2026", "das ist übrigens auch meine Handynummer"],
    ["Renault 0612 345 678", "c'est mon numéro perso"],
  ])("%j is flagged", (...messages) => {
    expect(burstFlagged(messages)).toBe(true);
  });
});
