// Round 55 (det55b): a full name is a lead when it follows a greeting that opens the message and the reader is sent to ask for the
// sender ("Dzień dobry, <name>, proszę pytać o mnie"; "Grüß Gott, <name> hier, fragen Sie einfach nach mir"), and when a surname
// with a two-word particle is to be googled ("google <given> van der <surname>"), as "google <given> <surname>" always was
// (phrases.ts: OPENING_GREETING, ASK_FOR_ME_ABROAD, the look-up rule's particles). Innocent: a greeting then words in capitals
// with no one to ask for, a firm's name with a particle, a greeting with no name. Sentences written for this file.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a full name after an opening greeting, or with a two-word particle, given to be asked for or looked up", () => {
  it.each<[string, string[]]>([
    ["Dzień dobry, Tomasz Zieliński-Kowal, w razie czego proszę pytać o mnie", ["Tomasz Zieliński-Kowal"]],
    ["Guten Tag, Sebastian Oberhuber hier, fragen Sie einfach nach mir am Empfang", ["Sebastian Oberhuber"]],
    ["Bom dia, Joana Ferreira Lopes, é só perguntar por mim na recepção", ["Joana Ferreira Lopes"]],
    ["just google Pieter van der Westhuizen panelbeater, he's the one", ["Pieter van der Westhuizen"]],
    ["search Marieke van den Broek on facebook, that's my sister", ["Marieke van den Broek"]],
  ])("%j is caught", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["Hello, Brake Pads arrived today, ask the front desk to fit them"],
    ["Dzień dobry, proszę pytać o mnie w recepcji"],
    ["google the van door hinge part before you book"],
    ["Guten Tag, Bremsen und Reifen sind fertig, fragen Sie einfach nach dem Schlüssel"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
