/**
 * Candidates of the trained second stage (issue 13, round 7): every span of a message that could
 * be a contact detail, deliberately liberal, each with the features the classifier reads.
 *
 * A candidate is either a span the rules found (`generator: "rule"`) or a looser span no rule had
 * to accept: digit runs (number words are digits after normalisation), e-mail/handle/link-shaped
 * tokens, spoken e-mail addresses, app and platform names (alone and with what follows them),
 * address-shaped and name-shaped stretches, and each whole sentence (a deal clause, or a detail in
 * a form no finer candidate has). All offsets are into the normalised text (`Mapped.text`).
 */
import { anchorIndex, startsIn } from "../detection/anchors.ts";
import { scan, tryAt } from "../detection/context.ts";
import { CHANNEL_NAMES } from "../detection/social.ts";
import type { ContactKind, Hit, Mapped } from "../detection/types.ts";

/** Where a candidate came from. */
export type Generator = "rule" | "digits" | "token" | "spoken" | "channel" | "channel+" | "address" | "street" | "postcode" | "name" | "sentence";

/** One span the classifier decides on, in normalised offsets (`end` exclusive). */
export interface Candidate {
  kind: ContactKind;
  start: number;
  end: number;
  /** As `ContactSpan.detail`: true when keeping it masks the span. */
  detail: boolean;
  generator: Generator;
  /** Feature names (unique) of this candidate, beside the message's shared ones; the classifier's weights are keyed by them. */
  features: string[];
}

interface Loose {
  re: RegExp;
  generator: Generator;
  kind: ContactKind;
  /** A cheap check of the match; a rejected match is simply not a candidate. */
  keep?: (m: RegExpExecArray) => boolean;
}

const digitCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
};

const STREET_WORDS = "st|street|rd|road|ave|avenue|dr|drive|ln|lane|blvd|boulevard|way|ct|court|pl|place|cres|crescent|close|terrace|hwy|highway|pkwy|parkway|circle|cir|trail|row|square|sq";

const LOOSE: readonly Loose[] = [
  { re: /\+?\d(?:[\d \t().\-\/]*\d)?/g, generator: "digits", kind: "PHONE", keep: (m) => digitCount(m[0]) >= 3 },
  {
    re: /[^\s,;:!?()"'<>\[\]]*[a-z0-9][^\s,;:!?()"'<>\[\]]*/gi,
    generator: "token",
    kind: "SOCIAL_HANDLE",
    keep: (m) => m[0].length >= 4 && (/[@_]/.test(m[0]) || /[a-z0-9][.\/][a-z]/i.test(m[0]) || (/[a-z]/i.test(m[0]) && /\d/.test(m[0]))),
  },
  {
    re: /\b[\w.+-]{2,}(?:[ \t]*(?:@|\([ \t]*at[ \t]*\))[ \t]*|[ \t]+(?:at|arroba|chez|bei|on|via)[ \t]+)[\w.-]{2,}(?:[ \t]*(?:\(?[ \t]*(?:dot|punkt|point|punto|ponto|period)[ \t]*\)?|\.)[ \t]*[a-z]{2,12})*/gi,
    generator: "spoken",
    kind: "EMAIL",
  },
  { re: new RegExp(String.raw`\b(?:${CHANNEL_NAMES})\b`, "gi"), generator: "channel", kind: "MESSAGING_APP" },
  {
    re: new RegExp(String.raw`\b(?:${CHANNEL_NAMES})\b(?:[ \t]*(?:[:=\-–]|(?:is|at|me|on|name|handle|id|username|under|as)\b)[ \t]*){0,3}@?[\w.\-]+(?:[ \t]+[\w.\-]+)?`, "gi"),
    generator: "channel+",
    kind: "SOCIAL_HANDLE",
  },
  {
    re: /\b\d{1,6}[a-z]?(?:[ \t]+[a-z][\w'’.\-]*){1,5}(?:,[ \t]*[a-z][\w'’.\-]*(?:[ \t]+[a-z][\w'’.\-]*){0,2}){0,3}(?:,?[ \t]+\d{4,5}(?:-\d{4})?)?/gi,
    generator: "address",
    kind: "ADDRESS",
  },
  { re: new RegExp(String.raw`\b(?:[a-z][\w'’\-]*[ \t]+){1,3}(?:${STREET_WORDS})\b\.?`, "gi"), generator: "street", kind: "ADDRESS" },
  { re: /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b/g, generator: "postcode", kind: "ADDRESS" },
  { re: /\b[A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’\-]+){1,2}/g, generator: "name", kind: "FULL_NAME" },
];

/** A sentence ends at "!", "?", a line break, or a full stop before a space or the end ("rick.17" goes on). */
function breakAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === "!" || c === "?" || c === "\n") return true;
  return c === "." && !/\S/.test(text[i + 1] ?? "");
}

/** [start, end) of each sentence of `text`, trimmed. */
export function sentencesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !breakAt(text, i)) continue;
    let s = start;
    let e = i < text.length && text[i] !== "\n" ? i + 1 : i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = i + 1;
  }
  return out;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}@$_'’]+/gu;

