/**
 * The full name of the writer or of someone of their party, framed so that the reader could ask
 * for them, make a document out to them or look them up (issue 13, round 32: the product owner's
 * decision that such a name is a contact detail, with or without a place or a "find me"). phrases.ts
 * reads the English introductions, signatures and labels, introductions-abroad.ts those of the
 * other languages; here are the frames neither reads, alike in every language:
 *
 *   TITLED    a title, then a given and a family name: "Mrs. Eleanor Pham", "Mr Desmond O'Rourke
 *             will collect it", "Fr. Seamus O'Dwyer here", "Ing. Petr Dvořák, Kolín", "Herr Jonas
 *             Weber", "Sra. Lucía Gómez", "Dott.ssa Chiara Ferri", "Pani Agnieszka Nowak", "Pak Budi
 *             Santoso", when it signs or a frame makes it the sender's party (`ofTheParty`). A title and
 *             a surname alone ("Mr. Patel was helpful") is no full name; after a
 *             greeting, thanks or a salutation ("Dear Mrs Eleanor Pham", "Hallo Herr Jonas Weber") it
 *             names the reader, who knows it; beside a video or a book it is an author; "Sir" is left
 *             out (knights are public figures: "Sir Stirling Moss").
 *   MADE OUT  the name a document or a payment is made out to, in the other languages: "a nombre de",
 *             "au nom de", "em nome de", "a nome di", "intestata a", "op naam van", "ten name van",
 *             "atas nama", "na nazwisko", "auf den Namen", "Rechnung auf X", "wystawić na X",
 *             "pe naam X", "X adına"; and the English "sign the report as X".
 *   SPELLED   a name spelled out letter by letter ("J-O-S-H  H-A-L-V-O-R-S-E-N"), which the normaliser
 *             closes up into capitals: the whole message, opening on a common first name, or any
 *             capitals the sender then says are them ("K-O-F-I  A-S-A-N-T-E, that's me").
 *   SENT TO   someone the reader is sent to or who did the work: "the guy you want is Frank DiMarco",
 *             "the diag was done by Bobby Ray Jenkins", "el que buscas es ...", "fait par ...".
 *   SIGNING   a full name "signing off": "Service advisor Oluwaseun Adebayo-Williams signing off".
 *   LABELLED  the family name and the given name said by their labels in the other languages ("mi
 *             apellido es Echeverría" and "me llamo Nicolás", "Nachname ist Müller-Lüdenscheidt ...
 *             Vorname Klaus", "il cognome è Lo Cascio ... Nome Salvatore"): each part masked when both
 *             are given, as the English "first name ..., last name ..." rule reads them.
 *
 * Every name passes the tests the other name rules use (`ownNameIsPlausible`: no make, brand,
 * business, everyday or greeting word; `nameWordsAbroad`: no weekday or trade of those languages),
 * and none is read under a negation.
 */
import { after, before, caseless, groupSpan, type Pattern, sentenceText } from "./context.ts";
import { NAME_ABROAD, nameWordsAbroad, plausibleInAnyScript, said, WORD_ABROAD } from "./introductions-abroad.ts";
import { BUSINESS_WORD, DEPARTMENT, lowerCaseFullName, NAME_END, ownNameIsPlausible, PUBLIC_WORK, RETOLD_SIGN_OFF, SALUTATION } from "./phrases.ts";
import { CAR_MAKES, isEnglishWord, isFirstName, THANKS_AND_GREETINGS } from "./vocabulary.ts";

