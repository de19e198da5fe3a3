// Round 55 (det55a): a meeting at a public place in another language, set by the money handed over there or the job done on the
// spot rather than by a time ("vediamoci al distributore, ti do i soldi lì", "te cambio el alternador ahí mismo", "trocava-lho lá
// mesmo", "bayar terus kat saya"), a Turkish "buluşalım" with a time or the job, and a Portuguese "encontrar-nos": in-person-visits.ts
// MEET_ABROAD with CASH_OR_JOB_THERE. The workshop named only as the place's landmark ("al bar sotto l'officina") is no meeting
// at the workshop. A meeting for a coffee or a meal with no money or job said, one at the workshop and a booked one stay
// innocent. Sentences written for this branch; probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a meeting abroad with the money or the job there", () => {
  it.each([
    ["vediamoci al distributore vicino alla rotonda, ti do i soldi lì e chiudiamo"],
    ["ci troviamo al bar dietro l'officina, mi dai i soldi lì e facciamo tutto"],
    ["nos vemos frente al super y ahí mismo te cambio el alternador"],
    ["podemos encontrar-nos no estacionamento do mercado e eu troco a peça lá mesmo"],
    ["jumpa kat parking Tesco petang ni, saya tengok enjin, bayar terus kat saya"],
    ["cuma akşam benzinlikte buluşalım, ben orada bakarım"],
    ["cumartesi öğleden sonra benzinlikte buluşalım, orada takarım"],
  ])("%j is caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["ci vediamo al bar alle 8 per un caffè"],
    ["ci vediamo al bar sotto casa alle 9 per un aperitivo, poi porto la macchina in officina"],
    ["quedamos en la plaza el sábado a las 6 para un café y charlamos del viaje"],
    ["te encontro no shopping amanhã às 9 para um café"],
    ["ci vediamo in officina alle 8, mi dai i soldi lì"],
    ["yarın randevu saatinde serviste buluşalım"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
