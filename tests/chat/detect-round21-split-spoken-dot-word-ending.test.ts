// Round 21, an address whose ending is also an English word, said after a dot spoken in Italian,
// Spanish, Portuguese or German ("esempio punto it", "beispiel punkt in"): the ending was refused
// as a word, so the domain of a mailbox sent over two messages ("marco.bianchi" / "at esempio
// punto it") stayed readable. It ends the domain where the text or its sentence ends; the Fiat
// Punto followed by an everyday word stays car talk.
import { describe, expect, it } from "vitest";
import { burstFlagged, kindsOf, replayHides } from "./detector-helpers.ts";

describe("a word-like ending after a spoken 'punto', 'ponto' or 'punkt'", () => {
  it.each([
    ["a mailbox's name, then the domain said in Italian", ["scrivimi su giulia.conti", "at officina punto it"], ["giulia.conti", "officina punto it"]],
    ["name and domain in two messages, the name plain", ["giulia.conti", "chiocciola officina punto it"], ["giulia.conti", "officina punto it"]],
  ])("%s: %j hides the name and the domain", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["the car, then 'it's'", "my fiat punto it's making a noise"],
    ["the car, then 'it is'", "the punto it is then"],
    ["the car, then 'in'", "sold the punto in may"],
    ["the car, a comma, then 'it'", "ho una punto, it was cheap"],
  ])("%s: %j stays unflagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("keeps two messages about the car apart", () => {
    expect(burstFlagged(["the punto", "it needs new pads"])).toBe(false);
  });
});
