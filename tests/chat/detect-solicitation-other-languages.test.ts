// Issue 13, round 8: requests for contact, moves to a messaging app, meetings and the fee avoided
// in Spanish, Portuguese, French, German, Italian and Hinglish are caught and hidden like the
// English ones; the same words kept on the platform, negated, or innocent are not.
import { describe, expect, it } from "vitest";
import { detectContactDetails, MASK } from "../../src/domain/contacts/contact-detector.ts";
import { kindsOf } from "./detector-helpers.ts";

describe("solicitation in the marketplace's other languages", () => {
  it.each([
    ["Spanish request", "oye, me pasas tu celular?", "OFF_PLATFORM_REQUEST"],
    ["Portuguese request", "qual é o seu whats? fica mais fácil", "OFF_PLATFORM_REQUEST"],
    ["French request", "c'est quoi ton portable ?", "OFF_PLATFORM_REQUEST"],
    ["German request", "Was ist Ihre Handynummer?", "OFF_PLATFORM_REQUEST"],
    ["Italian request", "mi lasci il tuo cellulare?", "OFF_PLATFORM_REQUEST"],
    ["Hinglish request", "bhai aapka whatsapp number bhejo", "OFF_PLATFORM_REQUEST"],
    ["Spanish move to an app", "mejor seguimos por whatsapp", "MESSAGING_APP"],
    ["Italian move to an app", "ci sentiamo su telegram", "MESSAGING_APP"],
    ["Spanish meeting", "nos vemos mañana a las 9 en la gasolinera", "OFF_PLATFORM_DEAL"],
    ["German meeting", "wir treffen uns heute um 17 Uhr an der Tankstelle", "OFF_PLATFORM_DEAL"],
    ["Portuguese fee avoided", "dá pra pagar por fora, sem a taxa", "OFF_PLATFORM_DEAL"],
    ["Italian cash job", "lo facciamo in nero e risparmi", "OFF_PLATFORM_DEAL"],
  ])("%s: %j is caught and hidden", (_kind, text, kind) => {
    expect(kindsOf(text)).toContain(kind);
    expect(detectContactDetails(text).masked).toContain(MASK);
  });

  it.each([
    ["Portuguese, through the app, when done", "me liga pelo app quando terminar"],
    ["French, through the app", "appelez-moi via l'application demain"],
    ["Spanish, negated", "no te voy a dar mi número, seguimos aquí"],
    ["German, tell me when", "ruf mich an, wenn das Auto fertig ist"],
    ["Spanish, at the workshop", "nos vemos mañana a las 9 en el taller"],
    ["Italian colour", "la carrozzeria verniciata in nero opaco"],
    ["Spanish, the outside of a part", "el tubo está roto por fuera"],
    ["French booking", "je prends rendez-vous demain à 10h dans l'appli"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