/** Titles written in any case ("mr", "Dr.", "HERR"), as normalised (accents dropped). */
const TITLE_ANY_CASE = String.raw`mrs?|ms|mx|drs?|dra|rev|revd|prof|ing|engr|lic|lcd[oa]|herr|frau|sra|srta|mme|mlle|dott(?:\.?ssa)?|dhr|mevr|sig(?:\.?r?a)?|avv|mgr|bapak|sayin`;
/** Titles that are everyday words in lower case ("don", "pan", "bay", "miss"): only capitalised. */
const TITLE_CAPITALISED = String.raw`Miss|Fr|Father|Pastor|Sr|Senora?|Don|Dona|Madame|Monsieur|M(?=\.)|Pan|Pani|Bay|Bayan|Pak|Ibu|Bu|Signora?|Mevrouw|Meneer`;
/** The titles as `wordsOf` splits them: the titled rules' word test. */
const TITLED_WORDS =
  "mr mrs ms mx dr drs dra rev revd prof ing engr lic lcdo lcda herr frau sra srta mme mlle dott dottssa dhr mevr sig sigra sigr avv mgr bapak sayin miss fr father pastor sr senor senora don dona madame monsieur m pan pani bay bayan pak ibu bu signor signora mevrouw meneer".split(
    " ",
  );
/** A title, its full stop, then the name. */
const TITLE = String.raw`(?:${caseless(`(?:${TITLE_ANY_CASE})`)}|${TITLE_CAPITALISED})\.?`;

/** A greeting, thanks or salutation right before the title: the one written to ("Dear Mrs ...", "Sehr geehrter Herr ..."). */
const ADDRESSED =
  /(?:^|[^\p{L}])(?:dear(?:est)?|thank\s+you|geehrte[rs]?|estimad[oa]s?|querid[oa]s?|cher|chere|gentile|egregi[oa]|prezad[oa]|szanown[ay]|geachte|beste|caro|cara|good\s+(?:morning|afternoon|evening)|buon(?:giorno|asera)|bonjour|bonsoir|buen(?:os|as)\s+(?:dias|tardes|noches)|buenas|bom\s+dia|boa\s+(?:tarde|noite)|guten\s+(?:tag|morgen|abend)|moin|gruezi|goede(?:morgen|middag|navond)|dzien\s+dobry|dobry\s+den|merhaba|selamat\s+\p{L}+)\s*,?\s*$/iu;

/** A person's name on one line (the next line is a form's next field: "Pastor Mike\nProblem description"), no firm, department, make or weekday: the other rules' tests. */
const personNamed = (n: string): boolean => !n.includes("\n") && plausibleInAnyScript(n) && nameWordsAbroad(n) && !DEPARTMENT.test(n) && !BUSINESS_WORD.test(n);

/** Not the reader greeted or thanked by the name: the word before is no greeting, thanks or salutation. */
function notAddressed(text: string, m: RegExpExecArray): boolean {
  const head = before(text, m, 40);
  const last = /([\p{L}]+)[\s,!]*$/u.exec(head)?.[1]?.toLowerCase() ?? "";
  return !THANKS_AND_GREETINGS.has(last) && !SALUTATION.test(last) && !ADDRESSED.test(head);
}

/**
 * What makes a titled name the sender's or their party's rather than someone spoken of ("my son's
 * teacher, Mrs. Jane Holloway, recommended you", "Dr. Eleanor Fairweather at the hospital told me",
 * "it's Father Ted Crilly on the telly" stay innocent, as round 22 set them):
 *   SIGNED  it stands alone on its line, or after a sign-off, and ends the line or goes on after a
 *           comma ("Regards\nIng. Petr Dvořák, Kolín", "Cordialement, M. Jean-Pierre Lefèvre");
 *   BEFORE  the sender introduces it or labels it as the owner, the contact or the one to ask for
 *           ("I am Engr. Babatunde Fashola", "owner is Mrs. Eleanor Pham", "hand the keys to Mrs ...");
 *   AFTER   it is "here", "speaking", or comes for the car: collects, picks up, brings it, pays, on
 *           the sender's behalf, in any of the languages ("holt den Wagen ab", "passera chercher",
 *           "pasará a recoger", "ritira", "odbierze", "vai buscar", "haalt ... op", "alacak").
 */
