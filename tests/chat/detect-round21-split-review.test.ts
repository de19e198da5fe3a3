// Round-21 review (at df62898) of the six commits that join a contact detail sent over consecutive
// messages, as a hostile user and as a careful innocent one: db2acad (an accented phone word cues
// the pieces), 9199fb4 (numbers of other regions joined where their region cuts them), e0f4d0b (a
// mailbox's name in the message before its masked domain), 53d01b8 (a 555 number cut after two of
// its last four), 80f0a79 ("mi" before a phone word is "my", not miles) and 5c51135 (a word-like
// ending after a spoken "punto", "ponto" or "punkt").
//
// Every burst was written for this file (none taken from the corpus) and is replayed as the
// messenger sends it (replayBurst with the application's options: the rules, then the trained
// stage). An innocent burst is not flagged; an attack is flagged with every letter and digit of its
// detail masked. `it.fails` marks what the detector gets wrong at df62898, with a comment naming
// who is responsible: the commit that adds the wrong flag or the wider mask, or "old gap" when the
// rules at 25e52bb (src extracted with git archive) were already wrong the same way.
//
// Measured with npx tsx over these bursts (df62898 vs the src of 25e52bb, both with the trained
// stage): innocents 76, wrong at df62898 38: 17 flags the commits add (9199fb4 6, db2acad 6,
// 5c51135 5), 1 more by 80f0a79 on a contrived 555 quote, 2 part codes masked as a mailbox's name
// by e0f4d0b (bursts flagged before, for the shop's link), and 18 old gaps flagged the same at
// 25e52bb. No wrong flag by 53d01b8 was found. Attacks 42, missed 9 (5 old gaps in region and 555
// cuts, 4 other wordings the new rules do not reach: "mi wasap", "punto it per favore"); 17 of the
// 33 caught were missed or left partly readable at 25e52bb, none of them e0f4d0b's six (the rules
// at 25e52bb already hid those names).
//
// After the review, 9199fb4 and 5c51135 were reverted and db2acad tightened (a thing named after
// "número": "número de pedido / de serie / do pedido"): the innocents they flagged are plain `it`,
// the attacks only they caught are `it.fails`, each table marked so.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { APPLICATION, hiddenIn, replayCaught, replayFlagged } from "./detector-helpers.ts";

/** `word` (in the first message holding it) is left readable in what the reader is shown. */
function readable(messages: readonly string[], word: string): boolean {
  const shown = replayBurst(messages, APPLICATION);
  const k = messages.findIndex((m) => m.includes(word));
  return !hiddenIn(messages[k]!, word, shown[k]!);
}

