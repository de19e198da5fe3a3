import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PATTERNS } from "../../src/modules/chat/contact-detector.ts";
import { runPatterns, wordsOf } from "../../src/modules/chat/detection/context.ts";
import { normalise } from "../../src/modules/chat/detection/normalise.ts";
import type { Hit } from "../../src/modules/chat/detection/types.ts";

/**
 * Detection cost (issue 13): on a long message each word-gated rule runs only in windows around
 * its words. That is an optimisation, not a rule: it must find exactly what one pass over the whole
 * text finds. Long messages are built by gluing labelled corpus messages (every kind of rule fires
 * somewhere in them) up to the 2,000-character limit.
 */

const corpus = readFileSync(new URL("../contacts/corpus/dev.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .flatMap((line) => (JSON.parse(line) as { messages: string[] }).messages);

function longMessages(count: number, stride: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    let text = "";
    while (text.length < 2000) text += `${corpus[(at += stride) % corpus.length]} `;
    out.push(text.slice(0, 2000));
  }
  return out;
}

const hitsOf = (text: string, windowed: boolean): Hit[] => {
  const hits: Hit[] = [];
  runPatterns(PATTERNS, text, hits, wordsOf(text), windowed);
  return hits;
};

describe("windowed rule matching on long messages", () => {
  it("finds the same hits as a pass over the whole text", () => {
    const texts = longMessages(150, 7).map((m) => normalise(m).text);
    let found = 0;
    for (const text of texts) {
      const whole = hitsOf(text, false);
      found += whole.length;
      expect(hitsOf(text, true)).toEqual(whole);
    }
    expect(found).toBeGreaterThan(150); // the messages do exercise the rules
  });

  it("finds a detail far from the start of a long message", () => {
    const text = `${"the brakes squeal when cold and the pads look fine. ".repeat(36)}find us on yelp, Harmon Street Auto Repair`;
    expect(text.length).toBeGreaterThan(1800);
    expect(hitsOf(text, true).some((h) => text.slice(h.start, h.end) === "Harmon Street Auto Repair")).toBe(true);
  });
});
