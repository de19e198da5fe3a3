/**
 * A business or a person to be looked up by name, or an account described instead of named
 * (issue 13, round 30: "nothing a mechanic/workshop writes can carry a customer off the
 * platform"). phrases.ts reads the English look-ups ("find my shop on google", "search Bryce
 * Holloway mechanic on fb") and a few Spanish, Portuguese, French and Italian ones; round 29's
 * reviews found the rest of the marketplace's languages let through, and English accounts pointed
 * at without the app's name. Two families:
 *
 *   ABROAD     a look-up verb of any of the marketplace's languages (cari, arat, caută, ابحث,
 *              busca, procura, cherchez, such, cerca, wyszukaj, keress, search karo, hanapin,
 *              tìm), a site (Google, Google Maps, Facebook, Instagram, the directories) and a
 *              name in one clause, in any order the language puts them: "Cari saja Bengkel Budi
 *              Jaya di Google Maps", "Google'da Mehmet Oto Tamir diye arat", "hanapin mo sa FB
 *              ang Mang Jose Auto Repair", "ابحث عن ورشة محمد للسيارات في قوقل ماب". The name is
 *              the detail (masked), reported with the request as the English look-ups are.
 *   DESCRIBED  an English account given without the app's name: a coined name to search with a
 *              cue of an app around it ("search carfixdan, add me", "look for revsbyryan, the one
 *              with the camera logo"), a username said to be elsewhere ("username: carfixdan, not
 *              on here"), an app told by its look ("same name on the bird app: gazfixes"), or the
 *              handle said to be a name the reader already knows ("my Insta is the name of this
 *              garage", "my other app is the green one ..., same name as here").
 *   DESCRIBED SELF  (round 32) the writer found without a name to type: a description that picks
 *              out one trader, the writer said to be it ("look up the only mobile tyre guy in
 *              Bendigo, thats me", "somos el único taller Subaru en Sevilla, nos encontrarás en
 *              Google"), the name on the writer's van, an account said to be in a bio or a
 *              signature elsewhere or under a legal name ("Look me up on the BBB site, I'm under my
 *              legal name"), a username labelled abroad ("gebruikersnaam AutoJoost"), a social site
 *              opening a sentence then the name ("linkedin, Priya Raman, ..., connect there"), and
 *              "my garage is on Google Maps, NAME". ABROAD also reads quoted search words ("procura
 *              no google 'auto elétrica do marcão'"), a name in the clause after the site, and
 *              the sender as the one searched for ("search mo ko", "das bin ich").
 *
 * A name is capitalised words with a trade word in them ("Bengkel", "Oto", "Service", "ورشة") or
 * a contact cue in the sentence ("telepon", "sunați", "اتصل"): information searched ("cari di
 * Google harga kampas rem", "Google'da arattım, sensör arızası diyor") has neither, and the
 * sender's own past search ("busqué", "j'ai cherché", "saya cari") has no imperative verb. A
 * fact looked up about a place (its address, hours or reviews: the booked workshop found on a map)
 * and a make's page ("Honda Service Manual") are no look-up unless the reader is also sent there.
 * Negations of each language ("jangan", "nie", "nu", "huwag", "don't") keep a warning innocent.
 */
import { after, groupSpan, negatedBefore, type Pattern, sentenceAt, sentencesFrom } from "./context.ts";
import { skeletonAlternation } from "./normalise.ts";
import { greekWords, negatedAbroad } from "./other-languages.ts";
import { FOUND_THERE, live, reachThere } from "./phrases.ts";
import { accountName, CHANNEL_NAMES, GOOGLE_SITE } from "./social.ts";
import { sameNameOfSomeoneElse, SENDER_THERE } from "./someone-elses-name.ts";

const REQUEST = "OFF_PLATFORM_REQUEST" as const;

/** Letters and digits either side of a word, in any script (Arabic has no `\b`). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** The sites written in Arabic script, as the normaliser hands them on ("قوقل ماب", "فيسبوك"). */
const ARABIC_SITES = skeletonAlternation([
  "قوقل ماب",
  "قوقل مابس",
  "جوجل ماب",
  "جوجل مابس",
  "غوغل ماب",
  "خرائط قوقل",
  "خرائط جوجل",
  "قوقل",
  "جوجل",
  "غوغل",
  "فيسبوك",
  "فيس بوك",
  "الفيس",
  "انستقرام",
  "انستغرام",
  "انستا",
  "تيك توك",
]);

/**
 * A site a business is looked up on abroad (Google, its maps, Facebook, Instagram, TikTok, Yelp,
 * the directories), with the case endings Turkish and Hungarian put on it ("Google'da",
 * "Facebook'ta", "Google Haritalar'da", "Google-ön", "Facebookon") and Polish ("na Facebooku").
 */
const SITE_SOURCE = String.raw`${START}(?:(?:${GOOGLE_SITE}(?:\s+(?:maps?|haritalar|harita|terkep|mapy|mapa|mappe|karten|business))?|g-?maps|facebook|fb|face|insta(?:gram)?|ig|tiktok|yelp|olx|pagine\s?gialle|pages\s?jaunes|gelbe\s?seiten)(?:['’-]?(?:da|de|ta|te|dan|den|tan|ten|on|ben|ban|en|n|u|ie))?|${ARABIC_SITES})${END}`;
const SITE = new RegExp(SITE_SOURCE, "giu");

/**
 * The look-up verbs of the marketplace's other languages, in the forms that ask the reader
 * (imperative, "you'll find us") and not the sender's own past search ("busqué", "arattım",
 * "j'ai cherché", "ho cercato" end otherwise or are read as the sender's by `OWN_SEARCH`).
 */
