/**
 * PHONE: digit runs of the normalised text, judged by shape and context, then validated with
 * libphonenumber-js (full "max" metadata, so validity means "a number range that is assigned",
 * which rejects most part numbers and readings of the same length).
 *
 * Why not libphonenumber's own `findNumbers`: it needs one pass per default region and costs about
 * 2-3 ms on a 2,000-character message for one region (measured), over the 2 ms budget for the
 * whole detector; and our normaliser already turns words, look-alikes and odd separators into
 * plain digit runs. So we find the runs ourselves (cheap, linear) and ask libphonenumber only
 * about the few candidates, in several regions.
 *
 * Fictional ranges, decided on purpose: libphonenumber treats US 555 numbers (including the
 * 555-0100..0199 range reserved for fiction) as valid, and treats the UK's Ofcom drama ranges
 * (07700 900xxx, 020 7946 0xxx, ...) and Australia's (0491 570 xxx, ...) as invalid but possible.
 * People type both to each other, so both count: a NANP number with exchange 555 is accepted, and
 * in GB/AU a "possible" national number is accepted when it is written in phone-like groups or
 * follows a phone cue.
 */
import { getCountries, isPossiblePhoneNumber, isValidPhoneNumber, Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType } from "libphonenumber-js/max";
import { atWords, groupSpan, matchesOf, type Pattern } from "./context.ts";
import { skeletonAlternation, skeletonWord, SPELLED, WORDED } from "./normalise.ts";
import { REFERENCE_SCRIPT_WORDS, REFERENCE_STORY, REFERENCE_WORDS, referenceLabelBefore } from "./reference-labels.ts";
import type { Hit } from "./types.ts";
import { CAR_MAKES, foldAccents } from "./vocabulary.ts";

/**
 * The fewest digits a phone number has: a North American local number (exchange and line, no area
 * code), the shortest the marketplace's regions dial. A shorter run is a piece of a number at most.
 */
export const MIN_PHONE_DIGITS = 7;
/**
 * Words after which a number is announced as a phone, per language, as the normalised text holds
 * them (accents gone: "zadzwoń" is "zadzwon"); words of other scripts: `PHONE_CUE_SCRIPT_WORDS`.
 * Only words that name a phone, a call or the sender's number: a bare "number" of a language whose
 * things' numbers are named after it ("numer części", "numero de serie") is read with
 * `THING_AFTER_NUMBER` and the thing words of `NOT_A_PHONE_WORDS`.
 */
const PHONE_CUE_WORDS_BY_LANGUAGE: Readonly<Record<string, string>> = {
  english: "call calling text txt ring phone cell cellphone mobile mob number num numbr digits whatsapp wa reach tel telephone contact dial sms line signal viber telegram hmu",
  spanish: "cel celular movil numero telefono llamame llama llamar marcame whats wasap guasap",
  portuguese: "zap liga ligar ligue contato celular telefone telemovel",
  french: "portable appelle appelez tel joindre joignable",
  german: "nummer handy handynummer telefon anrufen erreichbar festnetz",
  italian: "chiamami chiamare cellulare cell telefonino",
  dutch: "bel bellen mobiel telefoonnummer",
  // Swedish, Norwegian, Danish ("ring mig", "ring meg", "ring til mig" are English "ring"); "mobil"
  // only right before a number that is no round price (`blankThingsPhoneWords`): Indonesian and Malay for a car
  nordic: "ringa ringe tlf mobil mobilnummer numret nummeret nummer telefonnummer",
  polish: "zadzwon zadzwonic dzwon dzwonic numer komorka komorki komorke pisz napisz",
  // Turkish "reach (me)" ("bana şuradan ulaşın: ...") asks to be called as "arayın" does
  turkish: "numaram numaramiz numaramdan telefonum arayin arayiniz ulasin ulasabilirsiniz",
  romanian: "suna numarul telefonul",
  // Hungarian "call (me)", "call it", "my phone number" ("hívj fel", "hívd", "telefonszámom")
  // and "on the (my) number" ("hívj a következő számon: 30/662-1498"), right beside it
  hungarian: "hivj hivjon hivjal hivjatok hivd telefonszam telefonszamom szamon szamomon",
  // romanised Hindi "mera" (my), Egyptian and Maghrebi Arabic written in Latin letters
  hindi: "mera",
  arabizi: "kalemny kallemni kalimni kalmni etasel ettasel nemra nemrti nmra nmrti raqmi",
  swahili: "namba nambari simu nipigie pigia",
  malay_indonesian: "hubungi nomor nombor telp",
  vietnamese: "sdt",
  tagalog: "tawagan",
  // payment apps that pay to a phone number (social.ts, PHONE_PAYMENT_APPS), Brazil's Pix and West Africa's Wave
  payment: "mobilepay vipps swish twint paynow blik satispay lydia pix wave",
};
const PHONE_CUE_WORDS = new Set(Object.values(PHONE_CUE_WORDS_BY_LANGUAGE).flatMap((words) => words.split(" ")));
/**
 * The cue words read before round 25, which cue a number anywhere later in their sentence
 * (`Cues.phoneCue`); every other cue word, and those of other scripts (`PHONE_CUE_SCRIPT`), cues a
 * number only right beside it (`CLOSE_BESIDE`): "Bei ya simu mpya ... shilingi 71,234", "फोन का
 * बिल ..., इनवॉइस 9812345678" name a phone in passing, far from the number.
 */
const FAR_CUE_WORDS = new Set(
  (
    "call calling text txt ring phone cell cellphone mobile mob number num numbr digits whatsapp wa reach tel telephone contact dial sms line signal viber telegram hmu " +
    "cel celular movil numero telefono llamame llama llamar marcame whats zap nummer handy telefon anrufen portable appelle appelez liga ligar ligue contato mera " +
    "mobilepay vipps swish twint paynow blik satispay lydia"
  ).split(" "),
);
/**
 * Cue words that, after a number, ask to be called or written to or say the number is the sender's
 * ("... call me", "... zadzwoń", "... appelle-moi", "... numaram", "... whatsapp"), unlike a phone
 * named after it as a device or the subject of what follows ("..., das Handy zeigt", "..., simu
 * yangu imeharibika", "Handy-Foto", "le portable du client"): `Cues.phoneCueRightAfter`.
 */
const CALLING_CUE_WORDS = new Set(
  (
    "call calling text txt ring reach dial sms hmu whatsapp wa whats wasap guasap zap viber telegram llamame llama llamar marcame liga ligar ligue " +
    "appelle appelez joindre joignable anrufen erreichbar chiamami chiamare bel bellen ringa ringe zadzwon zadzwonic dzwon dzwonic pisz napisz " +
    "arayin arayiniz ulasin ulasabilirsiniz suna hivj hivjon hivjal hivjatok hivd telefonszamom kalemny kallemni kalimni kalmni etasel ettasel nipigie pigia hubungi tawagan mera numaram numaramiz numaramdan telefonum nemrti nmrti raqmi " +
    "mobilepay vipps swish twint paynow blik satispay lydia pix wave"
  ).split(" "),
);
/** The same in other scripts: verbs of calling, "my number", messaging apps ("звоните", "καλέστε", "اتصل", "رقمي", "कॉल", "โทร"). */
const CALLING_CUE_SCRIPT_WORDS: readonly string[] = [
  ...["звоните", "звони", "позвоните", "позвони", "телефонуйте", "дзвоніть", "вайбер", "ватсап", "καλέστε", "καλεστε", "πάρε με"],
  ...["اتصل", "اتصلي", "اتصلوا", "كلمني", "رقمي", "واتساب", "واتس", "תתקשר", "मेरा नंबर", "मेरे नंबर", "कॉल", "โทร"],
];
const CALLING_CUE_SCRIPT = new RegExp(String.raw`^(?:${skeletonAlternation(CALLING_CUE_SCRIPT_WORDS)}|${CALLING_CUE_SCRIPT_WORDS.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|")})$`, "iu");
/**
 * A phone word said not to be used: negated before it ("don't call", "nie dzwoń", "non chiamare",
 * "não ligue", "ne m'appelle", "bitte nicht anrufen", "别打电话", "不要打电话") or after it ("bel me
 * niet", "... pas", "फोन मत करो"), or, in Hindi, a phone's bill ("फोन का बिल"): no cue in any language.
 */
const NEGATED_BEFORE_CUE =
  /(?:(?<!\p{L})(?:(?:don'?t|dont|do\s+not|never|not|non|nao|nie|ne|nicht|niet|nunca|jamais)\s+(?:(?:me|mi|mich|m'|te|nos|us|bitte|pls|please)\s*)?|no\s+(?:me|te|nos)\s+)|(?:别|別|不要|不用|勿)(?:打|给我打|給我打|打个|打個)?)$/iu;
const NEGATED_AFTER_CUE = /^(?:\s*-?\s*(?:me|mi|mich|moi|mij|nous|us)(?!\p{L}))?\s*(?:niet|nicht|pas|not|mat|मत|नहीं|का\s+बिल|के\s+बिल)(?![\p{L}\p{M}])/iu;
/** The cue words that mean a bare "number", nobody's in particular (`Cues.bareNumberWord`). */
const BARE_NUMBER_WORD = /^(?:number|num|numbr|numero|nummer|numer|numret|nummeret|numarul|nemra|nomor|nombor|namba|nambari)$/;
/**
 * The cue words that mean "number", Turkish "my number" ("numaram") with them: after a thing's name
 * ("part number", "Bosch nummer", "sipariş numaram") they name that thing's.
 */
const NUMBER_CUE_WORD = new RegExp(`${BARE_NUMBER_WORD.source}|^(?:numaram|numaramiz)$`);
/**
 * Phone words of other scripts, as typed: Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai,
 * Chinese and Japanese ("τηλ.", "κινητό", "звоните", "رقمي", "اتصل", "טלפון",
 * "फोन", "โทร", "电话"); a bare "number" ("номер", "رقم") is left out, as it also names a part's.
 * Matched through `unicodeSkeleton` (`skeletonAlternation`), as the normalised message holds them,
 * and as typed (`hasPhoneCue` reads messages as sent).
 */
const PHONE_CUE_SCRIPT_WORDS: readonly string[] = [
  ...["τηλέφωνο", "τηλεφωνο", "κινητό", "κινητο", "καλέστε", "καλεστε", "πάρε με"],
  ...["телефон", "звоните", "звони", "позвоните", "позвони", "мобильный", "вайбер", "ватсап", "телефонуйте", "дзвоніть"],
  ...["رقمي", "اتصل", "اتصلي", "اتصلوا", "واتساب", "واتس", "جوال", "موبايل", "هاتف", "تلفون", "كلمني"],
  ...["טלפון", "נייד", "תתקשר"],
  // Hindi "my number" (a bare "नंबर" names an order's or a chassis' as often: "ऑर्डर नंबर")
  ...["मेरा नंबर", "मेरे नंबर", "फोन", "फ़ोन", "कॉल"],
  ...["เบอร์", "โทร"],
];
/** Abbreviations of the same: whole words only ("τηλ.", "тел:", "моб."), not the start of "τηλεόραση", "тело", "телевизор". */
const PHONE_CUE_SCRIPT_SHORT: readonly string[] = ["τηλ", "тел", "моб"];
/**
 * Chinese and Japanese phone words, in text that puts no space between words ("打电话给我"), but not
 * before what names an object for the phone: a holder, a case, a film, a charger, a cable, a screen
 * ("手机支架", "手机壳", "手机充电器").
 */
const PHONE_CUE_CJK = String.raw`(?:电话|手机|電話|携帯|手機)(?![支壳殼套充座膜架线線夹夾屏])`;
/**
 * Things' numbers in the same scripts: an order, a part, an article, an invoice, a code
 * ("номер заказа", "артикул", "κωδικός ανταλλακτικού", "رقم الطلب", "фактура"; the
 * references' words are `REFERENCE_SCRIPT_WORDS`), read as `NOT_A_PHONE_WORDS` are (the nearer of
 * the two kinds of cue wins).
 */
const NOT_A_PHONE_SCRIPT_WORDS: readonly string[] = [...REFERENCE_SCRIPT_WORDS, ...["детал", "артикул", "каталож", "серийн", "запчаст", "κωδικ", "ανταλλακτικ", "σειριακ", "قطعة", "القطعة"]];
/** The same in Chinese, which puts no space between words ("我的订单", "快递单号"): an order, a waybill's number, a courier. */
const NOT_A_PHONE_CJK = "订单|單號|单号|訂單|快递|快遞";
const NOT_A_PHONE_SCRIPT = new RegExp(String.raw`(?<!\p{L})(?:${skeletonAlternation(NOT_A_PHONE_SCRIPT_WORDS)}|${NOT_A_PHONE_SCRIPT_WORDS.join("|")})\p{L}*|${NOT_A_PHONE_CJK}`, "giu");
/**
 * `PHONE_CUE_SCRIPT_WORDS` as a pattern, not inside a longer word on the left (inflections on the
 * right are theirs); `PHONE_CUE_SCRIPT_SHORT` as whole words; `PHONE_CUE_CJK`.
 */
const PHONE_CUE_SCRIPT = new RegExp(
  String.raw`(?<!\p{L})(?:${skeletonAlternation(PHONE_CUE_SCRIPT_WORDS)}|${PHONE_CUE_SCRIPT_WORDS.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|")})` +
    String.raw`|(?<!\p{L})(?:${skeletonAlternation(PHONE_CUE_SCRIPT_SHORT)}|${PHONE_CUE_SCRIPT_SHORT.join("|")})(?!\p{L})|${PHONE_CUE_CJK}`,
  "giu",
);
/**
 * A character past ASCII that no ASCII letter matches case-blind (the long "ſ" and the Kelvin sign
 * match "s" and "k" under the "iu" flags).
 */
// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: anything outside ASCII
const OWN_SCRIPT_CHARACTER = /[^\x00-\x7f\u017f\u212a]/u;
/**
 * Whether `PHONE_CUE_SCRIPT` and `NOT_A_PHONE_SCRIPT` can only match where the text holds a character
 * past ASCII: every word they read holds one (`OWN_SCRIPT_CHARACTER`) as typed and as the normaliser
 * folds it, and the Chinese words are all such characters. Checked on the lists, so a word added
 * that folds to ASCII whole turns the shortcut off instead of being missed. Most messages are ASCII
 * alone, and `Cues` then skips both scans.
 */
