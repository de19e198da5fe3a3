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
 * gains an alternative is tried at its new word too. The expression is parsed by
 * `@eslint-community/regexpp` (the parser ESLint reads regular expressions with); this module only
 * walks its syntax tree.
 *
 * A match may also open where no word stands: at a sign ("@handle", "'quoted'", ", come round") or a line's
 * start ("^\s*hi"). Such a rule is tried at every such sign (a handful of a message's 2,000 characters)
 * or line start as well as at its words (`Anchor.signs`, `Anchor.lineStarts`); one that may open on a
 * space, or on any word, is scanned.
 *
 * The reading is conservative: it gives up (the rule is scanned as before) on anything it does not
 * follow, and where it follows it may only add places, never drop one. A sticky match tried at
 * every place a match can start, in order, finds the same matches as a scan, since a scan is that
 * same try at every position in turn (see `runPatterns`).
 */
import { parseRegExpLiteral, RegExpSyntaxError, type AST } from "@eslint-community/regexpp";

/** How a match's opening word may relate to a word of the text. */
export interface Anchor {
  /** Lower-case words the text's word must equal. */
  exact: ReadonlySet<string>;
  /** Lower-case words the text's word must begin with (the expression does not fix where the word ends). */
  prefixes: ReadonlySet<string>;
  /**
   * The characters outside ASCII a match may also open on (a Hebrew article, a Cyrillic or Vietnamese
   * letter), as a test of the text; null when it opens on its words only. A text holding none of
   * them has no match opening elsewhere than on the words; one holding any is scanned.
   */
  outside: RegExp | null;
  /** True when a match may also open on any word that begins with a capital A-Z (a name, a business, a street). */
  capitalised: boolean;
  /**
   * True when such a capital may also stand right after a digit ("5Main": the expression excludes
   * only letters before it), so the runner tries capitals glued to digits too.
   */
  gluedCapitals: boolean;
  /**
   * Where a match may also open at a line's start whatever follows ("^\\s*(?:hi|hello)"): "text" at
   * the text's start only (`^` without the m flag), "line" at every line's start (under m: the text's
   * start and after each line terminator), "" at neither.
   */
  lineStarts: LineStarts;
  /**
   * The ASCII characters other than letters, digits and spaces a match may also open on, whatever
   * follows ("['\"]", "@", "(?:^|[,.;:!?\n])\\s*"), each once: tried at every one of them in the text.
   */
  signs: string;
  /**
   * Per word of `exact` after which every match reads a further letter or digit: the ones (lower
   * case) that letter or digit may be ("the" in "(?:the\\s+)?(?:usual|big)\\s+mail": "u" and "b").
   * The match reads the text's next word from its first character on, so a place whose next word
   * opens on none of them is no start ("the cat"). A word not listed may end a match, or is not
   * followed.
   */
  followedBy: ReadonlyMap<string, string>;
}

/** See `Anchor.lineStarts`. */
export type LineStarts = "" | "text" | "line";

/** Raised by the reading on what it does not follow: the pattern is then scanned, not anchored. */
class Unsupported extends Error {}

/** An element of the expression that reads one character: a literal ("a"), a class ("[gG]") or an escape ("\\s", "."). */
type OneCharacter = AST.Character | AST.CharacterClass | AST.CharacterSet;

const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LETTERS = ALNUM.slice(10);
const CAPITALS = ALNUM.slice(36);
/** More members than this and a character's letters are not spelled out: the word is known only to begin with what came before. */
const SPELLED_OUT = 4;
/** A word's first character is spelled out up to this many members ("\\d": words opening on a digit), each a one-character prefix. */
const OPENING_SPELLED_OUT = 10;
/** Opening words longer than this are kept as prefixes; more states than STATE_LIMIT and the reading gives up. */
const WORD_LIMIT = 24;
const STATE_LIMIT = 4_000;
/** At most this many words spelled out by one character of the expression. */
const SPELLING_LIMIT = 1_000;

/** What one character of the expression can be: its letters and digits (lower case), and whether it can be anything else. */
interface CharSet {
  alnum: ReadonlySet<string>;
  /** True when an ASCII character that is no letter or digit matches (a space, a sign). */
  asciiOther: boolean;
  /** Those ASCII characters (no letter or digit), when none is a space, tab, vertical tab or form feed; null otherwise. */
  signs: string | null;
  /** True when an ASCII digit matches. */
  digit: boolean;
  /** True when some capital A-Z matches and no small letter or digit does ("[A-Z]", "\\p{Lu}"). */
  capitals: boolean;
  /** True unless the character is known to be a letter or digit (a plain one, "\\d", or a class of plain ones and ranges of them). */
  other: boolean;
}

/** Character sets by flags and source: the rules spell the same few ("\\s", "[gG]", "[oO]") thousands of times. */
const charSets = new Map<string, CharSet>();

function charSet(node: OneCharacter, flags: string): CharSet {
  const cacheKey = `${flags}/${node.raw}`;
  let set = charSets.get(cacheKey);
  if (!set) charSets.set(cacheKey, (set = readCharSet(node, flags)));
  return set;
}

/** The letters and digits a character of the expression matches, found by trying each with the expression's own flags. */
function readCharSet(node: OneCharacter, flags: string): CharSet {
  const test = new RegExp(`^(?:${node.raw})$`, flags);
  const alnum = new Set<string>();
  const matched = (chars: string): boolean => [...chars].some((c) => test.test(c));
  for (const c of ALNUM) if (test.test(c)) alnum.add(c.toLowerCase());
  let others = "";
  for (let c = 0; c < 128; c++) if (slot(c) < 0 && test.test(String.fromCharCode(c))) others += String.fromCharCode(c);
  const signs = /[ \t\v\f]/.test(others) ? null : others;
  const capitals = matched(CAPITALS) && !matched(ALNUM.slice(0, 36));
  return { alnum, asciiOther: others !== "", signs, digit: matched(ALNUM.slice(0, 10)), capitals, other: !onlyAlnum(node) };
}

/** The ASCII runs a letter or digit belongs to: a class's range stays within one ("[0-9]", "[a-f]"; "[0-z]" also holds signs). */
const RUNS: ReadonlyArray<readonly [number, number]> = [
  [48, 57],
  [65, 90],
  [97, 122],
];

const withinOneRun = (min: number, max: number): boolean => RUNS.some(([from, to]) => from <= min && max <= to);

/** True when the element matches ASCII letters and digits only: a plain one, "\\d", or a class of those and ranges of them. */
function onlyAlnum(node: OneCharacter | AST.CharacterClassElement): boolean {
  switch (node.type) {
    case "Character":
      return withinOneRun(node.value, node.value);
    case "CharacterClassRange":
      return withinOneRun(node.min.value, node.max.value);
    case "CharacterSet":
      return node.kind === "digit" && !node.negate;
    case "CharacterClass":
      return !node.negate && node.elements.length > 0 && node.elements.every(onlyAlnum);
    default:
      return false;
  }
}

/** True when the element matches ASCII characters only: a plain one, or a class of those and ranges of them (letters aside, no case folds out of ASCII). */
function onlyAscii(node: OneCharacter | AST.CharacterClassElement): boolean {
  switch (node.type) {
    case "Character":
      return node.value < 0x80;
    case "CharacterClassRange":
      return node.max.value < 0x80;
    case "CharacterClass":
      return !node.negate && node.elements.every(onlyAscii);
    default:
      return false;
  }
}

/** True when the character matches every one of `chars` (ASCII letters and digits, or letters): a negative lookbehind of it excludes them all before a word's start. */
function matchesEvery(chars: string, node: OneCharacter, flags: string): boolean {
  const test = new RegExp(`^(?:${node.raw})$`, flags);
  for (const c of chars) if (!test.test(c)) return false;
  return true;
}

const isOneCharacter = (node: AST.Element): node is OneCharacter => node.type === "Character" || node.type === "CharacterClass" || node.type === "CharacterSet";

/** The alternatives of a group, refused where the group changes the flags ("(?i:...)"): the character sets are read under the expression's own. */
function alternativesOf(group: AST.Group | AST.CapturingGroup): AST.Alternative[] {
  if (group.type === "Group" && group.modifiers) throw new Unsupported("flags changed inside the expression");
  return group.alternatives;
}

/**
 * A way the expression can have read a match's opening so far: `word` (lower case) is the opening
 * word read up to here; "open" while the word may go on, "closed" once something else followed it,
 * "prefix" when the word may go on with letters the reading does not follow. `bounded`: what the
 * expression made sure stands before the word (`Bound`).
 *
 * When the reading follows what comes after the word (`Reading.follows`), a word closes into "gap"
 * instead, while the match has read no letter or digit after it, and "closed" once it reads one,
 * `next` holding the letters and digits that one may be. Such a state holds its words in `words`
 * (`word` is "") and stands for all of them: what follows a word does not depend on the word, so
 * the hundreds a rule may open with are followed once, not each on its own.
 */
interface State {
  word: string;
  mode: "open" | "closed" | "prefix" | "gap";
  bounded: Bound;
  next?: string;
  words?: readonly string[];
}

/**
 * What stands before a match's opening word: 2, no letter or digit (a \b, a lookbehind such as
 * "(?<![\w.@])"); 1, no letter, though a digit may ("(?<![\p{L}])": "5purok"), so the word must open
 * on a letter, and the runner tries words glued to digits too (`startsIn`); 0, anything.
 */
type Bound = 0 | 1 | 2;

/** The stronger of two bounds on one place. */
const bound = (s: State, b: Bound): State => (s.mode === "open" && s.word === "" && b > s.bounded ? { ...s, bounded: b } : s);

/** The flags an expression is read under, and the characters outside ASCII its matches were found to open on (`Anchor.outside`). */
interface Reading {
  flags: string;
  outside: Set<string>;
  /** Whether a match may open on any capitalised word (`Anchor.capitalised`). */
  capitalised: boolean;
  /** Whether that capital may be glued to digits before it (`Anchor.gluedCapitals`). */
  gluedCapitals: boolean;
  /** Whether a closed word is followed on to the first letter or digit read after it (`Anchor.followedBy`). */
  follows: boolean;
  /** Whether a match may open at a `^` (`Anchor.lineStarts`). */
  lineStarts: boolean;
  /** The ASCII signs a match may open on (`Anchor.signs`). */
  signs: Set<string>;
}

/** Regex source: what follows is no ASCII character (a letter of another script, an emoji). */
const NOT_ASCII_AHEAD = "(?![\\u0000-\\u007f])";

const key = (s: State): string => `${s.mode}${s.bounded}${s.word}/${s.next}`;

/** Still reading: its opening word, or what follows a closed word when that is followed. */
const active = (s: State): boolean => s.mode === "open" || s.mode === "gap";

/** `s` once something else than a letter or digit followed its word. */
const closed = (s: State, reading: Reading): State => (reading.follows && s.word !== "" ? { word: "", mode: "gap", bounded: s.bounded, words: [s.word] } : { ...s, mode: "closed" });

/**
 * How many states `states` would be without following past the words (a gap or a word's next
 * letters counted as the closed word): the reading that follows decides what to spell out as the
 * one that does not, so both read the same words.
 */
function unfollowedCount(states: readonly State[], reading: Reading): number {
  if (!reading.follows) return states.length;
  const keys = new Set<string>();
  for (const s of states) {
    if (s.words) for (const w of s.words) keys.add(key({ word: w, mode: "closed", bounded: s.bounded }));
    else keys.add(key(s));
  }
  return keys.size;
}

function unique(states: State[]): State[] {
  if (states.length > STATE_LIMIT) throw new Unsupported("too many opening words");
  const seen = new Map<string, State>();
  for (const s of states) {
    const k = key(s);
    const known = seen.get(k);
    // Two states that differ in their words only are one, holding the words of both.
    seen.set(k, known?.words && s.words && known.words !== s.words ? { ...s, words: [...new Set([...known.words, ...s.words])] } : s);
  }
  return [...seen.values()];
}

/** True when every string `elements` matches is non-empty and ends on a character that is no ASCII letter or digit. */
function endsOnNonAlnum(elements: readonly AST.Element[], flags: string): boolean {
  const last = elements[elements.length - 1];
  const rest = elements.slice(0, -1);
  if (last === undefined) return false;
  switch (last.type) {
    case "Character":
    case "CharacterClass":
    case "CharacterSet":
      return charSet(last, flags).alnum.size === 0;
    case "Assertion":
      return endsOnNonAlnum(rest, flags); // reads nothing: the character before it ends the string
    case "Group":
    case "CapturingGroup":
      return alternativesOf(last).every((alternative) => endsOnNonAlnum([...rest, ...alternative.elements], flags));
    case "Quantifier":
      // The last round's string, or what came before when the rounds read nothing.
      return endsOnNonAlnum([...rest, last.element], flags) && (last.min >= 1 || endsOnNonAlnum(rest, flags));
    case "Backreference":
    case "ExpressionCharacterClass":
      return false;
  }
}

/** The states after reading `node` from each of `states`. */
function step(node: AST.Element, states: State[], reading: Reading): State[] {
  const flags = reading.flags;
  switch (node.type) {
    case "Character":
    case "CharacterClass":
    case "CharacterSet": {
      const set = charSet(node, flags);
      const out: State[] = [];
      // Spelling out every combination ("\\d{1,4}": ten thousand numbers) would not pay: past a
      // point the words read so far become prefixes.
      // (The count without following is at most `states.length`: it is worked out only where that is too many.)
      const spell = set.alnum.size <= SPELLED_OUT && (states.length * set.alnum.size <= SPELLING_LIMIT || unfollowedCount(states, reading) * set.alnum.size <= SPELLING_LIMIT);
      for (const s of states) {
        if (s.mode === "gap") {
          // The first letter or digit after the word, or still none; "" for a path no text follows.
          if (set.alnum.size > 0 || !set.other) out.push({ ...s, mode: "closed", next: [...set.alnum].sort().join("") });
          if (set.other) out.push(s);
          continue;
        }
        if (s.mode !== "open") {
          out.push(s);
          continue;
        }
        if (s.word === "") {
          // The first character read: it must open a word, right after something that is no letter or digit.
          if (set.asciiOther) {
            // Signs only (a quote, "@", "$", a comma or full stop, a line break), no letter, digit or space: tried
            // at every one of them in the text (`Anchor.signs`), read no further; other characters as below.
            if (set.signs === null || set.alnum.size > 0) throw new Unsupported("a match may open on a sign or a space");
            for (const c of set.signs) reading.signs.add(c);
            // A character outside ASCII it may also be ("[\"“]"): a text holding one is scanned.
            if (!onlyAscii(node)) reading.outside.add(`${NOT_ASCII_AHEAD}(?:${node.raw})`);
            continue;
          }
          // Beside its letters, it may be a character no ASCII text holds: a text holding one is scanned.
          if (set.other) reading.outside.add(set.alnum.size === 0 ? node.raw : `${NOT_ASCII_AHEAD}(?:${node.raw})`);
          if (set.alnum.size === 0) continue;
          const opensWhereBounded = s.bounded === 2 || (s.bounded === 1 && !set.digit);
          if (!opensWhereBounded) throw new Unsupported("a match may open inside a word");
          if (!spell && set.alnum.size > OPENING_SPELLED_OUT) {
            // Any capitalised word ("[A-Z][\\w'-]*"): tried at every word that opens on a capital, and
            // at every capital glued to digits before it when only letters are excluded before ("5Main").
            if (!set.capitals) throw new Unsupported("a match may open on any word");
            reading.capitalised = true;
            if (s.bounded === 1) reading.gluedCapitals = true;
            continue;
          }
        }
        // A word opened by any of a few characters ("\\d"): it begins with one of them, read no further.
        if (!spell && s.word === "") for (const c of set.alnum) out.push({ ...s, word: c, mode: "prefix" });
        else if (!spell) out.push({ ...s, mode: "prefix" });
        else for (const c of set.alnum) out.push(s.word.length >= WORD_LIMIT ? { ...s, mode: "prefix" } : { ...s, word: s.word + c });
        if (set.other) out.push(closed(s, reading));
      }
      return unique(out);
    }
    case "Assertion":
      switch (node.kind) {
        case "word":
          // \b before anything is read: the match starts where no letter or digit precedes.
          // \b after a letter or digit: what follows is none (not even "_"), so the word ends here.
          if (node.negate) return states;
          return states.map((s) => (s.mode !== "open" ? s : s.word === "" ? bound(s, 2) : closed(s, reading)));
        case "start":
          // `^` before anything is read: the match opens at a line's start, whatever it reads next. Those
          // places are tried as such (`Anchor.lineStarts`), so the path is read no further: what follows
          // may open on a space or a sign ("^\\s*hi"). After a word, `^` only narrows where a match is.
          if (states.some((s) => s.mode === "open" && s.word === "")) reading.lineStarts = true;
          return states.filter((s) => !(s.mode === "open" && s.word === ""));
        case "lookbehind": {
          const [only] = node.alternatives.length === 1 && node.alternatives[0]!.elements.length === 1 ? node.alternatives[0]!.elements : [];
          // "(?<![\\w.@])": no letter or digit before; "(?<![\\p{L}])": no letter; "(?<=\\bto\\s+)": something else right before.
          const b: Bound = node.negate
            ? only === undefined || !isOneCharacter(only)
              ? 0
              : matchesEvery(ALNUM, only, flags)
                ? 2
                : matchesEvery(LETTERS, only, flags)
                  ? 1
                  : 0
            : node.alternatives.every((alternative) => endsOnNonAlnum(alternative.elements, flags))
              ? 2
              : 0;
          return b === 0 ? states : states.map((s) => bound(s, b));
        }
        default:
          return states; // $ and lookaheads only narrow where a match is
      }
    case "Group":
    case "CapturingGroup": {
      const alternatives = alternativesOf(node);
      if (!states.some(active)) return states;
      return unique(alternatives.flatMap((alternative) => sequence(alternative.elements, states, reading)));
    }
    case "Quantifier": {
      const element = node.element;
      if (element.type === "Assertion") throw new Unsupported("quantified assertion");
      let current = states;
      // Past a few rounds the word only grows or ends: what it has read so far is its prefix.
      const rounds = Math.min(node.min, 3);
      for (let k = 0; k < rounds; k++) current = step(element, current, reading);
      if (node.min > rounds) {
        // A path that has read nothing yet could read the word in a round not followed here.
        if (current.some((s) => s.mode === "open" && s.word === "")) throw new Unsupported("long repeat before the word");
        current = current.map((s) => (s.mode === "open" ? { ...s, mode: "prefix" } : s));
      }
      if (node.max === node.min) return current;
      const more = step(element, current, reading);
      const further = node.max > node.min + 1 ? more.map((s) => (s.mode === "open" ? { ...s, mode: "prefix" as const } : s)) : more;
      return unique([...current, ...further]);
    }
    case "Backreference":
    case "ExpressionCharacterClass":
      throw new Unsupported(node.type);
  }
}

function sequence(elements: readonly AST.Element[], states: State[], reading: Reading): State[] {
  // A path whose opening word is read (closed or prefix) is done: only open ones read on (and gaps, when followed).
  const done: State[] = [];
  let open = states;
  for (const element of elements) {
    if (open.length === 0) break;
    open = step(element, open, reading).filter((s) => active(s) || (done.push(s), false));
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
    const sequences = parseRegExpLiteral(re).pattern.alternatives.map((alternative) => alternative.elements);
    const anchor = openingWords(sequences, flags, false);
    return anchor && { ...anchor, followedBy: followers(sequences, flags, anchor.exact) };
  } catch (error) {
    // A syntax the parser does not know yet (the engine may be newer): scanned.
    if (error instanceof RegExpSyntaxError) return null;
    throw error;
  }
}

/**
 * The words every match of the alternatives `sequences` opens with (see `anchorOf`), or null; the
 * words that may follow them (`followedBy`) are read apart (`followers`), only for a whole rule.
 * `bounded`: the place a match starts is known to follow no letter or digit.
 */
function openingWords(sequences: ReadonlyArray<readonly AST.Element[]>, flags: string, bounded: boolean): Omit<Anchor, "followedBy"> | null {
  const before: Bound = bounded ? 2 : 0;
  let states: State[];
  const reading: Reading = { flags, outside: new Set(), capitalised: false, gluedCapitals: false, follows: false, lineStarts: false, signs: new Set() };
  try {
    states = finalStates(sequences, before, reading);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const s of states) {
    if (s.word === "" || s.bounded === 0) return null;
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
  const outside = reading.outside.size > 0 ? new RegExp([...reading.outside].join("|"), flags) : null;
  const lineStarts: LineStarts = !reading.lineStarts ? "" : flags.includes("m") ? "line" : "text";
  return { exact, prefixes, outside, capitalised: reading.capitalised, gluedCapitals: reading.gluedCapitals, lineStarts, signs: [...reading.signs].sort().join("") };
}

/** The states after reading the alternatives `sequences` from a match's start, `before` standing before it. */
const finalStates = (sequences: ReadonlyArray<readonly AST.Element[]>, before: Bound, reading: Reading): State[] =>
  unique(sequences.flatMap((elements) => sequence(elements, [{ word: "", mode: "open", bounded: before }], reading)));

/**
 * `Anchor.followedBy` of the alternatives `sequences`, whose exact opening words are `exact`: the
 * reading once more, each closed word followed on to the first letter or digit read after it. It
 * spells out what the first reading does (`unfollowedCount`), so a word closes on the same paths in
 * both. Empty where this reading gives up.
 */
function followers(sequences: ReadonlyArray<readonly AST.Element[]>, flags: string, exact: ReadonlySet<string>): Map<string, string> {
  if (exact.size === 0) return new Map();
  const reading: Reading = { flags, outside: new Set(), capitalised: false, gluedCapitals: false, follows: true, lineStarts: false, signs: new Set() };
  let states: State[];
  try {
    states = finalStates(sequences, 0, reading);
  } catch (error) {
    if (error instanceof Unsupported) return new Map();
    throw error;
  }
  const next = new Map<string, Set<string>>();
  const unfollowed = new Set<string>();
  for (const s of states) {
    for (const w of s.words ?? [s.word]) {
      if (!exact.has(w)) continue;
      // A match that may end, or read no letter or digit, after the word: any next word will do.
      if (s.mode !== "closed" || s.next === undefined) unfollowed.add(w);
      else for (const c of s.next) (next.get(w) ?? next.set(w, new Set()).get(w)!).add(c);
    }
  }
  return new Map([...next].filter(([w]) => !unfollowed.has(w)).map(([w, chars]) => [w, [...chars].sort().join("")]));
}

/** True for an anchor whose matches open on known words only, not on any capitalised word, a line's start or a sign: one that can skip a text. */
const onKnownWords = (anchor: Pick<Anchor, "capitalised" | "lineStarts" | "signs"> | null): boolean => anchor !== null && !anchor.capitalised && anchor.lineStarts === "" && anchor.signs === "";

const tailsOf = new WeakMap<RegExp, RegExp | null>();

/** Regex source: no ASCII letter or digit right before. */
const NO_ALNUM_BEFORE = "(?<![A-Za-z0-9])";

/**
 * A necessary condition of a pattern that is not anchored on known words itself, in a form that is: the end of
 * each of its alternatives, from the first element on which that end opens on known words (see
 * `anchorOf`). Every match of `re` holds a match of its alternative's end where that end starts, so
 * a text in which the tail matches nowhere holds no match of `re`, and the tail is tried only at its
 * own opening words ("... between us", "... stays between us" after any amount: a scan of the
 * whole text for the pattern is skipped on most texts). Null when an alternative has no such end,
 * or refers back to a group (the end alone could not read it).
 */
export function requiredTail(re: RegExp): RegExp | null {
  let tail = tailsOf.get(re);
  if (tail !== undefined) return tail;
  tail = readTail(re);
  tailsOf.set(re, tail);
  return tail;
}

/** `endsOnNonAlnum`, false where it does not follow the elements. */
function nonAlnumBefore(elements: readonly AST.Element[], flags: string): boolean {
  try {
    return endsOnNonAlnum(elements, flags);
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}

function readTail(re: RegExp): RegExp | null {
  if (re.flags.includes("v") || /\\[1-9]|\\k</.test(re.source)) return null;
  const flags = re.flags.replace(/[gyd]/g, "");
  let alternatives: AST.Alternative[];
  try {
    alternatives = parseRegExpLiteral(re).pattern.alternatives;
  } catch (error) {
    if (error instanceof RegExpSyntaxError) return null;
    throw error;
  }
  const ends: string[] = [];
  for (const alternative of alternatives) {
    const elements = alternative.elements;
    let end: string | undefined;
    for (let i = 0; i < elements.length && end === undefined; i++) {
      const rest = elements.slice(i);
      // After elements that always end on something else than a letter or digit ("\\s+", ","), the
      // end opens where none stands before it, as a word does.
      const alone = onKnownWords(openingWords([rest], flags, false));
      if (!alone && !(i > 0 && nonAlnumBefore(elements.slice(0, i), flags) && onKnownWords(openingWords([rest], flags, true)))) continue;
      // Named groups become plain ones: the ends of two alternatives may name the same group.
      const source = rest
        .map((e) => e.raw)
        .join("")
        .replace(/\(\?<(?![=!])[^>]*>/g, "(?:");
      end = alone ? source : `${NO_ALNUM_BEFORE}${source}`;
    }
    if (end === undefined) return null;
    ends.push(`(?:${end})`);
  }
  const tail = new RegExp(ends.join("|"), flags);
  return onKnownWords(anchorOf(tail)) ? tail : null;
}

/** A node of the opening words' trie: one letter or digit further into a word. */
interface TrieNode {
  /** By character: digits 0-9, then letters a-z. */
  next: Array<TrieNode | undefined>;
  /** Patterns that may open with a word beginning with the letters up to here. */
  prefixOf: number[];
  /** Patterns that may open with exactly the word up to here. */
  wordOf: number[];
  /** Per pattern of `wordOf`, the slots its next word may open on (`followMask`). */
  wordNext: Array<[number, number]>;
}

const trieNode = (): TrieNode => ({ next: [], prefixOf: [], wordOf: [], wordNext: [] });

/** `CompactTrie.nextHigh` of a word any next word (or none) may follow: `Anchor.followedBy` does not list it. */
const ANY_NEXT = -1;

/**
 * The slots (`slot`) the next word after exact opening word `word` may open on, as bits: slots
 * 0-31 in the first number, 32-35 in the second; [0, `ANY_NEXT`] for any.
 */
function followMask(anchor: Anchor, word: string): [number, number] {
  const next = anchor.followedBy.get(word);
  if (next === undefined) return [0, ANY_NEXT];
  let low = 0;
  let high = 0;
  for (let i = 0; i < next.length; i++) {
    const k = slot(next.charCodeAt(i));
    if (k < 32) low |= 1 << k;
    else high |= 1 << (k - 32);
  }
  return [low, high];
}

/** The trie slot of an ASCII letter (either case) or digit, by character code; -1 for anything else. */
function slot(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 87 : -1;
}

/** The patterns of one list by their opening words, for finding where each may start in a text. */
export interface AnchorIndex {
  /**
   * Per expression: the list's patterns in order, then each distinct gate once; its expression
   * made sticky, or null for one that is scanned.
   */
  sticky: ReadonlyArray<RegExp | null>;
  /** Where each gate stands in `sticky`. */
  gateAt: ReadonlyMap<RegExp, number>;
  /**
   * Per pattern, where its required tail (`requiredTail`) stands in `sticky`, after the gates; -1
   * for a pattern that is anchored itself or has none.
   */
  tailAt: readonly number[];
  /** Whether the required tails were indexed (`anchorIndex`'s `withTails`). */
  withTails: boolean;
  /** How many patterns the list had when indexed. */
  patterns: number;
  /** Every expression's opening words, exact and prefixes, letter by letter. */
  trie: CompactTrie;
  /** Per expression of `sticky`: its `Anchor.outside` (a text that passes it is scanned with the expression), or null. */
  outside: ReadonlyArray<RegExp | null>;
  /** The expressions of `sticky` tried at every word that opens on a capital (`Anchor.capitalised`). */
  capitalised: Int32Array;
  /** Those of them also tried at every capital glued to digits before it (`Anchor.gluedCapitals`). */
  gluedCapitals: Int32Array;
  /** The expressions of `sticky` also tried at the text's start (`Anchor.lineStarts` "text"). */
  textStarts: Int32Array;
  /** The expressions of `sticky` also tried at every line's start (`Anchor.lineStarts` "line"). */
  lineStarts: Int32Array;
  /** Per ASCII character code, the expressions of `sticky` also tried at every such character (`Anchor.signs`). */
  signOwners: ReadonlyArray<Int32Array>;
  /** Whether any expression opens at a line's start or a sign: `startsIn` then reads the text between words too. */
  betweenWords: boolean;
  /** Per expression of `sticky`: 1 for one that is scanned (null there), else 0. */
  unanchored: Uint8Array;
  /** `startsIn`'s scratch: per expression, the last place it was given in the text being walked. */
  lastPlace: Int32Array;
}

/**
 * The opening words' trie in flat arrays, nodes by number (the root is 0), so the walk over every
 * message reads a few compact tables instead of chasing thousands of small objects. A node's
 * children are its stretch of `childSlot`/`childNode` (from `firstChild[node]` to
 * `firstChild[node + 1]`), the patterns it ends a prefix or a word of its stretch of
 * `prefixOwners`/`wordOwners` likewise.
 */
interface CompactTrie {
  /** The root's child per slot, -1 for none: every word of a text starts there. */
  rootChild: Int32Array;
  firstChild: Int32Array;
  childSlot: Uint8Array;
  childNode: Int32Array;
  firstPrefixOwner: Int32Array;
  prefixOwners: Int32Array;
  firstWordOwner: Int32Array;
  wordOwners: Int32Array;
  /** Per entry of `wordOwners`, the two halves of its `followMask`. */
  nextLow: Int32Array;
  nextHigh: Int32Array;
}

/** `trie` numbered breadth-first into a CompactTrie. */
function compact(trie: TrieNode): CompactTrie {
  const nodes: TrieNode[] = [trie];
  const number = new Map<TrieNode, number>([[trie, 0]]);
  for (let n = 0; n < nodes.length; n++)
    for (const child of nodes[n]!.next)
      if (child) {
        number.set(child, nodes.length);
        nodes.push(child);
      }
  const slots: number[] = [];
  const children: number[] = [];
  const prefixOwners: number[] = [];
  const wordOwners: number[] = [];
  const wordNext: Array<[number, number]> = [];
  const firstChild = new Int32Array(nodes.length + 1);
  const firstPrefixOwner = new Int32Array(nodes.length + 1);
  const firstWordOwner = new Int32Array(nodes.length + 1);
  nodes.forEach((node, n) => {
    firstChild[n] = children.length;
    node.next.forEach((child, k) => {
      if (!child) return;
      slots.push(k);
      children.push(number.get(child)!);
    });
    firstPrefixOwner[n] = prefixOwners.length;
    prefixOwners.push(...node.prefixOf);
    firstWordOwner[n] = wordOwners.length;
    wordOwners.push(...node.wordOf);
    wordNext.push(...node.wordNext);
  });
  firstChild[nodes.length] = children.length;
  firstPrefixOwner[nodes.length] = prefixOwners.length;
  firstWordOwner[nodes.length] = wordOwners.length;
  const rootChild = new Int32Array(36).fill(-1);
  trie.next.forEach((child, k) => {
    if (child) rootChild[k] = number.get(child)!;
  });
  return {
    rootChild,
    firstChild,
    childSlot: Uint8Array.from(slots),
    childNode: Int32Array.from(children),
    firstPrefixOwner,
    prefixOwners: Int32Array.from(prefixOwners),
    firstWordOwner,
    wordOwners: Int32Array.from(wordOwners),
    nextLow: Int32Array.from(wordNext, ([low]) => low),
    nextHigh: Int32Array.from(wordNext, ([, high]) => high),
  };
}

/** The child of `node` at `slot`, or -1. */
function childOf(trie: CompactTrie, node: number, k: number): number {
  for (let c = trie.firstChild[node]!, end = trie.firstChild[node + 1]!; c < end; c++) if (trie.childSlot[c] === k) return trie.childNode[c]!;
  return -1;
}

const indexes = new WeakMap<readonly { re: RegExp }[], AnchorIndex>();

/**
 * The index of a list of patterns and their gates, built on its first use (a list is not changed
 * once in use). A gate (a cheap test of the whole text) is indexed like a pattern: a message that
 * holds none of its opening words fails it without a scan. `withTails`: the required tails of the
 * patterns that are scanned (`requiredTail`) are indexed too, for a caller that skips such a scan.
 */
export function anchorIndex(patterns: readonly { re: RegExp; gate?: RegExp }[], withTails = false): AnchorIndex {
  let index = indexes.get(patterns);
  // A list indexed first without its tails (a spec reading the anchors) is indexed again for the rules runner.
  if (index && index.patterns === patterns.length && (index.withTails || !withTails)) return index;
  const trie = trieNode();
  const nodeOf = (word: string): TrieNode => {
    let node = trie;
    for (let i = 0; i < word.length; i++) {
      const k = slot(word.charCodeAt(i));
      node = node.next[k] ??= trieNode();
    }
    return node;
  };
  const gateAt = new Map<RegExp, number>();
  for (const { gate } of patterns) if (gate && !gateAt.has(gate)) gateAt.set(gate, patterns.length + gateAt.size);
  const tails: RegExp[] = [];
  const tailAt = patterns.map(({ re }) => {
    // A pattern tried at every capitalised word is gated by its tail too: most texts hold capitals, few its tail.
    const tail = !withTails || onKnownWords(anchorOf(re)) ? null : requiredTail(re);
    return tail ? patterns.length + gateAt.size + tails.push(tail) - 1 : -1;
  });
  const expressions = [...patterns.map(({ re }) => re), ...gateAt.keys(), ...tails];
  const sticky = expressions.map((re, k) => {
    const anchor = anchorOf(re);
    if (!anchor) return null;
    for (const w of anchor.exact) {
      const node = nodeOf(w);
      node.wordOf.push(k);
      node.wordNext.push(followMask(anchor, w));
    }
    for (const w of anchor.prefixes) nodeOf(w).prefixOf.push(k);
    return new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}y`);
  });
  const outside = expressions.map((re) => anchorOf(re)?.outside ?? null);
  const capitalised = Int32Array.from(expressions.flatMap((re, k) => (anchorOf(re)?.capitalised ? [k] : [])));
  const gluedCapitals = Int32Array.from(expressions.flatMap((re, k) => (anchorOf(re)?.gluedCapitals ? [k] : [])));
  const textStarts = Int32Array.from(expressions.flatMap((re, k) => (anchorOf(re)?.lineStarts === "text" ? [k] : [])));
  const lineStarts = Int32Array.from(expressions.flatMap((re, k) => (anchorOf(re)?.lineStarts === "line" ? [k] : [])));
  const signOwners = Array.from({ length: 0x80 }, (_, c) => Int32Array.from(expressions.flatMap((re, k) => (anchorOf(re)?.signs.includes(String.fromCharCode(c)) ? [k] : []))));
  const betweenWords = lineStarts.length > 0 || signOwners.some((owners) => owners.length > 0);
  const unanchored = Uint8Array.from(sticky, (re) => (re ? 0 : 1));
  const lastPlace = new Int32Array(sticky.length);
  index = {
    sticky,
    gateAt,
    tailAt,
    withTails,
    patterns: patterns.length,
    trie: compact(trie),
    outside,
    capitalised,
    gluedCapitals,
    textStarts,
    lineStarts,
    signOwners,
    betweenWords,
    unanchored,
    lastPlace,
  };
  indexes.set(patterns, index);
  return index;
}

/**
 * Where each expression of an index may start in one text (`startsIn`): every expression's places
 * in one flat array, its ascending stretch from `first[k]` to `first[k + 1]`, so the walk of a
 * message makes one array instead of one per expression (some 300 on a long message, most of them
 * never read: their rule is skipped by its word list or gate first).
 */
export class Places {
  constructor(
    /** The places of every expression, expression by expression. */
    readonly flat: Int32Array,
    /** Per expression, where its places begin in `flat`; `first[k + 1]` is where they end. */
    readonly first: Int32Array,
    /** Per expression, 1 when it is scanned in this text instead (see `startsIn`). */
    private readonly scanned: Uint8Array,
  ) {}

  /** True when expression `k` is tried at its places, false when it must scan the text. */
  anchored(k: number): boolean {
    return this.scanned[k] === 0;
  }

  /** True when expression `k` is tried at its places and the text has none: it cannot match. */
  none(k: number): boolean {
    return this.scanned[k] === 0 && this.first[k] === this.first[k + 1];
  }

  /** The places of expression `k` (ascending offsets), or null when it is scanned. */
  of(k: number): Int32Array | null {
    return this.scanned[k] === 0 ? this.flat.subarray(this.first[k], this.first[k + 1]) : null;
  }
}

/**
 * `startsIn`'s scratch while it walks a text: each place found as its expression (`owner`) and
 * offset (`at`), in the order found (grown as needed, reused); `last`, per expression, the last
 * place it was given (`AnchorIndex.lastPlace`); `counts`, per expression k, how many places (at k + 1).
 * Module-level functions read it, not closures made per call.
 */
const found: { count: number; owner: Int32Array; at: Int32Array; last: Int32Array; counts: Int32Array } = {
  count: 0,
  owner: new Int32Array(4096),
  at: new Int32Array(4096),
  last: new Int32Array(0),
  counts: new Int32Array(0),
};

/** Place `at` for expression `k`, unless it has it already (a word may begin with two prefixes of one pattern, or be one of its words as well). */
function addPlace(k: number, at: number): void {
  if (found.last[k] === at) return;
  found.last[k] = at;
  if (found.count === found.owner.length) {
    found.owner = grown(found.owner);
    found.at = grown(found.at);
  }
  found.owner[found.count] = k;
  found.at[found.count++] = at;
  found.counts[k + 1]!++;
}

/** Place `at` for the expressions of `owners` from `from` to before `to`. */
function addPlaces(owners: Int32Array, from: number, to: number, at: number): void {
  for (let o = from; o < to; o++) addPlace(owners[o]!, at);
}

/**
 * The word of `text` from `from` to its run's `end`, followed down `trie` as far as it goes: place `from` for the
 * patterns of each prefix it begins with, and of the whole word when the trie holds it to the end and the next word
 * (opening on slot `next`, -1: none) may follow it (`mayFollow`).
 */
function followWord(trie: CompactTrie, text: string, from: number, end: number, next: number): void {
  let node = trie.rootChild[slot(text.charCodeAt(from))]!;
  for (let at = from; node >= 0;) {
    addPlaces(trie.prefixOwners, trie.firstPrefixOwner[node]!, trie.firstPrefixOwner[node + 1]!, from);
    if (++at === end) {
      for (let o = trie.firstWordOwner[node]!, to = trie.firstWordOwner[node + 1]!; o < to; o++) if (mayFollow(trie, o, next)) addPlace(trie.wordOwners[o]!, from);
      return;
    }
    node = childOf(trie, node, slot(text.charCodeAt(at)));
  }
}

/**
 * Where each anchored pattern of `index` may start in `text`: per pattern, the ascending offsets of
 * the words (maximal runs of ASCII letters and digits, and the letters of such a run glued to digits
 * before them) it may open with; null for a text the reading does not cover, which every pattern
 * must scan. A pattern whose match may open on a character outside ASCII that the text holds
 * (`Anchor.outside`) is scanned in that text (`Places.anchored`). Under the i and u flags "s" and
 * "k" also match "ſ" (U+017F) and the Kelvin sign (U+212A), which are not ASCII: a text holding
 * either is not covered (the normaliser leaves neither). One walk of the text: each word is followed
 * down the trie as far as it goes.
 */
export function startsIn(index: AnchorIndex, text: string): Places | null {
  const walked = walk(text);
  if (walked === null) return null;
  const trie = index.trie;
  const expressions = index.sticky.length;
  const last = index.lastPlace.fill(-1);
  // Per expression, how many places (at k + 1), then where its places begin.
  const first = new Int32Array(expressions + 1);
  found.count = 0;
  found.last = last;
  found.counts = first;
  const { runs, length } = walked;
  // Places are given in ascending order: the text's start first, and the signs and line starts between words before the next word.
  addPlaces(index.textStarts, 0, index.textStarts.length, 0);
  addPlaces(index.lineStarts, 0, index.lineStarts.length, 0);
  let between = index.betweenWords ? 0 : -1;
  for (let r = 0; r < length;) {
    const start = runs[r]!;
    if (between >= 0) placesBetween(index, text, between, start);
    const end = runs[r + 1]!;
    const glued = r + 3 + runs[r + 2]!;
    const next = glued < length ? slot(text.charCodeAt(runs[glued]!)) : -1;
    if (isCapital(text.charCodeAt(start))) addPlaces(index.capitalised, 0, index.capitalised.length, start);
    followWord(trie, text, start, end, next);
    for (r += 3; r < glued; r++) {
      const from = runs[r]!;
      if (isCapital(text.charCodeAt(from))) addPlaces(index.gluedCapitals, 0, index.gluedCapitals.length, from);
      followWord(trie, text, from, end, next);
    }
    if (between >= 0) between = end;
  }
  if (between >= 0) placesBetween(index, text, between, text.length);
  // Places are found in ascending order: sorted by expression (a stable counting sort), each one's places stay ascending.
  for (let k = 0; k < expressions; k++) first[k + 1]! += first[k]!;
  // `last` is free again: per expression, where its next place goes.
  last.set(first.subarray(0, expressions));
  const { count, owner, at } = found;
  const flat = new Int32Array(count);
  for (let p = 0; p < count; p++) flat[last[owner[p]!]!++] = at[p]!;
  let scanned = index.unanchored;
  // An `Anchor.outside` test matches one character outside ASCII: it is asked of the text's own, listed once.
  if (walked.notAscii !== "")
    index.outside.forEach((test, k) => {
      if (test?.test(walked.notAscii)) {
        if (scanned === index.unanchored) scanned = scanned.slice();
        scanned[k] = 1;
      }
    });
  return new Places(flat, first, scanned);
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The places of the text from `from` to before `to` (no letter or digit stands there): each sign for the expressions
 * opening on it (`AnchorIndex.signOwners`), and after each line terminator (`^` under the m flag: \n, \r, U+2028,
 * U+2029) the line's start for those opening there (`AnchorIndex.lineStarts`), in ascending order.
 */
function placesBetween(index: AnchorIndex, text: string, from: number, to: number): void {
  const lineStarters = index.lineStarts;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const owners = index.signOwners[c]!;
      if (owners.length > 0) addPlaces(owners, 0, owners.length, i);
    }
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) addPlaces(lineStarters, 0, lineStarters.length, i + 1);
  }
}

/**
 * True when the whole word of entry `o` of `trie.wordOwners` may open its pattern's match where the
 * next word opens on slot `k` (-1: no next word): every match reads that word's first character
 * when it reads any letter or digit past the opening word (`Anchor.followedBy`).
 */
function mayFollow(trie: CompactTrie, o: number, k: number): boolean {
  const high = trie.nextHigh[o]!;
  if (high === ANY_NEXT) return true;
  if (k < 0) return false;
  return ((k < 32 ? trie.nextLow[o]! >>> k : high >>> (k - 32)) & 1) === 1;
}

/** What `startsIn` reads of a text, whatever the index: its words, and its characters outside ASCII. */
interface Walked {
  /**
   * Per maximal run of ASCII letters and digits, in order: its start, its end, how many letters of
   * it are glued to digits before them ("5purok", where a word bounded against letters only may
   * open: `Bound` 1), then their offsets.
   */
  runs: Int32Array;
  /** How much of `runs` holds this text's. */
  length: number;
  /**
   * The text's characters outside ASCII, each once (a surrogate pair as one), apart by spaces: a
   * test of one such character (`Anchor.outside`) matches here when it matches the text. "" for none.
   */
  notAscii: string;
}

/**
 * The text walked last: a message's text is read by several lists of expressions (the rules,
 * `atWords`' lists), each walk of its 2,000 characters the same.
 */
let lastWalkedText: string | null = null;
let lastWalk: Walked | null = null;
let walkRuns = new Int32Array(1024);

/** `text`'s words for `startsIn`, or null for a text holding the long s or the Kelvin sign (see there). */
function walk(text: string): Walked | null {
  if (text === lastWalkedText) return lastWalk;
  lastWalkedText = text;
  let length = 0;
  const notAscii = new Set<string>();
  const push = (value: number): void => {
    if (length === walkRuns.length) walkRuns = grown(walkRuns);
    walkRuns[length++] = value;
  };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let k = slot(c);
    if (k < 0) {
      if (c < 128) i++;
      else if (c === 0x17f || c === 0x212a) return (lastWalk = null);
      else {
        const next = isLeadThenTrail(text, i) ? i + 2 : i + 1;
        notAscii.add(text.slice(i, next));
        i = next;
      }
      continue;
    }
    const run = length;
    push(i);
    push(0);
    push(0);
    while (k >= 0) {
      const previous = k;
      k = ++i < text.length ? slot(text.charCodeAt(i)) : -1;
      if (previous < 10 && k >= 10) {
        push(i);
        walkRuns[run + 2]!++;
      }
    }
    walkRuns[run + 1] = i;
  }
  return (lastWalk = { runs: walkRuns, length, notAscii: [...notAscii].join(" ") });
}

/** True when a surrogate pair (one code point) starts at `i` of `text` (`walk` here and context.ts step over one with it). */
export const isLeadThenTrail = (text: string, i: number): boolean => {
  const lead = text.charCodeAt(i);
  const trail = text.charCodeAt(i + 1); // NaN past the end
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff;
};

/** `array`'s values in one twice as long. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
