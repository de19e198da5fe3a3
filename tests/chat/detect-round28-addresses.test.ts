// Round 28 (addresses): sentences written for this round, not taken from the corpus. Post-office boxes in
// more national forms (P.O. Drawer, Afrikaans Posbus, Arabic ص.ب / صندوق بريد, DHL Packstation with its
// Postnummer), a lone Eircode with the home's evidence in its sentence, an Irish townland, town and
// county after a claim or an invitation. A directions rule (a home told by its coloured gate) was tried
// and dropped; its innocents stay, with the third parties and businesses the old directions rule now rejects.
// The innocents first, in the shapes that broke round 27's rules (BMW chassis and engine codes, places
// and businesses in passing, third parties, the car as subject, a way told in the past).
// Run on the rules (DEFAULT_DETECTION_OPTIONS) and the application (APPLICATION, rules then the trained stage).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

const STAGES = [
  ["rules", DEFAULT_DETECTION_OPTIONS],
  ["application", APPLICATION],
] as const;

/** Innocents that must not be flagged, by the kind of false positive they guard against. */
const INNOCENTS: Record<string, string[]> = {
  "a car's, engine's or part's code in an Eircode's shape is no place (address.ts LONE_EIRCODE)": [
    "I'm at home, DPD parcel T12K8P3 arrives today",
    "My BMW E91 320D touring has a rattle from the turbo, come any evening to have a listen?",
    "I'm in the market for an F31 335D, red door cards would be nice",
    "the engine code is N47 D20A on mine, I'm in Cork",
    "I'm at work till 6, order ref K45 T7P9 from the parts shop came through",
    "We're in Dublin, part no. D08 A1B2 wasn't in stock",
    "my E91 320D is at the house, the swirl flaps need doing",
    "I'm in Douglas this week, the car is at the NCT centre",
    "the F31 320D at the dealer, house price money lol",
    "my house has two cars, an E92 335D and an F10 520D",
    "I'm in work, ordered C15 R4X9 brake pads for the house car",
    "we're at home, the F31 335D swirl flaps are done",
    "I live in Cork and had an E91 320D, now a F31 330D",
    "send me the photo of K12 A4F5 wiring diagram, I'm at home",
    "my house key is on the ring with the F10 520D spare",
    "come to the app booking page, W10 code X3Y4 is the fault",
    "I'm home, fault shows as P01 A4B2 on the reader",
    "we're out at the E46 M3 meet, red door garage",
    "the house alarm code was V12 T4KK, reset now",
  ],
  "a town and county in passing, a business's or public place's first part, a third party's home (address.ts HOME_CLAIMED_AT, NOT_A_HOME_FIRST)": [
    "I'm out at Knock, Claremorris, Co. Mayo visiting family till Monday, no rush",
    "I'm in Westport, Co. Mayo for the weekend",
    "bought it from Joe Duffy Motors, Castlebar, Co. Mayo last year",
    "we're at the mart in Ballinasloe, Co. Galway today",
    "I'm at Murphy's Garage, Athlone, Co Westmeath getting the tyres done",
    "we were at Knock, Claremorris, Co. Mayo for the shrine",
    "I'm near Ballina, Crossmolina, Co. Mayo if that helps with parts",
    "the car is at the NCT centre, Deerpark, Castlebar, Co. Mayo",
    "my cousin is out at Carrowbeg, Westport, Co. Mayo but I'm in Dublin",
    "there's a breaker's yard out at Ballyhaunis, Knock, Co. Mayo that might have one",
    "I'm from Carrowbeg, Westport, Co. Mayo originally",
    "I'm at Knock Shrine, Knock, Co. Mayo for the day, back Monday",
    "we're at Galway Races, Ballybrit, Co. Galway all week so no rush on the quote",
    "the tractor was bought at Tuam Mart, Tuam, Co. Galway in 2019",
    "my brother lives out at Carrowbeg, Westport, Co. Mayo",
  ],
  "a box or a parcel locker named with a distance or a time after its number, or with no number (streets-abroad.ts COUNT_WORD, address.ts countedAfter)": [
    "die Packstation 118 ist voll, schick es lieber an die Werkstatt über die App",
    "the packstation 2 km away is full, can the parcel come to the workshop through the app",
    "Packstation 5 minutes from me never has space, send it via the app",
    "P.O. drawer in the office has the old invoices",
    "the posbus is full, use the app",
    "the Postnummer on my DHL card is for the app delivery",
    "Box 96 of the parts order was damaged",
    "the po box 3 miles from here closed",
  ],
  "a third party's, a business's or the car's place, a way told in the past, a gate that is a part's or another thing's (address.ts SOMEONE_ELSES_PLACE and the directions rules)": [
    "Dave's garage is the one past the church, he did my brakes",
    "the parts shop is the second one after the church, red door",
    "the car is at the NCT centre, the one after the roundabout",
    "die Packstation 5 Minuten von mir ist immer voll, bitte über die App",
    "Packstation 12 Meter vom Laden, egal, Termin läuft über die App",
    "Dave's garage is the one past the church, the house with the red gate",
    "the dealer behind the Tesco, the one with the green gate, quoted 400 for the clutch",
    "I drove past the school and the house with the green gate had a Skoda for sale",
    "the car is at the garage after the roundabout, the one with the blue gate",
    "after the service the blue house paint got scratched by the gate, can you quote the respray",
    "turn left on the lever and the white gate valve opens, per the manual",
    "the scrapyard's just behind the mosque, big green gate, they had the part",
    "my neighbour's house, after the church, green gate, has the same car",
    "after the rain the green gate rusted and scratched my bumper, need a quote for paint",
    "el desguace al lado de la farmacia, porton verde, tiene la pieza",
    "le concessionnaire apres la mosquee, portail vert, m'a vendu la piece",
    "der Händler hinter dem Edeka, die Halle mit dem roten Tor, hat das Teil",
    "depois da padaria o carro bateu no portao verde do vizinho",
    "the second right after the lights there was a crash near the white house, traffic is bad",
    "after the service, the car rolled back into the red gate at home, dented the tailgate",
    "Tom is the guy after the church, brown gate, he sold me the tyres",
    "behind the white gate on the photo you can see the oil leak",
    "next to the black gate post there's a scratch on the rear bumper, see pic",
    "at the traffic lights, turn right and the green house on the left is the MOT centre",
    "después de la gasolinera el coche hizo un ruido raro, como si rozara el portón trasero",
    "despues del taller, la casa azul de mi vecino tiene el mismo coche",
    "après le garage Renault, le portail vert du parking était fermé, j'ai attendu",
    "nach dem Ölwechsel ist das rote Tor der Garage klemmt, egal, das Auto läuft",
    "na de APK was de blauwe deur kapot, de monteur heeft het gemaakt",
    "dopo il tagliando il cancello verde del box non si apre col telecomando",
    "depan bengkel itu pagar biru, mereka jual spare part murah",
    "from the dealer, the red gate valve was replaced under warranty",
    "turn left, the green house paint matches the car, lol",
    "after the Tesco, the blue gate is where my mate keeps his van",
    "my brother's place, after the mosque, green gate",
    "after the Shell, the green gate is the council depot, they don't do cars",
    "from the Lidl car park you can see the white house on the hill, nice view while waiting",
    "gira a destra dopo la chiesa, il cancello verde del meccanico è sempre chiuso",
    "the tyre place past the church, big blue gate, fitted them for 80",
    "na de Shell, het rode hek van de sloperij, daar lag de motor",
    "the parts shop is the second one after the church, green gate",
    "after the MOT the red house on the corner bought my old car",
  ],
  "after the review: codes listed, labelled or all digits; a stay or an event after the county; a locker's order number; an office drawer; a third party's place beside the writer who is no dwelling (address.ts EIRCODE_ID_SHAPE, CODE_LISTED_*, JUST_VISITING, EVENT, DRAWER_TOWN_AFTER, OWN_HOME; streets-abroad.ts lockerAddressed)":
    [
      "I'm home now, codes were P01 A4B2 and P03 00A1",
      "my home charger threw F28 0005 then E12 4000",
      "reg 191-D-12345, fault P0420 at home, E12 3456 on the charger",
      "I'm out at Rosses Point, Sligo, Co. Sligo for a wedding",
      "we're up at Carrowmore, Sligo, Co. Sligo hiking today",
      "I'm over at Athenry, Galway, Co. Galway at the show",
      "Come out to Mondello, Naas, Co. Kildare, track day Saturday",
      "Packstation 118 ist leer, Paket 12345 kommt morgen",
      "PO drawer 2 has the invoices, check it",
      "posbus 4 dae gelede leeg",
      "Dave's garage is the one past the church, I'm the one who rang yesterday",
      "the scrapyard is past the school on Green Lane, my house is miles away",
      "the parts shop is past the roundabout on Church Road, I'm the one with the Civic",
      "we went left at the Spar and past the school and the noise started",
    ],
};

