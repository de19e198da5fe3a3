/**
 * ADDRESS in the forms of other countries (issue 13, round 24): the street-address rules
 * (address.ts) read the number-first English order and a few continental words; these read the
 * street types of further languages, the unit markers of blocks of flats, post-office boxes in
 * other languages and the block numbering of Japan, China and Korea, as a grammar:
 *
 *   1. TYPE-FIRST: the street type, the name, the house number, units, town:
 *      "Str. Mihai Eminescu nr. 47, Pitești", "вул. Зелена 201, кв. 58", "Λεωφ. Κηφισίας 218",
 *      "Jl. Sudirman No. 5", "רחוב הרצל 45".
 *   2. TYPE-AFTER: the name, the street type, the house number, units, town, maybe a postcode and
 *      town first: "Brīvības iela 88, Rīga", "Gedimino pr. 9, Vilnius", "Narva mnt 22-14",
 *      "1134 Budapest, Váci út 18.", "Atatürk Cad. No: 14", "Herzl St 45, Haifa".
 *   3. BLOCK-FLAT: a chain of unit markers of a block of flats, each with its number or letter:
 *      "bl. C4, sc. 2, ap. 31", "кв. 58, під'їзд 3", "Immeuble 7, appt 12", "Apto 502, Torre 3".
 *   4. JAPANESE: a city or ward (市, 区) in a run of kanji and katakana without kana of a sentence, then
 *      chome, block and house: "大阪市北区天神橋3-8-12", "渋谷区神南1丁目2番3号". (Chinese and Korean
 *      numbering was cut after round 24's review: "我知道3号缸", "교환시 합성유로 5리터" read as addresses.)
 *   5. BOX-ABROAD: a post-office box in another language: "căsuța poștală 118", "ת.ד. 3391",
 *      "skrytka pocztowa nr 56", "C.P. 4455 succ. Place d'Armes", "а/я 45".
 *   6. ALLEY: a Vietnamese alley and the street it leaves: "hẻm 58 Nguyễn Thị Thập".
 *
 * The words are libpostal's (github.com/openvenues/libpostal, MIT licence, commit 4c030d8f,
 * resources/dictionaries/<lang>/street_types.txt, unit_types_numbered.txt, staircases.txt,
 * entrances.txt, level_types_numbered.txt, post_office.txt), a selection: the types people type in
 * chat, without those that are everyday words in English ("park", "hall", "gate" alone). A street
 * named without a house number ("we drove down Andrássy út") is no address; a street with one is
 * masked whoever lives or works there, as address.ts masks a workshop's "45 Station Road".
 *
 * The rules run on the normalised text, where Cyrillic and Greek letters that look like Latin ones
 * are Latin ("вул." is "byл.", "Зелена" is "3eлeha"): every word here is folded the same way once.
 */
import { CAR_MAKES, countedAfter, NOT_A_STREET_NAME } from "./address.ts";
import { after, before, negatedBefore, type Pattern } from "./context.ts";
import { unicodeSkeleton } from "./normalise.ts";

/** A regex-escaped alternation of `words` ("|"-separated) as the normaliser renders them, in lower, title and upper case; an apostrophe stands for any. */
function folded(words: string): string {
  const out = new Set<string>();
  for (const w of words.split("|")) {
    for (const v of [w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(), w.toUpperCase()]) {
      out.add(
        unicodeSkeleton(v)
          .text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
          .replace(/'/g, "['’]"),
      );
    }
  }
  return [...out].sort((a, b) => b.length - a.length).join("|");
}

// ---------------------------------------------------------------------------------------
// Vocabulary (libpostal's dictionaries, see the file comment)
// ---------------------------------------------------------------------------------------

