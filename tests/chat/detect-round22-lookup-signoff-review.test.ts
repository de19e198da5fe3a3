// Round 22 review (review22c): an attacker's sentences against the two candidate commits.
// 3c69290: the sender looked up on other countries' classifieds and directories, a business name
// right after the site, and "thats me" after a site look-up. f5c2978: a full name signed or labelled
// with a title and its full stop, "Yours faithfully", and the formal sign-offs abroad.
// `it.fails.each` lists the gaps: innocents still flagged (a suspended mechanic) and evasions still
// missed. "new:" marks an innocent that was clean at 782f809 (the commit made it flag) or an attack
// the commits newly catch; "old:" an innocent already flagged at 782f809. (Compared with both
// commits applied; the kinds tell them apart: OFF_PLATFORM_REQUEST is 3c69290's, FULL_NAME f5c2978's.)
// Every sentence was written for this file.
import { describe, expect, it } from "vitest";
import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, flaggedBy } from "./detector-helpers.ts";

const RULES = detectionOptionsFor(["autodoctor.app"], "rules");

const clean = (text: string): void => {
  expect(flaggedBy(text, RULES)).toBe(false);
  expect(flaggedBy(text, APPLICATION)).toBe(false);
};
const caught = (text: string): void => {
  expect(flaggedBy(text, RULES)).toBe(true);
  expect(flaggedBy(text, APPLICATION)).toBe(true);
};

describe("3c69290: looked up on a classifieds site or directory abroad", () => {
  it.each([
    "I bought a used alternator on Wallapop, can you fit it on Saturday?",
    "found the wing mirror on Leboncoin for 40 euros, is that the right one?",
    "the seller on Kleinanzeigen said the gearbox was rebuilt last year",
    "my Golf was bought on Subito two years ago, no service book",
    "I saw a review of your garage on Pages Jaunes, very good",
    "I found your workshop on Pagine Gialle, do you do a tagliando?",
    "the Gelbe Seiten listing for the dealer says they close at 6",
    "search leboncoin for a Peugeot 208 bumper. it's me again, did you get my photo?",
    "j'ai trouvé le pare-choc sur leboncoin, vous pouvez le monter ?",
    "ich habe die Felgen bei ebay Kleinanzeigen gekauft, passen die?",
    "compré el faro en Wallapop, ¿me lo puedes montar?",
    "the Carousell seller says the headlamp fits a 2016 Jazz",
    "my doctor found his Jazz on Carousell, same model as mine",
    "my brother sells spare parts on Trade Me",
    "is Trade Me any good for buying tyres?",
    "the listing on Leboncoin was from Garage Martin Auto, a dealer in Lyon",
    "I searched Kleinanzeigen for a turbo and found one, that's my job done",
    "my wife looked on Carousell for a baby seat, that's us all set",
    "look on Pages Jaunes, that's where I found you",
    "I'll check Subito for a bumper, if nobody has one that's me out of luck", // new, now clean: 3c69290 tightened (review22c)
    "look on Kleinanzeigen for a cheap Passat, if it breaks that's me stuck with it", // new, now clean: 3c69290 tightened (review22c)
    "check Carousell for a Jazz headlamp, it's us who pays the shipping anyway", // new, now clean: 3c69290 tightened (review22c)
    "look on trademe for the towbar you recommended, that's us ready to book", // new, now clean: 3c69290 tightened (review22c)
    "cerca su Subito come Officina Bosch Car Service ricambi", // new, now clean: 3c69290 tightened (review22c)
    "Jeremy Clarkson once bought a car off Trade Me, true story", // new, now clean: 3c69290 tightened (review22c)
    "the guy on Gelbe Seiten, Autohaus Becker, quoted me double", // new, now clean: 3c69290 tightened (review22c)
    "check Subito for the Panda price, that's us decided", // new, now clean: 3c69290 tightened (review22c)
    "search Kleinanzeigen for Golf 7 Scheinwerfer, that's what I did", // new, now clean: goods searched on a classifieds site abroad / a seller met there (review22c)
    "the part came from a seller on Wallapop called Recambios García Motor", // new, now clean: goods searched on a classifieds site abroad / a seller met there (review22c)
  ])("leaves clean: %s", clean);

  it.fails.each([
    "search Trade Me for Hilux parts, thats me sorted for the weekend", // old: flagged (rules and app) at 782f809 too
    "google Gelbe Seiten for a locksmith, that's me locked out of the van again", // old: flagged (rules and app) at 782f809 too
    "procura no google Oficina Bosch Car Service mais perto de você", // old: flagged (app only) at 782f809 too
    "busca en Wallapop como Taller Mecánico Express, tienen recambios baratos", // old: flagged (app only) at 782f809 too
    "cherchez sur google Garage Renault Minute le plus proche", // old: flagged (rules and app) at 782f809 too
    "such auf google als Werkstatt ATU Filiale in der Nähe", // old: flagged (rules and app) at 782f809 too
    "mi cugino ha comprato la Panda su Subito.it", // old: flagged (rules and app) at 782f809 too
    "got the bullbar off Trade Me for 200 bucks", // new: flagged by round 23's stage (L2 0.1, threshold 0.85), clean with the rules alone
    "I sold my old Corolla on Trade Me last month", // round 43's refit: flags it as EMAIL (app only)
  ])("wrongly flags (gap): %s", clean);

  it.each([
    "find me on Marktplaats, search for Garage de Vries Utrecht",
    "buscame en wallapop: Taller Ruiz Mecanica", // new: app only at 782f809
    "look me up on OLX as Auto Service Kowalski",
    "search craigslist for the mobile mechanic in Fresno, thats me", // new: missed at 782f809
    "on fb marketplace I'm listed as Mike's Mobile Mechanic",
    "encuéntrame en Wallapop como Taller Ruiz Motor", // new: app only at 782f809
    "procure no OLX por Oficina do Zé Guarulhos",
    "cerca Officina Bianchi Torino su Subito",
    "my shop is on Carousell under Jazz Parts Garage", // new: missed at 782f809
    "look on milanuncios, I'm Taller Ruiz there", // new: missed at 782f809
    "search fb marketplace for Dave's Mobile Mechanics, that's me",
    "cherche sur pagesjaunes Garage Dubois Auto, c'est moi", // new: missed at 782f809
    "trovaci su paginegialle come Carrozzeria Moretti", // new: app only at 782f809
    "search gelbe seiten for Autowerkstatt Becker Köln, das bin ich", // new: app only at 782f809
    "check kleinanzeigen for kfz service yilmaz, thats me", // new: missed at 782f809
    "search Subito for Officina Bianchi, that's mine",
    "find us on Craigslist under Fresno Mobile Auto Repair",
    "buscanos en Milanuncios como Talleres Ruiz", // new: missed at 782f809
    "look on trade me for the guy doing cambelts in Hamilton, thats me", // new: missed at 782f809
    "suche auf kleinanzeigen als KFZ Service Yilmaz", // new: missed at 782f809
    "look up leboncoin for garage dubois auto, that's my shop", // round 53: the search told with the sender's shop said to be the result
  ])("catches: %s", caught);

  it.fails.each([
    "cherche moi sur le bon coin, Garage Dubois Auto",
    "tradme: the Hamilton cambelt guy, thats me",
    "search trade me for hamilton cambelts, that is me",
    "the guy doing brakes on gumtree in Leeds? yeah that's me",
    "cercaci su subito come officina bianchi torino",
    "sucht mal bei Kleinanzeigen nach KFZ Service Yilmaz",
    "look on Gumtree for the mobile tyre fitter in Leeds - me!",
    "busca en milanuncios taller hermanos ruiz",
    "cherchez sur le boncoin comme Garage Dubois Auto",
  ])("misses (gap): %s", caught);
});