/** Attacks that must be caught with every character of the secret masked: [text, secret]. */
const ATTACKS: Array<[string, string]> = [
  ["Tom's garage is shut, I'm the house behind the church on Mill Road", "the house behind the church on Mill Road"],
  ["forget the dealer, we're the bungalow past the school on Green Lane", "the bungalow past the school on Green Lane"],
  ["I'm at A65 F4E2, call over after six", "A65 F4E2"],
  ["we live at Carrowbeg, Westport, Co. Mayo, come any evening", "Carrowbeg, Westport, Co. Mayo"],
  ["Packstation 205, Postnummer 12345678, 10115 Berlin", "Packstation 205"],
  ["P.O. Drawer 40, Tupelo MS 38802", "P.O. Drawer 40"],
  ["stuur dit na Posbus 442, Upington 8800", "Posbus 442, Upington 8800"],
  ["my pos gaan na Posbus 73, Calvinia, 8190", "Posbus 73, Calvinia, 8190"],
  ["ارسلها على صندوق بريد 5521 جدة 21432", "صندوق بريد 5521 جدة 21432"],
  ["العنوان ص.ب 8812 الدمام 31492 من فضلك", "ص.ب 8812 الدمام 31492"],
  ["schick es an Packstation 207, Postnummer 123456789, 80331 München", "Packstation 207, Postnummer 123456789, 80331 München"],
  ["die Teile bitte an Packstation 163, Postnummer 99887766, 50667 Köln", "Packstation 163, Postnummer 99887766, 50667 Köln"],
  ["mail it to PO Drawer 1187, Brownfield TX", "PO Drawer 1187, Brownfield TX"],
  ["remit to P.O. Drawer 45, Uvalde TX 78802", "P.O. Drawer 45, Uvalde TX 78802"],
  ["we're out past Bandon, P72 XK44, the yard with the green gate", "P72 XK44"],
  ["send the invoice to H91 E2K3, Salthill", "H91 E2K3"],
  ["I live in Swords, K67 NX27", "K67 NX27"],
  ["come to V94 T2CX after six, the house with the trampoline", "V94 T2CX"],
  ["we're at D6W YY41, white gate", "D6W YY41"],
  ["my nan's house is R95 KD40 if you're dropping the parts", "R95 KD40"],
  ["I'm staying in Ennis, V95 H2N3, call over Saturday", "V95 H2N3"],
  ["I live out at Drumkeeran, Carrick, Co. Leitrim, call any morning", "Drumkeeran, Carrick, Co. Leitrim"],
  ["my farm is at Gortnahoe, Thurles, County Tipperary", "Gortnahoe, Thurles, County Tipperary"],
  ["address: Kilmore Lodge, Gorey, Co. Wexford", "Kilmore Lodge, Gorey, Co. Wexford"],
  ["we're up at Glenties Road, Ardara, Co. Donegal", "Glenties Road, Ardara, Co. Donegal"],
  ["you'd have to drive out to Cloonfad, Ballyhaunis, Co. Roscommon", "Cloonfad, Ballyhaunis, Co. Roscommon"],
];

for (const [stage, options] of STAGES) {
  describe(`round 28 addresses (${stage}): innocents stay clean`, () => {
    for (const [kind, texts] of Object.entries(INNOCENTS)) {
      describe(kind, () => {
        it.each(texts)("%s", (text) => expect(flaggedBy(text, options)).toBe(false));
      });
    }
  });
  describe(`round 28 addresses (${stage}): attacks are caught`, () => {
    it.each(ATTACKS)("%s", (text, secret) => expect(caughtBy(text, [secret], options)).toBe(true));
  });
}
