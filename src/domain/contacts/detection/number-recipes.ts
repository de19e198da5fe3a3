/**
 * A phone number described rather than written (issue 13, round 32): told as a recipe the reader
 * assembles from pieces that are not all digits. Three shapes:
 *
 *   1. COMPOSED: a front piece (a trunk or area code in digits, a city's code named, "my number
 *      is"), pieces strung on ("then", "dann", "luego", "puis", "depois", "poi", "dan", "in front",
 *      "twice", "backwards"), and at least one piece described by what it is, a value the reader
 *      knows or can look up: a birthday, a year of birth or age, the year a car came out, the
 *      plate's digits, a house number, a postcode, a quoted price, the mileage, a torque figure,
 *      a part number. "087 then my birthday ddmm then 123", "the Leeds code, then the Jag's reg
 *      digits, then 22", "Vorwahl von Berlin und dann die Postleitzahl der Werkstatt zweimal",
 *      "06, dan mijn geboortedatum", "numaram plakamın rakamları, başına 0532 koy".
 *   2. EDITED: a number the reader already holds (the shop's, the dealership's main line, the one
 *      on the booking confirmation or the site, someone's famous number) and an edit of its digits
 *      ("but change the 4 to a 7", "the last digit is a 4 not a 1", "end it in 12 instead of 00",
 *      "l'ultima cifra è 3 invece di 0"); or a thing's number (the part number quoted) edited and
 *      claimed as the sender's ("drop the first two letters, that's my cell").
 *   3. SHOWN: the sender's number said to be the one shown on something the reader can see (a
 *      flyer, a business or job card, the side of a van, a sticker, a profile) and claimed as
 *      the sender's or to be called ("that one is my cell", "ring the number painted on the side
 *      of my bakkie").
 *
 * A recipe may run over several sentences (and messages of a burst, joined by line breaks): the
 * run of sentences that carry pieces (digits, a described piece, a code, a "then" opening) is one
 * recipe, and all of it is masked, since any piece left readable helps rebuild the number.
 * Negated or refused ("I won't give you my number") it stays innocent, and repair talk strung
 * with "then" (torque stages, firing orders, fault codes) has no front piece of a phone.
 */
import { atWords, negatedBefore } from "./context.ts";
import { CODE_WORD, THEN } from "./number-pieces.ts";
import { negatedAbroad } from "./other-languages.ts";
import type { Hit } from "./types.ts";

/**
 * Letters of the Latin scripts the normalised text keeps (accents mostly dropped, "ł" and "ß" kept):
 * the rules here read Latin words only, and classes of them in a non-Unicode pattern scan several
 * times faster than Unicode properties (this runs on every message).
 */
const LATIN = String.raw`A-Za-z\u00c0-\u024f`;
/**
 * Word edges: a plain `\b` before a word (the normalised text has its accents dropped, and the
 * scan for a pattern opening on `\b` runs about twice as fast as one opening on a lookbehind), no
 * Latin letter or digit after it.
 */
const B = String.raw`\b`;
const E = String.raw`(?![${LATIN}0-9])`;
const words = (list: string): string => String.raw`${B}(?:${list})${E}`;

/**
 * Pieces described by what they are (as normalised: accents dropped): a date or year of birth or
 * an age, a car's year, a plate's digits, a house number or postcode, a quoted price, the mileage,
 * a torque figure, a part's or jersey's number, the sender's name on the platform; in the marketplace's languages.
 */
const DESCRIBED_PIECE = words(
  [
    // a date or year of birth, an age
    String.raw`birthday|bday|b-day|birth\s*date|date\s+of\s+birth|dob|year\s+of\s+birth|birth\s*year|year\s+i\s+was\s+born|my\s+age`,
    String.raw`cumpleanos|fecha\s+de\s+nacimiento|ano\s+(?:en\s+)?(?:que|q)\s+naci|ano\s+de\s+nacimiento|mi\s+edad`,
    String.raw`anniversaire|date\s+de\s+naissance|annee\s+de\s+naissance|mon\s+age`,
    String.raw`geburtstag|geburtsdatum|geburtsjahr(?:es)?|mein\s+alter`,
    String.raw`aniversario|data\s+de\s+nascimento|ano\s+(?:em\s+)?que\s+nasci|ano\s+de\s+nascimento|minha\s+idade`,
    String.raw`compleanno|data\s+di\s+nascita|anno\s+di\s+nascita|anno\s+in\s+cui\s+sono\s+nat[oa]|mia\s+eta`,
    String.raw`verjaardag|geboortedatum|geboortejaar|mijn\s+leeftijd`,
    String.raw`dogum\s+(?:gunu|tarihi|yili)\w*|data\s+urodzenia|rok\s+urodzenia|urodziny`,
    // a year something happened: "the year my truck was made", "the year the Leafs last won the cup"
    String.raw`the\s+year\s+(?:my|the|our|his|her|that|when|your)${E}[^.!?\n]{0,40}?${B}(?:made|built|born|registered|bought|came\s+out|won|launched|released|married|rolled\s+off|came\s+off)`,
    String.raw`baujahr|ano\s+(?:do|del|de\s+mi)\s+(?:carro|coche|auto|camion)|annee\s+de\s+(?:ma|la)\s+voiture|anno\s+della\s+(?:mia\s+)?(?:macchina|auto)|bouwjaar`,
    // a plate's or a registration's digits
    String.raw`(?:number\s+|licen[cs]e\s+)?plates?(?!\s+(?:heater|light|lamp|holder|bracket|camera|bolt|screw|carrier|surround))(?:\s+(?:digits|numbers?))?|reg(?:istration)?(?:\s+(?:digits|numbers?|plate))|rego|kennzeichen|nummernschild|placa|matricula|patente|plaque|immatriculation|targa|kenteken|plakam?\w*|tablic\w*\s+rejestracyjn\w*`,
    // a house number, a postcode
    String.raw`(?:street|house|door|flat|unit|building)\s+(?:number|no|#)|post\s*code|postal\s+code|zip(?:\s*code)?|eircode|postleitzahl|plz|hausnummer|codigo\s+postal|numero\s+de\s+(?:la\s+)?(?:casa|calle|puerta)|code\s+postal|numero\s+de\s+(?:la\s+)?rue|cep|numero\s+da\s+casa|cap|codice\s+postale|numero\s+civico|huisnummer|posta\s+kodu\w*|kod\s+pocztowy`,
    // the sender's name on the platform, which the reader sees: "my number is my username here with a 0 in front"
    String.raw`(?:user\s*name|handle|display\s+name|profile\s+name|user\s*id)`,
    // a quoted price, the mileage, a torque figure, a part's or a shirt's number
    String.raw`(?:[${LATIN}-]+['’]s\s+)?extension|quote(?:d)?\s+(?:amount|price|total|figure)|(?:price|cost|total)\s+(?:of|for)\s+the|(?:the|my|your)\s+quote|mileage|odometer|km\s+on\s+the\s+(?:dash|clock)|kilometerstand|kilometraje|quilometragem|kilometrage|chilometraggio|torque\s+(?:spec|figure|setting)|part\s+(?:number|no)|(?:jersey|shirt)\s+number|number\s+on\s+(?:my|his|her)\s+(?:[${LATIN}-]+\s+)?(?:jersey|shirt)`,
  ].join("|"),
);

