/**
 * ADDRESS: street addresses (US, UK, AU, CA and a few continental forms), PO boxes, postcodes and
 * intersections. No maintained JavaScript library parses free-text addresses offline (libpostal
 * needs a native build and a 2 GB model), so these are our rules. The whole address, from the
 * house number to the postcode, is the detail that gets masked.
 */
import { after, anyCase, before, caseless, groupSpan, matchesOf, negatedBefore, type Pattern, sentenceOf, sentenceText } from "./context.ts";
import { BUSINESS_SUBJECT } from "./home-directions.ts";
import { REFERENCE_WORDS } from "./reference-labels.ts";
import { CHANNEL_NAMES } from "./social.ts";
import type { Hit } from "./types.ts";
import { MONTH_NAMES, PAYMENT_CHANNELS, WEEKDAY_NAMES } from "./vocabulary.ts";

/** The words a street is named with, lower case, as one alternation: full ("street", "avenue") and abbreviated ("st", "blvd", "pkwy"). */
export const STREET_SUFFIX =
  "street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|ter|tce|close|crescent|cres|cresc|way|parkway|pkwy|circle|cir|square|sq|trail|trl|alley|aly|row|mews|grove|gr|gardens|gdns|highway|hwy|freeway|fwy|expressway|expy|pike|turnpike|tpke|loop|run|path|plaza|plz|heights|hts|hill|walk|parade|pde|esplanade|esp|quay|wharf|green|park|crossing|xing|point|pt|ridge|bend|cove|creek|glen|hollow|view|vale|rise|chase|broadway|strand|promenade|estate|meadow|meadows|landing|station|crt|cct|circuit|blvd|av|" +
  // USPS Publication 28 abbreviations and the UK/AU/NZ forms people type
  "concourse|causeway|cswy|pk|pky|trace|trce|valley|vly|vw|wy|manor|mnr|mtn|spur|commons|glade|knoll|oval|pines|shores|springs|summit|terr|wynd|bypass|byp|brae|cl|bvd|bvde|grv|hwy|ext|extension|jct|junction|lndg|psge|passage|rdg|sta|tr|trk|track|vis|vista|bluff|blf|canyon|cyn|dale|dl|falls|fls|ford|frd|forest|frst|harbor|hbr|harbour|haven|hvn|island|isle|lake|lk|lakes|mill|ml|orchard|orch|pass|pike|pne|prairie|pr|ranch|rnch|shoal|shore|shr|skyway|sq|stravenue|stra|summit|smt|terrace|trafficway|tunnel|tunl|underpass|upas|viaduct|via|village|vlg|ville|wells|wls|woods|bank|row|yard|wharf|" +
  // British, Irish and Australian types that have no USPS abbreviation
  "approach|croft|drove|mead|fold|garth|dene|villas|cottages|mount|crest|nook|reach|retreat|outlook|ridings";
const SUFFIX_WORDS = new Set(STREET_SUFFIX.split("|"));
// Words that put a number + "drive"/"way"/"road" into car talk: "4 wheel drive", "10 minute test drive".
export const NOT_A_STREET_NAME: ReadonlySet<string> = new Set(
  (
    "a an the my your our his her their this that these those and or of in on at to for with from by into onto is are was were be " +
    "it its it's i you he she we they me him them more extra front rear left right other same last next first second third " +
    "minute minutes min mins mile miles hour hours hr hrs second seconds sec day days week weeks month months year years yr " +
    "time times test inch inches mm cm km mph rpm psi nm ft lb lbs wheel wheels speed gear gears series cylinder cylinders cyl " +
    "door doors lug bolt bolts tire tires tyre tyres car cars point points valve valves part parts piece pieces block blocks " +
    "star stars lane lanes way ways hole holes spot spots step steps stage stages row rows dollar dollars buck bucks quid " +
    "country dirt gravel back side main-road long short quick full half whole hard soft easy rough bumpy smooth steep windy " +
    "degree degrees percent turn turns stop stops light lights sign signs parking lot lots highway freeway " +
    "mpg kph kmh kmph hp bhp kw volt volts amp amps gallon gallons gal litre litres liter liters qt quart quarts oz cc lane-change " +
    // currencies abroad: "450 kr pr. liter" is a price per litre ("pr" is also USPS's prairie)
    "kr kn lei eur euro euros usd zl czk huf ron sek nok dkk chf"
  ).split(" "),
);
/**
 * Car makes, lower case: a make before a word is a car's, not a place's or a person's. Not
 * vocabulary.ts's longer CAR_MAKES: its extra makes also name streets and places ("Martin",
 * "Genesis", "Lotus"), and here a make rules a street out.
 */