/** Street types written before the name: Romanian, Ukrainian, Russian, Bulgarian, Serbian, Greek, Hebrew, Malay/Indonesian, Czech/Slovak, Croatian. */
const TYPE_FIRST = folded(
  [
    // ro
    "strada|str.|str|bulevardul|bulevard|bd.|bd|bdul.|bdul|b-dul|b-dul.|calea|aleea|șoseaua|șos.|splaiul|spl.|intrarea|intr.|piața|p-ța|drumul|fundătura",
    // uk, ru, bg, sr (and their transliterations)
    "вулиця|вул.|вул|проспект|просп.|пр-т|пр.|провулок|пров.|бульвар|бул.|площа|пл.|набережна|наб.|шосе|узвіз|улица|ул.|ул|переулок|пер.|площадь|набережная|шоссе|проезд|булевард|булевар|площад",
    "vul.|vulytsia|vulytsya|vulitsa|ulitsa|ulitsy|prospekt|prosp.|pr-t|pereulok|provulok|bulvar|naberezhna|naberezhnaya|shose|shosse",
    // el
    "οδός|οδός|οδ.|λεωφόρος|λεωφορος|λεωφ.|πλατεία|πλ.|odos|odós|leoforos|leof.",
    // he
    "רחוב|רח'|שדרות|שד'|סמטת|כיכר",
    // ms, id
    "jalan|jln|jln.|jl.|lorong|lrg|lrg.|persiaran|lebuh|lebuhraya",
    // cs, sk, hr, sr, sl
    "náměstí|nám.|třída|tř.|nábřeží|nábř.|námestie|nábrežie|trg",
    // es (round 56): the Peruvian "jirón", the Spanish "C/", passages and causeways ("Jr. Huallaga 380", "C/ Alcalá 120")
    "jirón|jiron|jr.|c/|pasaje|psje.|pje.|calzada|calz.|callejón|callejon|prolongación|prol.",
    // he, transliterated (round 56): "Rechov Ha-Palmach 12/4", "Sderot Rothschild 22"
    "rechov|rehov|sderot|shderot|simtat|kikar",
  ].join("|"),
);

/**
 * Street types written after the name (Latvian, Lithuanian, Estonian, Hungarian, Turkish, Finnish,
 * Scandinavian, German, Slovene/Croatian), that are no English word. The name, the type and a house
 * number are an address.
 */
const TYPE_AFTER_STRONG = folded(
  [
    "iela|gatve|bulvāris|prospekts|ceļš", // lv
    "gatvė|prospektas|alėja|aikštė|plentas|skersgatvis", // lt
    "tänav|maantee|mnt|mnt.|puiestee|pst|pst.", // et
    "utca|út|útja|körút|krt.|krt|tér|köz|sétány|fasor|rakpart|lakótelep|ltp.|dűlő", // hu
    "caddesi|cadde|cad.|cd.|sokak|sokağı|sok.|bulvarı|blv.", // tr
    "katu|kuja|polku|väylä|raitti", // fi
    "gata|gatan|gaten|vei|veien|vegen|vägen|väg|gränd|torg|torget|allé|plads|vej|gade", // nb, sv, da
    "cesta|ulica", // sl, hr
  ].join("|"),
);

/**
 * Street types after the name that are also other words or short letters ("u." is "you", "pr." a
 * price's "per", "St" a saint, "gate" a gate): a house number after them is an address only with a
 * town after it (", Vilnius") or a postcode and town before it.
 */
const TYPE_AFTER_WEAK = folded(
  [
    "g.|pr.|al.|pl.|u.|tn|tee|sor|gt.|gate|vn.|str.|platz|weg|tie|sk.",
    // German: "in der Berliner Straße 112 in Leipzig" is a dealer named in a repair's history (round 20's review)
    "straße|strasse|gasse|allee|damm|ufer|chaussee",
    // English types, the number after them as Israel and much of Europe write it
    "st|st.|street|rd|rd.|road|ave|ave.|avenue|blvd|blvd.|boulevard",
  ].join("|"),
);

/** The word before a house number: "nr. 47", "No: 14", "д. 5", "буд. 14", "č. 12". */
const HOUSE_MARK = folded("nr.|nr|no.|no|nº|n°|д.|буд.|дом|будинок|číslo|č.|br.|broj");

/** Unit markers of a block of flats, by what they mark; an English floor or level counts for none ("Subaru flat 4, level 1 service"). */
const BLOCK_MARK = folded("bl.|bl|bloc|blocul|blok|блок|бл.|корп.|корпус|imm.|immeuble|torre|tower|building|bldg.|bldg|ж.к.|ж.к");
const STAIR_MARK = folded("sc.|sc|scara|scarа|під'їзд|підїзд|подъезд|под.|вх.|вход|entrée|entree|escalera|esc.|klatka|stiege|stairwell|staircase|entrance|portal|uppgång");
const FLOOR_MARK = folded("et.|etaj|эт.|этаж|ет.|етаж|поверх|пов.|étage|piso|emelet|em.|kat|sprat|piętro");
const FLAT_MARK = folded(
  "ap.|ap|apt.|apt|appt.|appt|apart.|apartament|apartamentul|apartment|appartement|кв.|кв|квартира|ап.|апт.|apto.|apto|depto.|depto|dpto.|dpto|dto.|daire|stan|mieszkanie|lakás|ajtó|dz.|dzīvoklis|korter|butas|flat|leil.|lgh|lejl.|whg.|int.|interior",
);
const UNIT_MARK = `${BLOCK_MARK}|${STAIR_MARK}|${FLOOR_MARK}|${FLAT_MARK}`;

