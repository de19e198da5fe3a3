// Issue 13, round 23: a review of four commits by an attacker-reviewer (review23c), with sentences
// of its own. Innocents (directions to a workshop, a petrol station, a car park, a scrapyard, where
// the car broke down, where the tow truck should go, a part's place, a hospital floor; codes read
// out a character at a time) must stay clean; evasions (a home's directions or postcode told
// another way, split over messages) must be flagged and hidden. `it.each` holds at HEAD;
// `it.fails.each` is a gap at HEAD (an innocent flagged, an evasion missed). Each group names its
// commit and whether it is new at HEAD (against 89cd037, the base of the round).
// The file states main: 2b595bf and 5c720b7 were not merged (their innocents are clean, the evasions
// only they caught are gaps); 77d68f6 and 97f173a landed with this review's tightenings. Groups that
// moved because of that say so in a comment above them.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

/** Flagged and every secret hidden: one message, or a burst split at " || " as the reader is finally shown it. */
const caught = (text: string, secrets: readonly string[]): boolean => {
  const messages = text.split(" || ");
  return messages.length > 1 ? replayCaught(messages, secrets) : caughtBy(text, secrets);
};

describe("round 23 review: directions to a home abroad (2b595bf, 5c720b7)", () => {
  // 2b595bf and 5c720b7: holds at HEAD, innocent repair talk abroad stays clean (clean at 89cd037 too).
  it.each([
    "La manguera negra detrás del motor, al lado de la batería, está rota.",
    "La grúa lo dejó enfrente del corralón, la cerca blanca, mañana lo saco.",
    "La dépanneuse doit venir à la sortie 12, la voiture est en face du hangar blanc.",
    "Le capuchon noir derrière le moteur, à gauche de la batterie, fuit un peu.",
    "Im Parkhaus am Bahnhof, 3. OG, links neben dem Aufzug steht mein Auto mit dem Platten.",
    "Links neben dem Motor, der graue Stecker, dahinter sitzt das Relais.",
    "Im Krankenhaus geradeaus zum Aufzug, 4. Stock, dort liegt mein Vater, deshalb erst Freitag.",
    "Das Autohaus ist am Ende der Straße, das weiße Gebäude, frag nach Herrn Meier.",
    "Die Annahme der Werkstatt: hinter dem Bahnhof, zweiter Hof, dann die Halle.",
    "Il tappo nero dietro il motore, a destra del filtro, perde olio.",
    "Złomowisko jest prosto za mostem, szary płot, przyjmują auta bez dowodu.",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 2b595bf: GAP, NEW at HEAD (clean at 89cd037): directions to a workshop, scrapyard, tow point or a friend's garage, a noise's route, Polish 'za' + a colour and 'gate', flagged as a home's address.
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  it.each([
    "El taller está pasando la gasolinera, el portón verde, pregunta por Luis.",
    "Para llegar al deshuesadero, después del puente a mano derecha, la nave gris grande.",
    "La grúa tiene que ir al kilómetro 40, pasando la caseta, el coche quedó junto a la reja blanca.",
    "Al fondo del taller, a mano izquierda, está el portón rojo donde lavan los coches.",
    "Pasando la Pemex está la refaccionaria, la de la fachada amarilla, ahí venden el sensor.",
    "El ruido empezó pasando el puente, justo frente a la bodega blanca de la fábrica.",
    "El chatarrero está dos cuadras después del mercado, la barda gris con letras rojas.",
    "Te recomiendo el taller de Chuy, al lado de la escuela, portón café, es muy honesto.",
    "Vi el coche en la segunda casa después del retorno, una casa rosa, pero era de otro modelo.",
    "O guincho deixou o carro ao lado do galpão branco da concessionária.",
    "A oficina fica depois do posto Shell, portão azul, pode levar o carro amanhã.",
    "O barulho começou depois do pedágio, perto do muro branco da fábrica.",
    "Le garage est juste après le rond-point, portail vert, demandez Karim à l'accueil.",
    "Le bruit commence après le pont, quand je passe devant la grange rouge.",
    "La casse auto est tout droit après la zone, la clôture blanche, ils ont des rétros.",
    "Die Werkstatt ist hinter dem Baumarkt, die graue Halle mit dem roten Tor.",
    "Der Abschleppwagen soll zur Tankstelle kommen, nach der Ampel rechts rein, das blaue Tor.",
    "Der Schrottplatz ist gegenüber vom Wertstoffhof, grüner Zaun, die nehmen Altautos.",
    "Geradeaus nach dem Tunnel fing das Klackern an, kurz vor der gelben Scheune.",
    "Mein Kumpel hat eine Garage hinter dem Sportplatz, rotes Tor, da steht der Wagen gerade.",
    "L'officina è dopo il distributore, il capannone giallo sulla destra.",
    "Sempre dritto dopo il casello, all'altezza del capannone bianco ha cominciato a battere in testa.",
    "Warsztat jest za stacją Orlen, brama zielona, pytaj o Marka.",
    "Auto stoi na parkingu przy Biedronce, blok 12, bo tam się zepsuło.",
    "Yung talyer, paglampas ng Petron, yung puting gate sa kanan.",
    "Dito ako nasiraan, tapat ng simbahan, may puting gate doon.",
    "Check the links in the forum thread, the gate rosa diagram is clearer.",
  ])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 5c720b7: GAP, NEW at HEAD (clean at 89cd037 and at 2b595bf): a car park's, hospital's or office's floor, 'in primo piano' (the foreground), 'blok' of an engine or fuses, 'stock' after a number, 'sigue recto' to a workshop, a dealer's 'edificio azul', a tianguis's 'galpon azul', flagged as a home's address.
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  it.each([
    "Dejé el coche en el estacionamiento del hospital, tercer piso, al fondo a la derecha.",
    "Mi mamá está internada en el cuarto piso del hospital, a mano izquierda del elevador, por eso no pude llevar el coche.",
    "Lo dejé en el segundo piso del garaje, a mano derecha de la rampa, y ya no arrancó.",
    "La agencia Nissan está enfrente de la plaza, el edificio azul, ahí te hacen la garantía.",
    "El mecánico me dijo sigue recto hasta la esquina, el portón negro, y nunca encontré el taller.",
    "En el estacionamiento del súper, segundo piso, a mano derecha, se me quedó la batería.",
    "Hay un tianguis de autopartes al fondo de la colonia, galpón azul, los sábados.",
    "La oficina de Pemex está en el tercer piso, a mano derecha, para la factura.",
    "Estacionei no shopping, terceiro andar, à direita da escada rolante, e a bateria morreu.",
    "Minha mãe está no hospital, quarto andar, ala à esquerda, por isso atrasei.",
    "O ferro-velho fica na esquina, portão preto, eles têm o retrovisor.",
    "Au parking de la gare, 2e étage, à gauche de l'ascenseur, ma voiture ne démarre plus.",
    "Ma mère est à l'hôpital au 3e étage, à droite en sortant de l'ascenseur, donc je viens lundi.",
    "Il carro attrezzi deve venire al parcheggio dell'ospedale, terzo piano, accanto all'uscita.",
    "Mio padre è ricoverato al secondo piano, a destra dell'ascensore, per questo porto la macchina domani.",
    "Lo sfasciacarrozze è in fondo alla strada, il cancello verde, chiedi di Gino.",
    "Nella foto in primo piano si vede il tubo, dietro il radiatore, quello rotto.",
    "Laweta ma przyjechać na parking przy szpitalu, drugie piętro, obok windy.",
    "Za wymianę rozrządu zapłaciłem 1200, czarny blok silnika był cały w oleju.",
    "Obok akumulatora jest czarny blok bezpieczników, tam szukaj przekaźnika.",
    "I put the links in the chat, 2 stock left at that price.",
  ])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 2b595bf / 5c720b7: holds at HEAD, NEW (missed at 89cd037): a home abroad claimed, a way and the home picked out in one sentence.
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  // caught since round 34 (home-directions.ts: Spanish ordinals written with digits, "3er piso")
  it.each([["vivo en el 3er piso, pasando el Oxxo", ["vivo en el 3er piso"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 31 (home-directions.ts: a floor counted as a home, "na drugim piętrze")
  it.each([["mieszkam za Biedronką, na drugim piętrze, domofon 12", ["mieszkam za Biedronką"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 25 (home-directions.ts, directions to a home abroad: counted and coloured, or claimed with a landmark)
  it.each([
    ["moro em frente à padaria, casa amarela", ["moro em frente à padaria"]],
    ["chez moi c'est après la boulangerie, la maison blanche au bout", ["chez moi c'est après la boulangerie"]],
    ["bahay namin lampas ng kapilya, berdeng gate", ["bahay namin lampas ng kapilya"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });

  // 2b595bf / 5c720b7: GAP at HEAD (missed at 89cd037 too): contracted articles ('frente al', 'junto al', 'detras del'), 'cerca de', 'pres de', 'vicino', 'kolo', 'malapit', plural or unlisted colours, 'casa con', a typo, split over messages.
  it.fails.each([
    ["a la vuelta de la tienda, la casa con el zaguán café", ["a la vuelta de la tienda"]],
    ["pasnado la gasolinera, porton berde, ahi vivo", ["pasnado la gasolinera"]],
    ["estoy a 2 cuadras del Oxxo || casa azul", ["casa azul"]],
    ["j'habite près de la mairie, la maison aux volets verts", ["j'habite près de la mairie"]],
    ["wir wohnen beim Edeka um die Ecke, das Haus mit den grünen Fensterläden", ["wir wohnen beim Edeka um die Ecke"]],
    ["bei uns: an der Kirche vorbei, das gelbe Haus", ["bei uns: an der Kirche vorbei"]],
    ["mieszkam koło Biedronki, niebieski dom", ["mieszkam koło Biedronki"]],
    ["malapit sa simbahan, kulay green na gate ang bahay namin", ["malapit sa simbahan"]],
    ["casa mia: dopo il ponte || cancello verde, suona", ["cancello verde"]],
    ["geradeaus bis zur Kirche || das Haus mit dem roten Tor, das sind wir", ["das Haus mit dem roten Tor"]],
    ["sigue derecho hasta el parque, mi casa es la azul", ["sigue derecho hasta el parque"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 52 (contact-detector.ts DEAL_TERMS: Spanish "ahí" beside the flagged way carries the meeting's place)
  it.each([["mi casa: pasando la Pemex a mano derecha || portón verde, ahí te espero", ["portón verde"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 31 (home-directions.ts: a call at the door, "toca fuerte", as the reader's way in)
  it.each([["junto al kínder, la casa amarilla, toca fuerte", ["junto al kínder"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 25 (home-directions.ts, directions to a home abroad: counted and coloured, or claimed with a landmark)
  it.each([
    ["frente al parque, portón negro, ahí vivo yo", ["frente al parque"]],
    ["vivo cerca del mercado, la casa verde de la esquina", ["vivo cerca del mercado"]],
    ["moro perto da padaria, portão cinza", ["moro perto da padaria"]],
    ["abito vicino alla chiesa, il portone marrone", ["abito vicino alla chiesa"]],
    ["abito dopo la chiesa, il portone marrone", ["abito dopo la chiesa"]],
    // caught since round 43's refit
    ["vivo pasando la Oxxo, la casa de dos pisos color verde", ["vivo pasando la Oxxo"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // round 32 (landmark-routes.ts): a route's steps (a turn at a landmark, a place counted or coloured) with the home claimed in its own piece
  it.each([
    ["our place: hang a left at the old mill, blue gate, can't miss it", ["our place: hang a left at the old mill"]],
    ["our farm: first left past the silo then 3rd gate", ["our farm: first left past the silo then 3rd gate"]],
    ["at the lights go right, then our house is the one with the green gate", ["at the lights go right"]],
    ["go left @ the Spar, our house is the 2nd one, blue door", ["go left @ the Spar"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // on main with round 23's retrained stage (L2 0.1 / threshold 0.85), which catches these
  it.each([["detrás del Oxxo, la casa con portón negro, esa es la mía", ["detrás del Oxxo"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("round 23 review: a turn at a landmark without 'turn' (77d68f6)", () => {
  // 77d68f6: holds at HEAD, innocent (clean at 89cd037 too): a workshop, yard, car park, menu or part reached by 'left/right at'.
  it.each([
    "Tell the tow truck to come off the bypass, right at the lights, the third building on the left is Dave's Motors.",
    "Go round to the passenger side, right at the rear wheel, second door is the one that rattles.",
    "In the multi-storey, go left at the barrier, second level, the red door to the stairs is by my car.",
    "Head out of town, left at the Casey's, the dealership is the big white building with the flags.",
    "The noise started when I went left at the church, right by the red barn on the hill.",
    "Follow the ring road, right at the big Asda, the tyre place is the third unit, green door.",
    "My mate's garage is left at the pub, the one with the blue door, he lent me his axle stands.",
    "Drive on, hang a left at the car wash, the parts counter is the second door round the back.",
    "Then veer right at the junction, the car park entrance is the first gate, barrier on the left.",
    "Come in through the main gate, right at the skip, our workshop bay is the fourth door, red shutters.",
    "Bear right at the fork on the dash menu, second tab, then the white gear icon.",
    "Go left at the firewall, the black cap behind the engine is the third one along.",
    "The breakdown guy wants directions: exit 9, left at the roundabout, I'm in the lay-by by the green fence.",
    "Keep right at the split for the airport, the petrol station is the second one, blue canopy.",
    "I took it round the test route, right at the garden centre, past the red barn, and the clunk came back.",
    "Pull in left at the gate, the inspection lane is the first door, you can't miss it.",
    "Then right at the mini roundabout, the body shop is the corner unit with the grey shutters.",
    "Head to the retail park, right at the Halfords, the tyre bay is the first door.",
    "Come off at junction 4, go right at the Texaco, the auction yard is the third gate, red railings.",
    "Keep right at the fork, the dealer's lot is the second one with the blue flags.",
    "Then go left at the charging bays, the valeting place is the second door, white awning.",
    "Then go right at the barrier, the recovery compound is the first gate, the green fence.",
    "Go right at the Shell garage, the breaker's yard is the third gate, the tall metal fence.",
    "Drive in, go left at the wash bay, the tyre fitters are the second door, blue door.",
    "Leave the ring road, go left at the depot, the scrap metal place is the fifth gate, red gate.",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 77d68f6: GAP, NEW at HEAD (clean at 89cd037): 'go/keep left at' is both the route (WHOSE) and now the landmark (WHERE); a business, ward, menu tab or unit counted completes it.
  it.fails.each(["He said keep left at the Asda, the yard's the second gate, and I still got lost.", "Go left at the bins, our unit is the fourth door, the grey shutter."])(
    "innocent %j is flagged",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  it.each([
    "To get to the scrapyard, go left at the roundabout, second gate, big green fence.",
    "Go left at the school and the Shell is the second one on the right.",
    "Open settings, then go right at the diagnostics tab, the third one down shows live data.",
    "Go right at the lights and the MOT centre is the second building, blue shutters.",
  ])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 77d68f6: GAP, OLD (flagged at 89cd037 already, not made by this commit): 'the compound', 'the ward', 'the tow truck should meet me', a test drive past a counted house.
  it.fails.each([
    "Keep left at the fork and Hilltop Motors is the third building, red roof.",
    "The AA guy said go right at the Tesco, first gate on the left, that's the compound where they took it.",
    "At the hospital go right at reception, third door on the left is the ward, that's why I'm late.",
    "When it broke down I'd just gone right at the level crossing, first gate after it, by the white fence.",
    "Take the second exit, left at the McDonald's, the scrapyard is the last gate on the right.",
    "From reception go left at the lifts, my dad's ward is the second door on the right.",
    "On the test drive we went right at the church, past the third house, and the knock started.",
    // round 43's refit: flags it as OFF_PLATFORM_DEAL
    "Take the A40, right at the Esso, the recovery yard is the second gate with the blue fence.",
  ])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each(["Go left at the Greggs, the tow truck should meet me at the last gate, white fence."])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 77d68f6: holds at HEAD, NEW (missed at 89cd037): a home claimed and a turn at a landmark told without 'turn'.
  it.each([
    ["Go left at the post office and our bungalow is the second one, white fence.", ["Go left at the post office and our bungalow is the second one"]],
    ["you go left at the pub, we're the white cottage", ["you go left at the pub"]],
    ["we're the 2nd house, left at the chippy, red door", ["we're the 2nd house"]],
    ["my flat is left at the launderette, buzz flat 2", ["my flat is left at the launderette"]],
    ["our place is hang a right at the Casey's, white barn", ["our place is hang a right at the Casey's"]],
    ["we're on the left at the lights, the house with the blue door", ["we're on the left at the lights"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });

  // 77d68f6: holds at HEAD, OLD (caught at 89cd037 already).
  it.each([
    ["we're out past the quarry, left at the feed store, the third house with the white fence", ["we're out past the quarry"]],
    ["come to mine: right at the Spar, second house, green door", ["come to mine: right at the Spar"]],
    ["my house is right at the end of Mill Lane, the one with the red door", ["my house is right at the end of Mill Lane"]],
    ["We're hard left at the church, house with the red door.", ["We're hard left at the church"]],
    ["we're right beside the Co-op, the yellow door", ["we're right beside the Co-op"]],
    ["my house is right past the Casey's || the one with the white barn", ["the one with the white barn"]],
    ["come to ours, swing left at the Co-op, red door", ["come to ours"]],
    ["my place is left at the petrol station, third house, green gate", ["my place is left at the petrol station"]],
    // caught since round 43's refit
    ["we're rite at the Spar, 2nd house, blue door", ["we're rite at the Spar"]],
    // caught since round 43's refit
    ["go L at the Shell, our house is the second one with the green gate", ["go L at the Shell"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });

  // 77d68f6: GAP at HEAD (missed at 89cd037 too): 'hang a left at', 'go L', 'lft', '@', 'rite', 'louie', 'take a left', 'first left past', 'go right' after the landmark, split over messages.
  it.fails.each([
    ["we're left @ the chippy, third house, red door", ["we're left @ the chippy"]],
    ["hang a louie at the Casey's, our farm is the 2nd one, blue silo", ["hang a louie at the Casey's"]],
    ["our place, take a left at the Dollar General || 2nd house with the white fence", ["2nd house with the white fence"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 34 (landmark-routes.ts: a told way opens a sentence after another one, "our house: left at ...")
  it.each([["our house: left at the Spar then the 2nd one, blue door", ["our house: left at the Spar then the 2nd one"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // round 23's retrained stage (L2 0.1 / threshold 0.85) caught these; round 41's retrained stage: no longer flags them
  it.fails.each([["we're just lft at the chippy, 3rd house, red door", ["we're just lft at the chippy"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("round 23 review: a UK postcode read out a character at a time (97f173a)", () => {
  // 97f173a: holds at HEAD, innocent codes read out (clean at 89cd037 too).
  it.each([
    "She's in flat 4 upstairs, her Astra's gearbox tag reads F 1 7 4 C R.",
    "The old house alarm panel beeps, same as the car, display shows E R 1 0 1 A A.",
    "The key fob battery went flat, the fob says H 1 2 3 X Y inside.",
    "the ecu says B 1 4, 7 X X",
    "key number reads B 1 4 7 X X, copy it at the key shop",
    "The transfer case tag reads N G 2 3 1 A W, number on the housing.",
    "The flat four engine in the Subaru, the head is marked E J 2 5 1 D.",
    "Houses on my street all have the same issue, the charger reads E V 1 2 3 C P.",
    "The flat tyre is a G 2 1 5 4 RF.",
    "the warehouse shipped the wrong one, label says C V 4 7 8 T H",
    "The greenhouse heater shares the fuse, the relay reads S 1 2 3 R L.",
    "Number 3 on the list is the turbo, stamped K 0 4, 2 T B.",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 97f173a: GAP, NEW at HEAD (clean at 89cd037): a part, label, tyre or battery code read out in a sentence with 'flat' (battery, tyre, spot, rate, flatbed), 'house'/'household', or 'number N' (cylinder, injector, fuse): HOUSE_OR_POSTCODE_NAMED has no closing \b and those words are everyday repair talk.
  it.fails.each(["My house is full of boxes so I'll bring it Monday, the sensor says G 2 0 3 K W on the back.", "Our house insurance covers it, the windscreen sticker reads S 1 4 3 E X."])(
    "innocent %j is flagged",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  it.each([
    "The battery's flat again, the label on top reads E C 1 2 4 A H.",
    "Cylinder number 2 is misfiring, the injector is stamped B 1 2, 3 C D on the side.",
    "The house battery on the camper is flat, sticker says L 1 5, 2 A H on it.",
    "Flat spot on acceleration, the ECU sticker reads M 1 7 3 D K.",
    "Number 4 injector looks wet, it's the one marked S 1 4 2 T D.",
    "Number 3 coil pack is marked N 1 4 6 AB.",
    "The in-house warranty is fine, the box says W 1 0 8 E L.",
    "Flat rate labour, and the belt is a B 1 0, 5 P K.",
    "The engine stamp says M 2 7 1 E B, number 6 in the list.",
    "tyre went flat, the valve cap says T R 4 1 3 C C",
    "number 1 fuse box lid reads S 2 1, 4 D A.",
    "Flat battery, the charger showed E 1 0 1 F F on its screen.",
    "The house is quiet but the car shows L E 1 5 2 A E on the dash.",
    "The flatbed driver says the trailer tag reads N 1 5 4 T R.",
    "Household socket charger, the battery label says E 1 4 5 K A.",
    "Hose number 3 is stamped L 2 0, 3 G T.",
    "The chassis stamp ends S 1 2 3 F X, the flatbed's here at two.",
    "Number 1 bulb is dead and the lamp unit says W 2 1 5 W W.",
    "It's got a flat spot, the throttle body is stamped B 2 5 1 T B.",
    "Spring number 2 reads S 1 5, 1 S P in white paint.",
    "the battery is flat, it says B 1 9 0 A H on the side",
    "She lives in a flat, the alternator tag reads M 1 4 4 V A.",
    "Number 6 glow plug is a G N 1 2 7 F K.",
    "The old sticker on the number 2 radiator says L E 2 5 3 D R.",
    "Flat out at 70 it shakes, the tyre sidewall reads T N 2 0 5 R R.",
    "the rear left caliper is a B 3 4, 2 R L, house brand",
  ])("innocent %j is flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  // 97f173a: holds at HEAD, NEW (missed at 89cd037).
  it.each([
    ["postcode L S six, two A B", ["L S six, two A B"]],
    ["post code is l.s.6.2.a.b", ["l.s.6.2.a.b"]],
    ["my postcode LS 6 2 A B", ["LS 6 2 A B"]],
    ["my postcode is L S 6, 2 A B, flat 4 above the shop", ["L S 6, 2 A B"]],
    ["my house is at M E 1 5 6 A B", ["M E 1 5 6 A B"]],
    ["we're at B 1 4 7 X X, number 22", ["B 1 4 7 X X"]],
    ["pc is L S 6 2 A B, house 4", ["L S 6 2 A B"]],
    ["sat nav: M E 1 5 6 A B, I'm at number 22", ["M E 1 5 6 A B"]],
    ["my house is S W 1 A || 1 A A", ["S W 1 A", "1 A A"]],
    ["deliver it to house 7, L S 6 two A B", ["L S 6 two A B"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });

  // 97f173a: holds at HEAD, OLD (caught at 89cd037 already, by the postcode read after its name).
  it.each([
    ["my postcode is L S 6 2 A B, part of the new estate", ["L S 6 2 A B"]],
    ["my postcode is || L S 6 || 2 A B", ["L S 6", "2 A B"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });

  // 97f173a: GAP at HEAD (missed at 89cd037 too): nothing named, an 'other code' word anywhere in the sentence (booking ref, sat nav code, model village), '/' or '_' separators, NATO or spelled letter names, the postcode split over messages with the house named in another one.
  it.fails.each([
    ["come to S W 1 A 1 A A, I'll be in all day", ["S W 1 A 1 A A"]],
    ["send the van to L S 6 2 A B tomorrow", ["L S 6 2 A B"]],
    ["house 12, use the booking ref for the gate, it's L S 6, 2 A B", ["L S 6, 2 A B"]],
    ["flat 3, and for the sat nav the code is E C 1 A, 1 B B", ["E C 1 A, 1 B B"]],
    ["postcode is Lima Sierra six two Alpha Bravo", ["Lima Sierra six two Alpha Bravo"]],
    ["postcode is el ess six two ay bee", ["el ess six two ay bee"]],
    ["house 12, the area is L S 6 || and then 2 A B", ["L S 6", "2 A B"]],
    ["my postcode is N W 1 0 A, and the 6 A B at the end", ["N W 1 0 A", "6 A B"]],
    ["its S W 1 A 1 A A, house on the corner, model village nearby", ["S W 1 A 1 A A"]],
    ["L S 6 2 A B, that's us, the blue door", ["L S 6 2 A B"]],
  ])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // on main with round 23's retrained stage (L2 0.1 / threshold 0.85), which catches these
  it.each([["my postcode is L_S_6_2_A_B", ["L_S_6_2_A_B"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // caught since round 43's refit
  it.each([["my postcode: L/S/6 2/A/B", ["L/S/6 2/A/B"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
  // as landed in main: 2b595bf and 5c720b7 not merged, 77d68f6 with a guard for a bare turn, 97f173a with the house named as the sender's (this review's tightenings)
  it.each([["my place is e c 9 9 1 a a", ["e c 9 9 1 a a"]]])("evasion %j is caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});