const VERB_ABROAD = new RegExp(
  String.raw`${START}(?:` +
    [
      "cari(?:lah|kan)?|cek|ketik", // Indonesian, Malay
      "arat(?:in|iniz|abilirsin(?:iz)?)?|ara(?:yin|yiniz|yabilirsin(?:iz)?)|bul(?:un|unuz|abilirsin(?:iz)?)|yaz(?:in|iniz)?", // Turkish
      "cauta(?:ti)?(?:-(?:ne|ma|l))?|gasiti(?:-ne|-ma)?|gaseste(?:-ne|-ma)", // Romanian
      "busca(?:nos|me|lo)?|busquen(?:os)?|encuentra(?:nos|me)", // Spanish
      "procur[ae](?:m)?(?:-(?:nos|me))?|pesquis[ae](?:m)?|digit[ae]", // Portuguese
      "(?:re)?cherche[zr]?(?:-(?:nous|moi))?|tape[zr]|trouve[zr]?-(?:nous|moi)", // French
      "such(?:e|t|en)?(?=\\s+(?:mal|nach|bei|auf|einfach|uns|mich|sie)\\b)|findet|finden\\s+sie|gib", // German (English "such" is not followed by these)
      "cerca(?:ci|mi|te|teci)?|trova(?:ci|mi|teci)|digita", // Italian
      "(?:wy|po)?szukaj(?:cie)?|znajdz(?:cie)?|wpisz(?:cie)?|znajdziesz|znajdziecie", // Polish
      "keress(?:en|etek|e)?|keresd|ird\\s+be|irja\\s+be|megtalalsz|megtalal(?:nak|od)", // Hungarian
      "(?:search|google|check|type)\\s+(?:karo|kar\\s+lo|kariye|kijiye|karein|karna|kar\\s+lena)|dh(?:u|oo)n(?:d|dh)(?:o|\\s+lo|iye)|khojo", // Hinglish
      "hanap(?:in|an)|i-?search|search\\s+mo|i-?google|i-?type", // Tagalog
      "tim(?:\\s+kiem)?|tra\\s+cuu|tra", // Vietnamese (read only beside its own "trên"/"lên", VIETNAMESE_SITE)
      "zoek(?:\\s+(?:mij|ons|me))?|typ", // Dutch
    ].join("|") +
    `|${greekWords("ψαξτε|ψαξε|ψαχτε|ψαχνε|αναζητηστε|αναζητησε|βρειτε|βρες")}` +
    `|${skeletonAlternation(["ابحث", "ابحثي", "ابحثوا", "دور", "دوري", "دوروا", "اكتب", "ستجدنا", "تلاقينا", "تلقانا"])})${END}`,
  "iu",
);
/** Vietnamese "tìm", "tra" are English and other words too ("Tim", "tra la"): a verb only with "trên"/"lên" before the site. */
const VIETNAMESE_VERB = /^(?:tim|tra)/i;
const VIETNAMESE_SITE = /\b(?:tren|len)\s*$/i;

/** The sender as the one who searched or will search: "saya cari", "ich suche", "j'ai cherché", "yo busco", "main search karunga". */
const OWN_SEARCH = new RegExp(
  String.raw`${START}(?:saya|aku|gue|gw|kami|ich|wir|habe?|hab|je|j['’]?ai|nous\s+avons|yo|eu|io|ho|ja|ben|biz|main|maine|ako|toi|i|we|sudah|udah|tadi|kemarin|kemaren)\s+(?:\p{L}+\s+){0,2}$`,
  "iu",
);

/**
 * A negation before the verb in any of the languages: "jangan cari", "nggak usah", "no lo
 * busques" (not Portuguese "no Google"), "ne cherchez pas", "nicht", "non cercare", "nie szukaj", "nu căutați", "ne keresd",
 * "mat dhundo", "huwag", "đừng", "لا تبحث" (English ones are `negatedBefore`'s, Vietnamese and
 * Arabizi `negatedAbroad`'s).
 */
const NEGATED_ABROAD = new RegExp(
  String.raw`${START}(?:jangan|gak\s+usah|nggak\s+usah|ga\s+usah|tidak\s+usah|tak\s+payah|no(?!\s+\p{Lu})|non|ne|nie|nu|nicht|kein|nao|mat|huwag|wag|${skeletonAlternation(["لا"])})\s+(?:\p{L}+\s+){0,2}$`,
  "iu",
);

/** Capitalised words of a name, with the particles between them ("Oficina do Zé", "Taller de la Rosa"): the first run in a region. */
const CAP_RUN =
  /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ \t]+(?:(?:de|des|du|do|da|dos|das|del|della|di|van|von|der|den|bin|al|y|e|&|und|et|la|le)[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|\d+(?![\p{L}\p{N}])))*/gu;
/** A site's word inside a name run ("Bengkel Jaya Google Maps"): the run ends before it. */
const SITE_WORD = /^(?:google|maps?|facebook|fb|face|insta(?:gram)?|ig|tiktok|haritalar|youtube)\b/i;

/** Trade words of a business's name in the marketplace's languages ("Bengkel", "Oto", "Servis", "Warsztat", "ورشة"). */
const BUSINESS_ABROAD = new RegExp(
  String.raw`${START}(?:bengkel|servis|service|serwis|szerviz|autoszerviz|oto|otomotiv|usta|tamir|tamirhane|sanayi|elektrik|lastik|atelier|auto|autoservice|autohaus|garage|garaj|garagem|garaje|gara|xuong|tiem|taller|talleres|oficina|officina|autofficina|carrozzeria|carrosserie|werkstatt|autowerkstatt|kfz|warsztat|mechanika|mechanik|mecanica|mecanico|mecanique|muhely|motors?|repair|repairs|shop|body|care|autobedrijf|garagebedrijf|${skeletonAlternation(["ورشة", "ورشه", "مركز", "محل", "كراج", "جراج", "قراج", "معرض", "بنشر", "صيانة"])}|${greekWords("συνεργειο|αυτοκινητα|αυτοκινητων|ανταλλακτικα|φανοποιειο|ελαστικα")})${END}`,
  "iu",
);

/** A contact or a visit asked for in the sentence, in the marketplace's languages: the name is someone to reach. */
const CONTACT_ABROAD = new RegExp(
  String.raw`${START}(?:telepon|telpon|hubungi|datang|langsung|chat|wa|telefon|ara|arayin|konusalim|yaz|sunati(?:-ma)?|suna(?:-ma|ti)|veniti|direct|directly|call|text|message|appelez|appelle[rz]?|venez|ecrivez|llama(?:nos|me)?|ven|escribe(?:nos|me)?|ligue|liga|vem|manda|anrufen|ruf|kommen|schreib(?:en)?|chiama(?:ci|mi)?|vieni|scrivi(?:ci|mi)?|zadzwon|przyjedz|napisz|hivj|hivjon|gyere|irj|aa\s+jao|tawag|tawagan|punta|goi|den|nhan|inbox|zap|zapzap|whats|bel|bericht|direkt|diretto|direttamente|directo|directamente|direto|diretamente|bezposrednio|truc\s+tiep|dm|${skeletonAlternation(["اتصل", "واتصل", "تواصل", "كلمني", "كلمنا", "تعال"])})${END}`,
  "iu",
);

