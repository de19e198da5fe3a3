// Review of round 23's false-positive cuts in phone.ts (issue 13), by a reviewer who did not read
// the contact corpus: ebcf252 (a whole written date after "ends"/"starts" is no number's last piece),
// 7df4f37 (a thing's number labelled in Spanish, French, Italian, Portuguese or German, "número de
// pedido", "Bestellnummer", is no phone) and 5686fbf (a wink or an emoji after it cancels 7df4f37).
// Every sentence was written for this file. Each group says which commit it concerns and whether it
// is new at HEAD, measured against 89cd037 (before the three commits) with the application's options.
// `it.fails` marks a gap (a contact missed or an innocent flagged): the suite stays green and the gap
// stays visible until the detector closes it.
// Landed as this review asked (the file states main): ebcf252 with its date read only when the piece
// is a day or a month (1-31); 7df4f37 only when neither a call/phone word stands before the label nor
// the digits are a valid mobile of a labelling region (or any region after "00"); 5686fbf not merged.
// The groups' "NEW at HEAD" notes describe the commits as first written.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

// ebcf252, holds: caught at HEAD as at 89cd037 (a phone word near, an undated piece or a two-digit
// year beside the date, or the channel named caught by another rule).
const DATE_PIECES_CAUGHT: [string, string[]][] = [
  ["viber starts 0412/05/2019 and ends 8873/01/2020", ["0412", "8873"]],
  ["telegram: starts 0412.05.2019, ends 8873.01.2020", ["0412", "8873"]],
  ["tel starts 0412-05-2019 ends 8873-01-2020", ["0412", "8873"]],
  ["signal, first bit starts 0412/01/2019 then it ends 5550/12/2020", ["0412", "5550"]],
  ["hit me up, it starts 0412/01/2019 ends 873/12/2020", ["0412", "873"]],
  ["ph starts 0412/10/1999 ends 555/11/2003", ["0412", "555"]],
  ["imessage starts 0412/1/2019, ends 8873/2/2020", ["0412", "8873"]],
  ["facetime: starts 0412.3.2021 and ends 5550.4.2022", ["0412", "5550"]],
  ["mi movil starts 612/3/2019 ends 678/4/2020", ["612", "678"]],
  ["handy starts 0151/01/2019 ends 1427/02/2020", ["0151", "1427"]],
  ["portable starts 06/12/2019 ends 78/01/2020", ["06", "78"]],
  ["my line starts 0412/01/2020, ends 5873/02/2021", ["0412", "5873"]],
  ["starts 0412, ends 555/01/1947", ["0412", "555"]],
  ["it starts 0412 555 and ends 019/12/2019", ["0412 555", "019"]],
  ["starts 0412 ends 873/05/2019, hmu", ["0412", "873"]],
  ["the one u need starts 0412.01.2019 ends 555.12.2019", ["0412", "555"]],
  ["wechat starts 0412/01/2019 ends 3312/02/2019", ["0412", "3312"]],
  ["line app starts 0412/04/2020 ends 6677/04/2020", ["0412", "6677"]],
  ["my number starts 0412/05/2019 and ends 8873/01/2020", ["0412", "8873"]],
  ["cell starts 0412/05/2019, ends 8873/01/2020", ["0412", "8873"]],
  ["whatsapp starts 0412.05.2019 ends 8873.01.2020", ["0412", "8873"]],
  ["text me, it starts 0412 and ends 8873/01/20", ["0412", "8873"]],
  ["ring me: starts 0412 ends 8873", ["0412", "8873"]],
  ["starts 0412, ends 8873, first try after 5", ["0412", "8873"]],
  ["digits start 0412/05/2019 end 8873/01/2020", ["0412", "8873"]],
  ["reach me: starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["contact: starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["mobile starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["phone starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["call: starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["num starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["starts 0412/05/19 ends 8873/01/20", ["0412", "8873"]],
];

// ebcf252, NEW at HEAD (caught at 89cd037): pieces of three or four digits dressed as the day of a
// date ("starts 0412/06/2020 ends 7731/07/2021"), the channel named by a word the fragment rule does
// not know as a phone word ("sms", "msg", "tg", "dm") or by "#" (its "\b#" never matches after a
// space). No date opens with a three- or four-digit day or month.
const DATE_PIECES_NOW_MISSED: [string, string[]][] = [
  ["mine starts 0412/06/2020 and ends 7731/07/2021 lol", ["0412", "7731"]],
  ["dm'd: starts 0412/01/2019 ends 2244/03/2019", ["0412", "2244"]],
  ["msg me, starts 0412/11/2020 ends 9876/12/2020", ["0412", "9876"]],
  ["sms starts 0412/5/2020 ends 8811/6/2020", ["0412", "8811"]],
  ["tg starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
  ["the # starts 0412/05/2019 ends 8873/01/2020", ["0412", "8873"]],
];

// ebcf252, NEW at HEAD (flagged at 89cd037): a whole date with a four-digit year after ends/starts, no phone word near.
const DATE_INNOCENTS_NOW_CLEAN: string[] = [
  "the warranty ends 30/06/2028 or 120,000 km, whichever comes first",
  "the term starts 01.02.2027 and the first payment is in March",
  "roadside cover starts 15-03-2026, the first tow is free",
  "the MOT ends 12/11/2026 so the first slot after that is fine",
  "the promo starts 01/12/2026 and ends 31/12/2026",
  "my insurance starts 01/01/2027, the first month is cheaper",
  "the recall campaign starts 04/05/2026, first come first served",
  "extended warranty ends 28.02.2029, whichever is first",
  "my holiday starts 20/12/2026 so the first week of January works",
  "the lease starts 10-10-2026 and my first service is due at 15,000 km",
  "warranty ends 31/5/2027 or 100k, whichever first",
  "warranty ends 31/05/2027 (or 100000 km), whichever first",
  "the guarantee begins 01/06/2025 and ends 31/05/2027, whichever first",
  "battery warranty ends in 30/09/2027, first owner only",
  "the trial period ends 14/02/2026 and the first full month starts after",
  "cover starts 01.04.2026 and ends 31.03.2027",
  "ends 30/06/2028 or 150k whichever first, says the booklet",
  "paint warranty ends 01-09-2031, first owner",
  "the deal starts 05/01/2026, first five customers get a free wash",
  "my tax ends 31/08/2026, first thing I'll renew it",
  "MOT starts 14/3/2026 and ends 13/3/2027, first test free",
  "warranty ends 31.05.2027., first service free",
  "the free period ends 31/05/2027; the first paid service follows",
];

// ebcf252, holds: clean at 89cd037 too (a one-digit day, or a word between "ends" and the date).
const DATE_INNOCENTS_CLEAN: string[] = ["hybrid battery cover starts 1/03/2026, first check free", "it ends on the 31/05/2027 anyway, first year is covered"];

// ebcf252, old gaps (flagged at 89cd037 too): a date the exception does not read (month in words,
// two-digit year, ISO order, spaced slashes, a time, day/month without year) or any word of the
// phone-word list in the sentence, though in its repair sense ("piston ring", "mobile tyre
// service", "contact cleaner", "battery cell", "no charge").
const DATE_INNOCENTS_STILL_FLAGGED: string[] = [
  "warranty ends 31 May 2027 or 100k km, whichever first",
  "cover ends 31/05/27, whichever first",
  "cover starts 2026-09-01, first service free",
  "warranty ends 31/05/2027, no charge till then, whichever first",
  "I'll text you later; the cover ends 31/05/2027, first claim is free",
  "call when done please. the warranty ends 30/06/2028, first service free",
  "workshop hours: starts 09:00, ends 17:30, first come first served",
  "the sale starts 25/11 and ends 30/11, first in best dressed",
  "the offer ends 12/2026, first 50 customers only",
  "warranty ends 31 / 05 / 2027 or 100k whichever first",
  "warranty ends 2027/05/31 or 100k whichever first",
  "the piston ring warranty ends 31/05/2027, whichever first",
  "the mobile tyre service starts 01/06/2026, first visit free",
  "the contact cleaner offer ends 30/04/2026, first one is free",
  "battery cell warranty ends 31/12/2030, whichever first",
  "warranty ends 31/05/2027 - if you need to reach me, first message here",
  "cover ends 31-05-2027 no matter the km, first owner only",
];

// 7df4f37, holds: a call word, a channel, a '+', a phone word nearer than the label; caught at 89cd037 too.
const LABEL_CONTACTS_CAUGHT: [string, string[]][] = [
  ["Mi WhatsApp es el mismo que el número de pedido: 612 345 678", ["612 345 678"]],
  ["llámame al número de cliente 612 345 678", ["612 345 678"]],
  ["te paso el número del cliente: 612 345 678", ["612 345 678"]],
  ["numéro de commande 06 12 34 56 78 envoie-moi un message", ["06 12 34 56 78"]],
  ["numéro de client 06 12 34 56 78 écris-moi", ["06 12 34 56 78"]],
  ["número do pedido 912 345 678 me chama no zapzap", ["912 345 678"]],
  ["Auftragsnummer 0171 2345678 über Signal", ["0171 2345678"]],
  ["Rechnungsnummer 0176 12345678 Threema", ["0176 12345678"]],
  ["numero de pedido 0034 612 345 678", ["0034 612 345 678"]],
  ["numéro de série 0033 6 12 34 56 78", ["0033 6 12 34 56 78"]],
  ["número de factura: 91 234 56 78", ["91 234 56 78"]],
  ["numéro de facture 01 23 45 67 89", ["01 23 45 67 89"]],
  ["numero de compte 06 12 34 56 78 c est moi", ["06 12 34 56 78"]],
  ["numéro de client 06 12 34 56 78 joignable après 18h", ["06 12 34 56 78"]],
  ["número de cliente 612 345 678 por telegram", ["612 345 678"]],
  ["número de pedido 612 345 678 por guasap", ["612 345 678"]],
  ["número de pedido 612 345 678 wsp", ["612 345 678"]],
  ["mi número de pedido es mi celular 612 345 678", ["612 345 678"]],
  ["Escríbeme. Número de factura 91 234 56 78", ["91 234 56 78"]],
  ["Llámame al fijo, número de cliente 91 234 56 78", ["91 234 56 78"]],
  ["appelle le numéro de dossier 01 23 45 67 89", ["01 23 45 67 89"]],
  ["número de pedido 612 345 678 llámame", ["612 345 678"]],
  ["Bestellnummer 0151 2345 6789 ruf an", ["0151 2345 6789"]],
  ["numéro de série 06 12 34 56 78 appelle-moi", ["06 12 34 56 78"]],
  ["numero di serie 347 123 4567 chiamami", ["347 123 4567"]],
  ["número do pedido 912 345 678 liga pra mim", ["912 345 678"]],
  ["número de pedido 612 345 678 por whatsapp", ["612 345 678"]],
  ["número de pedido +34 612 345 678", ["+34 612 345 678"]],
  ["número de pedido, mi móvil 612 345 678", ["612 345 678"]],
  ["Bestellnummer 0151 2345 6789 call me", ["0151 2345 6789"]],
  ["número de pedido 612 345 678 text me", ["612 345 678"]],
  ["número de pedido 612 345 678 es mi movil", ["612 345 678"]],
  ["Kundennummer 0151 2345 6789 Handy", ["0151 2345 6789"]],
];

const LABEL_BURSTS_CAUGHT: [string[], string[]][] = [
  [["Número de pedido:", "612 345 678"], ["612 345 678"]],
  [["Bestellnummer", "0151 2345 6789"], ["0151 2345 6789"]],
];

// 5686fbf, caught at HEAD thanks to the wink check (missed at 7df4f37, caught at 89cd037).
const LABEL_WINKED_CONTACTS_CAUGHT: [string, string[]][] = [
  ["número de pedido 612 345 678 ;)", ["612 345 678"]],
  ["Seriennummer 0151 2345 6789 😉", ["0151 2345 6789"]],
  ["número de pedido 612 345 678 😘", ["612 345 678"]],
  ["Bestellnummer 0151 2345 6789 :-P", ["0151 2345 6789"]],
  ["numéro de série 06 12 34 56 78 😏 tu vois", ["06 12 34 56 78"]],
  ["numero di serie 347 123 4567 ;-)", ["347 123 4567"]],
  ["número do pedido 912 345 678 :D", ["912 345 678"]],
  ["Kundennummer 0170 1234567 😜", ["0170 1234567"]],
  ["número de pedido 612 345 678 ;p", ["612 345 678"]],
  ["Bestellnummer 0151 2345 6789 😉😉", ["0151 2345 6789"]],
];

// 7df4f37, NEW at HEAD (caught at 89cd037): a real mobile number (612 345 678, 06 12 34 56 78, 347
// 123 4567, 912 345 678, 0151 2345 6789) or a landline (030 1234567, 06 1234 5678) under a foreign
// label, told to be the sender's by a word CONTACT_WORD_ABROAD lacks ("avísame", "contáctame",
// "meld dich", "mandami un messaggio", "manda mensagem", "es el mío", "gehört mir", "hein", "xD",
// "^_^"), by a call word or a phone word BEFORE the label ("Escríbeme. Número de pedido ...", "Ruf
// die Kundennummer an: ...", "Mein Handy? ... Bestellnummer: ..."), or written with "00" and a
// country code ("0049 151 ...").
const LABEL_CONTACTS_NOW_MISSED: [string, string[]][] = [
  ["Escríbeme. Número de pedido 612 345 678", ["612 345 678"]],
  ["número de pedido 612 345 678, mándame un audio", ["612 345 678"]],
  ["número de pedido 612 345 678 avísame", ["612 345 678"]],
  ["numero di serie 347 123 4567 mandami un messaggio", ["347 123 4567"]],
  ["numero di protocollo 347 123 4567 fammi uno squillo", ["347 123 4567"]],
  ["número do pedido 912 345 678 manda mensagem", ["912 345 678"]],
  ["Bestellnummer 0151 2345 6789 meld dich", ["0151 2345 6789"]],
  ["Kundennummer 0170 1234567, erreichst mich abends", ["0170 1234567"]],
  ["Bestellnummer 0049 151 23456789", ["0049 151 23456789"]],
  ["número de pedido es el mío 612 345 678", ["612 345 678"]],
  ["Kundennummer = meine 0151 2345 6789", ["0151 2345 6789"]],
  ["Mein Handy? Gleich wie die Bestellnummer: 0151 2345 6789", ["0151 2345 6789"]],
  ["numero de serie 612 345 678 jaja ya sabes", ["612 345 678"]],
  ["número de pedido 612 345 678 xD", ["612 345 678"]],
  ["número de pedido 612 345 678 ^_^", ["612 345 678"]],
  ["numéro de dossier 06 12 34 56 78 hein", ["06 12 34 56 78"]],
  ["Seriennummer 0151 23456789 (privat)", ["0151 23456789"]],
  ["número de pedido 6 1 2 3 4 5 6 7 8", ["6 1 2 3 4 5 6 7 8"]],
  ["Kundennummer 0151 2345 6789 – gehört mir", ["0151 2345 6789"]],
  ["número de pedido 612 345 678 contáctame", ["612 345 678"]],
  ["numero di ordine 347 123 4567 contattami", ["347 123 4567"]],
  ["número da fatura 912 345 678 me manda um oi", ["912 345 678"]],
  ["Schreib mir auf die Bestellnummer: 0151 2345 6789", ["0151 2345 6789"]],
  ["Ruf die Kundennummer an: 0151 2345 6789", ["0151 2345 6789"]],
  ["appelle le numéro de dossier 06 12 34 56 78", ["06 12 34 56 78"]],
  ["numero de pedido 612 345 678 (mi mujer)", ["612 345 678"]],
  ["Ersatzteilnummer 0157 1234 5678 frag nach Jens", ["0157 1234 5678"]],
  ["Ruf die Kundennummer an: 030 1234567", ["030 1234567"]],
  ["Bestellnummer 030 1234567 meld dich", ["030 1234567"]],
  ["numero di serie 06 1234 5678 contattami", ["06 1234 5678"]],
  ["número de pedido 612 345 678 (guiño)", ["612 345 678"]],
  ["número de pedido 612 345 678 *wink*", ["612 345 678"]],
];

// 7df4f37, NEW at HEAD (caught at 89cd037): the call word or the label in the next or the previous message.
const LABEL_BURSTS_NOW_MISSED: [string[], string[]][] = [
  [["número de pedido 612 345 678", "es mi cel"], ["612 345 678"]],
  [["Kundennummer 0151 2345 6789", "ruf an"], ["0151 2345 6789"]],
  [["numéro de série 06 12 34 56 78", "appelle-moi"], ["06 12 34 56 78"]],
  [["llámame", "número de pedido 612 345 678"], ["612 345 678"]],
];

// 7df4f37, NEW at HEAD (flagged at 89cd037): a thing's number right under a foreign label, nothing after it.
const LABEL_INNOCENTS_NOW_CLEAN: string[] = [
  "Número de serie del alternador: 0124 525 019",
  "número de pedido de Recambios Norte: 4471 2290 15",
  "numéro de commande 4471 2290 15, livraison jeudi",
  "numero di serie della pompa 0445 110 183",
  "número do pedido na loja 4471 2290 15",
  "Bestellnummer 4471 2290 15 ist unterwegs",
  "número de factura 2290 4471 15 por si lo necesitas",
  "Sendungsnummer 0034 0525 0191 2",
];

// 7df4f37 as landed: the digits are a valid French or Spanish mobile, so the label does not excuse
// them (flagged at 89cd037 too; flagging a mobile under a label is the review's choice).
const LABEL_INNOCENTS_VALID_MOBILES: string[] = [
  "número de siniestro 0612 4471 88 de la aseguradora",
  "numero de reclamation 0612 4471 88 chez le vendeur",
  "Kundennummer 0612 4471 88 bei ATU",
  "numero di prenotazione 0612 4471 88",
  "numero de cliente 0612 4471 88 na oficina",
];

// 7df4f37, holds: clean at 89cd037 too.
const LABEL_INNOCENTS_CLEAN: string[] = [
  "Teilenummer laut Katalog 0445 110 183",
  "Fahrgestellnummer 4471 2290 158 steht im Schein",
  "numéro de série de la batterie 0092 S4 0050",
  "número de seguimiento 4471 2290 1588",
  "número de pieza 0986 479 211",
  "Artikelnummer 0986 479 211 von Bosch",
  "Teilenummer 0281 002 754, ich melde mich morgen",
  "numéro de référence 0612 4471 88",
  "Artikelnummer 0281 002 754 von Bosch®",
  "numéro de châssis 0612 4471 88",
  "numéro de lot 0612 4471 88",
  "Teilenummer 0445 110 183 :P zum Glück auf Lager",
  "Artikelnummer 0986 479 211 von Bosch™",
  "Fahrgestellnummer laut Schein 4471 2290 158 🚗",
  // clean since round 30: the sentence tells what the order or the booking is (orderNumberSaid in phone.ts)
  "Bestellnummer 0151 4433 12 - Telefonhalterung",
  "número de pedido 0281 002 754 (soporte para el móvil)",
  "número de reserva 612 447 188 para el jueves",
  // clean since round 31: "support portable" names the holder ordered, not a phone (PHONE_NAMES_A_THING in phone.ts)
  "numéro de commande 0281 002 754 pour le support portable",
  // clean since round 41's retrained stage
  "número de pedido 0281 002 754 gracias 🙏",
];

// 7df4f37, old gaps (flagged at 89cd037 too): labels it does not know ("numero d'ordine", "numéro de
// sinistre", "numero di telaio", "Referenznummer", "Garantienummer", "Best.-Nr."), a comma or more
// than four words under the label, or a word of CONTACT_WORD_ABROAD anywhere after the number in
// the message, though innocent ("te llamo cuando llegue", "es mi primer pedido", "e il mio
// meccanico", "c'est mon alternateur", "Telefonhalterung", "soporte para el móvil", "te escribo").
const LABEL_INNOCENTS_STILL_FLAGGED: string[] = [
  "número de serie 0281 002 754, te llamo cuando llegue",
  "numéro de commande 0281 002 754, je vous appelle demain",
  "numero d'ordine 0281 002 754",
  "numéro de sinistre 0612 4471 88",
  "Referenznummer 0612 4471 88",
  "Garantienummer 0612 4471 88",
  "Best.-Nr. 0151 4433 12",
  "número de serie, según la pegatina: 0281 002 754",
  "número de pedido de la tienda online de recambios: 0281 002 754",
  "número de pedido 0281 002 754, es mi primer pedido",
  "numero di serie 0281 002 754 e il mio meccanico dice che va bene",
  "numéro de série 0281 002 754 c'est mon alternateur",
  "Seriennummer der Lichtmaschine: 0124 525 019. Ich schreibe später nochmal",
  "número de pedido 0281 002 754. Mañana te escribo si llega",
  "número de pedido 0281 002 754 y número de factura 0281 003 112",
  "numero di telaio 0612 4471 88",
  "número de presupuesto 0612 4471 88",
];

// 5686fbf, re-flagged at HEAD (clean at 7df4f37, flagged at 89cd037): any emoji or smiley anywhere
// after the number in the message, thanks and delivery emojis included ("🙏", "👍", "✅", "📦",
// ":)"), and "Typ:P" read as a tongue.
const LABEL_INNOCENTS_REFLAGGED_BY_A_WINK: string[] = [
  "número de serie 0281 002 754 👍",
  "Seriennummer 0281 002 754, Typ:P",
  "numero di serie 0281 002 754 :)",
  "número de pedido 0281 002 754 :D ya está pagado",
  "numéro de commande 0281 002 754 ✅",
  "Ersatzteilnummer 0281 002 754 🔧",
  "número de pedido 4471 2290 15 🙂 gracias",
  "Bestellnummer 4471 2290 15 – danke 😊",
  "numéro de série 0124 525 019, merci 🙏",
  "numero di serie della pompa 0445 110 183 👌",
  "número de factura 2290 4471 15 ✔️",
  "número de pedido 4471 2290 15, llega el martes 🚚",
  "Sendungsnummer 0034 0525 0191 2 📦",
  "numéro de commande 4471 2290 15 :) livraison jeudi",
  "número de serie del alternador 0124 525 019 ;) es el original",
];

describe("ebcf252: a whole date after ends or starts", () => {
  it.each(DATE_PIECES_CAUGHT)("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  it.each(DATE_PIECES_NOW_MISSED)("catches (missed by ebcf252 as written, caught since a date's piece must be a day or a month): %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  it.each([...DATE_INNOCENTS_NOW_CLEAN, ...DATE_INNOCENTS_CLEAN])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(DATE_INNOCENTS_STILL_FLAGGED)("leaves clean (old gap): %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("7df4f37 (tightened; 5686fbf not merged): a thing's number labelled in another language", () => {
  it.each([...LABEL_CONTACTS_CAUGHT, ...LABEL_WINKED_CONTACTS_CAUGHT])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  it.each(LABEL_BURSTS_CAUGHT)("catches over messages: %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
  it.each(LABEL_CONTACTS_NOW_MISSED)("catches (missed by 7df4f37 as written, caught since the mobile and before-the-label checks): %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  it.each(LABEL_BURSTS_NOW_MISSED)("catches over messages (missed by 7df4f37 as written, caught since the mobile check): %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
  it.each([...LABEL_INNOCENTS_NOW_CLEAN, ...LABEL_INNOCENTS_CLEAN])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(LABEL_INNOCENTS_STILL_FLAGGED)("leaves clean (old gap): %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each(LABEL_INNOCENTS_REFLAGGED_BY_A_WINK)("leaves clean (re-flagged by 5686fbf, not merged): %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(LABEL_INNOCENTS_VALID_MOBILES)("leaves clean (a valid mobile under a label, flagged by choice): %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
