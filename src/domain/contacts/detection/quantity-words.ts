/**
 * Words that make the number before them a quantity ("2 jam", "15 dakika", "400 euros", "90 bin",
 * "3 zile"), in the marketplace's languages, read from the runtime's Unicode CLDR data through
 * `Intl` rather than from a hand list: unit names (long and short) for time, distance, volume, mass
 * and percent, currency names and symbols, and the long compact words for thousands and millions.
 * A number so followed is no house number (round 29: a fresh review found the trained stage reading
 * "Saya sudah tunggu 2 jam di bengkel sebelah" and "Trafik yüzünden 15 dakika geç kalacağım" as a
 * house number and its street). Reading them off `Intl` takes seconds (some 5,000 formatters), so
 * `npm run contacts:quantity-words` writes them to `quantity-words.json` once and detection reads
 * that; a spec checks the file against this runtime's CLDR.
 */
import { skeletonWord } from "./normalise.ts";
import committed from "./quantity-words.json" with { type: "json" };

/** The languages whose words are read: those the corpus's writers and the detector's rules cover. */
const LANGUAGES = [
  "en",
  "es",
  "pt",
  "fr",
  "de",
  "it",
  "nl",
  "pl",
  "ro",
  "hu",
  "cs",
  "sk",
  "hr",
  "sr",
  "sl",
  "bg",
  "el",
  "tr",
  "sv",
  "da",
  "nb",
  "fi",
  "id",
  "ms",
  "fil",
  "vi",
  "th",
  "hi",
  "bn",
  "ur",
  "ar",
  "ru",
  "uk",
  "sw",
  "af",
  "zu",
  "ga",
  "cy",
] as const;

/** CLDR units a quantity in repair chat is counted in. */
const UNITS = ["second", "minute", "hour", "day", "week", "month", "year", "kilometer", "mile", "meter", "foot", "liter", "gallon", "kilogram", "pound", "percent"] as const;

/** Currencies of the marketplace's regions (ISO 4217). */
const CURRENCIES = [
  "EUR",
  "USD",
  "GBP",
  "TRY",
  "IDR",
  "MYR",
  "PHP",
  "INR",
  "PKR",
  "BRL",
  "MXN",
  "ARS",
  "COP",
  "CLP",
  "PEN",
  "PLN",
  "RON",
  "HUF",
  "CZK",
  "ZAR",
  "NGN",
  "KES",
  "AUD",
  "CAD",
  "NZD",
  "AED",
  "SAR",
  "EGP",
  "VND",
  "THB",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "SGD",
  "RUB",
  "UAH",
] as const;

/**
 * Counts whose formatted forms carry the plural categories (one, two, few, many, other) of the
 * languages above; not 21 or 100, for which Romanian puts "de" between number and unit.
 */
const COUNTS = [1, 2, 3, 5, 11] as const;

/** The runs of letters after the digits of `formatted`, lower-cased (a unit, currency or magnitude's words). */
function wordsAfterNumber(formatted: string): string[] {
  const tail = formatted.slice(formatted.search(/\d[^\d]*$/) + 1);
  return (tail.match(/[\p{L}\p{M}]+(?:[.'’][\p{L}\p{M}]+)*\.?/gu) ?? []).map((w) => w.toLowerCase());
}

/**
 * Every quantity word of every language, sorted: the word right after the number of each CLDR unit
 * (long and short) and long compact magnitude ("2 jam", "5 km", "90 bin"; the last word of one in
 * several, "por ciento"); each currency's symbol when it is letters after the number ("5 zł", "5 kr"); a currency's name when it is one word ("5 euros",
 * "5 rupiah"), or, of a name in several words ("5 dólares estadounidenses", "5.00 US dollars"),
 * its first or last word when it opens or ends two or more of the language's currency names (the
 * noun, "dólares", "dollars"; not the country, nor a "de" or "des" inside). Two letters or more: a lone "a" or "m" is as often a flat or an
 * initial. Each as the normalised message holds it (`skeletonWord`). Slow: seconds.
 */
export function buildQuantityWords(): string[] {
  const out = new Set<string>();
  // As the normalised message holds it ("dólares" as "dolares", "gün" as "gun"): that is where it is
  // looked up. A word under four letters that folding changes is left out: it folds onto another
  // language's everyday word (Irish "lá" onto "la", Swedish "år" onto "ar").
  const keep = (w: string | undefined): void => {
    if (!w || [...w.replace(/\.$/, "")].length < 2) return;
    const folded = skeletonWord(w);
    if (folded === w || [...folded].length >= 4) out.add(folded);
  };
  for (const language of LANGUAGES) {
    const base = { numberingSystem: "latn" } as const;
    const format = (options: Intl.NumberFormatOptions, n: number): string[] => wordsAfterNumber(new Intl.NumberFormat(language, { ...base, ...options }).format(n));
    // The unit's noun: the last word of "por ciento", "de mii".
    const noun = (words: string[]): string | undefined => words[words.length - 1];
    for (const unit of UNITS) for (const unitDisplay of ["long", "short"] as const) for (const n of COUNTS) keep(noun(format({ style: "unit", unit, unitDisplay }, n)));
    for (const n of [2000, 5000, 90000, 2_000_000]) keep(noun(format({ notation: "compact", compactDisplay: "long" }, n)));
    // A word first or last in names of several words, and the currencies it opens or ends the name of.
    const ends = new Map<string, Set<string>>();
    const count = (w: string, currency: string): void => void ends.set(w, (ends.get(w) ?? new Set()).add(currency));
    for (const currency of CURRENCIES) {
      for (const n of COUNTS) {
        // A symbol of letters alone ("zł", "kr", "lei"), not the letters of "US$" or "CA$".
        const symbol = new Intl.NumberFormat(language, { ...base, style: "currency", currency, currencyDisplay: "narrowSymbol" }).format(n);
        if (/\d[\s\u00a0\u202f]*[\p{L}\p{M}.]+$/u.test(symbol)) keep(wordsAfterNumber(symbol)[0]);
        const name = format({ style: "currency", currency, currencyDisplay: "name" }, n);
        if (name.length === 1) keep(name[0]);
        else if (name.length > 1) {
          count(`first:${name[0]!}`, currency);
          count(`last:${name[name.length - 1]!}`, currency);
        }
      }
    }
    for (const [w, currencies] of ends) if (currencies.size >= 2) keep(w.slice(w.indexOf(":") + 1));
  }
  return [...out].sort();
}

const WORDS: ReadonlySet<string> = new Set(committed as string[]);

/**
 * Whether `word` (any case, accents or none) makes the number right before it a quantity in one of the marketplace's
 * languages: a CLDR unit, currency or magnitude word ("jam", "dakika", "zile", "euros", "bin", "km").
 */
export function isQuantityWord(word: string): boolean {
  return WORDS.has(skeletonWord(word));
}
