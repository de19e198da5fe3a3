// Issue 13, round 21: in Spanish, Portuguese, French, German and Italian, a move of the chat to
// another channel and a meeting are proposed in every form of the verb, not only "we" in the
// present: a modal and an infinitive ("on peut continuer", "podemos encontrar-nos"), "let's"
// forms ("vamos", "bora", "lass uns"), an imperative with the pronoun after it ("passa-me",
// "retrouve-moi"). The channel may be an app, text messages, mail or the phone. The platform kept
// as the channel, a route, a past call, and the booked workshop as the meeting place stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("moves to another channel, proposed in any form", () => {
  it.each([
    ["French, a modal", "on pourrait parler par téléphone, c'est plus rapide"],
    ["French, first person plural", "passons par mail pour les devis"],
    ["Spanish, a preference", "mejor seguir por correo, así te mando las fotos"],
    ["Portuguese, let's", "bora pro whats que aqui demora"],
    ["Italian, a modal", "possiamo sentirci per telefono stasera?"],
    ["German, let's", "lass uns per SMS weitermachen"],
    ["Portuguese, a pronoun after the imperative", "dá-me o teu número que te ligo"],
  ])("%s: %j asks to leave the platform", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["the platform kept", "on peut continuer par l'appli, pas de souci"],
    ["a channel that is the app's chat", "on continue par ici, c'est plus simple"],
    ["a trip, not a channel", "vamos no meu carro até a oficina"],
    ["a past call with the insurer", "falamos por telefone com o seguro ontem"],
    ["a move refused", "no podemos seguir por whatsapp, las reglas lo prohíben"],
    ["the post office, not the mail", "vamos al correo a mandar la pieza, después seguimos aquí"],
  ])("%s: %j is no request", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_REQUEST");
  });
});

describe("meetings, proposed in any form", () => {
  it.each([
    ["French, a modal", "on pourrait se voir devant le Carrefour demain à 9h ?"],
    ["French, an imperative", "retrouve-moi au parking de la gare samedi"],
    ["Portuguese, an imperative", "me encontra na frente do posto hoje às 18"],
    ["Spanish, a modal", "podemos vernos en la gasolinera mañana"],
    ["Italian, a modal", "possiamo vederci al bar domani alle 8"],
    ["German, a modal", "können wir uns morgen an der Tankstelle treffen"],
  ])("%s: %j is a meeting", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["the booked workshop", "on peut se voir au garage samedi pour le rendez-vous"],
    ["a meeting refused", "non, on ne peut pas se retrouver au parking demain"],
    ["no time and no place", "podemos vernos otro día, gracias"],
  ])("%s: %j is no meeting", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_DEAL");
  });
});
