// Round-28 review (rv-nm28) of branch nm28 (full names, spoken e-mails, form fields, word-TLD links), read as an evader and as a
// careful new user. Every sentence is the reviewer's own (none from the corpus nor the branch's spec). Expectation, for the rules
// (DEFAULT_DETECTION_OPTIONS) and the application (rules + trained stage): an innocent is not flagged; an attack is flagged with
// every letter and digit of its detail masked. `it` = the branch gets it right; `it.fails` = the branch gets it wrong (why).
// Counts at the review: innocents 143: flagged rules branch 46 / main 14, application branch 49 / main 18.
// Attacks 95: caught rules branch 72 / main 20, application branch 73 / main 24.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[]): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("round 28 names/e-mails review: attacks", () => {
  // the 'X hier' signature rule opens only on hi/hey/hello/yo/ok/so, not 'Hallo' (as at main: main catches neither, branch neither)
  it.fails("masks: Hallo, Sanne van den Heuvel hier, de Polo maakt herrie", () => {
    expect(caught("Hallo, Sanne van den Heuvel hier, de Polo maakt herrie", ["Sanne van den Heuvel"])).toBe(true);
  });
  it("masks: Best regards,\nJoris van der Sluis", () => {
    expect(caught("Best regards,\nJoris van der Sluis", ["Joris van der Sluis"])).toBe(true);
  });
  it("masks: Mit freundlichen Grüßen\nAnke von der Heide", () => {
    expect(caught("Mit freundlichen Grüßen\nAnke von der Heide", ["Anke von der Heide"])).toBe(true);
  });
  it("masks: I'm Willem van der Westhuizen, owner of the Hilux", () => {
    expect(caught("I'm Willem van der Westhuizen, owner of the Hilux", ["Willem van der Westhuizen"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Met vriendelijke groeten, Femke van het Hof", () => {
    expect(caught("Met vriendelijke groeten, Femke van het Hof", ["Femke van het Hof"])).toBe(true);
  });
  it("masks: Cheers, Maarten van de Kamp", () => {
    expect(caught("Cheers, Maarten van de Kamp", ["Maarten van de Kamp"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Groetjes,\nLieke van der Velde", () => {
    expect(caught("Groetjes,\nLieke van der Velde", ["Lieke van der Velde"])).toBe(true);
  });
  it("masks: Thanks, Siobhan O'Sullivan", () => {
    expect(caught("Thanks, Siobhan O'Sullivan", ["Siobhan O'Sullivan"])).toBe(true);
  });
  it("masks: Ciaran O'Connell here, about the Octavia", () => {
    expect(caught("Ciaran O'Connell here, about the Octavia", ["Ciaran O'Connell"])).toBe(true);
  });
  it("masks: this is Niamh O’Brien, the Yaris with the rattle", () => {
    expect(caught("this is Niamh O’Brien, the Yaris with the rattle", ["Niamh O’Brien"])).toBe(true);
  });
  it("masks: Regards, Padraig O'Donoghue", () => {
    expect(caught("Regards, Padraig O'Donoghue", ["Padraig O'Donoghue"])).toBe(true);
  });
  it("masks: Ing. Tomáš Novák here, the Octavia again", () => {
    expect(caught("Ing. Tomáš Novák here, the Octavia again", ["Tomáš Novák"])).toBe(true);
  });
  it("masks: Eng. Ahmed Farouk here regarding the Corolla", () => {
    expect(caught("Eng. Ahmed Farouk here regarding the Corolla", ["Ahmed Farouk"])).toBe(true);
  });
  it("masks: Fr. Declan Murphy here, the parish van again", () => {
    expect(caught("Fr. Declan Murphy here, the parish van again", ["Declan Murphy"])).toBe(true);
  });
  it("masks: S pozdravem\nIng. Jana Svobodová", () => {
    expect(caught("S pozdravem\nIng. Jana Svobodová", ["Jana Svobodová"])).toBe(true);
  });
  it("masks: Fr Brendan Keane here - the minibus is due its NCT", () => {
    expect(caught("Fr Brendan Keane here - the minibus is due its NCT", ["Brendan Keane"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Groeten, Daan Jacobs", () => {
    expect(caught("Groeten, Daan Jacobs", ["Daan Jacobs"])).toBe(true);
  });
  it("masks: Saludos,\nFernando Aguirre", () => {
    expect(caught("Saludos,\nFernando Aguirre", ["Fernando Aguirre"])).toBe(true);
  });
  it("masks: Cumprimentos, Joana Ribeiro", () => {
    expect(caught("Cumprimentos, Joana Ribeiro", ["Joana Ribeiro"])).toBe(true);
  });
  it("masks: ok grazie. Saluti, Giulia Marchetti", () => {
    expect(caught("ok grazie. Saluti, Giulia Marchetti", ["Giulia Marchetti"])).toBe(true);
  });
  it("masks: S pozdravem, Pavel Horák", () => {
    expect(caught("S pozdravem, Pavel Horák", ["Pavel Horák"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Saygılarımla, Emre Yıldız", () => {
    expect(caught("Saygılarımla, Emre Yıldız", ["Emre Yıldız"])).toBe(true);
  });
  it("masks: Un saludo,\nIgnacio Peralta", () => {
    expect(caught("Un saludo,\nIgnacio Peralta", ["Ignacio Peralta"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: mvg Kees Bakker", () => {
    expect(caught("mvg Kees Bakker", ["Kees Bakker"])).toBe(true);
  });
  it("masks: Cari saluti\nFrancesca Greco", () => {
    expect(caught("Cari saluti\nFrancesca Greco", ["Francesca Greco"])).toBe(true);
  });
  it("masks: Customer name: Hannah Lindqvist\nPhone: on file\nVehicle: XC60", () => {
    expect(caught("Customer name: Hannah Lindqvist\nPhone: on file\nVehicle: XC60", ["Hannah Lindqvist"])).toBe(true);
  });
  it("masks: Policyholder: Tremaine Okoro\nEmail: in the app\nClaim: windscreen", () => {
    expect(caught("Policyholder: Tremaine Okoro\nEmail: in the app\nClaim: windscreen", ["Tremaine Okoro"])).toBe(true);
  });
  it("masks: Nama: Ahmad Faizal\nNo Tel: nanti saya bagi\nKereta: Axia", () => {
    expect(caught("Nama: Ahmad Faizal\nNo Tel: nanti saya bagi\nKereta: Axia", ["Ahmad Faizal"])).toBe(true);
  });
  it("masks: Contact person: Oksana Petrenko\nWhatsApp: ask me\nCar: Octavia", () => {
    expect(caught("Contact person: Oksana Petrenko\nWhatsApp: ask me\nCar: Octavia", ["Oksana Petrenko"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Owner: Bongani Dlamini\nCell: ask in chat\nCar: Polo Vivo", () => {
    expect(caught("Owner: Bongani Dlamini\nCell: ask in chat\nCar: Polo Vivo", ["Bongani Dlamini"])).toBe(true);
  });
  it("masks: Client name: Sigrid Aalto\nMobile:\nJob: timing belt", () => {
    expect(caught("Client name: Sigrid Aalto\nMobile:\nJob: timing belt", ["Sigrid Aalto"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: la facture au nom de Mathieu Lefèvre svp", () => {
    expect(caught("la facture au nom de Mathieu Lefèvre svp", ["Mathieu Lefèvre"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: pon la factura a nombre de Ximena Castillo", () => {
    expect(caught("pon la factura a nombre de Ximena Castillo", ["Ximena Castillo"])).toBe(true);
  });
  it("masks: intestate la fattura a nome di Lorenzo Ricci", () => {
    expect(caught("intestate la fattura a nome di Lorenzo Ricci", ["Lorenzo Ricci"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Rechnung auf den Namen Jürgen Baumann bitte", () => {
    expect(caught("Rechnung auf den Namen Jürgen Baumann bitte", ["Jürgen Baumann"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: de factuur op naam van Ruud Hendriks graag", () => {
    expect(caught("de factuur op naam van Ruud Hendriks graag", ["Ruud Hendriks"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: nota fiscal em nome de Thiago Moreira", () => {
    expect(caught("nota fiscal em nome de Thiago Moreira", ["Thiago Moreira"])).toBe(true);
  });
  it("masks: please sign the paperwork as Delphine Arnaud", () => {
    expect(caught("please sign the paperwork as Delphine Arnaud", ["Delphine Arnaud"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: can you sign the job card as Kwame Mensah", () => {
    expect(caught("can you sign the job card as Kwame Mensah", ["Kwame Mensah"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: faktura na nazwisko Tomasz Wiśniewski", () => {
    expect(caught("faktura na nazwisko Tomasz Wiśniewski", ["Tomasz Wiśniewski"])).toBe(true);
  });
  // ASK_FOR_ME_ABROAD needs a first name of the common lists (Jürgen, Katarzyna, Mikko not in them) (as at main: main catches neither, branch neither)
  it.fails("masks: Jürgen Baumann, Köln. Fragen Sie nach mir", () => {
    expect(caught("Jürgen Baumann, Köln. Fragen Sie nach mir", ["Jürgen Baumann"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Sophie Lambert, Lyon — demandez-moi à l'accueil", () => {
    expect(caught("Sophie Lambert, Lyon — demandez-moi à l'accueil", ["Sophie Lambert"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Joana Ribeiro, Porto, pergunta por mim", () => {
    expect(caught("Joana Ribeiro, Porto, pergunta por mim", ["Joana Ribeiro"])).toBe(true);
  });
  // ASK_FOR_ME_ABROAD needs a first name of the common lists (Jürgen, Katarzyna, Mikko not in them) (as at main: main catches neither, branch neither)
  it.fails("masks: Katarzyna Nowak, Gdańsk. Zapytaj o mnie", () => {
    expect(caught("Katarzyna Nowak, Gdańsk. Zapytaj o mnie", ["Katarzyna Nowak"])).toBe(true);
  });
  // ASK_FOR_ME_ABROAD needs a first name of the common lists (Jürgen, Katarzyna, Mikko not in them) (as at main: main catches neither, branch neither)
  it.fails("masks: Mikko Virtanen, Tampere. Kysy minua", () => {
    expect(caught("Mikko Virtanen, Tampere. Kysy minua", ["Mikko Virtanen"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Sander de Jong uit Utrecht, vraag naar mij", () => {
    expect(caught("Sander de Jong uit Utrecht, vraag naar mij", ["Sander de Jong"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: D-A-N-I-E-L-A  M-O-R-E-N-O", () => {
    expect(caught("D-A-N-I-E-L-A  M-O-R-E-N-O", ["D-A-N-I-E-L-A  M-O-R-E-N-O"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: SEBASTIAN KRUGER", () => {
    expect(caught("SEBASTIAN KRUGER", ["SEBASTIAN KRUGER"])).toBe(true);
  });
  it("masks: P-R-I-Y-A  N-A-I-R, that's me", () => {
    expect(caught("P-R-I-Y-A  N-A-I-R, that's me", ["P-R-I-Y-A  N-A-I-R"])).toBe(true);
  });
  it("masks: AISHA BELLO is my name", () => {
    expect(caught("AISHA BELLO is my name", ["AISHA BELLO"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: J-O-S-H H-A-L-V-O-R-S-E-N", () => {
    expect(caught("J-O-S-H H-A-L-V-O-R-S-E-N", ["J-O-S-H H-A-L-V-O-R-S-E-N"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: G R E T A  L I N D B E R G", () => {
    expect(caught("G R E T A  L I N D B E R G", ["G R E T A  L I N D B E R G"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: MARCUS OYELARAN.", () => {
    expect(caught("MARCUS OYELARAN.", ["MARCUS OYELARAN"])).toBe(true);
  });
  it("masks: mail của em: hoa nguyen a còng gmail chấm com", () => {
    expect(caught("mail của em: hoa nguyen a còng gmail chấm com", ["hoa nguyen a còng gmail chấm com"])).toBe(true);
  });
  it("masks: email: minhtuan88 a móc yahoo chấm com", () => {
    expect(caught("email: minhtuan88 a móc yahoo chấm com", ["minhtuan88 a móc yahoo chấm com"])).toBe(true);
  });
  it("masks: epos my: jaco punt venter by gmail punt com", () => {
    expect(caught("epos my: jaco punt venter by gmail punt com", ["jaco punt venter by gmail punt com"])).toBe(true);
  });
  it("masks: stuur na lizelle99 by webmail punt co punt za", () => {
    expect(caught("stuur na lizelle99 by webmail punt co punt za", ["lizelle99 by webmail punt co punt za"])).toBe(true);
  });
  it("masks: jake, the at sign, jakesgarage dot com", () => {
    expect(caught("jake, the at sign, jakesgarage dot com", ["jake, the at sign, jakesgarage dot com"])).toBe(true);
  });
  it("masks: tom dot baker at symbol outlook dot com", () => {
    expect(caught("tom dot baker at symbol outlook dot com", ["tom dot baker at symbol outlook dot com"])).toBe(true);
  });
  it("masks: ana.silva at-sign hotmail.com", () => {
    expect(caught("ana.silva at-sign hotmail.com", ["ana.silva at-sign hotmail.com"])).toBe(true);
  });
  // a typed link on the word-TLD .garage is not read as a link (as at main: main catches neither, branch neither)
  it.fails("masks: mike.garage", () => {
    expect(caught("mike.garage", ["mike.garage"])).toBe(true);
  });
  it("masks: book at joes.repair", () => {
    expect(caught("book at joes.repair", ["joes.repair"])).toBe(true);
  });
  it("masks: find me at kev.tools now", () => {
    expect(caught("find me at kev.tools now", ["kev.tools"])).toBe(true);
  });
  it("masks: book at quick.repair today", () => {
    expect(caught("book at quick.repair today", ["quick.repair"])).toBe(true);
  });
  // a word-TLD link said in a running sentence is not read as a link (as at main: main catches app only, branch app only)
  it.fails("masks: look up best dot garage for my reviews", () => {
    expect(caught("look up best dot garage for my reviews", ["best dot garage"])).toBe(true);
  });
  // a word-TLD link after "find me at" with the sentence going on: the application catches it, the rules do not (as at main, restored after the review)
  it.fails("masks: find me at fast dot repair and book there", () => {
    expect(caught("find me at fast dot repair and book there", ["fast dot repair"])).toBe(true);
  });
  // spokenTld (normalise.ts): an English word-TLD after an English-word label with the sentence going on is no longer a link (REGRESSION: main catches it, rules+app; branch catches neither) — fixed after the review
  it("masks: my site is brake dot guru for bookings", () => {
    expect(caught("my site is brake dot guru for bookings", ["brake dot guru"])).toBe(true);
  });
  // a word-TLD link said in a running sentence is not read as a link (as at main: main catches neither, branch neither)
  it.fails("masks: go to honest . tools now for the price list", () => {
    expect(caught("go to honest . tools now for the price list", ["honest . tools"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: K-E-V-I-N O-B-R-I-E-N", () => {
    expect(caught("K-E-V-I-N O-B-R-I-E-N", ["K-E-V-I-N O-B-R-I-E-N"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: M-A-R-I-A G-O-N-Z-A-L-E-Z", () => {
    expect(caught("M-A-R-I-A G-O-N-Z-A-L-E-Z", ["M-A-R-I-A G-O-N-Z-A-L-E-Z"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: name is J-O-S-H H-A-L-V-O-R-S-E-N", () => {
    expect(caught("name is J-O-S-H H-A-L-V-O-R-S-E-N", ["J-O-S-H H-A-L-V-O-R-S-E-N"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: j-o-s-h  h-a-l-v-o-r-s-e-n", () => {
    expect(caught("j-o-s-h  h-a-l-v-o-r-s-e-n", ["j-o-s-h  h-a-l-v-o-r-s-e-n"])).toBe(true);
  });
  // spelled name with one space between the words (or dots, or lower case) is not closed up into a capitals name (as at main: main catches neither, branch neither)
  it.fails("masks: J.O.S.H. H.A.L.V.O.R.S.E.N.", () => {
    expect(caught("J.O.S.H. H.A.L.V.O.R.S.E.N.", ["J.O.S.H. H.A.L.V.O.R.S.E.N"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Thomas Becker, Köln. Fragen Sie nach mir", () => {
    expect(caught("Thomas Becker, Köln. Fragen Sie nach mir", ["Thomas Becker"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Anna Kowalska, Gdańsk. Zapytaj o mnie", () => {
    expect(caught("Anna Kowalska, Gdańsk. Zapytaj o mnie", ["Anna Kowalska"])).toBe(true);
  });
  // the 'X hier' signature rule opens only on hi/hey/hello/yo/ok/so, not 'Hallo' (as at main: main catches neither, branch neither)
  it.fails("masks: Hallo, Thomas Becker hier, der Passat", () => {
    expect(caught("Hallo, Thomas Becker hier, der Passat", ["Thomas Becker"])).toBe(true);
  });
  // a typed link on the word-TLD .garage is not read as a link (as at main: main catches neither, branch neither)
  it.fails("masks: my website is mike.garage", () => {
    expect(caught("my website is mike.garage", ["mike.garage"])).toBe(true);
  });
  // a typed link on the word-TLD .garage is not read as a link (as at main: main catches neither, branch neither)
  it.fails("masks: check mike.garage for my rates", () => {
    expect(caught("check mike.garage for my rates", ["mike.garage"])).toBe(true);
  });
  it("masks: reviews on quick dot repair, book me there", () => {
    expect(caught("reviews on quick dot repair, book me there", ["quick dot repair"])).toBe(true);
  });
  // spokenTld (normalise.ts): an English word-TLD after an English-word label with the sentence going on is no longer a link (REGRESSION: main catches it, rules+app; branch catches neither) — fixed after the review
  it("masks: site: smart dot tools today", () => {
    expect(caught("site: smart dot tools today", ["smart dot tools"])).toBe(true);
  });
  // a word-TLD link said in a running sentence is not read as a link (as at main: main catches neither, branch neither)
  it.fails("masks: look me up, cool dot cars has all my work", () => {
    expect(caught("look me up, cool dot cars has all my work", ["cool dot cars"])).toBe(true);
  });
  it("masks: email me at fix at quick dot repair today", () => {
    expect(caught("email me at fix at quick dot repair today", ["fix at quick dot repair"])).toBe(true);
  });
  // spokenTld (normalise.ts): an English word-TLD after an English-word label with the sentence going on is no longer a link (REGRESSION: main catches it, rules+app; branch catches neither) — fixed after the review
  it("masks: my page brake dot guru has the prices", () => {
    expect(caught("my page brake dot guru has the prices", ["brake dot guru"])).toBe(true);
  });
  // spokenTld (normalise.ts): an English word-TLD after an English-word label with the sentence going on is no longer a link (REGRESSION: main catches it, rules+app; branch catches neither) — fixed after the review
  it("masks: visit auto dot repair now, I post my slots", () => {
    expect(caught("visit auto dot repair now, I post my slots", ["auto dot repair"])).toBe(true);
  });
  it("masks: e-pos: jan punt smit by mweb punt co punt za", () => {
    expect(caught("e-pos: jan punt smit by mweb punt co punt za", ["jan punt smit by mweb punt co punt za"])).toBe(true);
  });
  it("masks: my epos is marius by gmail punt com", () => {
    expect(caught("my epos is marius by gmail punt com", ["marius by gmail punt com"])).toBe(true);
  });
  it("masks: email mình: quang.le a còng gmail chấm com", () => {
    expect(caught("email mình: quang.le a còng gmail chấm com", ["quang.le a còng gmail chấm com"])).toBe(true);
  });
  it("masks: gửi vào thuyvy a cong yahoo cham com nha", () => {
    expect(caught("gửi vào thuyvy a cong yahoo cham com nha", ["thuyvy a cong yahoo cham com"])).toBe(true);
  });
  it("masks: ngoc anh a còng hotmail chấm com", () => {
    expect(caught("ngoc anh a còng hotmail chấm com", ["ngoc anh a còng hotmail chấm com"])).toBe(true);
  });
  it("masks: dave at symbol gmail dot com", () => {
    expect(caught("dave at symbol gmail dot com", ["dave at symbol gmail dot com"])).toBe(true);
  });
  // the named at sign with commas on both sides of 'dot' is not rewritten (as at main: main catches neither, branch neither)
  it.fails("masks: lisa, at sign, outlook, dot com", () => {
    expect(caught("lisa, at sign, outlook, dot com", ["lisa, at sign, outlook, dot com"])).toBe(true);
  });
  it("masks: Owner: Dana Whitfield\nEmail: dana at the usual\nCar: Mazda 3", () => {
    expect(caught("Owner: Dana Whitfield\nEmail: dana at the usual\nCar: Mazda 3", ["Dana Whitfield"])).toBe(true);
  });
  // dropped after the review: the name must open on a first name of the common (English) lists, a bare capitals pair needs "that's me", and 'ask for me' abroad is gone (false positives on firms, places and famous names)
  it.fails("masks: Customer: Ngozi Adeyemi\nMobile: in my profile", () => {
    expect(caught("Customer: Ngozi Adeyemi\nMobile: in my profile", ["Ngozi Adeyemi"])).toBe(true);
  });
  it("masks: Saludos cordiales, Beatriz Salgado", () => {
    expect(caught("Saludos cordiales, Beatriz Salgado", ["Beatriz Salgado"])).toBe(true);
  });
  it("masks: Groeten van Eva de Wit", () => {
    expect(caught("Groeten van Eva de Wit", ["Eva de Wit"])).toBe(true);
  });
});

describe("round 28 names/e-mails review: innocents", () => {
  // flagged at main too (both); branch both
  it.fails("stays clean: Land Rover here, the Defender is leaking oil from the transfer box", () => {
    expect(clean("Land Rover here, the Defender is leaking oil from the transfer box")).toBe(true);
  });
  it("stays clean: Aston Martin, the DB9 - the owner wants a quote for the clutch", () => {
    expect(clean("Aston Martin, the DB9 - the owner wants a quote for the clutch")).toBe(true);
  });
  it("stays clean: the tyre shop on Van der Stel Street is the one I used", () => {
    expect(clean("the tyre shop on Van der Stel Street is the one I used")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Austin Healey here, 3000 MkIII, needs new points and a tune", () => {
    expect(clean("Austin Healey here, 3000 MkIII, needs new points and a tune")).toBe(true);
  });
  // the 'X here' signature rule with 'hier/aqui' accepts any name opening on a listed first name (famous driver, double first name) (clean at main) — fixed after the review
  it("stays clean: Michael Schumacher hier, haha nein, mein Golf braucht nur Bremsen", () => {
    expect(clean("Michael Schumacher hier, haha nein, mein Golf braucht nur Bremsen")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Max Verstappen, the champion, would not drive a car with brakes like mine", () => {
    expect(clean("Max Verstappen, the champion, would not drive a car with brakes like mine")).toBe(true);
  });
  it("stays clean: it's the Van der Valk hotel car park, the silver Golf is mine, keys at reception", () => {
    expect(clean("it's the Van der Valk hotel car park, the silver Golf is mine, keys at reception")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: Groeten, Bandenservice van der Wal", () => {
    expect(clean("Groeten, Bandenservice van der Wal")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: Met vriendelijke groet,\nAutoschade van Dijk", () => {
    expect(clean("Met vriendelijke groet,\nAutoschade van Dijk")).toBe(true);
  });
  it("stays clean: Groeten, Carrosserie Jansen", () => {
    expect(clean("Groeten, Carrosserie Jansen")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: Saludos, Neumáticos Pérez", () => {
    expect(clean("Saludos, Neumáticos Pérez")).toBe(true);
  });
  it("stays clean: Cumprimentos, Pneus Ferreira", () => {
    expect(clean("Cumprimentos, Pneus Ferreira")).toBe(true);
  });
  // flagged at main too (app only); branch app only
  it.fails("stays clean: Saluti, Carrozzeria Bianchi", () => {
    expect(clean("Saluti, Carrozzeria Bianchi")).toBe(true);
  });
  it("stays clean: Saluti, Gommista Rossi", () => {
    expect(clean("Saluti, Gommista Rossi")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: S pozdravem, Pneuservis Dvořák", () => {
    expect(clean("S pozdravem, Pneuservis Dvořák")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: Saygılarımla, Yılmaz Otomotiv", () => {
    expect(clean("Saygılarımla, Yılmaz Otomotiv")).toBe(true);
  });
  it("stays clean: Saludos, Grupo Rodriguez Motor", () => {
    expect(clean("Saludos, Grupo Rodriguez Motor")).toBe(true);
  });
  // flagged at main too (app only); branch app only
  it.fails("stays clean: Saludos, Ricardo Gómez, ¿cuándo está listo el coche?", () => {
    expect(clean("Saludos, Ricardo Gómez, ¿cuándo está listo el coche?")).toBe(true);
  });
  // flagged at main too (app only); branch app only
  it.fails("stays clean: Saludos a Carmen Ortiz de mi parte", () => {
    expect(clean("Saludos a Carmen Ortiz de mi parte")).toBe(true);
  });
  it("stays clean: Groeten aan Jan de Boer, hij weet van de auto", () => {
    expect(clean("Groeten aan Jan de Boer, hij weet van de auto")).toBe(true);
  });
  it("stays clean: Saluti Marco Ferri, la macchina è pronta?", () => {
    expect(clean("Saluti Marco Ferri, la macchina è pronta?")).toBe(true);
  });
  it("stays clean: Cumprimentos ao Pedro Santos, obrigado pela ajuda", () => {
    expect(clean("Cumprimentos ao Pedro Santos, obrigado pela ajuda")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Owner: Avis Budget\nContact: via the app\nCar: Corolla", () => {
    expect(clean("Owner: Avis Budget\nContact: via the app\nCar: Corolla")).toBe(true);
  });
  it("stays clean: Owner: Hertz Fleet\nPhone: depot line\nCar: Camry", () => {
    expect(clean("Owner: Hertz Fleet\nPhone: depot line\nCar: Camry")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Policyholder: Allianz Direct\nEmail: claims portal\nExcess: 250", () => {
    expect(clean("Policyholder: Allianz Direct\nEmail: claims portal\nExcess: 250")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Owner: Jaguar Land Rover\nContact: dealer\nVIN: on the sticker", () => {
    expect(clean("Owner: Jaguar Land Rover\nContact: dealer\nVIN: on the sticker")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Customer name: Uber Eats\nPhone: in app\nVehicle: Prius", () => {
    expect(clean("Customer name: Uber Eats\nPhone: in app\nVehicle: Prius")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Owner: Santander Consumer\nPhone: on the V5\nCar: Qashqai", () => {
    expect(clean("Owner: Santander Consumer\nPhone: on the V5\nCar: Qashqai")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Owner: Van der Merwe Trust\nPhone: via app\nCar: Fortuner", () => {
    expect(clean("Owner: Van der Merwe Trust\nPhone: via app\nCar: Fortuner")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Service advisor: Front Counter\nDirect line: main number", () => {
    expect(clean("Service advisor: Front Counter\nDirect line: main number")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Owner: Novated Lease\nMobile: on file\nCar: Kluger", () => {
    expect(clean("Owner: Novated Lease\nMobile: on file\nCar: Kluger")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Owner: Lease Plan\nPhone: via app", () => {
    expect(clean("Owner: Lease Plan\nPhone: via app")).toBe(true);
  });
  it("stays clean: au nom de toute l'équipe, merci pour la patience", () => {
    expect(clean("au nom de toute l'équipe, merci pour la patience")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: em nome de Porto Seguro, a seguradora vai pagar", () => {
    expect(clean("em nome de Porto Seguro, a seguradora vai pagar")).toBe(true);
  });
  it("stays clean: la facture au nom de Martin Automobiles, c'est la société", () => {
    expect(clean("la facture au nom de Martin Automobiles, c'est la société")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: factura a nombre de Seguros Bolivar, ellos pagan", () => {
    expect(clean("factura a nombre de Seguros Bolivar, ellos pagan")).toBe(true);
  });
  it("stays clean: Rechnung auf den Namen Santander Consumer Bank, die Leasing", () => {
    expect(clean("Rechnung auf den Namen Santander Consumer Bank, die Leasing")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: fattura a nome di Generali Italia per il sinistro", () => {
    expect(clean("fattura a nome di Generali Italia per il sinistro")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: op naam van Achmea Schadeverzekeringen, de verzekeraar betaalt", () => {
    expect(clean("op naam van Achmea Schadeverzekeringen, de verzekeraar betaalt")).toBe(true);
  });
  // 'sign the report as' + two capitalised words (a status, not a name) (clean at main) — fixed after the review
  it("stays clean: sign the report as Passed Inspection please", () => {
    expect(clean("sign the report as Passed Inspection please")).toBe(true);
  });
  it("stays clean: sign it as Warranty Work, the dealer pays", () => {
    expect(clean("sign it as Warranty Work, the dealer pays")).toBe(true);
  });
  it("stays clean: Autohaus Becker, Köln, fragen Sie nach mir", () => {
    expect(clean("Autohaus Becker, Köln, fragen Sie nach mir")).toBe(true);
  });
  it("stays clean: Frohe Ostern, frag nach mir", () => {
    expect(clean("Frohe Ostern, frag nach mir")).toBe(true);
  });
  it("stays clean: Buona Sera, chiedi di me alla cassa", () => {
    expect(clean("Buona Sera, chiedi di me alla cassa")).toBe(true);
  });
  it("stays clean: Thomas Müller hat angerufen. Frag nach mir", () => {
    expect(clean("Thomas Müller hat angerufen. Frag nach mir")).toBe(true);
  });
  // ASK_FOR_ME_ABROAD: a place opening on a listed first name (Maria Auxiliadora) (clean at main) — fixed after the review
  it("stays clean: Maria Auxiliadora, Sevilla, pregunta por mí en la puerta", () => {
    expect(clean("Maria Auxiliadora, Sevilla, pregunta por mí en la puerta")).toBe(true);
  });
  it("stays clean: CHECK ENGINE LIGHT", () => {
    expect(clean("CHECK ENGINE LIGHT")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: ZOE INTENS", () => {
    expect(clean("ZOE INTENS")).toBe(true);
  });
  it("stays clean: FABIA MONTE CARLO", () => {
    expect(clean("FABIA MONTE CARLO")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: LUCAS CAV", () => {
    expect(clean("LUCAS CAV")).toBe(true);
  });
  it("stays clean: HANS PRIES", () => {
    expect(clean("HANS PRIES")).toBe(true);
  });
  it("stays clean: HARLEY DAVIDSON", () => {
    expect(clean("HARLEY DAVIDSON")).toBe(true);
  });
  it("stays clean: LEON CUPRA", () => {
    expect(clean("LEON CUPRA")).toBe(true);
  });
  it("stays clean: ADAM GLAM", () => {
    expect(clean("ADAM GLAM")).toBe(true);
  });
  it("stays clean: FEBI BILSTEIN", () => {
    expect(clean("FEBI BILSTEIN")).toBe(true);
  });
  it("stays clean: MEYLE HD", () => {
    expect(clean("MEYLE HD")).toBe(true);
  });
  it("stays clean: E-G-R  V-A-L-V-E", () => {
    expect(clean("E-G-R  V-A-L-V-E")).toBe(true);
  });
  it("stays clean: L-U-C-A-S  C-A-V", () => {
    expect(clean("L-U-C-A-S  C-A-V")).toBe(true);
  });
  it("stays clean: S-R-S  L-I-G-H-T", () => {
    expect(clean("S-R-S  L-I-G-H-T")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: CARROLL SHELBY", () => {
    expect(clean("CARROLL SHELBY")).toBe(true);
  });
  it("stays clean: ELISE SPRINT", () => {
    expect(clean("ELISE SPRINT")).toBe(true);
  });
  it("stays clean: DELTA INTEGRALE", () => {
    expect(clean("DELTA INTEGRALE")).toBe(true);
  });
  it("stays clean: MARTIN BRAKES, that's me", () => {
    expect(clean("MARTIN BRAKES, that's me")).toBe(true);
  });
  it("stays clean: use DOT 4 fluid at the next service, not DOT 3", () => {
    expect(clean("use DOT 4 fluid at the next service, not DOT 3")).toBe(true);
  });
  it("stays clean: the tyre dot code at the sidewall says 2319", () => {
    expect(clean("the tyre dot code at the sidewall says 2319")).toBe(true);
  });
  it("stays clean: line up the white dot at the top of the cam gear with the mark", () => {
    expect(clean("line up the white dot at the top of the cam gear with the mark")).toBe(true);
  });
  it("stays clean: the red dot today was flashing at idle", () => {
    expect(clean("the red dot today was flashing at idle")).toBe(true);
  });
  it("stays clean: that yellow dot works like a warning, it blinks at 3000 rpm", () => {
    expect(clean("that yellow dot works like a warning, it blinks at 3000 rpm")).toBe(true);
  });
  it("stays clean: put a dot of paint at each bolt head so we know it's torqued", () => {
    expect(clean("put a dot of paint at each bolt head so we know it's torqued")).toBe(true);
  });
  it("stays clean: the at sign key on the booking form is greyed out", () => {
    expect(clean("the at sign key on the booking form is greyed out")).toBe(true);
  });
  it("stays clean: ek is by die werk tot vyf, bring die bakkie more", () => {
    expect(clean("ek is by die werk tot vyf, bring die bakkie more")).toBe(true);
  });
  it("stays clean: die lekkasie is by die oliepan, nie by die ratkas nie", () => {
    expect(clean("die lekkasie is by die oliepan, nie by die ratkas nie")).toBe(true);
  });
  it("stays clean: koop die onderdele by Midas of Goldwagen, die prys is R1500 punt", () => {
    expect(clean("koop die onderdele by Midas of Goldwagen, die prys is R1500 punt")).toBe(true);
  });
  it("stays clean: ons staan by Engen op die N1, die battery is pap", () => {
    expect(clean("ons staan by Engen op die N1, die battery is pap")).toBe(true);
  });
  it("stays clean: ek het die filter by takealot punt com bestel", () => {
    expect(clean("ek het die filter by takealot punt com bestel")).toBe(true);
  });
  it("stays clean: laat die sleutels by ontvangs, punt", () => {
    expect(clean("laat die sleutels by ontvangs, punt")).toBe(true);
  });
  it("stays clean: đèn chấm than màu vàng sáng, xe Vios 2018", () => {
    expect(clean("đèn chấm than màu vàng sáng, xe Vios 2018")).toBe(true);
  });
  it("stays clean: cái a còng trên bàn phím bị hỏng nên em không gõ được", () => {
    expect(clean("cái a còng trên bàn phím bị hỏng nên em không gõ được")).toBe(true);
  });
  it("stays clean: xe em bị chảy dầu, giá 500 nghìn chấm 5 triệu à?", () => {
    expect(clean("xe em bị chảy dầu, giá 500 nghìn chấm 5 triệu à?")).toBe(true);
  });
  it("stays clean: ROSS TECH", () => {
    expect(clean("ROSS TECH")).toBe(true);
  });
  it("stays clean: DEAN MOTORS", () => {
    expect(clean("DEAN MOTORS")).toBe(true);
  });
  it("stays clean: NOEL BRAKE", () => {
    expect(clean("NOEL BRAKE")).toBe(true);
  });
  it("stays clean: MORGAN AERO", () => {
    expect(clean("MORGAN AERO")).toBe(true);
  });
  it("stays clean: ALFA GIULIA", () => {
    expect(clean("ALFA GIULIA")).toBe(true);
  });
  it("stays clean: KIA CEED", () => {
    expect(clean("KIA CEED")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: CLIO RENAULTSPORT", () => {
    expect(clean("CLIO RENAULTSPORT")).toBe(true);
  });
  it("stays clean: JAZZ HYBRID", () => {
    expect(clean("JAZZ HYBRID")).toBe(true);
  });
  it("stays clean: NISMO", () => {
    expect(clean("NISMO")).toBe(true);
  });
  it("stays clean: GRACE HYBRID", () => {
    expect(clean("GRACE HYBRID")).toBe(true);
  });
  it("stays clean: OLIVER TRACTOR", () => {
    expect(clean("OLIVER TRACTOR")).toBe(true);
  });
  it("stays clean: DENSO PLUG", () => {
    expect(clean("DENSO PLUG")).toBe(true);
  });
  it("stays clean: BREMBO CALIPER", () => {
    expect(clean("BREMBO CALIPER")).toBe(true);
  });
  it("stays clean: MAGNETI MARELLI", () => {
    expect(clean("MAGNETI MARELLI")).toBe(true);
  });
  it("stays clean: VALEO CLUTCH", () => {
    expect(clean("VALEO CLUTCH")).toBe(true);
  });
  it("stays clean: LIQUI MOLY", () => {
    expect(clean("LIQUI MOLY")).toBe(true);
  });
  it("stays clean: JAMES BOND", () => {
    expect(clean("JAMES BOND")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: MICHAEL SCHUMACHER", () => {
    expect(clean("MICHAEL SCHUMACHER")).toBe(true);
  });
  it("stays clean: LEWIS HAMILTON", () => {
    expect(clean("LEWIS HAMILTON")).toBe(true);
  });
  // the whole-message capitals rule: a first name then a non-English word (model trim, part brand, famous name) (clean at main) — fixed after the review
  it("stays clean: ANTON PILLER", () => {
    expect(clean("ANTON PILLER")).toBe(true);
  });
  it("stays clean: MARCO POLO", () => {
    expect(clean("MARCO POLO")).toBe(true);
  });
  it("stays clean: Owner: Westpac\nPhone: bank line", () => {
    expect(clean("Owner: Westpac\nPhone: bank line")).toBe(true);
  });
  it("stays clean: Owner: Orix Australia\nMobile: see fleet card\nCar: Hiace", () => {
    expect(clean("Owner: Orix Australia\nMobile: see fleet card\nCar: Hiace")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Customer name: Thrifty Rentals\nPhone: on account", () => {
    expect(clean("Customer name: Thrifty Rentals\nPhone: on account")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Owner: Europcar Belgium\nPhone: branch", () => {
    expect(clean("Owner: Europcar Belgium\nPhone: branch")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Policyholder: Budget Direct\nEmail: on the claim", () => {
    expect(clean("Policyholder: Budget Direct\nEmail: on the claim")).toBe(true);
  });
  it("stays clean: Owner: Macquarie Leasing\nPhone: on file", () => {
    expect(clean("Owner: Macquarie Leasing\nPhone: on file")).toBe(true);
  });
  it("stays clean: Owner: Lease Plan\nCar: Corolla", () => {
    expect(clean("Owner: Lease Plan\nCar: Corolla")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Contact person: Head Office\nPhone: switchboard", () => {
    expect(clean("Contact person: Head Office\nPhone: switchboard")).toBe(true);
  });
  it("stays clean: Owner: Pty Ltd\nPhone: n/a", () => {
    expect(clean("Owner: Pty Ltd\nPhone: n/a")).toBe(true);
  });
  // flagged at main too (both); branch both
  it.fails("stays clean: Customer: Ford Credit\nEmail: collections", () => {
    expect(clean("Customer: Ford Credit\nEmail: collections")).toBe(true);
  });
  // the PERSON_FIELD form rule: a firm/leasing value (Santander Consumer, Europcar Belgium, Lease Plan, Trust, Syarikat) with a channel field is taken as a person (clean at main) — fixed after the review
  it("stays clean: Nama: Syarikat Maju\nNo Tel: pejabat", () => {
    expect(clean("Nama: Syarikat Maju\nNo Tel: pejabat")).toBe(true);
  });
  it("stays clean: Nama: Proton Persona\nNo HP: tiada", () => {
    expect(clean("Nama: Proton Persona\nNo HP: tiada")).toBe(true);
  });
  it("stays clean: la facture au nom de Renault Trucks svp", () => {
    expect(clean("la facture au nom de Renault Trucks svp")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: a nombre de Mapfre Seguros, es el siniestro", () => {
    expect(clean("a nombre de Mapfre Seguros, es el siniestro")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: auf den Namen Allianz Versicherung, die zahlen", () => {
    expect(clean("auf den Namen Allianz Versicherung, die zahlen")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: op naam van Lease Plan Nederland graag", () => {
    expect(clean("op naam van Lease Plan Nederland graag")).toBe(true);
  });
  // flagged at main too (app only); branch both
  it.fails("stays clean: em nome de Banco Itau, o carro é financiado", () => {
    expect(clean("em nome de Banco Itau, o carro é financiado")).toBe(true);
  });
  // the document-name rule ('a nombre de', 'op naam van'...): firmNamed does not know insurers/banks/foreign firm words (clean at main) — fixed after the review
  it("stays clean: a nome di Poste Italiane, la flotta", () => {
    expect(clean("a nome di Poste Italiane, la flotta")).toBe(true);
  });
  it("stays clean: au nom de la Mutuelle Générale", () => {
    expect(clean("au nom de la Mutuelle Générale")).toBe(true);
  });
  // 'sign the report as' + two capitalised words (a status, not a name) (clean at main) — fixed after the review
  it("stays clean: sign the report as Roadworthy Certified", () => {
    expect(clean("sign the report as Roadworthy Certified")).toBe(true);
  });
  it("stays clean: sign it off as Customer Declined", () => {
    expect(clean("sign it off as Customer Declined")).toBe(true);
  });
  it("stays clean: Hallo Zusammen hier, der Golf läuft wieder", () => {
    expect(clean("Hallo Zusammen hier, der Golf läuft wieder")).toBe(true);
  });
  // the 'X here' signature rule with 'hier/aqui' accepts any name opening on a listed first name (famous driver, double first name) (clean at main) — fixed after the review
  it("stays clean: Anna Lena hier, nur kurz: der Termin passt", () => {
    expect(clean("Anna Lena hier, nur kurz: der Termin passt")).toBe(true);
  });
  it("stays clean: Lewis Hamilton hier haha, nee, maar de Polo rijdt weer", () => {
    expect(clean("Lewis Hamilton hier haha, nee, maar de Polo rijdt weer")).toBe(true);
  });
  // the 'X here' signature rule with 'hier/aqui' accepts any name opening on a listed first name (famous driver, double first name) (clean at main) — fixed after the review
  it("stays clean: Carlos Sainz aqui, broma, el Ibiza ya va bien", () => {
    expect(clean("Carlos Sainz aqui, broma, el Ibiza ya va bien")).toBe(true);
  });
  it("stays clean: Saludos, Autos Hermanos Garcia", () => {
    expect(clean("Saludos, Autos Hermanos Garcia")).toBe(true);
  });
  it("stays clean: Groeten, Garage Jansen & Zn", () => {
    expect(clean("Groeten, Garage Jansen & Zn")).toBe(true);
  });
  it("stays clean: Cumprimentos, Auto Reparadora Silva", () => {
    expect(clean("Cumprimentos, Auto Reparadora Silva")).toBe(true);
  });
  it("stays clean: Saluti, Officina Meccanica Russo", () => {
    expect(clean("Saluti, Officina Meccanica Russo")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: S pozdravem, Autoservis Kolín", () => {
    expect(clean("S pozdravem, Autoservis Kolín")).toBe(true);
  });
  // SIGN_OFFS_ABROAD signature rule: a business word abroad (Bandenservice, Autoschade, Neumáticos, Pneuservis, Autoservis, Otomotiv, Oto Servis) is not in DEPARTMENT/BUSINESS_WORD (clean at main) — fixed after the review
  it("stays clean: Saygılarımla, Usta Oto Servis", () => {
    expect(clean("Saygılarımla, Usta Oto Servis")).toBe(true);
  });
  it("stays clean: Saludos desde Valencia, Carlos", () => {
    expect(clean("Saludos desde Valencia, Carlos")).toBe(true);
  });
  it("stays clean: Groeten uit Friesland", () => {
    expect(clean("Groeten uit Friesland")).toBe(true);
  });
  it("stays clean: ek sal by die garage wees om agt punt, nie later nie", () => {
    expect(clean("ek sal by die garage wees om agt punt, nie later nie")).toBe(true);
  });
  it("stays clean: ek werk by Toyota punt, maar die bakkie is n Ford", () => {
    expect(clean("ek werk by Toyota punt, maar die bakkie is n Ford")).toBe(true);
  });
  it("stays clean: die motor staan by die werkswinkel, punt.", () => {
    expect(clean("die motor staan by die werkswinkel, punt.")).toBe(true);
  });
  it("stays clean: ek het by Checkers geparkeer, punt vyf kilometer van julle af", () => {
    expect(clean("ek het by Checkers geparkeer, punt vyf kilometer van julle af")).toBe(true);
  });
  it("stays clean: đèn báo chấm hỏi trên màn hình là sao anh?", () => {
    expect(clean("đèn báo chấm hỏi trên màn hình là sao anh?")).toBe(true);
  });
  it("stays clean: giá 1 chấm 2 triệu, bao gồm nhớt", () => {
    expect(clean("giá 1 chấm 2 triệu, bao gồm nhớt")).toBe(true);
  });
  it("stays clean: the at sign on the form keeps vanishing, dot is fine though", () => {
    expect(clean("the at sign on the form keeps vanishing, dot is fine though")).toBe(true);
  });
  it("stays clean: the DOT number at the tyre wall is 4521", () => {
    expect(clean("the DOT number at the tyre wall is 4521")).toBe(true);
  });
  it("stays clean: the timing dot at TDC lines up now", () => {
    expect(clean("the timing dot at TDC lines up now")).toBe(true);
  });
  it("stays clean: the spot at the rear dot matrix sign is not lit", () => {
    expect(clean("the spot at the rear dot matrix sign is not lit")).toBe(true);
  });
});