const SIGN_OFF_LEAD =
  /^[ \t]*(?:(?:(?:kind|best|warm|many)\s+)?regards|cheers|thanks|thank\s+you|best(?:\s+wishes)?|sincerely|respectfully|yours(?:\s+\w+)?|yrs(?:\s+\w+)?|cordialement|salutations(?:\s+distinguees)?|saludos(?:\s+cordiales)?|atentamente|atenciosamente|cumprimentos|abracos|(?:met\s+)?(?:vriendelijke\s+)?groet(?:en)?|mit\s+freundlichen\s+gru(?:ss|ß)en|(?:viele|liebe|beste|freundliche)\s+gru(?:ss|ß)e|gru(?:ss|ß)e|(?:cordiali|distinti)\s+saluti|pozdrawiam|s\s+pozdravem|hilsen|saygilarimla)?[ \t]*[,:!.]?[ \t]*$/i;
const PARTY_BEFORE =
  /\b(?:owner|keeper|contact|customer|client|collector|name|i\s+am|i['’]?m|this\s+is|(?:keys?|car|vehicle|van|truck)\s+(?:over\s+)?to|ask\s+for|(?:it['’]?s|it\s+is|booked|(?:the\s+)?(?:booking|job|order|parts?)(?:\s+(?:is|are))?)\s+for|speak\s+(?:to|with)|propri[eé]taire|propietari[oa]|propriet[aá]ri[oa]|due[nñ]o|dono|besitzer(?:in)?|halter(?:in)?|eigenaar|w[lł]a[sś]ciciel(?:ka)?|sahibi)\s*(?:is|es|est|ist|e|è|é|:|-|,)?\s*$/i;
const PARTY_AFTER = new RegExp(
  String.raw`^\s*(?:here\b|speaking\b|signing\s+off|on\s+(?:my|our)\s+behalf|,?\s*(?:the\s+)?(?:owner|registered\s+keeper)\b|,?\s*(?:she|he)['’]?s\s+(?:collecting|picking|dropping|bringing|coming|paying|the\s+owner)|(?:will|['’]ll|is\s+going\s+to|can)\s+(?:collect|pick|drop|bring|come|be\s+(?:there|collecting|picking)|pay|sign|meet)|is\s+(?:collecting|picking|dropping|bringing|coming|paying)|(?:holt|bringt|kommt|zahlt|passera|viendra|recoger[aá]|pasar[aá]|vendr[aá]|ritira|passer[aà]|verr[aà]|odbierze|przyjedzie|vai\s+buscar|vem\s+buscar|haalt|brengt|komt|alacak|gelecek|akan\s+(?:ambil|datang))\b)`,
  "i",
);

/** The titled name stands as a signature, or a frame of the sender's party is around it (see above). */
function ofTheParty(text: string, m: RegExpExecArray): boolean {
  const line = before(text, m, 80).split("\n").pop()!;
  const rest = after(text, m, 60);
  // The sign-off may follow a sentence on its line: "Quedo atento. Saludos cordiales, Ing. ...".
  const signed = SIGN_OFF_LEAD.test(line.split(/[.!?]\s/).pop()!) && /^(?:[ \t]*[.!]?[ \t]*(?:\n|$)|[ \t]*,)/.test(rest) && !RETOLD_SIGN_OFF.test(before(text, m, 80));
  return signed || PARTY_BEFORE.test(line) || PARTY_AFTER.test(rest);
}

/** A title written in lower case and a name in lower case ("mrs margaret o'brien"): the same frames, a name `lowerCaseFullName` reads. */
const TITLED_LOWER: Pattern = {
  kind: "FULL_NAME",
  re: /(?<![\p{L}'’.])(?<t>(?:mrs?|ms|mx|dr|miss)\.?)\s+(?<n>[a-z][a-z'’-]+\s+[a-z][a-z'’-]+)(?![\p{L}'’-])/dgu,
  accept: (m, text) => lowerCaseFullName(m.groups?.n ?? "") && notAddressed(text, m) && said(m, text) && ofTheParty(text, m),
  span: (m) => groupSpan(m, "n"),
  words: ["mr", "mrs", "ms", "mx", "dr", "miss"],
};

