// A link on an internationalised domain is a link, written in its own script ("карменавто.рф")
// or in its ASCII form ("xn--80aaxitdbjk.xn--p1ai"): normalising reads Cyrillic letters as Latin
// look-alikes, which left no domain to find. Text in those scripts, full stops and all, is no link.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, hiddenIn } from "./detector-helpers.ts";

const detect = (text: string) => detectContactDetails(text, APPLICATION);

describe("a link on an internationalised domain", () => {
  it.each([
    ["in English", "Brake noise. find me on алиса.рф", "алиса.рф"],
    ["in Russian", "заходи на сайт карменавто.рф", "карменавто.рф"],
    ["with a dash", "сайт: мастер-авто.рус", "мастер-авто.рус"],
    ["with a path", "запись тут: сэмавто.рф/запись", "сэмавто.рф/запись"],
    ["in its ASCII form", "my site: xn--80aaxitdbjk.xn--p1ai", "xn--80aaxitdbjk.xn--p1ai"],
    ["with an ideographic full stop", "сайт: карменавто。рф", "карменавто。рф"],
    ["with a fullwidth full stop", "сайт: карменавто．рф", "карменавто．рф"],
  ])("%s: %j is a LINK, hidden", (_case, text, secret) => {
    const detection = detect(text);
    expect(detection.kinds).toContain("LINK");
    expect(hiddenIn(text, secret, detection)).toBe(true);
  });

  it.each([
    ["sentences", "Привет. Колодки изношены, нужно менять."],
    ["an abbreviation before a word", "см. фото.Колодки изношены"],
    ["an ideographic full stop between sentences", "привет。как дела"],
    ["Greek", "Τα τακάκια είναι φθαρμένα. Θέλουν αλλαγή."],
  ])("%s in another script stay readable: %j", (_case, text) => {
    expect(detect(text).kinds).toEqual([]);
  });
});