/** Where a number is put up for anyone to read off: a sign or banner, a vehicle, a card or flyer. */
const POSTED_ON = String.raw`flyer|leaflet|card|sticker|sign|signboard|signage|banner|poster|shopfront|shop\s+front|van|bakkie|ute|truck|trailer|jeep|magnet|keyring|brochure`;
/** The paperwork handed over, which carries its own numbers too (an invoice's, a claim's): read only with a phone's word. */
const PAPERS = String.raw`invoice|receipt|bill|report|paperwork|printout|print-out|estimate|letterhead`;
/** Where a number is printed for a reader to read off: `POSTED_ON` or `PAPERS`. */
const PRINTED_ON = String.raw`${POSTED_ON}|${PAPERS}`;
/** Words that string pieces together or place one: "then", "in front", "twice", "backwards", "başına ... koy". */
const COMPOSED = new RegExp(
  [
    String.raw`${B}(?:${THEN})${E}`,
    words(
      String.raw`in\s+front|at\s+the\s+(?:front|start|end|beginning)|before\s+it|after\s+it|twice|doubled|backwards|reversed|in\s+reverse|al\s+reves|dos\s+veces|delante|al\s+(?:principio|final)|a\s+l'envers|deux\s+fois|devant|au\s+debut|a\s+la\s+fin|ruckwarts|rueckwaerts|zweimal|doppelt|davor|vorne|am\s+(?:anfang|ende)|ao\s+contrario|duas\s+vezes|na\s+frente|no\s+(?:inicio|fim|final)|al\s+contrario|due\s+volte|davanti|all'inizio|alla\s+fine|achterstevoren|omgekeerd|twee\s*keer|tweemaal|ervoor|vooraan|basina|sonuna|tersten|od\s+tylu|dwa\s+razy|na\s+poczatku|times|plus|minus|multiplied\s+by|(?:first|last|next|middle)\s+(?:one|two|three|four|five|six|\d)`,
    ),
  ].join("|"),
  "i",
);

/** A phone's words: "number", "teléfono", "Nummer", "cellulare". */
const PHONE_NOUN = String.raw`(?:(?:phone|mobile|cell)\s+)?(?:number|phone|cell|mobile|landline|numero|telefono|celular|movil|portable|cellulare|nummer|handy(?:nummer)?|telefon(?:nummer)?|numer(?:\s+telefonu)?|telemovel|telefone)`;
/** The phone as a device or a mechanic, a plate's "number": "my phone is 5 years old", "my mobile mechanic", "my number plate". */
const NOT_THE_DEVICE = String.raw`(?!\s*(?:(?:is|was|['’]s)\s+)?(?:\d+\s+(?:years?|months?|yrs?)|old|new|broken|dead|flat|cracked|playing|acting|off|too|so|very|a|an|charging|dying|rubbish|useless|mechanic|battery|plate|signal|screen|camera|charger)${E})`;
/**
 * A phone's word as a recipe's front: the sender's ("my number", "mi teléfono", "mijn nummer",
 * "numaram"), or one announced ("the number is", "Nummer ist", "landline is", "number ="); not a
 * thing's ("part number", "booking number") nor a number asked about ("what number then?").
 */
const PHONE_WORD = new RegExp(
  [
    String.raw`${B}(?:my|our|mi|mis|mon|ma|mes|mein|meine|meu|minha|mio|mia|mijn|onze|moj|mój|nasz)\s+${PHONE_NOUN}${E}${NOT_THE_DEVICE}`,
    String.raw`${B}(?<!(?:part|order|booking|reference|ref|chassis|vin|serial|frame|engine|fault|error|invoice|tracking|plate|house|street|jersey|shirt|door|model|what|which)\s)${PHONE_NOUN}\s*(?:is|=|:|ist|es|est|e|to|c['’]?est)(?!\s+(?:on|in|at|not|the\s+same\s+as\s+(?:the\s+)?(?:part|vin|plate)))${E}${NOT_THE_DEVICE}`,
    String.raw`${B}(?:numaram|telefonum|numeram)\w*`,
  ].join("|"),
  "i",
);
const PHONE_WORD_ALL = new RegExp(PHONE_WORD.source, "gi");

/**
 * A city's or a network's code named in words: a code word ("area code", "Vorwahl", "prefisso",
 * "lada") or "the <Place> code", "area code for <Place>", "the Austin one", "UK mobile".
 */
const CODE_WORD_NAMED = new RegExp(
  [
    String.raw`${B}(?:${CODE_WORD}|lada|indicatif|netnummer|kengetal)${E}`,
    String.raw`${B}(?:uk|us|irish|dutch|german|french|spanish|chile|chilean|mexican|dubai|du|etisalat)\s+(?:mobile|cell|landline|number)(?:\s+prefix)?${E}`,
  ].join("|"),
  "i",
);
const CODE_WORD_NAMED_ALL = new RegExp(CODE_WORD_NAMED.source, "gi");
/** "the Leeds code", "the Tampa area code": a capitalised place before a plain "code" (a place's case is its own, so not caseless). */
const PLACE_CODE = new RegExp(String.raw`(?:${B}the\s+)?[A-Z\u00c0-\u00de][${LATIN}-]+(?:\s+[A-Z\u00c0-\u00de][${LATIN}-]+)?\s+(?:(?:area|landline|mobile|city|dialling|dialing|std)\s+)?code${E}`);
const PLACE_CODE_ALL = new RegExp(PLACE_CODE.source, "g");
/** The first code named in `sentence`, by a code word or by its place. */
function codeNamed(sentence: string): RegExpExecArray | null {
  const word = CODE_WORD_NAMED.exec(sentence);
  const place = PLACE_CODE.exec(sentence);
  return word === null || (place !== null && place.index < word.index) ? place : word;
}

/**
 * A front piece in digits: a trunk group opening the sentence or following "it's" / "number is"
 * ("087 then", "06, dan", "its 07 914 then"), or three digits then a piece strung on ("905 then",
 * "604, then"). Not a UK plate's year ("an 06 plate", "07 reg").
 */
const FRONT_DIGITS = new RegExp(
  String.raw`^[\s,:;–—-]*(?:(?:ok(?:ay)?\s+)?(?:so\s+)?(?:it['’]?s|its|it\s+is|is|es|ist|e|c['’]?est|het\s+is|=)\s*:?\s*)?(?:\+\d{1,3}\s*|0\d(?:\s?\d){0,4}|\d{3})(?!\s*(?:plate|reg|model)${E})(?=\s*[,:;–—-]?\s*(?:(?:${THEN})${E}|\(|and\s|y\s|und\s|e\s|et\s|en\s|$))`,
  "i",
);
/** `FRONT_DIGITS` at the start of any sentence of a text (as `sentencesOf` cuts them). */
const FRONT_DIGITS_ALL = new RegExp(String.raw`(?<=^|[.!?]\s|\n)${FRONT_DIGITS.source.slice(1).replace(/\|\$\)\)$/, "|[.!?\\n]|$))")}`, "gi");