/** The writer said to be the one found, in Spanish, Portuguese, French, German, Italian and Dutch: "that's me", "you'll find us", "soy yo", "c'est moi", "das bin ich", "sono io", "dat ben ik". */
const FOUND_ABROAD =
  /\b(?:soy\s+yo|somos\s+nosotros|me\s+(?:encontraras|encuentras|encontrara)|nos\s+(?:encontraras|encuentras)|sou\s+eu|somos\s+nos|(?:me|nos)\s+(?:acha|encontra)s?|(?:acha|encontra)s?\s+a\s+gente|c'?est\s+(?:moi|nous)|(?:vous|tu)\s+(?:me|nous)\s+trouver(?:ez|as)|das\s+bin\s+ich|das\s+sind\s+wir|(?:findest|findet|finden)\s+(?:du|ihr|sie)\s+(?:mich|uns)|(?:du|ihr|sie)\s+find\w*\s+(?:mich|uns)|sono\s+io|siamo\s+noi|(?:mi|ci)\s+trov(?:i|ate|erai)|dat\s+ben\s+ik|dat\s+zijn\s+wij|(?:je|u)\s+vindt\s+(?:me|mij|ons))\b/i;

/** The writer is the one the search finds, in English (`FOUND_THERE`) or the other languages. */
const foundThere = (sentence: string): boolean => FOUND_THERE.test(sentence) || FOUND_ABROAD.test(sentence);
/** Where the writer's "that's me" after a description ends (up to 80 characters on, the next message of a burst too), or `end` when none follows. */
function foundAfter(text: string, end: number): number {
  const tail = text.slice(end, end + 80);
  const found = FOUND_THERE.exec(tail) ?? FOUND_ABROAD.exec(tail);
  return found ? end + found.index + found[0].length : end;
}

/**
 * A fact looked up about a place rather than the place to go to: its address, the way there, its
 * hours, its reviews, a price ("arah ke", "jam buka", "alamat", "yorumları", "recensioni di",
 * "avis", "Bewertungen", "địa chỉ"); the booked workshop found on a map is one.
 */
const INFO_ABOUT = new RegExp(
  String.raw`${START}(?:jam\s+buka|arah|alamat|rute|ulasan|review\w*|harga|adres\w*|yorum\w*|recension\w*|resenas|opiniones|opinie|opinii|avis|bewertung\w*|[đd]ia\s+chi|[đd]anh\s+gia|[đd]uong\s+[đd]i|address|directions?|route|hours|direccion\w*|indirizzo|adresse|endereco|horario\w*|orari|horaires|offnungszeiten|oeffnungszeiten)${END}`,
  "iu",
);

/** A fault code or the word for one in a searched "name": "Fehlercode P0171", "codice P0420", "kode P0300". */
const FAULT_CODE = new RegExp(String.raw`${START}(?:[pbcu]\d{4}|(?:fehler|fout)?codes?|codigos?|codice|codul|kode|kodu|kod|ma\s+loi|${skeletonAlternation(["كود", "رمز"])})${END}`, "iu");

/** A name opening with a car make ("Ford Focus Servis Kampanyası", "Honda Service Manual"): a make's page, a model or a recall. */
const MAKE_FIRST =
  /^(?:toyota|honda|ford|chevrolet|chevy|nissan|hyundai|kia|mazda|suzuki|maruti|mitsubishi|daihatsu|isuzu|wuling|bmw|audi|mercedes|volkswagen|vw|renault|peugeot|citroen|fiat|opel|skoda|seat|dacia|volvo|lexus|tesla|tata|mahindra|tofas|proton|perodua|vinfast)\b/i;

/** Arabic: "ابحث عن NAME في SITE", "دور على NAME في SITE" — the name is every word between "عن" and the site's preposition. */
const ARABIC_NAME = new RegExp(String.raw`(?:${skeletonAlternation(["عن", "على"])})\s+(?<n>\p{L}+(?:\s+\p{L}+){0,5}?)\s+(?:${skeletonAlternation(["في", "على", "ب"])})\s*$`, "u");

/** Arabic with the site first: "ابحث في قوقل ماب عن NAME" — the name is every word after "عن" to the clause's end. */
const ARABIC_NAME_AFTER = new RegExp(String.raw`^\s*(?:${skeletonAlternation(["عن", "على"])})\s+(?<n>\p{L}+(?:\s+\p{L}+){0,5})`, "u");

/** A look-up verb that names the sender as what is searched: "búscame", "cercaci", "caută-ne", "ابحث" is not one. */
const SELF_SEARCHED = /(?:me|nos|ci|mi|teci|-ne|-ma|-moi|-nous)$/i;
/** The sender as the verb's object: "search mo ko", "cari saya", "zoek mij", "such mich", "keress engem". */
const SELF_OBJECT = /^\s+(?:(?:mo|nyo)\s+)?(?:ko|ako|kami|saya|aku|gue|kami|me|nos|moi|nous|mich|uns|mi|ci|mnie|nas|engem|minket|beni|bizi|mujhe|hume|mij|ons)(?![\p{L}\p{N}])/iu;

/** Quoted words in text[from, to): the search words of "procura no google 'auto elétrica do marcão'", "cari aja 'bengkel budi bekasi' di google maps". */
const QUOTED = /(?<![\p{L}\p{N}'’])['‘"“«](?<q>[^'‘’"“”«»\n]{3,60}?)['’"”»](?![\p{L}\p{N}])/u;
function quotedIn(text: string, from: number, to: number): [number, number] | null {
  const q = QUOTED.exec(text.slice(from, to));
  if (!q) return null;
  const at = from + q.index + 1;
  return [at, at + q.groups!.q!.length];
}

/** A site that ends its clause ("search mo ko sa facebook, Jun Mendoza Cubao, ..."): the name is the next clause's first. */
function nameInNextClause(text: string, end: number, right: string): [number, number] | null {
  if (right.trim() !== "" || !/[,;،]/.test(text[end] ?? "")) return null;
  const [, e] = clauseAround(text, end + 1, end + 2);
  return nameIn(text, end + 1, e);
}

/** The clause of `text` around [from, to): its sentence, cut at a comma or semicolon either side. */
function clauseAround(text: string, from: number, to: number): [number, number] {
  const [s, e] = sentenceAt(text, from, to);
  const head = text.slice(s, from);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("،"));
  const tail = text.slice(to, e);
  const next = tail.search(/[,;،]/);
  return [cut < 0 ? s : s + cut + 1, next < 0 ? e : to + next];
}

/** The first name run in text[from, to) that is no site's name, trimmed of trailing site words, or null. */
function nameIn(text: string, from: number, to: number): [number, number] | null {
  CAP_RUN.lastIndex = from;
  for (let m = CAP_RUN.exec(text); m && m.index < to; m = CAP_RUN.exec(text)) {
    const words = m[0].slice(0, Math.max(0, to - m.index)).split(/[ \t]+/);
    while (words.length > 0 && SITE_WORD.test(words[words.length - 1]!)) words.pop();
    if (words.length >= 2 && !SITE_WORD.test(words[0]!)) return [m.index, m.index + words.join(" ").length];
  }
  return null;
}

/**
 * The name a site in `m` is to be searched for, as [start, end), or null when its clause holds no
 * look-up asked of the reader: the verb (not negated, not the sender's own search) and the name
 * (after the verb when the verb comes first, before it when last, or after the site).
 */
function searchedName(m: RegExpExecArray): [number, number] | null {
  const text = m.input;
  const siteEnd = m.index + m[0].length;
  const [s, e] = clauseAround(text, m.index, siteEnd);
  const left = text.slice(s, m.index);
  const right = text.slice(siteEnd, e);
  const verbLeft = VERB_ABROAD.exec(left);
  const verbRight = verbLeft ? null : VERB_ABROAD.exec(right);
  const verb = verbLeft ?? verbRight;
  if (!verb) return null;
  const verbAt = verbLeft ? s + verb.index : siteEnd + verb.index;
  if (VIETNAMESE_VERB.test(verb[0]) && !VIETNAMESE_SITE.test(left)) return null;
  const head = text.slice(Math.max(0, verbAt - 30), verbAt);
  if (OWN_SEARCH.test(head) || NEGATED_ABROAD.test(head) || negatedBefore(text, verbAt) || negatedAbroad(text, verbAt)) return null;
  let name: [number, number] | null = null;
  if (verbLeft) {
    const arabic = ARABIC_NAME.exec(left) ?? ARABIC_NAME_AFTER.exec(right);
    if (arabic) {
      const at = (arabic.input === left ? s : siteEnd) + arabic.index + arabic[0].indexOf(arabic.groups!.n!);
      return BUSINESS_ABROAD.test(arabic.groups!.n!) ? [at, at + arabic.groups!.n!.length] : null;
    }
    name = nameIn(text, verbAt + verb[0].length, m.index) ?? nameIn(text, siteEnd, e) ?? nameInNextClause(text, e, right);
  } else name = nameIn(text, siteEnd, verbAt) ?? nameIn(text, verbAt + verb[0].length, e);
  name ??= quotedIn(text, s, e);
  if (!name) return null;
  const n = text.slice(...name);
  const sentence = text.slice(...sentenceAt(text, m.index, siteEnd)).replace(n, "");
  // "search mo ko sa facebook, Jun Mendoza Cubao", "búscame en Google", "..., das bin ich": the sender is the one searched for, a name without a trade word is theirs.
  const contact = CONTACT_ABROAD.test(sentence) || SELF_SEARCHED.test(verb[0]) || SELF_OBJECT.test(text.slice(verbAt + verb[0].length, verbAt + verb[0].length + 12)) || foundThere(sentence);
  // "cek di Google Maps jam buka Bengkel X", "cercate su Google recensioni di Officina X": a fact about the place, unless the reader is sent there too.
  if (!contact && INFO_ABOUT.test(text.slice(Math.max(s, name[0] - 30), name[0]) + " " + text.slice(name[1], name[1] + 20))) return null;
  // "such bei Google nach dem Fehlercode P0171", "cari 'kode P0420' di Google": a fault code is read about, whoever is reached.
  if (FAULT_CODE.test(n)) return null;
  // "Google'da Ford Focus Servis Kampanyası diye aratın": a make's service, manual or recall is read about, not a shop to reach.
  if (!contact && MAKE_FIRST.test(n)) return null;
  return BUSINESS_ABROAD.test(n) || contact ? name : null;
}

/** `searchedName`, read once per match: `accept` and `span` ask it of the same match. */
const searched = new WeakMap<RegExpExecArray, [number, number] | null>();
function searchedNameOnce(m: RegExpExecArray): [number, number] | null {
  if (!searched.has(m)) searched.set(m, searchedName(m));
  return searched.get(m)!;
}

export const SEARCH_BY_NAME_PATTERNS: Pattern[] = [
  {
    kind: REQUEST, // ABROAD: "Cari saja Bengkel Budi Jaya di Google Maps", "Google'da Mehmet Oto Tamir diye arat", "hanapin mo sa FB ang Mang Jose Auto Repair", "ابحث عن ورشة محمد للسيارات في قوقل ماب"
    re: SITE,
    gate: new RegExp(SITE_SOURCE, "iu"),
    accept: (m) => searchedNameOnce(m) !== null,
    span: searchedNameOnce,
  },
];

// ----- CONTACT THERE: words of any case to search, the sender's contact waiting in the result -----
// Round 53 (issue 13): "google petes brakes in taupo, my number's on the page", "search up the grumpy
// spanner on youtube, that's my channel, contact stuff in the about tab", "google 'the mazda guy' +
// tulsa, im the first hit", "zoek op google naar autoservice pieterse, daar staat mijn nummer",
// "procura no google a oficina do zé, meu número tá lá". The name may be lower case and hold no trade
// word: the sender's own contact said to wait in what the search finds makes it one to type (a
// store's number there, "the number is on their page", is a store recommended). The search opens its
// clause (an ask, not "I googled ..."), and what is searched is no code, spec or how-to.

/** A search told to the reader, opening its clause: "just google", "search up", "if you look up", "zoek op google naar", "procura no google". */
const SEARCH_TOLD =
  /(?:^|[,.;:!?\n]\s*|\b(?:just|pls|please|plz|so|then|yo|mate|bro|and|go|if\s+(?:you|u)|(?:you|u)\s+can)\s+)(?:google|search(?:\s+(?:up|for))?|look\s+(?:up|for)|type\s+in|zoek|procura|busca|cherche[zr]?|such(?:e|en)?|cerca)\b/gi;

/**
 * The sender's contact waiting in the result, or the sender the result: "my number is there", "my cell's on it", "all my
 * contact stuff is in the about tab", "im the first hit", "that's my channel", "just say you're the app guy", "daar staat mijn
 * nummer", "meu número tá lá", "me chama por lá", "mi número sale ahí", "mon numéro est dessus", "meine Nummer steht da".
 */
const CONTACT_THERE = new RegExp(
  String.raw`\b(?:(?:my|our)\s+(?:(?:phone|cell|mobile|direct|personal|work)\s+)?(?:number|no|digits|cell|mobile|email|contact(?:\s+(?:stuff|info|details))?|details)(?:\s+(?:is|are)|['’]?s)\s+(?:all\s+|right\s+|also\s+|just\s+)?(?:there|on\s+(?:it|there|the\s+(?:page|listing|profile|site))|in\s+(?:the|my|our)\s+(?:about|bio|description|info))|(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+the\s+(?:first|top|1st)\s+(?:hit|result|listing|link)|that['’]?s\s+(?:my|our)\s+(?:channel|page|shop|listing|profile)|(?:say|tell\s+(?:them|him|her))\s+(?:you['’]?re|youre|ur)\s+(?:the\s+app\s+\w+|from\s+(?:the\s+app|here))|daar\s+staat\s+(?:mijn|ons)\s+(?:telefoon)?nummer|(?:meu|nosso)\s+(?:numero|zap|whats|contato|telefone)\s+(?:ta|esta|fica)\s+(?:la|ali)|me\s+chama\s+(?:por\s+)?la|(?:mi|nuestro)\s+(?:numero|telefono|whats)\s+(?:esta|sale|aparece)\s+(?:ahi|alli)|(?:mon|notre)\s+(?:numero|num|tel)\s+est\s+(?:la|dessus|dedans)|(?:meine|unsere)\s+nummer\s+steht\s+(?:da|dort|drin))\b`,
  "i",
);

/** What is searched that is no name: a code, a spec, a part, a fault, a how-to. */
const SEARCHED_THING = /\b(?:specs?|torque|codes?|p\d{4}|parts?|part\s+numbers?|manual|diagram|recall|fault|error|how|what|why|price|prices|fix|symptoms?|tutorial|video)\b/i;

/** The search's sentence, and the next where that holds the contact there (a burst's next message). */
const contactThere = (m: RegExpExecArray): [number, number] | null => {
  const own = sentencesFrom(m, m.input, 0);
  if (CONTACT_THERE.test(m.input.slice(m.index, own[1]))) return own;
  const next = sentencesFrom(m, m.input, 1);
  return CONTACT_THERE.test(m.input.slice(own[1], next[1])) ? next : null;
};

SEARCH_BY_NAME_PATTERNS.push({
  kind: REQUEST,
  re: SEARCH_TOLD,
  gate: CONTACT_THERE,
  accept: (m, text) => {
    const span = contactThere(m);
    if (!span || negatedBefore(text, m.index) || negatedAbroad(text, m.index)) return false;
    // The words between the search and the contact cue are what is typed.
    const searched = text.slice(m.index + m[0].length, span[1]).split(CONTACT_THERE)[0] ?? "";
    return /[a-z]{3}/i.test(searched) && !SEARCHED_THING.test(searched);
  },
  span: contactThere,
});

// ----- DESCRIBED: an English account given without its app's name ---------------------------

/** The logos apps are told by: a camera, a bird, a ghost, a phone, a paper plane, a speech bubble, a music note. */
const LOGO = String.raw`(?:camera|bird|ghost|phone|(?:paper\s+)?plane|(?:speech\s+|chat\s+)?bubble|music\s+note|lightning(?:\s+bolt)?)`;
/** An app told by its look instead of its name: "the bird app", "the camera one", "the purple app", "the one with the camera logo". */
const DESCRIBED_APP = String.raw`(?:the\s+(?:(?:little|blue|green|purple|yellow|pink|white|black)\s+)?(?:${LOGO}|photo|picture|blue|green|purple|yellow|pink)\s+(?:app|one)|the\s+(?:app|one)\s+with\s+the\s+(?:\w+\s+)?${LOGO})\b`;
/** Another app than this one, said without its name: "the other app", "the other one", "you know the one", or one told by its look. */
const ELSEWHERE = new RegExp(
  String.raw`\b(?:(?:the|my|our)\s+other\s+(?:app|one|platform|site)|on\s+the\s+(?:[\w'’-]+\s+){0,2}(?:forum|subreddit|discord|server)|you\s+know\s+the\s+one|not\s+(?:on\s+)?(?:here|this\s+(?:app|one|site))|off\s+(?:here|this\s+app)|everywhere|on\s+(?:pretty\s+much\s+|just\s+about\s+)?(?:everything|all\s+(?:of\s+)?(?:them|the\s+apps|my\s+socials))|${DESCRIBED_APP})`,
  "i",
);
/** Another site than this one: the other app, a forum, a group, a named site (`ELSEWHERE`, `SITE`, the look-up sites). */
const OTHER_SITE = new RegExp(
  String.raw`\b(?:(?:the|a|my|our)\s+(?:[\w'’-]+\s+){0,2}(?:forum|club|group|subreddit|discord|server)|bbb|better\s+business\s+bureau|yelp|linkedin|marktplaats|kleinanzeigen|leboncoin|wallapop|olx)\b|${SITE_SOURCE}`,
  "iu",
);
/** A cue of an app's use around a name to search: adding, following, messaging, a profile picture, the fees left behind. */
const APP_USE = /\b(?:add\s+(?:me|us)|follow\s+(?:me|us)|dm\s+(?:me|us)|message\s+(?:me|us)|hmu|hit\s+(?:me|us)\s+up|chat|pfp|profile\s+pic(?:ture)?|avatar|fees?|commission)\b/i;
/** An account the sender says is given up: "but I don't use it anymore", "it's deleted". */
const GIVEN_UP = /\b(?:(?:don'?t|do\s+not|never|no\s+longer)\s+use|anymore|any\s+more|deleted|deactivated|closed)\b/i;
/** A short list of social apps named after a handle: "revsbyryan on the gram". */
const SOCIAL_AFTER = /^\s+(?:on|in)\s+(?:the\s+)?(?:gram|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|fb|facebook|twitter|x|threads|telegram|tg|discord|kik)\b/i;

/** Any channel by its name or nickname (social.ts's `CHANNEL_NAMES`): "ig", "the gram", "snap", "youtube". */
const CHANNEL = new RegExp(String.raw`\b(?:${CHANNEL_NAMES})\b`, "i");

/** A handle as these forms write one: letters first, then letters, digits, "_" or "." (`accountName` tells it from a word). */
const NAME_HANDLE = String.raw`(?<h>@?[a-z][\w.]{3,30}[a-z0-9_])(?![\w@])`;

SEARCH_BY_NAME_PATTERNS.push(
  {
    kind: "SOCIAL_HANDLE", // a coined name to search, where an app's use is the talk: "search carfixdan, add me and we'll chat", "look for revsbyryan, the one with the camera logo"
    re: new RegExp(String.raw`\b(?:search(?:\s+for)?|look\s+for|look\s+up|find)\s+(?:(?:me|us)\s+)?(?:(?:as|under)\s+)?${NAME_HANDLE}(?=\s*(?:[,.!;:]|$|\s(?:and|then|there)\b))`, "gid"),
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      const sentence = text.slice(s, e);
      return accountName(m.groups?.h ?? "") && (APP_USE.test(sentence) || ELSEWHERE.test(sentence)) && live(m, text);
    },
    gate: /\b(?:search|look|find)\b/i,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // a username said to be on another app: "username: carfixdan, not on here, the other one", "my handle: revsbyryan on the gram", "same name on the bird app: gazfixes"
    re: new RegExp(
      String.raw`(?:\b(?:user\s*name|handle|acc(?:ount)?\s+name)|(?<![\w@])@)\s*(?:is|:|=|-)\s*${NAME_HANDLE}|\b(?:on|in)\s+${DESCRIBED_APP}\s*(?:[:=-]|\b(?:as|i'?m|it'?s)\b)\s*${NAME_HANDLE.replace("<h>", "<g>")}`,
      "gid",
    ),
    accept: (m, text) => {
      const h = m.groups?.h ?? m.groups?.g ?? "";
      if (!accountName(h) || !live(m, text)) return false;
      if (m.groups?.g !== undefined) return true;
      const [, e] = sentenceAt(text, m.index, m.index + m[0].length);
      return SOCIAL_AFTER.test(after(text, m, 30)) || ELSEWHERE.test(text.slice(m.index + m[0].length, e));
    },
    gate: /\b(?:user\s*name|handle|@|acc(?:ount)?\s+name|app|one)\b|@/i,
    span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
  },
  {
    kind: "SOCIAL_HANDLE", // the name one is under on every app: "I'm jakemiller on pretty much everything, the blue bird, the camera one"
    re: new RegExp(
      String.raw`\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+${NAME_HANDLE}\s+(?=on\s+(?:pretty\s+much\s+|just\s+about\s+|literally\s+)?(?:everything|all\s+(?:of\s+)?(?:them|the\s+apps|my\s+socials)|every\s+app)\b)`,
      "gid",
    ),
    accept: (m, text) => accountName(m.groups?.h ?? "") && live(m, text),
    gate: /\b(?:everything|all|every)\b/i,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: REQUEST, // the handle said to be a name the reader knows: "My Insta is the name of this garage all lowercase", "my other app is the green one ..., same name as here", "my name's same there"
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:insta(?:gram)?|ig|gram|snap(?:chat)?|tik\s?tok|fb|facebook|twitter|handle|username|user\s*name|@|page|account)\s+(?:is|'s|=)\s+(?:just\s+)?(?:the\s+)?(?:name\s+of\s+(?:this|the|my|our)\s+(?:garage|shop|business|workshop|company)|(?:garage|shop|business|workshop|company)(?:'s)?\s+name)\b|\b(?:(?:my|our)\s+(?:user\s*|screen\s+)?name(?:'s|\s+is)?|same\s+(?:user\s*)?name)\s+(?:the\s+)?(?:same\s+)?(?:as\s+(?:on\s+)?(?:here|this\s+(?:app|one))|there|on\s+there)\b` +
        // the name said to be the same on an app (round 51): "my @ is the same on ig", "same name on the gram", "I'm on the bird app, same handle"
        String.raw`|\b(?:my|our)\s+(?:@|handle|tag|user\s*name|(?:user\s*|screen\s+)?name)(?:'s|\s+is)\s+(?:the\s+)?same\s+(?:on|over\s+on|over\s+there)\b|\bsame\s+(?:user\s*name|handle|name|@|tag)(?:\s+(?:on|over\s+on|over\s+there)\b|(?<bare>(?=\s*(?:[,.!;)]|$|[^\x00-\x7f]))))`,
      "gid",
    ),
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      if (!live(m, text) || GIVEN_UP.test(text.slice(m.index, e))) return false;
      // "same name as here" points at another app only when the sentence names one without its name; a bare "same
      // handle" only with the sender said to be there ("I'm on the bird app, same handle", not "whatsapp shows the same name").
      const sentence = text.slice(s, e);
      if (m.groups?.bare !== undefined && !SENDER_THERE.test(sentence)) return false;
      if (sameNameOfSomeoneElse(text, m.index)) return false;
      return (
        /\bname\s+of\b|(?:garage|shop|business|workshop|company)(?:'s)?\s+name\b/i.test(m[0]) ||
        ELSEWHERE.test(text.slice(Math.max(0, s - 120), e)) ||
        OTHER_SITE.test(sentence) ||
        CHANNEL.test(sentence)
      );
    },
    gate: /\b(?:name|same)\b/i,
    phrase: true,
  },
);

// ----- DESCRIBED SELF: the writer picked out by a description, a name on the van, an account elsewhere -----
// Round 32 (issue 13): the reader is sent to find the writer without a name to type: "look up the
// only mobile tyre guy in Bendigo, thats me", "we're the only Hyundai indy in Dubuque, you'll find
// us easy", "type the company name on the side of my van into google", "my details are in my bio
// on the other app", "Look me up on the BBB site, I'm under my legal name", "gebruikersnaam
// AutoJoost" on a classifieds site, "Mon garage est sur Google Maps, Mécanique Tremblay". The
// description (or the account) is the detail, masked with its sentence. A description is read
// only with the writer said to be the one found ("that's me", "you'll find us", "c'est moi"), so
// "the only Subaru I've owned", "the only shop in Bend that had the part" stay innocent.

/** A trader a description can pick out, in the marketplace's languages (accents as the normaliser leaves them: none; a capital first letter too, as German writes them). */
const TRADER = `(?:${[
  "mechanic",
  "mechanics",
  "mech",
  "guy",
  "bloke",
  "fella",
  "lady",
  "shop",
  "garage",
  "workshop",
  "indy",
  "indie",
  "independent",
  "specialist",
  "fitter",
  "tech",
  "sparky",
  "electrician",
  "panel\\s+beater",
  "outfit",
  "business",
  "taller",
  "mecanico",
  "oficina",
  "borracharia",
  "garagiste",
  "mecanicien",
  "atelier",
  "werkstatt",
  "mechaniker",
  "schrauber",
  "officina",
  "meccanico",
  "gommista",
  "elettrauto",
  "monteur",
  "garagist",
  "garagebedrijf",
  "autobedrijf",
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|")})`;
/** "the only", "the one and only" and the same in Spanish, Portuguese, French, German, Italian and Dutch. */
const ONLY =
  "(?:[Tt]he\\s+(?:only|one\\s+and\\s+only|1\\s+and\\s+only|sole)|(?:[Ee]l|[Ll]a)\\s+unic[oa]|(?:[Oo]|[Aa])\\s+unic[oa]|(?:[Ll]e|[Ll]a)\\s+seule?|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en)\\s+einzigen?|[Ll]'?unic[oa]|(?:[Dd]e|[Hh]et)\\s+enige)";
/** Where the trader is: "in Bendigo", "near Elk Grove", "en Sevilla", "à Limoilou", "in Köln", "a Bergamo", "op Texel". */
const IN_PLACE = "(?:in|near|around|outside|en|em|no|na|de|a|im|di|op|van|bei|pres\\s+de|cerca\\s+de|perto\\s+de|vicino\\s+a)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){0,2}";

/** "the only <trader> in <Place>", "the <trader> with the orange ute in <Place>": one trader picked out. */
const DESCRIPTION = new RegExp(
  String.raw`\b(?:${ONLY}\s+(?:[\p{L}'’-]+\s+){0,3}?${TRADER}(?:\s+(?:for|de|do|da|fur|per|voor)?\s*\p{Lu}[\p{L}'’-]*){0,2}|[Tt]he\s+(?:[\p{L}'’-]+\s+){0,2}?${TRADER}\s+(?:with|who\s+(?:drives|has))\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+${IN_PLACE}`,
  "gu", // case kept: the place is capitalised
);

/** A look-up verb or a site in the sentence: the description is to be searched, not only said. */
const LOOKUP_SAID = new RegExp(String.raw`\b(?:look\s+(?:\w+\s+)?up|google|search|type|find|look\s+for|busca|procura|cherche[zr]?|such|cerca|zoek)\b|${SITE_SOURCE}`, "iu");

/** A name on the writer's van, shirt or sign, to be typed in: "type the company name on the side of my van into google". */
const NAME_ON_VAN = new RegExp(
  String.raw`\b(?:(?:type|google|search(?:\s+for)?|look\s+up|put)\s+(?:in\s+)?the\s+(?:(?:company|business|shop|firm|trading)\s+)?name\s+(?:that'?s\s+|written\s+)?(?:on|from|off|of)\s+(?:the\s+(?:side|back|door|front)\s+of\s+)?(?:my|our)\s+(?:van|ute|truck|trailer|shirt|overalls|jacket|sign|business\s+card)` +
    String.raw`|(?:busca|googlea|pon)\s+el\s+nombre\s+(?:que\s+(?:hay|pone|sale|lleva)\s+)?(?:en|de)\s+(?:la\s+|el\s+)?(?:mi|nuestra|nuestro)\s+(?:furgoneta|furgo|camioneta|camiseta|tarjeta)` +
    String.raw`|procur[ae]\s+o\s+nome\s+(?:que\s+(?:esta|tem)\s+)?(?:na|no|da|do)\s+(?:minha|meu|nossa|nosso)\s+(?:van|caminhonete|furgao|camiseta|cartao)` +
    String.raw`|(?:cherche[zr]?|tape[zr]?)\s+le\s+nom\s+(?:qui\s+est\s+)?(?:sur|de)\s+(?:ma|mon|notre)\s+(?:camionnette|utilitaire|fourgon|camion|carte)` +
    String.raw`|(?:such|google|gib)\w*\s+(?:nach\s+)?(?:dem|den)\s+namen\s+(?:auf|an|von)\s+(?:meinem|meiner|unserem|unserer)\s+(?:transporter|bus|wagen|visitenkarte)` +
    String.raw`|(?:cerca|digita)\s+il\s+nome\s+(?:che\s+c'?e\s+)?(?:sul|sulla|del|della)\s+(?:mio|mia|nostro|nostra)\s+(?:furgone|furgoncino|biglietto)` +
    String.raw`|(?:zoek|google|typ)\s+(?:op\s+)?de\s+naam\s+(?:op|van)\s+(?:mijn|onze)\s+(?:bus|busje|bestelbus|visitekaartje))\b`,
  "gi",
);

/**
 * An account elsewhere said, not shown: "my details are in my bio", "my username's in my signature", "I'm under my legal name";
 * round 51: a page's about section or description, and the owner left out at a clause's start ("check my youtube channel,
 * number's in the about section").
 */
const ACCOUNT_SAID =
  /\b(?:(?:(?:my|our)\s+|(?<=(?:^|[,;:.!?-]|\b(?:and|then|so))\s*(?:the\s+)?))(?:contact\s+)?(?:details|info|number|contacts?|socials|links?|username|user\s*name|handle)(?:'s|'re|\s+(?:is|are))?\s+(?:all\s+)?(?:in|on)\s+(?:my|our|the)\s+(?:bio|signature|sig|about(?:\s+(?:me|us|section|page|tab))?|profile|(?:channel\s+|video\s+)?description|pinned\s+(?:post|comment))|(?:i'?m|we'?re|i\s+am|we\s+are|listed|registered)\s+under\s+(?:my|our)\s+(?:legal|real|full|own|registered|proper|trading)\s+name)\b/gi;

/** A username's label in the marketplace's other languages, before the handle: "gebruikersnaam AutoJoost", "nombre de usuario: tallerpaco". */
const USERNAME_ABROAD = new RegExp(
  String.raw`\b(?:gebruikersnaam|nombre\s+de\s+usuario|usuario|nom\s+d'?utilisateur|pseudo|benutzername|nutzername|nome\s+utente|nome\s+de\s+usuario|kullanici\s+adi|nazwa\s+uzytkownika|felhasznalonev|username\s+ko|numele\s+de\s+utilizator)(?:\s+(?:on|en|op|auf|bei|sur|su|no|na|w|pe)\s+[\p{L}\d.]+)?\s*(?:[:=-]\s*|(?:is|es|est|ist|e|lautet|to|este)\s+)?${NAME_HANDLE}`,
  "gidu",
);
/** Where the account is, or the reader's move to it: "there" in the languages ("daar", "allí", "dort"; not "là", "lì", which the normaliser makes articles), a message to send. */
const THERE_ABROAD = /\b(?:daar|ahi|alli|alla|dort|acolo|there|bericht|mensaje|mensagem|message|nachricht|messaggio|scrivimi|escribeme|schrijf|stuur)\b/i;

/** "my garage is on Google Maps, NAME", "look us up. NAME.": the place on the site, then its name. */
const OUR_PLACE_NAMED = new RegExp(
  String.raw`\b(?:(?:my|our|mon|notre|mi|nuestro|meu|minha|nossa|nosso|mein|meine|unser|unsere|il\s+mio|la\s+mia|mijn|onze)\s+(?:shop|garage|business|workshop|taller|negocio|oficina|atelier|werkstatt|betrieb|officina|bedrijf|zaak)\s+(?:is|'s|est|es|esta|e|ist|staat|sta)\s+(?:(?:also|aussi|tambien|tambem|auch|anche|ook)\s+)?(?:on|sur|en|no|na|auf|bei|su|op)\s+(?:${SITE_SOURCE})|look\s+(?:us|me)\s+up)\s*[,:.!–-]+\s*`,
  "giu",
);

SEARCH_BY_NAME_PATTERNS.push(
  {
    kind: REQUEST, // "look up the only mobile tyre guy in Bendigo, thats me", "we're the only Hyundai indy in Dubuque, you'll find us easy", "busca al único taller Subaru en Bend, soy yo"
    re: DESCRIPTION,
    gate: /\b(?:only|one\s+and\s+only|sole|unic[oa]|seule?|einzigen?|enige|with|who)\b/i,
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      const around = text.slice(Math.max(0, s - 80), Math.min(text.length, e + 80));
      return LOOKUP_SAID.test(around) && foundThere(around) && live(m, text) && !NEGATED_ABROAD.test(text.slice(Math.max(0, m.index - 30), m.index));
    },
    span: (m) => [m.index, Math.max(foundAfter(m.input, m.index + m[0].length), reachThere(m.input, m.index + m[0].length))],
  },
  {
    kind: REQUEST, // "type the company name on the side of my van into google", "busca el nombre de mi furgoneta en Google"
    re: NAME_ON_VAN,
    gate: /\b(?:name|nombre|nome|nom|namen|naam)\b/i,
    accept: (m, text) => live(m, text) && !NEGATED_ABROAD.test(text.slice(Math.max(0, m.index - 30), m.index)),
  },
  {
    kind: REQUEST, // "my details are in my bio on the other app", "my username's in my signature" on the club forum, "Look me up on the BBB site, I'm under my legal name"
    re: ACCOUNT_SAID,
    gate: /\b(?:bio|signature|sig|about|profile|description|under)\b/i,
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      const around = text.slice(Math.max(0, s - 120), e);
      return (ELSEWHERE.test(around) || OTHER_SITE.test(around) || CHANNEL.test(around)) && live(m, text);
    },
  },
  {
    kind: "SOCIAL_HANDLE", // "check my Marktplaats advertenties, gebruikersnaam AutoJoost, daar kun je me een bericht sturen"
    re: USERNAME_ABROAD,
    gate: /\b(?:gebruikersnaam|usuario|utilisateur|pseudo|benutzername|nutzername|utente|kullanici|uzytkownika|felhasznalonev|username|utilizator)\b/i,
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      const sentence = text.slice(s, e);
      return accountName(m.groups?.h ?? "") && (OTHER_SITE.test(sentence) || THERE_ABROAD.test(sentence)) && !NEGATED_ABROAD.test(text.slice(Math.max(0, m.index - 30), m.index)) && live(m, text);
    },
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: REQUEST, // "Mon garage est sur Google Maps, Mécanique Tremblay à Limoilou", "look us up. Titan Truck & Auto. google."
    re: OUR_PLACE_NAMED,
    gate: /\b(?:look|shop|garage|business|workshop|taller|negocio|oficina|atelier|werkstatt|betrieb|officina|bedrijf|zaak)\b/i,
    accept: (m, text) => {
      const name = nameIn(text, m.index + m[0].length, m.index + m[0].length + 80);
      return name !== null && name[0] === m.index + m[0].length && BUSINESS_ABROAD.test(text.slice(...name)) && live(m, text);
    },
    span: (m) => nameIn(m.input, m.index + m[0].length, m.index + m[0].length + 80),
  },
);