export const CAR_MAKES: ReadonlySet<string> = new Set(
  (
    "acura alfa audi bmw buick cadillac chevy chevrolet chrysler dodge fiat ford gmc honda hyundai infiniti jaguar jeep kia " +
    "land lexus lincoln mazda mercedes mercury mini mitsubishi nissan oldsmobile opel peugeot plymouth pontiac porsche ram range " +
    "renault saab saturn scion seat skoda subaru suzuki tesla toyota vauxhall volvo vw volkswagen"
  ).split(" "),
);
const US_STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const AU_STATES = "NSW|VIC|QLD|SA|WA|TAS|NT|ACT";
const CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT";
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}`;
const CA_POSTCODE = String.raw`[A-Z]\d[A-Z]\s?\d[A-Z]\d`;
/** The letters a UK postcode can start with: its postcode areas (and BFPO's BF). */
const UK_POSTCODE_AREAS = new Set(
  (
    "AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL " +
    "GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA " +
    "PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
  ).split(" "),
);
/** A Canadian postcode's letters: its first from the provinces' districts, none of D, F, I, O, Q, U anywhere. */
const CA_POSTCODE_LETTERS = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d$/;

/**
 * Whether a postcode-shaped code could be a real UK or Canadian postcode: a UK one starts with a
 * postcode area, a Canadian one uses only the letters Canada Post does. A battery's or part's
 * code in the same shape ("century NS60LS", "an NS40ZL") starts with letters no postcode has.
 */
function realPostcode(code: string): boolean {
  if (/\d$/.test(code)) return CA_POSTCODE_LETTERS.test(code);
  return UK_POSTCODE_AREAS.has(/^[A-Z]+/.exec(code)?.[0] ?? "");
}
/** A box written, sent or posted to, just before the box's word ("send it to", "stuur na", "schick an"). */
const BOX_SENT_TO = /(?<!\p{L})(?:send|write|post|mail|ship|stuur|skryf|pos|schick|schicke|schreib|sende|skicka|wyślij|napisz|пишите|отправ\p{L}*)(?!\p{L})[^.!?\n]{0,20}$/iu;
/**
 * A box of round 36's words given as where to write or send, not a drawer, a bus or a locker named in passing ("Posbus
 * 1024 was vol", "P.O. Drawer 100 is where the old records were kept", "our Posbus 5 closed down"): one written or
 * sent to just before it ("send it to", "stuur na", "schick an", "wyślij na", "пишите на"; "my", "our" alone are not
 * enough), or a town or a postcode right after it ("Posbus 2231, Upington", "Postboks 77, 0101 Oslo",
 * "skrytka pocztowa 12, 30-001 Kraków", "а/я 45, Казань"); a Packstation only with its customer's Postnummer, which is
 * what a parcel is addressed to.
 */
function boxAbroadGiven(m: RegExpExecArray, text: string): boolean {
  const word = m.groups?.["abroad"];
  if (!word) return true;
  const rest = text.slice(m.index + m[0].length);
  if (/^packstation$/i.test(word)) return /\bpostnummer\b/i.test(rest);
  const lead = text.slice(Math.max(0, m.index - 40), m.index);
  return BOX_SENT_TO.test(lead) || /^\s*,\s*(?:\d{2}-\d{3}|\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}|\p{Lu}\p{Ll})/u.test(rest);
}
/** Irish Eircode: routing key and unique identifier ("D03 X2Y4"). */
const EIRCODE = String.raw`[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}`;
/**
 * The routing keys An Post gives Eircodes (their first three characters, Dublin's "D6W" read apart):
 * a code in the Eircode's shape starting with another key is a part's, an engine's or a chassis'
 * ("N47 D20A", "B58 ...", "E46 ..."), not a home's.
 */
const EIRCODE_ROUTING_KEYS = new Set(
  (
    "A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 D11 D12 " +
    "D13 D14 D15 D16 D17 D18 D20 D22 D24 E21 E25 E32 E34 E41 E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 " +
    "F94 H12 H14 H16 H18 H23 H53 H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 P12 P14 P17 P24 P25 P31 P32 " +
    "P36 P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23 T34 T45 T56 V14 V15 V23 V31 " +
    "V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25 Y34 Y35"
  ).split(" "),
);
/**
 * Whether a code in the Eircode's shape, typed in capitals with its space, is a real one: a real
 * routing key, and a unique identifier mixing letters and digits as nearly all do ("T12 K8P3", "D08
 * VF32", "F23 KX82"); an all-digit or all-letter tail is a model's or a part's ("D12 1234"), and three
 * digits and a letter a model's badge after a chassis code that is also a routing key ("E91 320D", "F31 330D").
 */
function realEircode(code: string): boolean {
  const [key, id] = code.split(/\s+/);
  return id !== undefined && EIRCODE_ROUTING_KEYS.has(key!) && /\d/.test(id) && /[A-Z]/.test(id) && !/^\d{3}[A-Z]$/.test(id);
}
const POSTCODE = String.raw`(?:\d{5}(?:-\d{4})?|${UK_POSTCODE}|${CA_POSTCODE}|${EIRCODE}|\d{4})`;

/** The words that name a postcode. */
const POSTCODE_WORD = String.raw`zip|zipcode|zip\s+code|post\s*code|postal\s+code|pin\s*code|eircode`;
/** A UK postcode spelled out a character at a time ("L S 6 2 A B"), read only after its name. */
const SPACED_UK_POSTCODE = String.raw`[A-Z](?:\s[A-Z])?\s\d(?:\s[A-Z\d])?\s+\d\s[A-Z]\s[A-Z]`;
/** What may follow a street: a unit, a city, a state or province, a postcode (all optional). */
const UNIT_WORDS =
  "apt|apartment|appartement|unit|suite|ste|flat|fl|flr|floor|level|lvl|bldg|building|lot|room|rm|bay|space|gate\\s+code(?:\\s+is)?|dock|int|interior|piso|depto|dpto|torre|apto|bloco|casa";
const OUTWARD_CODE = String.raw`[A-Z]{1,2}\d{1,2}[A-Z]?`;
/** A town or district after the street: capitalised words, maybe after "Co." or "Col." (county, colonia). */
// Also an Irish county typed in lower case ("co cork") and a Dublin postal district ("Dublin 15").
const PLACE = String.raw`(?:(?:[Cc]o\.?|[Cc]ounty)\s+[A-Za-z][a-z]{2,}|Dublin\s+\d{1,2}[Ww]?|(?:(?:Co\.|Col\.|Colonia|County)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})`;
const TAIL = String.raw`(?:,?\s*(?:(?:${anyCase(UNIT_WORDS)})\b|#)\.?\s*#?[\w-]+){0,2}(?:,?\s*\d{1,2}\s?[ºª°o]\s*(?:izq|izda|dcha|der|dir|esq|[A-Z](?![\w'’]))?\.?)?(?:,?\s+[a-z]{3,}(?:\s+[a-z]{3,})?,?\s+(?:${US_STATES.toLowerCase()})\s+\d{5}\b)?(?:\s*\([^()\n]{1,40}\))?(?:(?:,?\s+|\s+[-–]\s+)${PLACE}(?=\s*[,.;!?—–]|\s+[-—–]\s|\s*$|\s+(?:${US_STATES}|${AU_STATES}|${CA_PROVINCES})\b|\s+(?:CP\s*)?${POSTCODE}\b|\s+${OUTWARD_CODE}\b)){0,3}(?:(?:,?\s+|\s+[-–]\s+)(?:${US_STATES}|${AU_STATES}|${CA_PROVINCES}|[A-Z]{2})\b)?(?:,?\s+(?:CP\s*|C\.P\.\s*)?${POSTCODE}\b(?:\s+[A-Z][a-z]{2,}(?![\w'’]))?|,?\s+${OUTWARD_CODE}(?![\w-]))?`;
const DIRECTION_WORD = String.raw`(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)`;
const DIRECTION = String.raw`(?:${DIRECTION_WORD}\.?\s+)`;
/**
 * A house number said in words and normalised to its spoken groups: "three twenty seven" -> "3 27",
 * "fourteen twenty-seven" -> "14 27", "nineteen forty two" -> "19 40 2" (hundreds, then tens).
 */
const SPOKEN_HOUSE_NUMBER = String.raw`(?:1\d|[1-9])\s+(?:[2-9][1-9]|[1-9]0(?:\s+[1-9])?|1\d)`;
const HOUSE_NUMBER = String.raw`(?<![\w\/.,$£€#-])(\d[\dO]{0,4}[a-z]?(?:\s+1\/2|\s?[-\/]\s?\d{1,5}[a-z]?)?)`;

/** Suffixes that are also ordinary words ("freezing point", "a 5 star view"): only after a capitalised name. */
const WEAK_SUFFIX =
  /\b(?:point|pt|view|run|park|green|bend|rise|walk|path|hill|loop|row|way|chase|cove|glen|vale|creek|ridge|hollow|strand|crossing|heights|plaza|square|trail|grove|place|close|court|drive|lane|circle|terrace|approach|fold|mount|crest|nook|reach|retreat|outlook)\.?$/i;

/**
 * Car parts named like a street: a part or a place on the car, then a street type that is also a
 * fitting ("Engine Mount", "Top Mount", "Window Rise", "Top Row", "Bonnet Close"). Not "spring",
 * "upper", "lower" or "box" ("Spring Close", "Box Hill" are streets).
 */
const PART_PLACE_WORDS = new Set(
  (
    "engine gearbox transmission trans strut top wishbone exhaust motor shock shocks subframe diff differential torque radiator rad " +
    "alternator compressor bonnet hood tailgate boot trunk window mirror seat seats wheel hub steering suspension axle rear front dash " +
    "battery damper arm rack pump fan tank fuel brake clutch door roof bumper caliper cam crank turbo intake manifold sump prop " +
    "anti-roll antiroll sway stabiliser stabilizer bearing cab cabin headlight headlamp tail spare tow towbar"
  ).split(" "),
);
/** A part noun right after the street type turns it into a part: "Top Mount bearings", "Strut Mount kits". */
const PART_NOUN_AFTER =
  /^\s*(?:bearings?|bush(?:es)?|bushings?|kits?|bolts?|nuts?|brackets?|rubbers?|inserts?|seals?|pads?|covers?|gaskets?|assy|assembl(?:y|ies)|parts?|shafts?|arms?|links?|joints?|belts?|hoses?|pipes?|sensors?|sets?|pairs?|plates?|washers?|clips?|screws?|studs?|springs?|rods?|bars?|pins?|switch(?:es)?|motors?|pumps?|lights?|lamps?|bulbs?|seats?|panels?|trims?|caps?|rings?|valves?|pieces?|mountings?|mounts?|replacements?|regulators?|cables?|tops?|units?\s+(?:is|are|was|were|for|on|from)\b)(?![\w'’])/i;
/**
 * A street type with a car part's word before it or a part noun after it ("need 2 Engine Mount
 * and 1 Gearbox Mount", "fitted 2 Top Mount bearings"): a parts list, not a street. `street` is the
 * name and its type ("Engine Mount"), `rest` the text right after it; said as where one lives
 * ("I live at 4 Engine Close"), only a part noun after it counts.
 */
function partNamedAsStreet(street: string, rest: string, saidAsAddress = false): boolean {
  const words = street.trim().replace(/\.$/, "").split(/\s+/);
  if (words.length < 2 || !WEAK_SUFFIX.test(words[words.length - 1]!)) return false;
  return PART_NOUN_AFTER.test(rest) || (!saidAsAddress && PART_PLACE_WORDS.has(words[words.length - 2]!.toLowerCase()));
}

/** A model sold by its load rating, right before the number: "Silverado 1500 LT Trail Boss", "Ram 2500 Big Horn", "Sprinter 3500 High Roof". */
const RATED_MODEL_BEFORE = /\b(?:silverado|sierra|ram|sprinter|promaster|transit|savana|express|titan|tundra)\s*$/i;

/** A load rating: 150 to 550, or 1500 to 5500, in hundreds. */
const LOAD_RATING = /^(?:[1-5]50|[1-5]500)$/;

function plausibleStreet(m: RegExpExecArray, text: string): boolean {
  // "I live at 14 maple drive": said as an address, the name may be typed in lower case.
  const saidAsAddress =
    /\b(?:live|living|i'?m|we'?re|located|address\s+is|come\s+to|come\s+by|come\s+round\s+to|bring\s+it\s+(?:to|by)|drop\s+it\s+(?:off\s+)?at|send\s+it\s+to|(?:collect|fetch)\s+(?:it|the\s+(?:car|keys|van))\s+from|pick\s+(?:it|the\s+(?:car|keys|van))\s+up\s+(?:from|at))\s+(?:at\s+)?$/i.test(
      before(text, m, 24),
    );
  if (partNamedAsStreet(m[0].slice(m[0].indexOf(m[2] ?? "")), after(text, m, 30), saidAsAddress)) return false;
  // A truck's or van's load rating and trim, not a house number and its street, unless said as where one is.
  if (!saidAsAddress && LOAD_RATING.test((m[1] ?? "").trim()) && RATED_MODEL_BEFORE.test(before(text, m, 24))) return false;
  if (WEAK_SUFFIX.test(m[0].trimEnd()) && !saidAsAddress && !/^[A-Z0-9]/.test((m[2] ?? "").replace(/^(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s+/i, ""))) return false;
  const number = Number.parseInt((m[1] ?? "").replace(/\D.*$/, ""), 10);
  const words = (m[2] ?? "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.'’]/g, ""));
  const nameWords = words.filter((w) => !/^(?:[nsew]|ne|nw|se|sw|north|south|east|west)$/.test(w));
  if (nameWords.length === 0) return false;
  for (const w of nameWords) {
    if (NOT_A_STREET_NAME.has(w)) return false;
    if (/^\d+$/.test(w)) return false; // "5th" is a name, "10" is not
    // "booked for Sat 9am via the app": a time of day is no street's name (dots already gone: "9a.m.").
    if (/^\d{1,2}(?::\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/.test(w)) return false;
  }
  // "booked 9 am via the app": the number is the hour of a time, "am" or "pm" no name.
  if (number <= 12 && /^(?:am|pm)$/.test(nameWords[0] ?? "")) return false;
  // "cyl 3 - Ford 9L3Z-...": a count then a make ("Ford" is also a suffix), no street between.
  if (
    CAR_MAKES.has(
      m[0]
        .slice(m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length)
        .replace(/^[\s,\-–]+/, "")
        .replace(/[.\s]+$/, "")
        .toLowerCase(),
    )
  )
    return false;
  // "2005 Buick Park Avenue" is a car.
  if (number >= 1900 && number <= 2035 && nameWords.some((w) => CAR_MAKES.has(w))) return false;
  // "the 3 mile drive", "a 20 minute drive": a measurement before the name.
  if (/\b(?:a|an|the|about|around|over|under|another|just|only)\s*$/i.test(before(text, m, 10)) && !/[A-Z]/.test((m[2] ?? "").slice(0, 1))) return false;
  return !negatedBefore(text, m.index) || /\d{5}|[A-Z]\d[A-Z]/.test(m[0]);
}

const NOT_A_PLACE_NAME = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Page|Step|Item|Question|Option|Line|Lane|Bay|Pump|Cylinder)$`);

/** A street suffix ending the text (built once: accepts run per match). */
const ENDS_WITH_SUFFIX = new RegExp(String.raw`\b(?:${STREET_SUFFIX})$`, "i");
/** The name and type a match starts with ("Engine Mount" of "Engine Mount no. 2"). */
const NAMED_STREET_AT_START = new RegExp(String.raw`^(?:[A-Z][a-z'’]+\s+){1,3}?(?:${STREET_SUFFIX})\b`, "i");
/** A unit right after a street name ("4400 Westheimer, suite 12"). */
const UNIT_AFTER_STREET = new RegExp(String.raw`^,?\s*(?:${UNIT_WORDS}|#)\.?\s*#?\w`, "i");

/**
 * A count, a distance, a time or a number of things right after a street's or a box's number, in the
 * languages the continental street rules read ("Via dei Mille 2 volte", "Via delle Industrie 50 metri
 * dopo", "Rua das Palmeiras, 40 minutos", "la casilla de correo 3 veces"): the street was named in
 * passing and the number counts something, it is no house or box number. A clock time after it
 * ("Via Roma 15 ore 10") keeps the address.
 */
const COUNT_OR_MEASURE_AFTER =
  /^\s*(?:times|volt[ae]|voltas?|vez|vezes|veces|fois|mal|(?:kilo|chilo|kiló|quilô)?(?:metr[eiao]s?|mètres?|meters?)|km|kms|minut[eoi]s?|minuten|mins?|hours?|horas?|ore|heures?|stunden?|segundos|secondi|secondes|years?|ann[oi]|años?|anos?|ans|jahren?|days?|giorni|d[ií]as?|jours?|tage|weeks?|semanas?|settimane|semaines?|wochen|months?|meses|mesi|mois|monate|cars?|carros?|coches?|macchine|voitures?|autos)\b(?!\s*\d)/i;

/**
 * A unit of distance, money, volume or power, as people write it after a number in the languages the
 * continental street rules read ("98000 Km", "85000 Kilometros", "15000 Zł", "2000 Euro", "1600
 * Kubik"): where a town should follow a postcode, or a street's number, it says the number measures
 * something. A short unit ends where no letter or digit follows, not at `\b`, which reads only ASCII
 * letters: "M" would be the start of "München" and "zł" would never end.
 */
const MEASURE_OR_MONEY =
  /^\s*(?:[%€$£]|euro|zł|zlot|(?:kilo|chilo|kiló|quilô)m[eéè]t(?:er|re|ro|r)|korun|forint|kubik|(?:m|kg|kms?|mil(?:es|las)?|meilen|mijl|eur|k[cč]|ft|lei|ron|kr|kron(?:a|e|er|or|en|ur)|dollars?|usd|pesos?|reais|lir[ae]|tl|chf|franken|francs?|ccm|cc|ps|hp|kw|nm|lit(?:er|re|ro)s?)(?![\p{L}\d]))/iu;

/** A street's or box's number that counts something after it (see COUNT_OR_MEASURE_AFTER). */
export const countedAfter = (text: string, m: RegExpExecArray): boolean => COUNT_OR_MEASURE_AFTER.test(after(text, m, 24));

/** A thing's label right before a code ("radio serial", "the s/n starts", "part no.", "model code:"). */
const BOX_CODE_LABEL_BEFORE =
  /\b(?:serial|s\/n|sn|code|part|p\/n|model|ref|reference|stock|id|vin|batch|lot|sku)(?:\s+(?:no\.?|nr|number|num|#))?\s*(?:is|was|starts(?:\s+with)?|begins(?:\s+with)?|reads|says|[:#=-])?\s*$/i;
/** The box given as a place to send to after it: "send it there", "my box", "post it". */
const BOX_USED_AFTER = /\b(?:send|sent|post|mail|ship|deliver|drop|forward|my\s+box|po\s+box|postal|town|city|cedex)\b/i;

/**
 * A box's abbreviation that is the letters of a code under a thing's label (issue 13 round 20:
 * "radio serial BP 9555 0147 Y", "the radio serial starts BP 555 0137"): "BP", "PMB" or "P.O.B."
 * written short right after a serial's, a part's or a model's label, with nothing after it that
 * sends anything to a box and no town's name right after it. A box written out ("PO Box", "Postfach", "boîte postale") stays an address.
 */
function boxLettersOfACode(m: RegExpExecArray, text: string): boolean {
  if (!/^(?:B\.?P\.?|PMB|P\.?O\.?B\.)(?=[\s#\d]|$)/i.test(m[0])) return false;
  const tail = after(text, m, 60);
  // "the serial reads BP 1204 Dakar": a town's name after the number makes it a box's address.
  return BOX_CODE_LABEL_BEFORE.test(before(text, m, 40)) && !BOX_USED_AFTER.test(tail) && !/^\s*[,-]?\s*\p{Lu}\p{Ll}{2,}/u.test(tail);
}

export const ADDRESS_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS", // "123 Main Street", "45 Oak Ave Apt 3", "301 W 5th St, Austin TX 78701", "88 Old Kent Road, London SE1 5NP", "12/34 Smith St, Parramatta NSW 2150"
    re: new RegExp(
      String.raw`(?:\b(?:flat|apt|apartment|unit|suite|lot)\s*\w+,?\s+)?${HOUSE_NUMBER},?\s+(${DIRECTION}?(?:[a-z0-9'’.&-]+\s+){0,3}[a-z0-9'’-]+)\s+(?:${STREET_SUFFIX})\b\.?(?:\s+${DIRECTION_WORD}\b\.?)?`,
      "gi",
    ),
    accept: plausibleStreet,
  },
  {
    kind: "ADDRESS", // "1537 Avenue G", "200 Route 9", "4500 State Road 7", "12 Highway 71", "123 Avenue of the Americas", "123 Rue Main", "9 Jalan Kemaman" (Malay)
    re: new RegExp(
      String.raw`${HOUSE_NUMBER},?\s+(?:${anyCase("avenue|ave|route|rte|rt|highway|hwy|state road|state route|county road|farm road|cr|fm|sr|us|interstate|rue|calle|via|avenida|strada|chemin|boulevard|blvd|jalan|jln|lorong|lrg|persiaran")})\s+(?:of\s+the\s+\w+|de\s+la\s+\w+|(?:de|del|la|du|des)\s+\w+|[A-Z0-9]{1,4}\b|[a-z]\b|[A-Z][\w'’-]+(?:\s+(?:(?:de|del|la|los|las)\s+)?[A-Z][\w'’-]+){0,3})`,
      "g",
    ),
    accept: (m, text) => !/^(?:19|20)\d\d$/.test(m[1] ?? "") || /[A-Z]\w+\s*,/.test(after(text, m, 20)) || m[0].length > 14,
  },
  {
    kind: "ADDRESS", // "Elm Street, number 732", "on Cedar Close no. 12", "Main St #41", "Birch Ln 85704, the number is 112", "Jumeirah St, villa 44" (the Gulf's villas)
    re: new RegExp(
      String.raw`\b(?:[A-Z][a-z'’]+\s+){1,3}(?:${anyCase(STREET_SUFFIX)})\b\.?(?:\s+\d{5}(?:-\d{4})?)?,?\s*(?:(?:we'?re|i'?m|it'?s|we\s+are)\s+(?:at\s+)?(?:number\s+)?|(?:the\s+)?(?:house\s+)?(?:number'?s?|num|no\.?|nr\.?|#)\s*(?:is\s+)?|,\s*(?:villa|house)\s+(?:no\.?\s*)?)\d{1,5}[a-z]?\b(?!\s+(?:doors?|houses?|blocks?|down|up|away|mins?|minutes|miles?|km)\b)`,
      "g",
    ),
    accept: (m) => !partNamedAsStreet(NAMED_STREET_AT_START.exec(m[0])?.[0] ?? "", ""),
  },
  {
    kind: "ADDRESS", // "number 12 on Cedar Close", "no 7 in Baker Street"
    re: new RegExp(String.raw`\b(?:number|no\.?|house\s+number)\s+(\d{1,5}[a-z]?)\s+(?:on|in|at)\s+((?:[a-z'’]+\s+){0,2}[a-z'’]+)\s+(?:${STREET_SUFFIX})\b`, "gi"),
    accept: plausibleStreet,
  },
  { kind: "ADDRESS", re: /(?<![\w\/.,$£€#-])\d{1,5}\s+Broadway\b(?:\s+(?:suite|ste|apt|unit|#)\.?\s*\w+)?/gi }, // Broadway needs no suffix
  // Post-office boxes in their national forms: PO/GPO Box, P.O.B., locked and private bags, Postfach,
  // apartado (de correos), casilla de correo, casella postale, caixa postal, boîte postale.
  {
    kind: "ADDRESS",
    // Round 34: "POB 771", "Apdo. 455", "Apdo. Postal 88", "Caja Postal 221", "Kotak Pos 1234", "posta kutusu 34".
    // Round 36: "P.O. Drawer 220", Afrikaans and Dutch "Posbus"/"Postbus", Nordic "Postboks", "Packstation 118",
    // Polish "skrytka pocztowa" and Russian "а/я".
    re: /\b(?:G?\.?P\.?\s?O\.?\s*B(?:ox|\.|(?=\s*#?\d))|post\s+office\s+box|PMB|private\s+bag|locked\s+bag|mail\s*bag|postfach|apartado(?:\s+(?:postal|de\s+correos?))?|apdo\.?(?:\s+postal)?|casilla\s+(?:postal|de\s+correos?)|caja\s+postal|casella\s+postale|caixa\s+postal|bo[iî]te\s+postale|kotak\s+pos|posta\s+kutusu|B\.?P\.?(?=\s*\d)|(?<abroad>P\.?\s?O\.?\s*Drawer|pos(?:t)?bus|postboks|packstation|skrytka\s+pocztowa|(?<!\S)а\/я))\s*(?:no\.?\s*|nr\.?\s*)?#?\s*(?:(?<=bag\s{0,3})X)?(?<n>\d{1,6})\b/giu,
    accept: (m, text) => !boxLettersOfACode(m, text) && !countedAfter(text, m) && boxAbroadGiven(m, text),
  },
  { kind: "ADDRESS", re: /\b(?:RR|RT|Rte|Route|HC|Star\s+Route|rural\s+route)\s*#?\s*\d{1,4}\s*,?\s*(?:Site\s*\d{1,4}\s*,?\s*)?Box\s*#?\s*\d{1,6}[A-Z]?\b/gi }, // rural route boxes
  {
    kind: "ADDRESS", // "1000 E 41st", "818 W Oltorf": a number, a direction and a name, no suffix
    re: /(?<![\w\/.,$£€#-])\d{1,5}\s+(?:N|S|E|W|NE|NW|SE|SW)\.?\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,})\b/g,
  },
  {
    // "Paseo de Gracia 229", "ul. Ogrodowej 15", "Largo do Carmo 3": the other street words of Spanish, Portuguese, Italian and Polish.
    kind: "ADDRESS", // "Avenida Reforma 233", "Calle 5 de Mayo 12", "Rua Augusta 1500", "16 de Septiembre 402"
    re: /\b(?:Avenida|Av\.|Calle|Calzada|Calz\.|Carrera|Cra\.|Rua|Rue|Via|Viale|Piazza|Paseo|Pso\.|Ronda|Camino|Carretera|Traves[ií]a|Pra[cç]a|Largo|Travessa|Corso|Vicolo|[Uu]l\.|[Uu]lica|[Aa]leja|[Oo]siedle)\s+(?:[A-Z0-9][\w'’-]*\s+|(?:de|del|la|los|las|do|da|dos|das|des|du|di|della|delle|dei|degli)\s+){0,4}?\d{1,5}\b|\b\d{1,2}\s+de\s+[A-Z][a-z]+\s+\d{1,5}\b/g,
    accept: (m, text) => !countedAfter(text, m),
  },
  {
    kind: "ADDRESS", // "Eagle Pass Rd & Hwy 71", "FM 969 and Hunters Bend": two roads meeting
    re: new RegExp(
      String.raw`\b(?:(?:[A-Z][a-z'’]+\s+){1,3}(?:${anyCase(STREET_SUFFIX)})\.?|(?:FM|RM|CR|SR|Hwy|Highway|Route|Rte|US|I)[\s-]\d{1,4})\s+(?:and|&)\s+(?:(?:FM|RM|CR|SR|Hwy|Highway|Route|Rte|US|I)[\s-]\d{1,4}\b|(?:[A-Z][a-z'’]+\s+){0,3}(?:${anyCase(STREET_SUFFIX)})\b\.?|[A-Z][a-z]+\s+[A-Z][a-z]+\b)`,
      "g",
    ),
    accept: (m, text) => !m[0].split(/\s+(?:and|&)\s+/).some((street, i) => partNamedAsStreet(street, i === 0 ? "" : after(text, m, 30))),
  },
  {
    kind: "ADDRESS", // "I'm on Maple Ridge Drive, the blue house, number 732", "I live on Dove Meadow Trail, 1122", "3rd house on the right on Pecan Hollow"
    re: new RegExp(
      String.raw`\b(?:[Ll]ive|[Ll]iving|[Ii]'?m|[Ii]m|[Ww]e'?re|house|home|place|duplex|one|right|left|located)\s+(?:\w+\s+){0,3}?on\s+(?<street>(?:[A-Z][a-z'’]+\s+){0,3}(?:[A-Z][a-z'’]+))(?<rest>[^.!?\n]{0,50})`,
      "gd",
    ),
    accept: (m) => {
      const street = m.groups?.street ?? "";
      const rest = m.groups?.rest ?? "";
      const suffixed = ENDS_WITH_SUFFIX.test(street) && street.includes(" ");
      return (
        (suffixed || /\b(?:number|no\.?|#)\s*\d|,\s*\d{2,5}\b/i.test(rest)) &&
        /\b(?:house|duplex|home|gate|mailbox|driveway|fence|the\s+one\s+with|left\s+side|right\s+side|number|apartment|apt|unit|blue|red|white|green|yellow|gray|grey|brick|boat|yard)\b|,\s*\d{2,5}\b/i.test(
          rest + " " + m[0].slice(0, 30),
        )
      );
    },
    span: (m) => {
      const street = groupSpan(m, "street");
      if (!street) return null;
      const rest = m.groups?.rest ?? "";
      const num = /(?:(?:number|no\.?|#)\s*|,\s*)(\d{1,5})\b/i.exec(rest);
      return num ? [street[0], street[1] + (num.index ?? 0) + num[0].length] : street;
    },
  },
  {
    kind: "ADDRESS", // "im in 78745", "we're based in 78701"
    re: /\b(?:i'?m|im|we'?re|i\s+am|we\s+are|live|living|located|based|stay|staying)\s+(?:in|at|near)\s+(?<z>\d{5})\b(?!\s*(?:miles?|mi|km|rpm|\$))/dgi,
    span: (m) => groupSpan(m, "z"),
  },
  { kind: "ADDRESS", re: /(?<!\p{L})\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gade|gatan|vej)\s+\d{1,4}[a-z]?\b(?:,?\s+\d{4,5}\s+\p{Lu}\p{L}+)?/giu },
  // More street types glued to a capitalised name (German, Dutch, Scandinavian, Finnish; libpostal's concatenated suffixes):
  // "Tempelhofer Damm" aside, "Kottbusser Ufer"-like "Maybachufer 12", "Prinsengracht 263", "Storgata 12", "Aleksanterinkatu 20".
  // Everyday words end so too (Verkäufer, Italian pagata/allagata, "vakantie"): a capital, and no count, price or lower-case word
  // after the number ("Verkäufer 3 mal", "Strømsveien 4 dekk"), unless a unit or town follows. The Finnish "-ntie"
  // ("Hämeentie 33, Helsinki") needs a comma and a town after it: German and Dutch "Garantie 2 Jahre", "vakantie 2 weken" (round 24's review).
  {
    kind: "ADDRESS",
    re: /(?<!\p{L})\p{Lu}\p{Ll}+(?:damm|ufer|gracht|plein|kade|singel|dijk|gata|gatan|veien|vegen|vagen|vägen|katu|kuja|polku|vayla|väylä|ntie(?=\s+\d{1,4}[a-z]?,\s*\p{Lu}))\s+\d{1,4}[a-z]?\b(?:,?\s+\d{4,5}\s+\p{Lu}\p{L}+)?/gu,
    accept: (m, text) => !countedAfter(text, m) && !MEASURE_OR_MONEY.test(after(text, m, 16)) && !/^[ \t]+\p{Ll}/u.test(after(text, m, 3)),
  },
  {
    // The continental order, any language: street name, house number, postcode, town ("Laan van
    // Meerdervoort 210, 2517 BK Den Haag", "ul. Marszałkowska 84/92, 00-514 Warszawa", "Via Roma 12,
    // 00184 Roma"): the number-then-postcode-then-town shape is the evidence, whatever the street word
    // (a bare four- or five-digit postcode only after a comma: "Es un 2012 Sentra" is a car).
    kind: "ADDRESS",
    re: /(?<![\p{L}\d])(?:(?:ul|al|pl|os|av|c|r)\.[ \t]*)?\p{Lu}[\p{L}'’.-]{2,}(?:[ \t]+(?:van|von|de|der|den|la|le|del|di|da|do|dos|das|\p{Lu}[\p{L}'’.-]+)){0,3}[ \t]+\d{1,4}[a-zA-Z]?(?:[\/-]\d{1,4}[a-zA-Z]?)?(?:,?[ \t]+(?:\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{5}-\d{3})|,[ \t]+\d{4,5})(?<town>[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)/gu,
    // A mileage, a price or a volume after a car's model and generation is no postcode and town: "Im Golf 7, 98000 Km", "Octavia 3, 2000 Euro billiger".
    accept: (m) => !MEASURE_OR_MONEY.test(m.groups!.town!),
  },
  // A postcode on its own. UK and Canadian ones in capitals only, so part codes and plates stay out,
  // and only with a real area's letters (a code after "postcode" is read by the next rule, whatever its letters).
  {
    kind: "ADDRESS",
    re: new RegExp(String.raw`\b(?:${UK_POSTCODE}|${CA_POSTCODE})\b`, "g"),
    accept: (m) => (/\s/.test(m[0]) || /\d[A-Z]{2}$/.test(m[0])) && realPostcode(m[0]),
  },
  {
    kind: "ADDRESS", // "zip is 78701", "postcode: SW1A 1AA", "zip code 78701", "postcode L S six two A B" (spelled out: "L S 6 2 A B")
    re: new RegExp(String.raw`\b(?:${POSTCODE_WORD})\s*(?:is|:|=|-|#)?\s*(${POSTCODE}|${SPACED_UK_POSTCODE})\b`, "gi"),
    accept: (m, text) => !negatedBefore(text, m.index),
    span: (m) => [m.index + m[0].length - (m[1] ?? "").length, m.index + m[0].length],
  },
  {
    kind: "ADDRESS", // "D08 X2Y3 is my eircode", "78745's our zip": the postcode said before its name
    re: new RegExp(String.raw`\b(${POSTCODE})(?:\s+is|'s|’s)\s+(?:my|our|the)\s+(?:${POSTCODE_WORD})\b`, "gi"),
    accept: (m, text) => !negatedBefore(text, m.index),
    span: (m) => [m.index, m.index + (m[1] ?? "").length],
  },
  {
    kind: "ADDRESS", // "corner of 5th and Main", "intersection of Burnet & 183"
    re: /\b(?:the\s+)?(?:corner|intersection)\s+of\s+(?!the\b|a\b|my\b|your\b)[\w.]+(?:\s+[\w.]+)?\s+(?:and|&)\s+[\w.]+/gi,
    accept: (m, text) => !crossingForTheTow(sentenceText(text, m)),
  },
];

const TAIL_RE = new RegExp(TAIL, "y");

/** A tow or recovery truck, its driver or the roadside service: a third party the platform books to move the car. */
const TOW_PARTY =
  /\b(?:tow\s*(?:truck|driver|guy|company|operator|service|man)|tow|recovery\s+(?:truck|driver|van|guy|service)|roadside(?:\s+assistance)?|breakdown\s+(?:truck|van|service)|wrecker|flatbed|aaa)\b/i;
/** The reader asked to the place too: "meet me", "see you there", "come by", "swing by", "find me". */
const READER_ASKED_THERE =
  /\b(?:meet\s+(?:me|us|up)|see\s+(?:you|u|ya)|find\s+(?:me|us)|come\s+(?:by|over|down|round|find|meet|see|get|grab)|(?:swing|stop|drop)\s+by|pop\s+(?:by|over|down|round))\b/i;

/**
 * A crossing where the tow is met or waited for ("I will meet the tow truck at the corner of 5th and Lamar", "waiting for the
 * recovery driver at the intersection of Burnet & 183"; round 50): where the car is handed to the tow, not a place the reader
 * is asked to, unless the sentence asks the reader there too (`READER_ASKED_THERE`).
 */
function crossingForTheTow(sentence: string): boolean {
  return TOW_PARTY.test(sentence) && !READER_ASKED_THERE.test(sentence);
}

/**
 * Extends every street address over what follows it: unit, city, state or province, postcode
 * ("88 Old Kent Road" + ", London SE1 5NP"). Case matters here (a city is capitalised, a state is
 * in capitals), which the case-blind street patterns cannot say, so this runs apart from them.
 */
/** Units right before a street address ("Blk 19 Lot 23 ", "Block 4, Unit 12 "), the last maybe the house number's own word ("Blk 19 Lot " before "23 Narra St"). */
const UNITS_BEFORE = /(?:\b(?:blk|block|bldg|building|phase|lot|unit|flat|apt)\.?\s*\d{1,4}[a-z]?,?\s+){0,2}(?:\b(?:blk|block|lot|unit|flat|apt)\.?\s*)?$/i;

export function extendAddressTails(text: string, hits: Hit[]): void {
  const extra: Hit[] = [];
  for (const h of hits) {
    if (h.kind !== "ADDRESS") continue;
    // "Blk 19 Lot 23 Narra St.", "Block 4, Unit 12 ...": the block and unit said before the street.
    const head = UNITS_BEFORE.exec(text.slice(Math.max(0, h.start - 30), h.start));
    if (head && head[0].length > 0) h.start -= head[0].length;
    // "900 County Rd 12", "22190 Old Hwy 61", "4780 Co Rd 300 N": a road named by its number.
    const roadNumber = /\b(?:hwy|highway|rd|road|route|rte|fm|cr)\.?$/i.test(text.slice(Math.max(0, h.start), h.end)) ? /^\s+\d{1,4}[A-Z]?(?:\s+[NSEW]\b)?/.exec(text.slice(h.end, h.end + 12)) : null;
    if (roadNumber) h.end += roadNumber[0].length;
    TAIL_RE.lastIndex = h.end;
    const m = TAIL_RE.exec(text);
    if (m && m[0].length > 0) h.end += m[0].trimEnd().length;
    // "RR 2 Box 118 off Hwy 9": the road the box is off.
    const off = /^,?\s+(?:off|on)\s+(?:Hwy|Highway|Route|Rte|FM|CR|County\s+R(?:oa)?d|Co\s+Rd)\s*\d{1,4}\b/i.exec(text.slice(h.end, h.end + 30));
    if (off) h.end += off[0].length;
    // "i live on Birchwood Crescent, the house with the red Mazda, it's 64": a street named without
    // its number, the number given later in the sentence.
    if (!/\d/.test(text.slice(h.start, h.end))) {
      const later = LATER_HOUSE_NUMBER.exec(text.slice(h.end, h.end + 80));
      if (later) extra.push({ kind: "ADDRESS", start: h.end + later.index + later[0].length - later[1]!.length, end: h.end + later.index + later[0].length, detail: true });
    }
    // "5 acacia ave, dubbo.", "2b/41 oxford st paddington,", "909 w 3rd ave, spokane 99201": a town
    // typed in lower case, ended by punctuation, the message's end or a postcode.
    const town = LOWER_TOWN.exec(text.slice(h.end, h.end + 60));
    if (town && !town[1]!.split(/\s+/).some((w) => COMMON_AFTER_ADDRESS.has(w))) {
      h.end += town[0].length;
      // "5 chapel lane, ballincollig, co cork": the county after the town.
      const county = /^,?\s+(?:co\.?|county)\s+[a-z]{3,}\b/i.exec(text.slice(h.end, h.end + 30));
      if (county) h.end += county[0].length;
    }
    // "Lot 9 Bluegum Rd", "Unit 7, Brookfield Industrial Estate", "Shop 4, 112-118 Parramatta Rd",
    // "No. 9 Church Lane", "#204 - 1788 W 2nd Ave", "4th flr, Bldg 3, 77 Hudson St": units and
    // floors before the number, up to two of them.
    // "Harbourside Apts, 200 Quay St": the building's name before the number.
    const building = BUILDING_BEFORE.exec(text.slice(Math.max(0, h.start - 48), h.start));
    if (building) h.start -= building[0].length;
    for (let k = 0; k < 2; k++) {
      // Also with the estate or building's name between ("Lot 14, Shady Pines MHP, 900 County Rd").
      const head =
        /(?:\b(?:lot|lote|unit|apt|apartment|flat|suite|ste|bldg|building|shop|shed|cottage|villa|plot|door|house|trailer|casa|room|space|site|pad|berth|no)\.?\s*(?:no\.?\s*)?#?\s*[\w\/-]{1,6}|#\s*\d{1,5}[a-z]?|\b\d{1,2}(?:st|nd|rd|th)\s+(?:floor|flr|fl))[,\s]*(?:[-–]\s*)?(?:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3},\s*)?$|\b(?:lot|lote|unit|apt|apartment|flat|suite|ste|cottage|villa|house|trailer|casa|room|shop|no|number)\.?\s*$/i.exec(
          text.slice(Math.max(0, h.start - 48), h.start),
        );
      if (!head || head[0].length === 0) break;
      h.start -= head[0].length;
    }
    // "Hollybush Lane, postcode LS18 4PQ", "CF24 3AA, just off Newport Rd": a street named beside
    // a postcode or address on the same line is part of it.
    extra.push(...streetsBeside(text, h));
  }
  hits.push(...extra);
}

/** A block of flats or a complex named before the street number ("Harbourside Apts, ", "Kingsway Court - "). */
const BUILDING_BEFORE = /(?<![\w'’])[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}\s+(?:Apts|Apartments|Towers?|Mansions|Condos?|Lofts|Residences|Court|House|Complex|Estate|Plaza)\s*[,–-]\s*$/;
/** A street named by its name and type, without a number ("Newport Rd", "Cranbrook Road"). */
const NAMED_STREET = new RegExp(
  String.raw`(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Crescent|Cres|Court|Ct|Boulevard|Blvd|Place|Pl|Terrace|Tce|Grove|Gardens|Parkway|Pkwy|Highway|Hwy|Row|Mews)\b\.?`,
  "g",
);

/** Streets named on the line of an address hit, within 80 characters of it (see `extendAddressTails`). */
function streetsBeside(text: string, h: Hit): Hit[] {
  let from = Math.max(0, h.start - 80);
  const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
  if (lineStart > from) from = lineStart;
  let to = Math.min(text.length, h.end + 80);
  const lineEnd = text.indexOf("\n", h.end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  const found: Hit[] = [];
  const window = text.slice(from, to);
  NAMED_STREET.lastIndex = 0;
  for (let m = NAMED_STREET.exec(window); m !== null; m = NAMED_STREET.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (end <= h.start || start >= h.end) found.push({ kind: "ADDRESS", start, end, detail: true });
  }
  return found;
}

/** A house number said later in the street's sentence: "..., it's 64", "number 732", "no. 9" (not a time, a distance or an age). */
const LATER_HOUSE_NUMBER =
  /^[^.!?\n]{0,60}?\b(?:it'?s|its|number|no\.?|nr\.?|house\s+number|#)\s*(\d{1,5}[a-z]?)\b(?!\s*(?:miles?|mi\b|km|mins?|minutes|hours?|hrs?|years?|yrs?|yo\b|%|am\b|pm\b|k\b|bucks|dollars|quid|[:.]\d))/i;

/** A town in lower case right after an address (see `extendAddressTails`). */
const LOWER_TOWN = new RegExp(
  String.raw`^,?\s+([a-z][a-z'’-]{1,20}(?:\s+[a-z][a-z'’-]{2,20})?)(?=\s*(?:[,.;!?\n(]|$|[-–—]\s|\d{4,6}\b|[A-Z]\d[A-Z]))(?:\s+(?:\d{5}(?:-\d{4})?|\d{4}|[1-9]\d{5}|${UK_POSTCODE}|${CA_POSTCODE})\b)?`,
);
/** Words that follow an address without being its town ("... Elm St, thanks", "... 5th Ave please"). */
const COMMON_AFTER_ADDRESS = new Set(
  (
    "a an the and or but so if then than thanks thank thx ty please pls plz ok okay cheers lol btw sir mate bro ma'am maam " +
    "come came coming near next opposite behind beside across past by at in on to from for with is are was be it its it's i i'm im " +
    "we you he she they my your our their this that there here just right left up down around tomorrow today tonight asap soon " +
    "buzz ring knock call text gate code apt unit suite flat floor side back front door entrance parking park garage house home " +
    "blue red white green black grey gray yellow brick corner dogs dog car truck van ute keys key see meet pull out yes no not " +
    "upstairs downstairs inside outside after before between where when which who what how any anytime whenever"
  ).split(" "),
);
const STREET_HIT = /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|close|crescent|highway|hwy)\b/i;

/** A postcode of any of the shapes the address rules know, read anywhere in a message that gives a street (`findStrayPostcodes`). Built once: global. */
const STRAY_POSTCODE = new RegExp(String.raw`(?<![\w$£€.,#-])(?:\d{5}(?:-\d{4})?|${UK_POSTCODE}|${CA_POSTCODE}|${EIRCODE})(?![\w.,]\d)\b`, "g");

/**
 * A postcode left on its own after the street was given ("Elm St ... 78701", or in a later line):
 * once a message holds an address, any US ZIP or UK/CA postcode elsewhere in it is part of it.
 */
export function findStrayPostcodes(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.kind === "ADDRESS" && STREET_HIT.test(text.slice(h.start, h.end)))) return;
  const re = STRAY_POSTCODE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (/^\s*(?:miles?|mi|km|k\b|dollars|bucks)/i.test(after(text, m, 10)) || /[$£€]\s*$/.test(before(text, m, 2))) continue;
    hits.push({ kind: "ADDRESS", start: m.index, end: m.index + m[0].length, detail: true });
  }
}

/** A code that opens a place: a gate, door, building, buzzer, key safe or lock box code ("gate code 4412", "door code is 1948#", "code for the gate is 4471"). */
const ACCESS_CODE =
  /\b(?:(?:gate|door|entry|entrance|access|building|buzzer|intercom|key\s*safe|lock\s*box|keypad)\s+(?:code|pin|combo|combination)|(?:code|pin|combo|combination)\s+(?:for|to|of|on)\s+(?:the\s+)?(?:gate|door|entrance|building|buzzer|intercom|key\s*safe|lock\s*box|keypad))\s*(?:is|:|=|-)?\s*(?<c>\d{3,8}#?)(?![\w.,]\d)/dgi;
/** A numbered home: a flat or an apartment, the place a customer's access code opens. */
const NUMBERED_HOME = /\b(?:flat|apt|apartment)\s*(?:no\.?\s*|#\s*)?[a-z]?\d{1,5}[a-z]?\b/i;

/**
 * The code that opens the place an address leads to ("19 Larch Close, Penwortham. Gate code:
 * 4471", "flat 12, door code 0415#"): once the message gives an address, or the code's sentence
 * gives a numbered flat, the code is part of the way in, and is masked with the flat. A unit,
 * locker, bay or parking space with a code is a workshop's key drop as often ("key safe code is
 * 2580, it's by the door of unit 4"), so it gives no place by itself.
 */
export function findAccessCodes(text: string, hits: Hit[]): void {
  if (!/\b(?:code|pin|combo|combination)\b/i.test(text)) return;
  const addressed = hits.some((h) => h.kind === "ADDRESS");
  ACCESS_CODE.lastIndex = 0;
  for (let m = ACCESS_CODE.exec(text); m !== null; m = ACCESS_CODE.exec(text)) {
    if (negatedBefore(text, m.index)) continue;
    const [start, end] = sentenceOf(m);
    const home = NUMBERED_HOME.exec(text.slice(start, end));
    if (!addressed && !home) continue;
    const [cs, ce] = groupSpan(m, "c")!;
    hits.push({ kind: "ADDRESS", start: cs, end: ce, detail: true });
    if (home && !addressed) hits.push({ kind: "ADDRESS", start: start + home.index, end: start + home.index + home[0].length, detail: true });
  }
}

/** A postcode's name, the gate of both patterns that read a postcode by it. */
const POSTCODE_NAMED = /\b(?:zip|post|postal|pin|eircode)/i;
// Cheap preconditions, tested once per message before each pattern runs (see `Pattern.gate`).
const GATES: Array<RegExp | undefined> = [
  /\d/,
  /\d,?\s+(?:avenue|ave|route|rte|rt|highway|hwy|state|county|farm|cr|fm|sr|us|interstate|rue|calle|via|avenida|strada|chemin|boulevard|blvd|jalan|jln|lorong|lrg|persiaran)\b/i,
  /(?:number|num|no\.?|nr\.?|#|'re|'m|'s|are|villa|house)\s*(?:is\s+|at\s+)?\d/i,
  /\b(?:number|no\.?|house)\s+\d/i,
  /broadway/i,
  /\b(?:box|pobox|pmb|bag|p\.?\s?o\.?\s*b|postfach|apartado|apdo|casilla|caja|casella|caixa|boite|kotak|kutusu|b\.?p|drawer|posbus|postbus|postboks|packstation|skrytka)\b|а\/я/i,
  /\bbox\b/i,
  /\d\s+(?:N|S|E|W|NE|NW|SE|SW)\.?\s/,
  /\b(?:Avenida|Av\.|Calle|Calzada|Calz\.|Carrera|Cra\.|Rua|Rue|Via|Viale|Piazza|de|Paseo|Pso\.|Ronda|Camino|Carretera|Traves[ií]a|Pra[cç]a|Largo|Travessa|Corso|Vicolo|[Uu]l\.|[Uu]lica|[Aa]leja|[Oo]siedle)(?:\b|\s)/,
  /\s(?:and|&)\s/,
  /\bon\s+[A-Z]/,
  /\b(?:in|at|near)\s+\d{5}\b/,
  /(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gade|gatan|vej)\s+\d/i,
  /(?:damm|ufer|gracht|plein|kade|singel|dijk|gata|gatan|veien|vegen|vagen|vägen|katu|kuja|polku|vayla|väylä|ntie)\s+\d/,
  /\d,?[ \t]+(?:\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{5}-\d{3}|\d{4,5})[ \t]+\p{Lu}/u,
  /[A-Z]\d/,
  POSTCODE_NAMED,
  POSTCODE_NAMED,
  /\b(?:corner|intersection)\s+of\b/i,
];
// Later, general shapes; each with its own gate.
ADDRESS_PATTERNS.push(
  {
    kind: "ADDRESS", // "on Mill, number 45", "on Whitmore, number 119", "on 3rd and Ash, no. 808": a named road (or a crossing) and the house's number
    re: /\bon\s+(?<s>\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+[A-Z][a-z'’]+|[A-Z][a-z'’]+(?:\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z'’]+)|\s+[A-Z][a-z'’]+)?),?\s*(?:house\s+)?(?:number'?s?|no\.?|#)\s*(?:is\s+)?\d{1,5}[a-z]?\b/dg,
    accept: (m, text) => !NOT_A_PLACE_NAME.test((m.groups?.s ?? "").split(/\s+/)[0] ?? "") && !negatedBefore(text, m.index),
    span: (m) => [groupSpan(m, "s")![0], m.index + m[0].length],
    gate: /\bon\s+[A-Z0-9]/,
  },
  {
    kind: "ADDRESS", // "56 Kingsway, Hove BN3 2FB", "1/23 Kingsway, Glen Waverley 3150": no street type, but a town and a postcode after
    re: new RegExp(
      String.raw`${HOUSE_NUMBER}\s+[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,2},?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:(?:${AU_STATES}|${CA_PROVINCES}|${US_STATES})\s+)?(?:\d{4,5}|${UK_POSTCODE}|${CA_POSTCODE})\b`,
      "g",
    ),
    accept: (m, text) => !/^(?:19|20)\d\d$/.test(m[1] ?? "") && !negatedBefore(text, m.index),
    gate: /\d\s+[A-Z][a-z]/,
  },
  {
    // A particle "2" is "dos" read as a number by the normaliser ("rua dos Andradas" -> "rua 2 Andradas").
    kind: "ADDRESS", // Spanish/Latin forms: "calle Alcalá 120", "via Roma 15", "R. Augusta, 1508", "Rua das Flores, 12", "Cra 15 # 93-47", "calle 8 #2314"
    re: /\b(?:[Cc]alle|[Aa]venida|[Aa]v\.|[Rr]ua|R\.|[Rr]ue|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]arrera|[Cc]ra\.?|[Cc]l\.?|[Tt]ransversal|[Dd]iagonal)\s+(?:(?:(?:de|del|la|los|las|do|da|dos|2|das|des|du|di|della|delle|dei|degli)\s+)?[A-Z][\w'’-]+,?\s+){1,4}(?:n[ºo°.]?\s*)?\d{1,5}[a-z]?\b|\b(?:[Cc]alle|[Cc]ra\.?|[Cc]arrera|[Cc]l\.?|[Aa]v\.?|[Aa]venida|[Tt]ransversal|[Dd]iagonal)\s+\d{1,3}[a-z]?\s*(?:#|[Nn]o\.?|n[º°])\s*\d{1,4}(?:\s?-\s?\d{1,4})?\b/g,
    accept: (m, text) => !negatedBefore(text, m.index) && !countedAfter(text, m) && !/^(?:via|Via)\s+(?:Google|Facebook|Text|Email|Zelle|Venmo|PayPal|App|Whats)/.test(m[0]),
    gate: /\b(?:calle|avenida|av|rua|r|rue|via|viale|piazza|carrera|cra|cl|transversal|diagonal)\b/i,
  },
  {
    kind: "ADDRESS", // "im at 2210 Brookhaven, the grey house": a number and a name without a street type, said as where one is, with a place cue near
    // Led by "I'm at", "come by", "my (other) house,", "address:", or at the start of a line.
    re: new RegExp(
      String.raw`(?:\b(?:i'?m|im|we'?re|we\s+are|i\s+live|we\s+live|live|living|located|come\s+(?:by|to|over\s+to|thru|through)|bring\s+it\s+(?:by|to)|drop\s+it\s+(?:off\s+)?at|address\s+is|addr:?|my\s+place\s+is|house\s+is|it'?s)|(?<place>\b(?:(?:my|our|the)\s+(?:other\s+|new\s+|old\s+)?(?:house|home|place|address|addy|apartment|flat|unit|shop|garage|location)\s*(?:is\s*|[,:\-–]\s*)|address\s*[:\-–]\s*))|^[ \t]*)\s*(?:at\s+)?(?<a>(?<n>\d{2,5}|${SPOKEN_HOUSE_NUMBER})\s+(?:[NSEWnsew]\.?\s+)?[A-Za-z][a-z'’]{2,}(?:\s+[A-Z][a-z'’]+)?)\b`,
      "dgim",
    ),
    accept: (m, text) => {
      const a = m.groups?.a ?? "";
      const [hundreds, ...units] = (m.groups?.n ?? "").split(/\s+/).map(Number);
      const num = String(units.length === 0 ? hundreds : (hundreds ?? 0) * 100 + units.reduce((x, y) => x + y, 0));
      const rest = a
        .slice((m.groups?.n ?? "").length)
        .trim()
        .split(/\s+/);
      if (rest.some((w) => NOT_A_STREET_NAME.has(w.toLowerCase()) || NOT_A_PLACE_WORD.has(w.toLowerCase()) || CAR_MAKES.has(w.toLowerCase()) || SUFFIX_WORDS.has(w.toLowerCase()))) return false;
      if (/^(?:19|20)\d\d$/.test(num) || /^\s*(?:miles?|mi|km|rpm|\$|%|degrees|k\b)/i.test(after(text, m, 10))) return false;
      if (negatedBefore(text, m.index)) return false;
      // "my other house, 710 Juniper": the lead says it is a place.
      if (m.groups?.place?.trim()) return true;
      const sentence = after(text, m, 80).split(/[.!?\n]/)[0] ?? "";
      // "4400 Westheimer, suite 12": a unit after the name makes it a street.
      if (UNIT_AFTER_STREET.test(after(text, m, 20))) return true;
      return /\b(?:house|home|driveway|door|gate|mailbox|yard|porch|garage|building|apartment|apt|unit|suite|the\s+one\s+with|stucco|brick|adobe|weatherboard|can'?t\s+miss|cant\s+miss|fence|out\s+front|round\s+back|out\s+back|loading\s+dock|pull\s+in|come\s+(?:whenever|any\s*time)|corner|trailer|duplex|condo|buzz|bell|ring|knock|doorbell)\b/i.test(
        sentence,
      );
    },
    span: (m) => groupSpan(m, "a"),
    gate: /\d{2}\s+[A-Za-z]/,
  },
  {
    kind: "ADDRESS", // "600 Fremont unit 12", "88 Juniper apt 4": a number and a name, then a unit: a street without its type
    re: new RegExp(String.raw`${HOUSE_NUMBER}\s+[A-Z][a-z'’]{2,}(?:\s+[A-Z][a-z'’]+)?,?\s+(?:${anyCase(UNIT_WORDS)})\.?\s*#?\s*[A-Za-z0-9]{1,5}\b`, "g"),
    accept: (m, text) =>
      !/^(?:19|20)\d\d$/.test(m[1] ?? "") && !m[0].split(/\s+/).some((w) => NOT_A_PLACE_WORD.has(w.toLowerCase()) || CAR_MAKES.has(w.toLowerCase())) && !negatedBefore(text, m.index),
    gate: /\d\s+[A-Z][a-z]/,
  },
  {
    kind: "ADDRESS", // "the blue house, number 732, you cant miss it", "our bungalow is no. 14": the home described and its number, no street
    re: /\b(?:the|my|our)\s+(?:[a-z]+\s+){0,2}(?:house|home|bungalow|cottage|trailer|duplex|cabin|townhouse|semi)(?:\s+is)?,?\s+(?:number|no\.?|nr\.?|#)\s*(?<n>\d{1,5}[a-z]?)\b(?!\s*(?:on|in|of)\s+(?:the|my|your|a)\b)/dgi,
    accept: (m, text) => !negatedBefore(text, m.index),
    span: (m) => [m.index, m.index + m[0].length],
    gate: /(?:\b(?:number|no\.?|nr\.?)|#)\s*\d/i,
  },
  {
    kind: "ADDRESS", // "the 1900 block of Division", "2400 block of S Lamar"
    re: /\b\d{2,5}\s+block\s+of\s+(?:(?:[NSEW]|north|south|east|west)\.?\s+)?(?:[A-Z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][\w'’-]*){0,2}/gi,
    gate: /\bblock\s+of\b/i,
  },
  {
    kind: "ADDRESS", // "number 42, the one at the end of Cherry Tree Walk": the house's number, then its street in the same clause
    re: new RegExp(
      String.raw`\b(?:number|no\.?|#)\s*\d{1,5}[a-z]?\b[^.!?\n]{0,50}?\b(?:on|of|in|at|off)\s+(?:(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:${anyCase(STREET_SUFFIX)})\b\.?`,
      "g",
    ),
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /\b(?:number|no\.?|#)\s*\d/i,
  },
  {
    kind: "ADDRESS", // "the street is Wren Hollow", "street name: Old Mill", "the house # is 3308"
    re: /\b(?:street|road|st)\s+(?:name\s+)?(?:is|:|=)\s+(?<s>(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][a-z'’]+){0,3})|\bhouse\s*(?:#|number|num|no\.?)\s*(?:is\s+|:\s*)?(?<n>\d{1,5}[a-z]?)\b/dg,
    accept: (m, text) => !negatedBefore(text, m.index) && !NOT_A_PLACE_NAME.test(m.groups?.s ?? ""),
    span: (m) => groupSpan(m, "s") ?? groupSpan(m, "n"),
    gate: /\b(?:street|road|st|house)\s*(?:name\s+)?(?:is|:|=|#|number|num|no)/i,
  },
  {
    kind: "ADDRESS", // "i'm in the 91604 zip", "we're in the 78745 area"
    re: /\b(?:in|near|around)\s+the\s+(?<z>\d{5})\s+(?:zip|zip\s*code|area|postcode)\b/dgi,
    span: (m) => groupSpan(m, "z"),
    gate: /\d{5}\s+(?:zip|area|postcode)/i,
  },
);

/** Words after a number that make it a quantity, not a house number ("12 volts", "40 bucks"). */
const NOT_A_PLACE_WORD = new Set(
  "volts volt amps amp psi bar nm ft feet lbs mm cm inch inches quarts liters litres degrees bucks dollars pounds quid euros percent hours hrs mins minutes km kms miles years yrs months days weeks times pcs cars trucks people guys bolts nuts codes".split(
    " ",
  ),
);

ADDRESS_PATTERNS.push({
  kind: "ADDRESS", // South Asian form: "H.No 4-1-889, Tilak Road, Abids, Hyderabad 500001", "Plot no 17, sector 21, gurgaon", "door no 12/3, 2nd street, anna nagar west, chennai 600040", "house 56, lane 4, model town"
  // A house, flat, plot or shop id ("H-34", "#47", "212-B"), then within the sentence a 6-digit
  // PIN or a locality word.
  re: /(?:\b(?:h\.?\s?no|house\s+no|plot\s+no|door\s+no|flat\s+no|flat|plot|house|villa|shop(?:\s+at)?|office(?:\s+at)?)\.?\s*[\w\/-]*\d[\w\/-]*|#\s?\d{1,4}[a-z]?\b|\b[A-Z]-\d{1,4}\b)[^.!?\n]{0,80}?(?:\b[1-9]\d{5}\b|\b(?:sector|phase|block|cross|main\s+road|nagar|colony|layout|town|industrial\s+area|circus|chowk|marg|bazaar|puram|halli|enclave|extension|apts|apartments|society|road|rd|street|lane|main)\b[^,.!?\n]{0,20})(?:[^.!?\n]{0,60}?\b[1-9]\d{5}\b)?/gi,
  accept: (m, text) =>
    /\d{6}\b|\b(?:sector|phase|block|cross|main\s+road|nagar|colony|layout|town|industrial\s+area|circus|chowk|marg|bazaar|puram|halli|enclave|extension|apts|apartments|society|road|rd|street|lane|main)\b/i.test(
      m[0],
    ) &&
    !/^\S+\s*[\w\/-]*\d[\w\/-]*\s+(?:doors?|down|up|blocks?|streets?|houses?|mins?|minutes?|miles?|km|away|from|is|has|had|was|with|and|or|of|the|a|over|across|behind|next)\b/i.test(m[0]) &&
    !/\b(?:tyre|tire|part|order|invoice|km|miles)\b/i.test(m[0]) &&
    !negatedBefore(text, m.index),
  gate: /\b(?:no|plot|house|villa|flat|shop|office)\b|#\s?\d|\b[A-Z]-\d/i,
});

// Rural and roadside places: a numbered road and the number of the premises on it ("past the
// mailbox marked 4418, that's on County Road 12", "trailer 9 at the park on Route 66", "FM 1431,
// 18205 on the mailbox"). Neither alone is an address (a road is where a car broke down, a lot
// number is parking, and "lot 4 of the mall" is a car park); together they are a place to go to,
// and both are masked.
const NUMBERED_ROAD = String.raw`\b(?:county\s+(?:road|rd)|farm\s+(?:to\s+market\s+)?(?:road|rd)|ranch\s+road|fm|cr|rr|rural\s+route|route|rte|highway|hwy|state\s+(?:road|route|highway)|sr|us|interstate)\s*-?\s*\d{1,4}[a-z]?\b`;
const PREMISES_NUMBER = String.raw`\b(?:mailbox|box|lot|trailer|space|site|cabin|gate|unit|bay)\s*(?:marked|says|reads|number|no\.?|#)?\s*#?\d{1,5}[a-z]?\b(?!\s+(?:of|in)\s+(?:the|a)\b)|\b\d{1,5}[a-z]?\s+on\s+the\s+(?:mailbox|gate|post|sign|box|fence)\b`;
const NUMBERED_ROAD_RE = new RegExp(NUMBERED_ROAD, "i");
const PREMISES_NUMBER_RE = new RegExp(PREMISES_NUMBER, "i");
const near = (text: string, m: RegExpExecArray, re: RegExp): boolean => re.test(text.slice(Math.max(0, m.index - 150), m.index)) || re.test(after(text, m, 150));
ADDRESS_PATTERNS.push(
  {
    kind: "ADDRESS",
    re: new RegExp(NUMBERED_ROAD, "gi"),
    accept: (m, text) => near(text, m, PREMISES_NUMBER_RE) && !negatedBefore(text, m.index),
    gate: /\b(?:mailbox|box|lot|trailer|space|site|cabin|gate|unit|bay)\b|\bon\s+the\s+(?:mailbox|gate|post|sign|box|fence)\b/i,
  },
  {
    kind: "ADDRESS",
    re: new RegExp(PREMISES_NUMBER, "gi"),
    accept: (m, text) => near(text, m, NUMBERED_ROAD_RE) && !negatedBefore(text, m.index),
    gate: /\b(?:county|farm|ranch|fm|cr|rr|rural|route|rte|highway|hwy|state|sr|us|interstate)\b/i,
  },
);

// Directions to a home instead of its address. The grammar: a DIRECTION (behind, next to, by the,
// past the, the end of, between X and Y, one block north of, 2nd left, off exit 7, mile marker 6,
// south of town ...), a STREET (any street type after a name, a numbered road, or a bare name after
// "on"/"of" or two names crossed with "&"), and the DWELLING pointed at (house, trailer, double
// wide, cabin, gates, gravel drive, "tan metal building", "green metal roof", a number; a bare
// "drive" or "doors" is car talk), in one
// sentence ("1 block north of the Walmart on Fake Pkwy, the yellow house
// with 3 cars in the yard", "Al lado de la farmacia en la calle Mayor, portal 8", "turn left after
// the Shell on Route 9, third driveway on the right"). The sentence is the detail.
const DIRECTION_CUE =
  /\b(?:behind|next\s+to|opposite|across\s+from|near|beside|above\s+the|over\s+the|below\s+the|before\s+the|turn\s+(?:left|right|at)|(?:left|right)\s+at\s+the|take\s+exit|(?:go|drive|walk)\s+(?:\w+\s+)?blocks?|on\s+the\s+(?:left|right)|(?:north|south|east|west)\s+of|blocks?\s+(?:north|south|east|west|from|past|down)|past\s+the|after\s+the|by\s+the(?!\s+(?:way|time|end\s+of\s+the\s+(?:day|week)))|(?:at\s+)?the\s+end\s+of|between\s+\w+\s+(?:and|&)\s+\w+|(?:one|two|three|a|\d)\s+blocks?\s+(?:north|south|east|west|up|down|over)|(?:1st|2nd|3rd|\d+th|first|second|third)\s+(?:left|right)|off\s+exit\s+\d+|cross\s+streets?|mile\s+marker\s+\d+|(?:north|south|east|west)\s+of\s+town|same\s+(?:street|road|lane|block|row)\s+as|(?:come|get|turn)\s+off\s+the|(?:round|around)\s+the\s+corner\s+from|(?:up|down)\s+the\s+(?:road|street|lane)\s+from|(?:1st|2nd|3rd|\d+th|first|second|third|fourth)\s+exit|al\s+lado\s+de|detras\s+de|enfrente\s+de|junto\s+a|neben|hinter|gegenuber|dietro|accanto\s+a|vicino\s+a|perto\s+d[oa]|atras\s+d[oa]|ao\s+lado\s+d[oa]|a\s+cote\s+d[eu]|derriere|en\s+face\s+d[eu])\b/gi;
const STREET_NAMED = new RegExp(
  String.raw`\b(?:(?:on|off|down|up|of)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}\s+(?:St|Street|Rd|Road|Ave|Avenue|Ln|Lane|Pkwy|Parkway|Dr|Drive|Way|Blvd|Boulevard|Hwy|Highway|Ct|Court|Cir|Circle|Pl|Place|Ter|Terrace|Trl|Trail|Bend|Hollow|Close|Crescent|Pike)\b|(?:route|rte|highway|hwy|county\s+r(?:oa)?d|forest\s+service\s+r(?:oa)?d)\s*\d{1,4}|(?:off|onto|along|join|leave)\s+the\s+[ABM]\d{1,4}\b|(?:calle|avenida|rua|via|gali|strasse|straße)\s+(?:no\.?\s*\d+|[A-Za-z]\w+)|[A-Za-z]{2,}(?:strasse|straße|weg)\b)`,
  "i",
);
/** A street named by its name alone after "on"/"of" ("on Main", "end of Cypress Bend", "Pico & Robertson"): counted only with a direction and a dwelling. */
const BARE_STREET = new RegExp(
  String.raw`\b(?:on|of|off)\s+(?!(?:${WEEKDAY_NAMES}|Google|Facebook|Yelp|Maps|Instagram|WhatsApp)\b)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b|\b[A-Z][a-z]{2,}\s+(?:&|and)\s+(?:[A-Z][a-z]{2,}|\d{1,3}(?:st|nd|rd|th))\b`,
);
const DWELLING =
  /\b(?:house|home|bungalow|cottage|cabin|trailer|double\s+wide|duplex|driveway|gravel\s+drive|gates?|door|barn|floor|porch|awning|mailbox|fence|cul\s+de\s+sac|(?:metal|brick|white|tan|gr[ae]y|red|blue|green|yellow|pink|old)\s+(?:\w+\s+)?(?:building|roof|shed|garage|firehouse)|gravel\s+lot|portal\s+\d+|hausnummer\s*\d+|piso\s+\d+|andar\s+\d+|(?:number|no\.?|#)\s*\d{1,4})\b/i;
/**
 * The sender's home pointed at without a dwelling word: "I live across from ...", "ring the bell
 * marked 2F", "I'm the white one with the red truck".
 */
const HOME_POINTED =
  /\b(?:(?:i|we)\s+live\s+(?:right\s+|just\s+)?(?:across|above|over|behind|opposite|next\s+(?:door\s+)?to|beside|below|upstairs|downstairs)|ring\s+the\s+(?:bell|buzzer)|(?:i'?m|we'?re|mine['’]?s|mine\s+is|ours\s+is|at\s+mine,?)\s+the\s+(?:\w+\s+){0,2}(?:one|place|trailer|flat|unit|house)|(?:the|my|our)\s+(?:\w+\s+)?(?:flat|apartment|bedsit|maisonette)\s+(?:above|over|below|behind|opposite|next\s+to|beside))\b/i;
/**
 * A place to count from when no street is named: a business on a street ("the Chevron on Main"),
 * a named landmark right after the direction ("across from Lincoln Elementary"), or a dwelling
 * counted along the road ("third house on the right", "last house before ...").
 */
const LANDMARK = new RegExp(
  String.raw`\b(?:the\s+)?(?:[A-Z][\w'’&]+(?:\s+[A-Z][\w'’&]+)*|(?<=\bthe\s+)[a-z]{3,})\s+on\s+(?!(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Google|Facebook|Yelp|Maps)\b)[A-Z][\w'’]+|\b(?:across\s+from|opposite|behind|next\s+to|above|below|beside)\s+(?:the\s+)?[A-Z][\w'’]+|\b(?:first|second|third|fourth|fifth|sixth|last|\d(?:st|nd|rd|th))\s+(?:house|driveway|door|gate|place|trailer|bungalow|cottage)\s+(?:on\s+the\s+(?:left|right)|before|after|past)\b`,
);

/**
 * A place counted from that is weaker evidence than a street: a shop or public place named after a
 * preposition of the way ("from the Woolies carpark", "neben dem Edeka", "at the Tesco roundabout")
 * or a public place in lower case ("past the footy oval", "same street as the fire station").
 * People park, break down and wait near these too, so they count only with HOME_DESCRIBED.
 */
const PLACE_COUNTED_FROM = new RegExp(
  String.raw`\b(?:${caseless("across from|opposite|behind|next to|beside|near|past|after|from|at|same street as|same road as|neben|hinter|gegenüber")})\s+(?:the\s+|dem\s+|der\s+)?\p{Lu}[\p{L}'’]+|\b(?:the|a)\s+(?:[a-z]+\s+)?(?:station|church|chapel|mosque|temple|gurdwara|school|oval|roundabout|car\s*park|servo|post\s+office|library|pharmacy|chemist|supermarket|playground|pub|petrol\s+pump|water\s+tower)\b`,
  "u",
);
/**
 * The home itself pointed at, stronger than a door or a fence (car talk has those): its number
 * ("number 14", "Hausnummer 12"), a floor counted ("second floor"), or the house described ("my
 * place is the brick one", "corner house with the caravan"), or HOME_POINTED.
 */
const HOME_DESCRIBED =
  /\b(?:(?:number|no\.?|nr\.?|#|hausnummer)\s*\d{1,4}|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|ground|top)\s+floor|(?:my|our)\s+(?:place|house|home|flat|unit)\s+is\s+the\s+(?:\w+\s+){0,2}(?:one|house)|(?:corner|end|last|first|second|third)\s+house|(?:house|bungalow|cottage)\s+with\s+the\s+\w+)\b/i;
/**
 * A number or floor in the sentence that is not the home's: a part, position or code numbered
 * ("number 3 cylinder", "number 2 tyre is low", "number 3 on the dash", "code number 12 in the
 * book", "misfires on no. 2") or a floor of a car park ("third floor of the multi storey").
 */
const THING_BEFORE_NUMBER = String.raw`(?:code|fault|error|dtc|gear|position|fuse|relay|cyl(?:inder)?|pot|page|step|setting|part|job|order|ref|pump|pin|slot|misfir\w*\s+on|hits)`;
const THING_AFTER_NUMBER = String.raw`(?:cyl\w*|injectors?|tyres?|tires?|coils?|plugs?|spark|lights?|lamps?|bulbs?|fuses?|pots?|pistons?|sensors?|wheels?|gears?|valves?|bearings?|pads?|discs?|calipers?|shocks?|struts?|(?:on|in)\s+the\s+(?:dash|scale|gauge|display|dial|list|chart|screen|book|manual|haynes|diagram)\b)`;
const THING_NUMBERED = new RegExp(
  String.raw`\b(?:${THING_BEFORE_NUMBER}\s+)?(?:number|no\.?|nr\.?|#)\s*\d{1,4}\b(?=\s*${THING_AFTER_NUMBER})|\b${THING_BEFORE_NUMBER}\s+(?:number|no\.?|nr\.?|#)\s*\d{1,4}\b|\b\w+\s+floor\s+(?:of|in|at)\s+(?:the|a)\s+(?:multi[\s-]?stor\w*|car\s*park|carpark|parking|shopping|mall|hospital|station|office)`,
  "gi",
);
/**
 * A trip home, not the home itself: "I'll grab them on the way home", "heading home after work",
 * "driving home past the Repco". The sender travels there; the sentence names no dwelling by it.
 */
const TRIP_HOME = /\b(?:on\s+(?:the|my|our)\s+way|head(?:ing|ed)?|go(?:ing)?|went|get(?:ting)?|got|driv(?:e|ing)|drove|walk(?:ing|ed)?)\s+home\b/gi;
/**
 * Where the car broke down or is stuck (round 55: "I broke down past the church by the white house with the double garage", "we're
 * stranded opposite the Shell, by the corner house with the hedge"): a house described there is the sender's bearings by the road,
 * not their home, where no home is claimed (DWELLING, HOME_POINTED).
 */
const STRANDED_THERE =
  /\b(?:broke(?:n)?\s+down|break(?:s|ing)?\s+down|stranded|conked\s+out|(?:car|van|it|she)\s+(?:died|stalled|cut\s+out)|(?:got|am|['’]m|are|['’]re)\s+stuck|got\s+a\s+(?:flat|puncture)|waiting\s+for\s+(?:the\s+)?(?:tow|recovery|breakdown))\b/i;
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: DIRECTION_CUE,
  accept: (m, text) => {
    const [start, end] = sentenceOf(m);
    const sentence = text.slice(start, end).replace(THING_NUMBERED, " ").replace(TRIP_HOME, " ");
    const home = DWELLING.test(sentence) || HOME_POINTED.test(sentence);
    const counted = home && (STREET_NAMED.test(sentence) || LANDMARK.test(sentence) || BARE_STREET.test(sentence));
    // A business as the subject ("the workshop is at mile 41.5 ..., white building on the left") is the way to it, not a home (round 33).
    const described = (HOME_DESCRIBED.test(sentence) && !STRANDED_THERE.test(sentence)) || HOME_POINTED.test(sentence);
    return (counted || (described && PLACE_COUNTED_FROM.test(sentence))) && !BUSINESS_SUBJECT.test(sentence) && !negatedBefore(text, m.index);
  },
  span: sentenceOf,
  gate: /\b(?:behind|next|opposite|across|near|beside|above|over|below|before|exit|turn|left|right|north|south|east|west|blocks?|past|after|by|end|between|cross|mile|same|off|corner|road|lado|detras|enfrente|junto|neben|hinter|gegenuber|dietro|accanto|vicino|perto|atras|cote|derriere|face)\b/i,
});

// Round 34: a rural grid address of the US Midwest, the grid's letter and number before the road ("W7564 County Rd K", "N4321
// State Hwy 13", "N8920 Oak Lane"), and a street type abroad typed in lower case before a capitalised name and its number
// ("corso Vittorio Emanuele 88", "rua Sete de Setembro 210", "avenida Juárez 45"): the capitalised type is read above. And
// the Australian unit written short and glued to the house number ("u5/17 Ocean St"), which the number's own rule, reading a
// number not glued to a word or a slash, leaves.
ADDRESS_PATTERNS.push(
  {
    kind: "ADDRESS",
    re: new RegExp(String.raw`\b[uU]\d{1,4}[a-zA-Z]?\/\d{1,5}[a-zA-Z]?\s+(?:[A-Za-z'’-]+\s+){0,3}(?:${STREET_SUFFIX})\b\.?`, "gi"),
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /\bu\d{1,4}[a-z]?\/\d/i,
  },
  {
    kind: "ADDRESS",
    re: new RegExp(
      String.raw`\b[NSEW]\d{3,5}\s+(?:(?:County|Co\.?|State|St\.?)\s+(?:Road|Rd|Hwy|Highway|Trunk|Route|Rte)\.?\s+[A-Z0-9]{1,3}\b|(?:Hwy|Highway|Route|Rte)\s+\d{1,3}[A-Z]?\b|(?:[A-Z][a-z'’]+\s+){1,2}(?:${caseless("road|rd|lane|ln|drive|dr|avenue|ave|street|st|trail|trl|court|ct|circle|cir|way")})\b\.?)`,
      "g",
    ),
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /\b[NSEW]\d{3,5}\s+[A-Z]/,
  },
  {
    kind: "ADDRESS",
    re: /\b(?:corso|via|viale|piazza|calle|avenida|rua|rue|paseo|travessa|largo|avenue|strada)\s+(?:(?:de|del|della|delle|dei|di|da|do|dos|das|des|du|la|los|las)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|della|delle|dei|di|da|do|dos|das|des|du|la|los|las)\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s*,?\s+\d{1,5}[a-zA-Z]?\b/gu,
    accept: (m, text) => !countedAfter(text, m) && !negatedBefore(text, m.index) && !VIA_A_CHANNEL.test(m[0]),
    // The capitalised name right after (maybe after "de", "della"): "via the app" is English and common.
    gate: /\b(?:corso|via|viale|piazza|calle|avenida|rua|rue|paseo|travessa|largo|avenue|strada)\s+(?:d[a-z]{0,4}\s+)?\p{Lu}\p{Ll}/u,
  },
);

/** The English "via" before a payment service or an app and an amount ("via Zelle 200 is fine", "via WhatsApp 3 times"): no Italian street. */
const VIA_A_CHANNEL = new RegExp(String.raw`^via\s+(?:${PAYMENT_CHANNELS.source}|${CHANNEL_NAMES})\s*,?\s+\d`, "i");

// A post-office box is said without "PO" too: "Box 212, General Delivery, Tofino BC", "mail it to
// Box 2231, Kenai AK 99611", the Swedish "Box 1234, 111 22 Stockholm" (round 34). The grammar: "Box" and its number, then general delivery, or a town with
// its state, province or postcode; or a mailing verb right before it.
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: new RegExp(
    String.raw`\b(?:[Bb]ox|BOX)\s*#?\s*\d{1,6}[A-Z]?\b(?=,?\s+(?:general\s+delivery|\d{3}\s?\d{2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:${US_STATES}|${AU_STATES}|${CA_PROVINCES})\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+${POSTCODE}\b))(?:,?\s+general\s+delivery)?|(?<=\b(?:mail|send|post|ship)\s+(?:it|them|the\s+\w+)?\s*to\s+)(?:[Bb]ox|BOX)\s*#?\s*\d{1,6}[A-Z]?\b`,
    "gi",
  ),
  accept: (m, text) => !/\b(?:fuse|gear|tool|junction|glove|battery|steering|relay|air|cat|port)\s*$/i.test(before(text, m, 12)) && !negatedBefore(text, m.index),
  gate: /\bbox\s*#?\s*\d/i,
});

// A home in a block: the flat, apartment or unit and the block's name ("Flat 4, 2nd floor,
// Kensington Mansions", "apt 12C, building B, Sunrise Towers", "Rosewood Court, flat 9"). A unit
// and a floor alone are parking levels and car-park towers as often ("lot B level 3", "tower 2,
// level 4"), so the block must be named: capitalised words ending in a word for a residential
// block. The floors, blocks and wings said between them ("east wing A") belong to it.
const BLOCK_NAME = String.raw`(?:[A-Z][\w'’-]+\s+){1,3}(?:Mansions|Towers?|Apartments|Apts|Court|House|Heights|Residences|Lofts|Condos?|Lodge|Gardens|Villas|Flats|Buildings?)\b`;
const HOME_UNIT = caseless(String.raw`\b(?:flat|apt|apartment|unit|suite)\.?\s*(?:no\.?\s*)?#?\s*(?=[a-zA-Z]?\d)[a-zA-Z]?\d{1,4}[a-zA-Z]?\b`);
const BLOCK_PART = caseless(
  String.raw`(?:,?\s+(?:(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top)\s+(?:floor|flr|fl)|(?:(?:north|south|east|west|rear|front)\s+)?(?:floor|level|block|blk|building|bldg|wing)\s+\w{1,3}))`,
);
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: new RegExp(String.raw`${HOME_UNIT}${BLOCK_PART}{0,2}(?:,\s*|\s+${caseless("(?:in|at|of)")}\s+(?:${caseless("the")}\s+)?)${BLOCK_NAME}|${BLOCK_NAME},?\s+${HOME_UNIT}${BLOCK_PART}{0,2}`, "g"),
  accept: (m, text) => !negatedBefore(text, m.index),
  gate: /\b(?:flat|apt|apartment|unit|suite)\b/i,
});

// A place given as map coordinates: a latitude and a longitude in decimal degrees ("51.5007,
// -0.1246", "-33.8688 151.2093", "40.7128° N, 74.0060° W"), within their ranges. Measurements come
// in pairs of decimals too ("0.0015, 0.0020 in", "battery went 12.650, 12.100", "clearances were
// 0.152, 0.254"), and a pair sent alone is a reading answered as often as a place, so a pair is a
// place only with a real location cue: written as one (a degree sign or a hemisphere letter), or
// two cue words in its sentence: a map word (a pin, coordinates, a maps app) with a word that says
// where someone is ("stuck", "parked", "I'm at", "come find me", a GPS), or two such words with
// four places as phones share them and not two near values (one alone is said of valves and cars,
// and a map word alone of a unit's or an app's workings). Never with a unit after it, in a list of readings,
// after a measured thing in its clause, or in the open sea off Africa where both are under 3°
// ("0.250, 0.300", lateral and longitudinal g on a logger).
const COORDINATE_PAIR = /(?<![\w.,+-])(?<lat>[-+−]?\d{1,2}\.\d{3,})(?<latMark>\s?°\s?[NS]?|\s?[NS]\b)?\s*[,;/]?\s*(?<lon>[-+−]?\d{1,3}\.\d{3,})(?<lonMark>\s?°\s?[EW]?|\s?[EW]\b)?(?![\d.]\d)/dg;
/** Words that name a map place outright: a pin dropped, coordinates, a grid code, a maps app. A GPS or sat nav alone is a car's unit under repair ("the gps module outputs ..."), so it counts as a where-word. */
const MAP_CUE =
  /\b(?:plus\s*code|what\s?3\s?words|w3w|(?:gps|map|maps|location|my)\s+pin|pin\s+(?:drop|location)|drop(?:ped)?\s+(?:a\s+|the\s+|my\s+)?pin|coords?|co-?ordinates|latitude|longitude|lat\s*\/\s*long|(?:google|apple)\s+maps|waze|(?:my|live|current|exact)\s+location|location\s+is)\b/i;
/** Words that say where someone is; each alone is said of cars and parts too ("stuck open", "parked overnight", "the gps unit"). */
// Round 34: the sender's home named ("that's my house", "our farm") says where someone is as much.
const WHERE_CUE =
  /\b(?:gps|sat\s*nav|location|(?:i'?m|im|we'?re|i\s+am|we\s+are)\s+(?:at|here)|come\s+(?:to|there|here|find)|find\s+me|parked|stuck|broke(?:n)?\s+down|stranded|layby|hard\s+shoulder|(?:my|our)\s+(?:house|home|place|farm|flat|yard|property|address)|(?:i|we)\s+live)\b/gi;
/** The sender's home given as the pair right after it: "my house is at", "we live at", "my farm:", "our place -". */
const HOME_AT_BEFORE =
  /\b(?:(?:my|our)\s+(?:house|home|place|farm|flat|apartment|yard|property|ranch|cabin|address)\s*(?:is\s+(?:at\s+)?|['’]s\s+(?:at\s+)?|:|=|-)|(?:i|we)\s+(?:live|stay)\s+(?:at|@))\s*$/i;
/** A unit or a further reading after the pair, or a reading before it: the decimals are measurements. */
const READING_AFTER =
  /^\s*(?:mm|cm|in(?:ch(?:es)?)?\b|"|thou|v\b|volts?|a\b|amps?|bar|psi|kpa|ohms?|Ω|%|nm|ms|hz|kg|lbs?|g\b|mph|km\/?h|kph|rpm|mpg|l\/100|°\s?[cf]\b|deg(?:rees)?\b|thick|wide|long|deep|high|,?\s*(?:and\s+)?[-+]?\d+\.\d|(?:\w+\s+)?(?:on|in)\s+the\s+(?:\w+\s+){0,2}(?:dash|scale|gauge|display|dial|screen|scope|meter|readout|app))/i;
const READING_BEFORE = /\d\.\d+\s*(?:,|and)?\s*$/;
/** A measured thing named in the pair's clause before it ("battery went", "peak lat", "clearances were"). */
const MEASURED_BEFORE =
  /\b(?:batter(?:y|ies)|volt(?:s|age)?|clearances?|gaps?|trims?|runout|pressures?|readings?|logger|sensors?|gauge|meter|temps?|temperatures?|torque|peak|spec|tolerances?|speed|boost|lambda|afr|g-?force|accel(?:eration)?|cornering|braking|tread|thickness|speedo(?:meter)?|resistance|current|fuel)\b[^,.;!?\n]*$/i;
/** A coordinate as written, the typographic minus read as a sign: "−0.1246" is -0.1246. */
const degrees = (written: string | undefined): number => Number((written ?? "").replace("−", "-"));
/** Whether a latitude and a longitude both under 3° in size: open sea, never a place chatted about. */
const nearNullIsland = (lat: number, lon: number): boolean => Math.abs(lat) < 3 && Math.abs(lon) < 3;
/** Whether two numbers of one sign within 15% of each other: a reading before and after, as a where-word alone cannot tell. */
const likeTwoReadings = (a: number, b: number): boolean => Math.sign(a) === Math.sign(b) && Math.abs(a - b) <= 0.15 * Math.max(Math.abs(a), Math.abs(b));
/** The distinct where-someone-is words in a stretch of text. */
const whereCues = (text: string): number => new Set(Array.from(matchesOf(WHERE_CUE, text), (w) => w[0].toLowerCase().replace(/\s+/g, " "))).size;
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: COORDINATE_PAIR,
  accept: (m, text) => {
    const lat = degrees(m.groups?.lat);
    const lon = degrees(m.groups?.lon);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || nearNullIsland(lat, lon)) return false;
    if (READING_AFTER.test(after(text, m, 40)) || READING_BEFORE.test(before(text, m, 16)) || negatedBefore(text, m.index)) return false;
    if (m.groups?.latMark || m.groups?.lonMark || HOME_AT_BEFORE.test(before(text, m, 40))) return true;
    if (MEASURED_BEFORE.test(before(text, m, 60))) return false;
    const sentence = text.slice(...sentenceOf(m));
    const where = whereCues(sentence);
    if (MAP_CUE.test(sentence)) return where > 0;
    return where >= 2 && /\.\d{4}/.test(m.groups?.lat ?? "") && /\.\d{4}/.test(m.groups?.lon ?? "") && !likeTwoReadings(lat, lon);
  },
  gate: /\d\.\d{3}/,
});

// Coordinates in degrees, minutes and seconds with their hemispheres ("51°30'26\"N 0°7'39\"W"),
// and a latitude and longitude labelled as such however few their decimal places ("lat 51.5, long
// -0.12", "latitude: -33.87 longitude: 151.2"). "lat" and "long" also label a logger's lateral and
// longitudinal g ("peak lat 1.15, long 0.98"), which stay under 3 and follow a measured thing.
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: /\b\d{1,2}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:["″”]|'')\s?)?[NS]\b[,\s]*\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:\.\d+)?\s?(?:["″”]|'')\s?)?[EW]\b|\blat(?:itude)?\.?\s*[:=]?\s*(?<lat>[-+−]?\d{1,2}\.\d+)°?\s*,?\s*(?:long(?:itude)?|lng|lon)\.?\s*[:=]?\s*(?<lon>[-+−]?\d{1,3}\.\d+)\b/gi,
  accept: (m, text) => {
    if (negatedBefore(text, m.index)) return false;
    if (m.groups?.lat === undefined) return true;
    const lat = degrees(m.groups.lat);
    const lon = degrees(m.groups.lon);
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !nearNullIsland(lat, lon) && !MEASURED_BEFORE.test(before(text, m, 60));
  },
  gate: /°|\blat/i,
});

// A place given as a grid code, the other way map apps share a spot: a what3words address, three
// words joined by dots after "///" or after its name ("///filled.count.soap", "w3w: crisp.loaf.
// tables"), and a plus code (Open Location Code: "9C3XGV4C+QV", "GV4C+QV London"), its letters
// from the code's own alphabet.
const OLC = "[2-9CFGHJMPQRVWX]";
/** A part's or model's label before a short code in its clause: the "+" is the code's ("part 8J5X+9C Bosch"). */
const CODE_LABEL_BEFORE = /\b(?:part|code|model|no|number|ref|sku|p\/?n|serial|oem|item)\b[^,.;!?\n]*$/i;
ADDRESS_PATTERNS.push(
  {
    kind: "ADDRESS",
    re: /(?:\/\/\/\s?|\b(?:what\s?3\s?words|w3w)\b\s*(?:address\s+)?(?:is|:|=|-)?\s*(?:\/\/\/)?)\p{L}{2,}\.\p{L}{2,}\.\p{L}{2,}\b/giu,
    accept: (m, text) => !negatedBefore(text, m.index),
    gate: /\/\/\/|\b(?:what\s?3\s?words|w3w)\b/i,
  },
  {
    kind: "ADDRESS",
    re: new RegExp(String.raw`(?<![\w+])(?:[2-9C][2-9CFGHJMPQRVWX]${OLC}{6}|${OLC}{4,6})\+${OLC}{2,3}(?![\w+])`, "gi"),
    // A full code in capitals stands alone; a short one ("GV4C+QV") needs its town after it or a
    // location word in its sentence, as part and model codes are written with a "+" too.
    accept: (m, text) => {
      if (!/[A-Z]/i.test(m[0]) || !/\d/.test(m[0]) || negatedBefore(text, m.index)) return false;
      const sentence = text.slice(...sentenceOf(m));
      if (MAP_CUE.test(sentence)) return true;
      if (CODE_LABEL_BEFORE.test(before(text, m, 40))) return false;
      if (whereCues(sentence) > 0) return true;
      return m[0].indexOf("+") === 8 ? /^[^a-z]+$/.test(m[0]) : /^,?\s+[A-Z][a-z]{2,}/.test(after(text, m, 20));
    },
    gate: /\w\+\w/,
  },
);

// A UK postcode read out a character at a time in any case and with any separators (round 23): "e c
// 9 9  1 a a", "E C 1 V, 2 N X", "ME15 six, A-B", "B-one-four, seven-X-X" (number words are digits
// by now). Put back together it must be a whole postcode with a real area; and as a run of single
// letters and digits is also how part, order and reference codes are read out, the sentence must
// name the postcode or the sender's house ("my place", "house 12", "I live", "we're at", "number
// nine" standing alone) and no code of another kind; "flat" and "house" alone are repair words ("the
// battery's flat", "household socket"), as round 23's review found.
const POSTCODE_READ_OUT = /(?<![\p{L}\d])[A-Za-z](?:[\s,.-]*[A-Za-z])?[\s,.-]*\d(?:[\s,.-]*[A-Za-z\d])?[\s,.-]+\d[\s,.-]*[A-Za-z][\s,.-]*[A-Za-z](?![\p{L}\d])/gu;
const POSTCODE_NAME = new RegExp(String.raw`\b(?:${POSTCODE_WORD})\b`, "gi");
const HOUSE_OR_POSTCODE_NAMED =
  /\b(?:postcode|(?:my|our)\s+(?:house|flat|place|home)|(?:house|flat)\s+(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?|(?:i|we)\s+live|(?:i['’]?m|we['’]?re)\s+at)\b|(?:^|[,;—–-]\s*|\bat\s+|\bdoor\s+)(?:number|no\.?)\s*\d{1,4}[a-z]?(?=\s*(?:[,.;!?]|$))/i;
const OTHER_CODE_NAMED = /\b(?:part|serial|order|ref(?:erence)?|tracking|vin|reg(?:istration)?|plate|code|model|sku|booking|claim|invoice)\b/i;
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: POSTCODE_READ_OUT,
  accept: (m, text) => {
    const code = m[0].replace(/[\s,.-]+/g, "").toUpperCase();
    if (!/[\s,.-]/.test(m[0]) || !/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(code) || !realPostcode(code)) return false;
    // "zip code", "post code": the postcode's own name is no other code.
    const sentence = text.slice(...sentenceOf(m)).replace(POSTCODE_NAME, " postcode ");
    return HOUSE_OR_POSTCODE_NAMED.test(sentence) && !OTHER_CODE_NAMED.test(sentence) && !negatedBefore(text, m.index);
  },
  gate: /\d[\s,.-]+\d|\d[\s,.-]*[A-Za-z][\s,.-]+[A-Za-z]/,
});

/**
 * Where an Eircode given alone stands: after an address's label ("Address: ...", "Eircode - ...", "my place is",
 * "dirección:", "morada é") or a phrase placing a person there ("I'm at", "I live in", "we're out past", "send it to me
 * at", "estoy en", "moro em"), right after or past a town or two and their commas ("I'm in Douglas, T12 K8P3"). A code
 * opening a line or after a comma alone is a list's or a reply's ("Parts list:\nD14 A4XT x2", "ok, D14 A4XT arrived"),
 * and after any other label or "is" a thing's ("Ref: D08 VF32", "SKU: D14 A4XT", "la referencia es ...").
 */
const EIRCODE_PLACED = new RegExp(
  String.raw`(?:` +
    String.raw`\b(?:address|addr|eircode|home|house|place|flat|apartment|direcci[oó]n|domicilio|casa|morada|endere[cç]o|adresse|anschrift|indirizzo|adres|alamat)\s*(?:[:—–-]\s*|\s(?:is|es|é|e|ist|est|è)\s+(?:a\s+)?)|` +
    String.raw`\b(?:send|post|ship|deliver|bring|drop|mail)\b[^,.;\n]{0,25}\s(?:to|at)\s+|\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+live|we\s+live|live[ds]?|living|based|located|staying|me|us|estoy|estamos|vivo|vivimos|moro|estou|wohne|wohnen|j'habite|habite|abito|sto)\b(?:\s+(?:out|up|down|over|just|right))?\s+(?:at|in|to|near|past|by|en|em|na|no|bei|in|à|a)\s+)$`,
  "iu",
);
/** A town or two named with capitals, each with its comma, between the placing phrase and the code ("in Douglas, "). */
const TOWNS_BEFORE = /(?:\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,2},[ \t]*){1,2}$/u;
/** A vehicle's or a part's words in the code's sentence: the code is an engine's, a fuse's, a tyre's, a chassis'. */
const EIRCODE_THING_WORDS = /\b(?:engines?|motor|fuses?|tyres?|tires?|codes?|lump|chassis|model|sensor|ecu|gearbox|badge|size|relay|bulb)\b/i;
/**
 * A reference's or a stocked thing's label bound right before the code (`REFERENCE_WORDS`, and a part's, an item's, a
 * version's, a locker's words): "booking\nC15 N8P2", "order, C15 N8P2", "SKU; D14 A4XT".
 */
const EIRCODE_LABEL_BEFORE = new RegExp(
  String.raw`\b(?:${[...REFERENCE_WORDS, "sku", "item", "part", "version", "locker", "quote", "referencia", "pieza", "peca", "peça", "teil", "pezzo"].join("|")})` +
    String.raw`\b(?:\s+(?:no\.?|number|nr|#|id|code))?\s*[:#,;\n-]?\s*$`,
  "iu",
);

// An Eircode on its own ("I'm in Douglas, T12 K8P3", "Address: D08 VF32", "send it to me at F23 KX82"):
// capitals, its space, a real routing key and a mixed identifier (`realEircode`), placed as an address is
// (`EIRCODE_PLACED`) with no vehicle's or part's word beside it, as the UK and Canadian codes above stand alone;
// after its name ("eircode D08 X2Y4") any shape is read by the postcode rules.
ADDRESS_PATTERNS.push({
  kind: "ADDRESS",
  re: /\b[AC-FHKNPRTV-Y]\d{2} [AC-FHKNPRTV-Y0-9]{4}\b/g,
  accept: (m, text) =>
    realEircode(m[0]) && EIRCODE_PLACED.test(text.slice(0, m.index).replace(TOWNS_BEFORE, "")) && !EIRCODE_THING_WORDS.test(text) && !EIRCODE_LABEL_BEFORE.test(text.slice(0, m.index)),
  gate: /[A-Z]\d\d [A-Z\d]{4}/,
});

// The patterns pushed after the first list bring their own gates.
if (!ADDRESS_PATTERNS.slice(GATES.length).every((p) => p.gate)) throw new Error("address gates out of step with the patterns");
GATES.forEach((gate, i) => {
  ADDRESS_PATTERNS[i]!.gate = gate;
});
// The street pattern also needs a suffix word, checked on the word set.
ADDRESS_PATTERNS[0]!.words = [...SUFFIX_WORDS];