/** Post-office boxes in other languages (libpostal's post_office.txt), and the Hebrew, Greek, Russian abbreviations. */
const BOX_ABROAD = folded(
  [
    "căsuța poștală|căsuță poștală|casuta postala|case postale|skrytka pocztowa|postafiók|postboks|postbus|postilokero|pósthólf",
    "poštovní přihrádka|poštová priehradka|poštni predal|poštanski pretinac|poštanski fah|pašto dėžutė|posta kutusu",
    'ת.ד.|ת.ד|ת"ד|תיבת דואר|ταχυδρομική θυρίδα|τ.θ.|пощенска кутия|п.к.|абонентский ящик|абонементна скринька|а/я',
    "c.p.|p.k.|pf.|post box|postbox|p.o.box|p. o. box|p o box|私書箱|사서함|邮政信箱|郵政信箱",
  ].join("|"),
);

// ---------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------

/** A word of a street's name: capitalised, a letter of a script without case, or a folded capital that became a digit ("3eлeha"); an initial ("M."). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|(?:\p{Lu}|\p{Lo}|\d(?=[\p{L}\p{M}'’-]*\p{L}))[\p{L}\p{M}\d'’"-]*)`;
const PARTICLE = String.raw`(?:de|del|la|lui|van|von|der|den|di|da|do|al|el|bin|ibn|i|și|si)`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${NAME_WORD}){0,3}`;
const NUMBER = String.raw`\d{1,4}[a-zA-Z]?(?:[ \t]?[\/-][ \t]?\d{1,4}[a-zA-Z]?)?(?![\d,.]\d)`;
const HOUSE = String.raw`(?:,?[ \t]*(?:${HOUSE_MARK})[ \t]*:?[ \t]*)?`;
const CODE = String.raw`(?:nr\.?|no\.?)?[ \t]*[:#]?[ \t]*(?:[A-Za-z]?\d{1,4}[A-Za-z]?|[A-Z](?![\p{L}\d]))`;
const UNIT = String.raw`(?:${UNIT_MARK})(?![\p{L}])[ \t]*${CODE}`;
/** Units after a house number: "кв. 58, під'їзд 3", Hungarian floor and door "2/4". */
const UNITS = String.raw`(?:\.?[ \t]+\d{1,2}\/\d{1,3}\.?)?(?:[ \t]*[,;]?[ \t]*${UNIT}){0,4}`;
/** A town, maybe with a postcode before or after it: "Rīga", "00-950 Warszawa 1", "Chișinău MD-2012"; not a unit ("12 Nm", "5 Km"). */
const TOWN = String.raw`(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}[ \t]+|\d{4,5}[ \t]+)?(?![NnMmKkCc][mMgGwW](?!\p{L}))(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’-]+(?:[ \t]+(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’-]+){0,2}(?:[ \t]+(?:[A-Z]{2}-)?\d{1,5}(?![\d.,]\d))?`;
/** A town after the address and its comma. */
const PLACE = String.raw`,[ \t]*${TOWN}`;
/** Where an address ends: punctuation, a dash, a line's or the text's end, or a lower-case word. */
const ENDED = /^(?:\s*(?:[.,;:!?()\n]|[-–—]|$)|[ \t]+\p{Ll})/u;
const START = String.raw`(?<![\p{L}\p{N}'’])`;
/** As START, a Hebrew word maybe after its glued preposition or article ("לרחוב", "בת.ד."). */
const START_HE = String.raw`${START}(?:[בלמהושכ](?=[\u05D0-\u05EA]))?`;

