// Round-21 review (at 4238977) of the eight recall commits merged from miss21 (a29ad3c, 392407d,
// 6ed5661, b5aec4e, aef890d, 8cdd7f8, 955f56c, 1730df1), as a hostile user: innocent repair chat in
// English, Spanish, Portuguese, French, German and Italian that the new rules flag, look-alikes they
// rightly leave, and contacts in other wordings than their specs (does each rule generalise?).
//
// Every sentence was written for this file (none taken from the corpus). Each asserts what the
// application's detector (detectionOptionsFor(domains, "trained")) should do: an innocent message is
// not flagged; a contact attempt is flagged and every letter and digit of its detail is masked.
// `it.fails` marks what it gets wrong today, with a comment naming the side responsible:
// - "<commit>": the rules at dcab659 (before the eight) left the innocent clean, the commit flags it;
// - "old gap": flagged at dcab659 already (rules, or the trained stage where said);
// - "not reached (<commit>)": a contact of the commit's kind in a wording its rule does not read.
//
// Measured with npx tsx over these sentences, each commit's src applied in turn on dcab659:
// a29ad3c 20 innocents newly flagged, 392407d 14, 6ed5661 22, b5aec4e 8, aef890d 7, 1730df1 7,
// 8cdd7f8 and 955f56c none (of 5 and 9 tried); the trained stage added no flag of its own to any
// innocent here, and the rules alone flag the same innocents as the application.
//
// After the review, 1eb584b reverted a29ad3c, 392407d and 6ed5661: the innocents they flagged are
// plain `it` again (left clean) and the attacks only they caught are `it.fails` ("not caught since
// 1eb584b"), each table marked so. b5aec4e, aef890d, 8cdd7f8, 955f56c and 1730df1 stay.
import { describe, expect, it } from "vitest";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("directions abroad (a29ad3c): a relation, a coloured gate or building, and a place or way in one sentence", () => {
  // left clean again: 1eb584b reverted the rule that flagged these
  it.each([
    "Estoy en el taller que me asignó la app, detrás de la Repsol, el del portón azul, ¿entro con el coche?",
    "Me quedé tirado después del peaje, al lado de una nave blanca, sigue saliendo humo del capó",
    "Estoy esperando la grúa después de la gasolinera, junto a una nave blanca, en el arcén",
    "Sigue goteando aceite: lo dejé aparcado detrás del Mercadona, junto a la tapia blanca",
    "Toma nota: el ruido empieza después del puente, cuando paso la casa blanca de la curva",
    "Gira el volante a tope y cruje, sobre todo después de la rotonda que hay frente a la nave gris del polígono",
    "El taller está pasando la YPF, portón verde; toca bocina y te abren",
    "Bati de ré no portão branco do vizinho, perto da padaria, e agora o carro não pega",
    "A oficina credenciada fica depois do posto Ipiranga, galpão azul, entra pelo lado esquerdo",
    "Vira a chave e ele faz um barulho, principalmente depois da lombada em frente ao muro amarelo da escola",
    "Pega mal de manhã, principalmente depois da chuva; deixo ele na frente do muro cinza do prédio",
    "Estou esperando o guincho depois do pedágio, ao lado de um galpão branco",
    "Je suis tombé en panne juste après le péage, devant un hangar bleu, la dépanneuse arrive",
    "Le garage où l'appli m'a envoyé est derrière le Leclerc, portail vert, je suis sur le parking",
    "J'attends la dépanneuse après le pont, à côté d'un hangar blanc, je suis sur la bande d'arrêt",
    "Venez quand vous voulez au garage, c'est après le rond-point, le hangar blanc",
    "Ich bin nach dem Parken gegen den grünen Zaun gerollt, bei mir ist jetzt die Stoßstange verbogen",
    "Sto aspettando il carro attrezzi dopo il ponte, davanti a un capannone grigio",
    "Vieni pure in officina quando vuoi, dopo la rotonda, il capannone giallo",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // round 41's second refit: flags it as OFF_PLATFORM_DEAL
  it.fails.each(["Die Werkstatt, zu der mich die App geschickt hat, ist hinter dem Lidl, graues Tor, einfach klingeln?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each(["Sono in officina da voi, dietro il distributore, il capannone grigio: entro?", "Ich warte auf den Abschleppwagen nach der Ausfahrt, neben einer grauen Halle"])(
    "leaves clean: %s",
    (text) => {
      expect(flaggedBy(text, APPLICATION)).toBe(false);
    },
  );
  // not caught since 1eb584b reverted a29ad3c (the sender's own home told by a landmark: the kind to reach next)
  it.fails.each<[string, string[]]>([
    ["mi casa está frente a la plaza, la del portón de madera", ["portón de madera"]],
    ["minha casa fica atrás do mercado, o sobrado azul", ["sobrado azul"]],
    ["wir wohnen hinter der Kirche, das Haus mit dem roten Dach", ["hinter der Kirche"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // caught since round 25 (home-directions.ts, directions to a home abroad: counted and coloured, or claimed with a landmark)
  it.each<[string, string[]]>([
    ["casa mia è dopo la chiesa, il cancello nero", ["cancello nero"]],
    ["abito vicino alla scuola, la villetta bianca", ["villetta bianca"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // not reached (a29ad3c): a plural gate, a way told with another verb, shutters, a compound gate word, an ordinal house
  it.fails.each(["unser Hof ist gleich nach der Brücke, rotes Scheunentor"])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
  // caught since round 43's refit, and (the Portuguese home pointed at with "é") round 54's
  it.each(["vivo pasando la Shell, la casa de rejas negras, tocá timbre", "é a casa amarela depois da igreja, pode chegar que eu abro"])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
  // caught since round 31 (home-directions.ts: a landmark after an elided article, "derrière l'église")
  it.each(["c'est la maison aux volets verts, juste derrière l'église, chez moi quoi"])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
  // caught since round 25 (home-directions.ts, directions to a home abroad: counted and coloured, or claimed with a landmark)
  it.each(["vivo detrás del colegio, la tercera casa a la derecha", "moro depois da igreja, terceira casa à esquerda"])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
});

describe("house calls (392407d): work placed at someone else's home", () => {
  // left clean again: 1eb584b reverted the rule that flagged these
  it.each([
    "I'll have a look at the photo of the oil stain on your driveway and get back to you in here",
    "I'm looking at the pics you took on your drive, that's definitely the CV boot",
    "You'd be fixing it at the workshop, not at my place, right?",
    "Yo lo hago así en el taller, pero en tu casa podés hacerlo con un gato hidráulico",
    "Te paso el presupuesto ahora, ¿lo guardas en tu casa o en la calle?",
    "Vengo de revisar las fotos; en tu casa, ¿el coche duerme en garaje?",
    "Te lo cambio en el taller el lunes; si en tu casa hay sitio, deja las piezas viejas allí",
    "Te lo hago en el taller; no hace falta que vayas a tu casa a por la documentación",
    "Eu faço assim na oficina; na sua casa você pode usar um macaco comum",
    "Vou mandar o orçamento; o carro dorme na sua casa ou na rua?",
    "Je le fais au garage, mais chez vous à la maison un cric suffit",
    "Je passe le devis dans l'appli, tu le regardes chez toi à la maison tranquillement",
    "Io lo sistemo con il ponte, a casa tua basta un cric",
    "Te lo faccio vedere in officina, a casa tua non serve nulla",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: flagged by the rules at dcab659 (a photo or video of the sender's driveway looked at)
  it.fails.each(["can you look at the pic of it in my driveway, is that puddle oil or coolant?", "you could look at the video I took at my house, the noise is at cold start"])(
    "leaves clean: %s",
    (text) => {
      expect(flaggedBy(text, APPLICATION)).toBe(false);
    },
  );
  it.each([
    "I'll take a look at those photos from your driveway tonight and quote in the app",
    "I'm replacing the wipers at my place myself, can you just do the brakes at your workshop?",
    "you should look at it at your place with a torch, the leak is easy to see",
    "Ich mache das mit der Hebebühne, bei dir zu Hause reicht ein Wagenheber",
    "Se o carro fica na sua casa, eu faço o orçamento pelas fotos mesmo",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // not caught since 1eb584b reverted 392407d (a house call: the kind to reach next)
  it.fails.each(["let me come round and fix it at your house this weekend", "te lo arreglo en tu casa el sábado", "ich komme am Samstag zu dir nach Hause und mache die Bremsen"])(
    "catches: %s",
    (text) => {
      expect(caughtBy(text, [], APPLICATION)).toBe(true);
    },
  );
  // not reached (392407d): an imperative or no pronoun, "pop over to yours", a modal ("puedo ir", "posso venire"), and "bei dir zu Hause" (the form its own comment names)
  it.fails.each([
    "bring your tools and sort it out at mine, I've got a garage",
    "happy to swap the starter on your drive tomorrow, 8am?",
    "I'll pop over to yours and do the brakes",
    "Puedo ir a tu casa y cambiarte las pastillas el sábado",
    "posso ir na sua casa trocar o óleo no sábado",
    "ich kann am Samstag bei dir zu Hause die Bremsen machen",
    "posso venire a casa tua sabato a cambiare le pastiglie",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
});

describe("moves and meetings abroad (6ed5661): any form of the verb, SMS, mail and the phone", () => {
  // left clean again: 1eb584b reverted the rule that flagged these
  it.each([
    "Podemos ver el presupuesto mañana, hoy no me da el tiempo",
    "Podemos ver as 2 opções de pastilha amanhã com calma",
    "On peut voir le devis demain, je dois en parler à ma femme",
    "On pourrait voir avec l'assurance demain si elle prend en charge",
    "Podemos encontrar a peça original até amanhã?",
    "Me encontra a peça até amanhã?",
    "O guincho vai me encontrar no posto às 15h",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // left clean again: 1eb584b reverted the rule that flagged these
  it.each([
    "¿Podemos hablar por teléfono con la llamada de la app?",
    "Podemos falar por telefone pelo próprio app?",
    "Possiamo sentirci per telefono con la chiamata dell'app?",
    "Vamos pelo telefone mesmo, a chamada do app funciona bem",
    "Mejor seguir por mail con soporte de AutoDoctor, ellos gestionan el reembolso",
    "On continue par mail avec le service client d'AutoDoctor pour le remboursement",
    "Para el siniestro es mejor hablar por teléfono con la aseguradora",
    "Melhor falar por telefone com a seguradora sobre o sinistro",
    "Je préfère parler par téléphone avec l'assurance, pas avec le garage",
    "Preferisco parlare per telefono con l'assicurazione prima di confermare",
    "Lass uns das per Mail an die Versicherung schicken, die wollen die Rechnung",
    "Podemos pasar por Correo Argentino mañana a retirar el repuesto",
    "On peut passer par tel ou tel fournisseur pour la pièce",
    "Können wir auch per Handy bezahlen, oder nur mit Karte?",
    "Lass uns das auf dem Handy anschauen, ich hab die Bremsen fotografiert",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each([
    "Podemos quedar así: mañana te pago por la app cuando lo recoja",
    "Possiamo vedere il preventivo domani con calma",
    "Können wir per Telefon in der App sprechen?",
    "On peut parler par téléphone via l'appli, c'est plus simple",
    "podemos quedar en el taller mañana, como dice la reserva",
    "passons par l'appli pour le paiement, pas par SMS",
    "podemos seguir por aquí en la app, mejor que por teléfono",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // not caught since 1eb584b reverted 6ed5661 (a meeting proposed abroad: the kind to reach next)
  it.fails.each(["wollen wir uns am Samstag beim Lidl treffen?", "podríamos vernos en la gasolinera el sábado a las 10"])("catches: %s", (text) => {
    expect(caughtBy(text, [], APPLICATION)).toBe(true);
  });
  // not reached (6ed5661): Spanish and Portuguese weekdays are no time ("el sábado"), "se encontrar", "m'écrire par SMS", "se capter"
  it.fails.each(["podríamos vernos en el McDonald's el sábado", "bora se encontrar no shopping amanhã", "tu peux m'écrire par SMS ce soir", "on peut se capter sur insta"])("catches: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });
});

describe("names labelled and introduced (b5aec4e)", () => {
  // b5aec4e: "made the trip out to <town>" read as a cheque made out, and third parties and firms after "<label> name should be"
  it.each([
    "we made the trip out to Byron Bay and back and the aircon died on the way home",
    "I made the drive out to Alice Springs last month, 1500 km on that clutch",
    "made the run out to Broken Hill in it and the radiator cracked",
    "the cheque the insurer sent was written out to Daniel Harper, my ex, so the bank won't take it",
    "the invoice name should be Trevor Lang at Lang Plumbing, the company pays for the van",
    "the payee name should be Allianz Australia for the excess, not you",
    "billing name should be Northside Plumbing, it's a work van",
    "the name on the booking should be Kate Morrison, my wife collects it",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: flagged by the rules at dcab659 (a firm or a buyer after an older label)
  it.fails.each([
    "the account name is Origin Energy on that direct debit, nothing to do with you",
    "make the invoice out to Hertz Australia, it's their rental",
    "I wrote the rego out to Karen Mills when I sold her the Falcon last year",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each([
    "Nome: Fiat Panda Cross, anno 2019, 80.000 km",
    "Nombre: Castrol Edge Titanium 5W30, 4 litros",
    "Nom : Plaquettes Bosch QuickStop, avant",
    "Nome: Pneus Pirelli Cinturato P7, 205/55 R16",
    "write the quote out to Harbour Fleet Services please, they own the ute",
    "mi nombre: Ana, pero la reserva está a nombre de mi padre",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["the account name should be Declan Mulcahy for the transfer", ["Declan Mulcahy"]],
    ["nombre completo: Lucía Fernández Ortega", ["Lucía Fernández Ortega"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // not reached by the rules ("nome completo:" is no field label); round 22's model caught it;
  // round 41's retrained stage: no longer flags it
  it.fails.each<[string, string[]]>([["nome completo: Beatriz Moura Tavares", ["Beatriz Moura Tavares"]]])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // not reached (b5aec4e): "make payment out to" has no article
  it.fails.each<[string, string[]]>([["please make payment out to Declan Mulcahy", ["Declan Mulcahy"]]])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("continental streets and boxes (aef890d)", () => {
  // aef890d: a street named in passing, then a count, a distance or a time read as its house number
  it.each([
    "In Via dei Mille 2 volte mi hanno rigato la macchina, ora la porto da voi",
    "Sulla Via delle Industrie 50 metri dopo la rotonda c'è l'autolavaggio",
    "Via della Conciliazione 20 minuti di coda, per questo arrivo tardi in officina",
    "la Via degli Ulivi 3 anni fa era sterrata, per questo ho rotto l'ammortizzatore",
    "Rua das Palmeiras, 40 minutos parado no trânsito e o motor esquentou",
    "Avenida das Nações 2 vezes por semana, sempre trava a segunda marcha",
    "la casilla de correo 3 veces me devolvió el paquete del repuesto",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: flagged at dcab659 ("dos" read as 2 by the rules), left clean since a count or a measure after the number is no house number
  it.each(["Fiquei na Rua dos Bandeirantes 2 horas esperando o guincho do app"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: flagged at dcab659 (a manual's section)
  it.fails.each(["según el apartado 4 del contrato de garantía, las pastillas no entran"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // clean since round 43's refit
  it.each(["Na Rua das Flores 3 carros ficaram alagados ontem, o meu foi um deles"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["Piazza delle Erbe 7, citofono Rossi", ["Piazza delle Erbe 7"]],
    ["apartado de correos nº 412, Jaén", ["apartado de correos nº 412"]],
    ["Via dei Servi 12, Firenze, suonate pure", ["Via dei Servi 12"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // not reached (aef890d): an Italian box with "n." before its number
  it.fails("catches: casella postale n. 301, Parma", () => {
    expect(caughtBy("casella postale n. 301, Parma", ["301"], APPLICATION)).toBe(true);
  });
});

describe("a capital O in a house number (8cdd7f8) and a digit repeated with a count (955f56c)", () => {
  it.each([
    "DID 3OO KM ON THE PACIFIC HWY AND THE TEMP WENT UP",
    "IT TOOK 2O MINUTES TO GET TO THE STATION ROAD WORKSHOP",
    "I DROVE 1OO KM DOWN THE HIGHWAY TO GET HERE",
    "o carro está no 2o andar do estacionamento do Park Shopping",
    "el coche está en el 1o piso de Plaza Norte, al lado del ascensor",
    "the light flashes 3, pause, 2, then 4 times 1, what code is that",
    "Bosch 0 986 494 524 for the front, then 2 times 4 for the rear pads",
    "the code reader said 0 3 0 1 and then 2 times 3 0 0",
    "radio code tries: 1234, 4321, then 3 times 7 and it locked",
    "odometer 184 523, then twice 5 litres of oil topped up",
    "Kilometerstand 184 523, dann zweimal 5 Liter Öl nachgefüllt",
    "ho cambiato 4 candele e poi 2 volte 3 bobine, totale 98 euro",
    "he pedido 2 filtros y luego 3 veces 4 litros de aceite",
    "tighten it twice, then 3 times 9 turns on the adjuster",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["my place is 2O7 Birch Road", ["2O7 Birch Road"]],
    ["my mobile 0412 then 3 times 5 then 019", ["0412", "019"]],
    ["Nummer 0171 4 dann dreimal die 8 dann 12", ["0171 4"]],
    ["mi cel es 11 45 y luego cuatro veces 3 y 21", ["11 45"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // not reached (8cdd7f8): a capital I for a one
  it.fails("catches: I2O Oak St is where I live", () => {
    expect(caughtBy("I2O Oak St is where I live", ["I2O Oak St"], APPLICATION)).toBe(true);
  });
});

describe("English directions: door calls, bare turns, glued distances (1730df1)", () => {
  // 1730df1: a car's door knocked or pressed, or the workshop's door, is a call at a home's door
  it.each([
    "it sounds like a knock on the door every time I go over the bridge",
    "it makes a sound like a knock on the door when I go over bumps past the school",
    "If you press the rear door near the handle it rattles, mostly after the car wash",
    "press the boot door hard near the lock, it only closes after the car wash if you do",
    "knock on the boot door and you'll hear the rattle, it started after the car wash",
    "if I knock on the passenger door the alarm goes off, even when parked near the shops",
    "got to your place past the roundabout, do I buzz the door or wait in the car park?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: flagged by the rules at dcab659 (the booked workshop's bell, a breakdown by a gate, a car's door trim)
  it.fails.each([
    "at the workshop behind the Bunnings now, I'll ring the bell when I get to the front",
    "I'm at the garage you sent me to, behind the Aldi, should I press the buzzer at the gate?",
    "I'm stuck 4km up from the bridge, pulled over near a white gate, hazards on",
    "the steering pulls right 2km down the highway after the bridge, and the red door trim is loose",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each([
    "Your workshop is past the BP right? do I ring the bell or just walk in",
    "the clunk comes when I turn at the lights, like someone knocking on the door",
    "I broke down 3km past the Caltex, near a blue fence, the tow truck from the app is coming",
    "knock on the driver door panel and you'll hear something loose, started after the service",
    "We're at the workshop past the Shell now, knocked on the door but nobody's there",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["I'm 3km down the gravel past the school, the farm with the red gate", ["red gate"]],
    ["over the chemist behind the station, ring the top buzzer, flat 2", ["behind the station"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});
