/**
 * A full name, or the surname that completes one, given by a frame the other name rules do not read (round 52):
 *
 *   SURNAME BARE   the surname after its label with no "is" or colon, once a first name is given or the word is
 *                  no English word: "my name is Aiden full stop surname Fitzgerald", "I'm Bronagh, surname Mulcahy".
 *   TAGALOG        "<name> po pangalan ko" (my name), "<surname> apelyido nya" (his surname), "apelyido ko ay Cruz",
 *                  a first name alone on the line before joined to it ("Rodel" / "Cruz apelyido nya").
 *   DESCRIBED      the surname told by what it sounds like, whom it shares, or spelled out: "my last name rhymes
 *                  with 'Bach' but it's spelled K-O-C-H", "surname same as the president on the five dollar bill",
 *                  with the first name said before it ("my name's Marcus, ...") masked along.
 *   FOR WHOM       a full name the car or the job is for: "it's for Priya Ramaswamy's Golf", "the car is for
 *                  rodriguez, joel rodriguez" (a surname said, then first name and surname).
 *   ASKED          the other side's surname or full name asked for: "whats ur surname?", "what's your full name".
 *
 * Every name passes the word tests the other rules use (`nameWordIsPlausible`, `ownNameIsPlausible`: no make,
 * business, everyday or greeting word), and none is read under a negation. A surname said to be wrong, missing or
 * the same as on the booking is what phrases.ts's `SAID_OF_A_SURNAME` reads; a public figure's name in passing
 * ("Scotty Kilmer's video") has no frame here.
 */
import { caseless, groupSpan, negatedBefore, type Pattern } from "./context.ts";
import { nameWordIsPlausible, OWN_NAME, ownNameIsPlausible, surnameIsPlausible } from "./phrases.ts";
import { CAR_MAKES, isEnglishWord } from "./vocabulary.ts";