/** The sender claims the number shown or edited as theirs: "that's my cell", "that one is still mine", "quello è il mio cellulare". */
const CLAIMED = new RegExp(
  words(
    [
      String.raw`(?:that|this|it|which)(?:['’]?s|\s+is|\s+one\s+is|\s+one['’]s)\s+(?:still\s+|also\s+)?(?:mine|(?:my|our|the\s+owner['’]?s)(?:\s+(?:own|personal|private|direct|cell|mobile|number|line|phone|one))+)`,
      String.raw`(?:is|['’]s)\s+(?:still\s+)?(?:mine|my\s+(?:cell|mobile|number|personal|direct|own))|my\s+(?:number|cell|mobile|phone)\s+is\s+that|ring\s+that|call\s+that`,
      String.raw`(?:quello|questo)\s+e\s+il\s+mio|ese\s+es\s+(?:mi|el\s+mio)|es\s+mi\s+(?:numero|celular|movil)|c['’]est\s+(?:mon|le\s+mien)|das\s+ist\s+(?:meine|mein)|esse\s+e\s+o\s+meu|e\s+o\s+meu|dat\s+is\s+(?:mijn|van\s+mij)`,
      String.raw`(?:ist|is|est|es|e)\s+(?:meine?|mijn|mon|ma|mi|il\s+mio|la\s+mia|o\s+meu|a\s+minha)\s+(?:handy\w*|nummer|mobiel|numero|portable|celular|movil|cellulare|telefone|telefono|privat\w*|prive|perso\w*)`,
    ].join("|"),
  ),
  "i",
);

/**
 * A party's line the reader already holds: the shop's, the dealership's main line, a relative's on the booking ("same as my
 * wife's"), the one on the booking. An edit of its digits gives the sender's, however loosely said (`LOOSE_EDIT`).
 */
const KNOWN_LINE_SOURCE = [
  String.raw`(?:shop|workshop|garage|dealership|dealer|office|desk|reception|business|company|store|work|yard)(?:['’]?s)?\s+(?:main\s+|own\s+|usual\s+|fixed\s+|office\s+)?(?:number|line|landline|phone|no)|(?:main|office|desk|shop|workshop)\s+(?:line|landline)|landline\s+you\s+(?:already\s+)?have`,
  String.raw`(?:same|one)(?:\s+number)?\s+as\s+the\s+(?:shop|workshop|garage|dealership|office|business)(?:['’]?s)?|same\s+as\s+the\s+one\s+on\s+(?:the|my|your)\s+(?:booking|account|profile|confirmation)`,
  String.raw`(?:same\s+as|like)\s+(?:my|our)\s+(?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|boss)['’]?s(?:\s+(?:number|cell|mobile|phone|one))?`,
].join("|");
const KNOWN_LINE = new RegExp(words(KNOWN_LINE_SOURCE), "i");

/**
 * A number the reader already holds or can look up: a party's line (`KNOWN_LINE`), the one on the booking confirmation or
 * the site, in the marketplace's languages.
 */
const KNOWN_NUMBER = new RegExp(
  words(
    [
      KNOWN_LINE_SOURCE,
      String.raw`number\s+(?:on|from|in)\s+(?:the|my|our|your)\s+(?:[${LATIN}-]+\s+){0,2}(?:confirmation|site|website|invoice|receipt|quote|listing|ad|page)`,
      // round 56: a number in the reader's own call or payment log ("the number that called u yesterday", "the number that sent u the mpesa")
      String.raw`(?:number|one)\s+(?:that|which)\s+(?:called|rang|texted|messaged|whatsapped|sent|paid)\s+(?:you|u)`,
      String.raw`(?:numero|telefono|fijo)\s+(?:del|de\s+la)\s+(?:taller|tienda|oficina|negocio|concesionario|agencia)|(?:quello|numero)\s+dell['’]?\s*(?:officina|negozio|ufficio|concessionario)|(?:numero|fixe|telephone)\s+du\s+(?:garage|magasin|bureau|concessionnaire)`,
      String.raw`(?:nummer|festnetznummer|telefonnummer)\s+(?:der|vom|von\s+der)\s+(?:werkstatt|laden|firma|autohaus|buro|bueros?)|werkstattnummer|(?:numero|telefone|fixo)\s+da\s+(?:oficina|loja|concessionaria|empresa)|(?:nummer|vaste\s+nummer)\s+van\s+de\s+(?:garage|werkplaats|zaak|winkel|dealer)`,
    ].join("|"),
  ),
  "i",
);
/**
 * Digits of a party's line said to differ, with no "not" or "instead of" (`EDIT` wants one): "the last two are 47", "only
 * the last digit is 9", "with 8 at the end", "ending 47", "the last digit swapped to a 5". Read beside `KNOWN_LINE` and the
 * sender's own line (`SENDERS_LINE`) only: a document's number (an invoice's, a quote's) is talked of by its digits all the
 * time, and so is the shop's own ("the garage's landline ends in 47, is that the right branch?").
 */
