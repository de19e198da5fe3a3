/**
 * Pieces of a phone number announced around the number found in the same message (issue 13,
 * round 12): the area code said after the rest ("555 first then 0138, area code is 303", "the last
 * 4 are 0187, prefix 555, area 206") or said to go in front ("put 310 in front of 555-0188"). The
 * number rules read a piece before the rest; this reads the piece named as the number's area code,
 * prefix or front wherever it stands, once a number has been found near it, so no piece of the
 * number stays readable. Round 17: the place a piece of a number sent over several messages says
 * it takes (`piecePlace`), and the count of digits said before a piece (`countLead`), for the
 * joining of such pieces (contact-detector.ts, joinedPhones).
 */
import { CAR_MAKES } from "./address.ts";
import { atWords, matchesOf } from "./context.ts";
import { PUBLISHERS } from "./links.ts";
import { skeletonAlternation } from "./normalise.ts";
import { UNIT_AFTER } from "./phone.ts";
import type { Hit } from "./types.ts";

/** An area code, prefix or dialling code named, then its digits: "area code is 303", "area 206", "prefix: 0207", "prefix with 0" (the trunk zero). */
const NAMED_PIECE =
  /\b(?:area(?:\s+code)?|prefix|std(?:\s+code)?|dial(?:l?ing)?\s+code|country\s+code|code\s+(?:de\s+)?(?:zone|area)|vorwahl|lada|ddd|indicativo)\s*(?:is|=|:|of|['’]s|es|ist|e|(?:it\s+)?with)?\s*(?<d>\+?\d{2,5}|0)(?![\d.,:\/-]|\s*(?:%|°|k\b|mph|miles|km|psi|rpm|\$))/gi;
/** Digits said to go in front of the number: "put 310 in front", "stick 0161 before it", "add 512 at the start". */
const FRONT_PIECE = /\b(?:put|stick|add|pop|whack)\s+(?<d>\+?\d{2,5})\s+(?:in\s+front|before|first|at\s+the\s+(?:start|front|beginning))\b/gi;

/** How far (characters) an announced piece may stand from the number it belongs to. */
const PIECE_REACH = 80;

/**
 * Adds a PHONE hit for each area code, prefix or front piece announced within PIECE_REACH
 * characters of a phone number already found in `text` (normalised offsets), unless a phone hit
 * already covers it.
 */
export function findAnnouncedPieces(text: string, hits: Hit[]): void {
  const phones = hits.filter((h) => h.kind === "PHONE" && h.detail);
  if (phones.length === 0) return;
  for (const re of [NAMED_PIECE, FRONT_PIECE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const digits = m.groups?.d ?? "";
      const start = m.index + m[0].lastIndexOf(digits);
      const end = start + digits.length;
      const near = phones.some((p) => start < p.end + PIECE_REACH && end > p.start - PIECE_REACH);
      const covered = phones.some((p) => p.start <= start && p.end >= end);
      if (near && !covered) hits.push({ kind: "PHONE", start, end, detail: true });
    }
  }
}

/**
 * Where a piece of a number says it goes, read from the words beside it in its own message: the
 * front ("area code 614", "first three are 832", "starts with 720", "put 303 in front", "prefix
 * with 0"), the back ("last four 0116", "ends in 0147", "the rest is 555 0134", "042 at the end"), or
 * unsaid. People announce the pieces' places when they send them out of order.
 */
export type PiecePlace = "front" | "unsaid" | "back";

/** Words before a piece that put it in front: "area code", "prefix", "first bit is", "starts with", "country code". */
const FRONT_BEFORE = /\b(?:area|prefix|country|first|1st|starts?|starting|begins?|beginning|front)\b[^\d\n]{0,24}$/i;
/** Where a piece is said to go when it is the front: "in front", "before it", "at the start". */
const IN_FRONT = String.raw`in\s+front|before\s+(?:it|that|the\s+rest)|at\s+the\s+(?:start|front|beginning)`;
/** Words after a piece that put it in front: "303 in front", "310 first", "0 at the start", "415 before it". */
const FRONT_AFTER = new RegExp(String.raw`^[^\w\n]{0,3}(?:(?:goes\s+|comes\s+)?(?:${IN_FRONT}|first))\b`, "i");
/** Words before a piece that put it at the back: "last four", "ends in", "the rest is", "finishing with". */
const BACK_BEFORE = /\b(?:last|final|ends?|ending|rest|finish(?:es|ing)?)\b[^\d\n]{0,24}$/i;
/** Words after a piece that put it at the back: "042 at the end", "0161 last", "0199 to finish". */
const BACK_AFTER = /^[^\w\n]{0,3}(?:at\s+the\s+end|on\s+the\s+end|last|to\s+finish)\b/i;

/**
 * The place `message` gives the piece of a number at [start, end), from the words just before it
 * (in the same line) or right after it; the nearer announcement wins when both ends are named.
 */
export function piecePlace(message: string, start: number, end: number): PiecePlace {
  const before = message.slice(Math.max(0, start - 40), start);
  const after = message.slice(end, end + 30);
  if (FRONT_AFTER.test(after)) return "front";
  if (BACK_AFTER.test(after)) return "back";
  const front = FRONT_BEFORE.exec(before);
  const back = BACK_BEFORE.exec(before);
  if (front && back) return front.index > back.index ? "front" : "back";
  return front ? "front" : back ? "back" : "unsaid";
}

/** "last four 0116", "first 3: 832": a count of digits said before the piece, not a digit of it. */
const COUNT_LEAD = /^(?:one|two|three|four|five|six|seven|[1-7])\b[\s:]*(?=\S)/i;
const COUNT_NAMED_BEFORE = /\b(?:first|last|final|next|middle|other)\s+$/i;

/** How many characters at the start of the piece at `start` are a count of its digits ("four " in "last four 0116"), else 0. */
export function countLead(message: string, start: number, end: number): number {
  if (!COUNT_NAMED_BEFORE.test(message.slice(Math.max(0, start - 12), start))) return 0;
  const lead = COUNT_LEAD.exec(message.slice(start, end));
  return lead && /\d/.test(message.slice(start + lead[0].length, end)) ? lead[0].length : 0;
}

/** The front of a number named as such just before a piece: "area code is", "prefix with", "country code:", "dialling code". */
const FRONT_NAMED_BEFORE = /\b(?:area\s+code|prefix|country\s+code|dial(?:l?ing)?\s+code|std(?:\s+code)?)\b[^\d\n]{0,14}$/i;
/** Said to go in front right after a piece: "415 in front", "0 before it". */
const FRONT_NAMED_AFTER = new RegExp(String.raw`^[^\w\n]{0,3}(?:goes\s+)?(?:${IN_FRONT})\b`, "i");

/** Said to belong to a thing right after a piece: "prefix 12 on the bolt", "prefix 4 of the part code". */
const OF_A_THING_AFTER = /^\s*(?:on|of|for|in|from)\s+(?:the|a|an|my|your|that|this|its|his|her)\s+(?!(?:number|phone|cell|mobile|line|end|front|start|beginning|rest)\b)\w/i;

/**
 * True when `message` names the piece at [start, end) as the front of a number: its area code,
 * prefix or country code ("oh and the area code is 720", "prefix with 0"), or said to go in front
 * ("put 415 in front"); "first" or "starts" alone also open readings ("starts at 120") and do not
 * count, nor does a prefix said to be a thing's ("prefix 12 on the bolt").
 */
export function namedFront(message: string, start: number, end: number): boolean {
  const following = message.slice(end, end + 30);
  if (OF_A_THING_AFTER.test(following)) return false;
  return FRONT_NAMED_BEFORE.test(message.slice(Math.max(0, start - 40), start)) || FRONT_NAMED_AFTER.test(following);
}

// ----- a number described by its code named in words (round 24) ------------------------------

/**
 * Words naming the front of a phone number in the marketplace's languages: its area, country,
 * trunk or network code ("area code", "Vorwahl", "indicatif", "caracteristica", "código de área",
 * "DDD", "prefisso", "kierunkowy", "předvolba", "körzetszám", "alan kodu", "קידומת"). Written as
 * senders type them; matched through `unicodeSkeleton` as the normalised message holds them.
 */
const CODE_WORDS = [
  "area code",
  "country code",
  "dialling code",
  "dialing code",
  "std code",
  "city code",
  "landline code",
  "mobile code",
  "cell code",
  "network code",
  "operator code",
  "carrier code",
  "trunk code",
  "regional code",
  "prefix",
  "vorwahl",
  "landesvorwahl",
  "ländervorwahl",
  "ortsvorwahl",
  "handyvorwahl",
  "netzvorwahl",
  "mobilvorwahl",
  "netnummer",
  "landcode",
  "indicatif téléphonique",
  "indicatif du pays",
  "préfixe",
  "característica",
  "código de área",
  "código de país",
  "código de ciudad",
  "código de zona",
  "prefijo",
  "clave lada",
  "la lada",
  "ddd",
  "prefixo",
  "código de cidade",
  "prefisso",
  "prefixul",
  "πρόθεμα",
  "код города",
  "код оператора",
  "код страны",
  "код країни",
  "код міста",
  "префикс",
  "префікс",
  "kierunkowy",
  "prefiks",
  "předvolba",
  "körzetszám",
  "előhívó",
  "alan kodu",
  "ülke kodu",
  "operatör kodu",
  "קידומת",
  "رمز المنطقة",
  "مفتاح المنطقة",
  "مفتاح الدولة",
];
/**
 * A plain word for "code" ("code", "код", "κωδικός", "kod", "codice"): a number's front only with
 * a place or network named beside it ("the Tampa code", "κωδικός της Αθήνας"); "the error code" and
 * "the paint code" are a thing's.
 */
const PLAIN_CODE_WORDS = ["kengetal", "indicatif", "code", "codigo", "código", "codice", "код", "kod", "kodu", "κωδικός", "κωδικό", "كود", "رمز"];
/**
 * Mobile networks, whose name says which code a number opens with ("Kyivstar", "Maroc Telecom 061
 * then ..."). No maintained list of carriers ships with libphonenumber-js (its carrier data is the
 * Java library's only); these are the ones of the marketplace's regions.
 */
const NETWORK_NAMES = [
  "kyivstar",
  "lifecell",
  "vodafone",
  "inwi",
  "maroc telecom",
  "beeline",
  "megafon",
  "mts",
  "tele2",
  "turkcell",
  "türk telekom",
  "cosmote",
  "t-mobile",
  "telekom",
  "movistar",
  "tigo",
  "entel",
  "iliad",
  "sfr",
  "bouygues",
  "yettel",
  "telenor",
  "telia",
  "swisscom",
  "proximus",
  "ooredoo",
  "etisalat",
  "zain",
  "jio",
  "airtel",
  "safaricom",
  "mtn",
  "djezzy",
  "mobilis",
];
/**
 * Networks whose name is also a word or a first name ("orange", "claro", "vivo", "wind", "drei",
 * "Tim", "sunrise"): a network only written with a capital, and then only followed by "code",
 * "number", "network" or a first group that starts with 0 or "+" (a mobile's trunk prefix): "Claro,
 * después ..." and "Tim quoted 450, then 380" are a sentence's first word and a person.
 */
const CAPITALISED_NETWORK_NAMES = ["orange", "a1", "magenta", "drei", "claro", "vivo", "tim", "wind", "free mobile", "digi", "sunrise"];
/** Words that go on to the rest of the number: "then", "dann", "después", "και μετά", "потом", "potem", "aztán", "sonra", "ثم", "ואז". */
const THEN_WORDS = [
  "then",
  "and then",
  "next",
  "after that",
  "followed by",
  "anschließend",
  "después de eso",
  "a continuación",
  "dopo",
  "e dopo",
  "ύστερα",
  "после",
  "дальше",
  "dalej",
  "i dalej",
  "ardından",
  "după aceea",
  "dann",
  "danach",
  "und dann",
  "después",
  "luego",
  "y luego",
  "y después",
  "puis",
  "ensuite",
  "et puis",
  "après",
  "depois",
  "e depois",
  "poi",
  "e poi",
  "και μετά",
  "μετά",
  "потом",
  "затем",
  "далее",
  "потім",
  "далі",
  "а потім",
  "potem",
  "następnie",
  "pak",
  "potom",
  "aztán",
  "majd",
  "sonra",
  "apoi",
  "dan",
  "daarna",
  "ثم",
  "بعدين",
  "ואז",
  "אחר כך",
];
export const CODE_WORD = skeletonAlternation(CODE_WORDS);
const PLAIN_CODE = skeletonAlternation(PLAIN_CODE_WORDS);
const NETWORK = skeletonAlternation([...NETWORK_NAMES, ...CAPITALISED_NETWORK_NAMES]);
const CAPITALISED_NETWORK = new RegExp(`^(?:${skeletonAlternation(CAPITALISED_NETWORK_NAMES)})$`, "iu");
export const THEN = skeletonAlternation(THEN_WORDS);
/** Letters of any script and digits: the edges of words that may not be Latin. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** A place or network named beside a plain "code": a capitalised name before it, or one after "of", "de", "της", "города". */
const NAMED_BEFORE = /(\p{Lu}\p{Ll}{2,})[ \t]+$/u;
const NAMED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${skeletonAlternation(["of", "for", "in", "de", "del", "da", "do", "di", "della", "von", "für", "du", "της", "του", "των", "города", "оператора", "міста"])})\s+)?(\p{Lu}[\p{L}-]*)`,
  "u",
);
/** Car models whose code is a part's or a radio's ("código del Corsa", "κωδικός του Golf"), beside the makes of `CAR_MAKES`. */
const CAR_MODELS = new Set(
  "golf polo passat jetta tiguan corsa astra insignia clio megane twingo focus fiesta mondeo civic accord corolla yaris camry octavia fabia ibiza leon punto panda 500".split(" "),
);
/** A make, a model or a parts maker ("Bosch", "Valeo"): the name beside a "code" or a "prefix" that makes it a thing's. */
const isThingName = (word: string): boolean => CAR_MAKES.has(word.toLowerCase()) || CAR_MODELS.has(word.toLowerCase()) || PUBLISHERS.has(word.toLowerCase());
/** Words of a part near a "prefix": the prefix of a part number ("Bosch prefix on the box", "il prefisso è Bosch"). */
const PART_NEAR = /(?<![\p{L}])(?:parts?|box|label|sticker|filter|pads?|discs?|catalog\w*|pezzo|ricambio|pieza|repuesto|pi[eè]ce|teil|etikett)(?![\p{L}])/iu;
/** "prefix", "prefisso", "prefijo", "préfixe", "prefixo": the code words that also name a part number's front. */
const PREFIX_WORD = /^pr[eé]fi(?:x|ss|j|ks)/i;
/** A price in the gap or right after the digits ("quoted 450, then 380", "te cobro 150 200", "150 200 reais"). */
const MONEY_BEFORE =
  /(?<![\p{L}])(?:quot\w*|cost\w*|price\w*|charg\w*|pay\w*|cobr\w*|cuesta|precio|pre[cç]o|prezzo|costa|kost\w*|preis|prix|co[uû]t\w*|devis|цена|стоит|cena|kosztuje|fiyat|ücret|pre[tț]|haggl\w*|paid)(?![\p{L}])|[$£€¥₺₽₴]/iu;
const MONEY_AFTER =
  /^\s*(?:[$£€¥₺₽₴]|(?:pesos?|reais|real|euros?|eur|dollars?|bucks|quid|pounds?|lei|ron|zł|zl|z[lł]otych|tl|lira|руб\w*|грн|درهم|dh|mad|tops|each|apiece|kr|kc|kč|ft|huf)(?![\p{L}]))/iu;
/** A sentence's end before a capitalised name: "Tim quoted", "Claro, después", "Vivo perto". */
const SENTENCE_START = /(?:^|[.!?\n])\s*$/;
/** Where a capitalised network is one: "Claro number", "Vivo code", "TIM network". */
const NETWORK_NAMED_AS = /^\s*(?:code|number|network|netz|red|rede|rete|réseau|numero|número|nummer|kod|κωδικός)\b/iu;
/** After a line break only a "then" word (or "and") may come before the digits: "Lisbon code" / "then 213 44". */
const NEXT_LINE_LEAD = new RegExp(String.raw`^[\s,:;–—-]*(?:(?:and|und|y|e|et|i|и|και|ve|és|şi|si)\s+)?(?:(?:${THEN})(?![\p{L}\p{N}])[\s,:;–—-]*)?$`, "iu");
/** A first message that compares codes rather than gives one ("is your area code the same as mine"). */
const COMPARED = /\b(?:same|like|than|mine|yours|differ\w*)\b/i;

/**
 * "and" before a group, maybe "at the end" ("then 204, then 66 and 38", "luego 203 y al final 44
 * 78"): the last group joined on as "then" joins the others.
 */
const LAST_GROUP_JOIN = String.raw`(?:(?:and|y|e|und|et|en)[ \t]+(?:(?:al\s+final|at\s+the\s+end|am\s+ende|a\s+la\s+fin|no\s+final|alla\s+fine|aan\s+het\s+eind)[ \t,:]*)?)?`;
/**
 * The phrase naming the code: a code word, a plain "code" beside a place or network, or a network
 * alone; then up to 40 characters without digits or a sentence's end (the place named, "then"), or
 * past one sentence's end that a "then" opens ("the Calgary area code, the original one. then 277
 * 81 42"), at most one line break (the next message of a burst, joined).
 */
const DESCRIBED = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(?<code>${CODE_WORD})|(?<plain>${PLAIN_CODE})|(?<network>${NETWORK}))${EDGE_AFTER}(?<gap>[^\d.!?\n]{0,40}(?:[.!?][ \t]+(?=(?:${THEN})${EDGE_AFTER})[^\d.!?\n]{0,12})?(?:\n[^\d.!?\n]{0,20})?)(?<digits>\d{1,10}(?:(?:[ \t]*[,;\/-]?[ \t]*${LAST_GROUP_JOIN}(?:(?:${THEN})${EDGE_AFTER}[ \t,:]*)?|\s+)\d{1,10}){0,6})`,
  "giu",
);
/** A word of `THEN_WORDS` as a whole word; `THEN_RE` tests for one, `THEN_ALL` walks them. */
const THEN_WORD = String.raw`${EDGE_BEFORE}(?:${THEN})${EDGE_AFTER}`;
const THEN_RE = new RegExp(THEN_WORD, "iu");
const THEN_ALL = new RegExp(THEN_WORD, "giu");
/** A thing's code: "for Renault parts", "in Ford paint", a letter and digit glued on ("-b4"); "on the ECU" is `OF_A_THING_AFTER`'s. */
const THING_AFTER_DIGITS =
  /^\s*(?:(?:for|on|of|from|in)\s+(?:the\s+|a\s+|an\s+|my\s+|your\s+)?[\w-]*\s*(?:parts?|filter|bolt|part|kit|model|engine|car|paint|colou?r|box|label|catalog\w*)\b|[-\/]?[a-z]{1,3}\d)/i;
