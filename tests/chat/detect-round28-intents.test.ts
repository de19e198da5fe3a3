// Round 28 (in28): off-platform intents with no contact detail in them. Sentences written for this round, not taken
// from the corpus: the moves, cash deals and look-ups that must be flagged, and beside them the innocents a mechanic or
// customer would write (in-app calls, payment through the platform, refusals and requests told of others, a part or a
// recall looked up online) that must stay clean. Run on the rules and on the application (rules, then the trained stage).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

const STAGES = [
  ["rules", DEFAULT_DETECTION_OPTIONS],
  ["application", APPLICATION],
] as const;

/** Attacks that must be flagged and masked whole (the sentence is the intent), by the rule that reads them. */
const ATTACKS: Record<string, string[]> = {
  "the talk carried on elsewhere, asked as a proposal (other-languages.ts ASKED_TO_CARRY_ON, German and Dutch 'per Mail')": [
    "on pourrait continuer sur WhatsApp ?",
    "On pourrait continuer par SMS ?",
    "Podemos continuar por mail?",
    "podemos falar pelo telefone?",
    "podemos hablar por teléfono mejor",
    "Können wir das lieber per SMS regeln?",
    "Konnten wir das per WhatsApp besprechen?",
    "kunnen we het verder per mail bespreken?",
    "kunnen we dit via whatsapp regelen?",
  ],
  "cash beside the app or its fee left out (direct-payment.ts APP_LEFT_OUT)": [
    "je te fais ça en cash, sans les frais de l'appli",
    "tu me payes en argent comptant et on oublie la plateforme",
    "180 euro contant en we houden het buiten de app",
    "contant graag, zonder commissie",
    "betaal my kontant sonder die app, dan is dit R1500",
    "Bring kontant Saterdag, sonder die app se fooi",
    "gotówką, bez tej prowizji i taniej",
  ],
  "the sender to be found on a site, or picked out among a search's results (phrases.ts lookup rules)": [
    "find us on the Mazda owners group, ask for Dave",
    "look me up on the Better Business site under my trading name",
    "find me on the club forum, PM me there",
    "search for 'brake guy Ipswich' on youtube, I'm the first result",
    "type 'mobile brakes Geelong' into google, I'm the top result",
    "google the only Volvo specialist in Ballarat, that's us",
    "look up the only mobile auto electrician near Taupo, thats me",
  ],
  "the talk moved to an app, also one named by its icon (channel-moves.ts ON-APP)": [
    "let's continue on the green bubble app",
    "lets move this to the green app",
    "can we chat on the ghost app instead",
    "DM me on the bird app, I'm under the same name",
  ],
  "the reader asked for an app and the talk sent there at once (channel-moves.ts ASKED THEN MOVED)": [
    "are u on whatsapp? lets talk there",
    "you got telegram? we'll chat there",
    "hast du WhatsApp? dann schreib ich dir da",
    "t'as Telegram ? on parle là-dessus plutôt",
    "tens whats? me chama",
  ],
  "after the review: a self-answered question that is no refusal, masked with its answer; moves and look-ups kept": [
    "on continue par SMS ? non franchement, ici la plateforme lit tout",
    "podemos seguir por mail? no hombre, aquí cobran comisión",
    "can we chat on signal?",
    "lets switch to signal pls",
    "let's move it over to insta",
    "look me up on the RACQ site",
    "search facebook for mobile mechanics Ballarat, I'm the one with the blue van",
    "look up the only auto sparky in Roma, that's me",
    "got signal? add me",
    "cash mein kar lo, app wale fee kaat lete hain",
  ],
};

