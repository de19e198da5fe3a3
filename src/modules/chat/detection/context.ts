/**
 * Helpers every rule family shares: running a pattern over the normalised text and reading the
 * words around a match.
 */
import type { ContactKind, Hit } from "./types.ts";

/** A named regular expression of one kind, with an optional check of the match and its context. */
export interface Pattern {
  kind: ContactKind;
  /** Must have the global flag. The whole match (trimmed) becomes the span unless `span` says otherwise. */
  re: RegExp;
  /** Rejecting a match resumes the search one character later, so a shorter/later match may still count. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  /** The part of the match to report, as [start, end] offsets into the text; default: the whole match. */
  span?: (m: RegExpExecArray) => [number, number] | null;
  /** True when the match is a phrase to flag, not a detail to mask (see `ContactSpan.detail`). */
  phrase?: boolean;
  /**
   * A cheap test (no global flag) that the text must pass before `re` runs at all: a word the
   * pattern cannot match without. Keeps the many patterns affordable on 2,000-character messages.
   */
  gate?: RegExp;
  /** Lower-case words of which the text must hold at least one for `re` to run (see `wordsOf`). */
  words?: readonly string[];
  /** The same as `words` for fuzzy spellings: a test on the text's word set. */
  wordTest?: (words: ReadonlySet<string>) => boolean;
}

/** True when any word of `words` satisfies `test`: for gates on spellings no list can hold. */
export function anyWord(words: ReadonlySet<string>, test: RegExp): boolean {
  for (const w of words) if (test.test(w)) return true;
  return false;
}

/**
 * The lower-case words of a text, with and without apostrophes ("don't" and "dont"): one pass
 * that lets every pattern with `words` skip a message that cannot match it.
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  // split() hands back plain strings, cheaper than a match object per word on long messages.
  for (const w of text.toLowerCase().split(/[^a-z0-9$@_'’-]+/)) {
    if (w.length === 0) continue;
    words.add(w);
    if (w.includes("'") || w.includes("’") || w.includes("-")) {
      words.add(w.replace(/['’-]/g, ""));
      for (const part of w.split(/['’-]/)) words.add(part);
    }
  }
  return words;
}

/** Text before the match, at most `n` characters. */
export const before = (text: string, m: RegExpExecArray | { index: number }, n: number): string => text.slice(Math.max(0, m.index - n), m.index);

/** Text after the match, at most `n` characters. */
export const after = (text: string, m: RegExpExecArray, n: number): string => text.slice(m.index + m[0].length, m.index + m[0].length + n);

/** Offsets of capture group `g` of a match made with the `d` flag, or null when it did not take part. */
export function groupSpan(m: RegExpExecArray, g: number | string): [number, number] | null {
  const indices = m.indices;
  if (!indices) return null;
  const range = typeof g === "number" ? indices[g] : indices.groups?.[g];
  return range ? [range[0], range[1]] : null;
}

/**
 * Texts longer than this are read in windows: a pattern with a word gate runs only around the
 * places its words occur (see `runPatterns`).
 */
const WINDOWED_FROM = 600;
/**
 * How far from one of its gate words a pattern's match (with the context its `accept` reads) may
 * reach: the longest patterns (a name then "on yelp", a cue 120 characters from a name) stay well
 * inside it. Checked by the equivalence test in tests/chat/contact-detector-windows.test.ts.
 */
const WINDOW_RADIUS = 320;