/** Lower-case words with digits folded to 0, so numbers share features by shape. */
function wordsWithOffsets(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ w: m[0].toLowerCase().replace(/\d/g, "0").slice(0, 24), start: m.index, end: m.index + m[0].length });
  return out;
}

const bin = (n: number, edges: readonly number[]): number => {
  let k = 0;
  while (k < edges.length && n >= edges[k]!) k++;
  return k;
};

function shape(s: string): string {
  return s
    .replace(/[A-Z]/g, "A")
    .replace(/[a-z]/g, "a")
    .replace(/\d/g, "9")
    .replace(/\s+/g, " ")
    .replace(/(.)\1{2,}/g, "$1$1")
    .slice(0, 20);
}

/** Per list of allowed domains (the few `DetectionOptions` a process builds), the expression finding them as hosts. */
const HOSTS = new WeakMap<readonly string[], RegExp | null>();

function hostsOf(allowedDomains: readonly string[]): RegExp | null {
  let re = HOSTS.get(allowedDomains);
  if (re === undefined) {
    const names = allowedDomains.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = names.length === 0 ? null : new RegExp(String.raw`(?<![\w.-])(?:[a-z0-9-]+\.)*(?:${names.join("|")})(?![\w-])`, "gi");
    HOSTS.set(allowedDomains, re);
  }
  return re;
}

/**
 * `text` with every host on an allowed domain (the platform's own, the public references, and
 * their subdomains) spelt as "z"s, dots kept, so the classifier learns "a link or mail on an
 * allowed domain" rather than the names the corpus's platforms had ("autodoctor.app" is a
 * stranger's site to an operator serving another domain). Same length: offsets are unchanged.
 */
function neutraliseHosts(text: string, allowedDomains: readonly string[]): string {
  const re = hostsOf(allowedDomains);
  return re === null ? text : text.replace(re, (host) => host.replace(/[^.]/g, "z"));
}

/**
 * Every candidate of a message, with its features.
 *
 * @param norm the message after `normalise`
 * @param hits the rules' final hits on `norm.text` (normalised offsets)
 * @param allowedDomains `DetectionOptions.allowedDomains`: their hosts are read as one kind (`neutraliseHosts`)
 * @returns `shared`: the features every candidate of the message has (the kinds the rules found),
 *   counted once; not the message's words: summed over a long message, their small weights buried a
 *   detail the rules had found (round 20's review: a phone after eight sentences about brakes); `candidates`: rule hits first (in the order given), then the
 *   looser candidates (one per generator and range), each with its own features
 */
