/**
 * Helpers every rule family shares: running a pattern over the normalised text and reading the
 * words around a match.
 */
import { anchorIndex, isLeadThenTrail, startsIn, type AnchorIndex, type Places } from "./anchors.ts";
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
   * Patterns may share one gate object: `runPatterns` tests it once per text.
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

/**
 * Regex source: a lookbehind that fails when a possessive ("my phone", "my line") is the place
 * something else is read or kept ("odometer on my phone", "the photos in my phone"), not the
 * sender's own phone offered; "call me on my mobile" still counts.
 */
export const NOT_A_DEVICE_PLACE = String.raw`(?<!\b(?!(?:me|us)\b)\w+\s+(?:on|in|from|off|through|thru|via)\s+)`;

/**
 * `[...text.matchAll(re)]`, lazily, with `exec` on `re` itself: the same matches (index, groups,
 * indices under `d`), from `re.lastIndex` on as matchAll starts, an empty match stepping one code
 * point under u/v and one code unit otherwise. matchAll runs a copy of `re`, and a copy finds its
 * compiled code through V8's compilation cache, which forgets it after a few full GCs: the copy is
 * then compiled again on one message (170-290 ms for the large expressions); `re` keeps its code.
 * `re.lastIndex` is put back before each match is handed out, so the caller (or a nested use of
 * `re`) sees no state. `re` must be global, as matchAll requires.
 */