describe("9199fb4: readings one a message are not a number of another region", () => {
  it.each([
    [["the plugs are toyota", "90919", "01253"]],
    [["quote was 98450", "then 12500 for the clutch"]],
    [["ok the reading was", "91234", "56789"]],
    [["Rs 98450", "and 12500 for labour"]],
    [["pedido 612", "345 678"]],
    [["el coche tiene 612", "345 km"]],
    [["la factura 915", "234 567"]],
    [["text me when done. odo 9123", "4567"]],
    [["phone me after. invoice 6123", "4589"]],
    [["two quotes 9300", "and 6750"]],
    [["call me when done. total 9300", "6750 for tyres"]],
    [["comprei em 12", "9", "2024 1530"]],
    [["pneus 21", "9", "8765 4321"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // left clean since 9199fb4 was reverted (it read two bare fives after a question as an Indian mobile)
  it.each([[["which one do I need", "90919", "01253"]], [["price", "98450", "12500"]], [["got two quotes", "87500", "92750"]], [["km then and now", "96540", "98211"]]])(
    "leaves clean: %j",
    (messages) => {
      expect(replayFlagged(messages)).toBe(false);
    },
  );

  // left clean since 9199fb4 was reverted (it read two fours after a "call" anywhere as a Singapore number)
  it.each([[["call me when ready, quote was 8450", "6200"]], [["call me when its ready, quote was 8450", "6200 with tyres"]]])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // old gap: the rules at 25e52bb flag these too
  it.fails.each([
    [["my last two bills", "84500", "96250"]],
    [["odo today", "97654", "last service 92310"]],
    [["first reading", "98450", "next 12500"]],
    [["what do I set the clock to", "0930", "1145"]],
    [["ring me, km 9123", "4500"]],
    [["text me pls, odo 9123", "and 4567 on the trip"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // not caught since 9199fb4 was reverted: a region's own cut, sent in pieces, with no phone word (the
  // kind to reach next); the second, with the phone word after the pieces, is caught by the rules since
  // round 25 but not by the application (its stage keeps the joined text's phone as two pieces); the
  // last two are eight digits, which round 25's any-region rule leaves out (an innocent of fresh24's
  // kept-aside share)
  // caught since round 34: a burst of bare pieces that make an Indian mobile cut 5-5 (contact-detector.ts's barePiecesBurst)
  it.each([
    [
      ["98450", "01533"],
      ["98450", "01533"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
  it.fails.each([
    [
      ["6123", "4567 call me"],
      ["6123", "4567"],
    ],
    [
      ["call 9123", "4567"],
      ["9123", "4567"],
    ],
    [
      ["whatsapp", "9123", "4567"],
      ["9123", "4567"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each([
    [
      ["my number", "9845", "015 336"],
      ["9845", "015 336"],
    ],
    [
      ["call me", "98450-", "01533"],
      ["98450", "01533"],
    ],
    [
      ["(21)", "98765", "4321"],
      ["21", "98765", "4321"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  // old gap: bare pieces in another cut than the region's own, no phone word
  it.fails.each([
    [
      ["9845", "015 336"],
      ["9845", "015 336"],
    ],
    [
      ["98450-", "01533"],
      ["98450", "01533"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});

describe("db2acad: an accented 'número' naming a thing's number", () => {
  it.each([
    [["mi teléfono se quedó sin batería", "el coche tiene 612", "345 km"]],
    [["mi teléfono no tiene batería, te escribo desde el de mi mujer", "la pieza es 612", "345 678"]],
    [["número da peça 912", "345 678"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // Since round 33 "te llamo por teléfono mañana" is itself a call proposed off the platform (other-languages.ts's CALL-ABROAD):
  // the call is flagged, the price after it is not read as the pieces of a number.
  it('flags the call, leaves the price: ["te llamo por teléfono mañana","presupuesto 645","230 más IVA"]', () => {
    const shown = replayBurst(["te llamo por teléfono mañana", "presupuesto 645", "230 más IVA"], APPLICATION);
    expect(shown.map((d) => d.kinds)).toEqual([["OFF_PLATFORM_REQUEST"], [], []]);
  });

  // left clean since db2acad was tightened: a thing named after the number word ("número de pedido") is no phone cue
  it.each([
    [["mi número de pedido es 644", "555 019"]],
    [["número de pedido", "644", "555 019"]],
    [["número de serie 955", "123 456"]],
    [["Número do pedido: 912", "345 678"]],
    [["número de bastidor 693", "555 014"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // db2acad: a phone word naming the sender's phone ("móvil sin saldo") cues a thing's number after it
  it.fails.each([[["móvil sin saldo, la factura 622", "555 914"]]])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // old gap: an unaccented phone word elsewhere in the burst cues a thing's number
  it.fails.each([
    [["el teléfono del taller no contesta", "el código es 633 55", "04 21"]],
    [["te llamé al teléfono del taller", "el pedido 622", "555 914"]],
    [["mi teléfono se quedó sin batería", "la factura es 644", "555 019"]],
    [["mój telefon padł", "zamówienie 612", "555 019"]],
    [["te paso el número de la pieza", "612 345", "678"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    [
      ["mi teléfono es el", "622 555", "914"],
      ["622 555", "914"],
    ],
    [
      ["llámame al", "633", "555 042"],
      ["633", "555 042"],
    ],
    [
      ["meu número é", "(11) 9", "5555 0148"],
      ["11", "9", "5555 0148"],
    ],
    [
      ["número:", "91 555", "0142"],
      ["91 555", "0142"],
    ],
    [
      ["Mi número es seis dos dos", "555 914"],
      ["seis dos dos", "555 914"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  // not caught since 9199fb4 was reverted (a Polish mobile's 3-3-3 cut); caught since round 25 (a mobile of any region after a phone word)
  it('catches ["mój numer","512","555 019"]', () => {
    expect(replayCaught(["mój numer", "512", "555 019"], ["512", "555 019"])).toBe(true);
  });
});

describe("53d01b8: a 555 number cut after two of its last four", () => {
  it.each([
    [["torque specs 555 12", "34 for the head bolts"]],
    [["part is 555 01", "72 in the catalogue"]],
    [["ok invoice 555-02", "..47 at the end"]],
    [["it was 555 01", "72 bucks total"]],
    [["call me when done, it was 555 12", "34 total"]],
    [["phone me when done. pressures 320 35", "36 rear"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // old gap: a phone word before a quote or a reading in 3-2-2
  it.fails.each([[["can you call me, quote was 650 45", "30 for labour"]], [["pls ring me, pressures 650 45", "30"]]])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    [
      ["555 01", "72 is the rest"],
      ["555 01", "72"],
    ],
    [
      ["call me 555 01", "72"],
      ["555 01", "72"],
    ],
    [
      ["555 0", "172 is the rest"],
      ["555 0", "172"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  // old gap: the same cut with no words after the last two, or cut elsewhere
  it.fails.each([
    [
      ["mine is 555-01", "72"],
      ["555-01", "72"],
    ],
    [
      ["5550", "172"],
      ["5550", "172"],
    ],
    [
      ["555-017", "2 sorry"],
      ["555-017", "2"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});

describe("80f0a79: 'mi' before a phone word after a number", () => {
  it.each([
    [["costó 3 450 000 mi telefono se apagó"]],
    [["me cotizaron 2 350", "000 mi contacto dice que es caro"]],
    [["bought it with 98 000 mi", "now 212 455 mi whats due"]],
    [["the truck is on 212", "455 0 mi whats the next service"]],
    [["it did 98 450 mi", "now 142 350 mi tell me if thats too many"]],
    [["1 142 350 mi telling you its original"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // 80f0a79: English "mi whats ..." (miles, then "what's") is read as "my WhatsApp"
  it.fails("leaves clean: a quote and the miles asked about", () => {
    expect(replayFlagged(["the quote was 612 555", "0180 mi whats the labour"])).toBe(false);
  });

  // an old gap of the rules (a price in Colombian pesos, spaces between thousands, before "mi <word>"),
  // left clean since round 22's stage (the rules' "mi" before a phone word no longer reads it alone)
  it.each([[["me cotizaron 2 350 000 mi contacto en la agencia dice que es caro"]], [["pagué 1 250 000 mi tío dice que es mucho"]]])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    [["612 555 018 mi whats"], ["612 555 018"]],
    [
      ["+39 333 555", "0182 mi cell"],
      ["39 333 555", "0182"],
    ],
    [
      ["+52 33 5555", "0123 mi número personal"],
      ["52 33 5555", "0123"],
    ],
    [
      ["+52 33 5555", "0123 mi wa"],
      ["52 33 5555", "0123"],
    ],
    [
      ["+34 612 555", "018 mi telf"],
      ["34 612 555", "018"],
    ],
    [
      ["+34 612 555", "018 es mi whatsapp"],
      ["34 612 555", "018"],
    ],
    // caught since round 43's refit
    [
      ["+34 612 555", "018 mi wasap"],
      ["34 612 555", "018"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  // 80f0a79 does not generalise: the app's name spelt as said ("wasap", "wasa") is not in its list
  it.fails.each([
    [
      ["612 555", "018 mi wasa"],
      ["612 555", "018"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});

describe("e0f4d0b: the word before a masked host is a mailbox's name", () => {
  it.each([
    [["its the 2.0tdi", "on rockauto.com"]],
    [["the code was P0420", "at autozone.com it says cat"]],
    [["did you get my email about the 3.0L", "at partsgeek.com it was cheaper"]],
    [["I emailed the invoice for the vw golf_r", "check carparts.com"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // e0f4d0b: a part number or a model code before a shop's link is masked as a mailbox's name
  it.fails.each([
    [["part 1K0615301", "found it at ecstuning.com"], "1K0615301"],
    [["mail says it shipped, item E39_M5", "from fcpeuro.com"], "E39_M5"],
  ])("keeps readable in %j: %s", (messages, word) => {
    expect(readable(messages, word)).toBe(true);
  });

  it.each([
    [
      ["my email is", "deano88", "@", "example.com"],
      ["deano88", "example.com"],
    ],
    [
      ["jess.t", "example.com"],
      ["jess.t", "example.com"],
    ],
    [
      ["mail me, name is dex_w", "domain example.org"],
      ["dex_w", "example.org"],
    ],
    [
      ["write to kezza", "it's at example.net"],
      ["kezza", "example.net"],
    ],
    [
      ["email me: jessie", "88", "@example.com"],
      ["jessie", "88", "example.com"],
    ],
    [
      ["my gmail is tazzy", "dot r at example.com"],
      ["tazzy", "example.com"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});

describe("5c51135: a word-like ending after a spoken 'punto'", () => {
  it.each([
    [["the old punto in"]],
    [["that's a lovely punto, mine is."]],
    [["ho una fiat punto racing"]],
    [["the car is a 2008 Fiat Punto Sport"]],
    [["my punto is", "due"]],
    [["lo cambias y punto."]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // left clean since 5c51135 was reverted (it read the car's name before "is" at a sentence's end as a domain)
  it.each([[["the punto is"]], [["Yes, the punto is!"]], [["which one is louder?", "the punto is."]], [["not the panda", "the punto is"]], [["the punto is", "leaking oil"]]])(
    "leaves clean: %j",
    (messages) => {
      expect(replayFlagged(messages)).toBe(false);
    },
  );

  // old gap: the car before "in" (India's ending), the German "Punkt" before "ist"
  it.fails.each([[["ho portato la punto in."]], [["I have a Fiat Grande Punto in", "for a service"]], [["der Punkt ist."]]])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  // not caught since 5c51135 was reverted; caught since round 22, which reads "chiocciola" as "@" and
  // lets any ending close the words right after a typed "@" (no word after it)
  it.each([[["hans chiocciola garage punto it, grazie"], ["hans", "garage punto it"]]])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each([
    // not caught by the rules since 5c51135 was reverted; round 22's model catches these three
    [["giulia.conti chiocciola officina punto it"], ["giulia.conti", "officina punto it"]],
    [
      ["luca.rossi", "at officina punto IT"],
      ["luca.rossi", "officina punto IT"],
    ],
    [
      ["marco.bianchi", "at officina punto it per favore"],
      ["marco.bianchi", "officina punto it"],
    ],
    // caught before round 22 too
    [["joao.silva arroba oficina ponto me"], ["joao.silva", "oficina ponto me"]],
    [
      ["max.mueller", "bei beispiel punkt in"],
      ["max.mueller", "beispiel punkt in"],
    ],
  ])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  // 5c51135 does not generalise: a polite word after the ending keeps the domain readable to the
  // rules; since round 22 reads "chiocciola" as "@", the trained stage hides it
  it.each([[["scrivimi: marco chiocciola officina punto it grazie"], ["marco", "officina punto it"]]])("catches %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});