/**
 * A titled surname and the firm named after it, the reader sent to ask for them there: "Mr. Okafor at Okafor Autos will take
 * care of you, ask for him", or the firm first, "go to Patel Motors and ask for Mr Patel" (round 51, at most 60 characters of
 * the sentence between). The firm says where to find the person, so the surname and the firm are a lead as a full name is:
 * both hidden, with what stands between them.
 */
const TITLED_AT_FIRM: Pattern = {
  kind: "FULL_NAME",
  re: new RegExp(
    String.raw`(?<![\p{L}'’.])(?:${TITLE})\s+(?<s>${WORD_ABROAD})\s+(?:at|from|of)\s+(?<f>\k<s>['’]?s?(?:\s+${WORD_ABROAD}){1,3})|(?<![\p{L}'’.])(?<firm>(?<surname>${WORD_ABROAD})['’]?s?(?:\s+${WORD_ABROAD}){1,3})(?![\p{L}'’-])[^.!?\n]{1,60}?(?<![\p{L}'’.])(?:${TITLE})\s+\k<surname>(?![\p{L}'’-])`,
    "dgu",
  ),
  accept: (m, text) => BUSINESS_WORD.test(m.groups?.["f"] ?? m.groups?.["firm"] ?? "") && ASKED_FOR.test(sentenceText(text, m)) && said(m, text),
  span: (m) => [m.index, m.index + m[0].length],
  words: TITLED_WORDS,
};
/** The reader sent to the person: "ask for him", "speak to him", "he'll take care of you", "will sort you out". */
const ASKED_FOR = /\b(?:ask\s+for|speak\s+(?:to|with)|talk\s+to|mention\s+my\s+name)\b|\b(?:take\s+care\s+of|look\s+after|sort)\s+(?:you|u)\b/i;

const TITLED: Pattern = {
  kind: "FULL_NAME",
  re: new RegExp(String.raw`(?<![\p{L}'’.])(?<t>${TITLE})\s+(?<n>${NAME_ABROAD})${NAME_END}`, "gdu"),
  accept: (m, text) => {
    const n = m.groups?.n ?? "";
    // "Dr. Ferdinand Porsche": a make named after its founder.
    if (n.split(/\s+/).some((w) => CAR_MAKES.has(w.toLowerCase()))) return false;
    if (!personNamed(n) || !notAddressed(text, m) || !said(m, text) || !ofTheParty(text, m)) return false;
    // "the video from Dr. Gregory Hale", "Prof. Ann Shaw's book": the author of public work.
    return !PUBLIC_WORK.test(before(text, m, 80) + " " + after(text, m, 40));
  },
  span: (m) => groupSpan(m, "n"),
  words: TITLED_WORDS,
};

/**
 * The frames of a document or payment made out to a name, in the other languages, ending right
 * before the name (a title may follow: "au nom de Mme Hélène Dubois-Marchand").
 */
const MADE_OUT_TO = String.raw`a\s+nombre\s+de(?:l)?|au\s+nom\s+d[eu]|(?:em|no|na)\s+nome\s+d[eoa]s?|a\s+nome\s+d[il]|intestat[aoei]\s+a|op\s+naam\s+van|ten\s+name\s+van|atas\s+nama|na\s+nazwisko|auf\s+den\s+namen|(?:rechnung|quittung|beleg)\s+(?:bitte\s+)?(?:auf|an)|wystawi[cćl]\w*\s+na|(?:pe|par|mein|me)\s+naam|sign\s+(?:it|(?:the|my|this|that|your|our)(?:\s+[a-z]+){1,2})\s+(?:off\s+)?as`;

