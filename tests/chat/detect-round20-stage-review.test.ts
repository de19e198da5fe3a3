// Round-20 review of the trained second stage the application now runs after the rules
// (46f436c, af68ca2: detectionOptionsFor(domains, "trained")), as an attacker and as a new user.
// Every sentence was written for this file (none taken from the corpus). Each one asserts what the
// application's detector should do: a contact attempt is flagged and every letter and digit of its
// detail is masked; an innocent repair message is not flagged. `it.fails` marks what the
// application's detector gets wrong today, with whether the rules alone
// (detectionOptionsFor(domains)) get it right: "stage regression" (the rules alone are right, the
// stage undoes them) or "old gap" (the rules alone are wrong too).
//
// Measured at af68ca2 (npx tsx over these sentences): contact attempts 219, caught by the rules
// alone 213, by the application's detector 182; innocents 96, flagged by the rules alone
// 1, by the application's detector 2.
//
// The regressions: the stage sums a weight for every distinct word of the message (its first 120,
// `m:<word>` shared features in second-stage/candidates.ts) into every candidate's score,
// unnormalised. Ordinary English repair vocabulary weighs slightly negative (km -0.21, miles -0.23,
// handbrake -0.19, months -0.18, rotors -0.17, loose -0.17, pads -0.11, ...), so a detail buried in a
// 400-750 character repair message is dragged under the 0.4 threshold: "my number is 0423 771 904."
// alone scores 0.92, after two sentences about brakes 0.36 (shared sum -2.8). Phones, e-mails,
// social and payment handles, links, look-alike domains and moves to WhatsApp all go, wherever the
// sentence sits, in a customer's description or a mechanic's quote; the whole message is then left
// unflagged. The same sentences in short messages, in the Spanish/Portuguese/German fillers, in
// clutch or air-con descriptions, and a street address or a cash deal in the same filler stay
// caught. A few words weigh strongly positive ("bird" 1.10, "country" 1.01), which is how an
// innocent windscreen message gets a sentence-wide ADDRESS mask.
//
// What changed after this review: the stage reads the 25 words either side of a candidate instead
// of the whole message's words, keeps every rule hit (it only adds looser candidates, at 0.8, chosen
// by cross-validation), and a link is judged by the host after a user part's "@". Every stage
// regression below is caught, the windscreen message is clean; the remaining `it.fails` are gaps
// of the rules alone.
import { describe, expect, it } from "vitest";
import { detectContactDetails, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

/** The rules alone, to record which side of a failure is new. */
const RULES_ALONE = detectionOptionsFor(["autodoctor.app"]);

const title = (text: string): string => (text.length > 90 ? `${text.slice(0, 60)} … (${text.length} chars)` : text);

/**
 * [message, details]: contact attempts of every kind (phones written every way, e-mails plain and
 * spoken, handles, payment handles, personal links, US/UK/AU/continental addresses, PO boxes, names
 * with a lead, cash and direct deals, meetings, moves to another app), short and buried in long
 * friendly messages. Caught by the application's detector. The stage wins (missed by the rules alone) are marked.
 */
const CAUGHT: [string, string[]][] = [
  ["call me on 0412 558 903 after 5, quicker than this app", ["0412 558 903"]],
  ["my cell is (512) 448-7720 text me whenever", ["(512) 448-7720"]],
  ["txt me +44 7700 900 418 mate", ["+44 7700 900 418"]],
  ["mi número es +34 612 45 78 90, escríbeme por ahí", ["+34 612 45 78 90"]],
  ["meu zap é (11) 98765-4321 chama lá", ["(11) 98765-4321"]],
  ["ruf mich an: 0171 2345678, dann klären wir das", ["0171 2345678"]],
  ["appelle moi au 06 12 34 56 78 stp", ["06 12 34 56 78"]],
  ["chiamami al 347 123 4567 che ci mettiamo d'accordo", ["347 123 4567"]],
  ["four one five, five five five, two six seven one - thats me", ["four one five", "five five five", "two six seven one"]],
  ["zero four one two, three three four, nine nine eight. ring after six", ["zero four one two", "three three four", "nine nine eight"]],
  ["my numbers O4I2 55B 9O3 lol", ["O4I2 55B 9O3"]],
  ["call ０４１２ ５５８ ９０３ when ur free", ["０４１２ ５５８ ９０３"]],
  ["5 1 2 . 4 4 8 . 7 7 2 0 hit me up", ["5 1 2 . 4 4 8 . 7 7 2 0"]],
  ["mobile: 07700-900-123, any time after 4", ["07700-900-123"]],
  ["whatsapp me 0419 882 117", ["0419 882 117"]],
  ["text me at five one two four four eight seven seven two zero", ["five one two four four eight seven seven two zero"]],
  ["cuatro uno cinco, cinco cinco cinco, dos seis siete uno, llámame", ["cuatro uno cinco", "cinco cinco cinco", "dos seis siete uno"]],
  ["zero quatro um dois, três três quatro, nove nove oito - me liga", ["zero quatro um dois", "três três quatro", "nove nove oito"]],
  ["the number is 0412 and then 558 903, ask for Dave", ["0412", "558 903"]],
  ["email me at dave.mech77@gmail.com with pics", ["dave.mech77@gmail.com"]],
  ["send it to dave dot mech77 at gmail dot com", ["dave", "mech77", "gmail"]],
  ["mi correo: carlos_taller(at)hotmail(dot)es", ["carlos_taller", "hotmail"]],
  ["shoot me an email, jlaw_auto at outlook", ["jlaw_auto"]],
  ["meine Mail ist k.weber@gmx.de, schick mir die Fotos", ["k.weber@gmx.de"]],
  ["mon mail c'est garage.dupont arobase orange point fr", ["garage.dupont", "orange"]],
  ["email: m i k e r e p a i r s @ y a h o o . c o m", ["m i k e r e p a i r s", "y a h o o"]],
  ["tom.fixes at protonmail dot com, send the photos there", ["tom.fixes", "protonmail"]],
  ["add me on snap: wrenchking_22", ["wrenchking_22"]],
  ["insta is @torque.tim, dm me there", ["@torque.tim"]],
  ["find me on telegram @mikefixescars", ["@mikefixescars"]],
  ["my ig handle is carguy.brisbane", ["carguy.brisbane"]],
  ["hit me on discord, brakeboi#4471", ["brakeboi#4471"]],
  ["me encuentras en insta como @taller_rapido_mx", ["@taller_rapido_mx"]],
  ["tiktok: @garagem.do.ze segue lá", ["@garagem.do.ze"]],
  ["message me on fb, Tom Reilly Mobile Mechanic page", ["Tom Reilly"]],
  ["wechat id: autofix888", ["autofix888"]],
  ["kik me wrenchlord99", ["wrenchlord99"]],
  ["signal me, same username as here but with 99 at the end", []],
  ["venmo @Jake-Miller-88 and I'll come out", ["@Jake-Miller-88"]],
  ["cashapp $brakeguy24 for the deposit", ["$brakeguy24"]],
  ["paypal me at paypal.me/tomrepairs", ["paypal.me/tomrepairs"]],
  ["zelle to 512-448-7720 works for me", ["512-448-7720"]],
  ["PayID is my mobile 0412 558 903", ["0412 558 903"]],
  ["send the deposit via revolut @mariar9", ["@mariar9"]],
  ["hazme bizum al 612 457 890 y listo", ["612 457 890"]],
  ["pix: 123.456.789-09 manda que eu vou", ["123.456.789-09"]],
  ["check my work at www.tomsmobilemech.com", ["www.tomsmobilemech.com"]],
  ["linktr.ee/wrenchking has all my links", ["linktr.ee/wrenchking"]],
  ["book me direct: https://calendly.com/dave-mech/30min", ["calendly.com/dave-mech"]],
  ["see my reviews at facebook.com/TomsAutoRepairs", ["facebook.com/TomsAutoRepairs"]],
  ["my site is tomsmechanics dot com dot au", ["tomsmechanics"]],
  ["wa.me/61412558903 click that", ["wa.me/61412558903"]],
  ["t.me/mikefixescars", ["t.me/mikefixescars"]],
  ["https://bit.ly/3xYzAb1 my price list", ["bit.ly/3xYzAb1"]],
  ["my page sites.google.com/view/jakesgarage", ["sites.google.com/view/jakesgarage"]],
  ["come by 1428 Elm Street, Springfield IL 62704", ["1428 Elm Street", "62704"]],
  ["I'm at 22 Baker Road, Leeds LS6 2QT", ["22 Baker Road", "LS6 2QT"]],
  ["drop it at Unit 4/17 Smith St, Fitzroy VIC 3065", ["4/17 Smith St", "3065"]],
  ["PO Box 1182, Austin TX 78767 send the part there", ["PO Box 1182", "78767"]],
  ["Flat 3, 9 Kings Crescent, London N4 2PE", ["9 Kings Crescent", "N4 2PE"]],
  ["my place is 45 Maple Ave apt 2B, just come round", ["45 Maple Ave"]],
  ["estoy en Calle Mayor 12, 3ºB, Madrid", ["Calle Mayor 12"]],
  ["Rua Augusta 1500, apto 42, São Paulo, pode vir", ["Rua Augusta 1500"]],
  ["Hauptstraße 12, 10115 Berlin, Hinterhof", ["Hauptstraße 12", "10115"]],
  ["12 rue de la Paix, 75002 Paris, sonnez chez Martin", ["12 rue de la Paix", "75002"]],
  ["via Roma 45, 20121 Milano, citofono Rossi", ["via Roma 45", "20121"]],
  ["postcode is SW1A 2AA if u want to find me", ["SW1A 2AA"]],
  ["the blue house at the end of Cedar Lane, number 7, just knock", ["Cedar Lane"]],
  ["P.O. Box 55, Wagga Wagga NSW 2650", ["P.O. Box 55"]],
  ["look me up, Jake Miller, mechanic in Geelong, I'm on google", ["Jake Miller"]],
  ["search Tommy Reilly Auto on facebook", ["Tommy Reilly"]],
  ["mi nombre completo es Carlos Hernández Ruiz, búscame en facebook", ["Carlos Hernández Ruiz"]],
  ["cancel the booking and pay me cash, I'll do it for 150", []],
  ["skip the app fee, I'll do it for $200 cash", []],
  ["if we do it off the app it's cheaper for both of us", []],
  ["mejor págame en efectivo y cancelamos aquí", []],
  ["paga em dinheiro direto comigo, sem taxa do app", []],
  ["zahl mir bar, dann sparen wir uns die Gebühr von der App", []],
  ["payez-moi en liquide, on évite la commission de l'appli", []],
  ["pagami in contanti e lasciamo perdere l'app", []],
  ["bank transfer directly to me, BSB 062-000 acc 12345678", ["062-000", "12345678"]],
  ["meet me at the Bunnings car park on Saturday, I'll do it there for cash", []],
  ["let's meet at my house tomorrow and skip the booking", []],
  ["let's move this to whatsapp", []],
  ["talk on telegram instead, this app is laggy", []],
  ["hablemos por whatsapp mejor", []],
  ["me chama no zap que é mais rápido", []],
  ["schreib mir lieber auf WhatsApp", []],
  ["text me on signal instead", []],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. I also noticed the steering wheel shakes a bit at around 90 on the highway which I think might be related. Anyway easiest is probably just text me on 0423 771 904 and we can sort a time, I'm flexible most arvos this week except Thursday when I've got the kids. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["0423 771 904"],
  ],
  [
    "Hi there! Hope you're having a good week. I wanted to give you a bit of background before you come out. The car is my late dad's old Volvo 240 wagon, 1991, and it's got a lot of sentimental value so I really want someone careful. It starts fine cold but once it's warm it idles really rough and sometimes stalls at lights. I replaced the idle air valve last year myself (with a youtube video lol) and it helped for a while. There's also a small oil leak from somewhere near the back of the engine, I've been putting a cardboard under it. If it's easier to send me the quote in writing my email is margaret.ellison58@bigpond.com and I'll forward it to my son who knows more about cars than me. Parking is on the street, there's usually space out the front in the mornings. Thanks so much for your patience with all my questions!",
    ["margaret.ellison58"],
  ],
  [
    "Hola, buenas tardes. Te escribo por el coche de mi mujer, un Seat Ibiza de 2014 gasolina con unos 120.000 km. Desde hace un mes hace un ruido raro en la dirección cuando giro en parado, como un crujido, y además la luz del airbag se enciende a veces y luego se apaga sola. En el taller oficial me pidieron 80 euros solo por diagnosticar y me pareció mucho. Si te viene bien puedes pasar por casa, vivo en Calle de Alcalá 214, 2º izquierda, Madrid, y hay sitio para aparcar en la acera de enfrente por las mañanas. Yo trabajo desde casa los martes y jueves así que cualquiera de esos días me vendría genial. Gracias de antemano y perdona el rollo, es que no entiendo mucho de coches.",
    ["Calle de Alcalá 214"],
  ],
  [
    "Oi, tudo bem? Então, meu carro é um Gol G5 2011 flex, tá com 190 mil km. Ele começou a falhar quando tá frio de manhã, engasga na primeira marcha e às vezes morre no semáforo. Já troquei as velas e os cabos mês passado e melhorou um pouco mas voltou. Também acendeu a luz da injeção ontem. Meu cunhado acha que é o corpo de borboleta sujo. Se você puder vir aqui em casa seria ótimo, eu pago tudo em dinheiro direto pra você, sem passar pelo app, aí fica mais barato pra nós dois. Trabalho de segunda a sexta até as 17h, mas sábado estou livre o dia todo. Valeu, aguardo seu retorno.",
    [],
  ],
  [
    "Hallo, vielen Dank für die schnelle Antwort. Kurz zum Auto: Es ist ein VW Passat B7 Variant, Baujahr 2013, 2.0 TDI, ca. 210.000 km. Seit ein paar Tagen leuchtet die Motorkontrollleuchte und der Wagen geht ab und zu in den Notlauf, vor allem auf der Autobahn bei 130. Ich vermute das AGR-Ventil oder den Dieselpartikelfilter, aber ich bin kein Fachmann. Der letzte Ölwechsel war vor 15.000 km. Am einfachsten erreichen Sie mich telefonisch unter 0176 44 91 28 37, ich bin tagsüber meistens im Büro und kann kurz rangehen. Eine Werkstatt in der Nähe hat mir 600 Euro für den AGR-Tausch genannt, das kommt mir viel vor. Termin am liebsten Samstag vormittag, wenn das geht. Beste Grüße",
    ["0176 44 91 28 37"],
  ],
  [
    "Bonjour, merci pour votre réponse. Ma voiture est une Peugeot 308 de 2015, diesel, 160 000 km. Depuis quelques semaines j'ai un bruit de claquement à l'avant droit quand je passe sur les dos d'âne, et la direction tire un peu vers la droite. Le contrôle technique est dans un mois et je voudrais tout régler avant. J'ai aussi remarqué que la clim ne fait plus vraiment de froid. Pour les photos et le devis, c'est plus simple par mail : lucie.martin.75 arobase gmail point com, je regarde tous les soirs. Je suis disponible le mercredi après-midi et le samedi. Merci encore et bonne journée.",
    ["lucie.martin.75"],
  ],
  [
    "Ciao! Grazie per la risposta veloce. La macchina è una Fiat Panda del 2010, 1.2 benzina, 150.000 km. Da una settimana fa un rumore metallico dalla parte posteriore quando passo sulle buche e la spia dell'olio si accende ogni tanto in curva. Il tagliando l'ho fatto l'anno scorso da un'officina qui vicino. Se preferisci ci sentiamo su telegram, il mio nome è @marco_panda_rm, così ti mando anche un video del rumore che qui non riesco a caricare. Sono libero il sabato mattina e la domenica, durante la settimana lavoro fino a tardi. Grazie mille e buona giornata!",
    ["@marco_panda_rm"],
  ],
  [
    "Yeah no worries at all, totally understand you're busy this time of year. Just so you have all the info: it's a 2008 Honda Civic, manual, 230k on it, clutch has started slipping in 4th and 5th when I floor it on the motorway, and there's a burning smell after I do the hill near my work. I've been told a clutch kit plus labour is usually around 700-900 depending. I'm happy to drop it somewhere or you can come to me, I'm at 17 Wattle Grove, Bentleigh East 3165, there's a driveway so plenty of room to work. Mornings are best, I start at 1 most days. Let me know what you need from me, and if you want the service book I have it all stamped up.",
    ["17 Wattle Grove", "3165"],
  ],
  [
    "Hi, sorry for the long message but I want to make sure you know what you're getting into. My car is a 2006 BMW 320i E90, automatic, 195k km. Problems in order of how much they annoy me: 1) the coolant light comes on every couple of weeks and I top it up, no visible leak, 2) the window on the driver side is very slow, 3) there's a clunk from the rear when I go over speed bumps, 4) the idle is a bit hunting when the AC is on. I know it's a lot. Honestly given how much this will be, I'd rather pay you direct by bank transfer and skip the app's booking fee, we can just agree on a price here and you come over whenever. I'm in Parramatta, near the station, and work from home on Mondays and Fridays. I also have some spare parts from a previous owner like a new water pump still in the box, part 11517586925, if that's useful. Thanks a lot!",
    [],
  ],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. find me on insta as @ranger_rob_outback and I'll see it when I'm in town. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["@ranger_rob_outback"],
  ],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. pay me cash and we skip the app fee. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    [],
  ],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. I'm at 42 Banksia Street, Noosa Heads QLD 4567. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["42 Banksia Street", "4567"],
  ],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. ig: rob.fixes.cars Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["rob.fixes.cars"],
  ],
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. look me up on facebook, Rob Thornton Mechanic. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["Rob Thornton"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. my number is 0423 771 904.",
    ["0423 771 904"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. email me at rob.outback@gmail.com.",
    ["rob.outback@gmail.com"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. email me at rob.outback@gmail.com.",
    ["rob.outback@gmail.com"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. message me on whatsapp instead.",
    [],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. hit me up on telegram @robfixes.",
    ["@robfixes"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. hit me up on telegram @robfixes.",
    ["@robfixes"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. hit me up on telegram @robfixes. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["@robfixes"],
  ],
  [
    "hit me up on telegram @robfixes. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["@robfixes"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. venmo me @Rob-Outback-1 for the deposit.",
    ["@Rob-Outback-1"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. my site is www.robsmechanics.com.au.",
    ["www.robsmechanics.com.au"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. my site is www.robsmechanics.com.au.",
    ["www.robsmechanics.com.au"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I'm at 42 Banksia Street, Noosa Heads QLD 4567.",
    ["42 Banksia Street", "4567"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. I'm at 42 Banksia Street, Noosa Heads QLD 4567.",
    ["42 Banksia Street", "4567"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I'm at 42 Banksia Street, Noosa Heads QLD 4567. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["42 Banksia Street", "4567"],
  ],
  [
    "I'm at 42 Banksia Street, Noosa Heads QLD 4567. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["42 Banksia Street", "4567"],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. pay me cash and we skip the app fee.",
    [],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. pay me cash and we skip the app fee.",
    [],
  ],
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. pay me cash and we skip the app fee. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    [],
  ],
  [
    "pay me cash and we skip the app fee. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    [],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Mi número es 612 457 890, escríbeme. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    ["612 457 890"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Mi correo es juan.leon88@gmail.com. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    ["juan.leon88@gmail.com"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Búscame en insta, @juanleon_taller. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    ["@juanleon_taller"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Hablemos por whatsapp mejor. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    [],
  ],
  [
    "Oi, o carro é um Onix 2018 com 85 mil km e o ar condicionado parou de gelar semana passada, e também tem um barulho na suspensão dianteira quando passo em lombada. Meu whats é (11) 98765-4321. Já fiz a revisão de 80 mil na concessionária e não resolveram nada. Obrigado pela ajuda.",
    ["(11) 98765-4321"],
  ],
  [
    "Oi, o carro é um Onix 2018 com 85 mil km e o ar condicionado parou de gelar semana passada, e também tem um barulho na suspensão dianteira quando passo em lombada. Me segue no insta @onix_do_leo. Já fiz a revisão de 80 mil na concessionária e não resolveram nada. Obrigado pela ajuda.",
    ["@onix_do_leo"],
  ],
  [
    "Oi, o carro é um Onix 2018 com 85 mil km e o ar condicionado parou de gelar semana passada, e também tem um barulho na suspensão dianteira quando passo em lombada. Meu email é leo.onix@hotmail.com. Já fiz a revisão de 80 mil na concessionária e não resolveram nada. Obrigado pela ajuda.",
    ["leo.onix@hotmail.com"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Rufen Sie mich an unter 0176 44 91 28 37. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["0176 44 91 28 37"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Meine Mail ist k.weber@gmx.de. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["k.weber@gmx.de"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Schreib mir auf Telegram, @golf_klaus. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["@golf_klaus"],
  ],
  [
    "Hi! Hope your week is going well and the weather has been kind to you out there. We just got back from visiting my sister up the coast, the kids loved the beach and we all got a bit sunburnt. Anyway I was hoping you could have a look at the car sometime soon, whenever suits you really, we're pretty relaxed. my number is 0423 771 904. Thanks so much again, you've been lovely to deal with and I've already told my neighbours about you. Have a great weekend!",
    ["0423 771 904"],
  ],
  [
    "Hi! Hope your week is going well and the weather has been kind to you out there. We just got back from visiting my sister up the coast, the kids loved the beach and we all got a bit sunburnt. Anyway I was hoping you could have a look at the car sometime soon, whenever suits you really, we're pretty relaxed. email me at rob.outback@gmail.com. Thanks so much again, you've been lovely to deal with and I've already told my neighbours about you. Have a great weekend!",
    ["rob.outback@gmail.com"],
  ],
  [
    "Hi! Hope your week is going well and the weather has been kind to you out there. We just got back from visiting my sister up the coast, the kids loved the beach and we all got a bit sunburnt. Anyway I was hoping you could have a look at the car sometime soon, whenever suits you really, we're pretty relaxed. message me on whatsapp instead. Thanks so much again, you've been lovely to deal with and I've already told my neighbours about you. Have a great weekend!",
    [],
  ],
  [
    "Hi! Hope your week is going well and the weather has been kind to you out there. We just got back from visiting my sister up the coast, the kids loved the beach and we all got a bit sunburnt. Anyway I was hoping you could have a look at the car sometime soon, whenever suits you really, we're pretty relaxed. venmo me @Rob-Outback-1 for the deposit. Thanks so much again, you've been lovely to deal with and I've already told my neighbours about you. Have a great weekend!",
    ["@Rob-Outback-1"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Además, la luz del motor se enciende a veces al arrancar en frío y el coche tiembla un poco al ralentí. Mi cuñado dice que podría ser la bobina o las bujías, pero no estoy seguro. Mi número es 612 457 890, escríbeme. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    ["612 457 890"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Además, la luz del motor se enciende a veces al arrancar en frío y el coche tiembla un poco al ralentí. Mi cuñado dice que podría ser la bobina o las bujías, pero no estoy seguro. Mi correo es juan.leon88@gmail.com. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    ["juan.leon88@gmail.com"],
  ],
  [
    "Hola, el coche es un Seat León de 2015 con 140.000 km y desde hace unas semanas la embrague patina en cuarta y quinta, sobre todo en cuesta. Ya cambié el aceite y los filtros en marzo. Además, la luz del motor se enciende a veces al arrancar en frío y el coche tiembla un poco al ralentí. Mi cuñado dice que podría ser la bobina o las bujías, pero no estoy seguro. Hablemos por whatsapp mejor. El taller oficial me pidió 900 euros y me parece mucho, por eso prefiero alguien de confianza. Gracias por la paciencia.",
    [],
  ],
  [
    "Oi, o carro é um Onix 2018 com 85 mil km e o ar condicionado parou de gelar semana passada, e também tem um barulho na suspensão dianteira quando passo em lombada. Também reparei que a luz da injeção acende quando o carro está frio e ele falha um pouco na primeira marcha. Meu cunhado acha que é o corpo de borboleta sujo ou as velas. Meu whats é (11) 98765-4321. Já fiz a revisão de 80 mil na concessionária e não resolveram nada. Obrigado pela ajuda.",
    ["(11) 98765-4321"],
  ],
  [
    "Oi, o carro é um Onix 2018 com 85 mil km e o ar condicionado parou de gelar semana passada, e também tem um barulho na suspensão dianteira quando passo em lombada. Também reparei que a luz da injeção acende quando o carro está frio e ele falha um pouco na primeira marcha. Meu cunhado acha que é o corpo de borboleta sujo ou as velas. Meu email é leo.onix@hotmail.com. Já fiz a revisão de 80 mil na concessionária e não resolveram nada. Obrigado pela ajuda.",
    ["leo.onix@hotmail.com"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Außerdem quietschen die Bremsen hinten seit dem Winter, und die Klimaanlage kühlt nicht mehr richtig. Ein Bekannter meinte, es könnte der Kompressor oder einfach zu wenig Kältemittel sein. Rufen Sie mich an unter 0176 44 91 28 37. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["0176 44 91 28 37"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Außerdem quietschen die Bremsen hinten seit dem Winter, und die Klimaanlage kühlt nicht mehr richtig. Ein Bekannter meinte, es könnte der Kompressor oder einfach zu wenig Kältemittel sein. Meine Mail ist k.weber@gmx.de. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["k.weber@gmx.de"],
  ],
  [
    "Hallo, es geht um meinen Golf 7 TDI, Baujahr 2016, 180.000 km. Seit einer Woche ruckelt er beim Anfahren und die Motorkontrollleuchte blinkt ab und zu. Außerdem quietschen die Bremsen hinten seit dem Winter, und die Klimaanlage kühlt nicht mehr richtig. Ein Bekannter meinte, es könnte der Kompressor oder einfach zu wenig Kältemittel sein. Schreib mir auf Telegram, @golf_klaus. Der letzte Service war vor 20.000 km, Zahnriemen wurde bei 150.000 gemacht. Danke schon mal.",
    ["@golf_klaus"],
  ],
  [
    "Hi, thanks for the quote. The Corolla's clutch is slipping in third and fourth, especially up hills, and there's a burning smell after I park. It's done about 210,000 km and I don't think the clutch has ever been replaced. The flywheel might be worn too, the last mechanic said it was close. I'd also like the cv boots checked since one was torn at the last service. Text me on 0438 112 675 when you know what parts you need. I'm free most mornings and the car can sit in the driveway all day.",
    ["0438 112 675"],
  ],
  [
    "Hi, thanks for the quote. The Corolla's clutch is slipping in third and fourth, especially up hills, and there's a burning smell after I park. It's done about 210,000 km and I don't think the clutch has ever been replaced. The flywheel might be worn too, the last mechanic said it was close. I'd also like the cv boots checked since one was torn at the last service. Send the parts list to shaz.corolla@yahoo.com when you know what you need. I'm free most mornings and the car can sit in the driveway all day.",
    ["shaz.corolla@yahoo.com"],
  ],
  [
    "Hi, thanks for the quote. The Corolla's clutch is slipping in third and fourth, especially up hills, and there's a burning smell after I park. It's done about 210,000 km and I don't think the clutch has ever been replaced. The flywheel might be worn too, the last mechanic said it was close. I'd also like the cv boots checked since one was torn at the last service. Easier to chat on whatsapp, this app keeps logging me out. I'm free most mornings and the car can sit in the driveway all day.",
    [],
  ],
  [
    "Hi, thanks for the quote. The Corolla's clutch is slipping in third and fourth, especially up hills, and there's a burning smell after I park. It's done about 210,000 km and I don't think the clutch has ever been replaced. The flywheel might be worn too, the last mechanic said it was close. I'd also like the cv boots checked since one was torn at the last service. Follow me on insta @shaz_drives so I can send you a video of the noise. I'm free most mornings and the car can sit in the driveway all day.",
    ["@shaz_drives"],
  ],
  [
    "Evening! The aircon on the Outlander stopped blowing cold last week, it just blows warm air now even on max. The compressor clutch doesn't seem to engage when I turn it on, and the fan on the condenser runs. It had a regas two summers ago. Also the rear wiper motor is dead and the tailgate strut is weak. Ring me on (07) 3356 2281 after 6 and I'll tell you where the car's parked. No stress about timing, I know it's busy.",
    ["(07) 3356 2281"],
  ],
  [
    "Evening! The aircon on the Outlander stopped blowing cold last week, it just blows warm air now even on max. The compressor clutch doesn't seem to engage when I turn it on, and the fan on the condenser runs. It had a regas two summers ago. Also the rear wiper motor is dead and the tailgate strut is weak. My website has the service history scans, outlanderdiary.net/history. No stress about timing, I know it's busy.",
    ["outlanderdiary.net/history"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it. Best to text me on 0438 112 675 so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    ["0438 112 675"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it. Email me at camry.kev@outlook.com so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    ["camry.kev@outlook.com"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it. Let's move to whatsapp so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    [],
  ],
  ["The handbrake on the Hilux is loose and the rear drums are grinding, had the pads done 18 months ago. Call me on 0438 112 675.", ["0438 112 675"]],
  [
    "The handbrake on the Hilux is loose and the rear drums are grinding, the front pads were done 18 months ago but the rotors were thin then and the shop said fine for now, it's on 190,000 km and it's my work ute so I need it safe, and the steering shakes at low speed too. Call me on 0438 112 675.",
    ["0438 112 675"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it and the handbrake is loose. Best to text me on 0438 112 675 so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    ["0438 112 675"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it and the handbrake is loose. Email me at camry.kev@outlook.com so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    ["camry.kev@outlook.com"],
  ],
  [
    "Morning! The brakes on my Camry have started squealing every time I stop, and the pedal feels softer than it used to. The pads were replaced about 20 months ago, and the guy at the tyre shop said the rotors looked a bit lipped. It's got 155,000 km on it and the handbrake is loose. Let's move to whatsapp so I can send you photos of the wheels. I'm around Saturday morning if that suits, the car's in the carport.",
    [],
  ],
  [
    "Right so update on the F-150: it's at 98,000 miles, did the spark plugs and coil packs myself about 8 months ago, used Motorcraft SP-546 plugs. Still getting a misfire on cylinder 3 at low rpm when it's cold, code P0303, and the idle is rough for the first few minutes. Transmission shifts fine, no leaks that I can see, oil was changed at 95k. Just call me, 512 448 7720, and I'll tell you what else I noticed. I'm usually home after 5 on weekdays.",
    ["512 448 7720"],
  ],
  [
    "Right so update on the F-150: it's at 98,000 miles, did the spark plugs and coil packs myself about 8 months ago, used Motorcraft SP-546 plugs. Still getting a misfire on cylinder 3 at low rpm when it's cold, code P0303, and the idle is rough for the first few minutes. Transmission shifts fine, no leaks that I can see, oil was changed at 95k. Cashapp me $dwaynefixes for the deposit and I'll hold the slot. I'm usually home after 5 on weekdays.",
    ["$dwaynefixes"],
  ],
  [
    "Right so update on the F-150: it's at 98,000 miles, did the spark plugs and coil packs myself about 8 months ago, used Motorcraft SP-546 plugs. Still getting a misfire on cylinder 3 at low rpm when it's cold, code P0303, and the idle is rough for the first few minutes. Transmission shifts fine, no leaks that I can see, oil was changed at 95k. I'm at 1428 Elm Street, Springfield, come round whenever. I'm usually home after 5 on weekdays.",
    ["1428 Elm Street"],
  ],
  [
    "Right so update on the F-150: it's at 98,000 miles, did the spark plugs and coil packs myself about 8 months ago, used Motorcraft SP-546 plugs. Still getting a misfire on cylinder 3 at low rpm when it's cold, code P0303, and the idle is rough for the first few minutes. Transmission shifts fine, no leaks that I can see, oil was changed at 95k. Let's just do cash, no need to go through the app. I'm usually home after 5 on weekdays.",
    [],
  ],
  ["my digits: oh four one two, double five eight, nine oh three", ["oh four one two", "double five eight", "nine oh three"]],
  ["call 0-4-1-2 5-5-8 9-0-3", ["0-4-1-2 5-5-8 9-0-3"]],
  ["neuf six, douze, trente-quatre, cinquante-six, appelle-moi", ["neuf six", "douze", "trente-quatre", "cinquante-six"]],
  ["null eins sieben sechs, vier vier neun eins, ruf an", ["null eins sieben sechs", "vier vier neun eins"]],
  ["tre quattro sette, uno due tre, quattro cinque sei sette", ["tre quattro sette", "uno due tre", "quattro cinque sei sette"]],
  ["nove nove oito sete seis, quatro três dois um, whats", ["nove nove oito sete seis", "quatro três dois um"]],
  ["my gee mail is brakeman dot dave", ["brakeman", "dave"]],
  ['I\'m "tomfixesit" on the green chat app', ["tomfixesit"]],
  ["add me on the blue bird app, @tom_wrenches", ["@tom_wrenches"]],
  ["my snap's the same as my name here plus 2 2", []],
  ["I live behind the IGA on Pitt St, the red brick one with the carport, number 14", ["Pitt St", "14"]],
  ["44 Quarry Rd is mine, the one with the boat out front", ["44 Quarry Rd"]],
  ["my name's Dave Kowalski, look me up on LinkedIn", ["Dave Kowalski"]],
  ["I'm Jessica Tran on messenger, pink profile pic", ["Jessica Tran"]],
  ["give me a bell on zero two nine eight seven six five four three two", ["zero two nine eight seven six five four three two"]],
  ["we can sort the payment between us, no need for the platform taking a cut", []],
  ["just come to mine sat arvo and bring cash, I'll leave the booking", []],
  ["my mail: dave at brakes and more dot com dot au", ["dave", "brakes and more"]],
  [
    "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads, labour about 1.5 hours. Flick me a message on whatsapp and we'll lock in a time. I can do Tuesday or Thursday morning.",
    [],
  ],
  // stage win since round 22's model (an old gap before): the rules alone miss it (nothing), the application's detector catches it.
  ["رقمي ٠٤١٢٥٥٨٩٠٣ اتصل بي", ["٠٤١٢٥٥٨٩٠٣"]],
  // caught since round 43's refit (the rules alone miss it)
  ["search the gram for wrench dot wizard dot aus", ["wrench", "wizard"]],
];

/**
 * [message, details]: STAGE REGRESSIONS. The rules alone flag each and mask the detail; the
 * application's detector drops it (flags nothing, or leaves the detail readable).
 */
const STAGE_REGRESSIONS: [string, string[]][] = [
  // stage regression, a sweep: the detail first, then ten plain repair sentences. With the stage, each
  // is flagged up to 7 sentences (350-360 chars) and no longer from 8-10 (390-510 chars); rules alone catch all.
  [
    "my number is 0423 771 904. The car is a 2014 Corolla with 176,000 km on it. The brakes squeal when I stop and the pedal feels soft. The pads were done about 20 months ago. The rotors looked a bit worn last time. The handbrake is loose as well. There's also a clunk from the front left over speed bumps. The steering wheel shakes a little at 100 km/h. It's due for a service in 2 months anyway. The tyres were replaced last year, about 30,000 km ago. I'd like it safe before the school holidays.",
    ["0423 771 904"],
  ],
  [
    "email me at kev.corolla@gmail.com. The car is a 2014 Corolla with 176,000 km on it. The brakes squeal when I stop and the pedal feels soft. The pads were done about 20 months ago. The rotors looked a bit worn last time. The handbrake is loose as well. There's also a clunk from the front left over speed bumps. The steering wheel shakes a little at 100 km/h. It's due for a service in 2 months anyway. The tyres were replaced last year, about 30,000 km ago. I'd like it safe before the school holidays.",
    ["kev.corolla@gmail.com"],
  ],
  [
    "let's talk on whatsapp. The car is a 2014 Corolla with 176,000 km on it. The brakes squeal when I stop and the pedal feels soft. The pads were done about 20 months ago. The rotors looked a bit worn last time. The handbrake is loose as well. There's also a clunk from the front left over speed bumps. The steering wheel shakes a little at 100 km/h. It's due for a service in 2 months anyway. The tyres were replaced last year, about 30,000 km ago. I'd like it safe before the school holidays.",
    [],
  ],
  [
    "venmo me @Kev-Corolla-7 for the deposit. The car is a 2014 Corolla with 176,000 km on it. The brakes squeal when I stop and the pedal feels soft. The pads were done about 20 months ago. The rotors looked a bit worn last time. The handbrake is loose as well. There's also a clunk from the front left over speed bumps. The steering wheel shakes a little at 100 km/h. It's due for a service in 2 months anyway. The tyres were replaced last year, about 30,000 km ago. I'd like it safe before the school holidays.",
    ["@Kev-Corolla-7"],
  ],
  // stage regression, 741 chars: rules alone OFF_PLATFORM_REQUEST+SOCIAL_HANDLE, application nothing.
  [
    "G'day, so the ute's been playing up. It's a 2017 Ranger XLT 3.2, 140k on the clock, towing a van most weekends. It goes into limp mode under load going up hills, the light comes on and it loses power, then after I turn it off and on it's fine again. Had it scanned at Supercheap and the code was P0299 underboost. I've read it could be the intercooler hose or the VGT actuator. I'm out at the farm most of the week and reception is rubbish here, so the best thing is to find me on insta as @ranger_rob_outback and I'll see it when I'm in town. Happy to pay whatever for a proper diagnosis, I just don't want to be stuck on the side of the road with the van hooked up. Also if you know a good place for a second battery setup let me know. Ta.",
    ["@ranger_rob_outback"],
  ],
  // stage regression, 601 chars: rules alone SOCIAL_HANDLE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. my insta is @ranger_rob_outback. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["@ranger_rob_outback"],
  ],
  // stage regression, 598 chars: rules alone OFF_PLATFORM_REQUEST+SOCIAL_HANDLE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. add me on snap, ranger_rob88. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["ranger_rob88"],
  ],
  // stage regression, 601 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST+SOCIAL_HANDLE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. hit me up on telegram @robfixes. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["@robfixes"],
  ],
  // stage regression, 603 chars: rules alone EMAIL+OFF_PLATFORM_REQUEST, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. email me at rob.outback@gmail.com. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["rob.outback@gmail.com"],
  ],
  // stage regression, 600 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. message me on whatsapp instead. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    [],
  ],
  // stage regression, 609 chars: rules alone OFF_PLATFORM_DEAL+SOCIAL_HANDLE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. venmo me @Rob-Outback-1 for the deposit. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["@Rob-Outback-1"],
  ],
  // stage regression, 605 chars: rules alone LINK, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. my site is www.robsmechanics.com.au. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["www.robsmechanics.com.au"],
  ],
  // stage regression, 595 chars: rules alone OFF_PLATFORM_REQUEST+PHONE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. my number is 0423 771 904. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["0423 771 904"],
  ],
  // stage regression, 587 chars: rules alone OFF_PLATFORM_DEAL, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. cashapp $robfixes. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["$robfixes"],
  ],
  // stage regression, 602 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST+SOCIAL_HANDLE, application nothing.
  [
    "Hey mate, thanks heaps for getting back to me so quick. So the car is a 2012 Mazda 3, about 168,000 km on it, and for the last couple weeks there's been this grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago at a chain place and they said the rotors were getting thin but fine for now. dm me on instagram, robfixescars. Also the handbrake feels a bit loose, not sure if you'd look at that too while you're there. Cheers, and no rush on the quote, just want it safe before the long weekend drive up to Noosa.",
    ["robfixescars"],
  ],
  // stage regression, 412 chars: rules alone OFF_PLATFORM_REQUEST+PHONE, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. my number is 0423 771 904.",
    ["0423 771 904"],
  ],
  // stage regression, 479 chars: rules alone OFF_PLATFORM_REQUEST+PHONE, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. my number is 0423 771 904. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["0423 771 904"],
  ],
  // stage regression, 479 chars: rules alone OFF_PLATFORM_REQUEST+PHONE, application nothing.
  [
    "my number is 0423 771 904. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["0423 771 904"],
  ],
  // stage regression, 487 chars: rules alone EMAIL+OFF_PLATFORM_REQUEST, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. email me at rob.outback@gmail.com. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["rob.outback@gmail.com"],
  ],
  // stage regression, 487 chars: rules alone EMAIL+OFF_PLATFORM_REQUEST, application nothing.
  [
    "email me at rob.outback@gmail.com. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["rob.outback@gmail.com"],
  ],
  // stage regression, 417 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. message me on whatsapp instead.",
    [],
  ],
  // stage regression, 484 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. message me on whatsapp instead. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    [],
  ],
  // stage regression, 484 chars: rules alone MESSAGING_APP+OFF_PLATFORM_REQUEST, application nothing.
  [
    "message me on whatsapp instead. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    [],
  ],
  // stage regression, 426 chars: rules alone OFF_PLATFORM_DEAL+SOCIAL_HANDLE, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. venmo me @Rob-Outback-1 for the deposit.",
    ["@Rob-Outback-1"],
  ],
  // stage regression, 493 chars: rules alone OFF_PLATFORM_DEAL+SOCIAL_HANDLE, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. venmo me @Rob-Outback-1 for the deposit. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["@Rob-Outback-1"],
  ],
  // stage regression, 493 chars: rules alone OFF_PLATFORM_DEAL+SOCIAL_HANDLE, application nothing.
  [
    "venmo me @Rob-Outback-1 for the deposit. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["@Rob-Outback-1"],
  ],
  // stage regression, 489 chars: rules alone LINK, application nothing.
  [
    "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. my site is www.robsmechanics.com.au. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["www.robsmechanics.com.au"],
  ],
  // stage regression, 489 chars: rules alone LINK, application nothing.
  [
    "my site is www.robsmechanics.com.au. So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there. No rush on the quote, I just want it safe before the long weekend.",
    ["www.robsmechanics.com.au"],
  ],
  // stage regression, 439 chars: rules alone EMAIL+OFF_PLATFORM_REQUEST, application nothing.
  [
    "Right so update on the F-150: it's at 98,000 miles, did the spark plugs and coil packs myself about 8 months ago, used Motorcraft SP-546 plugs. Still getting a misfire on cylinder 3 at low rpm when it's cold, code P0303, and the idle is rough for the first few minutes. Transmission shifts fine, no leaks that I can see, oil was changed at 95k. My email is dwayne.f150@gmail.com, send the quote there. I'm usually home after 5 on weekdays.",
    ["dwayne.f150@gmail.com"],
  ],
  // stage regression, 506 chars: rules alone OFF_PLATFORM_REQUEST+PHONE, application nothing.
  [
    "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads, labour about 1.5 hours. If it's easier just text me on 0412 993 108 and we'll lock in a time. I can do Tuesday or Thursday morning.",
    ["0412 993 108"],
  ],
  // stage regression, 516 chars: rules alone EMAIL, application nothing.
  [
    "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads, labour about 1.5 hours. Send me the rego papers at benj.mobile.mech@gmail.com and we'll lock in a time. I can do Tuesday or Thursday morning.",
    ["benj.mobile.mech@gmail.com"],
  ],
  // stage regression, 517 chars: rules alone LINK, application nothing.
  [
    "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads, labour about 1.5 hours. My site has my full price list, benjmobilemech.com.au, and we'll lock in a time. I can do Tuesday or Thursday morning.",
    ["benjmobilemech.com.au"],
  ],
];

/** [message, details]: old gaps. The rules alone miss them too, and the stage does not help. */
const OLD_GAPS: [string, string[]][] = [
  // old gap: rules alone nothing, application nothing.
  ["find me on the ghost app, wrenchy.mcwrenchface", ["wrenchy.mcwrenchface"]],
  // old gap: rules alone nothing, application nothing.
  ["send the money to my osko, it's my mobile", []],
];

/** [message, details]: old gaps the rules catch since round 25 (a phone word right beside a number valid in some region). */
const CAUGHT_SINCE_ROUND_25: [string, string[]][] = [
  // a stage win of rounds 20 to 22, lost by round 23's model (L2 0.1, threshold 0.85: +14 kept-aside
  // entries, +1 false positive); caught by the rules since round 25.
  ["ring the shop line, 1300 655 244, ask for me", ["1300 655 244"]],
];

/** [message, details]: an old gap the rules catch since round 34 (a teen glued to digits, "04twelve", is its two digits). */
const CAUGHT_SINCE_ROUND_34: [string, string[]][] = [["04twelve 558 nine-oh-three", ["04twelve 558 nine-oh-three"]]];

/**
 * Hard innocents: part/OEM numbers, VINs, tracking and booking references, prices, dates and
 * mileage, torque specs, in-app calls, refusals, public businesses in passing, manufacturer help
 * links, the platform's own pages, in several languages, short and long. Clean with the
 * application's detector.
 */
const CLEAN: string[] = [
  "part number is 04465-33471 for the front pads",
  "OEM 1K0 615 301 AA fits your golf, same as the one I took off",
  "VIN is 1HGCM82633A004352, can you check the recall on that",
  "tracking ref 1Z999AA10123456784 should arrive thu",
  "quote is $450 incl parts, labour 2.5h",
  "it's at 182,450 km, last service 12/03/2024",
  "torque the wheel nuts to 110 Nm, caliper bracket bolts 27 ft-lb",
  "I'll call you through the app when I'm outside",
  "nah I'd rather not share my number, let's keep it all in here",
  "grab the oil filter from Repco on the way, the one near the highway",
  "Toyota's recall page is toyota.com/recall, just plug in your VIN",
  "the invoice is under autodoctor.app/bookings/88213",
  "plug gap 0.8mm, NGK BKR6E x4",
  "it's throwing P0420 and P0171",
  "serial on the alternator: 104210-3471",
  "Amazon order #4481-2290 arriving friday with the sensor",
  "I'm in Melbourne so Saturday 10am works",
  "pads are 89.95 and rotors 2x 145",
  "tyre pressure 32 psi front, 36 rear",
  "timing belt due at 100,000 miles or 7 years whichever first",
  "the workshop on Smith St does wheel alignments, might be worth it after",
  "battery is 12V 70Ah, CCA 640",
  "my mate Dave reckons it's the thermostat",
  "will ring you in 10 min via the app",
  "the fuse map is in the owner's manual at owners.ford.com",
  "it's a 2015 Hilux 2.8 turbo diesel, 1GD-FTV",
  "paid through the app already, receipt AD-229184",
  "stuck on the M1 so running late, there by 4:30",
  "fuse number 27, 15A, under the dash",
  "bolt pattern 5x114.3, offset +45",
  "el código de la pieza es 6Q0 407 151 L, es la bandeja delantera",
  "son 120 euros con mano de obra, lo pago por la app",
  "a peça custou R$ 350, já paguei pelo app",
  "Drehmoment 120 Nm, Teilenummer 8K0 615 301",
  "le kilométrage est de 145 000 km, vidange faite en mars",
  "la batteria è da 70Ah, costa 95 euro, pago tramite l'app",
  "no need for whatsapp, I'll keep everything on here",
  "I don't use instagram, just message me here",
  "the dealer, Toyota Parramatta, quoted me 900 for the same job",
  "knock when you get here, I'll be in the garage out the back",
  "phone holder clip snapped, part 86150-0K010",
  "check autodoctor.app/help/payments for the refund policy",
  "engine number 2AZ-1234567",
  "radio code 4471, it's on the card in the glovebox",
  "5w-30 full synthetic, 4.5 litres with filter",
  "brake fluid DOT 4, change it every 2 years",
  "booking ref AD-55120, see you monday 8:30",
  "I'll send pics through the chat",
  "My name is Sarah, thanks for coming out yesterday",
  "The Shell on Main Road has air for the tyres",
  "the address is already in the booking",
  "total was 1,245.50 incl GST",
  "ETA 20 mins, traffic on the M4 is bad",
  "odometer reads 087431",
  "injector is Bosch 0445110250",
  "misfire starts at 3,000 rpm, around 80 km/h",
  "Thanks again for today! Just wanted to say the car drives like new. The grinding is completely gone and the steering wheel doesn't shake at 100 anymore. My partner noticed straight away too. For my records, you replaced the front rotors and pads (you said the part was DBA 4000 series, 2x 285mm), flushed the brake fluid to DOT 4, and adjusted the handbrake cable. The total came to $612.40 which I paid in the app this afternoon, receipt came through fine. You mentioned the rear pads are at about 4mm so probably another 15,000 km before they need doing, I'll book you again through here when it's time. Also you were right about the tyre on the rear left, I'll get it looked at by Bob Jane in the next couple weeks. Five stars from me, really appreciate you explaining everything.",
  "Quick update before you come tomorrow: I managed to get the codes read at the auto parts store, they came up with P0301, P0302 and P0304, so cylinders 1, 2 and 4 misfiring. The guy there said it might be the coil packs since the car is a 2010 Ford Falcon FG with 210,000 km on it and they've never been done. He gave me a part number for the coils, it's BYD-12A366 or something, I wrote it on the back of the receipt. I've also got a spare set of Champion plugs, RC10PYPB4, that came with the car when I bought it. Parking's in the driveway as per the booking, the gate is unlocked from 7. I work from home so just knock when you're here, and I'll make a coffee. Roughly how long does a job like that take, 2 hours? Just so I can plan my meetings around it. Cheers!",
  "Hola de nuevo, te cuento cómo fue todo. Al final la avería era el sensor del cigüeñal, como dijiste. El recambio original costaba 145 euros en el concesionario pero encontré uno de Bosch por 68 euros, referencia 0 261 210 170, y lo compré por internet. Llegó ayer y lo tengo aquí listo para cuando vengas. El coche tiene 187.000 km y es de 2009. Si quieres puedes venir el sábado a las 10, ya lo he reservado en la app para esa hora. Te pago por la app como siempre, sin problema. Gracias por la paciencia y por explicármelo todo tan bien la otra vez.",
  "Olá! Só pra te atualizar: levei o carro na concessionária pra fazer o recall do airbag, número da campanha 22V-123, e aproveitaram pra trocar o óleo também, 5W-30, 4 litros. O carro está com 98.400 km agora. O barulho na suspensão continua, principalmente nas lombadas, então queria que você desse uma olhada na bandeja e nas buchas quando vier. O orçamento que você mandou aqui pelo app de R$ 780 está ótimo, pode confirmar. Eu fico em casa na quarta de manhã, o portão é só empurrar. Obrigado!",
  "Sehr geehrter Herr Mechaniker, danke nochmal für die Reparatur letzte Woche. Der Wagen läuft jetzt einwandfrei. Zur Info für Ihre Unterlagen: Es wurde der Zahnriemen samt Wasserpumpe erneuert (Satz von Contitech, CT1028WP1), die Spannrolle gleich mit, und das Kühlmittel auf G13 umgestellt. Kilometerstand bei der Reparatur 142.350 km. Die Rechnung über 689,00 Euro habe ich über die App bezahlt. Ich melde mich wieder über die App, wenn die Bremsen fällig sind, laut Ihnen in etwa 20.000 km. Viele Grüße und einen schönen Feierabend.",
  "scan the QR code on the windscreen sticker, rego expires 14/08",
  "the cell 4 on the hybrid battery reads 7.2V, the rest 7.9",
  "I need two hundred and fifty dollars worth of parts, cash isn't an issue, I'll pay through the app",
  "it's a five speed manual, two litre, one hundred and twenty thousand on it",
  "no WhatsApp or telegram please, I keep everything here on the app for the warranty",
  "I'm not going to pay cash, I'll pay in the app like it says",
  "my country of origin is Italy so the car has a European spec, VIN ZFA31200000123456",
  "the previous owner's name was on the logbook, Tom Reilly, he did all the services at Midas",
  "hey it's Hoang from the booking, car's ready whenever you are",
  "the Telegraph Rd exit was closed so I'm 15 min late",
  "qr code for the invoice is on autodoctor.app/receipts, can't scan it",
  "Thanks again, the car's running great. For reference the part you used was 04465-33471 and the rotors were 43512-02220, and the total was 412.60 paid in the app. I also had a question: my brother in law in the country keeps telling me I should put a catch can on it, is that worth it on a 2.0 petrol with 160,000 km? He reckons the oil consumption will drop. Either way I'll book you through the app next time, number of months until the next service is 6 I think. Cheers",
  "Quick one: the parts shop gave me a number to quote when I pick up the order, it's 448-2290, and the part is a five speed gearbox mount. I'll bring it on Saturday morning when you come to the house in the booking. No need to call, just message me here on the app if anything changes. Also the bird droppings on the bonnet are not damage, they're from the tree lol",
  "a bird hit the windscreen, crack is about 30cm",
  "crack is about 30cm from a stone on the country road",
  "bird poo on the paint has etched the clearcoat, can you polish it",
  "drove out to the country on the weekend and the temp gauge went up to 3/4",
  "the Reilly cam kit arrived, 4 bolts missing",
  "the QR on the tyre placard is faded, the pressures are 33/35",
  "we're out in the country, long driveway, plenty of room to work on it",
  "Ayrton from the booking here, bird strike cracked my mirror glass",
  "the iPhone 14 won't pair with the head unit, CarPlay firmware 3.1.2",
  "the car's a German import so the manual is in German, page 214 has the fuse chart",
  "the French owner before me wired the alarm, relay 87a is on the left",
  "bought the house on the country road last year, the garage floor is at 12 degrees slope",
  "a bird nested in the air intake, filter part A1360",
  "my iphone says the tyre pressure monitor is 2.4 bar front left",
  "Hoang at the dealer said 3 to 5 days for the part",
  "Mrs Reilly's car is the silver one in bay 4",
  "the Portuguese spec Clio has a different loom, part 240114567R",
  "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads, labour about 1.5 hours. I can do Tuesday or Thursday morning, just confirm the booking in the app and I'll bring everything.",
  "Hi Sarah, had a look at the photos. From what I can see the front rotors are worn past the minimum thickness, and the pads are down to about 2mm, so you'll want both replaced on the front axle. The rear drums should be fine for another 10,000 km or so but I'd adjust the handbrake while I'm there since you said it feels loose. Parts will be around $280 for rotors and pads (Bendix 4WD pads, part DB1170, rotors DBA 2180), labour about 1.5 hours. I'll call you through the app on the morning to confirm, Tuesday or Thursday.",
];

/** Innocents the application's detector flags. */
const WRONGLY_FLAGGED: [string, string][] = [
  ["your invoice 4471 shows venmo as the payment method?? I paid by card in the app", "old gap: the rules alone flag it too (OFF_PLATFORM_DEAL)"],
  ["part number 0000 first, then the gasket 11127 584 767", "round 41's retrained stage: flags it as PHONE (the rules alone leave it clean)"],
  [
    "a bird hit the windscreen on the country road, crack is about 30cm",
    "round 43's refit: flags it as EMAIL (the rules alone leave it clean; the first round-20 model flagged it too, later ones did not)",
  ],
];

describe("round-20 stage review: contact attempts are flagged and their detail masked by the application's detector", () => {
  it.each(CAUGHT)("%s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });

  it.each(STAGE_REGRESSIONS)("lost by the first round-20 model, caught since the stage only adds: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });

  it.each(CAUGHT_SINCE_ROUND_25)("old gap caught since round 25: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });

  it.each(CAUGHT_SINCE_ROUND_34)("old gap caught since round 34: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });

  for (const [text, secrets] of OLD_GAPS) {
    // Old gap: the rules alone miss it as well.
    it.fails(`old gap: ${title(text)}`, () => {
      expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
    });
  }

  it.each(STAGE_REGRESSIONS)("the rules alone catch the regression %s", (text, secrets) => {
    expect(caughtBy(text, secrets, RULES_ALONE)).toBe(true);
  });
});

describe("round-20 stage review: hard innocents stay unflagged by the application's detector", () => {
  it.each(CLEAN)("%s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });

  for (const [text, why] of WRONGLY_FLAGGED) {
    it.fails(`${why}: ${title(text)}`, () => {
      expect(flaggedBy(text, APPLICATION)).toBe(false);
    });
  }
});

/** An operator serving wrenchhub.net, with the stage on (what its application runs). */
const WRENCHHUB = detectionOptionsFor(["wrenchhub.net"], "trained");
const WRENCHHUB_RULES = detectionOptionsFor(["wrenchhub.net"]);
const BRAKES =
  "So the car is a 2012 Mazda 3 with about 168,000 km, and for the last couple weeks there's a grinding noise from the front left whenever I brake at low speed, mostly in the mornings when it's cold. I had the pads done maybe 18 months ago and they said the rotors were getting thin but fine for now. The handbrake feels a bit loose too, not sure if you'd look at that while you're there.";

describe("round-20 stage review: an operator's own domain stays readable, every other site is caught", () => {
  it.each([
    "the rules are at wrenchhub.net/policies",
    "see https://help.wrenchhub.net/refunds for the refund steps",
    "mail support@wrenchhub.net if the payment fails",
    "receipts come from noreply@billing.wrenchhub.net",
    "your booking: https://www.wrenchhub.net/bookings/4471",
    `${BRAKES} the refund steps are on help.wrenchhub.net/refunds.`,
  ])("%s stays readable", (text) => {
    const d = detectContactDetails(text, WRENCHHUB);
    expect(d.kinds).toEqual([]);
    expect(d.masked).toBe(text);
  });

  it.each([
    ["the rules are at autodoctor.app/policies", "autodoctor.app/policies"],
    ["I'm on autodoctor.app too, same name, book me there", "autodoctor.app"],
    ["email me at tom@autodoctor.app", "tom@autodoctor.app"],
    ["book me on fixmyride-app.com instead, cheaper", "fixmyride-app.com"],
    ["my profile is on fixmyride-app.com/mech/tom", "fixmyride-app.com/mech/tom"],
    ["log in at wrenchhub.net.evil.io to confirm the booking", "wrenchhub.net.evil.io"],
    ["pay here: https://wrenchhub-net.com/pay/4471", "wrenchhub-net.com/pay/4471"],
    ["verify at wrenchhub.network/login", "wrenchhub.network/login"],
    ["email me at tom@wrenchhub.network", "tom@wrenchhub.network"],
    ["message me at tom@wrenchhub-net.com", "tom@wrenchhub-net.com"],
    ["go to secure-wrenchhub.net/pay", "secure-wrenchhub.net/pay"],
    [`${BRAKES} log in at wrenchhub.network/login to confirm.`, "wrenchhub.network/login"],
  ])("%s is caught", (text, secret) => {
    expect(caughtBy(text, [secret], WRENCHHUB)).toBe(true);
  });

  // Lost by the first round-20 model (the rules alone catch both, asserted below); caught since the
  // stage only adds to the rules' hits.
  it.each([
    [`${BRAKES} see wrenchhub.net.evil.io for my prices.`, "wrenchhub.net.evil.io"],
    [`${BRAKES} my prices are on fixmyride-app.com/mech/tom.`, "fixmyride-app.com/mech/tom"],
  ])("a look-alike buried in a repair message %s", (text, secret) => {
    expect(caughtBy(text, [secret], WRENCHHUB)).toBe(true);
  });

  it.each([
    [`${BRAKES} see wrenchhub.net.evil.io for my prices.`, "wrenchhub.net.evil.io"],
    [`${BRAKES} my prices are on fixmyride-app.com/mech/tom.`, "fixmyride-app.com/mech/tom"],
  ])("the rules alone catch the look-alike in %s", (text, secret) => {
    expect(caughtBy(text, [secret], WRENCHHUB_RULES)).toBe(true);
  });

  // A URL whose user part is the operator's host goes to evil.io: readable at af68ca2, by the rules
  // alone too; caught since a link is judged by the host after the @ (detect-link-userinfo.test.ts).
  it("http://wrenchhub.net@evil.io/pay is caught", () => {
    expect(caughtBy("pay at http://wrenchhub.net@evil.io/pay", ["evil.io"], WRENCHHUB)).toBe(true);
  });
});