/** One name word: a capital, small letters, the Irish and Scottish prefixes, hyphenated parts ("O'Rourke", "McNulty", "Ferguson-Grant"). */
const WORD = String.raw`(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*`;
/** A surname's label, its first letter in either case: "surname", "Last name", "family name", "lastname". */
const SURNAME_LABEL = String.raw`(?:[Ss]ur\s*|[Ll]ast\s*|[Ff]amily\s+)name`;
/** The same in any case ("my LAST NAME"), where no capital after it must be told apart. */
const SURNAME_LABEL_ANY_CASE = caseless(String.raw`(?:sur\s*|last\s*|family\s+)name`);
/** The writer's first name given before: "my name is Aiden", "name's Tanya", "I'm Bronagh". */
const FIRST_GIVEN = String.raw`(?:${caseless(String.raw`(?:my\s+(?:first\s+)?name\s*(?:is|['’]s|:)|(?:first\s+)?name['’]s|i['’]?m|im)`)}\s+${WORD})`;
const FIRST_GIVEN_RE = new RegExp(FIRST_GIVEN);

/** Words said of a surname rather than giving it, capitalised opening a clause ("Surname Field is empty"): no surname. */
const NOT_A_SURNAME = /^(?:Field|Box|Line|Column|Section|Spelling|Is|Was|Missing|Wrong|Required|Optional|Please|Only|Same|Too|Also|On|In)$/;

/**
 * Public people and things a surname may be likened to ("same as the president on the five dollar bill", "like the
 * singer"): the likening gives the surname away to anyone who looks it up.
 */
const FAMOUS = String.raw`president|prime\s+minister|pm|king|queen|prince|princess|singer|rapper|band|actor|actress|comedian|presenter|host|footballer|player|golfer|boxer|racing\s+driver|f1\s+driver|author|writer|poet|painter|artist|explorer|scientist|inventor|chef|astronaut|general|saint|bill|note|coin|beer|whisky|whiskey|cartoon|character|film|movie|show|song|brand|ketchup|soup`;

/** A surname described: rhymes with a word, is the same as or like a public figure's, or is spelled out in letters (which the normaliser closes up into capitals). */
const DESCRIBED = String.raw`(?:rhymes?\s+with\s+(?:['‘"“][A-Za-z]+|[A-Z][a-z]+)[^.!?\n]{0,40}?(?:spelled|spelt)\s+(?:like\s+)?[A-Z]{3,}(?![\w'’-])|rhymes?\s+with\s+(?:['‘"“][A-Za-z]+['’"”]?|[A-Z][a-z]+)|(?:(?:the\s+)?same\s+as|like)\s+(?:the|that)\s+[^.!?\n]{0,30}?\b(?:${FAMOUS})\b[^.!?,\n]{0,40}|(?:spelled|spelt)\s+(?:like\s+)?[A-Z]{3,}(?![\w'’-]))`;

/** A word after "apelyido"/"pangalan" that is Tagalog, no name: "ko", "niya", "po", "ay", "si", "ng". */
const TAGALOG_WORD = /^(?:Ko|Niya|Nya|Nila|Namin|Po|Ay|Si|Ng|Yung|Ang|Sa|Na)$/;

/** "Priya Ramaswamy" / "Jerome dela Paz": every word a name word, Tagalog and Spanish particles between. */
const namedWords = (name: string): boolean =>
  name
    .split(/\s+/)
    .filter((w) => !/^(?:de|dela|del|delos|la|los|san|sta)$/i.test(w))
    .every((w) => nameWordIsPlausible(w) && !TAGALOG_WORD.test(w));

/** A full stop dictated ("my name is Aiden full stop surname ..."), written as the stop it is, the text's offsets kept: it ends a clause. */
const dictatedStops = (text: string): string => text.replace(/\bfull\s+stop\b/gi, (w) => "." + " ".repeat(w.length - 1));

/** The surname after a bare label is one: a name word, not a field's word, and no English word unless a first name was given. */
function bareSurname(m: RegExpExecArray, text: string): boolean {
  const n = m.groups?.n ?? "";
  if (NOT_A_SURNAME.test(n) || !nameWordIsPlausible(n) || negatedBefore(dictatedStops(text), m.index)) return false;
  return surnameIsPlausible(n) || FIRST_GIVEN_RE.test(text);
}

/** A name before its possessive ("Priya Ramaswamy's Golf" gives "Priya Ramaswamy"), or the whole. */
const ownerOf = (name: string): string => /^(.*?)['’]s\s/.exec(name)?.[1] ?? name;

/**
 * The surname repeated after the first name ("rodriguez, joel rodriguez"): a surname of four letters or more, neither
 * word an English word, make or everyday word ("rotors, front rotors", "hilux, toyota hilux" name a part or a
 * model again; the Hindi "hai, sahi hai" repeats a particle).
 */
function restated(m: RegExpExecArray, text: string): boolean {
  const { s = "", f = "" } = m.groups ?? {};
  const surname = s.length >= 4 && nameWordIsPlausible(s) && !CAR_MAKES.has(s.toLowerCase()) && !isEnglishWord(s);
  return surname && nameWordIsPlausible(f) && !CAR_MAKES.has(f.toLowerCase()) && !isEnglishWord(f) && !negatedBefore(text, m.index);
}

export const NAMES_OWNED_PATTERNS: Pattern[] = [
  {
    kind: "FULL_NAME", // SURNAME BARE: "my name is Aiden full stop surname Fitzgerald", "I'm Bronagh, surname Mulcahy"
    re: new RegExp(String.raw`(?<![\w'’])(?<!\b(?:the|a|an|your|ur|his|her|their|that|this|whose|which|what['’]?s|whats)\s)${SURNAME_LABEL}\s+(?<n>${WORD})(?![\w'’-])`, "gd"),
    accept: bareSurname,
    span: (m) => groupSpan(m, "n"),
    words: ["surname", "lastname", "name"],
  },
  {
    kind: "FULL_NAME", // TAGALOG: "Jerome dela Paz po pangalan ko", "Rodel\nCruz apelyido nya"
    re: new RegExp(
      String.raw`(?<![\w'’])(?<n>(?:${WORD}[ \t]*\n[ \t]*)?${WORD}(?:\s+(?:(?:de|dela|del|delos|de\s+la|san|sta)\s+)?${WORD}){0,3})\s+(?:${caseless(String.raw`po\s+`)})?(?:${caseless(String.raw`ang\s+`)})?(?<label>${caseless("pangalan|apelyido")})\s+${caseless("(?:ko|niya|nya|nila|namin)")}\b`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      // "pangalan" (name) wants a full name; "apelyido" (surname) is one word at least.
      const enough = m.groups?.label?.toLowerCase() === "apelyido" || n.split(/\s+/).length >= 2;
      return /^[A-Z]/.test(n) && enough && namedWords(n) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
    words: ["pangalan", "apelyido"],
  },
  {
    kind: "FULL_NAME", // TAGALOG: "apelyido ko ay Cruz", "apelyido niya: Dizon"
    re: new RegExp(String.raw`\b${caseless(String.raw`apelyido\s+(?:ko|niya|nya|nila)\s*(?:po\s+)?(?:ay\s+)?(?:si\s+)?`)}[:,-]?\s*(?<n>${WORD})(?![\w'’-])`, "gd"),
    accept: (m, text) => namedWords(m.groups?.n ?? "") && /^[A-Z]/.test(m.groups?.n ?? "") && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "n"),
    words: ["apelyido"],
  },
  {
    kind: "FULL_NAME", // DESCRIBED: "My name is Rhonda and my last name rhymes with 'Bach' but it's spelled K-O-C-H"
    re: new RegExp(String.raw`(?:${FIRST_GIVEN}[^.!?\n]{0,30}?)?(?<![\w'’])(?:(?:my|our)\s+)?${SURNAME_LABEL_ANY_CASE}\s*(?:is\s+|['’]s\s+)?(?:just\s+|basically\s+|kinda\s+)?${DESCRIBED}`, "gd"),
    accept: (m, text) => !negatedBefore(text, m.index),
    words: ["surname", "lastname", "name"],
  },
  {
    kind: "FULL_NAME", // FOR WHOM: "Tell the advisor it's for Priya Ramaswamy's Golf", "the job is for Declan Featherstone"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:it['’]?s|it\s+is|(?:the\s+)?(?:car|booking|job|order|repair|vehicle|appointment|quote|truck|van|ute|bike|work|parts?)\s+(?:is|are)|booked|book\s+it)\s+for`)}\s+(?<n>${OWN_NAME})(?=['’]s\s+[A-Za-z]|(?![\w'’-])\s*(?:[,.!?;:)\n]|$|(?:and|who|she|he|my|her|his|please|pls|thanks)\b))`,
      "gd",
    ),
    // "Priya Ramaswamy's Golf": the name is what comes before the possessive.
    accept: (m, text) => ownNameIsPlausible(ownerOf(m.groups?.n ?? "")) && !negatedBefore(text, m.index),
    span: (m) => {
      const at = groupSpan(m, "n");
      return at && [at[0], at[0] + ownerOf(m.groups?.n ?? "").length];
    },
    words: "it's its it car booking job order repair vehicle appointment quote truck van ute bike work part parts booked book".split(" "),
  },
  {
    kind: "FULL_NAME", // FOR WHOM: "the car is for rodriguez, joel rodriguez": a surname, then the first name and the surname again
    re: /(?<![\w'’-])(?<s>[A-Za-z][a-z'’-]{2,}),\s+(?<f>[A-Za-z][a-z]+)\s+\k<s>(?![\w'’-])/dg,
    accept: restated,
  },
  {
    kind: "FULL_NAME", // ASKED: "whats ur surname?", "what's your full name", "can I get your last name"
    re: /\b(?:what(?:['’]?s|\s+is)|whats|wats|can\s+i\s+(?:get|have)|send\s+me|give\s+me)\s+(?:your|ur|yr|you['’]?re)\s+(?:full\s+name|real\s+name|sur\s*name|last\s*name|family\s+name)\b(?![^.!?\n]{0,30}\b(?:on|in|for)\s+(?:the\s+)?(?:booking|app|account|profile|here|form|invoice)\b)\s*\??/dgi,
    accept: (m, text) => !negatedBefore(text, m.index),
    words: ["surname", "lastname", "name"],
  },
];