describe("f5c2978: a name signed with a title, or after a formal sign-off abroad", () => {
  it.each([
    "Dr. Patel said I shouldn't drive until the stitches are out",
    "Regards, Tom",
    "Thanks, the AutoDoctor Team",
    "Mit freundlichen Grüßen, Ihre Werkstatt",
    "Mit freundlichen Grüßen aus Hamburg",
    "Atentamente, Talleres García",
    "Cordiali saluti, Officina Rossi",
    "Beste Grüße, Autohaus Müller",
    "Mrs. Thatcher was Prime Minister when I bought this Volvo",
    "Cheers, Mr. Bean",
    "Cordialement, l'équipe AutoDoctor",
    "Viele Grüße, Ihr Reifenservice Team",
    "Saludos cordiales, Atención al Cliente",
    "Z poważaniem, Zespół Obsługi Klienta",
    "Cordialement, Jean",
    "it's Sir Stirling Moss who raced this model",
    "Dr. Eleanor Fairweather at the hospital told me not to lift anything",
    "Pozdrawiam, Marek",
    "Atentamente, Dra. Lucía",
    "Best wishes, Prof. Higgins",
    "the claim form was signed by Dr. Ahmed Raza",
    "Viele Grüße, Ihr AutoDoctor Kundendienst",
    "Sincerely, Mr. and Mrs. Howard",
    "Saludos cordiales, Taller Mecánico Hermanos García",
    "Cheers, Uncle Bob Wilson says hi",
    "Kind regards, Dr. Martens Boots lol",
    "Yours faithfully, Mr. Tyre Direct",
    "Mit freundlichen Grüßen, Ihr Team von Reifen Müller",
    "Cordialement, Mme. Dubois Carrosserie",
    "Cordiali saluti, Sig. Rossi",
    "Atentamente, Sra. García",
    "it's Dr. Emily Carter who referred me",
    "Regards, Aunty Jean",
    "Best wishes, Father Christmas",
    "Cheers, Mr. Clutch Autocentres", // new, now clean: f5c2978 tightened (review22c)
    "my insurer's letter ended:\nYours faithfully, Mrs. Helen Graves, Claims Handler", // new, now clean: f5c2978 tightened (review22c)
    "the insurer signed off with Yours faithfully,\nMr. Daniel Okoro", // new, now clean: f5c2978 tightened (review22c)
    "Saludos cordiales, Recambios Martínez", // new, now clean: f5c2978 tightened (review22c)
    "Yours faithfully, Aviva Claims", // new, now clean: f5c2978 tightened (review22c)
    "Mit freundlichen Grüßen, Familie Schneider", // new, now clean: f5c2978 tightened (review22c)
    "Mit freundlichen Grüßen, Dr. Oetker Pizza Werk", // new, now clean: f5c2978 tightened (review22c)
    "Atenciosamente, Oficina Mecânica Central", // old: flagged (app only) at 782f809 too; clean since round 41's second refit
    "Pozdrawiam, Auto Serwis Nowak",
    "it's Father Ted Crilly on the telly, I'll come after",
    "my neighbour Mrs. Jean Clarke has the spare key", // clean since f5c2978 tightened
    "Cordialement, Garage Dupont Automobiles", // old: flagged (app only) at 782f809 too; clean since round 43's refit
  ])("leaves clean: %s", clean);

  it.fails.each([
    "Thanks again, Coach Gary Neville", // old: flagged (rules and app) at 782f809 too
    "Thank you, Sir Elton John", // old: flagged (rules and app) at 782f809 too
    "Thanks, Coach Taylor Made Golf", // old: flagged (rules and app) at 782f809 too
    "my son's teacher, Mrs. Jane Holloway, recommended you", // round 41's retrained stage: flags it as FULL_NAME (app only)
    "we were referred by our GP, thank you Dr. Sarah Okafor", // round 43's refit: flags it as FULL_NAME (app only)
  ])("wrongly flags (gap): %s", clean);

  it.each([
    "Kind regards, Mr Desmond Okafor",
    "Distinti saluti\nGiancarlo Ferretti", // new: missed at 782f809
    "Z poważaniem, Krzysztof Wiśniewski", // new: missed at 782f809
    "Sincerely yours, Mrs. Winifred Ashcombe", // new: missed at 782f809
    "Mit freundlichen Grüßen Hannelore Brechtmann", // new: app only at 782f809
    "Mit freundlichen Grüßen, Herr Jürgen Oberhauser", // new: app only at 782f809
    "Atentamente, Sr. Rodrigo Villaseñor", // new: missed at 782f809
    "Mrs. Winifred Ashcombe", // new: missed at 782f809
    "Kind regards,\nMRS. WINIFRED ASHCOMBE", // new: missed at 782f809
    "Yours faithfully, Dr Margaret Hollingsworth-Pryce", // new: app only at 782f809
    "LG Sabine Krüger", // round 31: introductions-abroad.ts
    "Liebe Grüße, Sabine Krüger", // round 31: introductions-abroad.ts
    "Un saludo, Rodrigo Villaseñor", // round 31: introductions-abroad.ts
    "Saludos, Rodrigo Villasenor", // round 31: introductions-abroad.ts
    "Abraços, João Pereira", // round 31: introductions-abroad.ts
    "Cumprimentos, João Pereira", // round 31: introductions-abroad.ts
    "Bien à vous, Élodie Marchetti", // round 31: introductions-abroad.ts
    "Salutations distinguées, Élodie Marchetti", // round 31: introductions-abroad.ts
    "Saluti, Giancarlo Ferretti", // round 31: introductions-abroad.ts
    "Pozdrawiam serdecznie, Krzysztof Wiśniewski", // round 31: introductions-abroad.ts
    "Cordialmente, Giancarlo Ferretti", // round 31: introductions-abroad.ts
    "Grüße, Torsten Kühnemann", // round 31: introductions-abroad.ts
    "Saudações, João Pereira", // round 31: introductions-abroad.ts
    "MfG, Jürgen Oberhauser", // round 31: introductions-abroad.ts
    "Regards, Dr. Eleanor Fairweather, see you on Monday", // round 32: party-names.ts (a titled name signed)
    "Cordialement, M. Jean-Pierre Lefèvre", // round 32: party-names.ts (a titled name signed)
    "yours faithfully, mrs winifred ashcombe", // round 51: party-names.ts (a lower-case title and name)
  ])("catches: %s", caught);

  it.fails.each([
    "Mit freundlichen Gruessen, Juergen Oberhauser",
    "Respectfully, Col. James Whitmore",
    "Kind regards, Mrs W. Ashcombe",
    "Yrs faithfully, Winifred Ashcombe",
    "yours faithfuly, Winifred Ashcombe",
    "Atentamente: Rodrigo Villaseñor Gómez",
    "pozdrawiam krzysztof wisniewski",
  ])("misses (gap): %s", caught);
});
