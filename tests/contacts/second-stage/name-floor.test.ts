// Round 22: a looser candidate of the second stage becomes a FULL_NAME only when it can be a
// person's name: none of its words is one of a department, a team or a family signing (the rules'
// own list, DEPARTMENT in phrases.ts, which their signatures read as no person). Round 22's
// retrained model read "Ihr Autohaus Team" and "Familie Oberhauser" after a sign-off as a person's
// name. A firm's trade word alone is no floor: a business's name looked up elsewhere is a way to
// reach it. Every sentence was written for this file.
import { describe, expect, it } from "vitest";
import { detectContactDetails, detectionOptionsFor } from "../../../src/domain/contacts/contact-detector.ts";
import { standsAsName } from "../../../src/domain/contacts/second-stage/candidates.ts";
import { keptHits } from "../../../src/domain/contacts/second-stage/classifier.ts";
import { APPLICATION, caughtBy, flaggedBy } from "../../chat/detector-helpers.ts";
import { floorOn, keepingEvery } from "./floor-helpers.ts";

const RULES = detectionOptionsFor(["autodoctor.app"], "rules");

/** A model that keeps every name-shaped stretch it is shown (and nothing else): only the floor stands in its way. */
const EVERY_NAME = keepingEvery("g:name:FULL_NAME:1");

/** `standsAsName` on the first occurrence of `name` in `text` once normalised. */
const stands = (text: string, name: string): boolean => floorOn(standsAsName, text, name);

/** A team, a family, a department or a firm's desk signing, in the marketplace's languages. */
const GROUP_SIGNATURES = [
  "Danke und bis bald, Ihr Werkstatt Team Huber",
  "Mit freundlichen Grüßen\nFamilie Brandstetter",
  "Saludos cordiales, Familia Castañeda Ruiz",
  "Un saludo, Familia Robledo",
  "Cordialement, Famille Lefèvre Dubois",
  "Bien cordialement, Equipe Garage Martin",
  "Grazie, Famiglia Colombo",
  "Cordiali saluti, Ufficio Reclami Milano",
  "Pozdrawiam, Rodzina Nowak",
  "Atenciosamente, Equipe Oficina Souza",
  "Regards,\nThe Okafor Family",
  "Sincerely, Hartley Family",
  "Warm regards, Kestrel Claims Team",
  "Best, Customer Service Department",
  "Best wishes, Beechwood Parts Team",
];

describe("the second stage's floor for a FULL_NAME", () => {
  it("reads a stretch with a team's, a family's or a department's word as no person", () => {
    expect(stands("Mit freundlichen Grüßen, Ihr Autohaus Team", "Ihr Autohaus Team")).toBe(false);
    expect(stands("Mit freundlichen Grüßen, Familie Oberhauser", "Familie Oberhauser")).toBe(false);
    expect(stands("Cordialement, Famille Lefèvre", "Famille Lefevre")).toBe(false);
    expect(stands("Cheers, Aviva Claims Department", "Aviva Claims Department")).toBe(false);
    expect(stands("Kind regards, Margaret Oyelaran-Brooke", "Margaret Oyelaran-Brooke")).toBe(true);
    expect(stands("Mit freundlichen Grüßen, Wolfgang Steinbrecher", "Wolfgang Steinbrecher")).toBe(true);
    // A firm's trade word alone is no floor: a garage's name may be looked up.
    expect(stands("look us up, Hillcrest Motor Clinic", "Hillcrest Motor Clinic")).toBe(true);
  });

  it("drops a group's signature a model would keep, in several languages", () => {
    for (const text of GROUP_SIGNATURES) expect(detectContactDetails(text, EVERY_NAME).kinds, text).not.toContain("FULL_NAME");
  });

  it("still keeps a person's name a model would keep, with a sign-off or without, in several languages", () => {
    for (const text of [
      "Kind regards, Margaret Oyelaran-Brooke",
      "Cordialement, Mathilde Rousseau",
      "ich bin Jürgen Oberhauser aus Rosenheim",
      "soy Ignacio Barrientos, el dueño",
      "Ciao, sono Lorenzo Bianchi",
      "just put Teodor Vasilescu on the booking",
    ])
      expect(detectContactDetails(text, EVERY_NAME).kinds, text).toContain("FULL_NAME");
  });

  it("keeps a name-shaped stretch over a name the rules found, whatever its words", () => {
    const rule = { kind: "FULL_NAME" as const, start: 0, end: 14, detail: true, generator: "rule" as const };
    const loose = { kind: "FULL_NAME" as const, start: 0, end: 19, detail: true, generator: "name" as const };
    const text = "Dana Whitfield Team";
    expect(keptHits([rule, loose], text)).toHaveLength(2);
    expect(keptHits([loose], text)).toEqual([]);
  });
});

describe("the application on a group's signature and a person's", () => {
  it.each(GROUP_SIGNATURES)("leaves clean: %s", (text) => {
    expect(flaggedBy(text, RULES)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });

  it.each<[string, string]>([
    ["Kind regards, Margaret Oyelaran-Brooke", "Margaret Oyelaran-Brooke"],
    ["Mit freundlichen Grüßen, Wolfgang Steinbrecher", "Wolfgang Steinbrecher"],
    ["Saludos cordiales, Ignacio Barrientos", "Ignacio Barrientos"],
    ["Cordialement, Élodie Fontaine", "Élodie Fontaine"],
    ["Cordiali saluti, Giancarlo Moretti", "Giancarlo Moretti"],
    ["Pozdrawiam, Bartosz Kowalczyk", "Bartosz Kowalczyk"],
    ["ask for Lionel Ashworth at the desk", "Lionel Ashworth"],
    ["im Priscilla Okonkwo btw", "Priscilla Okonkwo"],
    ["my wife Harriet Lowell will drop it off", "Harriet Lowell"],
  ])("still catches: %s", (text, name) => {
    expect(caughtBy(text, [name], APPLICATION)).toBe(true);
  });
});