/** How many words before the code word still name it ("the Tampa area code", "A1 mobil Vorwahl"). */
const NAMING_WORDS_BEFORE = /(?:[\p{L}\p{N}'’-]+[ \t]+){0,3}$/u;

/**
 * Adds a PHONE hit for each number described by its code named in words, then given as digits in
 * groups (`DESCRIBED`): the naming phrase and the digits, from up to three words before the code
 * word to the last digit, are the number, since the code word stands for its first digits. Needs
 * 6 to 13 digits in all and a word that goes on to the rest ("then", "dann", "μετά") before or
 * between the groups, or the digits on the line (the message) after the code's words; the digits right after a code word ("prefix 7701", "area code 720") are the
 * code itself and left to `findAnnouncedPieces`. Not a reading or a thing's code after them
 * (`UNIT_AFTER`, `THING_AFTER_DIGITS`), nor money before them.
 */
export function findDescribedNumbers(text: string, hits: Hit[]): void {
  // Every number it reads goes on after "then" or a line break: without either there is nothing to read.
  if (!/\d/.test(text) || !(text.includes("\n") || THEN_RE.test(text))) return;
  // Tried at the code words (anchors.ts) where the text allows, as a scan would find them.
  const find = atWords(DESCRIBED_ALONE, text)[0]!;
  for (let m = find(0); m !== null;) {
    const hit = describedAt(text, m);
    if (hit !== undefined) hits.push(hit);
    // Not this reading: a code word later in it may still open one ("A1 mobil Vorwahl, dann 2219044").
    m = find(hit !== undefined ? m.index + m[0].length : m.index + 1);
  }
}

/** `DESCRIBED` as the list `atWords` reads. */
const DESCRIBED_ALONE = [DESCRIBED];

/** The number `DESCRIBED` matched at `m`, when its words and digits read as one (see `findDescribedNumbers`). */
function describedAt(text: string, m: RegExpExecArray): Hit | undefined {
  const g = m.groups ?? {};
  const gap = g.gap ?? "";
  const digits = g.digits ?? "";
  const count = digits.replace(/\D/g, "").length;
  const end = m.index + m[0].length;
  if (count < 6 || count > 13) return undefined;
  const word = g.code ?? g.plain ?? g.network ?? "";
  const around = text.slice(Math.max(0, m.index - 40), end + 30);
  // A plain "code" names a number's front only beside a place or network ("the Tampa code", "κωδικός της Αθήνας").
  // A car's make or model, or a parts maker, is no place ("the Honda code", "code for Renault", "код Bosch").
  if (g.plain !== undefined) {
    const named = NAMED_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const namedAfter = NAMED_AFTER.exec(text.slice(m.index + word.length, m.index + word.length + 40));
    const place = (named !== null && !isThingName(named[1]!)) || (namedAfter !== null && !isThingName(namedAfter[1]!));
    if (!place) return undefined;
  }
  // "Bosch prefix on the box, then 0 986 452 041", "il prefisso è Bosch": a part number's prefix.
  if (g.code !== undefined && PREFIX_WORD.test(word) && (PART_NEAR.test(around) || around.split(/[^\p{L}-]+/u).some((w) => w.length > 1 && isThingName(w)))) return undefined;
  // A part number shaped as Bosch's (one digit, then three groups of three: "0 986 452 041").
  if (/^[01][ \t]+\d{3}[ \t]+\d{3}[ \t]+\d{3}$/.test(digits)) return undefined;
  // "orange", "claro", "vivo" written small are words, not networks; capitalised they are a network only
  // named as one ("Claro number", "Vivo code") or before a mobile's 0 or "+"; never a sentence's first word alone.
  if (g.network !== undefined && CAPITALISED_NETWORK.test(word)) {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    if (!NETWORK_NAMED_AS.test(gap) && !/^[+0]/.test(digits) && !(text[m.index - 1] === "+")) return undefined;
    if (SENTENCE_START.test(text.slice(0, m.index)) && !NETWORK_NAMED_AS.test(gap)) return undefined;
  }
  // "then 2019 2020": model years, not digits of a number.
  if (/^(?:(?:19|20)\d\d\D*)+$/.test(digits)) return undefined;
  // The code's words end a line, and the digits come on the next ("first 3 are the Nashville code" /
  // "555" / "0 1 9 0", messages of a burst joined): the line break goes on to the rest, as "then" does,
  // when the next line starts with the digits or a "then" word before them, and the first does not compare codes.
  const nextLine = gap.includes("\n");
  if (nextLine && (!NEXT_LINE_LEAD.test(gap.slice(gap.indexOf("\n") + 1)) || COMPARED.test(gap.slice(0, gap.indexOf("\n"))))) return undefined;
  // A code word straight before the digits names them ("prefix 7701"); a network may ("Maroc Telecom 061 then ...").
  if (g.network === undefined && !nextLine && !/[\p{L}]/u.test(gap)) return undefined;
  if (!goesOn(gap, text) && !nextLine && !(g.network !== undefined && goesOn(digits, text))) return undefined;
  if (MONEY_BEFORE.test(gap) || MONEY_AFTER.test(text.slice(end, end + 16))) return undefined;
  if (UNIT_AFTER.test(text.slice(end, end + 16)) || THING_AFTER_DIGITS.test(text.slice(end, end + 40)) || OF_A_THING_AFTER.test(text.slice(end, end + 30))) return undefined;
  const naming = NAMING_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0].length ?? 0;
  return { kind: "PHONE", start: m.index - naming, end: m.index + m[0].length, detail: true };
}

/**
 * Whether `part` holds a word that goes on to the rest of the number. "next" only straight before
 * digits ("next 555", not "next quote 120"); Dutch "dan" only written small among Dutch words, since
 * "Dan" is a first name ("and Dan said 120 150").
 */
function goesOn(part: string, text: string): boolean {
  for (const t of matchesOf(THEN_ALL, part)) {
    const said = t[0].toLowerCase();
    if (said === "next" && !/^[\s,:;-]*\d/.test(part.slice(t.index + t[0].length))) continue;
    if (said === "dan" && (t[0] !== "dan" || !DUTCH.test(text))) continue;
    return true;
  }
  return false;
}
/** Dutch words beside "dan" ("het netnummer van Utrecht, dan 555"). */
const DUTCH = /\b(?:het|een|van|mijn|netnummer|kengetal|bel|eerst|daarna|nummer)\b/i;