/** Whether the name is made of ordinary words or a car's make ("Renault St 5"), not a street's name. */
function ordinaryName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[ \t]+/)
    .filter((w) => !/^(?:de|del|la|lui|van|von|der|den|di|da|do|al|el|bin|ibn|i|și|si)$/.test(w));
  return words.length === 0 || words.every((w) => NOT_A_STREET_NAME.has(w)) || words.some((w) => CAR_MAKES.has(w));
}

/** A count or measure after the number, or a negation before the match: the street named in passing. */
const inPassing = (m: RegExpExecArray, text: string): boolean =>
  countedAfter(text, m) || negatedBefore(text, m.index) || /^\s*(?:%|€|\$|£|kr\b|lei\b|грн|руб|zł|Ft\b|km\b|m\b|nm\b|mm\b|kg\b|stk\b|pcs\b)/iu.test(after(text, m, 8));

/** A Hebrew letter as the normaliser leaves it (it folds "ו", "י", "ס" to "l", "'", "o"). */
const HEBREW_LETTER = String.raw`[\u05D0-\u05EAlo'’]`;

/**
 * The house number runs on into a sentence: a lower-case (or Hebrew) word right after it, no unit
 * or town between ("Calea Moșilor 3 mașini", "вул. Шевченка 3 години", "Jalan Tol 2 jam macet",
 * "ברחוב הרצל 3 מוסכים"; "Bağdat Caddesi 2 saat", where the normaliser reads "saat" as a digit word): a count of something
 * on the street. An address is followed by
 * punctuation, a unit or a town ("Str. Lalelelor 5, ap. 2", "Váci út 18, Budapest").
 */
const RUNS_ON = new RegExp(String.raw`^[ \t]+(?:\d{1,4}[ \t]+)?(?:\p{Ll}|${HEBREW_LETTER}+(?:${folded("ים|ות")})(?!${HEBREW_LETTER}))`, "u");
const runsOn = (m: RegExpExecArray, text: string): boolean => (m.groups?.rest ?? "").trim() === "" && RUNS_ON.test(after(text, m, 16));

/** A road's code as the name ("шоссе М4", "A1", "E40"): a motorway, not a street with houses. */
const roadCode = (name: string): boolean => /^\p{L}\d{1,3}$/u.test(name.trim());

/** A Romanian refusal before the street ("Nu vin la Str. Lalelelor 5"): context.ts's negations are English and Romance ones without "nu". */
const ROMANIAN_NO = /(?<![\p{L}])nu[ \t]+(?:(?:mai|mă|ma|te|vă|va|o|îl|il|le|pot|vin|merg|sunt|e|este|am|ai|are|vreau|știu|stiu|trec|ajung)[ \t]+)+[^.!?\n]{0,40}$/iu;

/** Types that fold to an everyday word of another language ("út"/"ut", "tér"/"ter", "allé"/Italian "alle", "väg", "gränd"): weak, they need a town after or a postcode and town before. */
const FOLDS_TO_A_WORD = /^(?:ut|ter|alle|vag|grand)$/i;

/** A "town" that is another street ("Oxford St 2, Regent St 0"): a list of streets, not an address. */
const TOWN_IS_A_STREET = /(?:^|[ \t])(?:st|st\.|street|rd|rd\.|road|ave|ave\.|avenue|gate|gt\.)[ \t]*(?:\d{1,5})?$/i;