/** Where each word of a lower-cased text starts, keyed by the word and its `wordsOf` variants. */
function wordPositions(text: string): Map<string, number[]> {
  const at = new Map<string, number[]>();
  const add = (w: string, i: number): void => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  };
  const re = /[a-z0-9$@_'’-]+/g;
  const lower = text.toLowerCase();
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const w = m[0];
    add(w, m.index);
    if (w.includes("'") || w.includes("’") || w.includes("-")) {
      add(w.replace(/['’-]/g, ""), m.index);
      for (const part of w.split(/['’-]/)) if (part) add(part, m.index);
    }
    // "santos@hotmail": a pattern may key on either side of the "@".
    if (w.includes("@")) for (const part of w.split(/@+/)) if (part) add(part, m.index);
  }
  return at;
}

/** `wordTest` asked about one word at a time, remembered per test (cleared past a cap). */
const singleWordVerdicts = new WeakMap<(words: ReadonlySet<string>) => boolean, Map<string, boolean>>();
function verdictsOf(test: (words: ReadonlySet<string>) => boolean): Map<string, boolean> {
  let verdicts = singleWordVerdicts.get(test);
  if (!verdicts || verdicts.size > 50_000) singleWordVerdicts.set(test, (verdicts = new Map()));
  return verdicts;
}

/** [start, end) windows around the positions of the words that let `p` run, merged. */
function windowsFor(p: Pattern, positions: Map<string, number[]>, length: number): Array<[number, number]> {
  const anchors: number[] = [];
  if (p.words) {
    for (const word of p.words) {
      const list = positions.get(word);
      if (list) for (const a of list) anchors.push(a);
    }
  } else if (p.wordTest) {
    const verdicts = verdictsOf(p.wordTest);
    for (const [word, list] of positions) {
      let ok = verdicts.get(word);
      if (ok === undefined) verdicts.set(word, (ok = p.wordTest(new Set([word]))));
      if (ok) for (const a of list) anchors.push(a);
    }
  }
  anchors.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const a of anchors) {
    const start = Math.max(0, a - WINDOW_RADIUS);
    const end = Math.min(length, a + WINDOW_RADIUS);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * Every accepted match of every pattern, trimmed of surrounding whitespace and punctuation.
 *
 * On a long text a pattern with a word gate (`words` or `wordTest`) runs only in the windows around
 * its words: matches starting in a window are read on the text up to a little past it (the same
 * offsets, the same look-behind), and a match that reaches that cut is read again on the whole
 * text, so the result is the same as one pass over the whole text at a fraction of the cost.
 */
export function runPatterns(patterns: readonly Pattern[], text: string, hits: Hit[], words: ReadonlySet<string> = wordsOf(text), windowed = true): void {
  const positions = windowed && text.length > WINDOWED_FROM ? wordPositions(text) : null;
  // Patterns sharing a word test share its windows.
  const byTest = new Map<(words: ReadonlySet<string>) => boolean, Array<[number, number]>>();
  for (const p of patterns) {
    if (p.words && !p.words.some((w) => words.has(w))) continue;
    if (p.wordTest && !p.wordTest(words)) continue;
    if (p.gate && !p.gate.test(text)) continue;
    if (positions && (p.words || p.wordTest)) {
      let windows = !p.words && p.wordTest ? byTest.get(p.wordTest) : undefined;
      if (!windows) {
        windows = windowsFor(p, positions, text.length);
        if (!p.words && p.wordTest) byTest.set(p.wordTest, windows);
      }
      for (const [start, end] of windows) runRange(p, text, start, end, hits);
    } else runRange(p, text, 0, text.length, hits);
  }
}

/** The matches of `p` that start in [from, to) (see `runPatterns`). */
function runRange(p: Pattern, text: string, from: number, to: number, hits: Hit[]): void {
  const cut = Math.min(text.length, to + WINDOW_RADIUS);
  let subject = cut === text.length ? text : text.slice(0, cut);
  const re = p.re;
  re.lastIndex = from;
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    if (m.index >= to) break;
    if (subject !== text && m.index + m[0].length > cut - WINDOW_RADIUS / 2) {
      // Near the cut the match may have been shortened by it: read on from here on the whole text.
      subject = text;
      re.lastIndex = m.index;
      continue;
    }
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (p.accept && !p.accept(m, text)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const range = p.span ? p.span(m) : [m.index, m.index + m[0].length];
    if (!range) continue;
    let [s, e] = range as [number, number];
    while (s < e && /[\s,;:!?()"'\[\]]/.test(text[s]!)) s++;
    while (e > s && /[\s,;:!?()"'\[\].]/.test(text[e - 1]!)) e--;
    if (e > s) hits.push({ kind: p.kind, start: s, end: e, detail: p.phrase !== true });
  }
}

/** "street|st" -> "street|Street|STREET|st|St|ST": case-blind words inside a case-sensitive pattern. */
export function anyCase(alternation: string): string {
  return alternation
    .split("|")
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])
    .join("|");
}

/**
 * A regular-expression source whose letters match either case ("on" -> "[oO][nN]"), for the
 * case-blind words of a pattern whose other parts must keep case (a capitalised name).
 */
export function caseless(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (c === "[") {
      const close = source.indexOf("]", i + 1);
      out += source.slice(i, close + 1);
      i = close;
    } else if (/[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += c;
  }
  return out;
}

/** The clause around an offset: from the last sentence break before it to the next one after. */
/** ".", "!", "?", line break, ";": by character code, as this runs for almost every match. */
const isClauseEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 59;

export function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && !isClauseEnd(text.charCodeAt(a - 1)) && start - a < 120) a--;
  let b = end;
  while (b < text.length && !isClauseEnd(text.charCodeAt(b)) && b - end < 120) b++;
  return { before: text.slice(a, start), after: text.slice(end, b) };
}

/**
 * Negation or refusal just before a phrase in the same clause ("I don't give out my number",
 * "I won't do cash", "no need to call me", "I'd rather not meet"): the sender is saying the
 * opposite of the phrase.
 */
const NEGATION =
  /\b(?:not|never|no(?!\s+(?:worries|problem|probs?|rush|hurry|biggie|stress|pressure|doubt|idea|clue)\b)|(?<!\bwhy\s)don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|will\s+not|wouldn'?t|can'?t|cannot|can\s+not|couldn'?t|shouldn'?t|mustn'?t|isn'?t|aren'?t|wasn'?t|ain'?t|refuse|rather\s+not|prefer\s+not|without|instead\s+of|nobody|no\s+one|nothing|against|avoid|stop|quit)\b[^,.!?;\n]{0,40}$/i;

export function negatedBefore(text: string, index: number): boolean {
  const { before: head } = clauseAround(text, index, index);
  return NEGATION.test(head);
}
