// Round 28 review of branch fp28 (false-positive fixes), the reviewer's own sentences, none from the corpus.
// Right = for the rules (DEFAULT_DETECTION_OPTIONS) and the application (rules + trained stage): an innocent is not flagged,
// an attack is flagged with every letter and digit of its detail masked. it.fails: the branch gets it wrong (comment: why).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[]): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("round 28 review: innocents", () => {
  it("[road] stays clean: check kba.de/DE/Home for the Rückruf on your Golf", () => {
    expect(clean("check kba.de/DE/Home for the Rückruf on your Golf")).toBe(true);
  });
  it("[road] stays clean: is your APK still valid? look it up on rdw.nl with your kenteken", () => {
    expect(clean("is your APK still valid? look it up on rdw.nl with your kenteken")).toBe(true);
  });
  it("[road] stays clean: ncts.ie shows my car's NCT is due in June, can you do the pre-check?", () => {
    expect(clean("ncts.ie shows my car's NCT is due in June, can you do the pre-check?")).toBe(true);
  });
  it("[road] stays clean: my NCT is booked via ncts.ie for the 14th, can you fix the brake light before?", () => {
    expect(clean("my NCT is booked via ncts.ie for the 14th, can you fix the brake light before?")).toBe(true);
  });
  it("[road] stays clean: dgt.es dice que mi coche tiene etiqueta C, vale para Madrid?", () => {
    expect(clean("dgt.es dice que mi coche tiene etiqueta C, vale para Madrid?")).toBe(true);
  });
  it("[road] stays clean: the Swiss rules on astra.admin.ch say winter tyres aren't mandatory", () => {
    expect(clean("the Swiss rules on astra.admin.ch say winter tyres aren't mandatory")).toBe(true);
  });
  it("[road] stays clean: traficom.fi says the katsastus is overdue, can you take it Monday?", () => {
    expect(clean("traficom.fi says the katsastus is overdue, can you take it Monday?")).toBe(true);
  });
  it("[road] stays clean: vegvesen.no/kjoretoy says EU-kontroll frist 30.06", () => {
    expect(clean("vegvesen.no/kjoretoy says EU-kontroll frist 30.06")).toBe(true);
  });
  it("[road] stays clean: the ANWB pechhulp (anwb.nl) towed it to you yesterday", () => {
    expect(clean("the ANWB pechhulp (anwb.nl) towed it to you yesterday")).toBe(true);
  });
  it("[road] stays clean: ÖAMTC test on oeamtc.at rated these tyres gut", () => {
    expect(clean("ÖAMTC test on oeamtc.at rated these tyres gut")).toBe(true);
  });
  it("[road] stays clean: aci.it ha la tabella dei costi chilometrici", () => {
    expect(clean("aci.it ha la tabella dei costi chilometrici")).toBe(true);
  });
  it("[road] stays clean: RACC (racc.es) me dio el remolque gratis hasta tu taller", () => {
    expect(clean("RACC (racc.es) me dio el remolque gratis hasta tu taller")).toBe(true);
  });
  it("[road] stays clean: I'm a member of theaa.ie, they said bring it to a garage", () => {
    expect(clean("I'm a member of theaa.ie, they said bring it to a garage")).toBe(true);
  });
  it("[road] stays clean: aa.co.nz says the WOF is due, can you do it Friday?", () => {
    expect(clean("aa.co.nz says the WOF is due, can you do it Friday?")).toBe(true);
  });
  it("[road] stays clean: the RTMC site rtmc.co.za has the roadworthy rules", () => {
    expect(clean("the RTMC site rtmc.co.za has the roadworthy rules")).toBe(true);
  });
  it("[road] stays clean: imt-ip.pt diz que a inspeção é até dia 20", () => {
    expect(clean("imt-ip.pt diz que a inspeção é até dia 20")).toBe(true);
  });
  it("[road] stays clean: fstyr.dk har syn-datoen for bilen", () => {
    expect(clean("fstyr.dk har syn-datoen for bilen")).toBe(true);
  });
  it("[road] stays clean: TCS tcs.ch hat den Test der Winterreifen", () => {
    expect(clean("TCS tcs.ch hat den Test der Winterreifen")).toBe(true);
  });
  it("[road] stays clean: my insurer wants the Thatcham cert, thatcham.org lists the category", () => {
    expect(clean("my insurer wants the Thatcham cert, thatcham.org lists the category")).toBe(true);
  });
  it("[road] stays clean: rsa.ie/road-safety has the tyre tread rules", () => {
    expect(clean("rsa.ie/road-safety has the tyre tread rules")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: ECU hardware number 0 261 208 252, can you source one?", () => {
    expect(clean("ECU hardware number 0 261 208 252, can you source one?")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: hardware number: 0281 010 302, software number 1037 366 720", () => {
    expect(clean("hardware number: 0281 010 302, software number 1037 366 720")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: the cert number 0412 8830 19 is on the gas certificate", () => {
    expect(clean("the cert number 0412 8830 19 is on the gas certificate")).toBe(true);
  });
  it("[phone] stays clean: MOT cert number 8830 4421 9017, it passed", () => {
    expect(clean("MOT cert number 8830 4421 9017, it passed")).toBe(true);
  });
  it("[phone] stays clean: NCT cert no. 2291 7745 0312 on the windscreen disc", () => {
    expect(clean("NCT cert no. 2291 7745 0312 on the windscreen disc")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: the roadworthy certificate number is 0412 3308", () => {
    expect(clean("the roadworthy certificate number is 0412 3308")).toBe(true);
  });
  // phone: flagged PHONE (rules) / PHONE (app) on the branch, flagged on main too
  it.fails("[phone] stays clean: Gas Safe cert number 0770 0900 123 is on the CP12", () => {
    expect(clean("Gas Safe cert number 0770 0900 123 is on the CP12")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: ECU hardware number 0261S04398 - do you have that one?", () => {
    expect(clean("ECU hardware number 0261S04398 - do you have that one?")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: the calibration certificate number 04 1255 5873 for the dyno", () => {
    expect(clean("the calibration certificate number 04 1255 5873 for the dyno")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: the conformity cert number is 087 1234 567 on the COC", () => {
    expect(clean("the conformity cert number is 087 1234 567 on the COC")).toBe(true);
  });
  it("[refuse] stays clean: nao vou pagar fora do app, nem pensar", () => {
    expect(clean("nao vou pagar fora do app, nem pensar")).toBe(true);
  });
  it("[refuse] stays clean: Nao aceito fazer fora do app, tudo pelo AutoDoctor", () => {
    expect(clean("Nao aceito fazer fora do app, tudo pelo AutoDoctor")).toBe(true);
  });
  // refuse: flagged OFF_PLATFORM_DEAL (rules) / OFF_PLATFORM_DEAL (app) on the branch, flagged on main too
  it.fails("[refuse] stays clean: eu nao quero pagar por fora do app, prefiro a garantia", () => {
    expect(clean("eu nao quero pagar por fora do app, prefiro a garantia")).toBe(true);
  });
  it("[refuse] stays clean: non voglio pagare fuori dall'app, grazie", () => {
    expect(clean("non voglio pagare fuori dall'app, grazie")).toBe(true);
  });
  // refuse: flagged OFF_PLATFORM_DEAL (rules) / OFF_PLATFORM_DEAL (app) on the branch, flagged on main too
  it.fails("[refuse] stays clean: Non accetto pagamenti fuori dall'app", () => {
    expect(clean("Non accetto pagamenti fuori dall'app")).toBe(true);
  });
  it("[refuse] stays clean: je ne veux pas payer hors de l'appli, désolé", () => {
    expect(clean("je ne veux pas payer hors de l'appli, désolé")).toBe(true);
  });
  it("[refuse] stays clean: Je ne règle jamais hors de l'application", () => {
    expect(clean("Je ne règle jamais hors de l'application")).toBe(true);
  });
  it("[refuse] stays clean: ich zahle nicht ohne die App, tut mir leid", () => {
    expect(clean("ich zahle nicht ohne die App, tut mir leid")).toBe(true);
  });
  it("[refuse] stays clean: Ich möchte nichts ohne die App machen", () => {
    expect(clean("Ich möchte nichts ohne die App machen")).toBe(true);
  });
  it("[refuse] stays clean: Nein danke, ich zahle nicht ohne die App", () => {
    expect(clean("Nein danke, ich zahle nicht ohne die App")).toBe(true);
  });
  it("[refuse] stays clean: nao faco nada fora do app", () => {
    expect(clean("nao faco nada fora do app")).toBe(true);
  });
  it("[refuse] stays clean: non faccio niente fuori dall'app", () => {
    expect(clean("non faccio niente fuori dall'app")).toBe(true);
  });
  it("[refuse] stays clean: je ne paie rien hors de l'appli", () => {
    expect(clean("je ne paie rien hors de l'appli")).toBe(true);
  });
  it("[refuse] stays clean: não vou fechar fora do app, desculpa", () => {
    expect(clean("não vou fechar fora do app, desculpa")).toBe(true);
  });
  // refuse: flagged OFF_PLATFORM_DEAL (rules) / OFF_PLATFORM_DEAL (app) on the branch, flagged on main too
  it.fails("[refuse] stays clean: Eu não pago por fora do app, só pelo app", () => {
    expect(clean("Eu não pago por fora do app, só pelo app")).toBe(true);
  });
  it("[greet] stays clean: Guten Abend\nist der Wagen fertig?", () => {
    expect(clean("Guten Abend\nist der Wagen fertig?")).toBe(true);
  });
  it("[greet] stays clean: Buenas Tardes\n¿cuándo puedo recoger el coche?", () => {
    expect(clean("Buenas Tardes\n¿cuándo puedo recoger el coche?")).toBe(true);
  });
  it("[greet] stays clean: Bom Dia\no carro já está pronto?", () => {
    expect(clean("Bom Dia\no carro já está pronto?")).toBe(true);
  });
  it("[greet] stays clean: Buona Sera\nla macchina è pronta?", () => {
    expect(clean("Buona Sera\nla macchina è pronta?")).toBe(true);
  });
  it("[greet] stays clean: Bonne Soirée\nmerci pour la réparation", () => {
    expect(clean("Bonne Soirée\nmerci pour la réparation")).toBe(true);
  });
  it("[greet] stays clean: Dobry Wieczór\nczy auto jest gotowe?", () => {
    expect(clean("Dobry Wieczór\nczy auto jest gotowe?")).toBe(true);
  });
  it("[greet] stays clean: Frohe Ostern\nwann kann ich das Auto holen?", () => {
    expect(clean("Frohe Ostern\nwann kann ich das Auto holen?")).toBe(true);
  });
  it("[greet] stays clean: Goede Middag\nis de auto klaar?", () => {
    expect(clean("Goede Middag\nis de auto klaar?")).toBe(true);
  });
  it("[greet] stays clean: Buen Día\nya está listo el auto?", () => {
    expect(clean("Buen Día\nya está listo el auto?")).toBe(true);
  });
  it("[greet] stays clean: Dydd Gwener\nI'll collect the car then", () => {
    expect(clean("Dydd Gwener\nI'll collect the car then")).toBe(true);
  });
  it("[greet] stays clean: Boa Noite\nobrigado pelo serviço", () => {
    expect(clean("Boa Noite\nobrigado pelo serviço")).toBe(true);
  });
  it("[first] stays clean: I'd rather not give my surname, first name Aisha is fine for the booking", () => {
    expect(clean("I'd rather not give my surname, first name Aisha is fine for the booking")).toBe(true);
  });
  it("[first] stays clean: surname withheld for privacy, first name Tomasz", () => {
    expect(clean("surname withheld for privacy, first name Tomasz")).toBe(true);
  });
  it("[first] stays clean: no last name please, first name is Priya", () => {
    expect(clean("no last name please, first name is Priya")).toBe(true);
  });
  it("[first] stays clean: the app only shows my first name Chidi, is a surname needed for the invoice?", () => {
    expect(clean("the app only shows my first name Chidi, is a surname needed for the invoice?")).toBe(true);
  });
  it("[reg] stays clean: volvocars.com/uk/owners, enter your reg number for the recall", () => {
    expect(clean("volvocars.com/uk/owners, enter your reg number for the recall")).toBe(true);
  });
  it("[reg] stays clean: hyundaiusa.com recall page: enter your VIN number", () => {
    expect(clean("hyundaiusa.com recall page: enter your VIN number")).toBe(true);
  });
  it("[reg] stays clean: mitsubishi-motors.com.au has a recall check, put your rego number in", () => {
    expect(clean("mitsubishi-motors.com.au has a recall check, put your rego number in")).toBe(true);
  });
  it("[reg] stays clean: toyota-europe.com service history, enter your licence plate number", () => {
    expect(clean("toyota-europe.com service history, enter your licence plate number")).toBe(true);
  });
  it("[reg] stays clean: nissan-global.com, type your chassis number to check the campaign", () => {
    expect(clean("nissan-global.com, type your chassis number to check the campaign")).toBe(true);
  });
  it("[refuse] stays clean: Ich werde nicht ohne die App zahlen", () => {
    expect(clean("Ich werde nicht ohne die App zahlen")).toBe(true);
  });
  it("[refuse] stays clean: Nee, ich zahle garantiert nicht ohne die App", () => {
    expect(clean("Nee, ich zahle garantiert nicht ohne die App")).toBe(true);
  });
  // refuse: flagged OFF_PLATFORM_DEAL (rules) / OFF_PLATFORM_DEAL (app) on the branch, flagged on main too
  it.fails("[refuse] stays clean: Non pagherò fuori dall'app, mai", () => {
    expect(clean("Non pagherò fuori dall'app, mai")).toBe(true);
  });
  it("[refuse] stays clean: Je ne payerai pas hors de l'appli", () => {
    expect(clean("Je ne payerai pas hors de l'appli")).toBe(true);
  });
  // refuse: flagged OFF_PLATFORM_DEAL (rules) / OFF_PLATFORM_DEAL (app) on the branch, flagged on main too
  it.fails("[refuse] stays clean: Wir zahlen nicht ohne die App, danke", () => {
    expect(clean("Wir zahlen nicht ohne die App, danke")).toBe(true);
  });
  it("[refuse] stays clean: nao pago nada fora do app", () => {
    expect(clean("nao pago nada fora do app")).toBe(true);
  });
  it("[greet] stays clean: Dzień dobry Anna Nowak, is my car ready?", () => {
    expect(clean("Dzień dobry Anna Nowak, is my car ready?")).toBe(true);
  });
  it("[greet] stays clean: Buenos días Lucía Fernández, ¿está listo el coche?", () => {
    expect(clean("Buenos días Lucía Fernández, ¿está listo el coche?")).toBe(true);
  });
  it("[greet] stays clean: Bom dia\nQueria saber do orçamento", () => {
    expect(clean("Bom dia\nQueria saber do orçamento")).toBe(true);
  });
  it("[road] stays clean: the aa.co.za roadworthy checklist says the wipers fail", () => {
    expect(clean("the aa.co.za roadworthy checklist says the wipers fail")).toBe(true);
  });
  // road: flagged - (rules) / SOCIAL_HANDLE (app) on the branch, flagged on main too
  it.fails("[road] stays clean: anwb.nl/auto/apk explains what the APK checks", () => {
    expect(clean("anwb.nl/auto/apk explains what the APK checks")).toBe(true);
  });
  // phone: 'hardware/cert(ificate) number' dropped as an identifier's label (round 28 review: 'certificate number 0171 2345678 - ruf an' is a phone); a 10-digit-like number after it reads as a phone
  it.fails("[phone] stays clean: the EV charger's cert number 0412 777 301 is on the install sheet", () => {
    expect(clean("the EV charger's cert number 0412 777 301 is on the install sheet")).toBe(true);
  });
});

describe("round 28 review: attacks", () => {
  it("[road] catches: my page is anwb.nl/garages/autobedrijf-de-vries, call me from there", () => {
    expect(caught("my page is anwb.nl/garages/autobedrijf-de-vries, call me from there", ["anwb.nl/garages/autobedrijf-de-vries"])).toBe(true);
  });
  // road (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[road] catches: find my workshop on theaa.ie/garage-finder/kellys-motors-cork and ring the number there", () => {
    expect(caught("find my workshop on theaa.ie/garage-finder/kellys-motors-cork and ring the number there", ["theaa.ie/garage-finder/kellys-motors-cork"])).toBe(true);
  });
  it("[road] catches: we're listed at aa.co.nz/garages/smith-auto-hamilton, book direct with us there", () => {
    expect(caught("we're listed at aa.co.nz/garages/smith-auto-hamilton, book direct with us there", ["aa.co.nz/garages/smith-auto-hamilton"])).toBe(true);
  });
  it("[road] catches: my number's on anwb.nl/wegenwacht/jan-de-vries", () => {
    expect(caught("my number's on anwb.nl/wegenwacht/jan-de-vries", ["anwb.nl/wegenwacht/jan-de-vries"])).toBe(true);
  });
  it("[road] catches: dm me via forum.anwb.nl/members/jansen_garage", () => {
    expect(caught("dm me via forum.anwb.nl/members/jansen_garage", ["forum.anwb.nl/members/jansen_garage"])).toBe(true);
  });
  it("[road] catches: contact me at https://rdw.nl@jansgarage.nl", () => {
    expect(caught("contact me at https://rdw.nl@jansgarage.nl", ["jansgarage.nl"])).toBe(true);
  });
  it("[road] catches: my shop's page: touring.be/fr/garages/garage-dubois-liege - book there, cheaper than the app", () => {
    expect(caught("my shop's page: touring.be/fr/garages/garage-dubois-liege - book there, cheaper than the app", ["touring.be/fr/garages/garage-dubois-liege"])).toBe(true);
  });
  it("[road] catches: aci.it/officine/officina-rossi-milano è la mia officina, chiamami da lì", () => {
    expect(caught("aci.it/officine/officina-rossi-milano è la mia officina, chiamami da lì", ["aci.it/officine/officina-rossi-milano"])).toBe(true);
  });
  // road (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[road] catches: racc.es/talleres/taller-garcia es mi taller, reserva ahí directamente", () => {
    expect(caught("racc.es/talleres/taller-garcia es mi taller, reserva ahí directamente", ["racc.es/talleres/taller-garcia"])).toBe(true);
  });
  // road (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[road] catches: tcs.ch/de/garage/autohaus-meier ist meine Garage, meld dich dort direkt", () => {
    expect(caught("tcs.ch/de/garage/autohaus-meier ist meine Garage, meld dich dort direkt", ["tcs.ch/de/garage/autohaus-meier"])).toBe(true);
  });
  // road (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[road] catches: oeamtc.at/werkstatt/kfz-huber, das ist meine Werkstatt, ruf dort an", () => {
    expect(caught("oeamtc.at/werkstatt/kfz-huber, das ist meine Werkstatt, ruf dort an", ["oeamtc.at/werkstatt/kfz-huber"])).toBe(true);
  });
  it("[road] catches: email me: jan.devries@anwb.nl", () => {
    expect(caught("email me: jan.devries@anwb.nl", ["jan.devries@anwb.nl"])).toBe(true);
  });
  it("[road] catches: my site: aa.co.za/approved/jacobs-auto - whatsapp me from the contact form there", () => {
    expect(caught("my site: aa.co.za/approved/jacobs-auto - whatsapp me from the contact form there", ["aa.co.za/approved/jacobs-auto"])).toBe(true);
  });
  it("[road] catches: anwb.nl/pechhulp/garage-bakker is my business page, skip the app and message me there", () => {
    expect(caught("anwb.nl/pechhulp/garage-bakker is my business page, skip the app and message me there", ["anwb.nl/pechhulp/garage-bakker"])).toBe(true);
  });
  it("[road] catches: book with me directly: dgt.es/taller/taller-perez", () => {
    expect(caught("book with me directly: dgt.es/taller/taller-perez", ["dgt.es/taller/taller-perez"])).toBe(true);
  });
  it("[road] catches: my number is on my listing at theaa.ie/garages/murphy-motors, use that instead", () => {
    expect(caught("my number is on my listing at theaa.ie/garages/murphy-motors, use that instead", ["theaa.ie/garages/murphy-motors"])).toBe(true);
  });
  it("[phone] catches: hardware number 087 123 4567 - that's my mobile actually, text me", () => {
    expect(caught("hardware number 087 123 4567 - that's my mobile actually, text me", ["087 123 4567"])).toBe(true);
  });
  it("[phone] catches: cert number: 0412 555 873 ring it after 5", () => {
    expect(caught("cert number: 0412 555 873 ring it after 5", ["0412 555 873"])).toBe(true);
  });
  it("[phone] catches: my cert number is 07700 900123 haha, use it on whatsapp", () => {
    expect(caught("my cert number is 07700 900123 haha, use it on whatsapp", ["07700 900123"])).toBe(true);
  });
  it("[phone] catches: hardware number 06 1234 5678 (bel me)", () => {
    expect(caught("hardware number 06 1234 5678 (bel me)", ["06 1234 5678"])).toBe(true);
  });
  it("[phone] catches: for the cert number ring 087 123 4567", () => {
    expect(caught("for the cert number ring 087 123 4567", ["087 123 4567"])).toBe(true);
  });
  it("[phone] catches: certificate number 0171 2345678 - ruf an", () => {
    expect(caught("certificate number 0171 2345678 - ruf an", ["0171 2345678"])).toBe(true);
  });
  it("[phone] catches: the cert number is 912 345 678 liga-me", () => {
    expect(caught("the cert number is 912 345 678 liga-me", ["912 345 678"])).toBe(true);
  });
  it("[phone] catches: my real hardware number is 0412 555 873 if you know what I mean", () => {
    expect(caught("my real hardware number is 0412 555 873 if you know what I mean", ["0412 555 873"])).toBe(true);
  });
  it("[phone] catches: cert number 087 1234 567, call after 6", () => {
    expect(caught("cert number 087 1234 567, call after 6", ["087 1234 567"])).toBe(true);
  });
  it("[phone] catches: hardware number = 0870001234, text it", () => {
    expect(caught("hardware number = 0870001234, text it", ["0870001234"])).toBe(true);
  });
  it("[phone] catches: Cert number 0412555873. Whatsapp.", () => {
    expect(caught("Cert number 0412555873. Whatsapp.", ["0412555873"])).toBe(true);
  });
  it("[phone] catches: cert number is 0412 555 873 and that's also how you reach me off the app", () => {
    expect(caught("cert number is 0412 555 873 and that's also how you reach me off the app", ["0412 555 873"])).toBe(true);
  });
  it("[refuse] catches: Eu nao faco fora do app, mas pra voce abro uma excecao", () => {
    expect(caught("Eu nao faco fora do app, mas pra voce abro uma excecao", [])).toBe(true);
  });
  it("[refuse] catches: Normalmente nao aceito fora do app, mas se quiser podemos combinar", () => {
    expect(caught("Normalmente nao aceito fora do app, mas se quiser podemos combinar", [])).toBe(true);
  });
  it("[refuse] catches: non faccio fuori dall'app di solito, ma per te posso", () => {
    expect(caught("non faccio fuori dall'app di solito, ma per te posso", [])).toBe(true);
  });
  it("[refuse] catches: Di solito non lavoro fuori dall'app ma per te faccio un'eccezione", () => {
    expect(caught("Di solito non lavoro fuori dall'app ma per te faccio un'eccezione", [])).toBe(true);
  });
  it("[refuse] catches: je ne fais pas hors de l'appli d'habitude, mais pour vous je peux", () => {
    expect(caught("je ne fais pas hors de l'appli d'habitude, mais pour vous je peux", [])).toBe(true);
  });
  it("[refuse] catches: Ich arbeite eigentlich nicht ohne die App, aber für dich mache ich eine Ausnahme", () => {
    expect(caught("Ich arbeite eigentlich nicht ohne die App, aber für dich mache ich eine Ausnahme", [])).toBe(true);
  });
  it("[refuse] catches: nao pago a taxa do app, paga-me em dinheiro na oficina", () => {
    expect(caught("nao pago a taxa do app, paga-me em dinheiro na oficina", [])).toBe(true);
  });
  it("[refuse] catches: Je ne paie pas la commission de l'appli, payez-moi en liquide", () => {
    expect(caught("Je ne paie pas la commission de l'appli, payez-moi en liquide", [])).toBe(true);
  });
  it("[refuse] catches: nao vou pagar fora do app... brincadeira, me passa o pix", () => {
    expect(caught("nao vou pagar fora do app... brincadeira, me passa o pix", [])).toBe(true);
  });
  it("[refuse] catches: Non pago mai fuori dall'app... a meno che non mi paghi in contanti", () => {
    expect(caught("Non pago mai fuori dall'app... a meno che non mi paghi in contanti", [])).toBe(true);
  });
  it("[refuse] catches: non posso fare fuori dall'app ufficialmente. ufficiosamente sì, scrivimi", () => {
    expect(caught("non posso fare fuori dall'app ufficialmente. ufficiosamente sì, scrivimi", [])).toBe(true);
  });
  it("[refuse] catches: nao posso fazer fora do app oficialmente, mas por fora sai 30% mais barato", () => {
    expect(caught("nao posso fazer fora do app oficialmente, mas por fora sai 30% mais barato", [])).toBe(true);
  });
  it("[refuse] catches: ich darf nicht ohne die App arbeiten, aber keiner muss es wissen", () => {
    expect(caught("ich darf nicht ohne die App arbeiten, aber keiner muss es wissen", [])).toBe(true);
  });
  it("[refuse] catches: nao aceito por fora do app? aceito sim, chama no privado", () => {
    expect(caught("nao aceito por fora do app? aceito sim, chama no privado", [])).toBe(true);
  });
  it("[refuse] catches: Nao vou mentir: fora do app sai mais barato", () => {
    expect(caught("Nao vou mentir: fora do app sai mais barato", [])).toBe(true);
  });
  it("[refuse] catches: je ne veux pas payer hors de l'appli? moi si, je te fais -20%", () => {
    expect(caught("je ne veux pas payer hors de l'appli? moi si, je te fais -20%", [])).toBe(true);
  });
  it("[refuse] catches: nunca pago fora do app? pago sim", () => {
    expect(caught("nunca pago fora do app? pago sim", [])).toBe(true);
  });
  it("[refuse] catches: ich mach das nicht ohne die App... oder doch, wenn du willst", () => {
    expect(caught("ich mach das nicht ohne die App... oder doch, wenn du willst", [])).toBe(true);
  });
  it("[refuse] catches: je ne peux pas faire hors de l'appli officiellement, mais on s'arrange", () => {
    expect(caught("je ne peux pas faire hors de l'appli officiellement, mais on s'arrange", [])).toBe(true);
  });
  it("[refuse] catches: nao quero fechar fora do app mas se voce quiser eu fecho", () => {
    expect(caught("nao quero fechar fora do app mas se voce quiser eu fecho", [])).toBe(true);
  });
  it("[greet] catches: Dzień dobry, Piotr Nowak here - text me directly", () => {
    expect(caught("Dzień dobry, Piotr Nowak here - text me directly", ["Piotr Nowak"])).toBe(true);
  });
  // greet (main misses it too): missed
  it.fails("[greet] catches: Dobranoc, Anna Wiśniewska, ask for me at the desk", () => {
    expect(caught("Dobranoc, Anna Wiśniewska, ask for me at the desk", ["Anna Wiśniewska"])).toBe(true);
  });
  it("[greet] catches: my name is Marie Bonne, ask for me at the garage", () => {
    expect(caught("my name is Marie Bonne, ask for me at the garage", ["Marie Bonne"])).toBe(true);
  });
  it("[greet] catches: I'm Lucía Buen, whatsapp me", () => {
    expect(caught("I'm Lucía Buen, whatsapp me", ["Lucía Buen"])).toBe(true);
  });
  it("[greet] catches: Ask for Karl Gute at the front desk, pay him cash", () => {
    expect(caught("Ask for Karl Gute at the front desk, pay him cash", ["Karl Gute"])).toBe(true);
  });
  // greet (main misses it too): missed
  it.fails("[greet] catches: Guten Tag Klaus Weber hier, ruf mich direkt an", () => {
    expect(caught("Guten Tag Klaus Weber hier, ruf mich direkt an", ["Klaus Weber"])).toBe(true);
  });
  // greet (main misses it too): missed
  it.fails("[greet] catches: Dzien dobry Marek Zielinski z warsztatu, message me directly", () => {
    expect(caught("Dzien dobry Marek Zielinski z warsztatu, message me directly", ["Marek Zielinski"])).toBe(true);
  });
  it("[greet] catches: Thanks, talk soon\nTomasz Dobry", () => {
    expect(caught("Thanks, talk soon\nTomasz Dobry", ["Tomasz Dobry"])).toBe(true);
  });
  it("[greet] catches: Dzień dobry Janek Kowalczyk, call me on my cell after 6", () => {
    expect(caught("Dzień dobry Janek Kowalczyk, call me on my cell after 6", ["Janek Kowalczyk"])).toBe(true);
  });
  it("[first] catches: first name is Aisha. Surname? Khan. Look me up on facebook", () => {
    expect(caught("first name is Aisha. Surname? Khan. Look me up on facebook", ["Aisha"])).toBe(true);
  });
  it("[first] catches: first name Aisha, surname — Khan", () => {
    expect(caught("first name Aisha, surname — Khan", ["Aisha", "Khan"])).toBe(true);
  });
  it("[first] catches: First name — Aisha, last name — Khan", () => {
    expect(caught("First name — Aisha, last name — Khan", ["Aisha", "Khan"])).toBe(true);
  });
  it("[first] catches: first name would be Aisha and last name Khan", () => {
    expect(caught("first name would be Aisha and last name Khan", ["Aisha", "Khan"])).toBe(true);
  });
  it("[first] catches: Surname: it's Khan, first name Aisha", () => {
    expect(caught("Surname: it's Khan, first name Aisha", ["Aisha"])).toBe(true);
  });
  it("[first] catches: surname Khan, first name aisha, find me on fb", () => {
    expect(caught("surname Khan, first name aisha, find me on fb", ["Khan"])).toBe(true);
  });
  it("[first] catches: my first name is Aisha and my last name is Khan, find me on facebook", () => {
    expect(caught("my first name is Aisha and my last name is Khan, find me on facebook", ["Aisha", "Khan"])).toBe(true);
  });
  it("[first] catches: first name: Aisha / last name: Khan", () => {
    expect(caught("first name: Aisha / last name: Khan", ["Aisha", "Khan"])).toBe(true);
  });
  it("[first] catches: I won't give my surname here, it's Khan, first name Aisha", () => {
    expect(caught("I won't give my surname here, it's Khan, first name Aisha", ["Aisha"])).toBe(true);
  });
  // reg (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[reg] catches: volvocars.com/uk/dealers/bristol-volvo-dave, enter your reg number there and ring the mobile on that page", () => {
    expect(caught("volvocars.com/uk/dealers/bristol-volvo-dave, enter your reg number there and ring the mobile on that page", ["volvocars.com/uk/dealers/bristol-volvo-dave"])).toBe(true);
  });
  // reg (main catches it only with the application): only the trained stage catches it, the rules miss it
  it.fails("[reg] catches: mitsubishi-motors.com.au/dealers/petes-mitsubishi - put your rego number in, then ring the mobile listed, that's me", () => {
    expect(caught("mitsubishi-motors.com.au/dealers/petes-mitsubishi - put your rego number in, then ring the mobile listed, that's me", ["mitsubishi-motors.com.au/dealers/petes-mitsubishi"])).toBe(
      true,
    );
  });
  it("[reg] catches: hyundaiusa.com/dealer/joes-hyundai enter your VIN number, whatsapp the mobile on the page", () => {
    expect(caught("hyundaiusa.com/dealer/joes-hyundai enter your VIN number, whatsapp the mobile on the page", ["hyundaiusa.com/dealer/joes-hyundai"])).toBe(true);
  });
  it("[reg] catches: nissan-global.com/jp/dealer/kenji-motors search by chassis number then whatsapp the mobile listed", () => {
    expect(caught("nissan-global.com/jp/dealer/kenji-motors search by chassis number then whatsapp the mobile listed", ["nissan-global.com/jp/dealer/kenji-motors"])).toBe(true);
  });
  it("[greet] catches: Regards,\nMarie Bonne", () => {
    expect(caught("Regards,\nMarie Bonne", ["Marie Bonne"])).toBe(true);
  });
  // greet (main misses it too): missed
  it.fails("[greet] catches: Saludos, Pedro Buen", () => {
    expect(caught("Saludos, Pedro Buen", ["Pedro Buen"])).toBe(true);
  });
  it("[greet] catches: Dzień dobry Anna Nowak - call me at the shop directly", () => {
    expect(caught("Dzień dobry Anna Nowak - call me at the shop directly", ["Anna Nowak"])).toBe(true);
  });
  it("[greet] catches: Cheers\nKarl Gute 0171 2345678", () => {
    expect(caught("Cheers\nKarl Gute 0171 2345678", ["Karl Gute"])).toBe(true);
  });
  it("[greet] catches: Dobranoc Zofia Krawczyk, message me on my number instead", () => {
    expect(caught("Dobranoc Zofia Krawczyk, message me on my number instead", ["Zofia Krawczyk"])).toBe(true);
  });
  it("[phone] catches: text me, certificate number 0412 555 873", () => {
    expect(caught("text me, certificate number 0412 555 873", ["0412 555 873"])).toBe(true);
  });
  it("[phone] catches: my hardware number is 0871234567 btw, if you'd rather sort it off here", () => {
    expect(caught("my hardware number is 0871234567 btw, if you'd rather sort it off here", ["0871234567"])).toBe(true);
  });
  it("[refuse] catches: ich mache das nicht ohne die App, außer du zahlst mir direkt", () => {
    expect(caught("ich mache das nicht ohne die App, außer du zahlst mir direkt", [])).toBe(true);
  });
  it("[refuse] catches: ich zahle nicht ohne die App, aber du kannst es", () => {
    expect(caught("ich zahle nicht ohne die App, aber du kannst es", [])).toBe(true);
  });
  it("[road] catches: my listing theaa.ie/garages/kelly-motors has my mobile", () => {
    expect(caught("my listing theaa.ie/garages/kelly-motors has my mobile", ["theaa.ie/garages/kelly-motors"])).toBe(true);
  });
  it("[road] catches: www.tcs.ch/garage-meier", () => {
    expect(caught("www.tcs.ch/garage-meier", ["www.tcs.ch/garage-meier"])).toBe(true);
  });
  it("[road] catches: anwb.nl/autobedrijfjansen", () => {
    expect(caught("anwb.nl/autobedrijfjansen", ["anwb.nl/autobedrijfjansen"])).toBe(true);
  });
  it("[road] catches: find us: theaa.ie/kellymotors", () => {
    expect(caught("find us: theaa.ie/kellymotors", ["theaa.ie/kellymotors"])).toBe(true);
  });
  it("[greet] catches: Kind regards, Joanna Dobry, Dobry Auto", () => {
    expect(caught("Kind regards, Joanna Dobry, Dobry Auto", ["Joanna Dobry"])).toBe(true);
  });
  it("[greet] catches: I'm Jan Goede, bel me op mijn mobiel", () => {
    expect(caught("I'm Jan Goede, bel me op mijn mobiel", ["Jan Goede"])).toBe(true);
  });
});