const SCRIPT_CUES_NEED_OTHER_SCRIPT = [...PHONE_CUE_SCRIPT_WORDS, ...PHONE_CUE_SCRIPT_SHORT, ...NOT_A_PHONE_SCRIPT_WORDS].every(
  (w) => OWN_SCRIPT_CHARACTER.test(w) && OWN_SCRIPT_CHARACTER.test(skeletonWord(w)),
);
// "my no. 98760 12345", "ur no is": "no" is a number only when someone's (alone it is "No. 4", a reference).
// "i'll send it in bits", "gonna type it in pieces": a number announced as coming in pieces.
// Portuguese "me chama (no 119...)" (a bare "chama" also asks to be called when a part comes).
// Arabizi written with digits for letters: "3ayet liya" (call me), "ra2mi" (my number), "2ettasel" (call).
// A person to reach named, then "on" or "at" a number ("ask for Dave on 555 0142", "speak to Luis at four four seven ..."):
// the number is theirs, whatever thing the sentence named before ("Brake pads front - ask for Dave on ...").
const PHONE_CUE_PHRASES =
  /\b(?:(?:ask(?:ing)?\s+for|speak\s+(?:to|with)|talk\s+to|get\s+hold\s+of)\s+(?:[a-z][a-z'’.-]*\s+){1,3}?(?:on|at)(?=[\s:#-]*(?:[+(\d]|zero|oh\b|one|two|three|four|five|six|seven|eight|nine))|whats\s+app|hit\s+me|area\s+code|my\s+#|(?:my|our|ur|your|his|her)\s+no\b\.?|(?:send|sending|sent|give|giving|type|typing|split|splitting|break|breaking)\s+(?:it|them|this|that|(?:my|the)\s+(?:number|digits|cell|mobile))\s+(?:in|into)\s+(?:bits|pieces|chunks|halves)|me\s+chama|3ay[ae]t(?:li|lia|liya)?|ra2m[iy]|2et+as+el)/gi;
/** A number announced right after it: "98765 43210 call me", "... is my cell", "..., whatsapp only". */
const PHONE_CUE_AFTER =
  /^\s*[,.:;-]?\s*(?:(?:pls\s+|plz\s+|please\s+)?(?:call|text|txt|ring|sms|whatsapp|wa|msg|message|phone|buzz)\s+(?:me|us|anytime|any\s+time|after|before|between|only|in\s+the|in|today|tonight|tomorrow|evenings?|mornings?|now|asap|pls|plz|please|karo|kar\s*do|kijiye|kariye|karna|karein|pe|par)\b|(?:is\s+|that'?s\s+)?(?:my|our)\s+(?:cell|number|mobile|phone|whatsapp|digits|num|line)\b|(?:is|that'?s|it'?s)\s+(?:me|mine|us)\b|whats\s?app\b)/i;
/** "part number", "order number", an insurer's "file number", a dealer's "RO number" (repair order), a "job card number": an identifier's name before "number". */
const IDENTIFIER_BEFORE_NUMBER =
  "file ro card part parts order tracking serial model reference ref confirmation invoice account stock item claim policy insurance membership member customer case ticket job vin chassis engine frame module ecu pcm tcm bcm software calibration casting lot batch booking sku oem oe catalog product po pieza pieca peca piece teil artikel ricambio referencia".split(
    " ",
  );
/**
 * A part named by what it is: its number is the part's ("the pump number stamped on it",
 * "compressor number"), though only in a part-number shape (see `looksLikePhone`).
 */
const PART_BEFORE_NUMBER = new Set(
  (
    "pump filter sensor injector coil belt hose gasket bulb battery caliper bearing strut shock alternator starter radiator thermostat valve relay kit assembly seal solenoid actuator harness " +
    "transmission gearbox compressor turbo clutch flywheel tensioner pulley manifold converter rack axle hub rotor disc pad tyre tire wheel box label tag sticker plate stamp"
  ).split(" "),
);
/**
 * What a part, its box or its tag has written on it, quoted: "the box says a 624 390 40 94", "the
 * transmission tag reads 09G 321 03", "the sticker on the old one says ...": read like a part's
 * "number" (by its shape, see `looksLikePhone`), since a sender can quote any thing to pass a phone.
 */
const THING_READS = new RegExp(
  String.raw`\b(?:${[...PART_BEFORE_NUMBER].join("|")})s?(?:\s+(?:on|of|from|in|inside)(?:\s+[\w'’]+){1,3}?)?\s+(?:says|said|reads|read|shows|showed|has|had|is\s+stamped|stamped|printed)(?:\s+(?:a|an|the|on\s+it|it'?s))?\b`,
  "gi",
);

/** "part number", "order number", "the pump number": the number of a thing, not a phone. */
const THING_BEFORE_NUMBER = new Set([...IDENTIFIER_BEFORE_NUMBER, ...PART_BEFORE_NUMBER]);
/** "quote line", "invoice line", "first line": a line of a document, not a phone line. */
const DOCUMENT_BEFORE_LINE = new Set("quote invoice order receipt estimate bill subject first second next last each new bottom top punch".split(" "));
/**
 * A word of `PHONE_CUE_WORDS` after the word before it (both lower case), unless the pair names a
 * thing's number ("part number", "order num") or a document's line ("quote line").
 */
function isPhoneCueWord(word: string, previous: string, adjacent = ""): boolean {
  if (!PHONE_CUE_WORDS.has(word)) return false;
  if (NUMBER_CUE_WORD.test(word) && THING_BEFORE_NUMBER.has(previous)) return false;
  // "the Mopar number", "the wiper blade number": a brand's or a part's number, said as one name
  // (the word right before, only a space between), names no phone.
  if (NUMBER_CUE_WORD.test(word) && NOT_A_PHONE_WORDS.has(adjacent)) return false;
  // "nombor siri telefon 8123...", "warranty phone ...": a phone named by a thing's label right before it is the device that thing belongs to.
  if (NOT_A_PHONE_WORDS.has(adjacent) && !CALLING_CUE_WORDS.has(word)) return false;
  return !(word === "line" && DOCUMENT_BEFORE_LINE.has(previous));
}
/** Words for identifiers and readings that legitimately look like phone numbers (and part names and brands). */
const NOT_A_PHONE_WORDS = new Set([
  // an order's, an invoice's, a payment's, a shipment's papers ("DHL waybill 5125550147", "txn no. ...", "UTR ..."): `REFERENCE_WORDS`
  ...REFERENCE_WORDS,
  ...(
    "part parts p/n pn oem sku serial s/n sn package " +
    "case vin chassis engine frame model firing cylinder cylinders item stock policy job account acct " +
    "auth authorization batch lot casting dot tyre tire barcode upc ean catalog catalogue supersedes superseded replaces fits " +
    "code codes dtc dtcs odometer odo mileage miles km kms reading readings torque spec specs injector injectors blade blades wiper wipers " +
    "filter pad pads rotor rotors disc discs sensor pump plug plugs coil coils belt hose gasket bulb battery caliper bearing strut shock " +
    // "software 159 924 9764", "calibration 745 413 6173": a control unit's software and version numbers.
    "software firmware calibration flash version " +
    "alternator starter radiator thermostat valve relay module ecu pcm kit assembly seal bushing solenoid actuator harness bosch denso ngk " +
    "acdelco motorcraft mopar febi lemforder valeo delphi mahle brembo gates dayco moog monroe kyb bilstein sachs luk hella champion autolite " +
    "wix fram purolator aisin ntk dorman timken skf trw ate textar meyle elring pierburg vdo hitachi nissens behr " +
    // The same identifiers in the marketplace's other languages (accents are gone after normalising).
    "oe oes genuine referencia pieza pieca peca piece pieces teilenummer teil teile artikelnummer artikel codice ricambio articolo " +
    // ... and of the languages whose phone words `PHONE_CUE_WORDS_BY_LANGUAGE` reads ("numer części", "parça numarası", "onderdeelnummer")
    "czesci seryjny rejestracyjny nadwozia katalogowy parca sasi onderdeel onderdeelnummer delenummer reservedel varenummer " +
    // an order said alone in Swahili ("oda 712..."), a serial in Malay ("nombor siri"); the other languages' references are
    // `REFERENCE_WORDS`; German and Italian order numbers are read as `THING_NUMBER_COMPOUND` and `THING_NAMED_AFTER_NUMBER` are,
    // Polish "zamówienie" alone splits numbers across messages (round 21)
    "oda siri"
  ).split(" "),
]);
const NOT_A_PHONE_PHRASES = /\b(?:date\s+code|cross[\s-]?ref)\b/gi;
/**
 * The expressions `Cues` searches the whole text with, in one list for `atWords`: each tried at its opening
 * words (or, one that may open on a character outside ASCII the text holds, scanned), from one walk of the text.
 */
const CUE_FINDERS: readonly RegExp[] = [PHONE_CUE_SCRIPT, PHONE_CUE_PHRASES, NOT_A_PHONE_PHRASES, NOT_A_PHONE_SCRIPT, THING_READS];
/**
 * Number words of the languages read since round 25 that name the numbered thing after the word,
 * as Romance "numero de X" does (`namesAThingAfter`, `THING_NAMED_AFTER_NUMBER`): "numer
 * przesyłki", "nomor rangka", "namba ya risiti", "nummeret på delen", "numarul comenzii". The word
 * after (past a linking word and a possessive) decides: a phone word, a possessive, "is", "please"
 * and the like leave the number the sender's (`NUMBER_WORD_KEEPS_CUE`, `PHONE_STEM`); any other
 * word names the thing whose number it is.
 */
const NUMBER_NAMES_A_THING = new RegExp(
  String.raw`(?<!\p{L})(?<cue>numer|numret|nummeret|numarul|nemra|nomor|nombor|namba|nambari)(?:\s+(?:de|do|da|del|di|du|dei|della|ya|pa|på|van|von|od|dari|la|al|el))?(?:\s+(?<mine>\p{L}+))?\s+(?<thing>\p{L}+)`,
  "giud",
);
/**
 * The number words of the languages read since round 25 ("numer", "nomor", "namba", "numarul"),
 * right before digits: a phone cue only after a possessive ("mój numer", "mera nomor"), as a bare
 * one names a part's as often (`blankThingsPhoneWords`); English, Romance and German "number"
 * words stay cues as before.
 */
const NEW_BARE_NUMBER_WORD = /(?<!\p{L})(numer|numret|nummeret|numarul|nemra|nomor|nombor|namba|nambari)(?=[\s:.#=-]*\d)/giu;
/** Possessives, verbs of being, "please", "here", "new", "private" after a number word: the number stays the sender's (`NUMBER_NAMES_A_THING`). */
const NUMBER_WORD_KEEPS_CUE = new Set(
  (
    "me mir mich moi mim my mi mis mio mia mein meine meiner meinem mon ma mes moj moja moje mojego mojej mnie mitt min mine mijn meu minha mea mera mere meri saya aku ku gue gw kamu anda yangu yetu wangu ako ko namin " +
    "your ur our his her tu su seu sua suo dein deine ton ta twoj jego unser unsere notre nuestro nosso nostro vores var vart " +
    "is es ist est e er ar to jest adalah ialah yaitu yakni ni hai he este sa wa lautet war era foi " +
    "please pls plz bitte por favor per prosze tolong tafadhali here below aqui aca hier ici qui ini itu ke na pod au on at kwa " +
    "new neu neue nuevo novo nuovo nouveau nowy baru mpya personal personnel personale privat privado privato prive prywatny pribadi direct direkt directo diretto fijo fixo fisso"
  ).split(" "),
);
/** Stems of phone words after a number word ("numero de teléfono", "nomor hp", "numer telefonu", "namba ya simu", "nummer van de mobiel"). */
const PHONE_STEM = /^(?:tel|fon|phon|hp|hape|ponsel|wa|whats|wats|wasap|guasap|handy|mob|cel|cell|komor|kontak|contac|contat|kontakt|simu|zap|sdt|viber|telegram|portab)/i;
/**
 * A phone word that names a thing, not the sender's line: an object for the phone ("phone holder",
 * "Handy Halterung", "chargeur portable", "cell phone bill", "mobile app", "contact points" of an
 * ignition), a part named with one ("O-ring", "piston ring", "load cell", "dial gauge"), or the
 * phone as the device something was found on, came to, or was paid or ordered with ("found it on my
 * mobile", "photo from my phone", "my phone says", "aufs Handy bekommen", "paid via my phone",
 * "telefondan ödedim", "mobile banking"). `cue` is the phone word (`blankThingsPhoneWords`).
 */
const PHONE_DEVICE = String.raw`(?:(?:cell|mobile|smart)\s*)?(?:phone|phones|mobile|cell|cellphone|smartphone|handy|telefon|telephone|portable|celular|movil|mobiel|cellulare|telefono|telefone|telefoon)`;
const PHONE_NAMES_A_THING: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?<cue>${PHONE_DEVICE}|contact)[\s-]*(?:holders?|mounts?|cases?|covers?|apps?|chargers?|charging|cradles?|stands?|brackets?|cables?|screens?|points|bills?|banking|wallets?|halterung|halter|hulle|huelle|ladekabel|ladegerat|support|coque|soporte|funda|cargador|suporte|capa|carregador|supporto|custodia|caricatore|houder|lader|uchwyt|etui|ladowarka|tutucu|kilif|sarj|tarto[a-z]*)\b`,
    "gid",
  ),
  new RegExp(String.raw`\b(?:chargeur|batterie|ordinateur|pc|enceinte|lampe|cargador|bateria|computadora|carregador)\s+(?<cue>portable|portatil|movil|celular)\b`, "gid"),
  // the same object named before the phone, through a preposition, as Romance, Polish and Romanian
  // name it ("funda del móvil", "suporte de celular", "support de téléphone", "supporto del
  // cellulare", "uchwyt na telefon", "suportul de telefon"; issue 13, round 30)
  new RegExp(
    String.raw`\b(?:soporte|funda|suporte|capa|support|coque|supporto|custodia|uchwyt|etui|suport|suportul|husa|houder|hoesje|holders?|mounts?|cases?|chargers?|cargador|carregador|chargeur|caricatore|ladowarka|incarcator)\s+(?:de|del|do|da|du|para|pour|per|pentru|na|dla|for|voor|van|fur)\s+(?:(?:el|la|le|o|a|il|lo|the|my|mi|mon|meu|ma|mein|dein|your|l')\s*)?(?<cue>${PHONE_DEVICE}|telefonu|telefonul|telefonului|telefoon|handys?)\b`,
    "gid",
  ),
  // ... or with no preposition, before a phone word of Malay, Indonesian, Romanian or Polish ("holder telefon", "suport telefon"), or
  // of French, Spanish, Portuguese and Italian ("le support téléphone", "la funda móvil", "supporto cellulare"; round 31)
  new RegExp(
    String.raw`\b(?:holders?|pemegang|casing|sarung|suport|suportul|husa|etui|uchwyt|support|soporte|suporte|supporto|funda|coque|capa|custodia)\s+(?<cue>telefon|telefonu|ponsel|handphone|telephone|telefono|telefone|portable|celular|movil|cellulare)\b`,
    "gid",
  ),
  // a part named with a phone word: "O-ring", "piston ring set", "load cell", "dial gauge"
  new RegExp(String.raw`\b(?:o|piston|snap|retaining|seal|sealing|key|slip|synchro|oil|compression|lock|thrust|spacer|tone|reluctor)[\s-]*(?<cue>rings?)\b`, "gid"),
  new RegExp(String.raw`\b(?:load|fuel|battery|solar|flow)\s+(?<cue>cells?)\b`, "gid"),
  new RegExp(String.raw`\b(?<cue>dial)\s+(?:gauges?|indicators?|calipers?|thermometers?|bore)\b`, "gid"),
  new RegExp(
    String.raw`\b(?:found|find|checked|check|looked|look|saw|seen|see|got|received|googled|searched|photo|photos|pic|pics|picture|screenshot)\b(?:\s+(?!call|text|ring|reach)[a-z']+){0,3}?\s+(?:on|from|in|with|via)\s+(?:my|the|his|her|our|their)\s+(?<cue>${PHONE_DEVICE})\b`,
    "gid",
  ),
  new RegExp(String.raw`\b(?:my|the|his|her|our)\s+(?<cue>${PHONE_DEVICE})\s+(?:says|said|shows|showed|reads|displays|displayed)\b`, "gid"),
  // ... or the device an order was placed or paid on ("ordered it on my phone", "lo pedí desde el móvil",
  // "paguei pelo celular", "commandé sur mon portable", "pagato col cellulare", "am comandat de pe
  // telefon", "pesan lewat hp", "binayaran ko sa phone"): no phone aimed at (issue 13, round 30); and
  // "réglée par téléphone", "l'ho fatto dal telefono", "am plătit cu telefonul", "binili ko ... gamit
  // phone ko", "bayar guna ... kat fon" (round 31)
  new RegExp(
    String.raw`\b(?:ordered|paid|bought|booked|pedi|compre|comprado|pague|pagado|paguei|comprei|encomendei|commandee?|payee?|achetee?|reglee?|ordinat[oa]|pagat[oa]|comprat[oa]|fatto|fatta|comandat|platit|cumparat|bestellt|bezahlt|gekauft|besteld|betaald|gekocht|pesan|dipesan|bayar|dibayar|beli|dibeli|binayaran|nabayaran|bayad|binili)\b(?:\s+(?!(?:call|text|ring|reach|msg|messag|sms|whats|llam|escri|lig|appel|ecri|chiam|scriv|ruf|schreib|meld|sun|scrie|zadzw|pisz|hubungi|telp|telep|tawag)\p{L}*)[\p{L}']+){0,3}?\s+(?:on|with|from|via|using|desde|con|por|pelo|pela|sur|depuis|avec|par|col|dal|de\s+pe|pe|mit|uber|przez|lewat|pakai|dari|sa|op|met|per|cu|gamit|guna|kat)\s+(?:(?:my|the|el|la|mi|mon|ma|le|il|mio|meu|o|dem|meinem|mijn|de)\s+)?(?<cue>${PHONE_DEVICE}|telefonul|hp|cel|fon)\b`,
    "giud",
  ),
  // ... or named first, as German, Turkish and Hungarian put the verb last ("per Handy mit PayPal bezahlt",
  // "telefondan kartla ödedim", "telefonon fizettem"; round 31)
  new RegExp(String.raw`\b(?<cue>telefon(?:dan|tan|umdan|la|umla|on|rol|omrol|ommal))\b(?:\s+[a-z]+){0,2}?\s+(?:odedim|odedik|odendi|aldim|fizettem|fizettuk|rendeltem|vettem)\b`, "gid"),
  new RegExp(
    String.raw`\b(?:aufs|auf\s+(?:dem|meinem|mein)|am|per|mit\s+(?:dem|meinem)|ins|im)\s+(?<cue>handy|telefon|smartphone)\b(?:\s+[a-z]+){0,3}?\s+(?:bekommen|gekriegt|erhalten|gefunden|gesehen|geschaut|nachgeschaut|angezeigt|fotografiert|gespeichert|bezahlt)\b`,
    "gid",
  ),
];

/** What every pattern `blankThingsPhoneWords` reads holds: a cheap test first, as most messages hold none. */
const THINGS_PHONE_STEMS = /phone|mobil|cell|handy|telef|portab|portat|celul|movil|contact|ring|dial|num|nom|namb/i;

/**
 * `text` with the phone words and number words that name a thing (`PHONE_NAMES_A_THING`,
 * `NUMBER_NAMES_A_THING`, a bare new number word, "mobil" before no number: `thingsPhoneWords`)
 * blanked to spaces of the same length, so offsets hold: these announce no phone.
 */
function blankThingsPhoneWords(text: string): string {
  if (!THINGS_PHONE_STEMS.test(text)) return text;
  let blanked = text;
  for (const [start, end] of thingsPhoneWords(text)) blanked = blanked.slice(0, start) + " ".repeat(end - start) + blanked.slice(end);
  return blanked;
}

/** "mobil" as a word: Indonesian and Malay for a car, the Nordic phone word (`thingsPhoneWords`). */
const MOBIL_WORD = /(?<!\p{L})mobil(?!\p{L})/giu;

/**
 * Every expression `thingsPhoneWords` searches a text with, in one list for `atWords`: each is tried at its
 * opening words, from one walk of the text, where a scan tries it at every place of a long message.
 */
const THINGS_PHONE_FINDERS: readonly RegExp[] = [...PHONE_NAMES_A_THING, MOBIL_WORD, NEW_BARE_NUMBER_WORD, NUMBER_NAMES_A_THING];

/** Where (start, end) in `text` the phone and number words of `blankThingsPhoneWords` are. */
function thingsPhoneWords(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Each expression tried at its opening words (no match is empty).
  const finders = atWords(THINGS_PHONE_FINDERS, text);
  for (const find of finders.slice(0, PHONE_NAMES_A_THING.length)) {
    for (let m = find(0); m !== null; m = find(m.index + m[0].length)) {
      const cue = m.indices?.groups?.["cue"];
      if (cue) found.push(cue);
    }
  }
  const [findMobil, findBare, findNamed] = finders.slice(PHONE_NAMES_A_THING.length) as [Finder, Finder, Finder];
  // "mobil", Indonesian and Malay for a car ("harga mobil 185000000", "servis mobil habis ..."), is the
  // Nordic phone word only right before a number, and not a round price.
  for (let m = findMobil(0); m !== null; m = findMobil(m.index + m[0].length)) {
    const number = /^[\s:.-]*(\d[\d .-]*\d)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1];
    if (number === undefined || number.replace(/\D/g, "").endsWith("000")) found.push([m.index, m.index + m[0].length]);
  }
  // The number words this round added, bare before digits ("numer 8200768913 to czujnik"): nobody's number.
  for (let m = findBare(0); m !== null; m = findBare(m.index + m[0].length)) {
    if (!POSSESSIVE.test(text.slice(Math.max(0, m.index - 12), m.index))) found.push([m.index, m.index + m[1]!.length]);
  }
  // Searched on after the number word: the thing named may be a number word itself.
  for (let m = findNamed(0); m !== null; m = findNamed(m.index + (m.groups?.["cue"]?.length ?? 1))) {
    // The first word past the possessives: "numer mojego zamówienia" names the order, "nomor hp saya" a phone.
    const thing = [m.groups?.["mine"], m.groups?.["thing"]].map((w) => (w ?? "").toLowerCase()).find((w) => w !== "" && !NUMBER_WORD_KEEPS_CUE.has(w));
    const cue = m.indices?.groups?.["cue"];
    if (cue && thing !== undefined && !PHONE_CUE_WORDS.has(thing) && !PHONE_STEM.test(thing)) found.push(cue);
  }
  return found;
}

/** The first match of an expression at or after an offset (`atWords`). */
type Finder = (from: number) => RegExpExecArray | null;
/** A number word and the thing named after it ("numero de serie", "numero do pedido"); `thing` is the thing (one of `THING_AFTER_NUMBER`, see `namesAThingAfter`). */
const THING_NAMED_AFTER_NUMBER = /\b(?:numero|nummer|num)\s+(?:de|do|da|del|di|du)\s+(?<thing>[a-z]+)\b/gi;
/**
 * Words of calling or writing in the marketplace's other languages, or of the number being the
 * sender's: "ruf mich an", "meld dich", "appelle-moi", "llámame", "avísame", "contáctame", "liga",
 * "chiama", "mandami un messaggio", "schreib mir", "das bin ich", "c'est moi", "soy yo".
 */
const CONTACT_WORD_ABROAD =
  /\b(?:das\s+bin\s+ich|c['’]est\s+(?:moi|mon)|soy\s+yo|es\s+(?:el\s+)?mi[oa]?|sou\s+eu|e\s+o\s+meu|sono\s+io|e\s+il\s+mio|ruf\w*|an\s*rufen|anrufen|meld\w*|erreich\w*|schreib\w*|appel\w*|joign\w*|[ée]cri[sv]\w*|llam\w*|lig[au]\w*|chiam\w*|scrivi\w*|squill\w*|escrib\w*|mensaje\w*|messaggi\w*|mensag\w*|avis[ae]\w*|cont[aá]ct\w*|contatt\w*|kontakt\w*|whats\w*|zap|sms|texto|telefon\w*|handy|portable|movil|celular|cel)\b/i;
/**
 * A German compound that names the numbered thing in front of "-nummer" in one word: a part, an
 * article, a serial, a frame, an order, an invoice, a customer, a shipment, a claim, an engine
 * ("Ersatzteilnummer", "Fahrgestellnummer", "Sendungsnummer"), so no phone ("Handynummer",
 * "Telefonnummer" name none of these).
 */
const THING_NUMBER_COMPOUND = /\b[a-z]*(?:teile?|artikel|serien|fahrgestell|bestell|auftrags|rechnungs|kunden|sendungs|schadens?|vorgangs|motor|versicherungs|policen)nummer\b/gi;

/**
 * What a reference is for, said beside its label: who issued it ("the insurer", "the supplier",
 * "DHL"), where it goes ("on the invoice", "for the report") or what it is on ("on the box", "the
 * lid"). Words of `NOT_A_PHONE_WORDS` count too, but not the bare words of a label ("ref", "no",
 * "number", "code"), so "order ref", "claim ref" or "tracking" alone say nothing more.
 */
const REFERENCE_CONTEXT_WORDS = new Set(
  (
    "insurer insurers insurance assessor adjuster customs courier supplier supplier's fleet dealer dealership locksmith depot delivered delivery transit " +
    "shipped dispatched eta report paperwork label sticker lid stamped printed fitment purchase return refund box " +
    // where the reference is kept and what is done with it (round 55: "invoice number ... in the app, the one I'm disputing")
    "app printout dispute disputing disputed upload uploaded"
  ).split(" "),
);
const LABEL_ONLY_WORDS = new Set("ref reference number num no nr code codes conf confirmation item order".split(" "));
/**
 * A part's label of two words ending a text ("part number", "part no"): its "part" says no more than its number word. A
 * document's or an order's identifier ("invoice number", "PO number", "order no") keeps counting as what its reference is for.
 */
const IDENTIFIER_THEN_NUMBER = /\bparts?\s+(?:number|num|no|nr)$/i;

/**
 * "5678 mi whatsapp", "555 0172 mi cel": the "mi" after a number is Spanish or Italian "my" before
 * a phone word or an app, not miles: checked beside UNIT_AFTER, which would read it as miles.
 */
const MY_PHONE_AFTER = /^\s*mi\s+(?:whats\w*|wh?atsapp|wa|wsp|zap|cel\w*|m[oó]vil|n[uú]mero|numero|tel\w*|contact\w*)\b/i;

/** True when `after` (the text right after a number) opens on "mi" as "my" before a phone word (`MY_PHONE_AFTER`). */
export function myPhoneAfter(after: string): boolean {
  return MY_PHONE_AFTER.test(after);
}

/**
 * Measurements and money right after the number. A bare "x" is a multiplication sign only before
 * what it multiplies ("2 x 110", "1 x $89"): after a phone number with nothing numeric behind it
 * ("call 503-555-0100x") it is a stray or empty extension mark, and the number is still a phone.
 */
export const UNIT_AFTER =
  /^\s*(?:%|°|k\b|kms?\b|mi\b|miles?\b|mph\b|kph\b|km\/h|rpm\b|psi\b|bar\b|kpa\b|nm\b|ft\b|lbs?\b|mm\b|cm\b|inch|in\b|"|v\b|volts?\b|amps?\b|ah\b|hp\b|bhp\b|kw\b|cc\b|l\b|lit(?:er|re)s?\b|quarts?\b|qts?\b|kg\b|g\b|grams?\b|dollars|bucks|usd|cad|aud|eur|gbp|euros?|pounds|quid|ohms?\b|x\b(?=\s*[\d$£€¥])|times\b|pcs\b|units?\b)/i;
/** True when `after` (the text right after a number) opens on a measurement or money (`UNIT_AFTER`), "mi" as "my" before a phone word aside (`myPhoneAfter`). */
function measuredAfter(after: string): boolean {
  return UNIT_AFTER.test(after) && !myPhoneAfter(after);
}

/**
 * A unit's word said apart from the number that is as often a word of chat: "in" (the preposition),
 * "k" (okay), "bar" (except), "times", "units", "g" and "l" (letters of a reply). Units that are
 * only units ("km", "psi", "miles") keep even a phone-shaped number a reading ("odometer reads
 * 207 555 0143 km lol").
 */
const WORD_APART_AFTER = /^\s+(?:in|k|bar|times|units?|g|l)\b/i;

/**
 * True when the run is measured (`measuredAfter`), unless it is written as a phone and the "unit" is
 * a word of chat said apart from it (`WORD_APART_AFTER`): nobody groups inches as a phone number,
 * while "in" and "k" are chat's preposition and reply ("(503) 555-0199 in Portland", "+44 7911 123456
 * in London", "my cell 503-555-0199 k thanks"); "12 in", "3397007120 in stock", "1 500 in", a unit
 * that is only a unit, and a symbol glued on ("503-555-0199%") stay readings and counts.
 */
function measuredRun(r: Run, after: string): boolean {
  if (!measuredAfter(after)) return false;
  if (!WORD_APART_AFTER.test(after)) return true;
  if (r.plus) return readInternational(r.digits)?.valid !== true;
  return !writtenAsPhone(r, true);
}
const PART_NOUN_AFTER =
  /^\s*(?:injector|blade|wiper|filter|pad|rotor|disc|sensor|pump|plug|coil|belt|hose|gasket|bulb|battery|caliper|bearing|strut|shock|alternator|starter|radiator|thermostat|valve|relay|module|kit|assembly|seal|solenoid|part)s?\b/i;

/**
 * Letters glued by a dash right after the digits that end the token: a code's variant or market
 * ("-UK", "-A", "-LH"), not an extension ("-x22", "-ext 5").
 */
const CODE_SUFFIX = /^-(?!(?:x|ext|extn)\b)[a-z]{1,3}(?![\w-])/i;

/** "Policy No. 7734", "Ref. 88": a full stop that ends an abbreviation, not a sentence. */
const ABBREVIATION_BEFORE = /\b(?:no|nr|ref|inv|acct|tel|ph|ext|approx|st|dr|mr|mrs|ms|vs|etc|e\.g|i\.e|pt|qty|cod|art|req)$/i;

/** "my", "your", "our" in the marketplace's languages, before or after a number word ("mi número", "nomor saya", "namba yangu", "numarul meu"). */
const POSSESSIVE =
  /(?<!\p{L})(?:my|your|ur|our|his|her|mi|mis|mio|mia|tu|su|mein\w*|dein\w*|unser\w*|mon|ma|ton|notre|moj\w*|m[oó]j|twoj\w*|mitt|min|mine|ditt|din|mijn|meu|minha|seu|sua|nosso|mea|mera|mere|meri|saya|aku|ku|gue|gw|kamu|anda|yangu|yetu|wangu|ako|ko|namin|benim)(?!\p{L})/iu;
/** "..., my cell", "..., мой телефон", "，我的手机": a possessive right before the phone word that ends the text. */
const POSSESSIVE_BEFORE_CUE = new RegExp(String.raw`(?:${POSSESSIVE.source}|(?<!\p{L})(?:мой|мій|моя|мои)|我的)\s*[\p{L}\p{M}]+$`, "iu");
/** "... simu yangu.", "... το κινητό μου": a possessive right after the phone word, ending the sentence. */
const POSSESSIVE_ENDS_AFTER_CUE = new RegExp(String.raw`^\s+(?:${POSSESSIVE.source}|μου|мой|мій)\s*(?:[.!?,;:)]|$)`, "iu");
/**
 * At most two words and no number but a lone digit (a trunk's "8") between a phone cue that counts only
 * beside a number (`FAR_CUE_WORDS`) and that number: "звоните мне на 8 912 ...", "bellen kan op 6123...".
 */
const NEAR_BESIDE = /^[^\p{L}\d]*(?:[\p{L}\d]*\p{L}[\p{L}\d]*[^\p{L}\d]*){0,2}(?:\d[^\p{L}\d]+)?$/u;
/** At most one word and no number between a phone cue and the number after it (`Cues.phoneCueBeside`); a word may hold digits, as Arabizi's do ("3ayet"). */
const CLOSE_BESIDE = /^[^\p{L}\d]*(?:[\p{L}\d]*\p{L}[\p{L}\d]*[^\p{L}\d]*)?$/u;
/** At most two words, the cue's own the last, and no number between a number and the phone cue after it. */
const CLOSE_AFTER = /^[^\p{L}\d]*(?:[\p{L}\d]*\p{L}[\p{L}\d]*[^\p{L}\d]*)?[\p{L}\d]*\p{L}$/u;

/** Whether `text` holds one or more spaces or tabs and nothing else from `start` to `end`: read by character code, as `Cues` asks it of every word. */
function spacesOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return end > start;
}

/**
 * Where the phone cues and the not-a-phone cues of one text end, found in one pass each, so every
 * digit run asks "which cue is nearest before me" without scanning its neighbourhood again.
 */
class Cues {
  private phone: number[] | null = null;
  /** Ends of the cues in `phone` that count only right beside a number (not of `FAR_CUE_WORDS`). */
  private nearOnly = new Set<number>();
  /** Ends of the cues in `phone` that ask to be called or say whose number it is (`CALLING_CUE_WORDS`, `CALLING_CUE_SCRIPT`). */
  private calling = new Set<number>();
  private notPhone: number[] | null = null;
  private partNumber: number[] | null = null;
  private quoted: number[] | null = null;
  constructor(private readonly text: string) {}

  /** One pass over the words of the text: where each kind of cue ends, in order. */
  private scan(): void {
    const phone: number[] = [];
    const notPhone: number[] = [];
    const partNumber: number[] = [];
    const quoted: number[] = [];
    // A cue negated ("don't call", "nie dzwoń", "bel me niet") is none.
    const negated = (start: number, end: number): boolean => NEGATED_BEFORE_CUE.test(this.text.slice(Math.max(0, start - 20), start)) || NEGATED_AFTER_CUE.test(this.text.slice(end, end + 20));
    let previous = "";
    let previousEnd = 0;
    // One lower-casing of the whole text instead of one per word (offsets kept: only when lower-
    // casing changes no length, which holds for the normalised text; otherwise the slow way).
    const lower = this.text.toLowerCase();
    const same = lower.length === this.text.length;
    // Phone and number words that name a thing ("phone holder", "numer przesyłki") are blanked first.
    const source = blankThingsPhoneWords(same ? lower : this.text);
    const WORD = same ? /[a-z][a-z\/]*/g : /[a-z][a-z\/]*/gi;
    for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
      const w = same ? m[0] : m[0].toLowerCase();
      const end = m.index + m[0].length;
      if (isPhoneCueWord(w, previous, spacesOnly(source, previousEnd, m.index) ? previous : "") && !negated(m.index, end)) {
        phone.push(end);
        if (!FAR_CUE_WORDS.has(w)) this.nearOnly.add(end);
        if (CALLING_CUE_WORDS.has(w)) this.calling.add(end);
      }
      const thingsNumber = THING_BEFORE_NUMBER.has(previous) && /^(?:number|num|no|nr|#)$/.test(w);
      // "the order number is ...": an identifier's number; "the pump number is ...": a part's, read by its shape.
      if (NOT_A_PHONE_WORDS.has(w) || (thingsNumber && !PART_BEFORE_NUMBER.has(previous))) notPhone.push(end);
      if (thingsNumber && PART_BEFORE_NUMBER.has(previous)) partNumber.push(end);
      previous = w;
      previousEnd = end;
    }
    // Words of other scripts, in a text that has any (`SCRIPT_CUES_NEED_OTHER_SCRIPT`).
    const otherScript = !SCRIPT_CUES_NEED_OTHER_SCRIPT || OWN_SCRIPT_CHARACTER.test(this.text);
    const [findScriptCue, findCuePhrase, findNotPhrase, findNotScript, findThingRead] = atWords(CUE_FINDERS, this.text) as [Finder, Finder, Finder, Finder, Finder];
    for (let m = otherScript ? findScriptCue(0) : null; m !== null; m = findScriptCue(m.index + m[0].length)) {
      const end = m.index + m[0].length;
      if (negated(m.index, end)) continue;
      phone.push(end);
      this.nearOnly.add(end);
      // "打电话" (make a call): the verb before a CJK phone word
      if (CALLING_CUE_SCRIPT.test(m[0]) || /[打拨撥]$/.test(this.text.slice(Math.max(0, m.index - 1), m.index))) this.calling.add(end);
    }
    // "hit me", "my #", "me chama", "3ayet liya", "ra2mi": all ask to be called or say whose number
    for (let m = findCuePhrase(0); m !== null; m = findCuePhrase(m.index + m[0].length)) {
      phone.push(m.index + m[0].length);
      this.calling.add(m.index + m[0].length);
    }
    phone.sort((x, y) => x - y);
    for (const [find, into] of [
      [findNotPhrase, notPhone],
      [otherScript ? findNotScript : null, notPhone],
      [findThingRead, quoted],
    ] as const) {
      if (find === null) continue;
      for (let m = find(0); m !== null; m = find(m.index + m[0].length)) into.push(m.index + m[0].length);
      into.sort((x, y) => x - y);
    }
    this.phone = phone;
    this.notPhone = notPhone;
    this.partNumber = partNumber;
    this.quoted = quoted;
  }

  private breaks: number[] | null = null;

  /**
   * Offsets of sentence ends, so a cue counts only in the number's own sentence ("the radiator is
   * in. +61 3 9123 4567" has no part cue for the number). Sentence ends: a line break, or ".", "!",
   * "?" and a space after a word that is no abbreviation.
   */
  private sentenceBreaks(): number[] {
    if (!this.breaks) {
      this.breaks = [];
      const re = /\n|[.!?](?=\s)/g;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
        if (m[0] === "\n" || !ABBREVIATION_BEFORE.test(this.text.slice(Math.max(0, m.index - 6), m.index))) this.breaks.push(m.index);
      }
    }
    return this.breaks;
  }

  /** Where the sentence holding `at` starts (just past its last sentence end before `at`; 0 when none), as the cues read sentences. */
  sentenceStart(at: number): number {
    let from = 0;
    for (const b of this.sentenceBreaks()) {
      if (b >= at) break;
      from = b + 1;
    }
    return from;
  }

  /** Offset (end) of the last cue ending within `window` before `at` in the same sentence, or -1. */
  private last(ends: readonly number[], at: number, window: number): number {
    let from = at - window;
    for (const b of this.sentenceBreaks()) {
      if (b >= at) break;
      if (b > from) from = b;
    }
    let found = -1;
    for (const e of ends) {
      if (e > at) break;
      if (e >= from) found = e;
    }
    return found;
  }

  /** Offset (end) of the last phone cue within `window` before `at` in its sentence, or -1; a cue of `nearOnly` only right beside `at` (`NEAR_BESIDE`). */
  phoneCue(at: number, window = 48): number {
    if (!this.phone) this.scan();
    const found = this.last(this.phone!, at, window);
    if (found < 0 || !this.nearOnly.has(found) || (at - found <= 28 && NEAR_BESIDE.test(this.text.slice(found, at)))) return found;
    return this.last(
      this.phone!.filter((e) => e < found && !this.nearOnly.has(e)),
      at,
      window,
    );
  }

  /** True when a cue that asks to be called or says whose number it is (`calling`) ends after `at`, anywhere in the text, its word none of `skip`. */
  callingAfter(at: number, skip: ReadonlySet<string>): boolean {
    if (!this.phone) this.scan();
    // A whole word: "zap" of "zapłacona" (paid) names no app.
    return this.phone!.some(
      (e) => e > at && this.calling.has(e) && !/^\p{L}/u.test(this.text.slice(e, e + 1)) && !skip.has(/\p{L}+$/u.exec(this.text.slice(Math.max(0, e - 16), e))?.[0].toLowerCase() ?? ""),
    );
  }

  /** True when the cue ending at `end` counts only right beside a number (`FAR_CUE_WORDS`). */
  nearOnlyCue(end: number): boolean {
    return this.nearOnly.has(end);
  }

  notPhoneCue(at: number, window = 48): number {
    if (!this.notPhone) this.scan();
    return this.last(this.notPhone!, at, window);
  }

  /** Offset (end) of the last "<part> number" ("the pump number", "turbo no") within `window` before `at` in the same sentence, or -1. */
  partNumberCue(at: number, window = 48): number {
    if (!this.partNumber) this.scan();
    return this.last(this.partNumber!, at, window);
  }

  /** Offset (end) of the last thing quoted ("the box says", "the tag on it reads") within `window` before `at` in the same sentence, or -1. */
  thingQuotedCue(at: number, window = 48): number {
    if (!this.quoted) this.scan();
    return this.last(this.quoted!, at, window);
  }

  private namedAbroad: number[] | null = null;

  /**
   * Offset (end) of the last thing's number labelled as the marketplace's other languages label
   * one ("numero de serie", "Ersatzteilnummer"; `THING_NAMED_AFTER_NUMBER`, `THING_NUMBER_COMPOUND`)
   * within `window` before `at` in the same sentence, or -1.
   */
  thingNamedAbroadCue(at: number, window = 48): number {
    if (!this.namedAbroad) {
      const ends: number[] = [];
      for (const re of [THING_NAMED_AFTER_NUMBER, THING_NUMBER_COMPOUND]) {
        re.lastIndex = 0;
        for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
          if (m.groups?.["thing"] === undefined || THING_AFTER_NUMBER.has(m.groups["thing"].toLowerCase())) ends.push(m.index + m[0].length);
        }
      }
      this.namedAbroad = ends.sort((x, y) => x - y);
    }
    return this.last(this.namedAbroad, at, window);
  }

  /**
   * True when the words around `from`..`to` (the number; within `window` characters each side, in
   * its sentence) say what a reference is for beside its label: two different words of
   * `REFERENCE_CONTEXT_WORDS` or `NOT_A_PHONE_WORDS`, not counting the label itself (the word
   * ending at `labelEnd`, and "part" before its number word: `IDENTIFIER_THEN_NUMBER`) nor a
   * bare label word ("insurance policy no.", "DHL waybill ... customs", "Part # ... the Mopar number
   * on the box"); "date code" counts as one. Round 50: "the part number on the box is 737-555-0142"
   * said only what its label said, the box, and passed a number of the fiction range.
   */
  referenceContext(from: number, to: number, labelEnd: number, window = 80): boolean {
    const labelFrom = labelEnd - (IDENTIFIER_THEN_NUMBER.exec(this.text.slice(Math.max(0, labelEnd - 32), labelEnd))?.[0].length ?? 1);
    let start = Math.max(0, from - window);
    let end = Math.min(this.text.length, to + window);
    for (const b of this.sentenceBreaks()) {
      if (b < from) start = Math.max(start, b);
      else if (b >= to) {
        end = Math.min(end, b);
        break;
      }
    }
    const seen = new Set<string>();
    const WORD = /[a-z][a-z']*/gi;
    for (const [a, z] of [
      [start, from],
      [to, end],
    ] as const) {
      const part = this.text.slice(a, z);
      for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
        const w = m[0].toLowerCase();
        const wordEnd = a + m.index + m[0].length;
        if ((wordEnd > labelFrom && wordEnd <= labelEnd) || LABEL_ONLY_WORDS.has(w)) continue;
        if (REFERENCE_CONTEXT_WORDS.has(w) || NOT_A_PHONE_WORDS.has(w)) seen.add(w);
      }
      NOT_A_PHONE_PHRASES.lastIndex = 0;
      for (let m = NOT_A_PHONE_PHRASES.exec(part); m !== null; m = NOT_A_PHONE_PHRASES.exec(part)) if (a + m.index + m[0].length !== labelEnd) seen.add("date code");
    }
    return seen.size >= 2;
  }

  /**
   * True when a phone cue stands right beside the number at [from, to), in its sentence, at most
   * one word between ("call on 9855501234", "kalemny 0101...", "τηλ. επικοινωνίας 694...", "...
   * zadzwoń", "... 3ayet liya", "... Thai number"), no other number between, nor one right after
   * a cue that follows ("175 175 170 110, so number 4": that cue numbers the 4).
   */
  phoneCueBeside(from: number, to: number): boolean {
    const before = this.phoneCue(from, 32);
    if (before >= 0 && CLOSE_BESIDE.test(this.text.slice(before, from)) && !this.bareNumberWord(before, from)) return true;
    return this.phoneCueRightAfter(to);
  }

  /** True when a phone cue follows the number ending at `to`, at most two words on, in its sentence ("... zadzwoń", "/21 appelle-moi"). */
  phoneCueRightAfter(to: number): boolean {
    if (!this.phone) this.scan();
    const next = this.sentenceBreaks().find((b) => b >= to) ?? Infinity;
    // "175 175 170 110, so number 4 is low": a cue word before a number of its own numbers that one.
    return this.phone!.some(
      (e) =>
        e > to &&
        e <= Math.min(to + 40, next) &&
        CLOSE_AFTER.test(this.text.slice(to, e)) &&
        !/^\s*#?\s*\d/.test(this.text.slice(e, e + 4)) &&
        !this.bareNumberWord(e, e) &&
        // "Handy-Foto", "Handy-Akku": the first half of a thing's name
        !/^-\p{L}/u.test(this.text.slice(e, e + 2)) &&
        // "... zadzwoń", "..., is my cell", "..., simu yangu.": a call asked for or the number owned, not
        // the phone as a device or the subject of what follows ("..., das Handy zeigt", "Handy-Foto")
        (this.calling.has(e) || POSSESSIVE_BEFORE_CUE.test(this.text.slice(to, e)) || POSSESSIVE_ENDS_AFTER_CUE.test(this.text.slice(e, e + 16))),
    );
  }

  /**
   * True when the cue ending at `end` is a bare "number" word ("Nummer 1609849880 ist der Kühler",
   * "numer 8200768913 to czujnik"): nobody's number, as a part's is named ("my number", "mera
   * number", "nomor saya", "namba yangu" are the sender's). `upTo`: where the number starts, so a
   * possessive between the word and the number counts.
   */
  private bareNumberWord(end: number, upTo: number): boolean {
    const word = /\p{L}+$/u.exec(this.text.slice(Math.max(0, end - 12), end))?.[0].toLowerCase() ?? "";
    if (!BARE_NUMBER_WORD.test(word)) return false;
    const around = `${this.text.slice(Math.max(0, end - word.length - 12), end - word.length)} ${this.text.slice(end, upTo)}`;
    return !POSSESSIVE.test(around);
  }

  /** True when a phone cue ends after `at`, within `window` characters and in the same sentence ("... ring it", "..., that's my mobile"). */
  phoneCueAfter(at: number, window = 48): boolean {
    if (!this.phone) this.scan();
    const next = this.sentenceBreaks().find((b) => b >= at) ?? Infinity;
    return this.phone!.some((e) => e > at && e <= Math.min(at + window, next));
  }
}

/** A North American number with the 555 exchange, or a UK one in the 07700 900 drama range: a phone as films and senders write one. */
const FICTION_RANGE = /^1?[2-9]\d\d555\d{4}$|^07700900\d{3}$/;

/** A digit run as the sender grouped it: digit groups and the separators between them. */
interface Run {
  groups: string[];
  seps: string[];
  digits: string;
  /** Digits that were words or single spaced digits ("five five five", "5 5 5"). */
  spoken: number;
  /** Digits said as groups ("fifty-five", "douze", "forty-four hundred"). */
  worded: number;
  plus: boolean;
}

function readRun(run: string, index: number, synth: ArrayLike<number>): Run {
  const groups: string[] = [];
  const seps: string[] = [];
  let spoken = 0;
  let worded = 0;
  let prevEnd = -1;
  for (const g of matchesOf(/\d+/g, run)) {
    const gi = g.index ?? 0;
    if (prevEnd >= 0) seps.push(run.slice(prevEnd, gi));
    groups.push(g[0]);
    for (let i = 0; i < g[0].length; i++) {
      const mark = synth[index + gi + i];
      if (mark === SPELLED || g[0].length === 1) spoken++;
      else if (mark === WORDED) worded++;
    }
    prevEnd = gi + g[0].length;
  }
  return { groups, seps, digits: groups.join(""), spoken, worded, plus: /^\(?\s?\+/.test(run.trimStart()) };
}

/** Dates in any order with one repeated separator: 12/05/2024, 2024-03-15, 15.03.24. */
function isDate(r: Run): boolean {
  if (r.groups.length !== 3 || new Set(r.seps.map((s) => s.trim())).size !== 1) return false;
  if (!/^[\/.\-]$/.test(r.seps[0]!.trim())) return false;
  const lens = r.groups.map((g) => g.length).join("-");
  return ["1-1-4", "1-2-4", "2-1-4", "2-2-4", "2-2-2", "1-1-2", "1-2-2", "2-1-2", "4-2-2", "4-1-1", "4-1-2", "4-2-1"].includes(lens);
}

/** A calendar date with a four-digit year, year first or last ("2025-03-14", "03-14-2025", "14/03/2025"), its day and month in range. */
function isFullDate(groups: readonly string[], seps: readonly string[]): boolean {
  if (groups.length !== 3 || seps[0]!.trim() !== seps[1]!.trim() || !/^[\/.\-]$/.test(seps[0]!.trim())) return false;
  const yearFirst = /^(?:19|20)\d\d$/.test(groups[0]!);
  if (!yearFirst && !/^(?:19|20)\d\d$/.test(groups[2]!)) return false;
  const [a, b] = (yearFirst ? groups.slice(1) : groups.slice(0, 2)).map(Number) as [number, number];
  const dayAndMonth = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  return groups.every((g, i) => (i === (yearFirst ? 0 : 2) ? true : g.length <= 2)) && (dayAndMonth(a, b) || dayAndMonth(b, a));
}

/**
 * A date and the time of day after it, as apps and logs stamp a moment (round 51: "2025-03-14 08:15 is the appointment",
 * "logged 2024-11-05 17:42 P0300", "03-14-2025 0815 drop off"): a full date (`isFullDate`), a space, then the 24-hour "hhmm"
 * or an hour whose minutes follow the run after a colon (`suffix`: the text right after it). No phone is written so: its
 * digits would open on a year and end on a clock.
 */
function isDateAndTime(r: Run, suffix: string): boolean {
  if (r.groups.length !== 4 || r.seps[2]!.trim() !== "" || !isFullDate(r.groups.slice(0, 3), r.seps.slice(0, 2))) return false;
  const hour = r.groups[3]!;
  return /^(?:[01]\d|2[0-3])[0-5]\d$/.test(hour) || (/^(?:[01]?\d|2[0-3])$/.test(hour) && /^:[0-5]\d(?!\d)/.test(suffix));
}

/** "0930", "1745": an hour of the 24-hour clock on the quarter hour, as opening hours and shifts are written. */
const QUARTER_HOUR_DIGITS = String.raw`(?:[01]\d|2[0-3])(?:00|15|30|45)`;
const QUARTER_HOUR = new RegExp(`^${QUARTER_HOUR_DIGITS}$`);
/** What tells opening hours, a shift or a slot: "open", "hours", "shift", "closed", "window", "I work", a weekday ("Mon-Fri 0800-1730", "lunes a viernes", "Samstag"), "daily", "Öffnungszeiten". */
const HOURS_WORD =
  /\b(?:open(?:ing)?|hours|hrs|shifts?|clos(?:ed|es|ing)|workshop|garage|daily|weekdays?|weekends?|window|collection|drop[\s-]?off|pick[\s-]?up|work(?:s|ing)?|earl(?:y|ies)|lates?|nights?|horario|lunes|martes|viernes|s[aá]bados?|domingos?|[öo]ffnungszeiten|montag|freitag|samstag|sonntag|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/i;
/** Two 24-hour quarter hours joined by a dash, in a message: two of them ("in 0730-1600, the office 0900-1700") list hours. */
const CLOCK_RANGE_TEXT = new RegExp(String.raw`(?<!\d)${QUARTER_HOUR_DIGITS}\s*-\s*${QUARTER_HOUR_DIGITS}(?!\d)`, "g");
/**
 * A phone word anywhere in the message, in the marketplace's languages ("ruf an", "sms mig", "er mit nummer", "text that",
 * "digits for a ring"), or a nudge to use or keep it ("hmu", "ping", "buzz", "holler", "save it", "add me", "remember it", "get me",
 * "you know what to do", "that's how you get me"; round 26's review 3): the clock dresses a number's digits.
 */
const PHONE_WORD_ANYWHERE =
  /\b(?:call\w*|phon\w*|ring\w*|text\w*|txt|sms|msg|tel|mob|mobile|cell\w*|number|nummer\w*|numero|n[uú]mero|num|digits?|dial|contact|reach|ruf\w*|anruf\w*|llam\w*|whats\w*|wa|telefon\w*|handy|celular|hmu|ping\w*|buzz\w*|holler\w*|save\s+it|add\s+me|remember\s+it|get\s+me|you\s+know\s+what\s+to\s+do|how\s+(?:you|u)\s+get\s+me)\b/i;
/**
 * Opening hours or a shift, two 24-hour times joined by a dash ("Open 0800-1730", "shift 0700 - 1930"): no phone is written as two such
 * quarter hours. Only when the message tells hours (`HOURS_WORD`) or lists two such ranges, and holds no phone word (`PHONE_WORD_ANYWHERE`).
 */
function isClockRange(r: Run, text: string): boolean {
  return (
    r.groups.length === 2 &&
    (r.seps[0] ?? "").trim() === "-" &&
    r.groups.every((g) => QUARTER_HOUR.test(g)) &&
    (HOURS_WORD.test(text) || (text.match(CLOCK_RANGE_TEXT)?.length ?? 0) >= 2) &&
    !PHONE_WORD_ANYWHERE.test(text)
  );
}

const isNanpNumber = (ten: string): boolean => /^[2-9]\d{2}[2-9]\d{6}$/.test(ten);

/**
 * Whether `digits` (ASCII digits, nothing else) is a North American number on its own: ten digits,
 * or eleven after a leading 1, valid in the US or Canada or on the 555 exchange people type. Read
 * where nothing else is known of a run of digits, such as a file name in a link.
 */
export function isNorthAmericanNumber(digits: string): boolean {
  const ten = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return ten.length === 10 && isNanpNumber(ten) && (ten.slice(3, 6) === "555" || validIn(ten, "US") || validIn(ten, "CA"));
}

/**
 * Where a North American number may be cut: after the area code and the exchange, and (`inLine`)
 * in the middle of the four-digit line ("847 / 427 / 90 90"); single digits read out one by one
 * count as one piece ("8 4 7").
 */
function nanpJoints(r: Pick<Run, "groups" | "digits">, inLine = true): boolean {
  const ten = r.digits.length === 11 && r.digits.startsWith("1") ? r.digits.slice(1) : r.digits;
  if (ten.length !== 10 || !isNanpNumber(ten)) return false;
  const lead = r.digits.length - ten.length;
  let at = -lead;
  const cuts: number[] = [];
  r.groups.forEach((g, i) => {
    const single = g.length === 1 && ((r.groups[i - 1]?.length ?? 0) === 1 || (r.groups[i + 1]?.length ?? 0) === 1);
    at += g.length;
    if (i < r.groups.length - 1 && !(single && (r.groups[i + 1]?.length ?? 0) === 1)) cuts.push(at);
  });
  return cuts.every((c) => c <= 0 || c === 3 || c === 6 || (inLine && c === 8));
}

/**
 * Grouping a person would type for a phone: one block, or blocks of 2-5 digits, where digits read
 * out one by one count as one block ("512 555 1 4 3 2" is 512-555-1432).
 */
/**
 * A run's block lengths with digits said one by one joined into one block ("9 1 2", "6-1-6",
 * "nueve, uno, dos" -> 3); `acrossLines` also joins blocks a line break split (a number broken over
 * messages or lines is grouped by where the sender hit enter).
 */
function mergedLengths(r: Run, acrossLines: boolean): number[] {
  const lens: number[] = [];
  r.groups.forEach((g, i) => {
    const prevSingle = i > 0 && r.groups[i - 1]!.length === 1 && /^[\s,-]*$/.test(r.seps[i - 1] ?? "");
    const brokenLine = acrossLines && i > 0 && (r.seps[i - 1] ?? "").includes("\n");
    if ((g.length === 1 && prevSingle) || brokenLine) lens[lens.length - 1]! += g.length;
    else lens.push(g.length);
  });
  return lens;
}

function phoneLikeGrouping(r: Run): boolean {
  if (r.groups.length === 1) return true;
  const merged = (acrossLines: boolean): number[] => mergedLengths(r, acrossLines);
  // Blocks of 2-5 digits; with at most three blocks, up to 8 (German and UK subscriber numbers).
  const ok = (lens: number[]): boolean => lens.length === 1 || lens.every((l, i) => (l >= 2 && l <= (lens.length <= 3 ? 8 : 5)) || (i === 0 && l === 1) || r.spoken >= 5);
  return ok(merged(false)) || (r.seps.some((x) => x.includes("\n")) && ok(merged(true)));
}

/** Regions whose national format starts with a trunk zero, and regions that dial without one. */
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = ["GB", "AU", "NZ", "IE", "IN", "DE", "FR", "IT", "NL", "ZA", "PK", "BR", "MX"];
const NO_TRUNK_REGIONS: readonly CountryCode[] = ["IN", "MX", "BR", "ES", "IT"];

/** libphonenumber's validity, memoised: the same digits recur within and across messages. */
const validity = new Map<string, boolean>();
function validIn(digits: string, region: CountryCode): boolean {
  const key = `${region}:${digits}`;
  let valid = validity.get(key);
  if (valid === undefined) {
    valid = isValidPhoneNumber(digits, region);
    if (validity.size > 20_000) validity.clear();
    validity.set(key, valid);
  }
  return valid;
}

/** The type of line (`getType()`: "MOBILE", "FIXED_LINE_OR_MOBILE", ...) `digits` is as a valid number of `region`; undefined when not valid there. */
function lineTypeIn(digits: string, region: CountryCode): NumberType {
  return validIn(digits, region) ? parsePhoneNumberFromString(digits, region)?.getType() : undefined;
}

/** A mobile, or a line its region cannot tell from one (NANP's numbers). */
const isMobileLine = (type: NumberType): boolean => type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE";

function nationalVerdict(r: Run, cued: boolean): boolean {
  const d = r.digits;
  const ten = d.length === 11 && d.startsWith("1") ? d.slice(1) : d;
  // "04465-33450", "44250-06270", "54148-45936": two blocks of five is the Japanese part-number
  // shape, even when the ten digits happen to be a valid North American number; nobody groups a
  // phone that way without saying it is one.
  if (r.groups.map((g) => g.length).join("-") === "5-5" && !cued) return false;
  // A North American number, the 555 exchange included: fictional or not, people type them (see the file comment).
  if (isNorthAmericanNumber(d)) return true;
  if (ten.length === 10 && /^555\d{7}$/.test(ten)) return true; // "555-123-4567": the made-up area code of films
  if (d.startsWith("0")) {
    // "07700 900123": Ofcom's range for drama, the UK's 555; people type it like any mobile.
    if (/^07700900\d{3}$/.test(d)) return true;
    if (TRUNK_ZERO_REGIONS.some((region) => validIn(d, region))) return true;
    return (cued || r.groups.length > 1) && (possibleIn(d, "GB") || possibleIn(d, "AU"));
  }
  // Without a trunk zero a foreign national number is too easily a reading or a code: it needs a
  // cue or the grouping people give a phone.
  return (cued || r.groups.length > 1) && NO_TRUNK_REGIONS.some((region) => validIn(d, region));
}

/** Digit counts at which the groups of a number break ("0412 555 873": 4, 7). */
function groupBreaks(groups: readonly string[]): number[] {
  const breaks: number[] = [];
  let count = 0;
  for (const g of groups.slice(0, -1)) breaks.push((count += g.length));
  return breaks;
}

/**
 * True when the run is a valid national number of a region the detector reads (the trunk-zero
 * regions with their zero, the US and Canada) and is typed as that region writes it: all in one block, or broken
 * where its national format breaks, the later breaks maybe left out ("0412 555 873", "312 5550188";
 * not "021 906 461 2" nor "447260-4710", part-number shapes); `complete`: broken in two or more
 * groups at every break of its national format ("503-555-0199", "(503) 555.0199", "0412 555 873").
 */
function writtenAsPhone(r: Run, complete = false): boolean {
  // "1 312 555 0188": the North American trunk "1" typed as its own group.
  const groups = r.groups.length > 1 && r.groups[0] === "1" ? r.groups.slice(1) : r.groups;
  const typed = groupBreaks(groups);
  return nationalBreaks(groups.join("")).some((formatted) => typed.every((b, i) => formatted[i] === b) && (!complete || (typed.length > 0 && typed.length === formatted.length)));
}

/**
 * Where a national number's groups break, as libphonenumber formats it, in each region the
 * detector reads it as valid (the trunk-zero regions for digits with their zero, else the US and
 * Canada): digit counts, "5035550142" -> [[3, 6]] ("503 555 0142"), "02079460018" -> [[3, 7]]
 * ("020 7946 0018"). Empty when the digits are no valid national number there.
 */
export function nationalBreaks(digits: string): number[][] {
  const regions: readonly CountryCode[] = digits.startsWith("0") ? TRUNK_ZERO_REGIONS : ["US", "CA"];
  const found: number[][] = [];
  for (const region of regions) {
    if (!validIn(digits, region)) continue;
    const national = (parsePhoneNumberFromString(digits, region)?.formatNational() ?? "").match(/\d+/g) ?? [];
    if (national.join("") === digits) found.push(groupBreaks(national));
  }
  return found;
}

/** libphonenumber's reading of "+digits", memoised like `validIn`: null when it does not parse. */
const international = new Map<string, { valid: boolean; possible: boolean } | null>();
function readInternational(digits: string): { valid: boolean; possible: boolean } | null {
  let reading = international.get(digits);
  if (reading === undefined) {
    const number = parsePhoneNumberFromString(`+${digits}`);
    reading = number ? { valid: number.isValid(), possible: number.isPossible() } : null;
    if (international.size > 20_000) international.clear();
    international.set(digits, reading);
  }
  return reading;
}

/** libphonenumber's possible-length check, memoised like `validIn`. */
const possibility = new Map<string, boolean>();
function possibleIn(digits: string, region: CountryCode): boolean {
  const key = `${region}:${digits}`;
  let possible = possibility.get(key);
  if (possible === undefined) {
    possible = isPossiblePhoneNumber(digits, region);
    if (possibility.size > 20_000) possibility.clear();
    possibility.set(key, possible);
  }
  return possible;
}

function internationalVerdict(digits: string, cued: boolean, grouped: boolean, typedPlus = false): boolean {
  const number = readInternational(digits);
  if (!number) return false;
  if (number.valid) return true;
  // Fictional ranges abroad (see the file comment) or a number the metadata does not know yet;
  // a typed "+" before a country code and a possible length is a phone however it is grouped.
  if (number.possible && (cued || grouped || typedPlus)) return true;
  // "+1 303 555 0178": NANP 555 exchange, valid for users (see the file comment).
  return digits.length === 11 && digits.startsWith("1") && isNanpNumber(digits.slice(1)) && digits.slice(4, 7) === "555";
}

/**
 * Country names, lower case and without accents, in the marketplace's languages, to their region:
 * from the runtime's Unicode CLDR data (`Intl.DisplayNames`), for every region libphonenumber knows.
 * Built with the first text that needs it rather than at import: 2,700 names cost 30 to 65 ms of
 * a server's start, which would otherwise pay for them before it listens.
 */
let regionByName: ReadonlyMap<string, CountryCode> | undefined;
function regionsByName(): ReadonlyMap<string, CountryCode> {
  if (regionByName) return regionByName;
  const names = new Map<string, CountryCode>();
  for (const language of ["en", "es", "pt", "fr", "de", "it", "nl", "da", "sv", "nb", "pl"]) {
    const display = new Intl.DisplayNames([language], { type: "region" });
    for (const region of getCountries()) {
      const name = display.of(region);
      if (name && name !== region) names.set(foldAccents(name), region);
    }
  }
  regionByName = names;
  return names;
}

/** The region a country named just before the number stands for ("portugal: 912 345 678", "my spain number"), or null. */
function regionNamedBefore(prefix: string): CountryCode | null {
  const words =
    (prefix.split(/[.!?\n]/).pop() ?? "")
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.slice(-6) ?? [];
  if (words.length === 0) return null;
  const regions = regionsByName();
  for (let i = words.length - 1; i >= 0; i--) {
    for (let n = 3; n >= 1; n--) {
      if (i - n + 1 < 0) continue;
      const region = regions.get(words.slice(i - n + 1, i + 1).join(" "));
      if (region) return region;
    }
  }
  return null;
}

/** Regions dialled without a trunk zero, in the pairs and triples people group them ("70 12 34 56"): tried after a phone cue. */
const CUED_NO_TRUNK_REGIONS: readonly CountryCode[] = ["DK", "NO", "PT", "ES", "IT", "GR", "IS", "LU", "MT", "CY", "EE", "LV"];

/** Where the labels of `THING_NAMED_AFTER_NUMBER` and `THING_NUMBER_COMPOUND` are written: a number under one is read as these regions dial. */
const LABEL_REGIONS: readonly CountryCode[] = ["ES", "FR", "DE", "IT", "PT", "AT", "CH", "BE"];

/**
 * True when `digits` (a run's digits, "00" for "+" kept) is a valid mobile number of a region whose
 * language labels things' numbers (`LABEL_REGIONS`), or of any region after "00": a label before a
 * mobile does not make it an order's or a part's number (round 23's review: "número de pedido 612 345
 * 678 avísame"), whereas a part's, a claim's or an order's number is rarely a valid mobile.
 */
function mobileAbroad(digits: string): boolean {
  const tries = digits.startsWith("00") ? [parsePhoneNumberFromString(`+${digits.slice(2)}`)] : LABEL_REGIONS.map((region) => parsePhoneNumberFromString(digits, region));
  return tries.some((p) => p !== undefined && p.isValid() && isMobileLine(p.getType()));
}

/**
 * A document's word in the marketplace's other languages, written alone before its number as English
 * writes "invoice 1187" ("Rechnung 0664-2026", "Akte 311/25", "factura 0042-2026", "sinistro 88/26"):
 * read only with a year after the number (`yearNumbered`), as a bare word of these says less than a
 * compound ("Rechnungsnummer", `THING_NUMBER_COMPOUND`).
 */
const DOCUMENT_WORD_ABROAD =
  /\b(?:rechnung|schaden|schadensfall|akte|aktenzeichen|vorgang|auftrag|bestellung|lieferschein|angebot|gutachten|factura|facture|fattura|fatura|expediente|dossier|sinistro|siniestro|pratica|protocollo|protocolo|devis|presupuesto|preventivo|orcamento)\b/gi;

/**
 * A reference numbered by year: its last group, after a dash or a slash, is the year ("0664-2026",
 * "4 0641 2390 / 26", "1187/2025"), as invoices, claims and case files are numbered, and the digits
 * before it are no phone number on their own (a real number with a year glued on stays a number).
 * Four-digit years 1990-2039; two digits only after a slash.
 */
function yearNumbered(r: Run): boolean {
  const last = r.groups[r.groups.length - 1] ?? "";
  const sep = (r.seps[r.seps.length - 1] ?? "").trim();
  if (r.groups.length < 2 || !/^[-\/]$/.test(sep)) return false;
  // "/NN" only after a group of four digits ("2390 / 26", "4410/26"), as case files number, not after
  // the pairs and threes a phone is grouped in ("56/78", "345/67").
  const shortYear = sep === "/" && last.length === 2 && (r.groups[r.groups.length - 2] ?? "").length >= 4;
  if (!(/^(?:199\d|20[0-3]\d)$/.test(last) || shortYear)) return false;
  // The whole run, year included, a valid mobile of nine digits or more ("0176 1234-2026", "612 345 6/78") is a
  // number with a year's look; a shorter one is an Austrian short mobile only by chance ("Rechnung 0664-2026").
  if (r.digits.length >= 9 && (mobileAnywhere(r) || mobileAbroad(r.digits))) return false;
  const before = r.digits.slice(0, r.digits.length - last.length);
  if (before.length < MIN_PHONE_DIGITS) return true;
  // Read as the detector reads a national number: with its trunk zero in the regions that dial one, else as NANP or a region without one.
  const regions = before.startsWith("0") ? TRUNK_ZERO_REGIONS : (["US", "CA", ...NO_TRUNK_REGIONS] as const);
  if (FICTION_RANGE.test(before) || regions.some((region) => validIn(before, region))) return false;
  return true;
}

/**
 * True when the digit run at [start, end) of `text` is a thing's reference numbered by year under
 * its label (`yearNumbered`): a thing's word before it in its sentence (`NOT_A_PHONE_WORDS`, a
 * labelled compound abroad, or a document's word abroad, `DOCUMENT_WORD_ABROAD`: "Rechnung 0664-2026
 * über € 318,50", "Schadennummer 4 0641 2390 / 26", "claim 7731 4410/26"), no phone word before or
 * after it in the message, and no word of calling or of the number being the sender's
 * (`CONTACT_WORD_ABROAD`). Read by the rules (`looksLikePhone`) and by the trained stage's floor
 * for looser candidates (second-stage/candidates.ts), which had flagged the Schadennummer.
 */
export function referenceNumberedByYear(text: string, start: number, end: number): boolean {
  return yearNumberedUnder(readRun(text.slice(start, end), start, []), start, end, text, new Cues(text));
}

/** A bare number word, no "my" before it: after a reference it names that reference ("the number matches", "Nummer stimmt"). */
const NUMBER_WORD_REFERRING_BACK = /(?<!\b(?:my|our|meine?|unsere?|mi|mis|mon|ma|mio|mia|minha|meu)\s+)\b(?:number|nummer|numero|num)\b/gi;

function yearNumberedUnder(r: Run, start: number, end: number, text: string, cues: Cues): boolean {
  if (r.plus || !yearNumbered(r)) return false;
  const sentenceStart = Math.max(0, start - 60);
  DOCUMENT_WORD_ABROAD.lastIndex = 0;
  const documentAbroad = DOCUMENT_WORD_ABROAD.test(
    text
      .slice(sentenceStart, start)
      .split(/[.!?\n]/)
      .pop() ?? "",
  );
  const labelled = cues.notPhoneCue(start, 60) >= 0 || cues.thingNamedAbroadCue(start, 60) >= 0 || documentAbroad;
  return (
    labelled &&
    !hasPhoneCue(text.slice(0, start)) &&
    // "— Nummer stimmt mit der App überein": the number word after it speaks of the reference; "meine Nummer" would not.
    !hasPhoneCue(text.slice(end).replace(NUMBER_WORD_REFERRING_BACK, " ")) &&
    !PHONE_CUE_AFTER.test(text.slice(end, end + 30)) &&
    !CONTACT_WORD_ABROAD.test(text.slice(0, start)) &&
    !CONTACT_WORD_ABROAD.test(text.slice(end))
  );
}

/**
 * A vehicle make right before the number ("Renault 7701 208 174", "Toyota: 04465 33471"): the
 * make's part number, read like a part's "number" (its shape decides, see `looksLikePhone`), unless
 * the digits are a valid mobile where they could be dialled (`mobileAnywhere`): a sender names the
 * car before the number to pass it ("Renault 0612 345 678, dispo le soir", round 24's review).
 */
function makeRightBefore(prefix: string, r: Run): boolean {
  const word = /([a-z]+)[\s:#.]*$/i.exec(prefix);
  return word !== null && CAR_MAKES.has(word[1]!.toLowerCase()) && !mobileAnywhere(r);
}

/** Regions whose mobiles are written without a trunk zero and are read by `mobileAnywhere`. */
const MOBILE_NO_TRUNK_REGIONS: readonly CountryCode[] = ["US", "CA", "IT", "ES"];

/**
 * True when `digits` is a valid mobile (or NANP's fixed-line-or-mobile) of a region that dials a
 * trunk zero (`TRUNK_ZERO_REGIONS`, when it opens on 0) or of NANP, Italy or Spain: "0612 345 678",
 * "0176 123 45678", "3471 234 567", "6123 456 78", "415 86 75 309". A make's or a reference's
 * number is rarely one ("7701 208 174": NANP exchanges do not open on 1); NANP is not read when the
 * first group has four digits ("Citroën 9806 7220 80"), as no NANP number is written so.
 */
function mobileAnywhere(r: Run): boolean {
  const digits = r.digits;
  // NANP's numbers are written 3-3-4: a first group of four ("9806 7220 80", "7701 208 174") is a make's part, though valid there.
  const nanpWritten = (r.groups[0] ?? "").length !== 4;
  const regions = digits.startsWith("0") ? TRUNK_ZERO_REGIONS : MOBILE_NO_TRUNK_REGIONS.filter((region) => nanpWritten || (region !== "US" && region !== "CA"));
  return regions.some((region) => isMobileLine(lineTypeIn(digits, region)));
}

/**
 * What `mobileRegionOf` reads of a region's numbering plan: libphonenumber-js's `Metadata` has these
 * at run time though its type declarations name only a few of its methods; a plan without them is
 * skipped (the rule then accepts nothing more, it never breaks).
 */
interface PlanAtRunTime {
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  type(name: "MOBILE"): { pattern(): string } | undefined;
}
/** A region's mobile numbers: its trunk prefix (as the library parses it) and its mobile pattern, on the national significant number. */
interface MobilePlan {
  region: CountryCode;
  trunk: RegExp | null;
  mobile: RegExp;
}
let mobilePlans: readonly MobilePlan[] | undefined;
/**
 * Every region's mobile plan, from libphonenumber's metadata (`getCountries`): built with the first
 * text that needs it (about 1 ms), like `regionsByName`. Regions whose mobiles share the fixed
 * lines' plan (the US, Canada and NANP's islands, read by `nationalVerdict`) have no mobile pattern.
 */
function mobileRegionPlans(): readonly MobilePlan[] {
  if (mobilePlans) return mobilePlans;
  const metadata = new Metadata();
  const plans: MobilePlan[] = [];
  for (const region of getCountries()) {
    metadata.selectNumberingPlan(region);
    const plan = metadata.numberingPlan as Partial<PlanAtRunTime> | undefined;
    const pattern = typeof plan?.type === "function" ? plan.type("MOBILE")?.pattern() : undefined;
    if (!pattern) continue;
    // A trunk prefix rewritten while parsing (Argentina's "15", Brazil's carrier codes) is left to the confirming parse.
    const rewritten = typeof plan?.nationalPrefixTransformRule === "function" && plan.nationalPrefixTransformRule();
    const trunk = !rewritten && typeof plan?.nationalPrefixForParsing === "function" ? plan.nationalPrefixForParsing() : undefined;
    plans.push({ region, trunk: trunk ? new RegExp(`^(?:${trunk})`) : null, mobile: new RegExp(`^(?:${pattern})$`) });
  }
  mobilePlans = plans;
  return plans;
}

/** `mobileRegionOf`'s answers, memoised like `validIn`. */
const mobileRegions = new Map<string, CountryCode | null>();
/**
 * The first region (of all libphonenumber knows) where `digits`, written nationally, is a valid
 * mobile number ("28417359" in Denmark, "01012348876" in Egypt, "776401825" in Senegal), or null.
 * Each region's mobile pattern sifts the regions (about 0.1 ms for all) before one parse confirms
 * the number's validity and type (about 15 ms if every region were parsed). Almost any run of nine
 * or ten digits is a mobile somewhere: the caller asks only beside a phone word.
 */
export function mobileRegionOf(digits: string): CountryCode | null {
  let found = mobileRegions.get(digits);
  if (found !== undefined) return found;
  found = null;
  for (const plan of mobileRegionPlans()) {
    const trunk = plan.trunk?.exec(digits)?.[0] ?? "";
    if (!plan.mobile.test(digits.slice(trunk.length)) && !(trunk && plan.mobile.test(digits))) continue;
    const number = parsePhoneNumberFromString(digits, plan.region);
    const type = number?.isValid() ? number.getType() : undefined;
    if (isMobileLine(type)) {
      found = plan.region;
      break;
    }
  }
  if (mobileRegions.size > 20_000) mobileRegions.clear();
  mobileRegions.set(digits, found);
  return found;
}

/**
 * A national number of a region the other rules do not read ("kalemny 01012348876", "ring
 * 0722123456", "Wave: 77 640 18 25", "٠٦٦١٤٢٨٨٠٩ 3ayet liya"): nine digits or more (an eight-digit
 * number beside a phone word flagged an innocent of fresh24's kept-aside share), a phone word
 * right beside it (`Cues.phoneCueBeside`), not opened by a lone digit as makers write part numbers
 * ("0 986 494 123"), and a valid mobile somewhere (`mobileRegionOf`). The vetoes of `looksLikePhone`
 * (a part's or an order's label nearer than the phone word, units, prices, dates) have run before.
 */
function mobileBesideCue(r: Run, start: number, end: number, cues: Cues, text: string): boolean {
  return (
    r.digits.length >= 9 &&
    (r.groups[0] ?? "").length > 1 &&
    !priced(r, text.slice(Math.max(0, start - 24), start), text.slice(end, end + 16)) &&
    cues.phoneCueBeside(start, end) &&
    mobileRegionOf(r.digits) !== null
  );
}

/** A price's words and currencies in the marketplace's languages ("harga", "Rp", "juta", "cena", "fiyat", "KSh"). */
const PRICE_WORD =
  /(?<!\p{L})(?:price|prices|cost|costs|quoted?|rp|idr|rupiah|juta|ribu|harga|biaya|ongkos|cena|koszt|zl|pln|lei|ron|pret|tl|lira|fiyat|ucret|ksh|kes|bei|shilingi|rs|inr|rupees?|naira|ngn|php|pesos?|vnd|dong|baht|thb|rm|ringgit|precio|preco|prix|preis|kosten|prezzo|euros?|eur|usd|dollars?)(?!\p{L})|[₹₦₱₫฿$€£¥]/iu;
/**
 * A price, not a phone, though a phone word stands beside it ("simu 776401825 shilingi", "call
 * 776401825 dong", "mobile 776401825 rupiah"): a run ending in "000", or a price's word or currency
 * right before or after. Almost any run of nine digits is a mobile somewhere (`mobileRegionOf`).
 */
function priced(r: Run, before: string, after: string): boolean {
  return r.digits.endsWith("000") || PRICE_WORD.test(before) || PRICE_WORD.test(after);
}

/**
 * True when a run under a plain identifier's label ("ref", "order", "invoice") is a mobile dressed as
 * that reference. With a phone word right after it (`phoneWordAfter`: "ref for the report: 0412 555
 * 019 call it", "0612345678/21 appelle-moi", "415 867 53/09, hmu"), the run, or the run without a
 * last group of two to four digits put after "/" or "-" (a reference's suffix typed onto the number),
 * is a valid mobile of nine digits or more (`mobileAnywhere`). Without one (a phone word before it
 * says no more than "mera claim 9123456789" or "Vodafone mobile ref ..." do), only that suffixed
 * shape, not a year ("-2024" is a reference's own), its head grouped in pairs as French-style mobiles
 * are (`writtenAsPhone`: "07 61 34 56 78 / 21"); invoices grouped otherwise ("invoice 0412 366
 * 019/21") and a reference written as a phone alone ("policy number 072 448 1930") stay the
 * references their labels name.
 */
function mobileDressedAsReference(r: Run, phoneWordAfter: boolean): boolean {
  const head = withoutSuffix(r);
  const mobile = (reading: Run): boolean => reading.digits.length >= 9 && mobileAnywhere(reading);
  if (phoneWordAfter) return mobile(r) || (head !== null && mobile(head));
  return head !== null && !/^(?:19|20)\d\d$/.test(r.groups[r.groups.length - 1]!) && head.groups.length >= 4 && head.groups.every((g) => g.length === 2) && mobile(head) && writtenAsPhone(head);
}

/** The run without a last group of two to four digits put after "/" or "-" ("07 61 34 56 78 / 21", "212-555-0147/2026": a reference's suffix typed onto a number), or null when it has none. */
function withoutSuffix(r: Run): Run | null {
  const last = r.groups.length - 1;
  if (last < 1 || !/^\s*[\/-]\s*$/.test(r.seps[last - 1] ?? "") || !/^\d{2,4}$/.test(r.groups[last]!)) return null;
  return { ...r, groups: r.groups.slice(0, last), seps: r.seps.slice(0, last - 1), digits: r.groups.slice(0, last).join("") };
}

/**
 * A bare number word said of a part or an order named before it in the sentence: "A peça chegou,
 * o número é 7700 274 177", "the part's in, the number is ...": that thing's number. Read only for
 * a run that is no mobile as written (see `orderNumberSaid`): "the number is" also gives the
 * sender's.
 */
const THING_THEN_ITS_NUMBER = new RegExp(
  String.raw`(?<!\p{L})(?:peca|pieza|piece|part|teil|pezzo|czesc|piesa|parca|onderdeel|alkatresz|pedido|encomenda|order|commande|ordine|bestellung)(?!\p{L})[^.!?\n]{0,60}?[\s,;]` +
    String.raw`(?<said>(?:o|a|the|el|la|le|il|der|die|das|its|su|seu|sua)\s+(?:numero|number|nummer|numer|numarul|nomor)\s*(?:(?:e|es|is|ist|est|jest|to|este)\s*)?[:=]?\s*)$`,
  "diu",
);
/**
 * What in a message points at calling or writing to a labelled number or at its being the
 * sender's, beside the phone words of `hasPhoneCue`, `CONTACT_WORD_ABROAD` and
 * `PHONE_WORD_ANYWHERE`: messaging ("message it", "DM", "mándame un audio", "nhắn tin", "mesaj
 * at", "írj", "scrie-mi", "ib3atli", "app me"), apps ("zalo"), reaching out ("liên hệ", "gọi vào",
 * "iletişim"), keeping it ("save it", "guárdalo", "speicher"), owning it ("mine", "gehört mir",
 * "privat", "that's me", "number ko", "no hp aku"), and a knowing nod ("ya sabes", "tu sais", "du
 * weißt"); a wink is `WINK`. Round 31's labels (`referenceLabelBefore`: "mã giao dịch", "işlem no",
 * "rakam el fatoura") are told from a mobile passed under them by these as the older labels were.
 */
const ORDER_NUMBER_POINTED = new RegExp(
  [
    String.raw`\b(?:message\w*|msg|dm|wsp|wpp|zapzap|threema|telegram|signal|viber|imessage|facetime|zalo|audio|save|guarda\w*|salva\w*|speicher\w*|enregistre\w*|zapisz|salveaz\w*|simpan|kaydet|bewaar|mine|gehort|privat\w*|prive|personal)\b`,
    String.raw`\b(?:that'?s|it'?s|is)\s+(?:me|us)\b|\b(?:ya\s+sabes|tu\s+sais|du\s+weisst|sai\s+cosa|(?:voce|vc)\s+sabe|wiesz\s+co)\b`,
    String.raw`\b(?:nhan\s+tin|nhan\s+(?:cho|qua)|lien\s+he|goi\s+(?:vao|cho|lai)|iletisim|mesaj\s+at(?:in|abilirsin)?|irj(?:on|atok)?|uzenj\w*|scrie-?mi|ib3at\w*|eb3at\w*|ab3at\w*|app\s+me|number\s+ko|no\.?\s*(?:hp|wa|telp))\b`,
  ].join("|"),
  "i",
);
/** A wink after a number passed under a label ("😉", ";)", ":P", "xD", "^_^", "*wink*", "(guiño)"): it points at the number as `ORDER_NUMBER_POINTED` does. */
const WINK = /\b(?:wink|guino|xd)\b|;-?[)p]|:-?p\b|\^_\^|[\u{1F609}\u{1F618}\u{1F60F}\u{1F61C}]/iu;
/**
 * A call or a message aimed at a number just given, or at its sender, in English, whose bare verbs
 * also name other calls ("call the supplier", "text from the dealer"): "call it", "ring that
 * number", "message it", "DM me on that", "save it under Dave", "that's me", "you know what to do", "hmu".
 */
const CALL_AIMED =
  /\b(?:call|ring|text|txt|message|msg|dm|whatsapp|ping|buzz|save|dial|phone|sms)\s+(?:(?:me|us)\s+(?:on|at)\s+(?:it|that|this|there)|it|that|this|them|(?:on|to|at)\s+(?:it|that|this|there)|(?:that|this|the)\s+(?:number|one|no))\b|\b(?:that'?s|it'?s)\s+(?:me|mine)\b|\byou\s+know\s+what\s+to\s+do\b|\bhmu\b/i;
/**
 * Calling cue words not read as aiming at a number given before them: the English verbs that name
 * any call (read only as `CALL_AIMED` aims them), "my phone" and "my number" words, which after a
 * number speak of the device ("..., telefonum şarjda"), and payment apps ("paid with blik").
 */
const NOT_AIMING_CUE_WORDS = new Set(
  "call calling text txt ring reach dial sms mera numaram numaramiz numaramdan telefonum nemrti nmrti raqmi mobilepay vipps swish twint paynow blik satispay lydia pix wave".split(" "),
);

/**
 * After a number passed under a label, the writer taking it back or claiming it in the
 * marketplace's other languages: a retraction or a joke and then a phone word ("jk itu nomor hp",
 * "charot, globe number ko", "şaka, telefonum", "grapje, dat is mijn nummer", "haha that's my
 * phone"), a statement that it is a phone or the writer's number ("itu nomor hp saya", "cp number ko
 * yan", "da raqam el mobile", "telefonszámom", "telefonum bu", "số điện thoại của em", "es mi cel",
 * "to mój numer"), or an order to call or text it, colloquial, formal or plural ("telpon aja", "text
 * ka na lang", "tawag ka", "kalemni 3aleh", "hívjatok", "ara beni", "gọi em", "llámeme", "ligue",
 * "appelez", "rufen Sie an", "chiamatemi", "zadzwońcie", "sunați-mă"). Read on the text with the
 * phone words that name a device blanked (`blankThingsPhoneWords`): "paid with my phone",
 * "telefonumdan ödedim" aim at nothing (issue 13, round 30: a mobile under an order's, a serial's or a
 * reference's label, then owned or aimed at, is that mobile).
 */
const TAKEN_BACK_OR_CLAIMED = new RegExp(
  [
    String.raw`\b(?:jk|just\s+kidding|kidding|joke\s+lang|charot|eh|bercanda|becanda|canda|saka|grapje|broma|brincadeira|blague|scherzo|zart|gluma|vicc|dua\s+thoi|(?:he|ha|ja|wk){2,})\b[^.!?\n]{0,40}?\b(?:phone|number|nomor|hp|wa|cp|cel\w*|movil|zap|portable|handy\w*|numer\w*|numar\w*|telef\w*|szam\w*|so\s+(?:dien|cua)|raqam\w*|nummer|numero|whats\w*|mobiel|mobile)\b`,
    String.raw`\bnomor\s*(?:hp|wa|telp\w*|telepon|ponsel)?\s*(?:saya|aku|gue|gw)\b|\b(?:cp|cell|phone|globe|smart|sun|tnt|tm)(?:\s+(?:number|no))?\s+ko\b|\bnumber\s+ko\s+(?:yan|ito|to)\b`,
    String.raw`\b(?:da|dah|dh|hada)\s+(?:raqam|ra2am|rakam|nemra|nmra)\w*|\braqam\s+el\s+(?:mobile?|mobail|telefon\w*)|\b(?:telefon|mobil)?szamom\b|\b(?:telefonum|numaram|cebim)\s+bu\b|\bbu\s+(?:benim\s+)?(?:numaram|telefonum|cebim)\b`,
    String.raw`\bso\s+(?:dien\s+thoai\s+)?cua\s+(?:toi|em|anh|minh)\b|\b(?:es|e|est|ist|to|este|jest|is)\s+(?:el\s+|o\s+|il\s+)?(?:mi|meu|mio|mon|meine?|mijn|moj|my)\s+(?:cel\w*|movil|numero|whats\w*|telef\w*|zap|portable|handy\w*|nummer|numer|phone)\b|\bnumarul\s+meu\b`,
    String.raw`\b(?:telpon|telepon|tlpn|hubungi|text\s+(?:ka|mo|nyo)|i-?text|tawag(?:an)?|kalem\w*|kallem\w*|kalim\w*|hiv(?:j|jon|jal|jatok|d)|ara\s+beni|arayin\w*|ulasin|goi\s+(?:cho\s+)?(?:em|toi|minh)|goi\s+so\s+(?:nay|do)|llam(?:ame|eme|enme|adme|alo|elo)|lig(?:a|ue|uem)|appel(?:le|lez|ez)|ruf\w*(?:\s+\p{L}+){0,3}?\s+an|anrufen|chiam(?:ami|atemi|ate|a|imi)|zadzwon(?:cie)?|dzwon(?:cie)?|sun(?:a|ati)(?:-ma)?)\b`,
  ].join("|"),
  "iu",
);

/** True when `text` takes back, claims or aims a call at a number (`TAKEN_BACK_OR_CLAIMED`), its order to call not refused ("jangan telpon", "nie dzwoń"). */
function claimedIn(text: string): boolean {
  const m = TAKEN_BACK_OR_CLAIMED.exec(text);
  return m !== null && !NEGATED_BEFORE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
}

/**
 * True when the message after a number (from `end`) aims a call or a message at it or at its
 * sender: `CALL_AIMED`, a wink (`WINK`), or a calling cue word of the marketplace's other languages
 * (`Cues.callingAfter`: "bel me daarop", "beni arayın", "hubungi saya di nomor itu"). Read for a
 * number under an identifier's plain label (`looksLikePhone`): "reference for you: 07912 345678,
 * delivered fine, call it after 6" passes no reference (issue 13, round 30).
 */
function aimedAfter(text: string, end: number, cues: Cues): boolean {
  const after = text.slice(end);
  return CALL_AIMED.test(after) || WINK.test(after) || cues.callingAfter(end, NOT_AIMING_CUE_WORDS) || claimedIn(blankThingsPhoneWords(after));
}

/**
 * Regions of the marketplace whose numbers, fixed lines and mobiles, are written with the trunk zero
 * ("0917 882 0043", "0857 4412 2093", "01224470913", "06 20 887 3315", "0176 2218843", "030 1234567").
 */
const DIALLED_WITH_TRUNK_REGIONS: readonly CountryCode[] = [
  ...new Set<CountryCode>([...TRUNK_ZERO_REGIONS, ...LABEL_REGIONS, "PH", "ID", "MY", "VN", "TH", "TR", "EG", "SA", "AE", "MA", "HU", "RO", "NG", "KE", "AR", "PK"]),
];
/** Regions whose numbers are written without one, fixed lines and mobiles alike ("612 345 678", "91 123 45 67", "532 418 77 90", "55 1234 5678"). */
const DIALLED_WITHOUT_TRUNK_REGIONS: readonly CountryCode[] = ["US", "CA", "ES", "PT", "PL", "MX", "BR", "TR", "CO"];
/** Regions whose mobiles alone are often written without the trunk zero, their fixed lines never ("347 218 9054", "98765 43210", "917 882 0043", "812 7745 3390"). */
const MOBILE_WITHOUT_TRUNK_REGIONS: readonly CountryCode[] = ["IT", "IN", "PH", "ID", "AR"];

/**
 * True when the run is a number as the marketplace's regions write and dial one: valid with its
 * trunk zero (`DIALLED_WITH_TRUNK_REGIONS`), valid without one where none is dialled
 * (`DIALLED_WITHOUT_TRUNK_REGIONS`; not North America when the first group has four digits, as
 * `mobileAnywhere` reads it), a mobile where the zero is often left out (`MOBILE_WITHOUT_TRUNK_REGIONS`),
 * a number of the fiction ranges, or grouped as its region writes it (`writtenAsPhone`), also with a
 * reference's suffix after "/" or "-" (`withoutSuffix`). A reference's label alone does not excuse
 * such a number (`orderNumberSaid`), while "Rechnung Nr. 1762 2188 43" (a German mobile only without
 * its zero) is dialled nowhere as written.
 */
function dialledAsWritten(r: Run): boolean {
  // "claim 212-555-0147/2026", "ref 07 61 34 56 78 / 21": a reference's suffix typed onto a number leaves it one.
  const head = withoutSuffix(r);
  if (head !== null && head.digits.length >= MIN_PHONE_DIGITS && dialledAsWritten(head)) return true;
  if (FICTION_RANGE.test(r.digits) || writtenAsPhone(r)) return true;
  if (r.digits.startsWith("0")) return DIALLED_WITH_TRUNK_REGIONS.some((region) => validIn(r.digits, region));
  const nanpWritten = (r.groups[0] ?? "").length !== 4;
  if (DIALLED_WITHOUT_TRUNK_REGIONS.some((region) => (nanpWritten || (region !== "US" && region !== "CA")) && validIn(r.digits, region))) return true;
  return MOBILE_WITHOUT_TRUNK_REGIONS.some((region) => isMobileLine(lineTypeIn(r.digits, region)));
}

/**
 * True when the digit run at [start, end) of the normalised `text` is an order's, an invoice's, a
 * receipt's, a payment's, a booking's, a reference's or a shipment's number, though shaped like a
 * mobile and beside a phone word (issue 13, round 30: "Order number 07700 900123 shows as
 * dispatched, is that the phone holder I ordered?", "El número de pedido es 612 345 678 y es la funda
 * del móvil que compré", "Die Bestellnummer 0151 2345 6789 ist die Handyhalterung, die kam heute
 * an"; round 31: "mã đơn shopee 0904 337 215 là cái giá đỡ điện thoại em đặt", "numéro de commande
 * Oscaro 0648 7219 35 pour les plaquettes, livraison prévue jeudi", "ID transaksi dana 0857 4412 2093
 * buat DP"). All of:
 * - its label binds it, right before it, maybe with whose it is between (`referenceLabelBefore`), or
 *   a bare number word is said of a part or an order named before it and the run is no mobile as
 *   written where those labels are (`THING_THEN_ITS_NUMBER`, `mobileAnywhere`, `mobileAbroad`,
 *   `writtenAsPhone`: "A peça chegou, o número é 7700 274 177");
 * - no "+" nor international prefix: a label before "+34 612 ..." hides no country code;
 * - its sentence tells the reference's story beside the label (`REFERENCE_STORY`), or the run is no
 *   number dialled as written (`dialledAsWritten`: "Rechnung Nr. 1762 2188 43 vom letzten
 *   Zahnriemenwechsel"): a bare label before a mobile ("Número de pedido: 612 345 678", round 23's
 *   review) says no more than a sender passing a phone; a number word said of a thing wants the story;
 * - nothing in the message but the label points at calling it, writing to it or its being the
 *   sender's, the words between the label and the number included: a phone word (`hasPhoneCue`,
 *   `CONTACT_WORD_ABROAD`, `PHONE_WORD_ANYWHERE`, with the phone words that name an object for the
 *   phone or the device something was paid or ordered on blanked), messaging, an app, a wink
 *   (`ORDER_NUMBER_POINTED`), a possessive right after the number ("... (mi mujer)"): "pedido
 *   listo, llámame al 612 345 678", "order number 07700 900123, just kidding, ring that", "the
 *   'order number' 07700 900123 is my WhatsApp" stay phones.
 * Read by the rules (`findPhones`) and by the trained stage's floors (`labelledOrderNumberAt`).
 */
function orderNumberSaid(text: string, start: number, end: number, r: Run): boolean {
  // "00" or North America's "011" and a country code; not a national "011" ("0112 4476 30" in Malaysia)
  if (r.plus || r.digits.startsWith("00") || (r.digits.startsWith("011") && r.digits.length >= 12)) return false;
  const from = Math.max(0, start - 80);
  // The sentence before the number: from the last sentence end that is no abbreviation ("nr.", "no.", "Rechnungsnr.").
  const before = text.slice(from, start).replace(/^[\s\S]*(?:\n|[!?]\s|(?<!(?:\b(?:no|n|ref|inv|art)|nr))\.\s)/i, "");
  const sentenceStart = start - before.length;
  let labelAt: number;
  let between = "";
  const label = referenceLabelBefore(before);
  if (label) {
    labelAt = sentenceStart + label.at;
    between = before.slice(label.gap[0], label.gap[1]);
  } else {
    const said = THING_THEN_ITS_NUMBER.exec(before)?.indices?.groups?.["said"];
    if (!said || FICTION_RANGE.test(r.digits) || mobileAnywhere(r) || mobileAbroad(r.digits) || writtenAsPhone(r)) return false;
    labelAt = sentenceStart + said[0];
  }
  const after = text.slice(end);
  const outside = blankThingsPhoneWords(`${text.slice(0, labelAt)} ${between} ${after}`);
  if (
    hasPhoneCue(outside) ||
    CONTACT_WORD_ABROAD.test(outside) ||
    PHONE_WORD_ANYWHERE.test(outside) ||
    ORDER_NUMBER_POINTED.test(outside) ||
    claimedIn(outside) ||
    WINK.test(after) ||
    PHONE_CUE_AFTER.test(after.slice(0, 30))
  )
    return false;
  // "612 345 678 (mi mujer)", "0151 ... mein Schatz": a possessive among the first words after it.
  if (POSSESSIVE.test(/^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,2}/u.exec(after)?.[0] ?? "")) return false;
  const sentenceAfter = /^[^\n!?]*?(?:[.!?](?=\s|$)|\n|$)/.exec(after)?.[0] ?? "";
  return REFERENCE_STORY.test(`${text.slice(sentenceStart, labelAt)} ${between} ${sentenceAfter}`) || (label !== null && !dialledAsWritten(r));
}

/**
 * Whether a run glued to a word (`gluedToWord`) may be a phone at all: a code's digits are glued to
 * its prefix ("PN-12345-67890", "BOSCH-0280158117", "VIN-1HGCM82633A004352", "INV-2024-0315"), a
 * phone's only when written as one, which no code is: "+" and a country code (valid, or possible
 * and grouped: "Rosa+44 7700 900123"), or grouped at every break its national format has
 * (`writtenAsPhone`, complete: "Rosa-503-555-0199", "Rosa/(503) 555.0199", "ACME-1-503-555-0199",
 * "Rosa_0412 555 873"; the UK's drama range as its mobiles are, "Rosa-07700 900123"). Ungrouped,
 * validity says nothing (Bosch's "3397007120" is a valid Massachusetts number), so only the fiction
 * ranges count ("BOSCH-5035550199"), which the rules already take for a phone beside any part's
 * label ("Bosch 5035550199"); the rest of `looksLikePhone` then judges the run as when apart.
 */
function gluedAsPhone(r: Run): boolean {
  if (r.plus) {
    const number = readInternational(r.digits);
    return number !== null && (number.valid || (number.possible && r.groups.length > 1));
  }
  const lens = r.groups.map((g) => g.length).join("-");
  if (r.groups.length === 1 || (r.groups.length === 2 && r.groups[0] === "1")) return FICTION_RANGE.test(r.digits);
  return writtenAsPhone(r, true) || (FICTION_RANGE.test(r.digits) && r.digits.startsWith("0") && (lens === "5-6" || lens === "5-3-3"));
}

/** "e.g.", "for example", "something like", "such as" right before a number: what follows is an example. */
const EXAMPLE_MARK = /(?:\be\.?\s?g\.?|\bfor\s+(?:example|instance)|\bsomething\s+like|\bsuch\s+as|\blooks?\s+like)[\s,:]*$/i;
/** A count of digits, a number's length: "about 10 digits", "a 10-digit". */
const DIGITS_COUNTED = /\b\d+\s*-?\s*digits?\b/gi;
/** How far (characters) back in its sentence a thing's label may name what the example is of. */
const EXAMPLE_LABEL_REACH = 200;

/**
 * A number given as an example of a thing's number described by its shape (round 50: "Check the part number on the old rotor, it
 * should start with 31 and be about 10 digits, e.g. 3141255501"): an example mark right before it (`EXAMPLE_MARK`), a thing's
 * label earlier in its sentence, and no phone cue there but a count of its digits ("10 digits" is the thing's length, not a
 * phone's "digits").
 */
function exampleOfAThingsNumber(text: string, index: number, cues: Cues): boolean {
  if (!EXAMPLE_MARK.test(text.slice(Math.max(0, index - 24), index))) return false;
  if (Math.max(cues.notPhoneCue(index, EXAMPLE_LABEL_REACH), cues.partNumberCue(index, EXAMPLE_LABEL_REACH)) < 0) return false;
  return !hasPhoneCue(text.slice(cues.sentenceStart(index), index).replace(DIGITS_COUNTED, " "));
}

/** The decision for one digit run (see the file comment for the shapes). */
function looksLikePhone(run: string, index: number, text: string, synth: ArrayLike<number>, cues: Cues): boolean {
  const r = readRun(run, index, synth);
  const n = r.digits.length;
  if (n < 7 || n > 15) return false;
  if (gluedToWord(text, index) && !gluedAsPhone(r)) return false;
  const prefix = text.slice(Math.max(0, index - 48), index);
  const suffix = text.slice(index + run.length, index + run.length + 16);
  if (/(?:[$£€¥]|\b(?:usd|cad|aud|eur|gbp|rs|inr))\s*$/i.test(prefix) || measuredRun(r, suffix)) return false;
  // A cue word of the languages read since round 25 beside a price's word or a round sum ("Bei ya
  // simu mpya 712345678? ... shilingi") is no cue (`priced`).
  const cueAt = cues.phoneCue(index);
  const phoneCueAt = cueAt >= 0 && cues.nearOnlyCue(cueAt) && priced(r, text.slice(Math.max(0, index - 24), index), suffix) ? -1 : cueAt;
  // "12.6, 13.8" / "0.6 0.7": decimals and comma lists are readings, unless read out as words,
  // announced as a number ("whatsapp: 6 1 2, 34, 56, 78"), or a trunk-zero number in pairs.
  if (r.seps.some((s) => s.includes(",")) && (r.spoken + r.worded) * 2 < n && phoneCueAt < 0 && !(r.digits.startsWith("0") && n >= 10 && r.groups.every((g) => g.length >= 2))) return false;
  for (let i = 0; i < r.seps.length; i++) {
    const singleNeighbour = (r.groups[i]?.length ?? 0) === 1 || (r.groups[i + 1]?.length ?? 0) === 1;
    if (r.seps[i] === "." && singleNeighbour && r.spoken < 5 && !(r.plus && i === 0)) return false;
  }
  if (isDate(r) || isDateAndTime(r, suffix)) return false;
  if (yearNumberedUnder(r, index, index + run.length, text, cues)) return false;
  // "175/170/110/172": readings separated by slashes (a phone has at most one, "0176/12345678").
  const cuedAfter = PHONE_CUE_AFTER.test(text.slice(index + run.length, index + run.length + 30));
  if (isClockRange(r, text) && phoneCueAt < 0 && !cuedAfter) return false;
  if (r.seps.filter((x) => x.includes("/")).length > 1 && r.spoken < 5 && phoneCueAt < 0 && !cuedAfter && !nanpJoints(r)) return false;
  // "1 2 3 4 5 6 7 8" (cylinders) or "1-8-4-3-6-5-7-2" (firing order): a permutation of 1..n typed
  // digit by digit. Not one grouped as a phone ("portugal: 912 345 678") nor read out in words
  // ("nueve uno dos, tres cuatro, ..."), as nobody gives cylinders.
  const typedSingly = r.groups.every((g) => g.length === 1) && !Array.from({ length: run.length }, (_, i) => synth[index + i]).includes(SPELLED);
  if (n <= 9 && typedSingly && [...r.digits].sort().join("") === "123456789".slice(0, n)) return false;
  // "Numero de serie de l'alternateur: 0124 555 017", "Ersatzteilnummer vom Handler: 5550 0142 77":
  // a thing's number labelled in the marketplace's other languages, read as "serial number" is,
  // but only right under its label (a few words, no comma), with no phone word after it in the
  // message ("..., appelle-moi", "oder ruf mich an") and not a number of the fiction ranges
  // without a code's suffix (as in English, a bare label excuses no such number).
  const namedAbroadAt = cues.thingNamedAbroadCue(index);
  if (
    namedAbroadAt >= 0 &&
    namedAbroadAt >= phoneCueAt &&
    !r.plus &&
    !cuedAfter &&
    /^[\s.:#=\-–—]*(?:[a-z'’]+[\s.:#=\-–—]+){0,4}$/i.test(text.slice(namedAbroadAt, index)) &&
    (!FICTION_RANGE.test(r.digits) || CODE_SUFFIX.test(suffix)) &&
    !cues.phoneCueAfter(index + run.length, 200) &&
    !CONTACT_WORD_ABROAD.test(text.slice(index + run.length)) &&
    // a call or phone word before the label ("Ruf die Kundennummer an: 030 1234567") or a mobile under it
    !CONTACT_WORD_ABROAD.test(text.slice(0, namedAbroadAt)) &&
    !hasPhoneCue(text.slice(0, namedAbroadAt)) &&
    !mobileAbroad(r.digits)
  )
    return false;
  // An example of a thing's number, its shape described: no phone, unless of the fiction ranges, which no thing's number is, or a phone word follows.
  if (exampleOfAThingsNumber(text, index, cues) && !FICTION_RANGE.test(r.digits) && !cuedAfter && !cues.phoneCueAfter(index + run.length)) return false;
  // The nearer cue wins: "part number 04465-..." is not a phone, "the part is in, call 303..." is.
  // A thing quoted ("the box says ...") is read like a part's "number", where no identifier's name is
  // near (which excuses any shape, as before).
  const plainNotPhoneAt = cues.notPhoneCue(index);
  const partNumberAt = Math.max(cues.partNumberCue(index), plainNotPhoneAt < 0 ? cues.thingQuotedCue(index) : -1, makeRightBefore(prefix, r) ? index : -1);
  const notPhoneAt = Math.max(plainNotPhoneAt, partNumberAt);
  // A number of the fiction ranges is never a part or order number, unless a code's suffix is glued
  // onto it ("stock number 212-555-0147-UK", "order number 415-555-0123-GB"), which no phone is written with,
  // and no phone word follows ("... call me").
  // Nor when the sentence says what the labelled reference is for ("insurance policy no. 07700 900
  // 421, the assessor wants it", "DHL waybill 5125550147 shows in customs") and no phone word
  // follows it: a bare label ("tracking 07700 900123", "claim ref ...") says no more than a sender
  // passing a phone would.
  const referenceSaid =
    plainNotPhoneAt >= 0 &&
    /^[\s.:#=\-–—]*(?:[a-z'’]+[\s.:#=\-–—]+){0,4}$/i.test(text.slice(plainNotPhoneAt, index)) &&
    cues.phoneCue(index, 120) < 0 &&
    !cuedAfter &&
    !cues.phoneCueAfter(index + run.length, 120) &&
    cues.referenceContext(index, index + run.length, plainNotPhoneAt);
  // Nor when the identifier's word is glued on as a code's prefix is ("invoice INV-604-555-0188",
  // "PN-503-555-0199", "BOSCH-5035550199"), as a suffix is: a name glued on ("Rosa-503-555-0199") is no label.
  const codePrefix = plainNotPhoneAt >= 0 && gluedToWord(text, index) && /^[-\/_.+,]{0,3}$/.test(text.slice(plainNotPhoneAt, index));
  const nanp555 = FICTION_RANGE.test(r.digits) && !((CODE_SUFFIX.test(suffix) || codePrefix) && !cues.phoneCueAfter(index + run.length)) && !referenceSaid;
  // A number carried over line breaks by a trailing dash ("code 971-" / "334-" / "2090") is written
  // to go on, as phone numbers are sent in pieces: the thing named before it does not make it a code.
  const dashedOn = r.seps.some((sep) => /-[ \t]*\n/.test(sep));
  // "ref 07 12 34 56 78 / 21", "order ref 415 867 53/09, hmu": a mobile dressed as the reference its
  // label names, unless the sentence says what that reference is for (`referenceSaid`).
  // A call aimed at it later in the message ("..., delivered fine, call it after 6", "... bel me daarop"): a mobile of any region passed as that reference.
  const labelled = partNumberAt < notPhoneAt && !referenceSaid;
  const aimed = labelled && aimedAfter(text, index + run.length, cues);
  const dressed = labelled && (mobileDressedAsReference(r, cuedAfter || aimed || cues.phoneCueRightAfter(index + run.length)) || (aimed && r.digits.length >= 9 && mobileRegionOf(r.digits) !== null));
  if (notPhoneAt > phoneCueAt && !nanp555 && !r.plus && !dashedOn && !dressed) {
    // A part's "number" said last ("my pump number is 0412 555 873") names an identifier only in a
    // shape no phone is written in and with no phone word after it ("... ring it"): a sender names
    // any part to pass a phone.
    if (partNumberAt < notPhoneAt || !(writtenAsPhone(r) || cues.phoneCueAfter(index + run.length))) return false;
  }
  if (phoneCueAt < 0 && !r.plus && r.groups.length === 1 && PART_NOUN_AFTER.test(suffix)) return false;
  // "AA1 01 2345 6784": the run continues a code that mixes letters and digits (tracking, VIN);
  // an ordinal or an hour is no code ("slipping into 4th (713) 555-0170", "text me after 7am 617...").
  if (/\b(?=[a-z]*\d)(?=\d*[a-z])(?!\d+(?:st|nd|rd|th)[ -]$|\d{1,2}(?:am|pm|h)[ -]$)[a-z\d]{2,}[ -]$/i.test(prefix)) return false;
  // "4G63 212 554": the digits are glued to a typed code ending in a letter (an engine or part code).
  if (/\b(?=[a-z]*\d)[a-z\d]*[a-z]$/i.test(prefix) && r.spoken === 0 && r.worded === 0 && !r.plus) return false;
  const gluedCue = GLUED_PHONE_WORD_BEFORE.test(prefix);
  const cued = gluedCue || phoneCueAt >= 0 || cuedAfter;
  // Letters typed straight after the digits ("0280158117AB") make a code, unless the number is cued
  // or grouped like a phone ("503-555-0100x").
  if (/^[a-z]/i.test(suffix) && !cued && r.groups.length < 3) return false;

  if (r.plus) return internationalVerdict(r.digits, cued, r.groups.length > 1, true);
  // Its mobile is the phone, the reference's suffix with it ("0612345678/21, ring it").
  if (dressed) return true;
  const first = r.groups[0] ?? "";
  if (first.startsWith("011") && n >= 12) return internationalVerdict(r.digits.slice(3), cued, true);
  if (first.startsWith("00") && !first.startsWith("000") && n >= 10) return internationalVerdict(r.digits.slice(2), cued, true);
  if (r.spoken >= 5 && n <= 13) return true;
  // A country named before the number says where to read it; a phone cue lets a grouped number be
  // read in the regions that dial without a trunk zero.
  const named = regionNamedBefore(prefix);
  if (named && (cued || r.groups.length > 1) && validIn(r.digits, named)) return true;
  if (cued && r.groups.length > 2 && r.groups.every((g) => g.length === 2 || g.length === 3) && CUED_NO_TRUNK_REGIONS.some((region) => validIn(r.digits, region))) return true;
  // "ninety eight four fifty, twelve three forty five": ten digits or more all said in words are a
  // number read out, however its groups fall; the region's validity still decides.
  const allSaid = r.spoken + r.worded === n && n >= 10;
  // A cued local number of seven is judged by the shapes of its own test below.
  if (!allSaid && !(n === 7 && cued && r.worded > 0) && !phoneLikeGrouping(r)) return false;
  if (n === 7) {
    // A local number: "555-1234" after a cue, or any 555 exchange; its last four may be said
    // digit by digit ("555 oh one 4 two").
    const merged = mergedLengths(r, false);
    const lens = merged.join("-");
    // After a cue, the last four may be grouped in pairs too ("Mobile: 555 - zero one - 77").
    const cuedPairs = cued && lens === "3-2-2";
    // After a cue, or the 555 exchange that the typed shape accepts uncued, the exchange then the
    // line said in words in any pieces ("Num is 555 0 one hundred forty seven", "555 oh one
    // ninety-nine"); typed, "450 1 200" is a sum of money.
    const cuedLine = (cued || r.digits.startsWith("555")) && r.worded > 0 && merged.length <= 3 && merged[0] === 3;
    // "555-01" / "..66": the exchange typed with the line's first two, the send button cutting the
    // line's four (not every block on a line of its own: a column of readings).
    const sentCut = lens === "3-2-2" && !(r.seps[0] ?? "").includes("\n") && (r.seps[1] ?? "").includes("\n");
    return (lens === "3-4" || lens === "7" || cuedPairs || cuedLine || sentCut) && /^[2-9]/.test(r.digits) && (cued || r.digits.startsWith("555"));
  }
  return nationalVerdict(r, cued) || mobileBesideCue(r, index, index + run.length, cues, text);
}

// "919 🚗 555 🚗 0101": an emoji (and its variation selector) typed between groups, as a separator;
// written as surrogate pairs, as DIGIT_RUN has no "u" flag.
const EMOJI = String.raw`(?:\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF]|[\u2600-\u27BF])\uFE0F?`;
// "(617)" and "( 6 1 7 )": an area code in brackets, typed whole or digit by digit.
const DIGIT_GROUP = String.raw`(?:\(\s?\+?\d(?:\s?\d){0,4}\s?\)|\d{1,15})`;
// Separators people put inside a number: spaces, dots (and bullets, "816 • 555 • 0107"), dashes, slashes, underscores (one or two), line breaks
// (also the break between two joined messages, maybe with an ellipsis that says the number goes on:
// "917 555" / "…01"), bounded so rejected runs stay cheap to retry.
const GROUP_SEP = String.raw`(?:[ \t]{0,3}${EMOJI}[ \t]{0,3}|[ \t]{0,3}(?:\.{2,3}|…)[ \t]{0,3}|[ \t]{0,3}(?:[.\-\/,_\\~*|•·]|__|--)[ \t]{0,3}|[ \t]{1,3}|[ \t]*(?:\.{2,3}|…|[.\-])?[ \t]*(?:\n[ \t]*){1,3}(?:\.{2,3}|…|[.\-])?[ \t]*|(?<=\))|(?=\())`;
// A phone word typed onto the number ("TEL-503…", "ph:503…", "call503…") is a cue, not a code
// the digits belong to; letters typed after it ("…0100x") are read in looksLikePhone.
const GLUED_PHONE_WORD = String.raw`(?<![a-z])(?:tel|tlf|ph|phone|fone|call|cell|cel|mob|mobile|txt|text|sms|wa|whatsapp|dial|ring)[-:.#]?`;
// A word glued onto the number: typed straight onto it ("Rosa5035550199", two letters or more), or
// joined by one to three of the characters a figure, a date or a range also uses ("Rosa-503…",
// "Rosa/503…", "Rosa_503…", "Rosa.503…", "Rosa+503…", "Rosa,503…", "Rosa--503…", "Роза-503…") after a
// letter, where "10-15", "1.5", "12/05" have a digit. Runs that start so are judged by `gluedAsPhone`
// first; the other separators before a run ("Rosa~503…", "Rosa#503…") never stopped one.
const GLUED_WORD = String.raw`[a-z]{2}|(?:[a-z]|[^\x00-\x7f])[-\/_.+,]{1,3}`;
// A run starts with "+", "(" or a digit: the lookahead in front lets V8 skip every other offset
// with one character test instead of evaluating both lookbehinds (the phone words' alternation)
// there, 5 times faster on a 2,000-character message (issue 13); the matches are the same.
const RUN_START = String.raw`(?=[+(\d])(?:(?<![\w+$£€.,\/(-])|(?<=${GLUED_PHONE_WORD})`;
const RUN_BODY = String.raw`(?:\+\s?)?${DIGIT_GROUP}(?:${GROUP_SEP}${DIGIT_GROUP}){0,14}(?:(?![\w])|(?=[a-z]+\b))`;
const DIGIT_RUN = new RegExp(String.raw`${RUN_START}|(?<=${GLUED_WORD}))${RUN_BODY}`, "gi");
const GLUED_PHONE_WORD_BEFORE = new RegExp(`${GLUED_PHONE_WORD}$`, "i");
const GLUED_WORD_BEFORE = new RegExp(`(?:${GLUED_WORD})$`, "i");
/**
 * Whether the run at `index` of `text` starts glued to a word: only `GLUED_WORD` let it start there
 * (a character `DIGIT_RUN` otherwise never starts a run after, and no phone word glued on as a cue).
 */
function gluedToWord(text: string, index: number): boolean {
  if (index === 0 || !/[\w+$£€.,\/(-]/.test(text[index - 1]!)) return false;
  const before = text.slice(Math.max(0, index - 12), index);
  return GLUED_WORD_BEFORE.test(before) && !GLUED_PHONE_WORD_BEFORE.test(before);
}

/** `DIGIT_RUN`'s runs but those glued to a word, scanned apart from `findPhones`'s own scan (`labelledOrderNumberAt`). */
const DIGIT_RUN_APART = new RegExp(String.raw`${RUN_START})${RUN_BODY}`, "gi");

/**
 * True when a number at `start` of the normalised `text` is given as an example of a thing's number
 * described by its shape, as the rules read it (`exampleOfAThingsNumber`): the trained stage's floor
 * for its looser PHONE candidates (second-stage/candidates.ts), which flagged "look at the pump
 * number, it's 10 digits, e.g. 4157220193" though the rules do not (round 50).
 */
export function exampleOfAThingsNumberAt(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end).replace(/\D/g, "");
  return !FICTION_RANGE.test(digits) && exampleOfAThingsNumber(text, start, new Cues(text)) && !hasPhoneCue(text.slice(end, end + 48).split(/[.!?\n]/)[0]!);
}

/**
 * True when the digit run of the normalised `text` that holds [start, end) is an order's (an
 * invoice's, a booking's ...) number told as one (`orderNumberSaid`): the trained stage's floors
 * for its looser PHONE and ADDRESS candidates (second-stage/candidates.ts), which flagged "Order
 * number 98765 43210 hai, phone holder ka, kal deliver hua" and the "678 to uchwyt" of "Numer
 * zamówienia 512 345 678 to uchwyt na telefon" though the rules do not.
 */
export function labelledOrderNumberAt(text: string, start: number, end: number): boolean {
  // Scanned over a window, so a candidate far from any run costs no scan to the message's end.
  const window = text.slice(0, Math.min(text.length, end + 80));
  DIGIT_RUN_APART.lastIndex = Math.max(0, start - 60);
  for (let m = DIGIT_RUN_APART.exec(window); m !== null && m.index <= start; m = DIGIT_RUN_APART.exec(window)) {
    const lead = m[0].length - m[0].trimStart().length;
    const run = m[0].trim();
    const index = m.index + lead;
    if (index > start || index + run.length < end) continue;
    const r = readRun(run, index, []);
    return r.digits.length >= MIN_PHONE_DIGITS && orderNumberSaid(text, index, index + run.length, r);
  }
  return false;
}

/**
 * A piece of a phone number announced as one ("my number ends in 0172", "last four are 0188",
 * "first three 555"): the digits are masked when a phone word or a second piece is near and no
 * thing's identifier is (a card, a VIN, a part, an order "ends in 4421" stays).
 */
export const ANNOUNCED_FRAGMENT: Pattern = {
  kind: "PHONE",
  re: /\b(?:(?:last|final|first|1st)\s+(?:four|4|three|3|two|2)(?:\s+(?:digits?|numbers?))?(?:\s+(?:are|is|r))?|(?:it\s+|number\s+|#\s*)?(?:ends?|ending|starts?|starting|begins?|beginning)\s+(?:in|with)?)\s*[:=-]?\s*(?<d>\d{2,4})(?![\d\w])/dgi,
  accept: (m, text) => {
    const sentence = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60).toLowerCase();
    // Two pieces announced together ("first three 555, last four 0188") are a number's too.
    const pieces = sentence.match(/\b(?:last|final|first|1st|ends?|ending|starts?|starting|begins?)\b/g)?.length ?? 0;
    // Without a phone word, a piece that is a day or a month and opens a whole date is when something ends or starts.
    const dated = /^(?:0?[1-9]|[12]\d|3[01])$/.test(m.groups?.["d"] ?? "") && FULL_DATE_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    // "warranty ends 60 months or 60,000, whichever first", "starts in 30 days": a duration or a measurement of up to three digits,
    // without a phone word or another piece announced, is not a piece ("my cell ends in 4421 mins", "my mobile ends 512 hrs",
    // "starts with 07911 and ends 456 km" are still ones).
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const short = (m.groups?.["d"] ?? "").length <= 3;
    // Only when the message holds no other bare run of three digits or more ("starts 079 days, then 112, ends 345 days"; round 26's review 3):
    // scanned last, only for a short piece with a duration or a measurement after it.
    const pieceAt = m.index + m[0].lastIndexOf(m.groups?.["d"] ?? "");
    const otherRun = (): boolean => [...matchesOf(BARE_RUN, text)].some((r) => r.index !== pieceAt);
    if (short && (DURATION_AFTER.test(tail) || measuredAfter(tail)) && !otherPieceBeside(sentence, m.groups?.["d"] ?? "") && !FRAGMENT_PHONE_WORD.test(sentence) && !otherRun()) return false;
    // "Ping me on the number ending 0199, you have the first part from the booking form": the piece is of the number the
    // sender is to be reached on, whatever thing is named beside it (round 50).
    if (PIECE_CALLED_ON.test(text.slice(Math.max(0, m.index - 60), pieceAt))) return true;
    return (FRAGMENT_PHONE_WORD.test(sentence) || (pieces >= 2 && !dated)) && !FRAGMENT_THING_WORD.test(sentence);
  },
  span: (m) => groupSpan(m, "d"),
  words: "last final first 1st ends end ending starts start starting begins beginning".split(" "),
};
/**
 * Another piece announced in the (lowercased) sentence beside `digits`: an "ends"/"starts"/"first"/"last" right before digits that are
 * no duration or measurement ("starts with 07911 and ends 456 km"; not "starts in 14 days and ... ends 30 days after").
 */
function otherPieceBeside(sentence: string, digits: string): boolean {
  for (const p of matchesOf(/\b(?:last|final|first|1st|ends?|ending|starts?|starting|begins?)\b(?:\s+(?:in|with))?\s*[:=-]?\s*(\d+)/g, sentence)) {
    const tail = sentence.slice(p.index + p[0].length, p.index + p[0].length + 16);
    if (p[1] !== digits && !DURATION_AFTER.test(tail) && !measuredAfter(tail)) return true;
  }
  return false;
}
/** A bare run of three digits or more, not part of a figure written with a comma or a point ("60,000", "1.500") nor of a date or a time ("14/02/2020"). */
const BARE_RUN = /(?<![\d.,\/:-])\d{3,}(?!\d|[.,\/:-]\d)/g;
/** A duration after a number: "60 months", "3 yrs", "30 days". */
const DURATION_AFTER = /^\s*(?:months?|mths?|years?|yrs?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)\b/i;
/**
 * A day or month that opens a whole written date, its month (or day) and a four-digit year after it
 * with the same separator ("warranty ends 31/05/2027 or 100,000 km, whichever first", "starts
 * 01.09.2026"): when something ends or starts, not a piece of a number (round 23), unless a phone
 * word is near ("my number ends 31/05/2027"). A two-digit year ("ends 01/04/47") is no such date: it
 * could be a number's digits dressed as one.
 */
const FULL_DATE_GOES_ON = /^([\/.-])(?:0?[1-9]|1[0-2]|[12]\d|3[01])\1(?:19|20)\d\d(?!\d)/;
/** A call or a message asked for on a number whose piece follows: "ping me on the number ending", "text me at the cell that starts with". */
const PIECE_CALLED_ON =
  /\b(?:ping|call|text|txt|sms|ring|buzz|bell|message|msg|whatsapp|wa|reach|contact|hit)\s+(?:me|us)(?:\s+up)?\s+(?:on|at|via|through)\s+(?:the|my|this|that)?\s*(?:(?:usual|same|other|old|mobile|cell)\s+)?(?:number|num|no|#|cell|mobile|phone|line|one)\b[^.!?\n\d]{0,30}$/i;
const FRAGMENT_PHONE_WORD = /\b(?:number|num|no|#|cell|mobile|mob|phone|digits|call|text|ring|whatsapp|wa|contact|reach)\b/;
const FRAGMENT_THING_WORD =
  /\b(?:card|visa|mastercard|amex|account|acct|vin|chassis|part|order|invoice|policy|plate|reg|rego|serial|tracking|reference|ref|claim|booking|zip|postcode|pin|code|receipt|confirmation)\b/;

/** Toll-free vanity numbers as written since round 1: "1 800 FIX AUTO", "1-888-CAR-DOCS", "(888) 555-TOWS", "(800)FIX-AUTO". */
export const TOLL_FREE_VANITY: Pattern = { kind: "PHONE", re: /(?:\b(?:1[\s.-]?)?|(?<![\w(])(?:1[\s.-]?)?\()8(?:00|33|44|55|66|77|88)(?:\)\s*|[\s.-]+)[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4}\b/g };

/**
 * A vanity number in any other grouping: a North American area code, then seven keypad characters, capitals and
 * digits ("1-800-BRAKE-FX", "469-AUTODOC", "646-MY-BRAKE", "5 5 5 - B I G - C A R S"). The area code and the letters
 * are the area code and the line as a keypad dials them.
 */
const VANITY_RUN = /(?<![\p{L}\d(+-])(?:1[\s.-]{0,3})?(?:\(\s*)?(?<area>\d(?:[\s.-]?\d){2})(?:\s*\))?(?<line>[\s.-]{1,3}[A-Z\d](?:[\s.-]{0,3}[A-Z\d]){6})(?![\p{L}\d])/gu;
/**
 * A thing's code or a reference rather than a line before a vanity-shaped run ("part 469-AUTODOC", "model
 * 911-CARRERA", "PO# 512-ABC-1234", "RO 214-...", "recall campaign 404-...", `REFERENCE_WORDS` of the marketplace's
 * languages), or an article naming a thing ("built a 383-STROKER", "the 350-SMALLBLOCK").
 */
const VANITY_THING_BEFORE = new RegExp(
  String.raw`(?:\b(?:part|model|item|sku|serial|vin|plate|reg|code|policy|po|ro|recall|campaign|case|job|work\s+order|${REFERENCE_WORDS.join("|")})\W*(?:no\.?|nr\.?|number|#)?(?:\s+(?:is|was|reads|says))?\W*|\b(?:a|an|the|this|that|un|una|une|ein|eine|einen|um|uma)\s+)$`,
  "i",
);
/**
 * Vanity numbers beyond `TOLL_FREE_VANITY`'s shape. The line spells words: each of its groups all letters or all
 * digits, three letters or more ("800-AB-12345", "866-A1-B2-C3-D", "512-KXQ7TPR", "214-BRAKES1" are part, order and
 * repair-order codes), and no thing's label or article before it (`VANITY_THING_BEFORE`). A toll-free code (8xx)
 * needs no more; another area code's needs a phone word in the message (`hasPhoneCue`: "Mobile diag, I come to you:
 * 469-AUTODOC", "thats my shop line") and lower case somewhere else in it, since words in a shouted message fall into
 * the same shape ("150 MILES ON"); and it is written as a number is, hyphened or dotted, words spaced only when
 * spelled letter by letter ("200 KM TO GET", "911 CARRERA S" are counts and models), no N11 service code.
 */
export const VANITY: Pattern = {
  kind: "PHONE",
  re: VANITY_RUN,
  accept: (m, text) => {
    const area = (m.groups?.["area"] ?? "").replace(/\D/g, "");
    const written = m.groups?.["line"] ?? "";
    const groups = written.split(/[\s.-]+/).filter(Boolean);
    const letters = groups.join("").replace(/\d/g, "").length;
    const words = groups.every((g) => /^(?:[A-Z]+|\d+)$/.test(g)) && letters >= 3 && (groups.some((g) => /^[A-Z]{3,}$/.test(g)) || groups.every((g) => g.length === 1));
    if (!words || VANITY_THING_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    // Words spaced apart are words ("800 HP TO THE"), unless spelled letter by letter or the three and four of a line ("1 800 FIX AUTO").
    const spacedWords = /[A-Z\d]{2}\s+[A-Z\d]|[A-Z\d]\s+[A-Z\d]{2}/.test(written) && !/^[\s.-]*[A-Z\d]{3}\s[A-Z\d]{4}$/.test(written);
    if (/^8(?:00|33|44|55|66|77|88)$/.test(area)) return !spacedWords;
    if (!/^[2-9][0-8]\d$/.test(area)) return false;
    // Written as a number is: the line hyphened or dotted onto the area code.
    if (/\d11$/.test(area) || !/^[\s]*[.-]/.test(written) || spacedWords) return false;
    const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    return /[a-z]/.test(rest) && hasPhoneCue(rest);
  },
};

/**
 * A phone inside a longer rejected run ("it's a 2011, call 303 555 0178 2pm" reads as one run of
 * digits): the longest sub-run of whole groups, tried only for the North American shape or after a
 * phone cue (or beside one, `Cues.phoneCueBeside`), so lists of readings do not turn into numbers.
 */
function phoneInside(run: string, index: number, text: string, synth: ArrayLike<number>, cues: Cues): [number, number] | null {
  const groups = [...matchesOf(/\(?\d+\)?/g, run)].map((g) => [g.index ?? 0, (g.index ?? 0) + g[0].length] as const);
  if (groups.length < 2 || groups.length > 8) return null;
  // A single group too ("call on 9855501234 for details": "for" was read as a fourth digit).
  for (let i = 0; i < groups.length; i++) {
    for (let j = groups.length - 1; j >= i; j--) {
      if (i === 0 && j === groups.length - 1) continue;
      const sub = run.slice(groups[i]![0], groups[j]![1]);
      const lens = sub
        .match(/\d+/g)!
        .map((g) => g.length)
        .join("-");
      if (lens !== "3-3-4" && lens !== "1-3-3-4" && cues.phoneCue(index + groups[i]![0], 30) < 0 && !cues.phoneCueBeside(index + groups[i]![0], index + groups[j]![1])) continue;
      if (looksLikePhone(sub, index + groups[i]![0], text, synth, cues)) return [index + groups[i]![0], index + groups[j]![1]];
    }
  }
  return null;
}

/**
 * Words abroad that say which piece of a number follows (Italian "primi"/"ultimi", Spanish
 * "prefijo", Portuguese "prefixo"/"DDD", German "Vorwahl"/"Rest", Scandinavian "resten", Polish
 * "reszta"/"końcówka", Turkish "kalanı", Hinglish "pehle"/"baaki"): a number given in pieces, in
 * one message (`SPLIT_CUE_WORD`) or over several (contact-detector.ts's `joinedPhones`).
 */
export const PIECE_PLACE_WORDS_ABROAD = String.raw`primi|ultim[ieoa]s?|primer[oa]s|prefi(?:x|j|ss)o|ddd|vorwahl|indicatif|resten|reszta|koncowk\w*|kalan\w*|pehle|pahle|baaki|aakhri|akhri|comeca|empieza|zaczyna|beginnt|commence|inizia`;

/** Not right after a word of `THING_BEFORE_NUMBER`: "part number", "order num" name a thing's number. */
const THING_NUMBER_AFTER = `(?<!\\b(?:${[...THING_BEFORE_NUMBER].join("|")})\\s)`;
/**
 * Words that announce a number given in pieces ("area code is 720. rest is 555 0134", "take 415,
 * add 555, finish with 0132"); "line" not as a document's line ("quote line: coil 3 ..."), "number"
 * not as a thing's number ("part number" / "04465" / "33471"); or "#". The words are tried at their opening words
 * (`atWords`) and "#" found apart: a scan with the words and "#" as one expression tried it at every place.
 */
const SPLIT_CUE_WORD = new RegExp(
  String.raw`\b(?:area|rest|first|second|third|last|next|middle|mid|bit|half|then|ends?|ending|begins?|starts?|starting|prefix|exchange|(?<!\b(?:quote|invoice|order|receipt|estimate|bill|subject)\s)line|code|digits?|${THING_NUMBER_AFTER}(?:number|numbers|num|numbr)|cell|cel|celular|movil|mobile|portable|phone|tel|telefono|call|text|ring|reach|whatsapp|whats|wa|zap|backwards|otra|numero|codigo|começo|final|primeiro|resto|llama\w*|marca\w*|liga\w*|appelle\w*|mera|mero|hit\s+me|hmu|dial|contact|add|finish(?:ing)?\s+with|followed\s+by|` +
    // the pieces' order in the marketplace's other languages, and "now" before a piece read out ("919 ok now 555 ok now 0182";
    // not a reading's time: "98120 yesterday, 98540 now")
    String.raw`teil|erste[rns]?|zweite[rns]?|dritte[rns]?|letzte[rns]?|dann|danach|primera|segunda|tercera|parte|luego|despues|premier|premiere|deuxieme|troisieme|puis|ensuite|primeira|terceira|depois|prima|seconda|terza|poi|${PIECE_PLACE_WORDS_ABROAD}|now(?=\W*\d))\b`,
  "gi",
);
/** `SPLIT_CUE_WORD` as the list `atWords` reads. */
const SPLIT_CUE_WORDS = [SPLIT_CUE_WORD];
/** A piece of a number: a digit group, or digits read out one by one ("8 4 7", "6-1-6", "5 5 5 0 1 9 1"). */
const FRAGMENT = /(?<![\w$£€.,\/])\+?\(?(?:\d(?:[ \t-]\d(?!\d))+|\d{1,8})\)?(?![\w$£€%°]|[.,]\d)/g;
/** "after 5", "at 4", "5pm", "in 10 min": a time or a duration between the pieces, not one of them. */
const TIME_BEFORE = /\b(?:after|at|before|by|around|until|till|from|past|in|for)\s+$/i;
const TIME_AFTER = /^\s*(?:am|pm|a\.m|p\.m|ish|o'?clock|h\b|mins?\b|minutes?|hours?|hrs?\b|days?|weeks?)/i;
/**
 * True when the piece `text[start, end)` is the hour or the minutes of a clock time written "7:30" or "13:00" (one colon, an hour
 * up to 23, minutes up to 59, no further colon or digit): "Tue 11 Mar, 07:30 ... Fri 14 Mar 15:00" lists slots, not pieces of a number.
 * Not when a phone word is near or anywhere in the message (the caller's `phoneCue`, `PHONE_WORD_ANYWHERE`): "the digits: 08:03 then 15:51",
 * "07:11 23:45 06:07 89 (digits for a ring)" dress pieces as times.
 */
function clockTimePiece(text: string, start: number, end: number): boolean {
  const piece = text.slice(start, end);
  const head = text.slice(Math.max(0, start - 4), start);
  const tail = text.slice(end, end + 4);
  const hour = /^\d{1,2}$/.test(piece) && Number(piece) <= 23 && /^:[0-5]\d(?![\d:])/.test(tail) && !/[\d:]$/.test(head);
  const minutes = /^[0-5]\d$/.test(piece) && /(?<![\d:])(?:[01]?\d|2[0-3]):$/.test(head) && !/^:?\d/.test(tail);
  return hour || minutes;
}
/** "first 3:", "last 4 are", "7 digits", "3 digit area": a count of digits, not a piece of the number. */
const COUNT_AFTER = /^\s*(?:digits?\b|:|are\b|is\b|numbers?\b|son\b|sao\b)/i;
const COUNT_BEFORE = /\b(?:first|last|next|other|final|primeros?|ultimos?)\s*$/i;
/** A gap a typed number can have inside it ("555-0134", "555 0134"), as opposed to words or "..." between pieces. */
const PLAIN_GAP = /^[ \t]{0,3}[.\-\/]?[ \t]{0,3}$/;

interface Fragment {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  covered: boolean;
}

/**
 * The pieces as the sender grouped them: fragments apart only by a plain gap ("5 55", "555 01 52")
 * are one piece.
 */
function typedPieces(text: string, parts: readonly Fragment[]): string[] {
  const pieces: string[] = [];
  parts.forEach((f, k) => {
    const prev = parts[k - 1];
    if (prev && prev.end <= f.start && PLAIN_GAP.test(text.slice(prev.end, f.start))) pieces[pieces.length - 1] += f.digits;
    else pieces.push(f.digits);
  });
  return pieces;
}

/** Regions whose mobiles are nine digits with no trunk zero, read in pieces after a phone word. */
const NINE_DIGIT_MOBILE_REGIONS: readonly CountryCode[] = ["ES", "PT", "PL"];
/** A mobile of `NINE_DIGIT_MOBILE_REGIONS` ("612 345 678", "912 345 678", "501 234 567"); the caller asks only of three groups of three, as those regions write one. */
const nineDigitMobile = (digits: string): boolean => digits.length === 9 && NINE_DIGIT_MOBILE_REGIONS.some((region) => lineTypeIn(digits, region) === "MOBILE");

function fragmentsAreAPhone(text: string, parts: readonly Fragment[], cued: boolean): boolean {
  const digits = parts.map((f) => f.digits).join("");
  // A local number in pieces with the 555 exchange ("then 55" / "then 51" / "then 234"); any other
  // seven digits may be the start of a ten-digit number still to come ("88 00 then 123 then 456").
  if (digits.length === 7) return digits.startsWith("555");
  // Nine digits after a phone word: a mobile of a region that dials none of a trunk zero (Spain,
  // Portugal, Poland: "mi móvil empieza por 612, los últimos 345 678").
  if (digits.length === 9 && cued && !parts[0]!.plus) return parts.every((f) => f.digits.length === 3) && nineDigitMobile(digits);
  if (digits.length < 10 || digits.length > 13) return false;
  if (parts[0]!.plus) return internationalVerdict(digits, true, true);
  const r: Run = { groups: parts.map((f) => f.digits), seps: parts.slice(1).map(() => " "), digits, spoken: 0, worded: 0, plus: false };
  const lens = parts.map((f) => f.digits.length);
  // A North American number comes in pieces at its own joints (3-3-4, 3-7, 6-4, 1-3-3-4), or one
  // digit at a time; "600 then 1200 then 600" is an idle reading.
  const ten = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  if (ten.length === 10 && isNanpNumber(ten)) {
    const joints = lens.every((l) => l === 1) || nanpJoints(r) || nanpJoints({ groups: typedPieces(text, parts), digits });
    if (joints && (digits.length === 10 || parts[0]!.digits === "1" || /^1(?:8\d\d)?$/.test(parts[0]!.digits))) return nationalVerdict(r, true);
  }
  if (digits.startsWith("0")) return nationalVerdict(r, true);
  // Without a trunk zero: an Indian mobile (ten digits from 6-9, said in any pieces: "88 00 then
  // 123 then 456"), or a Latin American area code then the rest.
  if (digits.length === 10 && /^[6-9]/.test(digits) && (cued || (lens.length === 2 && lens[0] === 5)) && validIn(digits, "IN")) return true;
  return lens[0] === 2 && (validIn(digits, "BR") || validIn(digits, "MX"));
}

/**
 * A number given in pieces with words between them ("area code is 720. rest is 555 0134",
 * "starts with 832 555 and ends in 0161", or over consecutive messages once they are joined):
 * consecutive digit fragments, in the order written or (after "ends"/"last"/"backwards") reversed,
 * that together make a valid number. Needs a cue word, and at least one fragment not already part
 * of a found number, so a lone number is not re-read as pieces. No piece is taken from inside a
 * code of a shape the message lists more than once, each judged no phone (`listedCodes`: "1x
 * 902-555-014 gasket, 2x 902-555-021 bolts").
 */
function findSplitPhones(text: string, synth: ArrayLike<number>, hits: Hit[], cues: Cues, listedCodes: ReadonlyArray<readonly [number, number]> = []): void {
  // Without a cue word, only pieces with nothing but punctuation between them ("214 ... 555 ... 0155").
  // The cue words' finder walks the text once: its first match answers this, and the rest are read from it on below.
  const findCue = atWords(SPLIT_CUE_WORDS, text)[0]!;
  const firstCue = findCue(0);
  const anyCue = firstCue !== null || text.includes("#");
  if (!anyCue && !/\d[\s.\-\/,;:|()]{4,}\d|\d[.,;]?\n|\+\s?\d|\d[\s\S]*\b\d{3}[\s.-]?\d{4}\b/.test(text)) return;
  const phones = hits.filter((h) => h.kind === "PHONE");
  const frags: Fragment[] = [];
  FRAGMENT.lastIndex = 0;
  for (let m = FRAGMENT.exec(text); m !== null && frags.length < 40; m = FRAGMENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (listedCodes.some(([s, e]) => start >= s && end <= e)) continue;
    const prefix = text.slice(Math.max(0, start - 48), start);
    if (measuredAfter(text.slice(end, end + 16)) || /[$£€¥]\s*$/.test(prefix)) continue;
    // "the next part 555": "part" names a piece of the number here, not a car part.
    // Only a thing named right before the piece ("part 4471", "lot 12"): "the van is in the lot,
    // 555 ..." is a place, said between the pieces of a number.
    // A thing named before the piece, in the same clause ("part # 12345-67890 or 23456-78901"); not
    // one said between the pieces of a number ("the van is in the lot, 555 ...").
    const thing = cues.notPhoneCue(start);
    if (
      thing > cues.phoneCue(start) &&
      !/[,;]/.test(text.slice(thing, start)) &&
      !/\b(?:area|rest|first|last|then|ends?|starts?|(?:first|last|next|mid|middle|second|third|other|final)\s+(?:part|bit|one|half|piece)|middle)\b/i.test(prefix)
    )
      continue;
    // A single digit in a run of spaced digits ("7 1 8 is the area") is a piece, not a count.
    const inSpacedRun = m[0].length === 1 && (/(?<!\d)\d[ \t]$/.test(text.slice(Math.max(0, start - 3), start)) || /^[ \t]\d(?!\d)/.test(text.slice(end, end + 3)));
    if (m[0].length === 1 && !inSpacedRun && (COUNT_AFTER.test(text.slice(end, end + 10)) || COUNT_BEFORE.test(prefix))) continue;
    // "the 801 one", "the other one": a lone spoken "one" is a pronoun, not a digit.
    if (m[0].length === 1 && synth[start] === SPELLED && !synth[start - 2] && !synth[end + 1] && !inSpacedRun) continue;
    if (
      m[0].length <= 2 &&
      (TIME_BEFORE.test(prefix) || TIME_AFTER.test(text.slice(end, end + 10)) || (clockTimePiece(text, start, end) && cues.phoneCue(start, 60) < 0 && !PHONE_WORD_ANYWHERE.test(text)))
    )
      continue;
    const covered = phones.some((h) => h.start <= start && h.end >= end);
    frags.push({ start, end, digits: m[0].replace(/\D/g, ""), plus: m[0].startsWith("+"), covered });
  }
  // Where the cue words are, found once, on the first run of pieces that asks whether one lies near it: most
  // texts' pieces fail the checks before.
  let splitCues: Array<[number, number]> | null = null;
  let reverseCues: Array<[number, number]> | null = null;
  const cueWithin = (ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean => ranges.some(([s, e]) => s >= from && e <= to);
  for (let i = 0; i < frags.length; i++) {
    // The cue must be near the pieces: from a little before the first to the last.
    const from = Math.max(0, frags[i]!.start - 40);
    // The longest run of pieces that makes a number: "0412, then 555, and 042 at the end" is not
    // the 555 0412 its first two pieces make backwards.
    let longest = -1;
    for (let j = i + 1; j < Math.min(frags.length, i + 12); j++) {
      const gap = text.slice(frags[j - 1]!.end, frags[j]!.start);
      if (gap.length > 90) break;
      const parts = frags.slice(i, j + 1);
      const total = parts.reduce((n, f) => n + f.digits.length, 0);
      if (total > 13) break;
      if (parts.every((f) => f.covered)) continue;
      const inWords = parts.slice(1).some((f, k) => !PLAIN_GAP.test(text.slice(parts[k]!.end, f.start)));
      if (!inWords) continue;
      // Nine digits or more, or a local number of seven (fragmentsAreAPhone decides which cuts hold).
      if (total < 7 || total === 8) continue;
      const to = Math.min(text.length, frags[j]!.end + 20);
      const punctuationOnly = parts.slice(1).every((f, k) => !/[a-z]/i.test(text.slice(parts[k]!.end, f.start)));
      const lens = parts.map((f) => f.digits.length).join("-");
      // Without a cue word: pieces apart only by punctuation, a typed "+" country code, or an area
      // code then a local number typed whole ("six one nine ... brakes squealing ... 555 0823").
      const localAfterArea = lens === "3-3-4" && PLAIN_GAP.test(text.slice(parts[1]!.end, parts[2]!.start));
      if (!(punctuationOnly && lens === "3-3-4") && !parts[0]!.plus && !localAfterArea && !cueWithin((splitCues ??= splitCuesIn(text, firstCue, findCue)), from, to)) continue;
      const orders = [parts];
      if (parts.length <= 3 && cueWithin((reverseCues ??= matchRanges(REVERSE_CUE, text)), from, to))
        orders.push(
          [...parts].reverse(),
          ...(parts.length === 3
            ? [
                [parts[1]!, parts[2]!, parts[0]!],
                [parts[2]!, parts[0]!, parts[1]!],
                [parts[1]!, parts[0]!, parts[2]!],
                [parts[0]!, parts[2]!, parts[1]!],
              ]
            : []),
        );
      const cued = cues.phoneCue(parts[0]!.start, 60) >= 0;
      if (orders.some((order) => fragmentsAreAPhone(text, order, cued))) longest = j;
    }
    if (longest > i) {
      for (const f of frags.slice(i, longest + 1)) hits.push({ kind: "PHONE", start: f.start, end: f.end, detail: true });
      i = longest;
    }
  }
}

/**
 * Where the cue words (`SPLIT_CUE_WORD`) and the "#" signs of `text` are, as [start, end), in no particular order:
 * the words from `first` (the first match of `find`, `SPLIT_CUE_WORD`'s finder over `text`) on.
 */
function splitCuesIn(text: string, first: RegExpExecArray | null, find: (from: number) => RegExpExecArray | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let m = first; m !== null; m = find(m.index + m[0].length)) out.push([m.index, m.index + m[0].length]);
  for (let i = text.indexOf("#"); i >= 0; i = text.indexOf("#", i + 1)) out.push([i, i + 1]);
  return out;
}
const REVERSE_CUE = /\b(?:ends?|ending|last|backwards|otra|final|second\s+half|rest|area\s+code)\b/gi;

/** Every match of a global pattern in `text`, as [start, end). */
function matchRanges(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Every phone number of the normalised text, as hits in normalised offsets. */
export function findPhones(text: string, synth: ArrayLike<number>, hits: Hit[]): void {
  const cues = new Cues(text);
  const re = DIGIT_RUN;
  re.lastIndex = 0;
  const found: Array<{ hit: Hit; shape: string; cued: boolean }> = [];
  const rejectedShapes = new Set<string>();
  const rejected: Array<{ start: number; end: number; shape: string }> = [];
  const shapeCount = new Map<string, number>();
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length < MIN_PHONE_DIGITS || (m[0].match(/\d/g)?.length ?? 0) < MIN_PHONE_DIGITS) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const run = m[0].trim();
    const index = m.index + lead;
    const shape = run.replace(/\d/g, "9");
    const cued = cues.phoneCue(index) >= 0;
    const glued = gluedToWord(text, index);
    if (!glued) shapeCount.set(shape, (shapeCount.get(shape) ?? 0) + 1);
    if (looksLikePhone(run, index, text, synth, cues)) {
      // "Order number 07700 900123 shows as dispatched": an order's number told as one, phone words beside it or not.
      if (!orderNumberSaid(text, index, index + run.length, readRun(run, index, synth))) found.push({ hit: { kind: "PHONE", start: index, end: index + run.length, detail: true }, shape, cued });
      continue;
    }
    // "el número de pedido de Amazon es 406-6124783-9512271, es el soporte del móvil": no phone inside an order's number told as one either.
    const inside = phoneInside(run, index, text, synth, cues);
    if (inside && orderNumberSaid(text, index, index + run.length, readRun(run, index, synth))) continue;
    if (inside) found.push({ hit: { kind: "PHONE", start: inside[0], end: inside[1], detail: true }, shape, cued });
    // A run glued to a word that holds no phone ("PN-12345-67890", "Rosa+503-555-0199" read with the
    // "+"): scanned on from its next character, which finds the runs found before glued words were
    // read ("Rosa+" then "503-555-0199"; "PN-12 503 555 0199" then "503 555 0199").
    else if (glued) re.lastIndex = index + 1;
    else if (/\D/.test(shape)) {
      rejectedShapes.add(shape);
      rejected.push({ start: index, end: index + run.length, shape });
    }
  }
  // "the old pump says 0 580 464 070 and the new one is 0 580 464 125": a number grouped exactly like
  // one of the same message judged a part or a reading is another of those, unless a phone cue
  // stands before it.
  for (const f of found) if (f.cued || !rejectedShapes.has(f.shape)) hits.push(f.hit);
  // "1x 902-555-014 gasket, 2x 902-555-021 bolts": codes of one shape listed, each judged no phone;
  // their groups are the codes' pieces, not a number's pieces said apart.
  const listed = rejected.filter((r) => (shapeCount.get(r.shape) ?? 0) >= 2).map((r): [number, number] => [r.start, r.end]);
  findSplitPhones(text, synth, hits, cues, listed);
}

/**
 * A message that ends by naming a thing's identifier, as a label for what comes next: "tracking",
 * "part number:", "the order # is", "my claim ref". Its words are `THING_BEFORE_NUMBER`'s (and
 * "p/n", "s/n", "rma"), maybe followed by "number", "no.", "#", "code" or "id", and "is" or ":".
 */
const THING_LABEL_END = new RegExp(String.raw`(?:^|[^\w/])(?:${[...THING_BEFORE_NUMBER, "p/n", "s/n", "rma"].join("|")})(?:\s+(?:number|num|no\.?|nr|#|code|id))?\s*(?:is|was|[:#=-])?[\s:.]*$`, "i");
/** A thing's label and the first digits of its number, ending the message ("order number 112", "tracking 1Z 999"): the number goes on in the next message. */
const THING_LABEL_STARTED = new RegExp(
  String.raw`(?:^|[^\w/])(?:${[...THING_BEFORE_NUMBER, "p/n", "s/n", "rma"].join("|")})(?:\s+(?:number|num|no\.?|nr|#|code|id))?\s*(?:is|was|[:#=-])?\s*(?<d>(?=[a-z\d .-]*\d)[a-z\d][a-z\d .-]*)$`,
  "i",
);
/**
 * A message that is nothing but an identifier: groups of letters and digits apart only by spaces,
 * dots, dashes or slashes, with a digit, every group holding one but lone letters ("1Z999AA1", "04465",
 * "A 624 390 40 94", "112-4456789").
 */
const BARE_IDENTIFIER = /^(?=[^\d]*\d)\s*#?\s*(?:(?=[a-z]*\d)[a-z\d]+|[a-z])(?:[ .\/-]+(?:(?=[a-z]*\d)[a-z\d]+|[a-z]))*[\s.]*$/i;

/**
 * True when `current`, a bare identifier, goes on from a thing's label sent just before it, maybe
 * through other bare identifiers ("tracking" / "1Z999AA1" / "0123456784", "part number" / "04465"):
 * the number of that thing, not a phone, unless the label's message cues a phone ("text me, order
 * number"). `earlier` is the sender's preceding messages, oldest first.
 */
export function continuesThingLabel(earlier: readonly string[], current: string): boolean {
  const prefixed = CODE_LETTERS_GLUED.test(current);
  if (!BARE_IDENTIFIER.test(prefixed ? current.replace(CODE_LETTERS_GLUED, "") : current)) return false;
  // "1Z999AA1" / "0123456784": a piece of a code that mixes letters and digits goes on that code; so
  // does one with a code's capitals glued on before its digits ("my claim ref" / "CLM-0412-555-873").
  let coded = prefixed || MIXED_CODE.test(current);
  const pieces = [current.trim()];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const text = earlier[i]!;
    if (BARE_IDENTIFIER.test(text)) {
      coded ||= MIXED_CODE.test(text);
      pieces.unshift(text.trim());
      continue;
    }
    if (hasPhoneCue(text)) return false;
    // "order number 112" / "5550147": the number begun under its label goes on here, and is that
    // thing's when all its digits together are no phone ("order number 212" / "5550147" is one).
    const started = THING_LABEL_STARTED.exec(text);
    if (started) {
      const all = [started.groups!["d"]!.trim(), ...pieces];
      return coded || MIXED_CODE.test(all[0]!) || (!typedAsPhone(all.join(" ")) && !piecesFormAPhone(all, false));
    }
    return THING_LABEL_END.test(text) && (coded || !typedAsPhone(current));
  }
  return false;
}

/** A code's capitals glued on before its digits, opening a message ("CLM-0412-555-873", "INV/604-555-0188"). */
const CODE_LETTERS_GLUED = /^\s*#?\s*[A-Z]{2,5}[-\/_.](?=\d)/;
/** A group holding letters and digits both ("1Z999AA1", "A624"): a code, as no phone is written. */
const MIXED_CODE = /(?=[a-z]*\d)(?=\d*[a-z])\b[a-z\d]{2,}\b/i;

/**
 * True when a bare identifier's digits are a phone number as phones are typed: with a "+" or an
 * international prefix and a possible length, a drama or 555 number, or a valid national number
 * grouped as its region writes it (`writtenAsPhone`). A thing's label sent before it ("tracking" /
 * "07700 900123") names none of these: anyone can type a label first.
 */
function typedAsPhone(identifier: string): boolean {
  const r = readRun(identifier.trim(), 0, []);
  if (r.digits.length < MIN_PHONE_DIGITS || r.digits.length > 15) return false;
  const international = /^\s*\+/.test(identifier) ? r.digits : /^(?:00(?!0)|011)/.test(r.digits) ? r.digits.replace(/^(?:00|011)/, "") : null;
  if (international !== null) return readInternational(international)?.possible ?? false;
  return FICTION_RANGE.test(r.digits) || writtenAsPhone(r);
}

/**
 * A phone cue anywhere in `text` (a word of `PHONE_CUE_WORDS` not naming a thing's number, or "area
 * code", "hit me", "my #"). Read without accents, as the cue words are listed: a burst's messages
 * come here as typed ("mi número es", "mój telefon"), and "número" split at the "ú" names nothing.
 */
export function hasPhoneCue(text: string): boolean {
  const words = blankThingsPhoneWords(foldAccents(text)).split(/[^a-z#]+/);
  for (let i = 0; i < words.length; i++) {
    if (isPhoneCueWord(words[i]!, words[i - 1] ?? "") && !namesAThingAfter(words, i)) return true;
  }
  PHONE_CUE_PHRASES.lastIndex = 0;
  PHONE_CUE_SCRIPT.lastIndex = 0;
  return PHONE_CUE_PHRASES.test(text) || PHONE_CUE_SCRIPT.test(text);
}

/**
 * "número de pedido", "numero do pedido", "numéro de série": in the marketplace's other languages a
 * thing's number names the thing after the word, not before it as "order number" does in English
 * (the languages read since round 25 name it so too: `NUMBER_NAMES_A_THING`).
 */
function namesAThingAfter(words: readonly string[], i: number): boolean {
  return NUMBER_WORD.test(words[i]!) && /^(?:de|do|da|del|di|du)$/.test(words[i + 1] ?? "") && THING_AFTER_NUMBER.has(words[i + 2] ?? "");
}
const NUMBER_WORD = /^(?:numero|nummer|num)$/;
/** Things whose numbers a customer reads out in pieces: orders, serials, frames (VIN), parts, invoices, bookings, tracking, policies, customers. */
const THING_AFTER_NUMBER = new Set(
  "pedido pedidos orden serie bastidor chasis chassi referencia factura fatura facture fattura pieza peca piece pezzo reserva reservation prenotazione seguimiento rastreio suivi commande ordine poliza apolice polizza cliente client cuenta conta compte conto motor moteur motore siniestro sinistro reclamation reclamacion reclamacao reclamo dossier expediente protocolo protocollo lote lotto".split(
    " ",
  ),
);

/**
 * Pieces that are each four digits led by a zero ("0420" / "0171" / "0300"): generic OBD-II fault codes (P0420) given without
 * their letter, one after the other, not a number's groups (round 51). A number cut into fours never starts a later group on
 * a zero in North America (no area code or exchange does), nor after a trunk zero where its area code is cut off (a local
 * number opens on 2-9 in the UK, Germany, Australia): the 8 or 12 digits libphonenumber still calls a German or Italian
 * landline are codes. Only without a phone word in the burst ("my number" / "0420" / "0171" still joins).
 */
function areZeroLedCodes(groups: readonly string[]): boolean {
  return groups.every((g) => /^0\d{3}$/.test(g));
}

/**
 * True when pieces of a number, in the order given (each as typed: "303 555", "0178"), make one
 * phone number cut where people cut one: a North American number at the area code, the exchange
 * or inside the line; a number with a typed "+" or a trunk zero in pieces of two digits or more;
 * any other shape only with a phone cue, and (`anyRegion`, the pieces one phone of their joined
 * text after a phone word) as a mobile of any region. Used for numbers sent over several messages,
 * where innocent readings ("mileage 128", "450 for the pads") must not join.
 */
export function piecesFormAPhone(pieces: readonly string[], cued: boolean, anyCut = false, inLine = false, anyRegion = false): boolean {
  const groups = pieces.map((p) => p.replace(/\D/g, "")).filter((g) => g.length > 0);
  const digits = groups.join("");
  if (digits.length < MIN_PHONE_DIGITS || digits.length > 15 || groups.length < 2) return false;
  if (!cued && areZeroLedCodes(groups)) return false;
  if (/^\s*\(?\s*\+/.test(pieces[0] ?? "")) return internationalVerdict(digits, cued, true, true);
  const r: Run = { groups, seps: groups.slice(1).map(() => " "), digits, spoken: 0, worded: 0, plus: false };
  // A local number: cut after its exchange after a cue, or, announced in pieces, cut anywhere when
  // its exchange is 555 ("then 55" / "then 51" / "then 234").
  if (digits.length === 7) {
    const atExchange = groups.map((g) => g.length).join("-") === "3-4";
    return /^[2-9]/.test(digits) && ((cued && atExchange) || ((cued || anyCut) && digits.startsWith("555")));
  }
  // Across messages without a cue, only at the area code and the exchange ("303 555" / "0178"),
  // or (`inLine`, messages that are nothing but digits) also inside the line.
  if (anyCut || nanpJoints(r, inLine)) {
    const ten = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
    if (ten.length === 10 && isNanpNumber(ten)) return nationalVerdict(r, true);
  }
  if (digits.startsWith("0") && (anyCut || groups.every((g) => g.length >= 2))) return nationalVerdict(r, true);
  // Announced as sent in pieces ("i'll send it in bits" / "98450" / "12345"): read as after a cue;
  // `anyRegion` (a phone word in the messages and the pieces one run of their joined text, judged a
  // phone there, `mobileBesideCue`): a mobile of any region ("zadzwoń: 501" / "234" / "567").
  // After a phone word, nine digits that are a mobile of a region dialling no trunk zero ("mój telefon: 501" / "reszta 234 567").
  return (
    (cued || anyCut) &&
    (nationalVerdict(r, true) || (cued && pieces.every((p) => /^\D*\d{3}(?:\D+\d{3})*\D*$/.test(p)) && nineDigitMobile(digits)) || (anyRegion && digits.length >= 8 && mobileRegionOf(digits) !== null))
  );
}
