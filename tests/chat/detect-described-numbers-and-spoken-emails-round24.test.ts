// Round 24, two kinds the rules missed. A phone number described by its code named in words (an
// area, country or network code: "area code", "Vorwahl", "caracteristica", "κωδικός", "Kyivstar"),
// then its digits in groups after a word that goes on ("then", "dann", "después", "και μετά"): the
// naming phrase and the digits are hidden, in one message or over two. An e-mail address said with
// another language's words for "@" and "." (Czech "zavináč/tečka", Polish "małpa/kropka", Russian
// "собака/точка", Greek "παπάκι/τελεία", Hungarian "kukac/pont", Romanian "la/punct", Turkish
// "et/nokta", Hebrew "שטרודל/נקודה"), and a domain said with a spoken dot before its country's
// ending. Innocent neighbours: a thing's code, a prefix typed as digits, the words as ordinary words.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("a number described by its code named in words", () => {
  it.each([
    ["an American city's area code", "it's the Denver area code, then 555, then 0143", ["Denver area code", "555", "0143"]],
    ["a country code named by its country", "country code of Chile, then 9, then 6123 4587", ["country code of Chile", "9", "6123 4587"]],
    ["a British landline code, digits spoken", "ring the Leeds landline code then two four seven, oh three one nine", ["Leeds landline code", "two four seven, oh three one nine"]],
    ["a network named before the code", "Vodafone code, then 412 77 06", ["Vodafone code", "412 77 06"]],
    ["German Vorwahl", "die Hamburger Vorwahl, dann 3318 2270", ["Vorwahl", "3318 2270"]],
    ["Argentine caracteristica", "característica de Rosario, después 15, después 544 0193", ["característica de Rosario", "15", "544 0193"]],
    ["French indicatif", "l'indicatif de Lyon, puis 72 18 44 90", ["indicatif de Lyon", "72 18 44 90"]],
    ["Greek κωδικός of a city", "ο κωδικός της Πάτρας και μετά 442 18 07", ["κωδικός της Πάτρας", "442 18 07"]],
    ["a network then its code in digits", "Orange, le 06 puis 71 24 38 90", ["Orange", "06", "71 24 38 90"]],
    ["Polish kierunkowy", "kierunkowy do Krakowa, potem 412 88 37", ["kierunkowy do Krakowa", "412 88 37"]],
  ])("%s: %j is caught", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["the code in one message, the digits in the next", ["the Lisbon code,", "then 213 44 09 71"], ["Lisbon code", "213 44 09 71"]],
    ["the code said to be the front, the digits in two more messages", ["the first three are the Phoenix code", "555", "0 1 4 7"], ["Phoenix code", "555", "0 1 4 7"]],
    ["a network in one message, the digits in the next", ["Kyivstar code", "then 067 311 20 45"], ["Kyivstar code", "067 311 20 45"]],
  ])("%s: %j is caught over the burst", (_kind, messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each([
    ["a paint code, then a reading in the next message", ["the paint code is on the door", "then 120 400 km on it"]],
    ["a place's code asked, a quote in the next", ["what's the Denver code for the emissions test?", "it was 245 for the pads"]],
  ])("%s: %j stays innocent over the burst", (_kind, messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    ["an error code, then a fault code", "the error code, then P0420 after a reset"],
    ["a paint code", "the paint code then 8W2 on the door sticker"],
    ["an area code named with no digits", "the area code for the shop is on the website"],
    ["a prefix typed as a part's digits", "prefix 7701 for Renault parts, then 049 276 on the box"],
    ["a price after a code word", "area code aside, then $1 200 for the pump"],
    ["mileage after a place's code", "the Denver code then 120 400 miles on it"],
    ["a network named with a price", "Vodafone then 45 a month, no contract"],
    ["a plain code word and a reading", "the code then 2 13 44 on the scanner"],
    ["a car make's code", "the Honda code, then 123 456"],
    ["a code read on a part", "country code, then 2 3 4 5 6 7 on the torque wrench"],
    ["a network's name that is a word", "orange, then 71 24 38 90 on the paint chart"],
    ["a sensor named like a network", "o2 sensor, then 0 258 986 602 is the Bosch one"],
    ["model years after a network", "Orange then 2019 2020 models had the issue"],
    ["Spanish 'claro', then a price", "claro, después 150 200 pesos"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("an e-mail address said in other languages", () => {
  it.each([
    ["Czech", "pište na dvorak zavináč email tečka cz", ["dvorak zavináč email tečka cz"]],
    ["Polish", "mail: nowak.serwis małpa onet kropka pl", ["nowak.serwis małpa onet kropka pl"]],
    ["Russian", "пиши sergey77 собака yandex точка ru", ["sergey77 собака yandex точка ru"]],
    ["Ukrainian", "пишіть taras собака ukr точка net", ["taras собака ukr точка net"]],
    ["Ukrainian krapka", "oksana собака gmail крапка com", ["oksana собака gmail крапка com"]],
    ["Greek", "στείλε στο nikos παπάκι otenet τελεία gr", ["nikos παπάκι otenet τελεία gr"]],
    ["Hungarian", "írj a kovacs.gabor kukac citromail pont hu címre", ["kovacs.gabor kukac citromail pont hu"]],
    ["Romanian, bracketed", "scrie la mihai.ionescu [la] gmail [punct] com", ["mihai.ionescu [la] gmail [punct] com"]],
    ["Romanian, bare", "adresa e andrei la yahoo punct ro", ["andrei la yahoo punct ro"]],
    ["Turkish", "mail adresim mehmet et hotmail nokta com", ["mehmet et hotmail nokta com"]],
    ["Spanish", "escríbeme a taller.soto arroba gmail punto com", ["taller.soto arroba gmail punto com"]],
    ["Italian", "scrivi a marco chiocciola libero punto it", ["marco chiocciola libero punto it"]],
    ["German", "an frank klammeraffe gmx punkt de", ["frank klammeraffe gmx punkt de"]],
    ["French", "écris à luc arobase free point fr", ["luc arobase free point fr"]],
    ["Hebrew", "תכתוב yossi שטרודל walla נקודה co נקודה il", ["yossi שטרודל walla נקודה co נקודה il"]],
    ["Hungarian, a spoken site", "nézd meg: gumis-laci (pont) hu", ["gumis-laci (pont) hu"]],
    ["Hungarian, a bare spoken site", "a honlap motorszerviz-pecs pont hu", ["motorszerviz-pecs pont hu"]],
    ["Czech, a typed dot", "jana.kral zavináč seznam.cz", ["jana.kral zavináč seznam.cz"]],
    ["Slovak", "jozef zavináč azet bodka sk", ["jozef zavináč azet bodka sk"]],
    ["Arabic", "ahmed آت gmail دوت com", ["ahmed آت gmail دوت com"]],
    ["Arabic, nuqta", "karim ات hotmail نقطة com", ["karim ات hotmail نقطة com"]],
    ["Russian, a spoken site", "это мой сервис avto-master точка ru", ["avto-master точка ru"]],
    ["Czech, a spoken site", "web: autoservis-novak tečka cz", ["autoservis-novak tečka cz"]],
  ])("%s: %j is caught", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["Spanish punto as a word", "en este punto el motor ya no arranca"],
    ["Hungarian pont as a word", "pont ez a gond a fékkel, pont úgy mint tavaly"],
    ["Greek τελεία as a word", "το αυτοκίνητο σταμάτησε τελεία, δεν παίρνει μπρος"],
    ["English at the point", "at the point where the belt slips it squeals"],
    ["a decimal said in Hungarian", "a nyomás 2 pont 4 bar"],
    ["a Czech sentence ending in tečka", "už to nejede, a tečka."],
    ["Romanian la as a word", "am dus mașina la service punct cu punct"],
    ["Turkish et as a word", "kontrol et sonra nokta koy"],
    ["a dog in Russian", "моя собака боится звука мотора"],
    ["Polish małpa as a word", "ta małpa z warsztatu znowu zawaliła"],
    ["a Czech decimal", "motor má 2 tečka 5 litru"],
    ["Russian точка as a word and a decimal", "двигатель 1 точка 6, точка зрения такая"],
    ["Hungarian pont before a suffix", "szia, pont hu-t írtam"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails.each([["a Russian dog, then a full stop", "у меня собака, точка."]])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

// Tightened after the round 24 review: networks that are words or first names, things' codes and
// part-number prefixes, prices, line breaks that are not a number's continuation, everyday '@' words
// before a shop's site. Sentences written for this file.
describe("described numbers and spoken addresses, their innocent neighbours (review)", () => {
  it.each([
    ["a capitalised network named as one", "Wind number, then 320 114 58 72", ["320 114 58 72"]],
    ["a capitalised network before a mobile's 0", "my line is on Vivo, então 011, depois 98812 4473", ["98812 4473"]],
    ["Italian dopo", "il prefisso di Torino, dopo 011 and 443 2817", ["443 2817"]],
    ["Turkish ardından", "Ankara alan kodu ardından 312 444 18 90", ["312 444 18 90"]],
    ["Russian после", "код города Казань, после 843 214 55 06", ["843 214 55 06"]],
    ["a code word after a capitalised network", "Drei mobil Vorwahl, dann 6601 4483 27", ["6601 4483 27"]],
  ])("%s: %j is caught", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["a first name that is a network", "Tim checked it, then 220 260 on the two tyres"],
    ["a Spanish sentence opening with 'claro'", "Claro, luego te paso 300 350 por el embrague"],
    ["a parts maker before a plain code", "the Denso code then 234 9012 on the sensor"],
    ["a car model after 'code for'", "the radio code for Clio then 2 7 4 4 1 9"],
    ["a parts maker after 'код'", "код Febi, потом 172 734 88"],
    ["a prefix of a part on its box", "the prefix on the filter box, then 0 451 103 316"],
    ["a price after a code word", "Vorwahl egal, dann kostet die Bremse 180 220"],
    ["a network employer, a reading on the next line", "bin bei Vodafone\nTacho zeigt 145 300"],
    ["'next' before another word", "the Telia code is fine, next job 120 180 for brakes"],
    ["Arabic key, then a price", "مفتاح السيارة ثم 400 550"],
    ["Dutch kengetal as a figure", "het kengetal van de motor, dan 210 240 pk"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 41's retrained stage: flags it as ADDRESS
  it.fails.each([["a price currency after the digits", "prefijo aparte, luego 150 200 euros la revisión"]])("%s: %j stays innocent", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["a question comparing codes, a price next", ["is the Leeds code like ours?", "anyway it's 180 220 for both"]],
    ["a network in one message, a quote in the next", ["Vodafone signal is weak here", "quote 140 160 200 for the set"]],
  ])("%s: %j stays innocent over the burst", (_kind, messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    ["Turkish et before a shop's site", "sipariş et hepsiburada nokta com kolay"],
    ["Hungarian kukac with a word for an ending", "a kukac pont ott mászott, pont de nem baj"],
    ["Swedish prick, then 'se' the verb", "en liten prick se fotot"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["Romanian la before a provider", "scrie-mi: ionescu la yahoo punct com", ["ionescu la yahoo punct com"]],
    ["Turkish et with a mailbox's digit", "mail: ayse85 et firma nokta com", ["ayse85 et firma nokta com"]],
    ["Russian in Latin letters", "pishi petrov sobaka yandex tochka ru", ["petrov sobaka yandex tochka ru"]],
    ["Greeklish", "nikos papaki gmail teleia com", ["nikos papaki gmail teleia com"]],
  ])("%s: %j is caught", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});