/** A social site opening its sentence, then the name or handle: "linkedin, Priya Raman, ...", "tiktok -> brakesbybenny". */
const SITE_FIRST = new RegExp(
  String.raw`\b(?:linked\s?in|tik\s?tok|insta(?:gram)?|ig|fb|facebook|twitter|youtube|yt|snap(?:chat)?|threads)\s*(?:,|:|->|→|=>|➡️?|👉|-)\s*(?:(?<n>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})|${NAME_HANDLE})`,
  "dgiu",
);
/** Capitalised words, read without the case-blind flag the site names need. */
const CAPITALISED = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;
/** The reader's move to the account, there: "connect there", "DM me there", "add me there", "follow us there". */
const MOVE_THERE = /\b(?:connect|dm|message|msg|pm|add|follow|text|reach|hit)\s+(?:(?:me|us)\s+)?(?:up\s+)?(?:there|on\s+(?:it|there))\b/i;

SEARCH_BY_NAME_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "linkedin, Priya Raman, service advisor at a dealership in pune, connect there", "tiktok -> brakesbybenny, i post all my jobs, DM me there"
  re: SITE_FIRST,
  gate: /\b(?:there|it)\b/i,
  accept: (m, text) => {
    const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
    // The site opens its sentence: "... on linkedin, Priya ..." is another form's.
    if (text.slice(s, m.index).trim() !== "" || (m.groups?.h !== undefined && !accountName(m.groups.h)) || (m.groups?.n !== undefined && !CAPITALISED.test(m.groups.n))) return false;
    return MOVE_THERE.test(text.slice(m.index, e)) && live(m, text);
  },
  span: (m) => groupSpan(m, "n") ?? groupSpan(m, "h"),
});

