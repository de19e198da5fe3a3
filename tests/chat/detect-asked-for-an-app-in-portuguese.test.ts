// Issue 13, round 19: the reader's app asked for in Portuguese and Spanish by its name, as the
// older rules asked for a number or WhatsApp: "me manda teu instagram", "pasame tu instagram",
// "tens zap?", "tu tem telegram?". The app named for a photo sent here, a car's feature or the
// workshop's own page stays clean.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("an app asked for in Portuguese or Spanish", () => {
  it.each([
    ["tu tem telegram", "tu tem telegram? fica mais fácil"],
    ["me passa o seu insta", "me passa o seu insta que eu te sigo"],
    ["você tem whatsapp", "você tem whatsapp? manda o áudio do barulho por lá"],
    ["pasame tu instagram", "pasame tu instagram y te mando fotos"],
    ["tens o whats", "tens o whats? te mando o orçamento"],
    ["manda teu face", "manda teu face que eu te chamo"],
    ["qual é o teu tiktok", "qual é o teu tiktok? vi um vídeo teu"],
    ["me da tu snap", "me da tu snap y hablamos"],
  ])("%s: %j is an OFF_PLATFORM_REQUEST", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["a video sent here", "manda o vídeo do barulho aqui no app mesmo"],
    ["a car's feature", "o carro tem insta-start? brincadeira, tem start-stop"],
    ["the workshop's page seen", "vi no instagram da oficina que vocês trocam embreagem"],
    ["a photo in the chat", "me manda a foto do painel aqui pelo chat"],
    ["a part in stock", "tens a pastilha de freio dianteira em estoque?"],
    ["the workshop has a card machine", "vocês tem maquininha de cartão ou só pelo app?"],
    ["a manual", "tens o manual do carro? preciso do torque das rodas"],
    ["a refusal", "não vou te passar meu insta, falamos aqui"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
