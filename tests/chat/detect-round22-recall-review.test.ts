// Round-22 review (review22a, b8607e4) of the four recall commits of branch recall22: ea9374c (house
// calls), 8a27512 (meetings proposed abroad in any form), bcbdba4 (directions to a home abroad) and
// 6b91999 (talk moved to the phone, SMS, e-mail or a DM), read as a new user and as an attacker:
// innocent repair chat in English, Spanish, Portuguese, French, German, Italian and Polish, and
// contacts in other wordings than the commits' specs (slang, typos, other word orders, a clause
// split, other forms of the verb). None of the four was merged. The review's verdict (rules of each
// commit against those of fefbfa4, the round's start): innocents newly flagged ea9374c 19 of 28,
// 8a27512 27 of 29, bcbdba4 24 of 26, 6b91999 18 of 28; contacts newly caught ea9374c 2 of 28,
// 8a27512 1 of 28, bcbdba4 6 of 26, 6b91999 1 of 28.
//
// Every sentence was written by the reviewer (none taken from the corpus), and each keeps the
// reviewer's expectation: an innocent is not flagged, a contact is flagged, by the application's
// detector (detectionOptionsFor(domains, "trained"): the rules, then the trained stage). The file
// specifies main's detector and records round 22's gaps for the next round; each table says what
// it is at main:
// - "clean at main" (`it`): an innocent left clean, to stay clean under any new rule of the kind;
// - "gap, innocent flagged at main" (`it.fails`, with the kind main reports);
// - "caught at main" (`it`): a contact flagged;
// - "gap, contact missed at main" (`it.fails`): a contact main leaves clean.
// At main: innocents 111, 5 flagged; contacts 110, 14 caught, 96 missed.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("house calls: a visit to a home offered (ea9374c, not merged)", () => {
  // clean at main: visit verbs about the workshop's yard, bay or counter, an errand to a supplier or
  // dealer, a visit booked in the app, a third party's offer retold, a visit refused
  it.each([
    "When you drop it off I'll walk over and check it while you wait in reception",
    "I could come by and have a look, but only if you book the mobile visit through the app",
    "we met at the shop yesterday, I'll come round to the counter and fix the invoice",
    "I'll pop back over after the MOT and check the emissions printout with you",
    "no I won't come round to yours, sorry, bring it in and I'll fix it here",
    "can you come over to reception and check the bill with me, I'm here now",
    "Once the car on the ramp is done I'll head over and have a look at yours in the bay",
    "Pull in at the gate and I'll come over and check it in the yard",
    "Just park outside reception, I'll come round and take a look at it there",
    "can you come over and have a look at it when I bring it in on Friday?",
    "can you come out and look at it in the car park when I arrive, it's making the noise right now",
    "I'll nip over and check the parts shop next door has the pads",
    "I'll head over later and check the part numbers with the supplier",
    "I'll call around tomorrow and check the price of the clutch kit with the factors",
    "I'll call round later and check the stock at the other branch",
    "Happy to drop by after lunch and check the tyre again at the garage",
    "Your car's on the lift, I'll swing round after lunch and do the pads",
    "I booked the mobile service in the app, so can you come round at 10 and have a look at it on my drive?",
    "Thanks for booking the on-site visit here, I'll swing by at 9 tomorrow and change the pads as booked",
    "A guy on facebook said I'll pop over and fix it at yours for 50 quid, is that a scam?",
    'He messaged me "can you come round tonight and have a look", I told him I only book through here',
    "my dad says he can come round and have a look, he used to be a mechanic",
    "the last guy said I'll swing by and fix it, then never turned up",
    "I'll come over and look at it with you when you bring it in",
    "I'll pop by tomorrow to the dealer and check the recall list for your VIN",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at main (OFF_PLATFORM_DEAL): a home visit retold and refused, or asked
  // for through the app's own booking
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each(["he asked if he could pop round to my house and fix it for cash, I said no"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(["Does the app let me book someone who can come round and fix it at my house?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each(["can you come round to my place if I book the home visit option here?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a visit to either's home said with 'your place/house', 'ur place', 'mine',
  // 'come (out) to you' or 'a house call'
  it.each([
    "I can come to your place and fix it, cheaper than the app",
    "I could come to your house instead, save you the booking fee",
    "come by mine sat, I'll show you the car",
    "pop round mine tmrw n have a look",
    "id come by ur place after work and look at it",
    "I can make a house call on Saturday, skip the app",
    "I can come out to you tomorrow and fix it, cash is fine",
    "I'll come to you, fix it on the driveway, cash",
    "I'll swing past your house after work, we can sort it there", // caught by round 23's stage (L2 0.1, threshold 0.85)
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // gap, contact missed at main: a visit offered in other wordings (questions, 'yours' or 'urs',
  // slang and typos, a visit split from its job, another verb), none flagged
  // caught since round 52 (in-person-visits.ts: the workshop said not to be needed is the visit's OFF)
  it.each(["No need for the workshop, I'll come round yours and fix it"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  it.fails.each([
    "can I come over to yours and fix it?",
    "Shall I pop round and take a look?",
    "want me to swing by and fix it?",
    "I'm gonna pop round tomorrow and sort it for you",
    "I'd be happy to come out to you and do it on your drive",
    "I'll be round at yours at 6 to fix it",
    "Can I come and see it at yours?",
    "I'll visit you at home and do the job there",
    "u cud swing over 2 mine n fix it",
    "I'll pop ovr 2nite n fix it",
    "i can pop over, you're only down the road",
    "I'll bring my tools to yours on Sunday",
    "do you want me to pop over and take a look",
    "ill come round urs sat n sort it",
    "Easier if I just come round. Tonight ok? I'll fix it",
    "I'll rock up at yours in the morning and change the pads",
    "lemme swing by urs n do the brakes",
    "I'll come by, give me your postcode",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});

describe("meetings proposed abroad in any form (8a27512, not merged)", () => {
  // clean at main: 'we meet' at the workshop or with a dealer, an assessor or the family, a meeting
  // refused, retold or asked of the app, and idioms built on the same verbs ('se voir obligés',
  // 'eine Entscheidung treffen', 'trovarci un ricambio', 'spotkać się z problemem')
  it.each([
    "No podemos vernos mañana porque cierro, ven el lunes",
    "¿La app deja que podamos vernos en persona el sábado?",
    "¿Podemos vernos mañana a las 9 en tu local para dejar el coche?",
    "¿Podemos vernos el lunes en la concesionaria? Ahí me hacen la garantía",
    "Mejor vernos el lunes cuando te traiga el coche",
    "El perito de la aseguradora quiere vernos el lunes a los dos",
    "Mi familia quiere reunirnos el sábado, por eso necesito el coche listo",
    "El otro mecánico me dijo podemos vernos en la gasolinera mañana, le dije que no",
    "Podemos nos encontrar na mecânica amanhã às 8?",
    "Podemos nos encontrar na concessionária amanhã pra revisão?",
    "Podemos nos encontrar às 8 quando eu deixar o carro?",
    "A gente vai se encontrar com o perito da seguradora amanhã",
    "On peut se voir demain au centre auto pour le devis ?",
    "On peut se retrouver demain à la carrosserie à 8h ?",
    "On va se voir obligés de changer les 4 pneus",
    "On peut se voir refuser le contrôle technique demain si le voyant reste allumé",
    "Können wir uns morgen um 8 in der Autowerkstatt treffen?",
    "Lasst uns bis morgen eine Entscheidung treffen wegen der Kupplung",
    "Wir sollten uns heute noch eine Wahl treffen, welche Reifen es werden",
    "Possiamo vederci domani in carrozzeria per il preventivo?",
    "Possiamo vederci domani dal gommista alle 9?",
    "Possiamo vederci domani al concessionario per il tagliando?",
    "Meglio trovarci un ricambio usato, costa 40 euro",
    "Possiamo trovarci un pezzo di ricambio entro sabato?",
    "Possiamo vederci chiaro solo dopo la diagnosi di sabato",
    "Spotkajmy się jutro w serwisie, zostawię kluczyki",
    "Spotkamy się jutro przy odbiorze samochodu",
    "Możesz się spotkać z problemem przy zimnym silniku",
    "Możemy się spotkać z odmową na przeglądzie jutro",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, contact missed at main: a meeting or an invitation to come to a public place (a bar,
  // café, park, square, station, petrol station, shopping centre, supermarket or fast-food
  // restaurant), mostly with a day or an hour, in six languages; none flagged (no
  // table of caught meetings here: main catches none of them)
  it.fails.each([
    "quieres vernos el viernes en el mcdonalds?",
    "podemos juntarnos en el parque el finde",
    "Vente al bar de la esquina a las 7 y lo hablamos",
    "podriamos vernos en el Starbucks del centro",
    "nos podemos ver mañana en la gasolinera",
    "¿podemos vernos?, mañana a las 10 en la Shell",
    "Podemos vernos. Mañana 10h en la Repsol",
    "bora se ver amanha no shopping",
    "podemos nos ver sábado no estacionamento do mercado",
    "vamos marcar na praça domingo",
    "on se capte demain au Macdo",
    "retrouve-moi samedi sur le parking du Leclerc",
    "je te rejoins devant la gare demain",
    "on se donne rdv samedi au parking",
    "wir könnten uns am Bahnhof treffen",
    "komm Freitag einfach zum Lidl-Parkplatz",
    "ci becchiamo domani al bar",
    "potremmo incontrarci in piazza venerdì",
    "spotkajmy się w Maku",
    "podjedź jutro pod Biedronkę",
    "podriamos bernos mñn en la shell",
    "wollen wir uns Freitag am Bahnhof treffen",
    "possiamo vederci venerdi in piazza",
    "on pourrait se voir vendredi au Mcdo",
    "dá pra gente se encontrar sexta no posto",
    "mozemy sie spotkac w piatek na Orlenie",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  it.each(["treffen wir uns am Freitag beim Edeka?", "widzimy się jutro na stacji"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});

describe("directions to a home abroad (bcbdba4, not merged)", () => {
  // clean at main: directions to a workshop, dealer or test centre by a landmark and a coloured gate,
  // a crash into a gate, a coloured car part after a wash or a knock, a car left by a counted house,
  // the school run
  it.each([
    "El lubricentro está pasando la YPF, portón verde, ¿no?",
    "El concesionario me dijo que su nave está detrás del Mercadona, portón azul, gira a la derecha",
    "Vale, pasas la Repsol, portón verde a la derecha: así me dijiste que era vuestro local, ¿verdad?",
    "La gomería queda después del peaje, portón azul, pasas la rotonda y listo",
    "A borracharia fica depois do posto, portão azul, passa a ponte",
    "La carrosserie est après le rond-point, portail vert, vous prenez la deuxième",
    "La carrozzeria è dopo il distributore, cancello verde, prendi a destra",
    "Der Reifenhändler ist nach der Aral, grünes Tor, rechts rein",
    "Serwis jest za Biedronką, zielona brama, skręć w prawo",
    "Bati no portão branco da terceira casa depois da padaria",
    "Bin gegen das grüne Tor beim dritten Haus nach der Aral gefahren",
    "Después del lavado el techo negro quedó manchado, ¿pasa la garantía?",
    "Depuis le choc derrière le Lidl, la porte rouge frotte, passez la main dessus",
    "Seit dem Rempler hinter dem Lidl klemmt die rote Tür, nimm die andere",
    "Depois da batida a porta branca não fecha direito, passa a mão pra ver",
    "Dopo il lavaggio il tetto nero è pieno di aloni, vai in garanzia?",
    "Lo tienes frente a la tercera casa después de la farmacia, la llave está en el buzón",
    "Ya lo encontré: después de la Shell, portón negro, entra por el lateral, ¿es vuestra nave?",
    "Estoy frente a la nave, porton gris, pasa la barrera y te veo",
    "Ahí dejo a mi hija en el cole: después de la rotonda, casa blanca, toma la salida 2",
    "La ITV está pasando el puente, valla verde, sales a la derecha",
    "Le contrôle technique est derrière le Leclerc, portail bleu, prenez à gauche",
    "Die Prüfstelle ist hinter der Shell, blaues Tor, fahr rechts rein",
    "La revisione la fanno dietro la Coop, cancello grigio, prendi a sinistra",
    "Stacja kontroli jest obok Orlenu, niebieska brama, skręć w lewo",
    // flagged at main until round 41's retrained stage (OFF_PLATFORM_DEAL): a crash into a green gate by a counted house
    "Choqué contra el portón verde de la tercera casa después de la rotonda",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, contact missed at main: the sender's home placed by a landmark and told by a gate,
  // fence, colour, roof, tree or count, in six languages, with typos, asides and an offer to fix it
  // there; none flagged (no table of caught ones here: main catches none of them)
  it.fails.each([
    "moro atrás do mercado, sobrado amarelo",
    "vivo pegado a la farmacia, casa verde",
    "moro do lado da padaria, casa azul",
    "vivo justo detrás de la iglesia, la casa con el limonero",
    "vivo en la 3a casa después de la farmacia",
    "ich wohn gleich hinterm Edeka, das gelbe Haus",
    "mieszkam za Żabką, dom z czerwonym dachem",
    "vivo después de la YPF pero la casa tiene portón verde",
    "bivo detras del oxxo porton berde",
    "wohne hinter der Kirche, Haus mit rotem Dach",
    "mi casa: tras el Mercadona, porton azul",
    "yo vivo por la YPF, la casa del porton verde",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught since round 25 (home-directions.ts, directions to a home abroad: counted and coloured, or claimed with a landmark)
  it.each([
    "j'habite à côté de la mairie, maison jaune",
    // "mas" (más, or Portuguese "but") no longer drops the sentence: a contrast cuts it after a comma only (round 25 review 2)
    "vivo despues del Oxxo, casa azul, aca te arreglo el carro mas barato",
    "abito vicino alla chiesa, villetta gialla",
    "mieszkam naprzeciwko kościoła, żółty dom, klatka B",
    "wir wohnen nach dem Netto, grauer Zaun",
    "chez moi c'est la 3e maison après la boulangerie",
    "mi casa queda pasando la YPF, portón verde, ven con el coche",
    "sto dopo la farmacia, casa col cancello verde",
    "vivo frente a la plaza, la casa rosada",
    "casa mia è dopo il bar, il portone marrone",
    "Vivo detrás del Oxxo. Casa de portón verde.",
    "vivo detrás del Oxxo, portón verde, ahí guardo el auto",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught since round 43's refit
  it.each(["mi casa es la del portón verde enseguida de la farmacia", "vivo a dos cuadras del Oxxo, casa con reja negra"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});

describe("talk moved to the phone, SMS, mail or a DM (6b91999, not merged)", () => {
  // clean at main: talk by phone, SMS or mail with a dealer, insurer, assessor or tow truck retold,
  // a refusal to move, the app's own notifications, DMs and call button, 'take this to' a shop
  it.each([
    "El concesionario dice que seguimos por mail con la garantía, ¿te reenvío lo que me manden?",
    "Como hablamos por teléfono ayer con la grúa, el coche llega a las 10",
    "No, no seguimos por WhatsApp, todo por aquí como dice la app",
    "He wanted to take this to texts and I said no way",
    "I'll take this to the phone shop next door to get the car charger fixed",
    "The insurer asked to take it to email, so I'll forward their reply here",
    "I don't want to take this to DMs, let's keep it here",
    "Can we move this to a phone call through the app's call button?",
    "Mandame un DM por la app con las fotos",
    "El perito me dijo: lo hablamos por teléfono mañana",
    "Die Versicherung will das telefonisch klären, ich melde mich dann hier",
    "Der Händler meinte, das soll man telefonisch klären, ruf die an",
    "Ich konnte das gestern mit dem Autohaus telefonisch klären",
    "Der ADAC will das per Telefon regeln, nicht über dich",
    "Das Autohaus sagt, per Mail weitermachen, die schicken mir den Kostenvoranschlag",
    "Il concessionario mi ha detto: ci sentiamo per telefono domani",
    "Domani ci sentiamo per telefono col perito, poi ti scrivo qui",
    "Il carrozziere vuole: scrivimi per mail le foto, e gliele mando",
    "Le concessionnaire m'a dit : on continue par mail pour la garantie",
    "L'expert de l'assurance : on passe par téléphone demain, je te redis ici",
    "Mon ancien garagiste m'écrivait « on continue par SMS », ici c'est mieux",
    "Il m'a demandé : tu peux m'écrire par SMS ? J'ai refusé",
    "Le dépanneur a dit : écrivez-moi par SMS votre position",
    "A seguradora falou: vamos pro zap deles pra mandar as fotos",
    "O guincho disse vamos pro whats pra mandar a localização, pode ser?",
    "Can I switch it to text notifications instead of emails?",
    "Does the app let us move this to a call, or is it chat only?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at main (MESSAGING_APP): a request to move to WhatsApp retold and refused
  it.fails.each(["Él me pidió que pasemos por WhatsApp y le dije que no"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a move to WhatsApp, Telegram or texts proposed with the app's name or
  // 'offline'
  it.each(["mejor seguimos x wsp", "continuemos por WhatsApp", "lass uns per WhatsApp weiterreden", "lets take it offline, text me", "on peut continuer sur whatsapp", "lets take this to telegrm"])(
    "catches: %s",
    (text) => {
      expect(flaggedBy(text)).toBe(true);
    },
  );
  // gap, contact missed at main: a move to the phone, SMS, e-mail, private messages or WhatsApp
  // by a nickname ('whats', 'wasa'), short, slangy or typo'd, in seven languages; none flagged
  it.fails.each(["te escribo al privado", "bora falar pelo whats", "manda msg no direct", "on s'appelle ce soir ?", "can we go to DMs", "seguimos por wasa"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught since round 32 (other-languages.ts: the Polish move, "przejdźmy" before "na SMS")
  it.each(["przejdźmy na SMS"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught from round 24's widening after its review (the sender's "write me" imperative: schreib mir, scrivimi)
  it.each(["schreib mir lieber per SMS", "scrivimi in privato"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught from round 24 (the talk carried on privately, by phone or by mail, proposed by the two
  // parties: detect-meetings-deals-moves-round24.test.ts)
  it.each([
    "können wir das telefonisch besprechen? lieber nicht hier",
    "hablemos por teléfono mejor",
    "sigamos x mail",
    "vamos continuar por email",
    "on continue en privé",
    "on passe en MP",
    "lass uns das am Telefon klären",
    "sentiamoci al telefono",
    "hablamos x telefono mejor",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
  // caught from round 23 (the talk taken, moved or switched to a channel named as where it goes,
  // detect-round23-talk-taken-to-a-channel.test.ts)
  it.each(["let's switch to email", "switch over to texting?", "take this convo to txt", "move this to e mail pls"])("catches: %s", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