const MADE_OUT: Pattern = {
  kind: "FULL_NAME", // "Mettez la facture au nom de Marie-Ève Gagnon", "la factura a nombre de Jorge Iván Restrepo", "sign the report as Kavya Iyer"
  re: new RegExp(String.raw`(?<![\p{L}'’])${caseless(`(?:${MADE_OUT_TO})`)}\s*:?\s+(?:${TITLE}\s+)?(?<n>${NAME_ABROAD})(?![\p{L}'’-])`, "gdu"),
  accept: (m, text) => personNamed(m.groups?.n ?? "") && !firmAfter(text, m) && said(m, text),
  span: (m) => groupSpan(m, "n"),
  words: "nombre nom nome intestata intestato intestate intestati naam name nama nazwisko namen rechnung quittung beleg wystawic wystawić wystawil wystawiona sign".split(" "),
};

/** A person at a firm after the name ("au nom de Jean Martin de Martin Transports"): the firm is invoiced. */
const firmAfter = (text: string, m: RegExpExecArray): boolean => BUSINESS_WORD.test(after(text, m, 30).split(/[,.;\n]/)[0] ?? "");

const MADE_OUT_AFTER: Pattern = {
  kind: "FULL_NAME", // Turkish puts the frame after the name: "faturayı Ayşe Karaoğlu adına kesin", "Mehmet Yılmaz adına kayıtlı"
  re: new RegExp(String.raw`(?<![\p{L}'’])(?<n>${NAME_ABROAD})\s+${caseless("(?:ad[iı]na|namens)")}(?![\p{L}])`, "gdu"),
  accept: (m, text) => personNamed(m.groups?.n ?? "") && said(m, text),
  span: (m) => groupSpan(m, "n"),
  words: ["adina", "adına", "namens"],
};

/** A word of capitals, as the normaliser closes up a name spelled letter by letter. */
const CAPS_WORD = String.raw`[A-Z]{2,}(?:-[A-Z]{2,})?`;
/** The sender says the spelled name is theirs: "that's me", "c'est moi", "soy yo", "das bin ich". */
const THATS_ME = String.raw`that['’]?s\s+(?:me|my\s+(?:full\s+)?name)|thats\s+me|it['’]?s\s+me|c['’]?est\s+moi|soy\s+yo|sou\s+eu|das\s+bin\s+ich|sono\s+io|dat\s+ben\s+ik|to\s+ja`;

const SPELLED: Pattern = {
  kind: "FULL_NAME", // "J-O-S-H  H-A-L-V-O-R-S-E-N" (the whole message), "K-O-F-I  A-S-A-N-T-E, that's me"
  re: new RegExp(String.raw`^\s*(?<n>${CAPS_WORD}(?:\s+${CAPS_WORD}){1,2})\s*(?:[.!]?\s*$|[,.:;—–-]?\s*(?<me>${caseless(`(?:${THATS_ME})`)})\b)`, "gd"),
  accept: (m) => {
    const words = (m.groups?.n ?? "").split(/\s+/);
    const spelledName = words.every((w) => !isEnglishWord(w.toLowerCase()) || isFirstName(w)) && !words.some((w) => CAR_MAKES.has(w.toLowerCase()));
    if (!spelledName || BUSINESS_WORD.test(m.groups?.n ?? "")) return false;
    // Said to be the sender's, capitals of no English word are a name ("ASANTE" is a thanks too, and a surname).
    if (m.groups?.["me"] !== undefined) return true;
    // Alone, they are one when they open on a common first name and end on no English word ("JOSH HALVORSEN", not "CHECK ENGINE").
    return ownNameIsPlausible(words.join(" ")) && isFirstName(words[0]!) && !isEnglishWord(words[words.length - 1]!.toLowerCase());
  },
  span: (m) => groupSpan(m, "n"),
  // Only a message opening on two capitals can match: a one-position test shuts the rule for every other.
  gate: /^\s*[A-Z]{2}/,
};

