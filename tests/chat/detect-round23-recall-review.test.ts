// Round-23 review (review23b) of the two recall commits of branch recall23b against 89cd037, the
// round's start: 31d19b0 (normalise.ts, a whole run of 4+ digit words of Afrikaans/Dutch,
// Malay/Indonesian, Norwegian/Danish, Turkish or romanised Arabic spelling 7-15 digits reads as
// digits) and 6576e6f (channel-requests.ts 15. TO-CHANNEL, the talk taken, moved or switched to a
// channel named as where it goes). Read as an innocent user and as an evader.
//
// Every sentence was written by the reviewer (none taken from the corpus), and each keeps the
// reviewer's expectation: an innocent is not flagged, a contact is flagged (and its digits hidden),
// by the application's detector (the rules, then the trained stage). Each table says what it is at
// the commit under review (HEAD of recall23b) and whether that is new against 89cd037:
// - `it`: an innocent left clean, or a contact caught;
// - `it.fails`: a gap, an innocent flagged or a contact missed.
// At HEAD: 31d19b0, innocents 59, 27 newly flagged; contacts 33, 15 caught (14 new), 18 missed.
// 6576e6f, innocents 63, 20 newly flagged (6 more flagged at 89cd037 already, by another rule);
// contacts 62, 33 caught (22 new), 29 missed.
// Landed on branch recall23bm, the review's two tightenings (the tables below say "at HEAD" of
// recall23b and mark what they closed): normalise.ts reads a further language's run only if it
// opens on a zero word or a typed 0, or the message has a number cue and the words do not count
// upward (1234, 2345 ...; unless "my number" / "ring me on" names it just before); 26 of the 27
// innocents closed, the contacts caught are kept. channel-requests.ts 15. TO-CHANNEL refuses the
// channel word with an object or as a compound's first word (shop, holder, centre, settings, 's,
// a hyphen ...), a notice named later in the clause, "? no/nah/nope" after it, and the car's audio
// around it (bluetooth, CarPlay, radio, music, sat nav ...); 19 of the 20 innocents closed, the
// contacts caught are kept.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("a run of a further language's digit words read as digits (31d19b0)", () => {
  // clean at HEAD (and at 89cd037): short runs, runs broken by a unit or a word, digit lists with
  // fewer than four words, torque stages and ranges with "to" between numbers
  it.each([
    "cilinder een twee drie vier: 11 11 10 11 bar compressie",
    "de maten zijn 8, 10, 12 en 13, twee drie vier vijf stuks van elk",
    "hij deed het in drie vier vijf zes 7 8 stappen, heel traag",
    "wielbouten aanhalen: een, drie, vijf, twee, vier, 110 Nm",
    "die koppel is twee drie vier vyf 120 Nm op die boute",
    "zes zeven acht negen 10 minuten wachten en dan opnieuw starten",
    "de pomp deed twee drie vier vijf 6 7 slagen voor hij aansloeg",
    "we hebben 4 5 6 7 8 bouten, een twee drie vier stuks te weinig",
    "de aanhaalvolgorde is een vijf drie zes twee vier, daarna 90 graden",
    "baut roda dikencangkan satu, tiga, lima, dua, empat, 110 Nm",
    "tayar saiz 205/55 R16, empat biji, dua tiga empat lima ratus",
    "tekanan tayar dua tiga empat 32 35 psi",
    "harga minyak hitam RM 45, 55, 65, dua tiga empat lima liter",
    "tunggu lima enam tujuh 8 minit lagi",
    "tutup dan buka kunci empat lima enam tujuh kali, baru lampu padam",
    "tennrekkefølgen er en fem tre seks to fire på sekseren",
    "boltene strammes en, tre, fem, to, fire til 110 Nm",
    "dekkene: fire stk 205/55 16, to tre fire uker levering",
    "rekkefølgen er en tre fire to, 1-3-4-2, 20 Nm",
    "trykket gikk fra to til tre, fire fem seks sju bar på slangen",
    "it went 5 to 10 to 15 to 20 to 25 psi while pumping",
    "swap coils 1 to 4, 2 to 3, 3 to 2, 4 to 1 and see if the misfire follows",
    "pressure dropped 40 to 38 to 35 to 30 to 25 overnight",
    "torque in stages 10 to 20 to 30 to 40 to 60 Nm",
    "go from 3 to 4 to 5 to 6 to 7 bar slowly",
    "pages 1 to 4, 5 to 8, 9 to 12 of the manual cover the gearbox",
    "lastik ebadı 205/55 R16, dört tane, iki üç dört beş gün sürer",
    "fiyatlar 1500, 2000, 2500, iki üç dört beş bin arası",
    "bijonlar bir, üç, beş, iki, dört sırasıyla, 110 Nm",
    "bes alti yedi sekiz dakika bekle, sonra tekrar dene",
    "yağ 5W30, dört beş altı yedi litre arası alıyor",
    "el tarteeb wa7ad talata arba3a itnein, 20 newton",
    "3adet wa7ad itnein talata arba3a khamsa sitta sab3a w ba3den eshtaghalet",
    "el bolts khamsa sitta sab3a tamanya, kol wa7ad 110",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 23's retrained stage (L2 0.1 / threshold 0.85) flagged these counts (an ADDRESS or a deal read off the
  // sentence; the rules leave them); clean since round 41's retrained stage
  it.each(["bougies een, twee, drie, vier, vijf, zes allemaal vervangen, 2 keer gecontroleerd"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // gap, innocent flagged at HEAD (PHONE), NEW at HEAD (clean at 89cd037): counting aloud, firing
  // orders, a count followed by a model year or sizes, and English gear, tyre and time-slot ranges
  // ("1 to 2, 2 to 3": Norwegian "to" is 2); no cue of a number, no leading zero.
  // closed by the tightening (recall23bm): a run is read only if it opens on a zero, or the message
  // has a number cue and its words do not count upward
  it.each([
    "bij de V8 is de ontstekingsvolgorde een acht vier drie zes vijf zeven twee",
    "tel maar mee: een twee drie vier vijf zes zeven acht negen tien, en dan loslaten",
    "een twee drie vier 2019 model, doet het niet",
    "ons het ses sewe agt nege 10 11 12 dae gewag vir die onderdeel",
    "jeg talte: en to tre fire fem seks sju, så startet den",
    "jeg har talt bolter: en to tre fire fem seks sju åtte ni",
    "vi tæller en to tre fire fem seks syv, så drejer du nøglen",
    "en to tre fire 2017 modellen",
    "the box shifts 1 to 2, 2 to 3, 3 to 4, 4 to 5 smoothly but reverse grinds",
    "rotate the tyres 1 to 2, 2 to 3, 3 to 4, 4 to 1 at the next service",
    "I've got slots 8 to 9, 9 to 10, 1 to 2, 2 to 3 tomorrow",
    "ateşleme sırası bir sekiz dört üç altı beş yedi iki",
    "bir iki üç dört beş altı yedi diye saydım, sonra çalıştı",
    "bekle, bir iki üç dört beş altı yedi sekiz dokuz diye say, sonra marşa bas",
    "bir iki üç dört 2018 model araba",
    "kol marra wa7ad itnein talata arba3a khamsa sitta sab3a tamanya, mafeesh fayda",
    "khamsa sitta sab3a tamanya 100 dirham el shoghl",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 41's second refit: flags it as OFF_PLATFORM_DEAL
  it.fails.each(["tahun 2012 2013 dua tiga empat lima model sama enjin"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // closed by the tightening too; round 41's retrained stage: flags these Malay counts (a deal, the last an ADDRESS; the rules leave them)
  it.fails.each([
    "langkah satu dua tiga empat lima enam tujuh, baru enjin hidup",
    "urutan pengapian satu lapan empat tiga enam lima tujuh dua untuk V8",
    "saya kira satu dua tiga empat lima, enam, tujuh kali baru hidup",
    "hitung baut: satu dua tiga empat lima enam tujuh lapan, semua ketat",
    "ukuran kunci 10, 12, 14, dua tiga empat lima buah",
    "satu dua tiga empat 2015 punya kereta",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 23's retrained stage (L2 0.1 / threshold 0.85) flagged these counts (an ADDRESS or a deal read off the
  // sentence; the rules leave them); clean since round 41's retrained stage
  it.each(["ik heb de klikken geteld: een twee drie vier vijf zes zeven, dan zit hij vast", "ek het die boute getel: een twee drie vier vyf ses sewe agt, almal los"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // a gap after the tightening (a part number that opens on a zero), clean since round 25 ("onderdeelnummer" names a part's number)
  it.each(["onderdeelnummer nul zes een twee drie vier vijf, staat op de doos"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // caught at HEAD, NEW at HEAD (missed at 89cd037): whole runs with a cue or a leading zero, in
  // capitals, with accents, typed digits among the words, commas or a slash between them
  it.each([
    ["mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "nul zes een twee drie vier vijf zes zeven acht"],
    ["mijn nr: nul zes twee drie / vier vijf zes zeven", "nul zes twee drie / vier vijf zes zeven"],
    ["mijn nummer is NUL ZES EEN TWEE DRIE VIER VIJF ZES", "NUL ZES EEN TWEE DRIE VIER VIJF ZES"],
    ["mijn nummer is één twee drie vier vijf zes zeven acht negen", "één twee drie vier vijf zes zeven acht negen"],
    ["nummer: nul, zes, een, twee, drie, vier, vijf, zes, zeven, acht", "nul, zes, een, twee, drie, vier, vijf, zes, zeven, acht"],
    ["nombor saya kosong satu dua tiga empat lima enam tujuh lapan", "kosong satu dua tiga empat lima enam tujuh lapan"],
    ["wa saya kosong satu dua, tiga empat lima, enam tuju lapan", "kosong satu dua, tiga empat lima, enam tuju lapan"],
    ["hubungi 08 satu dua tiga 45 enam 78", "08 satu dua tiga 45 enam 78"],
    ["ring mig på nul fire to otte fem fem seks syv", "nul fire to otte fem fem seks syv"],
    ["ring mig på et to tre fire fem seks syv otte", "et to tre fire fem seks syv otte"],
    ["mitt nummer: ni to tre fem fem åtte sju seks", "ni to tre fem fem åtte sju seks"],
    ["numaram sıfır beş dört iki yedi yedi yedi sekiz dokuz bir", "sıfır beş dört iki yedi yedi yedi sekiz dokuz bir"],
    ["numaram sifir bes dort iki yedi yedi yedi sekiz dokuz bir", "sifir bes dort iki yedi yedi yedi sekiz dokuz bir"],
    ["wp: sıfır beş 42 yedi yedi 7 sekiz dokuz", "sıfır beş 42 yedi yedi 7 sekiz dokuz"],
  ])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // caught at HEAD and at 89cd037 already (Malay "sifar", not in the commit's table)
  it.each([["nombor saya sifar satu dua, tiga empat lima, enam tujuh lapan", "sifar satu dua, tiga empat lima, enam tujuh lapan"]])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // gap, contact missed at HEAD (and at 89cd037): numbers read in pairs or hundreds (Dutch
  // "vierendertig", Norwegian "tretti to", Turkish "beş yüz otuz iki"), "dubbel", two languages
  // mixed in one run, words glued together or apart by emoji, underscores, "..." or line breaks,
  // Arabic spelt "thalatha"/"tis'a"/"etneen", a leading "ra2mi" (my number)
  it.fails.each([
    ["app me op nul zes 1 2 three four vijf zes zeven acht", "nul zes 1 2 three four vijf zes zeven acht"],
    ["bel nul6twee3zes7een8negen", "nul6twee3zes7een8negen"],
    ["ra2mi sifr khamsa thalatha thamanya tis'a arba'a wahid itnain", "sifr khamsa thalatha thamanya tis'a arba'a wahid itnain"],
    ["ra2mi sifr etneen talata arba3a khamsa setta sab3a tamanya", "sifr etneen talata arba3a khamsa setta sab3a tamanya"],
  ])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // caught since round 41's retrained stage
  it.each([["wa aku nol delapan satu dua... tiga empat... lima enam tujuh delapan", "nol delapan satu dua... tiga empat... lima enam tujuh delapan"]])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // caught since round 34: groups said with tens and hundreds in these languages (number-words-abroad.ts)
  it.each([
    ["bel me: nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig", "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig"],
    ["ring meg på nitti åtte, tjue fire, femti sju, tretti to", "nitti åtte, tjue fire, femti sju, tretti to"],
    ["numaram sıfır beş yüz otuz iki, dört yüz elli altı, yetmiş sekiz", "sıfır beş yüz otuz iki, dört yüz elli altı, yetmiş sekiz"],
  ])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // caught since round 25: "ra2mi" (my number) is a phone word, and the digits it reads are a mobile of some region
  it.each([["ra2mi sifr khamsa khamsa talata talata talata sab3a tamanya", "sifr khamsa khamsa talata talata talata sab3a tamanya"]])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // caught since round 43's refit
  it.each([
    ["bel me op nul zes een twee drie kosong lapan sembilan", "nul zes een twee drie kosong lapan sembilan"],
    ["mijn nummer is nul zes-een twee-drie vier_vijf zes_zeven", "nul zes-een twee-drie vier_vijf zes_zeven"],
    ["mijn nummer:\nnul zes een twee\ndrie vier vijf\nzes zeven acht", "nul zes een twee"],
    ["mijn nummer is nul zes dubbel vijf drie vier, zeven acht negen", "nul zes dubbel vijf drie vier, zeven acht negen"],
    ["nul zes twee 🔥 drie vier vijf 🔥 zes zeven acht", "nul zes twee 🔥 drie vier vijf 🔥 zes zeven acht"],
  ])("catches: %s", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
  // gap, contact missed at HEAD (and at 89cd037): the run split over a sender's messages
  it.fails.each([
    [["mijn nummer", "nul zes een twee", "drie vier vijf", "zes zeven acht"], "drie vier vijf"],
    [["ek is op nul agt twee", "vyf vyf vyf", "een twee drie vier"], "vyf vyf vyf"],
    [["numaram sıfır beş dört", "iki yedi yedi yedi sekiz"], "iki yedi yedi yedi sekiz"],
  ])("catches the burst %j", (messages, secret) => {
    expect(replayCaught(messages, [secret])).toBe(true);
  });
  // caught since round 41's retrained stage
  it.each([[["nombor saya kosong satu dua tiga", "empat lima enam tujuh"], "empat lima enam tujuh"]])("catches the burst %j", (messages, secret) => {
    expect(replayCaught(messages, [secret])).toBe(true);
  });
});

describe("the talk taken, moved or switched to a named channel (6576e6f)", () => {
  // clean at HEAD (and at 89cd037): a thing sent or an alert switched, the app's own call, a third
  // party's or a refused move, a workshop, dealer, manager or forum as destination, in-app tabs
  it.each([
    "I'll move the invoice to email once you've approved it",
    "can you switch the alerts to texts? the push ones never show",
    "the app will move us to a call if the chat drops",
    "he wanted to take this to DMs, I said no",
    "let's take this to the manager, he can approve the discount",
    "we moved to email notifications last month",
    "let's take this to the next step and book the MOT",
    "just take it to the dealer, they have the software",
    "let's move to a call in here, the app has a call button",
    "can we move this to a phone call through the app?",
    "a mechanic on here asked me to move to whatsapp, is that allowed?",
    "never move to texts with a mechanic, that's how the scams start",
    "I don't want to move this to email, keep it here please",
    "the garage switched to email for quotes, the app is better",
    "I'll take it to the phone repair place across the road from you",
    "take the car to the signal and turn left, we're on the corner",
    "please move your car to the bay by the phone box",
    "move to the call queue and someone will pick up, that's what the insurer told me",
    "switch to call mode on the dashcam and it records audio",
    "can we switch to SMS verification for logging in?",
    "they asked us to move to e-mail for the warranty claim, not you",
    "let's take this to the forum, other owners might know",
    "take it to a proper shop, not a guy on instagram",
    "you can take it to the text on the invoice, it's all written there",
    "hop to it, the car is ready",
    "let's move on to the call-out charge, is it 40?",
    "take this to the insurer, they'll want the photos",
    "shift to second gear and hold it at 2000 rpm",
    "switch over to the phone tab in the app and the call log is there",
    "let me switch to texting you here, my mic broke",
    "can we carry on to the call-out fee? what's included",
    "move to dms? no thanks, I'll keep it in the app chat",
    "I'll carry on to text the customers from the booking screen",
    "can we move to email receipts and invoices?",
    "let's hop onto a call with the insurer together through the app's conference button",
    "can we continue to text here instead of the other thread?",
    "let's switch to text in the app, the voice notes aren't working",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // gap, innocent flagged at HEAD (OFF_PLATFORM_REQUEST), NEW at HEAD (clean at 89cd037):
  // "continue to email/text/phone/call" with a third party or each other as object (the channel
  // word is a verb), "switch (it) to phone" as the car's audio source, "the phone" or "text" or
  // "call" or "email" as the first word of a compound (phone shop, phone holder, call centre,
  // text-to-speech, email invoices, text-only chat), a reminder setting named later in the clause,
  // and a question the sender answers "no" to at once.
  // closed by the tightening (recall23bm): the channel word with an object or as a compound's first
  // word, a notice named later in the clause, "? no" after it, the car's audio around it
  it.each([
    "please continue to email the parts supplier about the back order",
    "we continue to call round the scrapyards for a gearbox",
    "I continue to text my wife updates so she knows when to pick it up",
    "you should continue to phone the insurer every morning until they approve it",
    "you need to switch to phone in the bluetooth menu to hear the calls",
    "just switch it over to phone audio and the sat nav talks through the speakers",
    "can you switch it to phone so the music stops?",
    "you could switch it over to phone in the CarPlay settings",
    "we could take this to the phone shop and get the charger port fixed",
    "let's take it to the phone's settings and turn off the hotspot",
    "jump to the phone holder issue, it rattles at 50",
    "take it to a call centre and they'll book you in? no, just use the app",
    "take it to text-to-speech and the car reads the messages out",
    "can we switch to email invoices instead of posting them?",
    "can we move to text-only chat? my data is slow",
    "can I switch to text instead of email for the booking reminders?",
    "we can switch to texts for the pickup reminder, right?",
    "we should continue to email each other? no, the app keeps it all, let's stay here",
    "take this to email? lol no, the platform handles it",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // still a gap after the tightening: refused by a sentence, not by "no"
  it.fails.each(["switch to DMs? the app has no DMs, it's all this chat"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at HEAD and at 89cd037 already (MESSAGING_APP, not this commit): an app's
  // name after "take/move ... to" that is a marketplace, a report, a supplier's ordering or a relay
  it.fails.each([
    "just take it to facebook marketplace, it's not worth fixing",
    "honestly, take it to facebook and sell it for parts",
    "just move to facebook groups for that, they know old Saabs",
    "should I report him? he tried to take this to telegram",
    "the parts shop moved to whatsapp ordering, so I order there",
    "move to Signal? that's the indicator relay, it's under the dash",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // caught at HEAD, NEW at HEAD (missed at 89cd037): take/move/switch/shift/hop/jump/carry on with
  // their objects, "over"/"across", e-mail, text(s), txt, sms, DMs, a (phone/quick/proper) call,
  // in capitals, and the phrase split over two messages
  it.each([
    "let's take this to email",
    "TAKE THIS TO EMAIL",
    "let's take this to e mail then",
    "let's take this to emails",
    "take it to email, u have mine",
    "can we switch over to e-mail? the photos are huge",
    "let's shift across to e-mail",
    "can we move this thread to email?",
    "let's switch it to a phone call, quicker",
    "let's take it to phone",
    "shall we move to a call instead",
    "let's shift things to a quick call",
    "carry on over to a proper call tonight?",
    "move this over to text messages",
    "let's take this to text message",
    "lets move to text msgs",
    "we should move to txt",
    "move to texting? app is laggy",
    "take the chat to sms",
    "let's take this conversation to sms",
    "jump across to DMs",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  it.each([[["let's take this", "to email"]]])("catches the burst %j", (messages) => {
    expect(replayFlagged(messages)).toBe(true);
  });
  // caught at HEAD and at 89cd037 already (a messaging app's name, or another rule)
  it.each([
    "hop over to texting, I'm on the road",
    "can we migrate this to whatsapp?",
    "take this to watsapp",
    "let's take this to snapchat",
    "move to discord?",
    "hop on whatsapp with me",
    "let's shift this off here to email",
    "laten we naar whatsapp gaan",
    "lass uns zu WhatsApp wechseln",
    "on passe sur WhatsApp ?",
    "jom pindah ke whatsapp",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  // gap, contact missed at HEAD (and at 89cd037): other verbs (go, head, bring, get, transfer,
  // jump on), the -ing and passive forms, "my/ur email", "inbox", "mail", "private msgs", "calls",
  // "our talk", typos (tak, mvoe, swtich, dis), "2" for "to", "wa", "ig", and other languages
  it.fails.each([
    "moving this to DMs now",
    "we should be moving over to email",
    "this would be better moved to email",
    "let's go to email, easier for the photos",
    "let's head over to texts",
    "let's bring this over to email",
    "let's get this over to text",
    "transfer this chat to my email pls",
    "take this to my email",
    "move this to ur email",
    "move things to my DMs",
    "take this to my inbox",
    "take this over to mail",
    "move to private msgs",
    "switch to calls?",
    "let's move our talk to texts",
    "let's take this outside to email",
    "lets tak this to email",
    "mvoe to txt?",
    "swtich to text pls",
    "take this 2 email",
    "move 2 dms?",
    "take dis convo to dm",
    "take this convo over to wa",
    "continue this convo on ig",
    "pasemos esto al correo",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught since round 33 (other-languages.ts's MOVE-ABROAD reads the Indonesian "lanjut di WA")
  it.each(["lanjut di WA aja ya"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught since round 32 ("jump on a call": TO-CHANNEL's "on" before "a"; the Dutch move in other-languages.ts)
  it.each(["jump on a call later?", "zullen we verder via de mail?"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