/** Innocents that must not be flagged, by the kind of false positive they guard against. */
const INNOCENTS: Record<string, string[]> = {
  "the talk kept on the platform, a road, a refusal or a question answered no": [
    "on peut continuer sur l'appli, c'est plus simple pour les photos",
    "on peut continuer par la messagerie de l'application ?",
    "podemos continuar por aqui mesmo, sem problema",
    "podemos continuar por el chat de la app mañana",
    "Können wir das per Videoanruf in der App machen?",
    "können wir das per Rechnung machen statt bar?",
    "on peut continuer sur l'autoroute avec ce bruit ?",
    "podemos continuar pela estrada com essa luz acesa?",
    "podemos seguir por la autopista hasta el taller?",
    "le garage d'avant m'a dit qu'on peut continuer par mail, j'ai dit non",
    "on ne peut pas continuer par mail, restons ici",
    "Kunnen we het per mail doen? Nee hoor, hier in de chat is prima",
    "can we carry on by email? no, the app keeps the record, let's stay here",
    "carry on in the app please, I'll send the photos here",
  ],
  "cash told of the past, of another shop, refused, or asked of the sender by someone else": [
    "Ik heb de vorige garage contant betaald, geen probleem",
    "Kan ik contant betalen bij het ophalen of alleen via de app?",
    "contant betalen kan niet, alles gaat via de app",
    "Ek het kontant betaal by die vorige garage",
    "je préfère payer par l'appli, pas en cash",
    "La dernière fois j'ai payé en argent comptant au garage du coin",
    "nie płacę gotówką, wszystko przez aplikację",
    "Płaciłem gotówką w innym warsztacie, bez problemu",
    "de monteur wilde contant, zonder de app, maar ik heb nee gezegd",
    "hij vroeg contant te betalen buiten de app om, dat doe ik niet",
    "ik betaal niet contant buiten de app om",
    "Ons het hom kontant betaal sonder die app, nooit weer nie",
    "le garage d'à côté m'a demandé du cash sans les frais d'appli, j'ai refusé",
    "Die werkswinkel het kontant gevra sonder die app, ek het nee gesê",
    "Ik heb vorige keer contant betaald bij een andere garage, zonder commissie natuurlijk",
    "mijn vader betaalde altijd contant, maar ik doe alles via de app",
    "zonder de app had ik deze garage nooit gevonden, contant betalen doe ik niet",
    "die app se fooi is deel van die prys, ek betaal deur die app",
    "he asked me to pay cash to skip the app fee, I said no",
    "the app fee is 15%, I'll pay it through the app anyway",
    "pay through the app, the app takes the deposit",
  ],
  "a part, a recall, a fault code or reviews looked up online; the platform's own pages": [
    "look up the recall on the NHTSA site",
    "google the fault code P0420, it's the cat",
    "search youtube for 'P0171 vacuum leak smoke test', the guy explains it well",
    "look up the torque spec on the Ford forum, it's 98 Nm",
    "you'll find the part on the Ford forum, someone posted the number",
    "look up the workshop's reviews on Google before you book it on here",
    "check the reviews for the dealer on google, I'm the angry one lol",
    "type the VIN into the recall checker on the manufacturer's site",
    "google the only Toyota dealer in town, they have the part in stock",
    "check the dealer's page on google, it's the first result",
    "search youtube for the brake bleed video, I'm the one who sent you the link earlier",
    "look up the tow company on google, I'm the second one in the queue",
    "you'll find me on the booking page when you pick the slot",
    "find me on the app's forum section, I answer questions there",
    "you'll find us on page 2 of the search results in the app",
    "look me up on the job sheet, I'm the tech assigned",
  ],
  "in-app calls, bookings and talk that names no other app": [
    "call me on the app when you're free",
    "can we do a video call in the app tomorrow at 5",
    "cancel the booking and rebook for Thursday through the app",
    "drop the car at the workshop at 9, it's booked",
    "let's continue in the app",
    "can we chat in the app tomorrow about the quote",
    "let's go to the bird sanctuary after the service lol",
    "let's continue on the motorway and see if the noise comes back",
    "let's switch to the green tyres, cheaper",
    "I don't use the bird app, message me here",
    "do you use the app on your phone? lets talk there about the quote",
  ],
  "after the review: car words for apps, the platform's own pages, a car found on a map, fees asked or refused": [
    "can we talk on the IG relay issue tomorrow",
    "lets switch to the threads on the other side",
    "let's move on to the snap ring, it's the last bit",
    "we can chat on reddit's thread about it later? nah",
    "find us on the Reviews page",
    "you'll find me on the profile page with my certs",
    "look us up on the Bosch page when you book",
    "search google maps for the Coles car park, I'm the red one",
    "look at the youtube comments, I'm the one with the question about the EGR",
    "check the facebook event for the cars and coffee, I'm the one with the green Mustang",
    "kontant sonder die app betaal? nee, ons doen dit nie",
    "contant zonder de app betalen? nee, dat doen we niet",
    "wij betaalden altijd contant zonder commissie bij die garage",
    "cash mat do, app wala fee kaat leta hai toh bhi app se hi karo",
    "bez tej aplikacji OBD nie odczytam błędów",
    "podemos falar por telefone dentro do app amanhã?",
    "on peut continuer par mail ? non, restons ici",
  ],
};

for (const [stage, options] of STAGES) {
  describe(`round 28 intents (${stage}): attacks are flagged and masked`, () => {
    for (const [kind, texts] of Object.entries(ATTACKS)) {
      describe(kind, () => {
        for (const text of texts) it(text, () => expect(caughtBy(text, [text], options)).toBe(true));
      });
    }
  });
  describe(`round 28 intents (${stage}): innocents stay clean`, () => {
    for (const [kind, texts] of Object.entries(INNOCENTS)) {
      describe(kind, () => {
        for (const text of texts) it(text, () => expect(flaggedBy(text, options)).toBe(false));
      });
    }
  });
}