/** Labels of the family name in the other languages, with what joins them to it ("es", "ist", ":", "c'est"). */
const FAMILY_LABEL = String.raw`(?:(?:mi|el|o\s+meu|meu|o|mon|le|il|mein|der|mijn|de|moje)\s+)?(?:apellidos?|sobrenome|apelido|nom\s+de\s+famille|nachname|familienname|cognome|achternaam|nazwisko|soyad[iı]m?)`;
/** Labels of the given name in those languages ("nombre", "prénom", "Vorname", "Nome", "voornaam", "imię", "adım"). */
const GIVEN_LABEL = String.raw`(?:(?:mi|el|o\s+meu|meu|o|mon|le|il|mein|der|mijn|de|moje)\s+)?(?:nombre|nome|pr[eé]nom|vorname|voornaam|imi[eę]|ad[iı]m?)`;
/** What joins a label to its name. */
const LABEL_JOIN = String.raw`\s*(?:(?:es|est|c['’]?est|ist|lautet|è|e|é|is|to)\s+|[:=-]\s*|\s)`;
/** An introduction giving the first name alone ("me llamo Nicolás", "mera naam Anil hai"). */
const FIRST_NAME_INTRODUCED = new RegExp(
  String.raw`${caseless(String.raw`(?:me\s+llamo|je\s+m['’]?appelle|ich\s+hei(?:ss|ß)e|mi\s+chiamo|me\s+chamo|ik\s+heet|nazywam\s+si[eę]|mera\s+naam|my\s+name['’]?s|my\s+name\s+is|${GIVEN_LABEL})${LABEL_JOIN}`)}\s*${WORD_ABROAD}`,
  "u",
);
/** A family name's label with its joining word, anywhere in the text. */
const FAMILY_GIVEN = new RegExp(String.raw`(?<![\p{L}])${caseless(FAMILY_LABEL + LABEL_JOIN)}`, "u");

/** The family name: capitalised, or opening on a lower-case particle ("de Villeneuve", "Lo Cascio", "De Vries-Bakker"). */
const FAMILY_PARTICLE = caseless("(?:de|del|da|do|dos|di|du|van|von|der|den|la|le|lo|el)");
const FAMILY_NAME = String.raw`(?:${FAMILY_PARTICLE}\s+)*${WORD_ABROAD}(?:\s+(?:${FAMILY_PARTICLE}\s+)*${WORD_ABROAD})?`;

const LABELLED: Pattern[] = [
  {
    kind: "FULL_NAME", // "mi apellido es Echeverría", "Nachname ist Müller-Lüdenscheidt", "Il cognome è Lo Cascio", "soyadım Çelikkaya"
    re: new RegExp(String.raw`(?<![\p{L}])${caseless(FAMILY_LABEL)}${caseless(LABEL_JOIN)}\s*(?<n>${FAMILY_NAME})(?![\p{L}'’-])`, "gdu"),
    accept: (m, text) => nameWordsAbroad(m.groups?.n ?? "") && FIRST_NAME_INTRODUCED.test(text) && said(m, text),
    span: (m) => groupSpan(m, "n"),
    words: "apellido apellidos sobrenome apelido nom nachname familienname cognome achternaam nazwisko soyadim soyadı soyad soyadi".split(" "),
  },
  {
    kind: "FULL_NAME", // the given name beside it: "Vorname Klaus", "Nome Salvatore", "prénom Arnaud", "adım Burak"
    re: new RegExp(String.raw`(?<![\p{L}])${caseless(GIVEN_LABEL)}${caseless(LABEL_JOIN)}\s*(?<n>${WORD_ABROAD})(?![\p{L}'’-])`, "gdu"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return nameWordsAbroad(n) && (!isEnglishWord(n) || isFirstName(n)) && FAMILY_GIVEN.test(text) && said(m, text);
    },
    span: (m) => groupSpan(m, "n"),
    words: "nombre nome prenom prénom vorname voornaam imie imię adim adım ad".split(" "),
  },
];