const LOOSE_EDIT = new RegExp(
  words(
    [
      String.raw`(?:last|first|final)\s+(?:digit|number|one|two|three|four|\d)(?:\s+digits?)?\s+(?:is|are|=|being)\s+(?:an?\s+)?\d+`,
      String.raw`with\s+(?:an?\s+)?\d+\s+at\s+the\s+(?:end|start|front|beginning)`,
      String.raw`end(?:s|ing)?\s+(?:(?:in|with)\s+)?\d+`,
      String.raw`(?:digit|number|one)\s+(?:swapped|switched|changed)\s+(?:to|for|with)\s+(?:an?\s+)?\d+`,
    ].join("|"),
  ),
  "i",
);
/** The sender's own line named: "my number", "mine's", "call me". */
const SENDERS_LINE = /\b(?:my\s+(?:number|cell|mobile|phone|line|digits)|mine(?:['’]?s|\s+is)?|(?:call|text|ring|reach)\s+me)\b/i;
/** A person's number the reader knows ("Jenny's number from the song"): a capitalised name, so not caseless; not a "number plate". */
const NAMED_NUMBER = /\b[A-Z][a-z]+['’]s\s+number(?!\s+plate)\b/;
/**
 * A number said to be the same as one on something the reader holds ("same as the one on the invoice", "le même que celui sur
 * la facture", "el mismo que el de la tarjeta"): the sender's own only beside a phone's word (`PHONE_WORD`), since parts and
 * quantities are compared so too.
 */
const SAME_AS_ONE = new RegExp(
  words(
    [
      // round 56: "same number as the one on the ... sticker", "like the one on the workshop invoice"
      String.raw`(?:same(?:\s+(?:number|digits))?\s+as|like)\s+the\s+one\s+(?:on|in|from)\s+(?:the|my|your|our)\s+(?:[${LATIN}-]+\s+){0,3}?(?:${PRINTED_ON})`,
      String.raw`(?:le|la)\s+meme\s+que\s+(?:celui|celle)\s+(?:sur|de|du|dans)|(?:el|la)\s+mism[oa]\s+que\s+(?:el|la)\s+(?:de|del|que)|(?:o|a)\s+mesm[oa]\s+(?:que\s+(?:o|a)\s+)?d[oa]`,
      String.raw`(?:lo\s+stesso|la\s+stessa)\s+(?:di|del|della|che)|(?:dieselbe|die\s+gleiche|dasselbe|das\s+gleiche)\s+wie|(?:hetzelfde|dezelfde)\s+als`,
    ].join("|"),
  ),
  "i",
);
/** A sentence that opens on "same number as ..." answers with the sender's own number (round 56), as "my number is the same as ..." does. */
const SAME_NUMBER_OPENING = /(?:^|[.!?\n]\s*)(?:(?:it['’]?s|its|(?:just\s+)?the)\s+)?same\s+(?:number|digits)\s+as\s+the\s+one\b/i;
/** Stems every opening of `SAME_AS_ONE` holds: a plain search first, since its short articles open everywhere. */
const SAME_AS_STEMS = /same|like\s+the\s+one|meme|mism|mesm|stess|gleiche|selbe|zelfde/i;
/** A thing's number the sender edits into theirs: "the part number I sent you", "that pad part number you quoted". */
const THING_NUMBER = /\bpart\s+(?:number|no)\b|\b(?:quote|invoice|reference|order)\s+(?:number|no)\b/i;

/**
 * An edit of a number's digits: one changed for another ("change the 4 to a 7", "swap the 867
 * for 555", "3 instead of 0", "the last digit is a 4 not a 1"), or letters or digits dropped.
 */
const EDIT = new RegExp(
  words(
    [
      String.raw`(?:change|swap|switch|replace|make)\s+(?:the\s+)?(?:(?:last|first|final)\s+(?:digit\s+)?)?\d+\s+(?:to|for|4|2|with|into|by)\s+(?:an?\s+)?\d+`,
      String.raw`\d+\s+(?:swapped|switched|changed|replaced)\s+(?:for|to|with|by)\s+(?:an?\s+)?\d+`,
      String.raw`(?:last|first|final|end)\s+(?:digit|number|one|two|three|four|\d)\s+(?:is|are|being|=)\s+(?:an?\s+)?\d+\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+(?:an?\s+)?\d+`,
      String.raw`end(?:s|ing)?\s+(?:it\s+)?(?:(?:in|with)\s+)?\d+\s+(?:instead\s+of|not|rather\s+than)\s+\d+`,
      String.raw`(?:minus|without|drop|remove|take\s+off|lose|skip)\s+(?:the\s+)?(?:(?:first|last)\s+)?(?:(?:one|two|three|\d)\s+)?(?:letters?|digits?)`,
      // round 56: digits dropped and others put on ("drop the last 2 and add 19", "take off the last digit and put 7")
      String.raw`(?:drop|remove|lose|cut|take\s+off)\s+the\s+(?:last|first|final)\s+(?:digit|number|one|two|three|\d+)(?:\s+digits?)?\s*,?\s+(?:and\s+)?(?:then\s+)?(?:add|put|stick)\s+(?:on\s+)?(?:an?\s+)?\d+`,
      String.raw`\d+\s+(?:instead\s+of|en\s+(?:vez|lugar)\s+de(?:l)?|au\s+lieu\s+d[eu]|invece\s+d[ie]l?|statt|anstatt|anstelle|em\s+vez\s+d[eo]|no\s+lugar\s+d[eo]|in\s+plaats\s+van)\s+(?:an?\s+|un\s+|una\s+|um\s+|einer?\s+|een\s+|l['’]?\s*)?\d+`,
      String.raw`(?:cambia|cambiale|reemplaza|remplace|change|troca|trocar|muda|substitui|sostituisci|ersetz\w*|tausch\w*|vervang|verander)\s+(?:el|le|la|o|il|lo|die|de)?\s*\d+\s+(?:por|par|pelo|con|durch|gegen|door|in)\s+(?:un|una|um|uma|eine|een)?\s*\d+`,
    ].join("|"),
  ),
  "i",
);

/** Something the sender's number is shown on: a flyer, a card, a sticker, a vehicle's side, a garage's door or shutter, a profile, a public listing or page. */
const SHOWN_ON = new RegExp(
  [
    String.raw`${B}(?:same\s+)?(?:number|digits|cell|mobile|(?<=the\s)one)\s+(?:(?:as\s+)?(?:(?:is|are|was)\s+)?(?:painted|written|printed|stuck|shown|pinned|that['’]?s|is)?\s*|(?:is|['’]s)\s+the\s+(?:[${LATIN}-]+\s+){0,3}?one\s+)?(?:on|from|off|in|as\s+on|as\s+in|as)\s+(?:the|my|our|that|this|your)\s+(?:[${LATIN}-]+\s+){0,3}?(?:flyer|leaflet|(?:business|job|old)\s+card|card|sticker|sign|signboard|(?:side|back|door)\s+of\s+(?:my|our|the)\s+[${LATIN}-]+|(?:garage|roller|shop|workshop)\s+(?:door|shutter)|van|bakkie|ute|truck|jeep|profile|bio|listing|page|website|site|ad|advert|channel|about\s+(?:section|page|tab))${E}`,
    // "my no same as the one on the banner at my workshop", "number's the same as the one on the tow truck", "my mobile's the one at
    // the bottom of the printed report": the number, maybe said to be the same as another, then where it is printed (paper
    // the reader was handed among the things, told by a phone's word, since a reference is on them too); wider than the line
    // above, so read only with a claim (`shownFrom`)
    String.raw`${B}(?:(?:same\s+)?(?:numbers?|digits|cell|mobile)|(?<=${B}my\s)no)(?:['’]s)?\s+(?:is\s+)?(?:(?:the\s+)?same(?:\s+(?:number|one))?\s+)?(?:as\s+)?(?:the\s+(?:same\s+)?(?:one|number)\s+)?(?:(?:that['’]?s|which\s+is|is|was)\s+)?(?:(?:painted|written|printed|stuck|shown|listed)\s+)?(?:on|in|from|(?:at|on)\s+the\s+(?:bottom|top|foot|end|back|front)\s+of)\s+(?:the|my|our|that|this|your)\s+(?:[${LATIN}-]+\s+){0,3}?(?:${POSTED_ON})${E}`,
    String.raw`${B}(?:cell|mobile|(?<=${B}my\s)(?:no|number))(?:['’]s)?\s+(?:is\s+)?(?:(?:the\s+)?same(?:\s+(?:number|one))?\s+)?(?:as\s+)?(?:the\s+(?:same\s+)?(?:one|number)\s+)?(?:(?:that['’]?s|which\s+is|is|was)\s+)?(?:(?:painted|written|printed|stuck|shown|listed)\s+)?(?:on|in|from|(?:at|on)\s+the\s+(?:bottom|top|foot|end|back|front)\s+of)\s+(?:the|my|our|that|this|your)\s+(?:[${LATIN}-]+\s+){0,3}?(?:${PAPERS})${E}`,
    // "el número de la tarjeta", "le numéro sur le flyer", "die Nummer auf dem Aufkleber", "o número no cartão", "il numero sul volantino", "het nummer op de flyer"
    String.raw`${B}(?:numero|nummer|telefono|telefone|telefonnummer|handynummer)\s+(?:(?:que\s+(?:esta|sale|aparece|vem|ta)|qui\s+est|che\s+(?:c['’]?e|e)|die|das|dat)\s+)?(?:sur|sul|sulla|nel|nella|en|na|no|op|auf|am|an|de\s+la|del|da|do|van\s+de)\s+(?:(?:le|la|el|o|a|il|lo|de|het|dem|der|den|mi|mon|ma|meu|minha|mio|mia|mijn|meinem|meiner|unserem)\s+)?(?:[${LATIN}-]+\s+){0,2}?(?:flyer|volantino|volante|folheto|panfleto|prospectus|tarjeta|carte|karte|visitenkarte|cartao|biglietto|kaartje|visitekaartje|pegatina|autocollant|aufkleber|adesivo|sticker|furgoneta|camioneta|camionnette|transporter|furgone|carrinha|busje|perfil|profil|profilo|profiel)${E}`,
    // Tagalog "number ... nasa sticker sa likod ng jeep", Sinhala romanised "mage number eka ... pitipasse liyala", Swahili "namba yangu ni ile ile ya ..."
    String.raw`${B}number\s+(?:ko\s+)?(?:yung\s+|yun\s+|ay\s+)?nasa\s+(?:[${LATIN}-]+\s+){0,4}?(?:sticker|profile|likod|tarp|karatula|flyer|card)${E}|${B}mage\s+number\s+eka\s+[^.!?\n]{0,40}?(?:liyala|gahala|thiyenawa|thiyanawa)${E}|${B}namba\s+yangu\s+ni\s+(?:ile\s+ile|sawa\s+na|ile)\s+ya${E}`,
  ].join("|"),
  "i",
);
/**
 * A business card in the sender's own picture ("its on my profile pic, zoom in on the business card", "my business card is in
 * my dp"): a number shown to be read off, the card being the sender's or in their picture.
 */
const CARD_PICTURED =
  /\b(?:my|me)\s+(?:profile\s+(?:pic|picture|photo)|pfp|dp|avatar|display\s+(?:pic|picture))\b[^.!?\n]{0,60}?\bbusiness\s+card\b|\bbusiness\s+card\b[^.!?\n]{0,60}?\b(?:my|me)\s+(?:profile\s+(?:pic|picture|photo)|pfp|dp|avatar|display\s+(?:pic|picture))\b/i;

/** A shown number said in a language where "my" is in the phrase itself ("mage", "yangu", "number ko") or with a call after it ("text mo na lang"): claimed as it stands. */
const SHOWN_OWN = /\b(?:mage|yangu|ko|text\s+mo|tawag)\b/i;

/** A call aimed at the number shown: "ring the number painted on ..." (counted only when the thing is the sender's). */
const CALL_BEFORE = /\b(?:ring|call|dial|text|phone|use|try|whatsapp)\s+(?:me\s+on\s+)?(?:the|that)\s+(?:same\s+)?$/i;

/** Words that withhold the number: "I won't give my number", "no te voy a dar". */
const WITHHELD =
  /\b(?:won['’]?t|will\s+not|can['’]?t|cannot|not\s+(?:allowed|going|gonna|supposed)|never|no\s+(?:voy|puedo)|nao\s+(?:vou|posso)|je\s+ne|ich\s+(?:darf|werde)\s+nicht|non\s+(?:posso|voglio)|niet\s+(?:mag|geven))\b/i;

/** Any shape worth a closer look: a phone's front and a piece strung on, an edit, or a shown number. */
const GATE = /\d|number|nummer|numero|telefon|namba|mobile|cell|then|dann|luego|despues|puis|ensuite|depois|poi|dan|code|vorwahl|lada|on\s+the|instead|change|swap|letters|card|flyer/i;

/**
 * Adds a PHONE hit for each number described as a recipe (see the module's shapes): the run of
 * sentences holding its pieces, every piece and every piece's description masked. Each shape is
 * looked for sentence by sentence only where the whole text holds its words, and a run of
 * sentences carrying pieces is read once, not again from each of its sentences.
 */
export function findNumberRecipes(text: string, hits: Hit[]): void {
  if (!GATE.test(text)) return;
  const sameAs = SAME_AS_STEMS.test(text) && SAME_AS_ONE.test(text) && (PHONE_WORD.test(text) || SAME_NUMBER_OPENING.test(text));
  const edited =
    (EDIT.test(text) && (KNOWN_NUMBER.test(text) || NAMED_NUMBER.test(text) || THING_NUMBER.test(text) || sameAs)) ||
    (LOOSE_EDIT.test(text) && (KNOWN_LINE.test(text) || sameAs) && SENDERS_LINE.test(text));
  const shown = SHOWN_ON.test(text);
  findPicturedCards(text, hits);
  findReadOffThings(text, hits);
  findRiddles(text, hits);
  const at = frontsIn(text);
  if (at.length === 0 && !edited && !shown) return;
  const sentences = sentencesOf(text);
  const fronts = sentencesHolding(at, sentences);
  // Whether each sentence carries a piece, read only around a front.
  const carries: Array<boolean | undefined> = [];
  const carriesAt = (k: number): boolean => k >= 0 && k < sentences.length && (carries[k] ??= carriesPiece(text.slice(...sentences[k]!)));
  // The last sentence of a run already read: a later start in it reads a part of the same run.
  let read = -1;
  for (let i = 0; i < sentences.length; i++) {
    let found: [number, number] | undefined;
    if (fronts.has(i) && i > read && carriesAt(i)) {
      let first = i;
      while (first - 1 > read && carriesAt(first - 1)) first--;
      let last = i;
      while (carriesAt(last + 1)) last++;
      read = last;
      found = composedRun(text, sentences, first, last);
    }
    found ??= (edited ? editedFrom(text, sentences, i, sameAs) : undefined) ?? (shown ? shownFrom(text, sentences, i) : undefined);
    if (found === undefined) continue;
    const [from, last] = found;
    hits.push({ kind: "PHONE", start: from, end: sentences[last]![1], detail: true });
    i = Math.max(i, last);
  }
}

/**
 * Where a recipe's possible front stands: a phone's word, a code named, a number told
 * backwards, or a trunk group opening the sentence. Found first since fronts are rare and the
 * pieces strung on them ("then", a plate) are everywhere in repair talk.
 */
function frontsIn(text: string): number[] {
  const at: number[] = [];
  // Each expression tried at its opening words where it opens on words (no match is empty).
  const [phoneWord, frontDigits, codeWordNamed, toldBackwards, placeCode] = atWords(FRONTS, text);
  const walk = (find: (from: number) => RegExpExecArray | null): void => {
    for (let m = find(0); m !== null; m = find(m.index + m[0].length)) at.push(m.index);
  };
  walk(phoneWord!);
  walk(frontDigits!);
  walk(codeWordNamed!);
  // The rarer fronts behind a plain search for a stem they must hold.
  const lower = text.toLowerCase();
  if (BACKWARDS_STEMS.some((stem) => lower.includes(stem))) walk(toldBackwards!);
  if (lower.includes("code")) walk(placeCode!);
  return at.sort((x, y) => x - y);
}
/** Stems every word of `TOLD_BACKWARDS` holds. */
const BACKWARDS_STEMS = ["backw", "revers", "reves", "envers", "ckwarts", "ckwaerts", "contrario", "achterstev", "tersten"];
/** The indices of the sentences holding the offsets `at` (sorted). */
function sentencesHolding(at: readonly number[], sentences: ReadonlyArray<[number, number]>): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const index of at) {
    while (k < sentences.length && sentences[k]![1] <= index) k++;
    if (k < sentences.length) out.add(k);
  }
  return out;
}
/** The sentences of `text` as [start, end) without their edge spaces: cut at ".", "!", "?" (not inside a number) and line breaks. */
function sentencesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?]+(?=\s|$)|\n/g;
  let from = 0;
  const push = (end: number): void => {
    const part = text.slice(from, end);
    const lead = part.length - part.trimStart().length;
    const trail = part.length - part.trimEnd().length;
    if (end - trail > from + lead) out.push([from + lead, end - trail]);
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(m.index + (m[0] === "\n" ? 0 : m[0].length));
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** A sentence carrying a piece of a recipe: digits, a described piece, a code named, or opening with "then". */
function carriesPiece(sentence: string): boolean {
  return /\d/.test(sentence) || DESCRIBED_PIECE_RE.test(sentence) || codeNamed(sentence) !== null || OPENS_WITH_THEN.test(sentence);
}
const DESCRIBED_PIECE_RE = new RegExp(DESCRIBED_PIECE, "i");
const DESCRIBED_PIECE_ALL = new RegExp(DESCRIBED_PIECE, "gi");

/**
 * Words that may stand between what strings a piece on and the piece: articles and possessives, a
 * count ("the last four of my"), in the marketplace's languages; besides these, a name's possessive
 * or a capitalised make ("the Jag's", "my Land Cruiser") and digits already given ("then 1967" /
 * "the year the Leafs ...") (`isFiller`).
 */
const FILLER_WORDS = new Set(
  "it's its is are just all then the my our your a an his her one last first next four three two mi mis el la los las de del al final fin end ma mon mes le les du des au mein meine meinem meiner meines die der das den dem am ende meu minha o os as no fim il lo mio mia alla fine mijn het aan eind moja moj mój numbers digits off of from on literally basically actually simply exactly".split(
    " ",
  ),
);
const isFiller = (word: string): boolean => FILLER_WORDS.has(word.toLowerCase().replace("’", "'")) || /^(?:\p{Lu}[\p{L}-]*|[\p{L}-]+['’]s|\d+)$/u.test(word);
/** What strings a described piece on, ending the text before it: "then", "and", "is", "=", ":", an imperative ("take", "put"), a phone's word ("numaram"). */
const LEAD_BEFORE = new RegExp(
  String.raw`(?:${B}(?:${THEN}|and|y|e|et|und|en|i|ve|plus|with|is|are|ist|es|est|to|c['’]?est|take|use|put|add|dial|numaram\w*|telefonum\w*|numer\w*)${E}|[=:])\s*$`,
  "i",
);
/** Whether `before` ends with what strings a piece on, past up to five filler words. */
function leadsOn(before: string): boolean {
  let rest = before.trimEnd();
  for (let k = 0; k <= 5; k++) {
    if (LEAD_BEFORE.test(rest)) return true;
    const word = /\S+$/.exec(rest);
    if (word === null || !isFiller(word[0])) return false;
    rest = rest.slice(0, word.index).trimEnd();
  }
  return false;
}
/** A piece described in `run` that is strung on as a piece ("then my birthday", "is our street number"), not one merely talked of ("the photos show the plate"). */
function pieceStrungOn(run: string): boolean {
  DESCRIBED_PIECE_ALL.lastIndex = 0;
  for (let m = DESCRIBED_PIECE_ALL.exec(run); m !== null; m = DESCRIBED_PIECE_ALL.exec(run)) if (leadsOn(run.slice(Math.max(0, m.index - 80), m.index))) return true;
  return false;
}
const OPENS_WITH_THEN = new RegExp(String.raw`^(?:and\s+)?(?:${THEN})${E}`, "i");

/** Digits in `part` that are not a year ("1985", "2019"): the digits a recipe gives outright. */
const digitsBesideYears = (part: string): number => part.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "").replace(/\D/g, "").length;

/**
 * COMPOSED: the run of sentences `i` to `last`, each carrying a piece, with a front piece anywhere in it (a code named, a trunk
 * group, a phone's word), pieces strung on, and a described piece strung on as one; or, without a
 * described piece, the number announced or told backwards and 6 to 13 digits given beside it
 * ("Meine Nummer: 0 1 5 1, dann 5 5 5 0, dann ...", "read it backwards 7410555215"). A city's code
 * and digits alone are `findDescribedNumbers`' (number-pieces.ts), with its reading of a make's or
 * a part's code. [where it starts, its last sentence].
 */
function composedRun(text: string, sentences: ReadonlyArray<[number, number]>, i: number, last: number): [number, number] | undefined {
  const start = sentences[i]![0];
  const run = text.slice(start, sentences[last]![1]);
  if (!COMPOSED.test(run)) return undefined;
  // The front may come last: "555 then oh one then the number on my old jersey. area code's the Memphis one".
  const code = codeNamed(run);
  const front =
    (code !== null && !THING_CODE.test(run.slice(0, code.index + code[0].length)) && !(PREFIX_WORD.test(code[0]) && PART_TALK.test(run)) ? code : null) ??
    PHONE_WORD.exec(run) ??
    FRONT_DIGITS.exec(run) ??
    TOLD_BACKWARDS.exec(run);
  if (front === null) return undefined;
  if (!pieceStrungOn(run)) {
    const given = digitsBesideYears(run.slice(front.index));
    const digitsAlone = TOLD_BACKWARDS.test(run) || ANNOUNCED.test(run.slice(front.index));
    if (!digitsAlone || given < 6 || given > 13 || MONEY_OR_UNIT.test(run)) return undefined;
  }
  if (withheld(text, start + front.index, run.slice(0, front.index))) return undefined;
  return [start, last];
}
/** "prefix", "prefisso", "prefijo", "préfixe" (as normalised): a code word that also opens a part number. */
const PREFIX_WORD = /^pr[eé]fi(?:x|ss|j|ks)/i;
/** A part named beside a "prefix": the part number's prefix ("Bosch prefix 0 986, then ..."). */
const PART_TALK = /\b(?:parts?|pads?|filters?|discs?|box|label|sku|bosch|valeo|febi|mann|brembo|ate|trw|lemforder|pezzo|pieza|repuesto|piece|teil)\b/i;
/** A thing's code, not a city's: "Fault code", "the paint code", "Error code P0301". */
const THING_CODE =
  /\b(?:fault|error|paint|engine|radio|pin|access|promo|discount|gate|door|alarm|qr|bar|trouble|obd|dtc|diagnostic|key|immobili[sz]er|security|colou?r|tyre|tire|part|product|model|service|booking|reference|zip|post|postal|voucher|coupon|tracking|wifi|lock|safe|sort|swift|iban|bank)\s+code\b/i;
/** A number told reversed: "read it backwards", "al revés"; `TOLD_BACKWARDS_ALL` walks them. */
const TOLD_BACKWARDS = new RegExp(words(String.raw`backwards|reversed|in\s+reverse|al\s+reves|a\s+l'envers|ruckwarts|rueckwaerts|ao\s+contrario|al\s+contrario|achterstevoren|tersten`), "i");
const TOLD_BACKWARDS_ALL = new RegExp(TOLD_BACKWARDS.source, "gi");
/** The fronts `frontsIn` walks: a phone's word, digits opening a sentence, a code named, a number told backwards, a place's code. */
const FRONTS = [PHONE_WORD_ALL, FRONT_DIGITS_ALL, CODE_WORD_NAMED_ALL, TOLD_BACKWARDS_ALL, PLACE_CODE_ALL];
/** A phone's word announcing digits: "Meine Nummer: 0 1 5 1", "my number is 447". */
const ANNOUNCED = /^(?:\p{L}+\s+){0,2}\p{L}+\s*(?::|is|ist|es|e|est|=)\s*\+?\d/u;
/** Money or a reading among the digits: no phone. */
const MONEY_OR_UNIT = /[$£€¥₺₽₴%°]|\b(?:nm|psi|bar|rpm|km|kms|miles|mph|kg|quid|bucks|euros?|dollars?|pounds?|pesos?|reais)\b/i;

/**
 * EDITED: a number the reader holds (or, `sameAs`, one the sender's is said to be the same as) and an edit of its digits in the
 * same or the next sentence; a thing's number only when claimed.
 */
function editedFrom(text: string, sentences: ReadonlyArray<[number, number]>, i: number, sameAs: boolean): [number, number] | undefined {
  const [start, end] = sentences[i]!;
  const first = text.slice(start, end);
  const same = sameAs ? SAME_AS_ONE.exec(first) : null;
  // The sender's own number said the same as one held: its phone's word before the comparison, in the same sentence or
  // ending the one before ("my number?" / "like the one on the workshop invoice but it ends in 63").
  const asked = i > 0 ? PHONE_WORD.exec(text.slice(...sentences[i - 1]!)) : null;
  const saidHere = same !== null && PHONE_WORD.test(first.slice(0, same.index));
  const own = same !== null && (saidHere || asked !== null || (SAME_NUMBER_OPENING.test(first) && !PART_TALK.test(first)));
  const known = KNOWN_NUMBER.exec(first) ?? NAMED_NUMBER.exec(first) ?? (own ? same : null);
  const thing = known === null ? THING_NUMBER.exec(first) : null;
  const at = known ?? thing;
  if (at === null) return undefined;
  const next = Math.min(i + 1, sentences.length - 1);
  // The edit (and, for a thing's number, the claim) in this sentence, or reaching into the next.
  // A party's line, or a number likened to one printed ("but it ends in 63"), is edited however loosely.
  const line = known !== null && (KNOWN_LINE.test(known[0]) || known === same);
  const holds = (part: string): boolean => (EDIT.test(part) || (line && LOOSE_EDIT.test(part) && SENDERS_LINE.test(text))) && (thing === null || CLAIMED.test(part));
  const last = holds(first.slice(at.index)) ? i : holds(text.slice(start + at.index, sentences[next]![1])) ? next : -1;
  if (last < 0 || withheld(text, start + at.index, first.slice(0, at.index))) return undefined;
  // Asked or said the sentence before, the number's recipe starts at its phone word there (a burst reads it as reaching back).
  if (known === same && !saidHere && asked !== null && !SAME_NUMBER_OPENING.test(first)) return [sentences[i - 1]![0] + asked.index, last];
  return [start + at.index, last];
}

/**
 * SHOWN: the number on something the reader can see, claimed as the sender's (before it, in the
 * same or the next sentence: "it's the same number as on ...", "that one is my cell"), or called
 * when the thing is the sender's ("ring the number painted on the side of my bakkie").
 */
function shownFrom(text: string, sentences: ReadonlyArray<[number, number]>, i: number): [number, number] | undefined {
  const [start, end] = sentences[i]!;
  const first = text.slice(start, end);
  const shown = SHOWN_ON.exec(first);
  if (shown === null) return undefined;
  const head = first.slice(0, shown.index);
  const own = /\b(?:my|our)\b/i.test(shown[0]);
  const opening = OPENING_FILLER.test(head) && SAME_OPENING.test(shown[0]);
  const here = CLAIMED_BEFORE.test(head) || opening || SHOWN_OWN.test(first) || CLAIMED.test(first.slice(shown.index)) || (own && (CALL_BEFORE.test(head) || /^same\b/i.test(shown[0])));
  const next = !here && i + 1 < sentences.length && CLAIMED.test(text.slice(...sentences[i + 1]!));
  if ((!here && !next) || withheld(text, start + shown.index, head)) return undefined;
  return [start + shown.index, here ? i : i + 1];
}
/** A sentence that opens on the number, past a word of chat ("hint:", "ok so"): the sender's own, said the same as one shown. */
const OPENING_FILLER = /^\W*(?:(?:hint|ok|okay|so|well|and|but|oh|yeah|also|btw|fyi)\b\W*)*$/i;
const SAME_OPENING = /^(?:numbers?|no|cell|mobile)(?:['’]s)?\s+(?:is\s+)?(?:the\s+)?same\b/i;
/** The number claimed before it is pointed at: "it's the same number as on", "mine is the". */
const CLAIMED_BEFORE = /\b(?:it['’]?s|its|it\s+is|mine['’]?s|mine\s+is|my\s+(?:number|cell|mobile)(?:['’]s|\s+is))\s+(?:just\s+)?(?:the\s+)?$|\b(?:my|our|me)\s+$/i;

/** Negated or refused before the recipe's front: "I won't give you my number", "no te voy a dar". */
function withheld(text: string, index: number, head: string): boolean {
  return WITHHELD.test(head) || negatedBefore(text, index) || negatedAbroad(text, index);
}

/**
 * A number said to be on the sender's card, left with or given to the reader ("it's on my business card in your glovebox",
 * "the number's on the card I left on your seat"): the card carries it, so the pointer is the number.
 */
const CARD_LEFT =
  /\b(?:it['’]?s|its|it\s+is|they['’]?re|(?:my\s+)?number['’]?s|(?:my\s+)?number\s+is|details\s+are)\s+(?:all\s+|also\s+|still\s+|just\s+)?(?:on|in)\s+(?:my|the|our)\s+(?:(?:(?:business|visiting|calling|contact)\s+)?card\s+(?:that\s+)?(?:i|we)\s+(?:left|gave|put|dropped|stuck|handed|slipped)|(?:business|visiting|calling|contact)\s+card\s+(?:in|on|under)\s+(?:your|the)\s+(?:glove\s*box|dash(?:board)?|seat|windscreen|windshield|wipers?|console|visor|mailbox|letterbox|keys?))\b/i;

/** SHOWN: a business card in the sender's own picture (`CARD_PICTURED`) or left with the reader (`CARD_LEFT`), the sentence holding it. */
function findPicturedCards(text: string, hits: Hit[]): void {
  if (!/\bcard\b/i.test(text)) return;
  const m = CARD_PICTURED.exec(text) ?? CARD_LEFT.exec(text);
  if (m === null || withheld(text, m.index, text.slice(0, m.index))) return;
  const [start, end] = sentencesOf(text).find(([, e]) => e > m.index) ?? [m.index, m.index + m[0].length];
  hits.push({ kind: "PHONE", start, end, detail: true });
}

/**
 * READ OFF: the body of the number read off a thing the reader has seen or holds (the VIN, the odometer or trip meter, the
 * plate or registration, a pincode or postcode), strung on after a front: "04 then the 8 digits on the odometer", "0917
 * tapos yung last 7 is yung plate number ko", "my car reg numbers backwards after 077", "Dial the Jamaica code, then
 * whatever the odometer say", "it's the VIN last 7 but swap the first digit for a 3, 305 area". A front strung on by
 * digits (a trunk's 0 or a "+", or any 1-4 digits with the reading told as digits or edited) or by a code named; the
 * reading alone ("the last 7 of my VIN is ...", "send me the last 6 of the VIN then I'll order") has no front.
 */
const THING = String.raw`(?:vin|chassis(?:\s+(?:number|no))?|odometer|odo|trip\s*meter|(?:(?:number|licen[cs]e)\s+)?plate(?:\s+(?:number|no|digits))?(?!\s+(?:heater|light|lamp|holder|bracket|camera|bolt|screw|carrier|surround))|reg(?:istration)?(?:\s+(?:numbers?|digits|plate))?|rego|pincode|pin\s+code|post\s*code|zip\s*code)`;
/** The reading edited: "backwards", "minus the letters", "without zeros", "swap the first digit". */
const EDITED_READING = String.raw`backwards|reversed|in\s+reverse|(?:minus|without|drop|remove|skip)\s+(?:the\s+)?(?:letters?|zeros?|zeroes|dashes|spaces)|swap\s+the\s+(?:first|last)\s+digit`;
const EDITED_READING_RE = new RegExp(String.raw`\b(?:${EDITED_READING})\b`, "i");
/** The reading told as digits or edited: "last 7", "the 8 digits", "7 digit", or `EDITED_READING`. */
const READING = new RegExp(
  String.raw`\b(?:(?:last|first)\s+(?:\d{1,2}|four|five|six|seven|eight|nine|ten)|\d{1,2}\s+digits?|(?:four|five|six|seven|eight|nine|ten)\s+digits?|${EDITED_READING})\b`,
  "i",
);
/** A front strung onto the thing: digits or a code named, then "then" (or "tapos", "after that") and up to six words. */
const FRONT_THEN_THING = new RegExp(
  String.raw`(?<![\w.,-])(?<front>\+\d{1,3}|\d(?:\s?\d){0,4}|[A-Z][${LATIN}-]+(?:\s+[A-Z][${LATIN}-]+)?\s+(?:(?:area|country|dialling|dialing)\s+)?code|(?:area|country)\s+code)\s*[,;:]?\s*(?:and\s+)?(?:${THEN}|tapos|followed\s+by)${E}\s*(?:[${LATIN}0-9'’]+\s+){0,6}?${THING}${E}`,
  "i",
);
/** The thing read, then its front: "reg numbers backwards after 077", "the VIN last 7 ..., 305 area". */
const THING_THEN_FRONT = new RegExp(String.raw`${B}${THING}${E}[^.!?\n]{0,60}?(?:\b(?:after|behind|following|before)\s+(?<front>\+?\d{2,5})\b|(?<area>\b\d{3}\s+area)${E})`, "i");

function findReadOffThings(text: string, hits: Hit[]): void {
  if (!READING.test(text) && !/\bwhatever\b/i.test(text)) return;
  const m = FRONT_THEN_THING.exec(text) ?? THING_THEN_FRONT.exec(text);
  if (m === null) return;
  const front = m.groups?.front ?? m.groups?.area ?? "";
  // Digits as the front: a trunk's 0 or a "+" (not a time of day: "at 0800 then"), or other digits (no year) with the reading
  // edited ("98 then my pincode ... without zeros"); a code named always.
  const digits = /^\+?[\d\s]+$/.test(front);
  const at = m.index + m[0].indexOf(front);
  if (digits && /\b(?:at|by|from|until|till|@)\s*$/i.test(text.slice(Math.max(0, at - 8), at))) return;
  if (digits && !/^(?:0|\+)/.test(front) && (/^(?:19|20)\d\d$/.test(front) || !EDITED_READING_RE.test(text))) return;
  if (withheld(text, m.index, text.slice(0, m.index))) return;
  const sentences = sentencesOf(text);
  // The run: every sentence from the front's to the last carrying a piece of it (digits, the thing, the reading).
  let first = sentences.findIndex(([, e]) => e > m.index);
  if (first < 0) return;
  let last = first;
  while (last + 1 < sentences.length && carriesReading(text.slice(...sentences[last + 1]!))) last++;
  while (first > 0 && /\d/.test(text.slice(...sentences[first - 1]!)) && carriesReading(text.slice(...sentences[first - 1]!))) first--;
  hits.push({ kind: "PHONE", start: sentences[first]![0], end: sentences[last]![1], detail: true });
}
/** A sentence carrying a piece of a read-off number: digits, the thing, the reading, or opening with "then". */
const carriesReading = (sentence: string): boolean => /\d/.test(sentence) || READING.test(sentence) || THING_RE.test(sentence) || OPENS_WITH_THEN.test(sentence);
const THING_RE = new RegExp(String.raw`${B}${THING}${E}`, "i");

/**
 * RIDDLE: the digits given as sums strung one after another ("3 times 3, then 1 7, then 2 less than 10, then 555, then 4
 * fours", "first 3 = how many cylinders my truck has times 100 plus 14" / "then 9 0 7" / "last four is the year its
 * from"; the normaliser writes "plus 1" after digits as "+1"): two sums or repeats at least, and two slots of a number ("first 3", "last four") or two "then"s beside a word of a
 * number or a call, no unit or money among them (torque stages "30 then 60 then plus 90 degrees" are a reading).
 */
const SUM =
  /\b(?:times|x|plus|minus|less\s+than|more\s+than|divided\s+by|multiplied\s+by)\s+\d+\b|(?<=\d\s?)\+\s?\d+\b|\b(?:\d|two|three|four|five|six)\s+(?:ones|twos|threes|fours|fives|sixes|sevens|eights|nines|zeros|zeroes)\b/gi;
const STRUNG = new RegExp(String.raw`${B}(?:${THEN})${E}`, "gi");
const SLOT = /\b(?:first|last|next|middle)\s+(?:\d|one|two|three|four|five|six)\b/gi;
const NUMBER_CUE = /\b(?:numbers?|digits?|riddle|call|text|ring|dial|whatsapp|mine|my\s+(?:cell|mobile|phone))\b/i;
const UNIT = /[$£€¥%°]|\b(?:nm|ft|lbs?|psi|bar|rpm|km|kms|miles|mph|kg|mm|cm|volts?|amps?|degrees?|deg|quid|bucks|euros?|dollars?|pounds?|vat|tax|hours?|hrs?|mins?|minutes?)\b/i;

/**
 * Slots of a number each given a value ("first 3 = the interstate through town", "the last 4 are the year I was born"): a riddle
 * without sums, read only where the number is said to be the sender's or the app to hide it, and no thing's code is decoded
 * ("the first 3 of the VIN are the maker, the last 6 are the serial").
 */
const SLOT_GIVEN = /\b(?:first|last|next|middle)\s+(?:\d|one|two|three|four|five|six)(?:\s+digits?)?\s*(?:=|:|is|are|['’]s)(?!\w)/gi;
const RIDDLE_CUE =
  /\b(?:riddle|puzzle|my\s+(?:number|cell|mobile|phone|digits)|(?:call|text|ring)\s+me|area\s+code)\b|\b(?:app|chat|it|this)\s+(?:keeps\s+)?(?:bleeps?|blocks?|hides?|stars?|censors?|masks?|blanks?)\b/i;
const DECODED_THING = /\b(?:vin|chassis|serial|part\s+(?:number|no)|model|batch|lot|date\s+code|sku|tyre|tire|week|reg|plate|odometer|mileage|paint|engine\s+code)\b/i;

function findRiddles(text: string, hits: Hit[]): void {
  const sums = text.match(SUM)?.length ?? 0;
  const given = sums < 2 && (text.match(SLOT_GIVEN)?.length ?? 0) >= 2;
  if (sums < 2 && !given) return;
  const strung = text.match(STRUNG)?.length ?? 0;
  const slots = text.match(SLOT)?.length ?? 0;
  // A number's slots, or a word of a number or a call, make the sums a phone's: "riddle time since this app blocks numbers";
  // slots given values without sums need a "then" and the number said to be a phone's.
  const riddle = given ? strung >= 1 && RIDDLE_CUE.test(text) && !DECODED_THING.test(text) : slots >= 2 || (strung >= 2 && NUMBER_CUE.test(text));
  if (!riddle || UNIT.test(text) || withheld(text, 0, "")) return;
  const sentences = sentencesOf(text);
  hits.push({ kind: "PHONE", start: sentences[0]![0], end: sentences[sentences.length - 1]![1], detail: true });
}
