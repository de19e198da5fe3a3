// Issue 13 round 6, spoken e-mail addresses as a kind: a mailbox, a word for "at" and a domain with
// words for "dot", in any of their spellings (English, Spanish, Portuguese, German), with any
// top-level domain after a spoken dot, a mailbox said in several words, a domain said in several
// words after "at", and a mailbox introduced as such beside the provider's name.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("spoken e-mail addresses in any spelling", () => {
  it.each([
    ["Spanish punto and arroba, a dotted mailbox", "escribeme: ruben punto ortiz arroba hotmail punto com", "ruben punto ortiz arroba hotmail punto com"],
    ["Portuguese ponto and a two-part ending", "manda pra loja ponto reis arroba terra ponto com ponto br", "loja ponto reis arroba terra ponto com ponto br"],
    ["German punkt", "schreib an: kfz punkt maier at web punkt de", "kfz punkt maier at web punkt de"],
    ["any top-level domain after a spoken dot", "it's marta at lugnut dot repair", "marta at lugnut dot repair"],
    ["a reserved test domain", "email ozzie at torquebench dot test", "ozzie at torquebench dot test"],
    ["a mailbox said as a name and an initial", "nadia r at fastmail dot com for the invoice", "nadia r at fastmail dot com"],
    ["a mailbox joined by a spoken plus", "mail: tom b plus wrench at icloud", "tom b plus wrench at icloud"],
    ["a domain said in words after at", "omar at desert auto dot ae", "omar at desert auto dot ae"],
    ["a mailbox introduced after the provider", "yahoo. my username is bayoubrakes, easy", "bayoubrakes"],
    ["a mailbox after a spelling instruction", "outlook, no dots, gracieokafor", "gracieokafor"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a dot that is a word", "there's a red dot in the corner of the dash"],
    ["a shop bought from, said with at and dot", "I bought the pads at rock auto dot com last week"],
    ["a provider and an ordinary word", "gmail is down again, no idea why"],
  ])("%s: %j is no e-mail address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("EMAIL");
  });
});
