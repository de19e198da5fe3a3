// Round 28, false positives (branch fp28). Every sentence is the helper's own, none from the corpus. Expectation, for the rules
// (DEFAULT_DETECTION_OPTIONS) and the application (rules + trained stage): an innocent is not flagged; an attack is flagged with
// every letter and digit of its detail masked.
// Kinds fixed: a road authority's, inspection scheme's, road-safety body's or motoring club's site with no government ending
// (links.ts ROAD_AUTHORITY_HOST: "kba.de", "rdw.nl", "ncts.ie"), and a control unit's "hardware number" or a "cert(ificate) number"
// named as a thing's number, not a phone cue (phone.ts IDENTIFIER_BEFORE_NUMBER). The attacks keep a personal site named like
// an authority, a phone said beside those words, and a number of the fiction ranges under those labels caught.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[]): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("round 28 innocents: road authorities' and motoring bodies' sites", () => {
  it.each([
    "check the recall on kba.de with your VIN",
    "rdw.nl kentekencheck shows the APK date",
    "vegvesen.no says the EU-kontroll is due in May",
    "dgt.es tiene la etiqueta ambiental de tu coche",
    "book your test at ncts.ie, they have slots next week",
    "tyresafe.org explains the 1.6mm limit",
    "the ANWB site anwb.nl has a breakdown guide",
    "o IMT tem a lista dos centros em imt-ip.pt",
    "Euro NCAP and ancap.com.au both gave it five stars",
    "the RSA page rsa.ie says the NCT cert must be displayed",
    "Thatcham rating on thatcham.org for the alarm is category 1",
    "transportstyrelsen.se visar att besiktningen gick ut i mars",
  ])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    ["my site is ncts-helper.ie message me there", "ncts-helper.ie"],
    ["check my garage page kbadealer.de for prices", "kbadealer.de"],
    ["find us at rdwservice.nl", "rdwservice.nl"],
    ["book direct on anwb-pechhulp-jan.nl, cheaper than the app", "anwb-pechhulp-jan.nl"],
    ["our workshop site is tyresafe-fitters.co.uk, ring us there", "tyresafe-fitters.co.uk"],
    ["book your NCT then call me on 087 123 4567", "087 123 4567"],
  ])("catches %j", (text, secret) => {
    expect(caught(text, [secret])).toBe(true);
  });
});

describe("round 28 innocents: a control unit's hardware number and a certificate's number", () => {
  it.each(["the HW number on the Bosch unit is 0 261 S02 007", "MOT certificate number 4417 2210 9356, the test centre has it too"])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  // 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an',
  // 'my real hardware number is 0412 555 873' are phones): a phone-shaped number after it reads as a phone, as on main.
  it.fails.each([
    "hardware number 0 281 002 405 on the ecu label",
    "ECU hardware number 0 261 207 700, software 1037 368 552",
    "the certificate number is 0412 366 019 for the warranty",
    "warranty cert number 01819 66304 2 on the back of the battery",
    "ECU hardware number 0 261 S07 700, the flash tool needs it",
    "gearbox TCM hardware number 0260 550 026, same as the donor",
    "the roadworthy cert number 0832 114 907 is on the windscreen",
    "calibration cert number 7718 2290 44 came with the torque wrench",
  ])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    ["hardware number 0412 555 873, call me", "0412 555 873"],
    ["cert number 07911 123456 text me", "07911 123456"],
    ["my cert number is 917-555-0143", "917-555-0143"],
    ["the hardware number 9175550143", "9175550143"],
    ["warranty cert 312 555 0188 is my number for the courier", "312 555 0188"],
    ["certificate 0412 345 678 that's my mobile", "0412 345 678"],
    ["I work at the hardware store, 0412 345 678", "0412 345 678"],
    ["got my cert today lol 0412 345 678", "0412 345 678"],
    ["hardware 07911 123456 whatsapp me", "07911 123456"],
  ])("catches %j", (text, secret) => {
    expect(caught(text, [secret])).toBe(true);
  });
});

