/**
 * Where a pattern's matches can start, read off its regular expression, so `runPatterns` tries the
 * pattern only there instead of scanning the whole text with it.
 *
 * Most rules open on a word ("\b(?:call|ring|text)\s+me", "\b(?:on|in)\s+(?:the\s+)?(?:yelp|...)"):
 * a match can start only where the text has a word (a run of ASCII letters and digits) that is one
 * of those words, or begins with one. A 2,000-character message has some 400 words and a rule's
 * opening words stand at a handful of them, so trying the rule there (a sticky match per place) costs
 * a few microseconds where a scan of the whole text costs tens, and a message's rules add up to
 * milliseconds. The words are found by reading the expression, not listed by hand, so a rule that
 * gains an alternative is tried at its new word too.
 *
 * The reading is conservative: it gives up (the rule is scanned as before) on anything it does not
 * follow, and where it follows it may only add places, never drop one. A sticky match tried at
 * every place a match can start, in order, finds the same matches as a scan, since a scan is that
 * same try at every position in turn (see `runPatterns`).
 */

/** How a match's opening word may relate to a word of the text. */
export interface Anchor {
  /** Lower-case words the text's word must equal. */
  exact: ReadonlySet<string>;
  /** Lower-case words the text's word must begin with (the expression does not fix where the word ends). */
  prefixes: ReadonlySet<string>;
}

/** One parsed element of a regular expression. */
type RegexNode =
  | { type: "char"; source: string }
  | { type: "assert"; source: "\\b" | "\\B" | "^" | "$" }
  | { type: "group"; branches: RegexNode[][] }
  | { type: "look"; behind: boolean; negative: boolean; branches: RegexNode[][] }
  | { type: "repeat"; node: RegexNode; min: number; max: number }
  | { type: "backreference" };

/** Raised by the parser on syntax it does not follow: the pattern is then scanned, not anchored. */
class Unsupported extends Error {}

/** Parses `source` into alternatives of node sequences; throws Unsupported on what it does not know. */
function parse(source: string, unicode: boolean): RegexNode[][] {
  let i = 0;
  const alternatives = (): RegexNode[][] => {
    const branches: RegexNode[][] = [[]];
    while (i < source.length && source[i] !== ")") {
      if (source[i] === "|") {
        i++;
        branches.push([]);
        continue;
      }
      const atom = parseAtom();
      branches[branches.length - 1]!.push(parseQuantifier(atom));
    }
    return branches;
  };
  const parseQuantifier = (atom: RegexNode): RegexNode => {
    const c = source[i];
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!braces) return atom;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === "" ? Infinity : Number(braces[3]);
      i += braces[0].length - 1;
    } else return atom;
    i++;
    if (source[i] === "?") i++; // lazy: the same strings, tried in another order
    if (atom.type === "assert" || atom.type === "look") throw new Unsupported("quantified assertion");
    return { type: "repeat", node: atom, min, max };
  };
  const parseAtom = (): RegexNode => {
    const c = source[i]!;
    if (c === "(") {
      i++;
      let look: { behind: boolean; negative: boolean } | null = null;
      if (source.startsWith("?:", i)) i += 2;
      else if (source.startsWith("?=", i) || source.startsWith("?!", i)) {
        look = { behind: false, negative: source[i + 1] === "!" };
        i += 2;
      } else if (source.startsWith("?<=", i) || source.startsWith("?<!", i)) {
        look = { behind: true, negative: source[i + 2] === "!" };
        i += 3;
      } else if (source.startsWith("?<", i)) {
        const close = source.indexOf(">", i);
        if (close < 0) throw new Unsupported("group name");
        i = close + 1;
      } else if (source[i] === "?") throw new Unsupported("group kind");
      const branches = alternatives();
      if (source[i] !== ")") throw new Unsupported("unclosed group");
      i++;
      return look ? { type: "look", ...look, branches } : { type: "group", branches };
    }
    if (c === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      // "[]" and "[^]" are complete classes; otherwise "]" right after the opening is a member.
      if (source[j] !== "]") {
        while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      }
      if (j >= source.length) throw new Unsupported("unclosed class");
      const atom: RegexNode = { type: "char", source: source.slice(i, j + 1) };
      i = j + 1;
      return atom;
    }
    if (c === "\\") {
      const next = source[i + 1];
      if (next === undefined) throw new Unsupported("trailing escape");
      if (next === "b" || next === "B") {
        i += 2;
        return { type: "assert", source: next === "b" ? "\\b" : "\\B" };
      }
      if (/[1-9]/.test(next) || next === "k") throw new Unsupported("backreference");
      // "\p{L}" and "\u{41}" are one character only under the u flag (without it, "p" and "u" repeated).
      if (!unicode && (next === "p" || next === "P" || (next === "u" && source[i + 2] === "{"))) throw new Unsupported("escape read otherwise without u");
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/.exec(source.slice(i))![0];
      i += escape.length;
      return { type: "char", source: escape };
    }
    if (c === "^" || c === "$") {
      i++;
      return { type: "assert", source: c };
    }
    if (c === ")" || c === "*" || c === "+" || c === "?") throw new Unsupported(`stray ${c}`);
    // A surrogate pair is one character under the u flag; either way neither half is a letter or digit.
    const width = c.codePointAt(0)! > 0xffff ? 2 : 1;
    i += width;
    return { type: "char", source: source.slice(i - width, i) };
  };
  const tree = alternatives();
  if (i !== source.length) throw new Unsupported("unbalanced parenthesis");
  return tree;
}

