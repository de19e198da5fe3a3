// Issue 13, "a full name": a first and last name the writer gives as their own identity is a lead
// to look them up, with or without "find me": introduced, signed, labelled for paperwork, or said
// beside "my name". Told from everyday capitalised words by shape and a word list, not by names.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a full name given as the writer's identity", () => {
  it.each([
    ["an introduction", "hi, I'm Tobias Lindqvist, you did my mum's clutch", "Tobias Lindqvist"],
    ["an introduction in lower-case opening", "ok it's Marguerite Obi, from the booking yesterday", "Marguerite Obi"],
    ["a sign-off", "the car is ready whenever. Kind regards, Fenella Castellanos", "Fenella Castellanos"],
    ["a dash signature", "see you at 9. - Rohan Deshpande", "Rohan Deshpande"],
    ["a label for a document", "name on the registration: KOFI MENSAH-BOATENG", "KOFI MENSAH-BOATENG"],
    ["paperwork made out to someone", "receipt to: Ingrid Solberg please", "Ingrid Solberg"],
    ["first and last name apart", "first name Anouk, last name Vermeulen", "Anouk"],
    ["beside 'my surname'", "T. Okafor — Tunde Okafor, the app shortened my surname", "Tunde Okafor"],
    ["opening the message", "Ilse Marchetti here, about the rattle", "Ilse Marchetti"],
    ["a named relative", "my wife Odile Baptiste will collect it", "Odile Baptiste"],
    ["the whole message", "Gustavo Ferreira-Lima", "Gustavo Ferreira-Lima"],
    ["in lower case, said outright", "i'm kwabena asante, from the booking", "kwabena asante"],
  ])("%s: %j hides the name", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a shop named with 'it's'", "it's Discount Tire on Burnet, they had the size"],
    ["a holiday", "it's Boxing Day so everything is shut"],
    ["a first name only", "Thanks, Mike"],
    ["a team sign-off", "Regards, Service Team"],
    ["an apology in title case", "I'm Really Sorry about the delay"],
    ["a name on a document, not given", "the name on the invoice is wrong, can you fix it?"],
    ["a part named alone", "Brake Pads"],
    ["a state in lower case", "i'm super tired, long day"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