describe("round 28 innocents: a deal refused in the first person in Portuguese, Italian, French or German", () => {
  it.each([
    "agradeço, mas não vou pagar fora do aplicativo, prefiro a garantia",
    "não vou fazer nada por fora do app, desculpa",
    "eu não pago fora do app, só pelo app",
    "grazie ma non pago fuori dall'app",
    "non lo faccio fuori dalla piattaforma, mi dispiace",
    "non voglio pagare fuori dalla piattaforma",
    "merci mais je ne paie pas hors de l'appli",
    "je ne veux pas payer sans passer par l'appli",
    "je ne vais rien faire hors de l'appli",
    "danke, aber ich zahle nicht ohne die App",
    "ich will nichts ohne die App machen",
    "ich mache das nicht ohne die App",
  ])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    "nao tem taxa fora do app, te faço por 300",
    "por que nao pagar por fora do app? sai mais barato",
    "nao vamos fechar por fora do app?",
    "non vuoi pagare fuori dall'app? costa meno",
    "warum nicht ohne die App? ist billiger",
    "pourquoi pas hors de l'appli, c'est moins cher",
    "non serve l'app, paghi fuori dall'app e risparmi",
    "nao precisa do app, paga por fora do app",
    "das kostet nichts ohne die App, nur 80 Euro",
    "c'est pas cher hors de l'appli, 200 euros",
    "non paghi commissione fuori dall'app",
    "ich zahle nicht über die App, sondern in bar",
  ])("flags: %s", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && flaggedBy(text)).toBe(true);
  });
});

describe("round 28 innocents: greetings and wishes of other languages are no name", () => {
  it.each(["Guten Morgen", "Gute Nacht", "Guten Abend", "Bom Dia", "Buenos Dias", "Buona Sera", "Bonne Soirée", "Dobry Wieczór", "Frohe Weihnachten", "Goede Middag", "Dydd Llun works for me"])(
    "stays clean: %s",
    (text) => {
      expect(clean(text)).toBe(true);
    },
  );
  it.each([
    ["Klaus Becker", "Klaus Becker"],
    ["Anna Schmidt", "Anna Schmidt"],
    ["my name is Dia Morgan", "Dia Morgan"],
    ["Marta Gómez", "Marta Gómez"],
    ["Tomasz Kowalski", "Tomasz Kowalski"],
  ])("catches %j", (text, secret) => {
    expect(caught(text, [secret])).toBe(true);
  });
});

describe("round 28 innocents: a first name given with the surname withheld", () => {
  it.each([
    "I'd rather not give my surname, first name Aisha is fine for the booking",
    "rather not share my last name, first name Tomasz will do",
    "no surname needed right? first name Priya",
    "the form wants a surname but I left it blank, first name Oluwaseun",
    "do you need my last name too? first name is Mateus",
  ])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    ["first name Aisha, surname Khan", ["Aisha", "Khan"]],
    ["first name Camille, last name Desrosiers", ["Camille", "Desrosiers"]],
    ["surname's Haverford. first name Imogen", ["Haverford", "Imogen"]],
    ["First Name: Dana\nLast Name: Whitfield", ["Dana", "Whitfield"]],
    ["my first name is Aisha and my last name's Khan", ["Aisha", "Khan"]],
    ["first name Aisha, family name is Okafor", ["Aisha", "Okafor"]],
  ])("catches %j", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("round 28 innocents: a maker's page asking for the car's own number", () => {
  it.each([
    "Volvo recall check: volvocars.com/se/support, enter your reg number",
    "volvocars.com has a recall lookup, put in your VIN number",
    "toyota-europe.com service history: type the registration number of the car",
    "hyundaiusa.com recall page, enter your vin",
    "nissan-global.com lists the campaigns, search by chassis number",
  ])("stays clean: %s", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    ["volvocars.com is where I work, scroll down for my number", "volvocars.com"],
    ["bradsvolvo.com enter your reg number and we'll quote you", "bradsvolvo.com"],
    ["bradsbrakes.com put in your reg, then the number at the bottom is mine", "bradsbrakes.com"],
    ["volvo-dave.com, enter your reg number and book", "volvo-dave.com"],
    ["the manual is on haynes-dave.co.uk, put your reg number in and call the number there", "haynes-dave.co.uk"],
    ["my site petesvolvo.co.uk, enter your reg number", "petesvolvo.co.uk"],
  ])("catches %j", (text, secret) => {
    expect(caught(text, [secret])).toBe(true);
  });
});
