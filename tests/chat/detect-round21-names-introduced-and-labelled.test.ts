// Issue 13, round 21: a full name in a name field labelled in the marketplace's other languages
// ("mi nombre:", "nome:", "nom :") is read as "name:" is in English; a name introduced in a sentence
// ("sou o ...", "ich heiße ...") counts with a reason to be found, now also the phone book in those
// languages; and a name labelled for a payment or a document is read with any wording of the label
// ("make the transfer out to", "billing name should be"), as long as what is made out or named is
// a payment or a document (cheque, invoice, receipt, payment, transfer, bill). A bare introduction
// followed by car talk (round 20's review), a first name alone, a make or a business after the same
// words, a trip "made out to" a town, and a firm or someone at a firm after the label stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a full name introduced or labelled", () => {
  it.each([
    ["Spanish, a colon after the label", "mi nombre: Inés Carvajal Bermejo", "Inés Carvajal Bermejo"],
    ["Portuguese field", "nome: Beatriz Moura Tavares", "Beatriz Moura Tavares"],
    ["French field", "mon nom : Hélène Marchetti", "Hélène Marchetti"],
    ["Portuguese, with the article and a look-up", "sou a Beatriz Moura Tavares, me procura no face", "Beatriz Moura Tavares"],
    ["German, the phone book", "ich heiße Jonas Pfeiffer, stehe im Telefonbuch", "Jonas Pfeiffer"],
    ["Italian, the phone book", "mi chiamo Davide Lombardi, sono sulle pagine bianche", "Davide Lombardi"],
    // Round 32 (the product owner's decision): a bare introduction with a full name is one too; these two were innocents.
    ["a bare introduction, then the car", "me llamo Tomás Echeverría y el coche es un Ibiza de 2015", "Tomás Echeverría"],
    ["a bare introduction in German", "ich heiße Jonas Pfeiffer und fahre einen Golf", "Jonas Pfeiffer"],
    ["a payment made out", "please make the transfer out to Declan Mulcahy, he's the owner", "Declan Mulcahy"],
    ["a cheque written out", "write the cheque out to Priyanka Desai", "Priyanka Desai"],
    ["a label with should be", "billing name should be Olumide Adebayo-Clarke", "Olumide Adebayo-Clarke"],
  ])("%s: %j is a FULL_NAME", (_kind, text, name) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, name)).toBe(true);
  });

  it.each([
    ["a first name alone", "soy Juan, el del Corolla gris"],
    ["Italian 'they are'", "le gomme sono Pirelli Cinturato, quasi nuove"],
    ["a make after ich bin", "ich bin Opel Fahrer seit zwanzig Jahren"],
    ["a business after je suis", "je suis Garage Dupont à Lyon, on a reçu la pièce"],
    ["a business made out to", "make it out to Harbour Motors Ltd please"],
    ["a workshop's department", "the invoice name should be Service Department"],
    ["a trip made out to a town", "we made the journey out to Coober Pedy and the fan belt squealed all the way"],
    ["a firm after should be", "receipt name should be Coastal Energy, it's the company ute"],
    ["a person at a firm", "payee name should be Rhys Tan at Tan Electrical, he handles the fleet bills"],
    ["a booking, no payment", "the name on the service booking should be Marcus Webb since he drops it off"],
  ])("%s: %j names nobody", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("FULL_NAME");
  });
});