export function matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: ${String(re)}`);
  return execMatches(re, text, re.lastIndex);
}

function* execMatches(re: RegExp, text: string, from: number): Generator<RegExpExecArray, void, undefined> {
  for (let at = from; ;) {
    const kept = re.lastIndex;
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = kept;
    if (m === null) return;
    if (m[0].length === 0) at += (re.unicode || re.flags.includes("v")) && isLeadThenTrail(text, at) ? 2 : 1;
    yield m;
  }
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
 * A pattern as `runPatterns` reads it: every field present, in one order, so the loop over some 240
 * rules per message reads one object shape (the rule lists mix a dozen), and its gate and word list
 * as numbers into per-text tables instead of keys of per-text maps.
 */
interface Rule {
  kind: ContactKind;
  re: RegExp;
  accept: ((m: RegExpExecArray, text: string) => boolean) | null;
  span: ((m: RegExpExecArray) => [number, number] | null) | null;
  detail: boolean;
  /** Where the gate stands in the anchor index's `sticky` (after the patterns), -1 for none. */
  gate: number;
  gateRe: RegExp | null;
  /** Where its required tail (`requiredTail` in anchors.ts) stands in the anchor index's `sticky`, -1 for none. */
  tail: number;
  /** The word list's number in `Rules.lists`, -1 for none. */
  list: number;
  wordTest: ((words: ReadonlySet<string>) => boolean) | null;
}

interface Rules {
  /** How many patterns the list had when read (see `anchorIndex`). */
  patterns: number;
  rules: Rule[];
  /** How many distinct word lists. */
  lists: number;
  /** Per word of any list, the lists holding it: a text's words are looked up once for all lists. */
  listsOfWord: ReadonlyMap<string, readonly number[]>;
  /** How many distinct gates and required tails: the expressions after the patterns in the anchor index. */
  gates: number;
}

const rulesOf = new WeakMap<readonly Pattern[], Rules>();

function rulesFor(patterns: readonly Pattern[], index: AnchorIndex): Rules {
  const known = rulesOf.get(patterns);
  if (known && known.patterns === patterns.length) return known;
  const listAt = new Map<readonly string[], number>();
  const rules = patterns.map((p, k): Rule => ({
    kind: p.kind,
    re: p.re,
    accept: p.accept ?? null,
    span: p.span ?? null,
    detail: p.phrase !== true,
    gate: p.gate ? index.gateAt.get(p.gate)! : -1,
    gateRe: p.gate ?? null,
    tail: index.tailAt[k]!,
    list: p.words ? (listAt.get(p.words) ?? listAt.set(p.words, listAt.size).get(p.words)!) : -1,
    wordTest: p.wordTest ?? null,
  }));
  const listsOfWord = new Map<string, number[]>();
  for (const [list, n] of listAt) for (const w of list) if (listsOfWord.get(w)?.at(-1) !== n) listsOfWord.set(w, [...(listsOfWord.get(w) ?? []), n]);
  const read: Rules = { patterns: patterns.length, rules, lists: listAt.size, listsOfWord, gates: index.sticky.length - patterns.length };
  rulesOf.set(patterns, read);
  return read;
}

/** Per word list (see `Rules.listsOfWord`), 1 when `words` holds a word of it, else 0. */
function listsHeld(words: ReadonlySet<string>, rules: Rules): Uint8Array {
  const held = new Uint8Array(rules.lists);
  for (const w of words) {
    const lists = rules.listsOfWord.get(w);
    if (lists) for (let i = 0; i < lists.length; i++) held[lists[i]!] = 1;
  }
  return held;
}

/**
 * Every accepted match of every pattern, trimmed of surrounding whitespace and punctuation.
 *
 * A pattern whose matches open on known words (`anchors.ts`) is tried only where the text has one
 * of them, with a sticky copy of its expression; the others scan the text. Both find the same
 * matches in the same order: a scan tries the expression at each position from where it stands and
 * stops at the first that matches, and every position the sticky tries skip is one where no match
 * can start.
 */
export function runPatterns(patterns: readonly Pattern[], text: string, hits: Hit[], words: ReadonlySet<string> = wordsOf(text)): void {
  const index = anchorIndex(patterns, true);
  const read = rulesFor(patterns, index);
  const rules = read.rules;
  const starts = startsIn(index, text);
  // A gate shared by several patterns (a site or platform named) is tested once, at its opening
  // words when it has them (else by a scan): 0 not yet asked, 1 open, 2 shut. The word lists (the
  // look-up rules' hundred-odd site words among them) are read off the text's words at once.
  const gates = new Uint8Array(read.gates);
  let held: Uint8Array | null = null;
  for (let k = 0; k < rules.length; k++) {
    const p = rules[k]!;
    if (starts?.none(k)) continue; // none of its opening words is in the text
    if (p.list >= 0 && (held ??= listsHeld(words, read))[p.list] === 0) continue;
    if (p.wordTest !== null && !p.wordTest(words)) continue;
    // A scanned pattern whose required tail stands nowhere in the text cannot match: no scan. The tail is
    // asked before the gate: it is tried at its words, where a gate may be a scan of the whole text.
    if (p.tail >= 0 && starts !== null) {
      const t = p.tail - rules.length;
      // A tail that may open on a character outside ASCII the text holds is not tried: the pattern is scanned.
      if (gates[t] === 0) gates[t] = !starts.anchored(p.tail) || placesOf(index, starts, p.tail, text)(0) !== null ? 1 : 2;
      if (gates[t] === 2) continue;
    }
    if (p.gate >= 0) {
      const g = p.gate;
      let open = gates[g - rules.length]!;
      if (open === 0) {
        const passed = starts?.anchored(g) ? placesOf(index, starts, g, text)(0) !== null : p.gateRe!.test(text);
        gates[g - rules.length] = open = passed ? 1 : 2;
      }
      if (open === 2) continue;
    }
    const find = starts?.anchored(k) ? placesOf(index, starts, k, text) : scan(p.re, text);
    let m = find(0);
    while (m !== null) {
      // Rejecting a match resumes the search one character later.
      if (m[0].length === 0 || (p.accept !== null && !p.accept(m, text))) {
        m = find(m.index + 1);
        continue;
      }
      const end = m.index + m[0].length;
      const range = p.span !== null ? p.span(m) : [m.index, end];
      if (range) {
        let [s, e] = range as [number, number];
        while (s < e && /[\s,;:!?()"'\[\]]/.test(text[s]!)) s++;
        while (e > s && /[\s,;:!?()"'\[\].]/.test(text[e - 1]!)) e--;
        if (e > s) hits.push({ kind: p.kind, start: s, end: e, detail: p.detail });
      }
      m = find(end);
    }
  }
}

/** The first match of `re` (global) at or after an offset: a scan of the text from there. */
export function scan(re: RegExp, text: string): (from: number) => RegExpExecArray | null {
  return (from) => {
    re.lastIndex = from;
    return re.exec(text);
  };
}

/** The expressions of each list `atWords` is asked with, as the anchor index reads a list of patterns. */
const asPatterns = new WeakMap<readonly RegExp[], readonly { re: RegExp }[]>();

/**
 * Per expression of `expressions` (global, a list kept for good: its index is read once), the first match at or after
 * an offset, as `scan` finds it, tried only where a match can open (anchors.ts: at its opening words) when the
 * expression says where, else a scan; one walk of the text for the whole list. For the whole-text scans outside
 * `runPatterns` whose expressions open on words: a long message holds a handful of those, where a scan tries the
 * expression at every one of its 2,000 places.
 */
export function atWords(expressions: readonly RegExp[], text: string): Array<(from: number) => RegExpExecArray | null> {
  let list = asPatterns.get(expressions);
  if (!list) asPatterns.set(expressions, (list = expressions.map((re) => ({ re }))));
  const index = anchorIndex(list);
  const starts = startsIn(index, text);
  return expressions.map((re, k) => (starts?.anchored(k) ? placesOf(index, starts, k, text) : scan(re, text)));
}

/** `tryAt` of expression `k` of `index` at its places in `text` (`startsIn`), read where they stand. */
const placesOf = (index: AnchorIndex, places: Places, k: number, text: string): ((from: number) => RegExpExecArray | null) =>
  tryAt(index.sticky[k]!, places.flat, text, places.first[k]!, places.first[k + 1]!);

/**
 * The first match of `sticky` at or after an offset, tried only at `starts` (ascending offsets,
 * every place a match can start), or at those from `first` to before `end` of it: the same match a
 * scan from there finds.
 */
export function tryAt(sticky: RegExp, starts: ArrayLike<number>, text: string, first = 0, end = starts.length): (from: number) => RegExpExecArray | null {
  let next = first;
  return (from) => {
    while (next < end && starts[next]! < from) next++;
    while (next < end) {
      sticky.lastIndex = starts[next++]!;
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  };
}

/**
 * A regular-expression alternation ("yelp|bbb|yelp|angi") with each top-level alternative kept
 * once, at its first place. The lists joined into one alternation (LOOKUP and LOOKUP_SITES,
 * PLATFORM, APP) name many sites twice; a repeated alternative can only match what its first copy
 * already tried at the same place, so dropping it matches the same text and only saves the engine
 * the second try at every word. Sources with a capturing group are returned as they are (their
 * group numbers would move).
 */
export function uniqueAlternatives(source: string): string {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!")) return source;
      depth++;
    } else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return [...new Set(parts)].join("|");
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

/** ".", "!", "?", line break, ";": by character code, as this runs for almost every match. */
const isClauseEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 59;

/** How far (characters) `clauseAround` reads either side of its span. */
const CLAUSE_REACH = 120;

/**
 * Where the clause holding offset `at` starts: just after the last `isClauseEnd` character before
 * `at`, read backwards (outwards from a match, not from the text's start) at most `reach` characters.
 */
export function clauseStart(text: string, at: number, reach = Infinity): number {
  let a = at;
  while (a > 0 && !isClauseEnd(text.charCodeAt(a - 1)) && at - a < reach) a--;
  return a;
}

/** Where the clause holding offset `at` ends (exclusive): at the next `isClauseEnd` character, read at most `reach` characters. */
export function clauseEnd(text: string, at: number, reach = Infinity): number {
  let b = at;
  while (b < text.length && !isClauseEnd(text.charCodeAt(b)) && b - at < reach) b++;
  return b;
}

/** The clause around [start, end): from the last clause break before it to the next one after, each side within 120 characters. */
export function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(clauseStart(text, start, CLAUSE_REACH), start), after: text.slice(end, clauseEnd(text, end, CLAUSE_REACH)) };
}

/**
 * Negation or refusal just before a phrase in the same clause ("I don't give out my number",
 * "I won't do cash", "no need to call me", "I'd rather not meet"): the sender is saying the
 * opposite of the phrase. A request reported in the past (REPORTED) counts the same way.
 */
const NEGATION =
  /\b(?:not|never|no(?!\s+(?:worries|problem|probs?|rush|hurry|biggie|stress|pressure|doubt|idea|clue)\b)|(?<!\bwhy\s)don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|will\s+not|wouldn'?t|can'?t|cannot|can\s+not|couldn'?t|shouldn'?t|mustn'?t|isn'?t|aren'?t|wasn'?t|ain'?t|refuse|rather\s+not|prefer\s+not|without|instead\s+of|nobody|no\s+one|nothing|against|avoid|stop|quit)\b[^,.!?;\n]{0,40}$/gi;

/**
 * Someone else's request reported in the past ("the advisor asked for my number", "someone asked
 * me for my whatsapp earlier", "he asked for cash"), or quoted after a verb of saying ("my dad
 * keeps saying 'just give him your number'"): the sender tells of it, they do not make it.
 */
const REPORTED =
  /\b(?:asked|requested|wanted|demanded|tried\s+to\s+get|(?:was|were|kept|been)\s+asking)\b[^,.!?;\n]{0,30}$|\b(?:say(?:s|ing)?|said|told\s+(?:me|us|him|her|them)|tells\s+(?:me|us))\s*[:,]?\s*['"‘“][^'"‘’“”\n]{0,30}$/gi;

/**
 * How far before the end of a clause a NEGATION or REPORTED match can start when no two
 * whitespace characters stand together in it (each \s+ then reads one, each \s* at most one):
 * the longest word of either ("rather not", "instead of", "tried to get", "told them" with its
 * quote) and the 30 or 40 characters allowed after it, at most 50 in all.
 */
const NEGATION_REACH = 50;

/**
 * Whether `re` (global) matches `text` at an offset at or after `from` (0: anywhere), reading the whole of `text`
 * around it (lookbehinds see before `from`), its `lastIndex` put back: a global expression also walked with
 * `matchesOf` is tested as it is, not through a non-global copy compiled a second time.
 */
export function matchesFrom(re: RegExp, text: string, from = 0): boolean {
  const kept = re.lastIndex;
  re.lastIndex = from;
  const found = re.test(text);
  re.lastIndex = kept;
  return found;
}

export function negatedBefore(text: string, index: number): boolean {
  const head = text.slice(clauseStart(text, index, CLAUSE_REACH), index);
  // Both expressions end at the end of the clause: they are tried only where a match can start
  // (about 50 places instead of 120), the lookbehinds still reading the text before.
  const from = /\s\s/.test(head) ? 0 : Math.max(0, head.length - NEGATION_REACH);
  return matchesFrom(NEGATION, head, from) || matchesFrom(REPORTED, head, from);
}

/**
 * Whether `text[i]` ends a sentence: ".", "!", "?" or a line break, but not the full stop of an
 * abbreviation that directions are full of ("gali no. 4", "Mabini St. 12", "Brgy. San Isidro"):
 * after "no", "nr", "st", "rd" or "ave" and before a digit, or after a short capitalised word
 * and before a capital; nor a decimal point ("mile 87.5 on the Sterling Hwy", round 33).
 */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== ".") return c === "!" || c === "?" || c === "\n";
  const head = text.slice(Math.max(0, i - 5), i);
  const tail = text.slice(i + 1, i + 4);
  if (/\d$/.test(head) && /^\d/.test(tail)) return false;
  if (/(?:^|[^\p{L}])(?:no|nr|st|rd|ave|apt|bldg|flr)$/iu.test(head) && /^\s*\d/.test(tail)) return false;
  return !(/(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3}$/u.test(head) && /^\s+\p{Lu}/u.test(tail));
}

/**
 * The sentence around a match, as [start, end) offsets into the text it was found in: ended by
 * `endsSentence` and reaching at most 200 characters either way of the match.
 */
export function sentenceOf(m: RegExpExecArray): [number, number] {
  return sentenceAt(m.input, m.index, m.index + m[0].length);
}

/** The sentence around the span [from, to) of `text`, as `sentenceOf` reads it for a match there. */
export function sentenceAt(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !endsSentence(text, start - 1) && from - start < 200) start--;
  let end = to;
  while (end < text.length && !endsSentence(text, end) && end - from < 200) end++;
  return [start, end];
}

/**
 * The sentence around a match and the `more` after it (one unless told): a question's reason often follows it ("could you
 * come to the house? I'd rather ... than on this screen"), and a burst's short messages say one thing each ("just pop in to
 * the shop" / "tell the girl at the desk" / "we'll do it same day, no booking").
 */
export function sentenceAndNext(m: RegExpExecArray, text: string, more = 1): string {
  return text.slice(...sentencesFrom(m, text, more));
}

/** Where the sentence around a match starts and where the `more`th sentence after it ends (see `sentenceAndNext`). */
export function sentencesFrom(m: RegExpExecArray, text: string, more: number): [number, number] {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  let next = end;
  for (let k = 0; k < more && next < text.length; k++) next = sentenceAt(text, next + 1, next + 1)[1];
  return [start, next];
}

/** Where the sentence holding `index` starts: just past the last full stop, "!", "?" or line break before it, however far (0 when none). */
export function sentenceStart(text: string, index: number): number {
  let s = index;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  return s;
}

/** The sentence around a match as its text: up to a full stop, "!", "?" or a line break either way, however far. */
export function sentenceText(text: string, m: RegExpExecArray): string {
  const s = sentenceStart(text, m.index);
  let e = m.index + m[0].length;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return text.slice(s, e);
}