const TYPE_FIRST_RE = new RegExp(String.raw`${START_HE}(?:${TYPE_FIRST})(?![\p{L}\d])[ \t]*(?<name>${NAME}),?[ \t]*${HOUSE}${NUMBER}(?<rest>${UNITS}(?:${PLACE}){0,2})`, "gu");
const TYPE_AFTER_RE = new RegExp(
  String.raw`${START}(?<pc>(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+\p{Lu}[\p{L}\p{M}-]+,[ \t]*)?(?<name>${NAME})[ \t]+(?:(?<strong>${TYPE_AFTER_STRONG})|(?<weak>${TYPE_AFTER_WEAK}))(?![\p{L}\d])[ \t]*${HOUSE}${NUMBER}(?<rest>${UNITS}(?<place>(?:${PLACE}){1,2})?)`,
  "gu",
);
const CHAIN_RE = new RegExp(String.raw`${START}${UNIT}(?:[ \t]*[,;]?[ \t]*${UNIT}){1,5}(?:,[ \t]*(?:${TYPE_FIRST})(?![\p{L}\d])[ \t]*${NAME}(?:,?[ \t]*${HOUSE}${NUMBER})?)?(?:${PLACE}){0,2}`, "gu");
const BLOCK_RE = new RegExp(String.raw`^(?:${BLOCK_MARK})(?![\p{L}])`, "u");
const STAIR_RE = new RegExp(String.raw`^(?:${STAIR_MARK})(?![\p{L}])`, "u");
const FLOOR_RE = new RegExp(String.raw`^(?:${FLOOR_MARK})(?![\p{L}])`, "u");
const FLAT_RE = new RegExp(String.raw`^(?:${FLAT_MARK})(?![\p{L}])`, "u");
/** A hospital, car park or mall before a chain: its towers, stairs and floors are no one's flat ("en el hospital, torre B, escalera 3, piso 5"). */
const PUBLIC_BUILDING = new RegExp(
  String.raw`(?<![\p{L}])(?:${folded("hospital|spital|spitalul|clinic|clinica|clínica|klinik|больница|больнице|лікарня|лікарні|parking|parkingul|car park|carpark|centro comercial|mall|shopping|тц|трц|policlinica")})`,
  "iu",
);

const UNIT_AT = new RegExp(String.raw`${START}(?:${UNIT_MARK})(?![\p{L}])`, "gu");

/** The kinds of unit a chain names (block, stair, floor, flat). */
function unitKinds(chain: string): Set<string> {
  const kinds = new Set<string>();
  UNIT_AT.lastIndex = 0;
  for (let m = UNIT_AT.exec(chain); m !== null; m = UNIT_AT.exec(chain)) {
    const rest = chain.slice(m.index);
    if (FLAT_RE.test(rest)) kinds.add("flat");
    else if (STAIR_RE.test(rest)) kinds.add("stair");
    else if (BLOCK_RE.test(rest)) kinds.add("block");
    else if (FLOOR_RE.test(rest)) kinds.add("floor");
  }
  return kinds;
}

/** A place run of kanji and katakana: hiragana would be a sentence's particles ("高速道路で", "町の修理工場で"); 市 and 区 not as the first kanji of 市販, 市場, 区間, 区別 and the like. */
const KANJI = String.raw`[\p{Script=Han}\p{Script=Katakana}々ヶ]`;
const JAPANESE_RE = new RegExp(
  String.raw`(?:〒[ \t]?\d{3}-?\d{4}[ \t]*)?${KANJI}{0,12}?(?:市(?![販場内民価])|区(?![間別分切域]))${KANJI}{0,12}?\d{1,4}(?:[ \t]?丁目[ \t]?\d{1,4}[ \t]?番地?(?:[ \t]?\d{1,4}[ \t]?号)?|[-−ー－‐]\d{1,4}[-−ー－‐の]\d{1,4})(?![\d-])`,
  "gu",
);
const BOX_ABROAD_RE = new RegExp(
  String.raw`${START_HE}(?:${BOX_ABROAD})[ \t]*(?:nr\.?|no\.?|n[º°]\.?)?[ \t]*[:#]?[ \t]*[A-Z]?\d{1,6}(?![\d.,]\d)(?:,?[ \t]*(?:oficiul[ \t]+po[sș]tal|succ\.?|succursale|station|OP)[ \t]*(?:\d{1,4}|\p{Lu}[\p{L}'’-]*(?:(?:[ \t]+|[ \t]*d['’]|[ \t]+de[ \t]+)\p{Lu}[\p{L}'’-]*){0,3}))?(?:,?[ \t]*${TOWN}){0,2}`,
  "gu",
);
const ALLEY_RE = new RegExp(String.raw`${START}(?:${folded("hẻm|ngõ|ngách|kiệt")})[ \t]+\d{1,4}(?:\/\d{1,4}){0,3}[ \t]+(?:${folded("đường")}[ \t]+)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3}`, "gu");

const ENDS = (m: RegExpExecArray, text: string): boolean => ENDED.test(after(text, m, 3));

