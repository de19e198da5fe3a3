// Round 22: the sender to be looked up on a classifieds site or a directory of the marketplace's
// other countries (Wallapop, Leboncoin, Kleinanzeigen, Subito, Trade Me, Carousell, Pagine Gialle,
// Pages Jaunes, Gelbe Seiten), a business name typed right after the site ("procure no google
// Oficina do Tiao"), and a look-up the sender says is them ("look on kijiji for the brake guy, thats
// me"). A part bought there, a listing sent to ask about, a plan to look for a part and a video
// stay innocent.
// Every sentence was written for this file.
import { describe, expect, it } from "vitest";
import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, flaggedBy } from "./detector-helpers.ts";

const RULES = detectionOptionsFor(["autodoctor.app"], "rules");

describe("looked up on a classifieds site", () => {
  it.each([
    "búscame en Milanuncios como Taller Hermanos Ruiz",
    "cherchez sur leboncoin comme Garage Dubois Auto",
    "such auf Kleinanzeigen als Kfz Service Yilmaz",
    "cercaci su Subito come Officina Bianchi Torino",
    "look on trade me for the guy doing cambelts in Hamilton, thats me",
    "check facebook marketplace for the bloke selling the rims, that's me",
    "search gumtree for the mobile tyre fitter in Leeds, it's me",
    "find the carousell shop selling Jazz headlamps, that's us",
    "cherche sur leboncoin le garage Dubois à Lyon, c'est moi",
    "such mich auf Kleinanzeigen als Kfz Service Yilmaz",
    "search subito for the mechanic in Bari, sono io",
  ])("catches: %s", (text) => {
    expect(flaggedBy(text, RULES)).toBe(true);
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });

  it.each(["procura no google Oficina Mecânica do Zé Campinas"])("caught: %s", (text) => {
    expect(flaggedBy(text, RULES)).toBe(true);
    expect(flaggedBy(text, APPLICATION)).toBe(true);
  });

  it.each([
    "I bought the headlight on Wallapop last week, can you fit it?",
    "found a cheap alternator on leboncoin, is 80 euros ok?",
    "the seller on trademe said the bullbar fits a 2015 hilux",
    "look on kijiji for a used alternator, that's my plan b",
    "search on youtube for the brake video, it's me who asked about the squeal",
    "check the carousell listing I sent, is it the right headlamp?",
    "mein Nachbar hat auf Kleinanzeigen einen Satz Reifen gekauft",
    "look on gumtree for the part, it's mostly cheaper than the dealer",
    "I checked on trademe, it's me who got the wrong part",
    "ho trovato su Subito un paraurti usato, va bene?",
    // review22c tightening: a part or car looked up, a clause going on after "that's me", someone else met on the site, the plain verb
    "search trade me for hilux canopy parts, thats me",
    "check Leboncoin for a Clio, that's me sorted for the winter",
    "search Subito for Cerchi Panda Originali, are they worth it?",
    "suche auf Kleinanzeigen nach Golf Felgen Satz, das bin ich gewohnt",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, RULES)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it.each(["busca en Wallapop Taller Express Norte, dicen que son baratos"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, RULES)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
