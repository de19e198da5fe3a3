// Round 23, a phone number read out in the digit words of a further language chat is written in:
// Afrikaans and Dutch ("nul agt twee"), Malay and Indonesian ("kosong satu dua"), Norwegian and
// Danish ("fire en fem"), Turkish ("sıfır beş"), romanised Arabic ("khamsa sifr wa7ad"). Most of
// these words are ordinary words elsewhere ("een", "to", "fire", "bir", "lima"), so they are read
// as digits only as a whole run of one language's digit words (typed digits may stand among them)
// of at least four words and a phone's length; a shorter run or a run broken by other words is
// a sentence about days, prices or sizes.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a number read out in the digit words of a further language", () => {
  it.each([
    ["Afrikaans", "my selfoon is nul sewe twee, ses ses agt, nege een nul drie", ["nul sewe twee, ses ses agt, nege een nul drie"]],
    ["Dutch, mixed with digits", "app me: nul zes 41 drie drie 9 acht", ["nul zes 41 drie drie 9 acht"]],
    ["Dutch, words glued to digits", "nul6 twee3 zes7 een8 negen, bellen", ["nul6 twee3 zes7 een8 negen"]],
    ["Malay", "nombor saya kosong satu tiga, empat empat lapan, dua sembilan enam satu", ["kosong satu tiga, empat empat lapan, dua sembilan enam satu"]],
    ["Indonesian", "hubungi nol delapan satu dua tiga empat lima enam tujuh", ["nol delapan satu dua tiga empat lima enam tujuh"]],
    ["Norwegian", "ring meg på ni to tre, fem fem, åtte sju seks", ["ni to tre, fem fem, åtte sju seks"]],
    ["Turkish", "numaram sıfır beş dört iki, yedi yedi yedi, sekiz dokuz", ["sıfır beş dört iki, yedi yedi yedi, sekiz dokuz"]],
    ["romanised Arabic", "sifr khamsa khamsa, talata talata talata, sab3a tamanya tes3a sitta, hayda ra2mi", ["sifr khamsa khamsa, talata talata talata, sab3a tamanya tes3a sitta"]],
  ])("%s: %j is caught", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["Afrikaans days and a price", "ek het twee of drie dae nodig, vier of vyf honderd rand"],
    ["Dutch sizes", "een twee drie vier bouten van 12 mm en twee van 14"],
    ["Dutch, a short run", "de auto is over twee drie dagen klaar"],
    ["Malay days", "saya perlu dua atau tiga hari, lima ratus ringgit"],
    ["Malay, a short run with digits", "satu dua tiga kali sudah cuba, 2019 model"],
    ["Norwegian days and kroner", "to eller tre dager, fem hundre kroner"],
    ["English with Norwegian look-alikes", "go to the fire station en route, ni hao to you"],
    ["Turkish days", "bir iki gün sürer, beş yüz lira"],
    ["Arabic price", "el shoghl b khamsa mit dirham, talata ayam"],
    ["Dutch counting bolts then a size", "een, twee, drie, vier bouten: 8 8 10 12"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