export const STREETS_ABROAD_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS", // 1. TYPE-FIRST: "Str. Mihai Eminescu nr. 47, Pitești", "вул. Зелена 201, кв. 58", "Λεωφ. Κηφισίας 218"
    re: TYPE_FIRST_RE,
    accept: (m, text) => {
      const name = m.groups?.name ?? "";
      return !ordinaryName(name) && !roadCode(name) && !inPassing(m, text) && !runsOn(m, text) && !ROMANIAN_NO.test(before(text, m, 60));
    },
    // The type and a name after it, where the rule's match opens (START_HE): tried at the types' words
    // (anchors.ts) like the rule, where without it the gate was a scan of the whole text (about 370 us a long message).
    gate: new RegExp(String.raw`${START_HE}(?:${TYPE_FIRST})(?![\p{L}\d])[ \t]*(?:\p{Lu}|\p{Lo}|\d)`, "u"),
  },
  {
    kind: "ADDRESS", // 2. TYPE-AFTER: "Brīvības iela 88, Rīga", "1134 Budapest, Váci út 18.", "Herzl St 45, Haifa"
    re: TYPE_AFTER_RE,
    accept: (m, text) => {
      const name = m.groups?.name ?? "";
      if (ordinaryName(name) || roadCode(name) || inPassing(m, text) || runsOn(m, text) || ROMANIAN_NO.test(before(text, m, 60))) return false;
      if ((m.groups?.place ?? "").split(",").some((town) => TOWN_IS_A_STREET.test(town.trim()))) return false;
      if (m.groups?.strong !== undefined && !FOLDS_TO_A_WORD.test(m.groups.strong)) return true;
      const weak = (m.groups?.weak ?? "").toLowerCase();
      // "Karl Johans gate 5": a Norwegian street's name is a genitive; "Airport gate 5" is a gate.
      if (/^(?:gate|gt\.)$/.test(weak) && !/s$/.test(name)) return false;
      // "Herzl St 45, Haifa", "1134 Budapest, Váci u. 18.": a town after, or a postcode and town before, that ends the address.
      return m.groups?.pc !== undefined || (m.groups?.place !== undefined && ENDS(m, text));
    },
    // A name's last word, the type and a number ("Váci út 18"): "1st 2" or "rd 4" in English repair talk fail it.
    gate: new RegExp(String.raw`${NAME_WORD}[ \t]+(?:${TYPE_AFTER_STRONG}|${TYPE_AFTER_WEAK})(?![\p{L}\d])[ \t]*(?:${HOUSE_MARK})?[ \t]*:?[ \t]*\d`, "u"),
  },
  {
    kind: "ADDRESS", // 3. BLOCK-FLAT: "bl. C4, sc. 2, ap. 31", "Immeuble 7, appt 12", "кв. 58, під'їзд 3"
    re: CHAIN_RE,
    // A flat and another unit, or three kinds of unit: "level 3, tower 2" and "entrance 2, level 3" are car parks.
    accept: (m, text) => {
      const kinds = unitKinds(m[0]);
      return kinds.has("flat") && kinds.size >= 2 && !negatedBefore(text, m.index) && !PUBLIC_BUILDING.test(before(text, m, 80));
    },
    // Two units in a row: one unit ("apt 3", "building 2") is common in English chat and no chain. Opening where the
    // rule's match does (START), so it is tried at the units' words instead of scanned (about 170 us a long message).
    gate: new RegExp(String.raw`${START}${UNIT}[ \t]*[,;]?[ \t]*(?:${UNIT_MARK})(?![\p{L}])`, "u"),
  },
  {
    kind: "ADDRESS", // 4. JAPANESE: "大阪市北区天神橋3-8-12", "渋谷区神南1丁目2番3号": a city or ward, then three numbers or chome and block
    re: JAPANESE_RE,
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /[市区]/u,
  },
  {
    kind: "ADDRESS", // 5. BOX-ABROAD: "căsuța poștală 118", "ת.ד. 3391", "C.P. 4455 succ. Place d'Armes"
    re: BOX_ABROAD_RE,
    accept: (m, text) => !inPassing(m, text) && !/\b(?:part|model|serial|code|ref)\b[^,.;!?\n]*$/i.test(before(text, m, 30)),
    gate: new RegExp(String.raw`(?:${BOX_ABROAD})[ \t]*(?:nr\.?|no\.?)?[ \t]*[:#]?[ \t]*[A-Z]?\d`, "u"),
  },
  {
    kind: "ADDRESS", // 6. ALLEY: "hẻm 58 Nguyễn Thị Thập"
    re: ALLEY_RE,
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /\b(?:hem|ngo|ngach|kiet)\s+\d/i,
  },
];
