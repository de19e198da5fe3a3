/**
 * Contact-sharing detector for the platform messenger.
 *
 * Pure, dependency-free. Every chat message goes through `detectContactDetails`, which
 * reports which kinds of contact detail it found, where, and a masked copy of the text.
 *
 * Pipeline:
 *   1. normalise   - undo common obfuscations (number words -> digits, "(at)" -> "@",
 *                    "w h a t s a p p" -> "whatsapp", ...) while keeping a map from every
 *                    normalised character back to the original text, so spans stay exact.
 *   2. match       - one small family of named patterns per ContactKind runs on the
 *                    normalised text; a pattern may carry an `accept` check for context.
 *   3. report      - spans are mapped back to the original message, kinds collected,
 *                    and overlapping/adjacent spans (only whitespace, separators or "at/on/via/to/is"
 *                    between them) merged into a single "[hidden]" in the mask.
 *
 * Rule for ambiguous "call me" phrasing (the product wants recall on real attempts):
 *   A contact verb aimed at a person ("call me", "text me", "ring me", "give me a call",
 *   "email me", "reach me", "call you", ...) IS an off-platform request, EXCEPT when it is
 *   immediately followed by
 *     - an in-platform qualifier: "here", "on here", "in the app/chat", "through the app", or
 *     - a notification clause: "when ...", "once ...", "as soon as ...", "after ...", "if ...",
 *   or is the idiom "call me crazy/old-fashioned/...".
 *   So "call me when it's done" is innocent, while "call me", "call me back", "call me at 5",
 *   "call me on my cell", "text me pics" are flagged. The exemption only covers the phrase:
 *   a number, handle, e-mail, etc. in the same message is still caught by its own family.
 *   "message me" / "DM me" / "ping me" alone are treated as in-platform (this IS a messenger)
 *   and only flagged when they name an outside channel ("message me on signal").
 */

export type ContactKind =
  | "PHONE"
  | "EMAIL"
  | "ADDRESS"
  | "SOCIAL_HANDLE"
  | "MESSAGING_APP"
  | "LINK"
  | "FULL_NAME"
  | "OFF_PLATFORM_DEAL"
  | "OFF_PLATFORM_REQUEST";

/**
 * Kinds that only name an intent ("call me", "my number is") without a contact detail: flagged
 * for review, never penalised on their own (issue 13: "a penalty needs a detected detail or an
 * explicit off-platform deal").
 */
export const PHRASE_ONLY_KINDS: ReadonlySet<ContactKind> = new Set(["OFF_PLATFORM_REQUEST"]);

/** True when the detected kinds include a contact detail or an explicit off-platform deal. */
export function isPenalisable(kinds: readonly ContactKind[]): boolean {
  return kinds.some((kind) => !PHRASE_ONLY_KINDS.has(kind));
}

export interface ContactSpan {
  kind: ContactKind;
  /** Offsets into the original message, `end` exclusive. */
  start: number;
  end: number;
}

export interface ContactDetection {
  /** Detected kinds, unique, sorted alphabetically. */
  kinds: ContactKind[];
  /** The message with every detected span replaced by "[hidden]" (overlapping/adjacent spans merged). */
  masked: string;
  /** Every detected span, sorted by start then end. Spans of different kinds may overlap. */
  spans: ContactSpan[];
}

export const MASK = "[hidden]";

// ---------------------------------------------------------------------------------------
// 1. Normalisation with an offset map
// ---------------------------------------------------------------------------------------

/** Text plus, for every character, the original range it came from. */
interface Mapped {
  text: string;
  from: number[];
  to: number[];
  /** True when the character was produced by a rewrite (e.g. "five" -> "5"). */
  synth: boolean[];
}

function identity(text: string): Mapped {
  const from: number[] = [];
  const to: number[] = [];
  const synth: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    from.push(i);
    to.push(i + 1);
    synth.push(false);
  }
  return { text, from, to, synth };
}