/**
 * Someone the reader is sent to by name: "the guy you want is Frank DiMarco", "the diag was done by Bobby
 * Ray Jenkins", "el que buscas es ...", "celui qu'il vous faut, c'est ...", "fait par", "gemacht von".
 * Signed by ("the claim form was signed by Dr. Ahmed Raza") is a document's author, no lead.
 */
const SENT_TO = String.raw`(?:guy|man|woman|lady|person|one|bloke|fella|chap)\s+(?:you\s+(?:want|need)|to\s+(?:see|ask))\s+(?:is|=|:|,)?|(?:done|did|fixed|checked|inspected|diagnosed|serviced|repaired)\s+by|(?:el|la)\s+que\s+(?:buscas|necesitas|busca|necesita)\s+es|(?:hecho|hecha|revisado|reparado)\s+por|(?:o|a)\s+(?:cara|pessoa)\s+que\s+(?:voce|vc)\s+(?:procura|precisa)\s+e|(?:feito|feita|revisado|consertado)\s+por|(?:celui|celle)\s+qu['’]il\s+(?:te|vous)\s+faut\s*,?\s*(?:c['’]est|est)|(?:fait|faite|repare|reparee|verifie)\s+par|(?:gemacht|erledigt|repariert|gepruft|geprueft)\s+von|(?:fatto|fatta|riparato|controllato)\s+da`;

/** The words of `SENT_TO`'s "done by" and its other languages, as `wordsOf` splits them: its word test. */
const DONE = "done did fixed checked inspected diagnosed serviced repaired".split(" ");
const DONE_ABROAD = "hecho hecha revisado reparado feito feita consertado fait faite repare reparee verifie gemacht erledigt repariert gepruft geprueft fatto fatta riparato controllato".split(" ");

const SENT_TO_NAME: Pattern = {
  kind: "FULL_NAME",
  re: new RegExp(String.raw`(?<![\p{L}])${caseless(`(?:${SENT_TO})`)}\s*(?:${TITLE}\s+)?(?<n>${NAME_ABROAD})${NAME_END}`, "gdu"),
  accept: (m, text) => {
    const n = m.groups?.n ?? "";
    if (n.split(/\s+/).some((w) => CAR_MAKES.has(w.toLowerCase())) || !personNamed(n) || !said(m, text)) return false;
    // "the tutorial was done by Eric Obrien": the author of public work.
    return !PUBLIC_WORK.test(before(text, m, 80) + " " + after(text, m, 40));
  },
  span: (m) => groupSpan(m, "n"),
  wordTest: (w) =>
    (w.has("by") && DONE.some((d) => w.has(d))) ||
    (["want", "need", "see", "ask"].some((v) => w.has(v)) && ["guy", "man", "woman", "lady", "person", "one", "bloke", "fella", "chap"].some((p) => w.has(p))) ||
    (w.has("que") && ["buscas", "necesitas", "busca", "necesita"].some((v) => w.has(v))) ||
    (["cara", "pessoa"].some((p) => w.has(p)) && ["procura", "precisa"].some((v) => w.has(v))) ||
    w.has("faut") ||
    (["por", "par", "von", "da"].some((v) => w.has(v)) && DONE_ABROAD.some((d) => w.has(d))),
};

const SIGNING_OFF: Pattern = {
  kind: "FULL_NAME", // "Service advisor Oluwaseun Adebayo-Williams signing off": a signature said in words, anywhere in the message
  re: new RegExp(String.raw`(?<![\p{L}'’])(?<n>${NAME_ABROAD})[ \t,]+${caseless("signing\\s+off")}\b`, "gdu"),
  accept: (m, text) => personNamed(m.groups?.n ?? "") && said(m, text),
  span: (m) => groupSpan(m, "n"),
  words: ["signing"],
};

export const PARTY_NAME_PATTERNS: Pattern[] = [TITLED, TITLED_LOWER, TITLED_AT_FIRM, MADE_OUT, MADE_OUT_AFTER, SENT_TO_NAME, SPELLED, SIGNING_OFF, ...LABELLED];
