// Issue 13, e-mail addresses in disguise: typed backwards ("moc.elpmaxe@nhoj"), with the "@" or a
// dot typed twice ("sam@@example..com"), or with "at" and "dot" typed inside one token between
// joiners ("carl_at_example_dot_com"). Ordinary addresses, handles with underscores and phrases
// joined by underscores stay as they are.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, address as written]: hidden. */
const CONTACTS: [string, string][] = [
  ["moc.liamg@sknarc.yrrab — read it backwards", "moc.liamg@sknarc.yrrab"],
  ["ten.kooltuo@92_nhoj", "ten.kooltuo@92_nhoj"],
  ["dana@@example..org, take out the doubles", "dana@@example..org"],
  ["write to fixes..by..rob@@proton..me", "fixes..by..rob@@proton..me"],
  ["dana@@@example...org", "dana@@@example...org"],
  ["kev@@@gmail...com, no triples", "kev@@@gmail...com"],
  ["kev_at_hollisauto_dot_com", "kev_at_hollisauto_dot_com"],
  ["mail: rosa-at-tallerrosa-dot-mx", "rosa-at-tallerrosa-dot-mx"],
];

const INNOCENT = [
  "the file is called brake_at_front_dot_pdf_final",
  "one_at_a_time_please",
  "look_at_this_dot_matrix printer error on the dash",
  "I like the co.op@home deals",
  "wait... what@@@ lol...ok",
];

describe("e-mails typed in disguise", () => {
  it.each(CONTACTS)("%j hides %j", (text, address) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, address)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