export function candidatesOf(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[] = []): { shared: string[]; candidates: Candidate[] } {
  // Lone surrogate halves would make feature names that are not well-formed text.
  const text = neutraliseHosts(norm.text.replace(/[\uD800-\uDFFF]/g, "?"), allowedDomains);
  const raw: Array<Omit<Candidate, "features">> = hits.map((h) => ({ kind: h.kind, start: h.start, end: h.end, detail: h.detail, generator: "rule" as Generator }));
  const seen = new Set<string>();
  const add = (c: Omit<Candidate, "features">): void => {
    while (c.end > c.start && /[\s.,\-]/.test(text[c.end - 1]!)) c.end--;
    if (c.end <= c.start) return;
    const key = `${c.generator}:${c.start}:${c.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    raw.push(c);
  };
  // A generator whose matches open on known words (the app and platform names, a house number's
  // digits) is tried only where the text has one, as the rules are (detection/anchors.ts): the same
  // matches as a scan. The names are a thousand-character alternation that a scan tries at every
  // position, and compiled after the rules' expressions it no longer gets the engine's optimised
  // code: scanned, the two name generators cost more than all the others together.
  const index = anchorIndex(LOOSE);
  const starts = startsIn(index, text);
  LOOSE.forEach((g, k) => {
    const at = starts?.[k] ?? null;
    const find = at ? tryAt(index.sticky[k]!, at, text) : scan(g.re, text);
    for (let m = find(0); m !== null; m = find(m.index + Math.max(m[0].length, 1))) {
      if (m[0].length > 0 && (!g.keep || g.keep(m))) add({ kind: g.kind, start: m.index, end: m.index + m[0].length, detail: true, generator: g.generator });
    }
  });
  for (const [start, end] of sentencesOf(text)) add({ kind: "OFF_PLATFORM_DEAL", start, end, detail: true, generator: "sentence" });

  const words = wordsWithOffsets(text);
  const sentences = sentencesOf(text).map(([start, end]) => ({ start, end, first: firstWordFrom(words, start), past: firstWordFrom(words, end) }));
  const messageKinds = hits.length === 0 ? ["mk:none"] : [...new Set(hits.map((h) => `mk:${h.kind}:${h.detail ? 1 : 0}`))];
  const shared = messageKinds;
  return { shared, candidates: raw.map((c) => ({ ...c, features: featuresOf(c, text, norm.synth, hits, words, sentences) })) };
}

/** Index of the first word starting at or after `at` (words.length when none), by binary search. */
function firstWordFrom(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many words either side of a candidate it reads as its surroundings (`w:` features). */
const NEARBY_WORDS = 25;

function featuresOf(
  c: Omit<Candidate, "features">,
  text: string,
  synth: ArrayLike<number>,
  hits: readonly Hit[],
  words: readonly Word[],
  sentences: ReadonlyArray<{ start: number; end: number; first: number; past: number }>,
): string[] {
  const g = c.generator;
  const f = new Set<string>([`g:${g}:${c.kind}:${c.detail ? 1 : 0}`]);
  let overlaps = 0;
  for (const h of hits) {
    if (h.end <= c.start || h.start >= c.end) continue;
    overlaps++;
    const rel = h.start === c.start && h.end === c.end ? "same" : h.start <= c.start && h.end >= c.end ? "in" : h.start >= c.start && h.end <= c.end ? "has" : "part";
    f.add(`ov:${g}:${h.kind}:${h.detail ? 1 : 0}:${rel}`);
  }
  f.add(`nov:${g}:${Math.min(overlaps, 3)}`);
  const s = text.slice(c.start, c.end);
  const digits = digitCount(s);
  f.add(`dg:${g}:${bin(digits, [1, 3, 6, 9, 10, 11, 12, 13, 16])}`);
  f.add(`ln:${g}:${bin(s.length, [4, 8, 12, 16, 24, 40, 80, 160])}`);
  let synthetic = 0;
  for (let i = c.start; i < c.end; i++) if (synth[i]) synthetic++;
  f.add(`syn:${g}:${bin(synthetic, [1, 3, 7])}`);
  // Words inside: from the first starting at the candidate to the first starting at or past its end.
  const first = firstWordFrom(words, c.start);
  const past = firstWordFrom(words, c.end);
  f.add(`wc:${g}:${bin(past - first, [1, 2, 3, 4, 6, 10, 20])}`);
  if (g !== "sentence") {
    f.add(`sh:${g}:${shape(s)}`);
    const folded = s.toLowerCase().replace(/\d/g, "0").slice(0, 48);
    for (let i = 0; i + 3 <= folded.length; i++) f.add(`c3:${folded.slice(i, i + 3)}`);
    for (let k = first; k < past && k < first + 12; k++) f.add(`in:${words[k]!.w}`);
  } else for (let k = first; k < past && k < first + 40; k++) f.add(`sin:${words[k]!.w}`);
  // The words around it, a bounded window whatever the message's length ("whatsapp" said a sentence
  // earlier): the whole message's words, summed, buried details in long messages (round 20's review).
  for (let k = Math.max(0, first - NEARBY_WORDS); k < first; k++) f.add(`w:${words[k]!.w}`);
  for (let k = past; k < past + NEARBY_WORDS && k < words.length; k++) f.add(`w:${words[k]!.w}`);
  for (let k = 0; k < 4; k++) {
    const l = words[first - 1 - k];
    if (l) f.add(k === 0 ? `l1:${g}:${l.w}` : `l:${l.w}`);
    const r = words[past + k];
    if (r) f.add(k === 0 ? `r1:${g}:${r.w}` : `r:${r.w}`);
  }
  if (g !== "sentence") {
    const sentence = sentences.find((x) => c.start >= x.start && c.start < x.end);
    if (sentence) {
      for (let k = Math.max(sentence.first, first - 15); k < first; k++) f.add(`s:${words[k]!.w}`);
      for (let k = past; k < sentence.past && k < past + 15; k++) f.add(`s:${words[k]!.w}`);
    }
  }
  return [...f];
}
