// Round 53: a phone number or a mailbox told in shapes number-recipes.ts and links.ts did not read. The sender's number said
// to be the one printed on a thing the reader has seen or was handed (a banner or sign, a tow truck, the paperwork, "my
// mobile's the one at the bottom of the report"), or on the sender's card left with the reader; said the same as one the
// reader holds and edited, in French, Spanish and the other marketplace languages; built from the sender's username or the year
// the reader's car was made; given as slots of a riddle ("first 3 = ..., then ..., the last 4 are ..."). A mailbox dictated
// piece by piece with "then", spelled letter by letter, or said in Catalan ("arrova", "punt"). Innocent: a part's or an
// order's number compared or found on the paperwork, a payment card, a VIN decoded by its slots, a site's name glued up,
// "then at" in a story. Sentences written for this branch; probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import type { ContactKind } from "../../src/domain/contacts/contact-detector.ts";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { APPLICATION, replayCaught, replayFlagged } from "./detector-helpers.ts";

/** The kinds named over a burst as the chat replays it with the application's options. */
const kindsNamed = (messages: readonly string[]): ContactKind[] => replayBurst(messages, APPLICATION).flatMap((d) => d.kinds);

describe("a phone number pointed at, built from what the reader knows, or a mailbox dictated", () => {
  it.each<[string[], string[], ContactKind]>([
    [["my no same as the one on the signboard outside my shop lah"], ["signboard"], "PHONE"],
    [["hint: it's the same number as the one on the towing company sign by the petrol station, Dave's. dave is my uncle"], ["towing company sign"], "PHONE"],
    [["number's the same as the one on the recovery truck that brought your car in"], ["recovery truck"], "PHONE"],
    [["my mobile’s the one on the bottom of the printed report I left with the shop, ask the front desk"], ["printed report"], "PHONE"],
    [["can't type it here", "but it's on my business card in your glove box, I tucked one there"], ["business card"], "PHONE"],
    [["the number's on the card I left on your dashboard"], ["card I left"], "PHONE"],
    [["mon portable c'est le même que celui sur le devis papier, sauf le dernier chiffre c'est 7 au lieu de 3"], ["7 au lieu de 3"], "PHONE"],
    [["mi celular es el mismo que el de la tarjeta del taller, pero termina en 8 en vez de 5"], ["8 en vez de 5"], "PHONE"],
    [["area code is the Denver one, then 555, then the year your Subaru rolled off the line"], ["Denver one", "the year your Subaru"], "PHONE"],
    [["my number is basically my username on here with a 1 in front"], ["username", "1 in front"], "PHONE"],
    [["fun puzzle since the app hides numbers", "first 3 = the highway that goes past my house", "then 555, then the last 4 are my house number twice"], ["first 3", "555", "last 4"], "PHONE"],
    [["mail me", "it's sam then the digits 42 then at, then brakebarn, then dot net"], ["sam", "42", "brakebarn", "net"], "EMAIL"],
    [["its kat, then 9, then at, then fixitfast, then the dot test bit"], ["kat", "fixitfast"], "EMAIL"],
    [["b r a d f i x e s a t o u t l o o k d o t c o m"], ["b r a d f i x e s"], "EMAIL"],
    [["marta punt vidal arrova correutaller punt cat"], ["marta", "vidal", "correutaller"], "EMAIL"],
  ])("%j is caught as %j masked, named %s", (messages, secrets, kind) => {
    expect(replayCaught(messages, secrets)).toBe(true);
    expect(kindsNamed(messages)).toContain(kind);
  });

  it.each<[string[]]>([
    [["the part number's the same as the one on the box, so the new pump should fit"]],
    [["my order number is on the invoice if you need it"]],
    [["the number on the sign says 40 but everyone does 60 there"]],
    [["my number plate is on the invoice too"]],
    [["it's on my business card account, the charge for the diagnostic"]],
    [["the business card of the old garage is in the glove box"]],
    [["the first 3 of the VIN are the maker, then the last 6 are the serial, call me if it's unclear"]],
    [["la pièce est la même que celle de la facture, mais 4 au lieu de 2"]],
    [["I looked at it then at the other one, then the brakes"]],
    [["the website is whatsappdotcom, that's where I saw the video"]],
    [["la botiga arrova del carrer, punt i final"]],
    [["the year your Civic rolled off the line was a good one for the engine"]],
    [["same oil as the one on the invoice, 5 litres instead of 4 this time"]],
  ])("%j stays innocent", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
});
