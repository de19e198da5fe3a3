// Round 56's white-box attackers (att56a, att56b, att56d) wrote these innocents against rule branches
// that did not land: names given by a workshop role or an introduction abroad, streets with no type
// word, deals, meetings, home visits and ways home in Central and Eastern European languages and
// Hebrew, and English routes to a workplace. Each branch flagged them and main does not. They stay
// here so the next rule for those kinds meets them: the booked workshop's way, the app's own support,
// a rental firm as the car's owner, "see you" confirming the slot, stories of driving home, tyre sizes,
// test-drive instructions.
import { describe, expect, it } from "vitest";
import { detectContactDetails, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";

const TRAINED = detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained");

/** [what the dropped rule read, message]. */
const INNOCENTS: [string, string][] = [
  ["the app's support named after 'talk to'", "Fala com o Suporte Técnico pelo app, eles resolvem"],
  ["the app's support named after 'talk to'", "Chiedi di Assistenza Clienti nell'app per il rimborso"],
  ["an insurer named after 'talk to'", "Habla con Mapfre Seguros para el parte, yo ya avisé"],
  ["an insurer named after 'talk to'", "fala com a Porto Seguro, eles cobrem o guincho"],
  ["a roadside service named after 'ask for'", "Demandez Europ Assistance pour le dépannage, c'est inclus"],
  ["a compound first name at the front desk", "Pregunta por Juan Carlos en recepción cuando llegues"],
  ["a rental firm as the car's owner", "The owner is Hertz Rent A Car, it's a rental so I need the invoice in their name"],
  ["a rental firm as the car's owner", "O dono é Localiza Rent a Car, carro alugado"],
  ["a compound first name as the foreman", "el encargado es Juan Carlos, el de la gorra, muy majo"],
  ["Afrikaans 'ek is' as 'I went'", "Ek is Suid Afrika toe met die Polo, nou klap die enjin"],
  ["Hebrew 'ani' before a city", "Shalom, ani Tel Aviv, can the tow truck come today?"],
  ["a tyre size after a Czech adjective", "Zimní 205/55, Nokian nebo Barum? Co doporučíte?"],
  ["a tyre size after a Czech adjective", "Letní 225/45, Michelin Pilot Sport, kolik stojí přezutí?"],
  ["a car and its mileage after a German preposition", "Im Polo 6R, 98000 Km, Motorkontrollleuchte an"],
  ["a car and its damage after a German preposition", "Beim Passat 3c, 12000 Euro Schaden laut Gutachter"],
  ["the in-app discount, without the app", "Bez prilozheniya skidka ne rabotaet, tak chto oplachu tam kak obychno"],
  ["praise for the app and its discount", "Bez tej aplikacji nigdy bym nie znalazł porządnego mechanika, a rabat 10% na pierwszą wizytę to miły bonus"],
  ["a forgotten password", "Zapomněl jsem heslo do aplikace, bez aplikace ale nemůžu zaplatit, sleva by propadla"],
  ["a refusal of an off-app offer", "Ne, bez aplikace to dělat nebudu, sleva nesleva"],
  ["a refusal of an off-app offer", "Lo, bli ha-aplikatsia ani lo meshalem, gam lo im hanacha"],
  ["another app forgotten", "Olvídate de la app de mapas, el GPS del carro te lleva directo al taller"],
  ["another service cheaper", "Vergeten we de app maar even, ik bel de wegenwacht wel, die is goedkoper dan een takelwagen via de verzekering"],
  ["a quote declined, paid in the app", "If you don't want the brake pads, just decline that quote and pay me for the diagnosis only, through the app as usual"],
  ["a drive home told as a story", "Včera jsem jel domů a u Tesca mi to zhaslo, druhý den to normálně naskočilo"],
  ["a drive home told as a story", "Μετά την δουλειά θα πάω σπίτι με το ταξί, άρα το αμάξι μένει σε εσάς μέχρι αύριο"],
  ["a fault in front of the house", "Olajcsere után a második napon a ház előtt nem indult el az autó"],
  ["the workshop's gates after the service", "Okolo chasa zhdal, potom vorota otkryli i mashinu zagnali pryamo v boks"],
  ["'see you' confirming the booked slot", "Rendben, szombaton 10-kor találkozunk!"],
  ["'see you' confirming the booked slot", "Ok, vstretimsya zavtra v 10 v servise"],
  ["'see you' confirming the booked slot", "Sababa, nipagesh mahar ba-8"],
  ["meeting the tow truck", "A trélerrel találkozzunk holnap reggel a benzinkútnál, ő hozza be az autót"],
  ["the customer collecting the car after work", "Přijedu k vám zítra po práci kolem šesté, jak jsme se domluvili"],
  ["the customer collecting the car after work", "Zaedu k vam posle raboty zabrat mashinu, esli vy eshche budete na meste"],
  ["the booked mechanic's workshop", "Hi it's Raj, your mechanic from the app. My workshop is the unit with the blue shutter behind the car wash, see you at 10"],
  ["the booked workshop confirmed", "Just confirming the workshop with the Castrol banner, next to the car wash on Dominion Rd, see you at 8"],
  ["the booked workshop confirmed", "The garage with the green door past the roundabout. Booking confirmed for 9am"],
  ["parking on the booked site", "Drive up the ramp past the car wash, we're on level 2"],
  ["a test drive", "Drive up the M1 past junction 24 and tell me if it still wobbles"],
  ["a fault description", "It jerks at the stop signs, especially when you turn left after stopping"],
  ["traffic news", "drive up NH8 to the Vapi turn-off, there's a huge jam today so I'll be late for my slot"],
  ["a public parts store", "take the second left after the car wash and you'll see the Repco, they have the part in stock"],
  ["the garage the sender uses", "my garage is the one with the blue sign after the level crossing, they do my MOT every year, good lads"],
  ["a dealer in the area", "the garage with the Maruti board, second left after the flyover, is the authorised one in our area"],
];

describe("innocents round 56's dropped rules flagged", () => {
  it.each(INNOCENTS)("%s: %j is not flagged", (_read, text) => {
    expect(detectContactDetails(text, TRAINED).kinds).toEqual([]);
  });
});
