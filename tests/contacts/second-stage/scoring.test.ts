// The classifier scores candidates without making their feature names (`scoreCandidates`): each
// looser candidate's sum must be the very number `weightOf(model, candidatesOf(...).features)` gives,
// bit for bit, or a candidate on its threshold could turn; training reads the names, the detector the
// sums, and both walk the one definition of the features (`walkFeatures`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../../src/domain/contacts/contact-detector.ts";
import { isSpaceCode } from "../../../src/domain/contacts/detection/normalise.ts";
import type { Hit, Mapped, SecondStage } from "../../../src/domain/contacts/detection/types.ts";
import { candidatesOf, FeatureWeights, scoreCandidates, shapeOf, wordsWithOffsets } from "../../../src/domain/contacts/second-stage/candidates.ts";
import { TRAINED_MODEL, weightOf } from "../../../src/domain/contacts/second-stage/classifier.ts";

const ALLOWED = ["autodoctor.app", "google.com", "wikipedia.org"];

/** The rules' input to the second stage for `text`. */
function stageInput(text: string): { norm: Mapped; hits: Hit[] } {
  let input: { norm: Mapped; hits: Hit[] } | null = null;
  const capture: SecondStage = {
    select(norm, hits) {
      input = { norm, hits: [...hits] };
      return [...hits];
    },
  };
  detectContactDetails(text, { allowedDomains: ALLOWED, secondStage: capture });
  return input!;
}

const dev = readFileSync(new URL("../corpus/dev.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .flatMap((l) => (JSON.parse(l) as { messages: string[] }).messages);

/** Texts whose features reach every path: case folding that changes length, astral letters, odd white space, repeats, allowed hosts. */
const EDGES = [
  "İSTANBUL İzmir call me 0532 555 0143 İİİ",
  "ΣΟΦΊΑΣ ΟΔΟΣ 12, ΑΘΉΝΑ Σ. email ΣΟΦΙΑ@GMAIL.COM",
  "𐐀𐐁𐐂 rick_17 𐐀@gmail.com 555 0143 on insta",
  "lone \uD800 half \uDC00 rick_17 at gmail dot com",
  "a\u00a0\u00a0b\u2028\u2028c   ddd EEE 1111 \t\t x:y:z WhatsApp +49 30 1234567",
  "K\u212Aelvin ſtreet 12 Main ſt, Springfield 62704 inſta rick.17",
  "see https://autodoctor.app/help or support@autodoctor.app, shop.AUTODOCTOR.APP; mine is rick@evil.io or http://autodoctor.app@evil.io/pay",
];

describe("scoring candidates without their feature names", () => {
  const weights = new FeatureWeights(TRAINED_MODEL.weights);

  it("gives every looser candidate the sum weightOf gives for its features, bit for bit, and leaves the rules' hits unscored", () => {
    const glued: string[] = [];
    for (let i = 0; i < dev.length; i += 40)
      glued.push(
        dev
          .slice(i, i + 40)
          .join(" ")
          .slice(0, 2000),
      );
    let scored = 0;
    for (const text of [...dev.slice(0, 400), ...glued, ...EDGES]) {
      const { norm, hits } = stageInput(text);
      const named = candidatesOf(norm, hits, ALLOWED);
      const fast = scoreCandidates(norm, hits, ALLOWED, weights);
      expect(fast.spans).toEqual(named.candidates.map(({ features: _, ...span }) => span));
      named.candidates.forEach((c, k) => {
        if (c.generator === "rule") expect(fast.own[k]).toBeNaN();
        else {
          expect(fast.own[k]).toBe(weightOf(TRAINED_MODEL, c.features));
          scored++;
        }
      });
    }
    expect(scored).toBeGreaterThan(4000);
  }, 120_000); // about 24 s of detector work when the machine is busy: the default 30 s flaked under load

  it("reads white space as /\\s/ does, for every UTF-16 code unit", () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differing.push(`U+${c.toString(16)}`);
    expect(differing).toEqual([]);
  });

  it("shapes a span as the chain of replacements the feature was defined by", () => {
    const shape = (s: string): string =>
      s
        .replace(/[A-Z]/g, "A")
        .replace(/[a-z]/g, "a")
        .replace(/\d/g, "9")
        .replace(/\s+/g, " ")
        .replace(/(.)\1{2,}/g, "$1$1")
        .slice(0, 20);
    for (const s of ["Rick_17", "512 555 0143", "aaaa   bbbb\n\n\tCCCC 9999 ----", "x\u2028\u00a0 y", "AbCdEfGhIjKlMnOpQrStUvWxYz 123", "😀😀😀 ééé", "  lead", "....!!!???"]) {
      expect(shapeOf(`<${s}>`, 1, s.length + 1)).toBe(shape(s));
    }
  });

  it("reads words as the Unicode expression does, for every code point", () => {
    const reference = (text: string): Array<{ w: string; start: number; end: number }> =>
      [...text.matchAll(/[\p{L}\p{N}@$_'’]+/gu)].map((m) => ({ w: m[0].toLowerCase().replace(/\d/g, "0").slice(0, 24), start: m.index, end: m.index + m[0].length }));
    const texts: string[] = [];
    // Every BMP code unit (lone halves included) between letters and beside a space, in chunks; astral letters, numbers and signs; long words.
    for (let from = 0; from < 0x10000; from += 512) {
      let t = "";
      for (let c = from; c < from + 512; c++) t += `a${String.fromCharCode(c)}b ${String.fromCharCode(c)} `;
      texts.push(t);
    }
    texts.push("𐐀𐐁𐐂 rick_17 𐐀@gmail.com 𝟘𝟙 𞤀𞤁 😀x😀 \uD801\uDC00\uD801 İSTANBUL ΣΟΦΊΑΣ", `${"Ab1".repeat(20)} ${"İ".repeat(30)} don’t it's $5 @me`);
    for (const t of texts) expect(wordsWithOffsets(t)).toEqual(reference(t));
  });
});