const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** More members than this and a character's letters are not spelled out: the word is known only to begin with what came before. */
const SPELLED_OUT = 4;
/** Opening words longer than this are kept as prefixes; more states than STATE_LIMIT and the reading gives up. */
const WORD_LIMIT = 24;
const STATE_LIMIT = 4_000;
/** At most this many words spelled out by one character of the expression. */
const SPELLING_LIMIT = 1_000;

/** What one character of the expression can be: its letters and digits (lower case), and whether it can be anything else. */
interface CharSet {
  alnum: ReadonlySet<string>;
  /** True unless the character is known to be a letter or digit (a plain one, or a class of plain ones and ranges of them). */
  other: boolean;
}

/** Character sets by flags and source: the rules spell the same few ("\\s", "[gG]", "[oO]") thousands of times. */
const charSets = new Map<string, CharSet>();

function charSet(source: string, flags: string): CharSet {
  const cacheKey = `${flags}/${source}`;
  let set = charSets.get(cacheKey);
  if (!set) charSets.set(cacheKey, (set = readCharSet(source, flags)));
  return set;
}

function readCharSet(source: string, flags: string): CharSet {
  const test = new RegExp(`^(?:${source})$`, flags);
  const alnum = new Set<string>();
  for (const c of ALNUM) if (test.test(c)) alnum.add(c.toLowerCase());
  const onlyAlnum = /^[A-Za-z0-9]$/.test(source) || source === "\\d" || /^\[(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+\]$/.test(source);
  return { alnum, other: !onlyAlnum };
}

/** True when the character cannot be an ASCII letter or digit of either case: what a negative lookbehind must exclude before a word's start. */
function excludesEveryAlnum(source: string, flags: string): boolean {
  const test = new RegExp(`^(?:${source})$`, flags);
  for (const c of ALNUM) if (!test.test(c)) return false;
  return true;
}

/**
 * A way the expression can have read a match's opening so far: `word` (lower case) is the opening
 * word read up to here; "open" while the word may go on, "closed" once something else followed it,
 * "prefix" when the word may go on with letters the reading does not follow. `bounded`: before the
 * word, the expression made sure the text has no letter or digit (a \b, ^, or a negative lookbehind).
 */
interface State {
  word: string;
  mode: "open" | "closed" | "prefix";
  bounded: boolean;
}

const key = (s: State): string => `${s.mode}${s.bounded ? 1 : 0}${s.word}`;

function unique(states: State[]): State[] {
  if (states.length > STATE_LIMIT) throw new Unsupported("too many opening words");
  const seen = new Map<string, State>();
  for (const s of states) seen.set(key(s), s);
  return [...seen.values()];
}

/** True when every string `nodes` matches is non-empty and ends on a character that is no ASCII letter or digit. */
function endsOnNonAlnum(nodes: readonly RegexNode[], flags: string): boolean {
  const last = nodes[nodes.length - 1];
  const rest = nodes.slice(0, -1);
  if (last === undefined) return false;
  switch (last.type) {
    case "char":
      return charSet(last.source, flags).alnum.size === 0;
    case "assert":
    case "look":
      return endsOnNonAlnum(rest, flags); // reads nothing: the character before it ends the string
    case "group":
      return last.branches.every((branch) => endsOnNonAlnum([...rest, ...branch], flags));
    case "repeat":
      // The last round's string, or what came before when the rounds read nothing.
      return endsOnNonAlnum([...rest, last.node], flags) && (last.min >= 1 || endsOnNonAlnum(rest, flags));
    case "backreference":
      return false;
  }
}

/** The states after reading `node` from each of `states`. */
function step(node: RegexNode, states: State[], flags: string): State[] {
  switch (node.type) {
    case "char": {
      const set = charSet(node.source, flags);
      const out: State[] = [];
      // Spelling out every combination ("\\d{1,4}": ten thousand numbers) would not pay: past a
      // point the words read so far become prefixes.
      const spell = set.alnum.size <= SPELLED_OUT && states.length * set.alnum.size <= SPELLING_LIMIT;
      for (const s of states) {
        if (s.mode !== "open") {
          out.push(s);
          continue;
        }
        // The first character read: it must open a word, right after something that is no letter or digit.
        if (s.word === "" && (!s.bounded || set.other || !spell)) throw new Unsupported("a match may open elsewhere than on a word");
        if (!spell) out.push({ ...s, mode: "prefix" });
        else for (const c of set.alnum) out.push(s.word.length >= WORD_LIMIT ? { ...s, mode: "prefix" } : { ...s, word: s.word + c });
        if (set.other) out.push({ ...s, mode: "closed" });
      }
      return unique(out);
    }
    case "assert":
      // \b or ^ before anything is read: the match starts where no letter or digit precedes.
      // \b after a letter or digit: what follows is none (not even "_"), so the word ends here.
      if (node.source === "\\b") return states.map((s) => (s.mode !== "open" ? s : s.word === "" ? { ...s, bounded: true } : { ...s, mode: "closed" }));
      if (node.source === "^") return states.map((s) => (s.mode === "open" && s.word === "" ? { ...s, bounded: true } : s));
      return states;
    case "look": {
      const only = node.branches.length === 1 && node.branches[0]!.length === 1 ? node.branches[0]![0]! : null;
      // "(?<![\\w.@])": no letter or digit before; "(?<=\\bto\\s+)": something else right before.
      const bounds = node.behind && (node.negative ? only?.type === "char" && excludesEveryAlnum(only.source, flags) : node.branches.every((branch) => endsOnNonAlnum(branch, flags)));
      if (bounds) return states.map((s) => (s.mode === "open" && s.word === "" ? { ...s, bounded: true } : s));
      return states; // any other assertion only narrows where a match is
    }
    case "group":
      if (states.every((s) => s.mode !== "open")) return states;
      return unique(node.branches.flatMap((branch) => sequence(branch, states, flags)));
    case "repeat": {
      let current = states;
      // Past a few rounds the word only grows or ends: what it has read so far is its prefix.
      const rounds = Math.min(node.min, 3);
      for (let k = 0; k < rounds; k++) current = step(node.node, current, flags);
      if (node.min > rounds) {
        // A path that has read nothing yet could read the word in a round not followed here.
        if (current.some((s) => s.mode === "open" && s.word === "")) throw new Unsupported("long repeat before the word");
        current = current.map((s) => (s.mode === "open" ? { ...s, mode: "prefix" } : s));
      }
      if (node.max === node.min) return current;
      const more = step(node.node, current, flags);
      const further = node.max > node.min + 1 ? more.map((s) => (s.mode === "open" ? { ...s, mode: "prefix" as const } : s)) : more;
      return unique([...current, ...further]);
    }
    case "backreference":
      throw new Unsupported("backreference");
  }
}

function sequence(nodes: readonly RegexNode[], states: State[], flags: string): State[] {
  // A path whose opening word is read (closed or prefix) is done: only open ones read on.
  const done: State[] = [];
  let open = states;
  for (const node of nodes) {
    if (open.length === 0) break;
    open = step(node, open, flags).filter((s) => s.mode === "open" || (done.push(s), false));
  }
  return unique([...done, ...open]);
}

const anchors = new WeakMap<RegExp, Anchor | null>();

/**
 * The words every match of `re` opens with, or null when the expression does not say (a match may
 * start with something else, or inside a word), and the pattern must be scanned.
 */
export function anchorOf(re: RegExp): Anchor | null {
  let anchor = anchors.get(re);
  if (anchor !== undefined) return anchor;
  anchor = readAnchor(re);
  anchors.set(re, anchor);
  return anchor;
}

function readAnchor(re: RegExp): Anchor | null {
  if (re.flags.includes("v")) return null;
  const flags = re.flags.replace(/[gyd]/g, "");
  try {
    const states = unique(parse(re.source, re.flags.includes("u")).flatMap((branch) => sequence(branch, [{ word: "", mode: "open", bounded: false }], flags)));
    const exact = new Set<string>();
    const prefixes = new Set<string>();
    for (const s of states) {
      if (s.word === "" || !s.bounded) return null;
      // A match may end inside the word: the text's word may go on.
      (s.mode === "closed" ? exact : prefixes).add(s.word);
    }
    // A word that begins with a prefix of the same pattern adds no place ("0".."9" cover "00".."99").
    const beginsWithPrefix = (w: string, shorter: number): boolean => {
      for (let n = 1; n <= shorter; n++) if (prefixes.has(w.slice(0, n))) return true;
      return false;
    };
    for (const w of exact) if (beginsWithPrefix(w, w.length)) exact.delete(w);
    for (const w of prefixes) if (beginsWithPrefix(w, w.length - 1)) prefixes.delete(w);
    return { exact, prefixes };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** A node of the opening words' trie: one letter or digit further into a word. */
interface TrieNode {
  /** By character: digits 0-9, then letters a-z. */
  next: Array<TrieNode | undefined>;
  /** Patterns that may open with a word beginning with the letters up to here. */
  prefixOf: number[];
  /** Patterns that may open with exactly the word up to here. */
  wordOf: number[];
}

const trieNode = (): TrieNode => ({ next: [], prefixOf: [], wordOf: [] });

/** The trie slot of an ASCII letter (either case) or digit, by character code; -1 for anything else. */
function slot(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 87 : -1;
}

/** The patterns of one list by their opening words, for finding where each may start in a text. */
export interface AnchorIndex {
  /** Per pattern (same order as the list): its expression made sticky, or null for a pattern that is scanned. */
  sticky: ReadonlyArray<RegExp | null>;
  /** Every pattern's opening words, exact and prefixes, letter by letter. */
  trie: TrieNode;
}

const indexes = new WeakMap<readonly { re: RegExp }[], AnchorIndex>();

/** The index of a list of patterns, built on its first use (a list is not changed once in use). */
export function anchorIndex(patterns: readonly { re: RegExp }[]): AnchorIndex {
  let index = indexes.get(patterns);
  if (index && index.sticky.length === patterns.length) return index;
  const trie = trieNode();
  const nodeOf = (word: string): TrieNode => {
    let node = trie;
    for (let i = 0; i < word.length; i++) {
      const k = slot(word.charCodeAt(i));
      node = node.next[k] ??= trieNode();
    }
    return node;
  };
  const sticky = patterns.map(({ re }, k) => {
    const anchor = anchorOf(re);
    if (!anchor) return null;
    for (const w of anchor.exact) nodeOf(w).wordOf.push(k);
    for (const w of anchor.prefixes) nodeOf(w).prefixOf.push(k);
    return new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}y`);
  });
  index = { sticky, trie };
  indexes.set(patterns, index);
  return index;
}

/**
 * Where each anchored pattern of `index` may start in `text`: per pattern, the ascending offsets of
 * the words (maximal runs of ASCII letters and digits) it may open with; null for a text the
 * reading does not cover, which every pattern must scan. Under the i and u flags "s" and "k" also
 * match "ſ" (U+017F) and the Kelvin sign (U+212A), which are not ASCII: a text holding either is
 * not covered (the normaliser leaves neither). One walk of the text: each word is followed down
 * the trie as far as it goes.
 */
export function startsIn(index: AnchorIndex, text: string): Array<number[] | null> | null {
  if (text.includes("\u017f") || text.includes("\u212a")) return null;
  const starts: Array<number[] | null> = index.sticky.map((re) => (re ? [] : null));
  const add = (owners: readonly number[], at: number): void => {
    for (const k of owners) {
      const list = starts[k]!;
      // A word may begin with two prefixes of one pattern, or be one of its words as well.
      if (list[list.length - 1] !== at) list.push(at);
    }
  };
  for (let i = 0; i < text.length;) {
    let k = slot(text.charCodeAt(i));
    if (k < 0) {
      i++;
      continue;
    }
    const start = i;
    let node: TrieNode | undefined = index.trie;
    while (k >= 0) {
      node = node?.next[k];
      if (node) add(node.prefixOf, start);
      k = ++i < text.length ? slot(text.charCodeAt(i)) : -1;
    }
    if (node) add(node.wordOf, start);
  }
  return starts;
}