/** Replace every match of `re` (global) by `replace(match)`; `undefined` keeps the match. */
function rewrite(src: Mapped, re: RegExp, replace: (m: RegExpExecArray) => string | undefined): Mapped {
  const out: Mapped = { text: "", from: [], to: [], synth: [] };
  const copy = (a: number, b: number): void => {
    out.text += src.text.slice(a, b);
    out.from.push(...src.from.slice(a, b));
    out.to.push(...src.to.slice(a, b));
    out.synth.push(...src.synth.slice(a, b));
  };
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(src.text); m !== null; m = re.exec(src.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    copy(last, start);
    const origFrom = src.from[start] ?? 0;
    const origTo = src.to[end - 1] ?? origFrom;
    for (const ch of replacement) {
      out.text += ch;
      out.from.push(origFrom);
      out.to.push(origTo);
      out.synth.push(true);
    }
    last = end;
  }
  copy(last, src.text.length);
  return out;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4",
  five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine";

const NORMALISERS: Array<{ name: string; re: RegExp; replace: (m: RegExpExecArray) => string | undefined }> = [
  // Unicode dashes behave like "-" for every pattern below.
  { name: "dashes", re: /[\u2010-\u2015\u2212]/g, replace: () => "-" },
  // "w h a t s a p p", "m i k e @ g m a i l . c o m": spelled-out letters written to dodge filters.
  { name: "spaced-letters", re: /(?<!\S)[A-Za-z@.](?: [A-Za-z@.]){3,}(?!\S)/g, replace: (m) => m[0].replace(/ /g, "") },
  // "name(at)gmail(dot)com", "name [at] gmail", "{dot}": bracketed forms are always obfuscation.
  { name: "bracket-at", re: /\s*[(\[{<]\s*at\s*[)\]}>]\s*/gi, replace: () => "@" },
  { name: "bracket-dot", re: /\s*[(\[{<]\s*dot\s*[)\]}>]\s*/gi, replace: () => "." },
  // "johnATgmailDOTcom": upper-case separators glued to lower-case words.
  { name: "glued-at-dot", re: /\b([a-z0-9._-]+)AT([a-z0-9-]+)DOT([a-z]{2,6})\b/g, replace: (m) => `${m[1]}@${m[2]}.${m[3]}` },
  // "fivefivefive": several digit words glued into one word.
  {
    name: "glued-digit-words",
    re: new RegExp(`\\b(?:${DIGIT_WORD}){2,}\\b`, "gi"),
    replace: (m) => m[0].toLowerCase().replace(new RegExp(DIGIT_WORD, "g"), (w) => DIGIT_WORDS[w] ?? w),
  },
  // "five five five" -> "5 5 5". Tens ("twenty") are deliberately NOT converted: people read
  // numbers to each other digit by digit, while "one twenty, one fifteen" is a compression reading.
  { name: "digit-words", re: new RegExp(`\\b(?:${DIGIT_WORD})\\b`, "gi"), replace: (m) => DIGIT_WORDS[m[0].toLowerCase()] },
  // "oh"/"o" is a zero only next to other digits ("four oh four"), never in "oh no".
  { name: "oh-zero", re: /(?<=\d[\s,.\/-]{0,3})\b(?:oh|o)\b|\b(?:oh|o)\b(?=[\s,.\/-]{0,3}\d)/gi, replace: () => "0" },
  // "double oh", "triple 5".
  {
    name: "double-triple",
    re: /\b(double|triple)[\s-]+(oh|o|\d)\b/gi,
    replace: (m) => {
      const digit = /\d/.test(m[2] ?? "") ? (m[2] ?? "") : "0";
      return Array((m[1] ?? "").toLowerCase() === "double" ? 2 : 3).fill(digit).join(" ");
    },
  },
];

function normalise(message: string): Mapped {
  let mapped = identity(message);
  for (const n of NORMALISERS) mapped = rewrite(mapped, n.re, n.replace);
  return mapped;
}

// ---------------------------------------------------------------------------------------
// 2. Pattern families
// ---------------------------------------------------------------------------------------

interface MatchContext {
  text: string;
  synth: boolean[];
}

interface Pattern {
  name: string;
  /** Must have the global flag. The whole match becomes the span. */
  re: RegExp;
  /** Optional context check; rejecting a match resumes the search one character later. */
  accept?: (m: RegExpExecArray, ctx: MatchContext) => boolean;
}

const before = (ctx: MatchContext, m: RegExpExecArray, n: number): string =>
  ctx.text.slice(Math.max(0, m.index - n), m.index);
const after = (ctx: MatchContext, m: RegExpExecArray, n: number): string =>
  ctx.text.slice(m.index + m[0].length, m.index + m[0].length + n);

// ----- PHONE --------------------------------------------------------------------------
// One generic "digit run" pattern (groups of digits joined by space . - / , or brackets),
// then `looksLikePhone` decides by shape and context. Shapes accepted:
//   +CC ... / 00CC ...                      international prefix
//   3-3-4 (optionally 1-3-3-4), (3)7        North American
//   0x.. with 10-12 digits                  national trunk-zero formats (UK, FR, AU, DE)
//   10-13 contiguous digits                 bare number
//   >= 5 digits written as words or as single spaced digits ("5 5 5 1 2 3 4")
//   3-4 local number, only right after a phone cue ("call 555-1234")

const PHONE_CUE = /\b(?:call|text|txt|ring|phone|cell|mobile|mob|whats\s?app|reach|tel|contact)\b/gi;
// Identifiers that legitimately look like phone numbers: part / serial / order / booking numbers.
const NOT_A_PHONE_CUE =
  /\b(?:part|parts|p\/?n|oem|sku|serial|s\/?n|order|invoice|booking|reference|ref|tracking|case|ticket|vin|model|firing|cylinders?|item|stock|claim|policy|receipt|confirmation|job)\b/gi;
// Measurements and money right after the number.
const UNIT_AFTER =
  /^\s*(?:%|°|k\b|kms?\b|mi\b|miles?\b|mph\b|kph\b|rpm\b|psi\b|bar\b|nm\b|ft\b|lbs?\b|mm\b|cm\b|inch|v\b|volts?\b|amps?\b|hp\b|kw\b|cc\b|l\b|lit(?:er|re)s?\b|quarts?\b|qts?\b|kg\b|g\b|grams?\b|dollars|bucks|euros?|pounds|quid|ohms?\b)/i;

function lastIndexOf(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m.index;
  return last;
}

function isNorthAmerican(lens: number[], digits: string): boolean {
  let l = lens;
  if (l.length > 1 && l[0] === 1 && digits.startsWith("1")) l = l.slice(1);
  const shape = l.join("-");
  return shape === "3-3-4" || shape === "3-7";
}

function isTrunkZeroNational(groups: string[], lens: number[], digitCount: number): boolean {
  const first = groups[0] ?? "";
  if (!first.startsWith("0") || first.length < 2 || groups.length < 2) return false;
  if (digitCount < 10 || digitCount > 12) return false;
  if (lens.some((l) => l > 8)) return false;
  // Two blocks of five ("04465-33450") is the Toyota part-number shape, not a phone format.
  return !(lens.length === 2 && lens[0] === 5 && lens[1] === 5);
}

function looksLikePhone(m: RegExpExecArray, ctx: MatchContext): boolean {
  const run = m[0];
  const groups: string[] = [];
  const seps: string[] = [];
  let synthDigits = 0;
  let spokenDigits = 0; // digits written as words or as lone spaced digits
  let prevEnd = -1;
  for (const g of run.matchAll(/\d+/g)) {
    const gi = g.index ?? 0;
    if (prevEnd >= 0) seps.push(run.slice(prevEnd, gi));
    groups.push(g[0]);
    for (let i = 0; i < g[0].length; i++) {
      const synth = ctx.synth[m.index + gi + i] === true;
      if (synth) synthDigits++;
      if (synth || g[0].length === 1) spokenDigits++;
    }
    prevEnd = gi + g[0].length;
  }
  const digits = groups.join("");
  const n = digits.length;
  if (n < 7 || n > 15) return false;

  const prefix = before(ctx, m, 40);
  if (/[$£€]\s*$/.test(prefix) || UNIT_AFTER.test(after(ctx, m, 12))) return false;
  // "12.6, 13.8" / "0.6 0.7": decimals and comma lists are readings, unless spoken.
  if (seps.some((s) => s.includes(",")) && synthDigits * 2 < n) return false;
  for (let i = 0; i < seps.length; i++) {
    const decimalSep = seps[i] === ".";
    const singleNeighbour = (groups[i]?.length ?? 0) === 1 || (groups[i + 1]?.length ?? 0) === 1;
    if (decimalSep && singleNeighbour && synthDigits === 0) return false;
  }
  // "1 2 3 4 5 6 7 8" (cylinders) or "1-8-4-3-6-5-7-2" (firing order): a permutation of 1..n.
  if (n <= 9 && [...digits].sort().join("") === "123456789".slice(0, n)) return false;
  // "part number 04465-...", "order 7781234590", "serial 237-100-8841".
  if (lastIndexOf(NOT_A_PHONE_CUE, prefix) > lastIndexOf(PHONE_CUE, prefix)) return false;

  if (run.startsWith("+")) return n >= 8;
  if (digits.startsWith("00") && (groups[0]?.length ?? 0) >= 2 && n >= 10) return true;
  if (spokenDigits >= 5) return true;

  const lens = groups.map((g) => g.length);
  // Merge lone digits read out one by one: "8 1 8 - 555 - 2020" -> 818-555-2020.
  const merged: string[] = [];
  groups.forEach((g, i) => {
    const prev = merged[merged.length - 1];
    const sep = seps[i - 1] ?? "";
    const prevWasSingleRun = prev !== undefined && /^\d+$/.test(prev) && (groups[i - 1]?.length ?? 0) === 1;
    if (i > 0 && g.length === 1 && prevWasSingleRun && /^[\s-]*$/.test(sep)) merged[merged.length - 1] = prev + g;
    else merged.push(g);
  });
  const mergedLens = merged.map((g) => g.length);

  if (isNorthAmerican(lens, digits) || isNorthAmerican(mergedLens, digits)) return true;
  if (isTrunkZeroNational(groups, lens, n) || isTrunkZeroNational(merged, mergedLens, n)) return true;
  if (groups.length === 1 && n >= 10 && n <= 13) return true;
  if (lens.join("-") === "3-4" && lastIndexOf(PHONE_CUE, prefix.slice(-25)) >= 0) return true;
  return false;
}

const DIGIT_GROUP = String.raw`(?:\(\s?\d{1,5}\s?\)|\d{1,15})`;
const GROUP_SEP = String.raw`(?:[ \t]{0,3}[.\-\/,][ \t]{0,3}|[ \t]{1,3}|(?<=\))|(?=\())`;

const PHONE_PATTERNS: Pattern[] = [
  {
    name: "digit-run",
    // At most 15 groups (a phone has at most 15 digits): keeps every attempt bounded, so
    // rejected runs retried one character later stay linear on long digit soup.
    re: new RegExp(String.raw`(?<![\w+$£€.,\/-])(?:\+\s?)?${DIGIT_GROUP}(?:${GROUP_SEP}${DIGIT_GROUP}){0,14}(?!\w)`, "g"),
    accept: looksLikePhone,
  },
  // Toll-free vanity numbers: "1 800 FIX AUTO", "1-888-CAR-DOCS".
  { name: "vanity-toll-free", re: /\b(?:1[\s.-]?)?8(?:00|33|44|55|66|77|88)[\s.-]+[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4}\b/g },
];

// ----- EMAIL --------------------------------------------------------------------------
// Real addresses plus the spoken forms left after normalisation: "john at gmail dot com",
// "sarah dot jones at icloud", "bob @ proton . me", "bobsmith85 at gmail".

const PROVIDERS = "gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|proton|aol|gmx|yandex|zoho";
const TLDS =
  "com|net|org|edu|gov|io|co|me|us|uk|ca|au|nz|de|fr|es|nl|be|ch|se|dk|fi|pl|ie|in|info|biz|email|online|app|dev|xyz|tv|ru|jp|br|mx|za";
const ROLE_MAILBOXES = new Set(["info", "contact", "sales", "service", "hello", "admin", "office", "bookings", "support", "enquiries"]);
const LOCAL_WORD = String.raw`[a-z0-9](?:[a-z0-9_%+-]*[a-z0-9])?`;
// "_" and "-" live inside LOCAL_WORD only; also allowing them as joiners would make the
// pattern ambiguous and backtrack exponentially on inputs like "a_a_a_a_...!".
const LOCAL = String.raw`${LOCAL_WORD}(?:(?:\.|\s+(?:dot|underscore|dash)\s+)${LOCAL_WORD})*`;
const AT = String.raw`(?:\s*@\s*|\s+at\s+)`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
const DOMAIN_DOT = String.raw`(?:\s*\.\s*|\s+(?:dot|period)\s+)`;

/** The word "at" is everywhere ("I got it at rockauto.com"); only trust it when the rest looks like mail. */
function plausibleEmail(m: RegExpExecArray): boolean {
  const local = (m[1] ?? "").toLowerCase();
  const sep = m[2] ?? "";
  const domain = (m[3] ?? "").toLowerCase();
  if (sep.includes("@")) return true;
  const firstLabel = domain.split(/\s*\.\s*|\s+(?:dot|period)\s+/)[0] ?? "";
  return (
    new RegExp(`^(?:${PROVIDERS})$`).test(firstLabel) ||
    /[._\d+-]|\s(?:dot|underscore|dash)\s/.test(local) ||
    ROLE_MAILBOXES.has(local)
  );
}

const EMAIL_PATTERNS: Pattern[] = [
  {
    // Any literal address, whatever its top-level domain (new ones appear all the time).
    name: "literal-address",
    re: /(?<![\w.+-])[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_%+-])?@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b/gi,
  },
  {
    name: "address",
    re: new RegExp(String.raw`(?<![\w.+-])(${LOCAL})(${AT})(${LABEL}(?:${DOMAIN_DOT}${LABEL})*)${DOMAIN_DOT}(?:${TLDS})\b`, "gi"),
    accept: plausibleEmail,
  },
  {
    name: "provider-only", // "bobsmith85 at gmail"
    re: new RegExp(String.raw`(?<![\w.+-])(${LOCAL})(${AT})(${PROVIDERS})\b`, "gi"),
    accept: plausibleEmail,
  },
  {
    name: "my-email-is", // "my gmail is bobsmith1985", "my email's the same as ..."
    re: /\bmy\s+(?:personal\s+|work\s+|private\s+|other\s+)?(?:e-?mail(?:\s+address)?|gmail|hotmail|yahoo|outlook|icloud)(?:'s|\s+is|\s*:)(?:\s+[\w.+-]+)?/gi,
  },
];

// ----- ADDRESS ------------------------------------------------------------------------
// "<number> <name...> <street suffix>", plus postcodes, intersections and "my address is".

const STREET_SUFFIX =
  "street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|close|crescent|cres|way|parkway|pkwy|circle|cir|square|sq|trail|trl|alley|row|mews|grove|gardens";
const SUFFIX_WORDS = new Set(STREET_SUFFIX.split("|"));
// Words that put a number + "drive"/"way"/"road" into car talk: "4 wheel drive", "10 minute test drive".
const NOT_A_STREET_NAME = new Set(
  (
    "a an the my your our his her their this that these those and or of in on at to for with from by into onto is are was were be " +
    "it its it's i you he she we they me him them new old more extra front rear left right other " +
    "minute minutes min mins mile miles hour hours hr hrs second seconds sec day days week weeks month months year years yr " +
    "time times test inch inches mm cm km mph rpm psi nm ft lb lbs wheel wheels speed gear gears series cylinder cylinders cyl " +
    "door doors lug bolt bolts tire tires tyre tyres car cars point points valve valves part parts piece pieces block blocks"
  ).split(" "),
);
const CAR_MAKES = new Set(
  (
    "acura alfa audi bmw buick cadillac chevy chevrolet chrysler dodge fiat ford gmc honda hyundai infiniti jaguar jeep kia " +
    "land lexus lincoln mazda mercedes mercury mini mitsubishi nissan oldsmobile opel peugeot plymouth pontiac porsche ram range " +
    "renault saab saturn scion seat skoda subaru suzuki tesla toyota vauxhall volvo vw volkswagen"
  ).split(" "),
);

function plausibleStreet(m: RegExpExecArray): boolean {
  const number = Number.parseInt(m[1] ?? "", 10);
  const words = (m[2] ?? "").toLowerCase().split(/\s+/).map((w) => w.replace(/[.'’]/g, ""));
  const nameWords = words.filter((w) => !/^(?:[nsew]|north|south|east|west)$/.test(w));
  if (nameWords.length === 0) return false;
  for (const w of nameWords) {
    if (NOT_A_STREET_NAME.has(w) || SUFFIX_WORDS.has(w)) return false;
    if (/^\d+$/.test(w)) return false; // "5th" is a name, "10" is not
  }
  // "2005 Buick Park Avenue" is a car.
  if (number >= 1950 && number <= 2035 && CAR_MAKES.has(nameWords[0] ?? "")) return false;
  return true;
}

const ADDRESS_PATTERNS: Pattern[] = [
  {
    name: "number-street-suffix", // "123 Main Street", "45 Oak Ave Apt 3", "301 W 5th St"
    re: new RegExp(
      String.raw`(?:\b(?:flat|apt|apartment|unit|suite)\s*\w+,?\s+)?(?<![\w\/.,$£€-])(\d{1,5})[a-z]?(?:\s?-\s?\d{1,5})?,?\s+((?:(?:[nsew]|north|south|east|west)\.?\s+)?(?:[a-z0-9'’.]+\s+){0,2}?[a-z0-9'’]+)\s+(?:${STREET_SUFFIX})\b\.?(?:,?\s*(?:apt|apartment|unit|suite|ste|flat|#)\.?\s*\w+)?`,
      "gi",
    ),
    accept: plausibleStreet,
  },
  {
    name: "house-number-on-street", // "number 12 on Cedar Close"
    re: new RegExp(String.raw`\b(?:number|no\.?)\s+(\d{1,5})\s+(?:on|in)\s+((?:[a-z'’]+\s+){0,2}[a-z'’]+)\s+(?:${STREET_SUFFIX})\b`, "gi"),
    accept: plausibleStreet,
  },
  { name: "broadway", re: /(?<![\w\/.,-])\d{1,5}\s+broadway\b(?:\s+(?:suite|ste|apt|unit|#)\.?\s*\w+)?/gi },
  { name: "continental", re: /(?<![\w\/.,-])\d{1,4},?\s+(?:rue|calle|via|avenida|strada)\s+(?:(?:de|del|la|du|des)\s+)?\p{L}+/giu },
  { name: "germanic", re: /(?<!\p{L})\p{L}+(?:straße|strasse|str\.|weg|gasse|platz)\s+\d{1,4}[a-z]?\b/giu },
  // UK postcode, upper case only so "ab12 cde" style plates and part codes stay out.
  { name: "uk-postcode", re: /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g },
  { name: "intersection", re: /\b(?:corner|intersection)\s+of\s+(?!the\b|a\b|my\b|your\b)[\w.]+(?:\s+[\w.]+)?\s+(?:and|&)\s+[\w.]+/gi },
  { name: "my-address-is", re: /\b(?:my|our)\s+(?:home\s+|shop\s+|work\s+)?address\s*(?:is\b|:)|\baddress\s*(?:is|:)\s*(?=flat|apt|unit|\d)/gi },
  { name: "your-address", re: /\b(?:your|ur)\s+(?:home\s+)?address\b/gi },
];

// ----- SOCIAL_HANDLE ------------------------------------------------------------------
// A bare platform name is innocent ("I watched a youtube video"); we need a handle or a
// "find/add/follow me on ..." / "my insta is ..." cue.

const PLATFORM =
  "insta(?:gram)?|ig|snap(?:chat)?|tik\\s?tok|facebook|fb|twitter|telegram|tg|discord|youtube|linkedin|reddit|threads|twitch|pinterest";

const SOCIAL_PATTERNS: Pattern[] = [
  { name: "at-handle", re: /(?<![\w.@])@[A-Za-z_][A-Za-z0-9_.-]{0,28}[A-Za-z0-9_]/g },
  { name: "spaced-at-handle", re: /\b(?:follow|add|dm|tag)\s+(?:me\s+)?@\s+[A-Za-z_][\w.]{2,}/gi },
  {
    name: "my-platform-is", // "my insta is mikesgarage", "my discord is wrenchy#4412"
    re: new RegExp(
      String.raw`\bmy\s+(?:${PLATFORM})(?:\s+(?:handle|username|user\s*name|name|account|page|profile|channel|id))?\s*(?:is|'s|:|=)\s*@?[\w.#\/-]+`,
      "gi",
    ),
  },
  { name: "my-platform-page", re: new RegExp(String.raw`\bmy\s+(?:${PLATFORM})\s+(?:channel|page|account|profile|handle)\b`, "gi") },
  {
    name: "find-me-on", // "find me on facebook", "DM me on insta", "hmu on snap", "dms on instagram"
    re: new RegExp(
      String.raw`\b(?:(?:find|add|follow|dm|pm|message|msg|hit|look|search|reach|contact|ping|text|catch|friend)\s+(?:me|us)|hmu|dms?)\s+(?:up\s+)?(?:on|via|through|at|over|in)\s+(?:my\s+|our\s+)?(?:${PLATFORM})\b(?:\s*[,:]\s*(?:(?:username|user\s*name|name|handle|listed\s+as|as|it'?s)\s+)?[@\w.'’]+(?:[ \t]+[A-Z@][\w.'’]*){0,3})?`,
      "gi",
    ),
  },
  {
    name: "on-platform-as", // "I'm on IG as wrench.wizard", "find us on tiktok under brakeboss"
    re: new RegExp(String.raw`\bon\s+(?:${PLATFORM})\s+(?:as|under)\s+@?[\w.'’-]+`, "gi"),
  },
  {
    name: "are-you-on", // "are you on insta?", "we're on tiktok"
    re: new RegExp(String.raw`\b(?:are\s+(?:you|u)|r\s+u|i'?m|i\s+am|we'?re|we\s+are)\s+on\s+(?:${PLATFORM})\b`, "gi"),
  },
  {
    name: "follow-my-page-on", // "Follow my page on insta"
    re: new RegExp(String.raw`\b(?:follow|like|check\s+out|subscribe\s+to)\s+(?:my|our)\s+\w+\s+on\s+(?:${PLATFORM})\b`, "gi"),
  },
  {
    name: "search-name-on", // "search Mike's Mobile Mechanic on facebook" (a capitalised name)
    re: new RegExp(String.raw`\b(?:search|look\s+up|google)\s+(?:for\s+)?((?:\S+\s+){1,5}?)on\s+(?:${PLATFORM})\b`, "gi"),
    accept: (m) => /^[A-Z]/.test(m[1] ?? ""),
  },
  {
    name: "platform-label", // "IG: @x", "sc: dan_the_man", "tg - fixit"
    re: /\b(?:ig|sc|snap|insta|tg|fb|tiktok|twitter|discord)\s*[:\-]\s*@?[A-Za-z0-9_.]{3,}/gi,
  },
  {
    name: "platform-then-handle", // "snap turboTom99", "instagram mike.fixes.cars"
    re: /\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|telegram|discord|twitter|facebook|fb)\s+@?(?=[A-Za-z0-9_.]*[\d_.])[A-Za-z][A-Za-z0-9_.]{2,29}\b/gi,
  },
  { name: "profile-url", re: /\b(?:instagram|facebook|fb|tiktok|twitter|x|youtube|linkedin|snapchat)\.com\/[\w.@\/-]+/gi },
  { name: "reddit-user", re: /(?<![\w\/])u\/[A-Za-z0-9_-]{3,}/g },
];

// ----- MESSAGING_APP ------------------------------------------------------------------
// WhatsApp, Telegram, Viber, WeChat, Skype, iMessage, FaceTime and Kik have no innocent meaning
// in car-repair chat, except when a customer describes their infotainment ("android auto
// won't read my whatsapp messages"). Signal, Line, Messenger and Zoom collide with car words
// ("turn signal", "fuel line", "zoom on the camera"), so they need a cue.

const INFOTAINMENT = /\b(?:carplay|android\s+auto|bluetooth|infotainment|head\s*unit|stereo|sync|screen)\b/i;

const MESSAGING_PATTERNS: Pattern[] = [
  {
    name: "app-name",
    // w+h?a?t+s+ a+p+ covers whatsapp / whats app / whatsap / watsap / whtsapp but not "wassup".
    re: /\b(?:w+h?a?t+s+\s?a+p+|telegr?a?m|viber|we\s?chat|skype|imessage|facetime|kik)\b/gi,
    accept: (m, ctx) => !(INFOTAINMENT.test(before(ctx, m, 60)) && /^\s*(?:messages?|notifications?|calls?|audio|chats?)\b/i.test(after(ctx, m, 20))),
  },
  {
    name: "signal",
    re: /\b(?:(?:message|msg|text|call|reach|contact|hit|add|find|ping|dm|pm)\s+(?:me|us)\s+(?:up\s+)?(?:on|via|over|through)\s+signal|(?:are\s+you|r\s+u|you|u)\s+on\s+signal|do\s+(?:you|u)\s+(?:use|have)\s+signal|signal\s+app)\b/gi,
  },
  {
    name: "app-id", // "my wechat id is li_auto88", "kik me: wrenchboy", "on telegram as turbotim", "Line ID: kenji"
    re: /\b(?:w+h?a?t+s+\s?a+p+|telegr?a?m|viber|we\s?chat|skype|kik)(?:\s+me)?(?:\s+(?:id|name|handle|username|user\s*name)\s*(?:is|:|=)?|\s*[:=]|\s+as)\s*@?(?=[\w.+-]*[a-z])[\w.+-]{3,}/gi,
  },
  { name: "line-id", re: /\bline\s*(?:id|app)\b(?:\s*(?:is|:|=)\s*@?[\w.+-]{3,})?/gi },
  { name: "messenger", re: /\b(?:(?:fb|facebook)\s+messenger|on\s+messenger)\b/gi },
  { name: "video-call", re: /\b(?:zoom\s+(?:call|meeting|chat)|on\s+zoom|google\s+meet|teams\s+call)\b/gi },
  { name: "chat-link", re: /\b(?:wa\.me|t\.me|m\.me)\/[\w.+-]+/gi },
];

// ----- OFF_PLATFORM_REQUEST -----------------------------------------------------------

/** "... here", "... in the app", "... through the app": the platform's own call/message features. */
const IN_PLATFORM_TAIL =
  /^\s*(?:back\s+)?(?:here\b|on\s+here\b|in[\s-]app\b|(?:in|through|via|on|using)\s+(?:the|this)\s+(?:app|platform|chat|thread|messenger)\b|through\s+(?:the\s+)?app\b)/i;
/** "... the photos here in the chat": an explicit in-platform qualifier later in the same clause. */
const IN_PLATFORM_LATER = /\b(?:here\s+(?:in|on|through)|on\s+here|in[\s-]app|(?:in|through|via|on|using)\s+(?:the|this)\s+(?:app|platform|chat|thread|messenger))\b/i;
/** "... when it's done", "... once you know", "... if the light comes back": a notification request. */
const NOTIFY_TAIL = /^\s*(?:back\s+)?,?\s*(?:when|once|as\s+soon\s+as|after|if|whenever|the\s+(?:moment|minute))\b/i;
const CALL_ME_IDIOM = /^\s*(?:crazy|old[\s-]fashioned|paranoid|stupid|skeptical|sceptical|picky|lazy|cautious|a|an)\b/i;

function contactVerbIsOffPlatform(m: RegExpExecArray, ctx: MatchContext): boolean {
  const tail = after(ctx, m, 60);
  const clause = tail.split(/[.!?\n]/)[0] ?? "";
  if (IN_PLATFORM_TAIL.test(tail) || NOTIFY_TAIL.test(tail) || IN_PLATFORM_LATER.test(clause)) return false;
  if (/^call\s+me$/i.test(m[0]) && CALL_ME_IDIOM.test(tail)) return false;
  return true;
}

const OFF_PLATFORM_PATTERNS: Pattern[] = [
  {
    name: "contact-verb", // see the rule at the top of the file
    re: /\b(?:(?:call|ring|phone|text|txt|sms|e-?mail|reach|contact)\s+(?:me|us|you)|reach\s+out\s+to\s+(?:me|us)|hit\s+(?:me|us)\s+up|give\s+(?:me|us)\s+a\s+(?:call|ring|buzz|bell|text|shout)|(?:shoot|send|drop)\s+(?:me|us)\s+an?\s+(?:text|txt|sms|e-?mail|line)|call\s*(?:\/|or|and|&)\s*text|text\s*(?:\/|or|and|&)\s*call)\b/gi,
    accept: contactVerbIsOffPlatform,
  },
  {
    name: "prefer-you-call", // "I'd rather you just rang me", "easier if you text me"
    re: /\b(?:rather|prefer(?:red)?|better\s+if|easier\s+if|quicker\s+if)\s+(?:if\s+)?you\s+(?:just\s+)?(?:rang|called|phoned|texted|call|ring|phone|text)\s+(?:me|us)\b/gi,
  },
  {
    name: "my-number", // "my number is", "my number ends in" (not "my number plate", "my number 3 cylinder")
    re: /\b(?:my|our)\s+(?:phone\s+|cell\s+|mobile\s+|personal\s+|work\s+|home\s+)?(?:number|num|digits)\b(?!\s*(?:plate|\d|for\b|on\s+file))/gi,
  },
  {
    name: "my-cell-is", // "my cell is", "my personal cell is better", "my mobile:"
    re: /\b(?:my|our)\s+(?:personal\s+|private\s+|direct\s+|work\s+|other\s+)?(?:cell(?:\s*phone)?|mobile|cellphone)(?:\s+(?:number|num|no\.?))?\s*(?:is\b|'s\b|:|#)/gi,
  },
  {
    name: "your-number", // "give me your number", "whats ur #", "send me your personal email"
    re: /\b(?:your|ur|yr)\s+(?:personal\s+|private\s+|direct\s+|work\s+)?(?:(?:phone|cell|mobile)(?:\s*(?:number|num|no))?|number|num|digits|e-?mail(?:\s+address)?|whatsapp|#)(?!\w)/gi,
  },
  {
    name: "send-you-my", // "I'll send you my number", "I'll give you my cell"
    re: /\b(?:send|give|pass|text|dm|pm)\s+(?:you\s+)?my\s+(?:personal\s+|private\s+|direct\s+|work\s+|home\s+)?(?:number|num|#|cell|mobile|phone(?:\s+number)?|e-?mail|address|contact(?:\s+(?:info|details))?|details|digits|socials|whatsapp|cash\s?app|venmo|paypal)(?!\w)/gi,
  },
  { name: "direct-line", re: /\b(?:direct|private|personal)\s+(?:line|number)\b|\bnumber\s+to\s+(?:reach|call|text|contact)\b/gi },
  {
    name: "take-it-offline", // "let's take this offline", "move this conversation elsewhere"
    re: /\b(?:take|move|continue|talk|chat|discuss|keep|do|sort|settle|handle|arrange|finish)\s+(?:(?:this|it|things|the\s+(?:conversation|chat|job|deal)|this\s+(?:conversation|chat|job))(?:\s+out)?\s+)?(?:offline|elsewhere|somewhere\s+else|privately|in\s+private)\b/gi,
  },
  {
    name: "around-the-platform", // "outside the app", "skip the platform fees", "cut out the middleman"
    re: /\b(?:off|outside(?:\s+of)?|without|bypass(?:ing)?|skip(?:ping)?|avoid(?:ing)?|cut(?:ting)?\s+out|around)\s+(?:the\s+|this\s+)?(?:app|platform|site|autodoctor|middle\s*man|(?:app|platform|service)\s+fees?)\b|\b(?:off|outside(?:\s+of)?)\s+here\b|\bno\s+middle\s*man\b/gi,
  },
  { name: "save-the-fees", re: /\bsave\s+(?:us|you|me)(?:\s+both)?\s+the\s+(?:app\s+|platform\s+|service\s+|booking\s+)?fees?\b/gi },
  { name: "deal-directly", re: /\b(?:deal|work|do\s+business|book)\s+(?:with\s+(?:me|us)\s+)?direct(?:ly)?\b/gi },
  { name: "dont-book-here", re: /\b(?:don'?t|do\s+not)\s+book\s+(?:it\s+)?(?:through|on|via|in)\s+(?:the\s+)?(?:app|platform)\b/gi },
  { name: "off-the-books", re: /\b(?:off\s+the\s+books|under\s+the\s+table|no\s+receipt)\b/gi },
  { name: "settle-between-us", re: /\b(?:sort|settle|handle|arrange|do)\s+(?:the\s+)?(?:payment|money|cash|it|this)\s+between\s+(?:us|ourselves)\b/gi },
  {
    name: "payment-app", // no in-platform meaning; checkout is through the platform only
    re: /\b(?:paypal\.me\/[\w.-]+|venmo|zelle|cash\s?app|paypal|e-?transfer|interac|revolut|western\s+union|moneygram|bank\s+transfer|wire\s+transfer|bitcoin|crypto|sort\s+code|routing\s+number|iban)\b/gi,
  },
  { name: "cashtag", re: /(?<![\w$])\$[A-Za-z][A-Za-z0-9_]{2,}/g },
  {
    name: "pay-directly", // "pay me directly", "I'll pay you direct", "pay you in cash"
    re: /\bpay(?:ing)?\s+(?:me|you|him|them)\s+(?:direct(?:ly)?|straight|outside|privately|personally|in\s+person)\b/gi,
  },
  {
    name: "cash", // "pay cash", "cash only", "$300 cash"; but not "I paid cash for the car in 2015"
    re: /\bpay(?:ing)?\s+(?:me\s+|you\s+)?(?:in\s+)?cash\b|\bpay\b[^.!?\n]{0,25}?\b(?:in|with|by)\s+cash\b|\bcash\s+(?:only|deal|job|in\s+hand|payment)\b|\b(?:do|fix|sort)\s+(?:it|this|the\s+job)\s+for\s+cash\b|\b(?:take|takes|accept|accepts)\s+cash\b|(?<=\d\s{0,2})cash\b(?!\s*back)/gi,
  },
  {
    name: "meet-in-person", // "meet me at", "let's meet up"; not "I'll meet the tow truck"
    re: /\bmeet\s+(?:up|in\s+person|me|you|somewhere)\b/gi,
  },
  {
    name: "my-place", // "come by my shop", "come round mine"; not "I'll take it to my local garage"
    re: /\b(?:come|drop|swing|pop|stop)\s+(?:over\s+|by\s+|round\s+|around\s+|in\s+)?(?:to\s+|at\s+)?(?:my|our)\s+(?:place|house|home|shop|garage|workshop|yard|unit)\b|\b(?:come|pop)\s+(?:round|over|by|to)\s+mine\b/gi,
  },
  {
    name: "your-place", // "I can come to your house", "I'll come over to your place"
    re: /\b(?:come|drive|pop|swing)\s+(?:over\s+|out\s+|round\s+|by\s+)?(?:to\s+)?(?:your|ur)\s+(?:place|house|home|work|office|location|driveway)\b|\b(?:i|we)\s*(?:can|could|will|'ll)\s+come\s+(?:out\s+)?to\s+you\b/gi,
  },
  { name: "phone-conversation", re: /\b(?:talk|chat|speak|discuss(?:\s+it)?)\s+(?:on|over)\s+the\s+phone\b/gi },
  { name: "my-website", re: /\b(?:my|our)\s+(?:web\s?site|site|web\s+page)\b(?:\s+(?:is\s+)?[\w-]+(?:\.[\w-]+)+)?/gi },
  { name: "google-my-shop", re: /\b(?:google|look\s+up|search\s+for)\s+(?:my|our)\s+(?:shop|business|garage|company|name|page)\b/gi },
];

const FAMILIES: Array<{ kind: ContactKind; patterns: Pattern[] }> = [
  { kind: "PHONE", patterns: PHONE_PATTERNS },
  { kind: "EMAIL", patterns: EMAIL_PATTERNS },
  { kind: "ADDRESS", patterns: ADDRESS_PATTERNS },
  { kind: "SOCIAL_HANDLE", patterns: SOCIAL_PATTERNS },
  { kind: "MESSAGING_APP", patterns: MESSAGING_PATTERNS },
  { kind: "OFF_PLATFORM_REQUEST", patterns: OFF_PLATFORM_PATTERNS },
];

// ---------------------------------------------------------------------------------------
// 3. Detection, span mapping and masking
// ---------------------------------------------------------------------------------------

function findAll(p: Pattern, ctx: MatchContext): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const re = p.re;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (p.accept && !p.accept(m, ctx)) {
      re.lastIndex = m.index + 1; // a shorter/later match may still be valid
      continue;
    }
    // Spans never start or end on whitespace, so masks keep the surrounding spacing.
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    found.push([m.index + lead, m.index + m[0].length - trail]);
  }
  return found;
}

/**
 * Gap between spans that still counts as "adjacent" for masking: whitespace, separators and
 * the linking words of "call me at <number>", "zelle to <number>", "meet me at <address>".
 */
const MERGEABLE_GAP = /^(?:[\s,;:\-\/|]|\b(?:at|on|via|to|is)\b)*$/i;

function mask(message: string, spans: ContactSpan[]): string {
  const ranges = spans.map((s) => [s.start, s.end] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    if (last && (s <= last[1] || MERGEABLE_GAP.test(message.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = "";
  let pos = 0;
  for (const [s, e] of merged) {
    out += message.slice(pos, s) + MASK;
    pos = e;
  }
  return out + message.slice(pos);
}

export function detectContactDetails(message: string): ContactDetection {
  const norm = normalise(message);
  const ctx: MatchContext = { text: norm.text, synth: norm.synth };
  const seen = new Set<string>();
  const spans: ContactSpan[] = [];
  for (const family of FAMILIES) {
    for (const pattern of family.patterns) {
      for (const [s, e] of findAll(pattern, ctx)) {
        const start = norm.from[s] ?? 0;
        const end = norm.to[e - 1] ?? start;
        const key = `${family.kind}:${start}:${end}`;
        if (end <= start || seen.has(key)) continue;
        seen.add(key);
        spans.push({ kind: family.kind, start, end });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const kinds = [...new Set(spans.map((s) => s.kind))].sort();
  return { kinds, masked: mask(message, spans), spans };
}

/** What `detectAcrossMessages` found in a sender's run of consecutive messages. */
export interface SequenceDetection {
  /** The new message's detection, including parts of a detail that started in earlier messages. */
  current: ContactDetection;
  /**
   * One entry per earlier message, in the order given: a new detection when this message now
   * masks more than it did on its own (its part of a split detail), otherwise null.
   */
  earlier: Array<ContactDetection | null>;
}

/** Separator between joined messages: a line break, as a reader sees consecutive messages. */
const MESSAGE_JOIN = "\n";

/**
 * Detects a contact detail spread over consecutive messages of one sender ("303 555" then "0178").
 * `earlier` are the sender's preceding messages in the conversation, oldest first, with no message
 * of anyone else between them and `current` (the caller picks the window, a few messages). Spans
 * of the joined text are mapped back to each message; an earlier message is re-reported only when
 * its mask grows, so it can be masked retroactively for the reader.
 */
export function detectAcrossMessages(earlier: readonly string[], current: string): SequenceDetection {
  const own = detectContactDetails(current);
  if (earlier.length === 0) return { current: own, earlier: [] };
  const parts = [...earlier, current];
  const starts: number[] = [];
  let joined = "";
  for (const part of parts) {
    if (joined.length > 0) joined += MESSAGE_JOIN;
    starts.push(joined.length);
    joined += part;
  }
  const whole = detectContactDetails(joined);
  const perPart: ContactSpan[][] = parts.map(() => []);
  for (const span of whole.spans) {
    parts.forEach((part, i) => {
      const start = Math.max(span.start, starts[i]!) - starts[i]!;
      const end = Math.min(span.end, starts[i]! + part.length) - starts[i]!;
      if (end > start) perPart[i]!.push({ kind: span.kind, start, end });
    });
  }
  const merged = (text: string, alone: ContactDetection, extra: ContactSpan[]): ContactDetection => {
    const spans = [...alone.spans, ...extra.filter((s) => !alone.spans.some((a) => a.kind === s.kind && a.start <= s.start && a.end >= s.end))];
    spans.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
    return { kinds: [...new Set(spans.map((s) => s.kind))].sort(), masked: mask(text, spans), spans };
  };
  const currentDetection = merged(current, own, perPart[parts.length - 1]!);
  const earlierDetections = earlier.map((text, i) => {
    const alone = detectContactDetails(text);
    const next = merged(text, alone, perPart[i]!);
    return next.masked === alone.masked ? null : next;
  });
  return { current: currentDetection, earlier: earlierDetections };
}