/**
 * A finder named by what it finds, not by a brand (issue 13, round 54): a motoring club's or a trade body's list of garages
 * or traders ("the AA garage finder", "the RAC approved garage finder", "the trusted trader directory"). The look-up rules
 * know the sites by name, so a writer who says where they are listed this way was let through.
 */
const FINDER = String.raw`(?:the\s+)?(?:[\p{L}&]{2,12}\s+){0,2}?(?:approved\s+|trusted\s+|accredited\s+|recommended\s+|vetted\s+)?(?:garage|mechanic|repairer|trader|tradesperson|workshop|business)s?\s+(?:finder|directory|locator|search|listings?)`;

/**
 * The sender listed on such a finder under a name: "we are listed on the AA garage finder as Moorside Motors Halifax",
 * "you'll find us on the trusted trader directory as Kev's Mobile Mechanics", "I'm on the approved mechanic finder under
 * Dave Holroyd". Only the sender's own listing with its name: a finder checked or recommended ("I checked the RAC garage
 * finder, Halifax Auto Centre is the nearest"), a question ("is your garage on the AA garage finder?") and a name that is
 * no name ("listed as approved") stay innocent.
 */
const LISTED_ON_FINDER = new RegExp(
  String.raw`\b(?:we(?:['’]re|\s+are)?|i(?:['’]m|\s+am)|(?:you['’]ll|you\s+will|you\s+can|u\s+can|u['’]ll)\s+find\s+(?:us|me)|(?:my|our)\s+(?:shop|garage|business|workshop|company)\s+is)\s+(?:(?:also|both|now)\s+)?(?:listed\s+)?(?:on|in)\s+${FINDER}\s*,?\s*(?:as|under|called|named)\s+`,
  "giu",
);

SEARCH_BY_NAME_PATTERNS.push({
  kind: REQUEST, // "we are listed on the AA garage finder as Moorside Motors Halifax", "we're on the RAC approved garage finder as Dunmore Road Motors"
  re: LISTED_ON_FINDER,
  gate: /\b(?:finder|directory|locator|search|listing|listings)\b/i,
  accept: (m, text) => {
    const end = m.index + m[0].length;
    const name = nameIn(text, end, end + 60);
    return name !== null && name[0] === end && live(m, text) && !NEGATED_ABROAD.test(text.slice(Math.max(0, m.index - 30), m.index));
  },
  span: (m) => nameIn(m.input, m.index + m[0].length, m.index + m[0].length + 60),
});
