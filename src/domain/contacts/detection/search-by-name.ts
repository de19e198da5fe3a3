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
 *
 * A name is capitalised words with a trade word in them ("Bengkel", "Oto", "Service", "ورشة") or
 * a contact cue in the sentence ("telepon", "sunați", "اتصل"): information searched ("cari di
 * Google harga kampas rem", "Google'da arattım, sensör arızası diyor") has neither, and the
 * sender's own past search ("busqué", "j'ai cherché", "saya cari") has no imperative verb. A
 * fact looked up about a place (its address, hours or reviews: the booked workshop found on a map)
 * and a make's page ("Honda Service Manual") are no look-up unless the reader is also sent there.
 * Negations of each language ("jangan", "nie", "nu", "huwag", "don't") keep a warning innocent.
 */
import { after, groupSpan, negatedBefore, type Pattern, sentenceAt } from "./context.ts";
import { skeletonAlternation } from "./normalise.ts";
import { negatedAbroad } from "./other-languages.ts";
import { live } from "./phrases.ts";
import { accountName, GOOGLE_SITE } from "./social.ts";

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
    ].join("|") +
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
  String.raw`${START}(?:bengkel|servis|service|serwis|szerviz|autoszerviz|oto|otomotiv|usta|tamir|tamirhane|sanayi|elektrik|lastik|atelier|auto|autoservice|autohaus|garage|garaj|garagem|garaje|gara|xuong|tiem|taller|talleres|oficina|officina|autofficina|carrozzeria|carrosserie|werkstatt|autowerkstatt|kfz|warsztat|mechanika|mechanik|mecanica|mecanico|mecanique|muhely|motors?|repair|repairs|shop|body|care|${skeletonAlternation(["ورشة", "ورشه", "مركز", "محل", "كراج", "جراج", "قراج", "معرض", "بنشر", "صيانة"])})${END}`,
  "iu",
);

/** A contact or a visit asked for in the sentence, in the marketplace's languages: the name is someone to reach. */
const CONTACT_ABROAD = new RegExp(
  String.raw`${START}(?:telepon|telpon|hubungi|datang|langsung|chat|wa|telefon|ara|arayin|konusalim|yaz|sunati(?:-ma)?|suna(?:-ma|ti)|veniti|direct|directly|call|text|message|appelez|appelle[rz]?|venez|ecrivez|llama(?:nos|me)?|ven|escribe(?:nos|me)?|ligue|liga|vem|manda|anrufen|ruf|kommen|schreib(?:en)?|chiama(?:ci|mi)?|vieni|scrivi(?:ci|mi)?|zadzwon|przyjedz|napisz|hivj|hivjon|gyere|irj|aa\s+jao|tawag|tawagan|punta|goi|den|nhan|inbox|direkt|diretto|direttamente|directo|directamente|direto|diretamente|bezposrednio|truc\s+tiep|dm|${skeletonAlternation(["اتصل", "واتصل", "تواصل", "كلمني", "كلمنا", "تعال"])})${END}`,
  "iu",
);

/**
 * A fact looked up about a place rather than the place to go to: its address, the way there, its
 * hours, its reviews, a price ("arah ke", "jam buka", "alamat", "yorumları", "recensioni di",
 * "avis", "Bewertungen", "địa chỉ"); the booked workshop found on a map is one.
 */
const INFO_ABOUT = new RegExp(
  String.raw`${START}(?:jam\s+buka|arah|alamat|rute|ulasan|review\w*|harga|adres\w*|yorum\w*|recension\w*|resenas|opiniones|opinie|opinii|avis|bewertung\w*|[đd]ia\s+chi|[đd]anh\s+gia|[đd]uong\s+[đd]i|address|directions?|route|hours|direccion\w*|indirizzo|adresse|endereco|horario\w*|orari|horaires|offnungszeiten|oeffnungszeiten)${END}`,
  "iu",
);

/** A name opening with a car make ("Ford Focus Servis Kampanyası", "Honda Service Manual"): a make's page, a model or a recall. */
const MAKE_FIRST =
  /^(?:toyota|honda|ford|chevrolet|chevy|nissan|hyundai|kia|mazda|suzuki|maruti|mitsubishi|daihatsu|isuzu|wuling|bmw|audi|mercedes|volkswagen|vw|renault|peugeot|citroen|fiat|opel|skoda|seat|dacia|volvo|lexus|tesla|tata|mahindra|tofas|proton|perodua|vinfast)\b/i;

/** Arabic: "ابحث عن NAME في SITE", "دور على NAME في SITE" — the name is every word between "عن" and the site's preposition. */
const ARABIC_NAME = new RegExp(String.raw`(?:${skeletonAlternation(["عن", "على"])})\s+(?<n>\p{L}+(?:\s+\p{L}+){0,5}?)\s+(?:${skeletonAlternation(["في", "على", "ب"])})\s*$`, "u");

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
    const arabic = ARABIC_NAME.exec(left);
    if (arabic) {
      const at = s + arabic.index + arabic[0].indexOf(arabic.groups!.n!);
      return BUSINESS_ABROAD.test(arabic.groups!.n!) ? [at, at + arabic.groups!.n!.length] : null;
    }
    name = nameIn(text, verbAt + verb[0].length, m.index) ?? nameIn(text, siteEnd, e);
  } else name = nameIn(text, siteEnd, verbAt) ?? nameIn(text, verbAt + verb[0].length, e);
  if (!name) return null;
  const n = text.slice(...name);
  const sentence = text.slice(...sentenceAt(text, m.index, siteEnd)).replace(n, "");
  const contact = CONTACT_ABROAD.test(sentence);
  // "cek di Google Maps jam buka Bengkel X", "cercate su Google recensioni di Officina X": a fact about the place, unless the reader is sent there too.
  if (!contact && INFO_ABOUT.test(text.slice(Math.max(s, name[0] - 30), name[0]) + " " + text.slice(name[1], name[1] + 20))) return null;
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

// ----- DESCRIBED: an English account given without its app's name ---------------------------

/** The logos apps are told by: a camera, a bird, a ghost, a phone, a paper plane, a speech bubble, a music note. */
const LOGO = String.raw`(?:camera|bird|ghost|phone|(?:paper\s+)?plane|(?:speech\s+|chat\s+)?bubble|music\s+note|lightning(?:\s+bolt)?)`;
/** An app told by its look instead of its name: "the bird app", "the camera one", "the purple app", "the one with the camera logo". */
const DESCRIBED_APP = String.raw`(?:the\s+(?:(?:little|blue|green|purple|yellow|pink|white|black)\s+)?(?:${LOGO}|photo|picture|blue|green|purple|yellow|pink)\s+(?:app|one)|the\s+(?:app|one)\s+with\s+the\s+(?:\w+\s+)?${LOGO})\b`;
/** Another app than this one, said without its name: "the other app", "the other one", "you know the one", or one told by its look. */
const ELSEWHERE = new RegExp(
  String.raw`\b(?:(?:the|my|our)\s+other\s+(?:app|one|platform|site)|you\s+know\s+the\s+one|not\s+(?:on\s+)?(?:here|this\s+(?:app|one|site))|off\s+(?:here|this\s+app)|everywhere|on\s+(?:pretty\s+much\s+|just\s+about\s+)?(?:everything|all\s+(?:of\s+)?(?:them|the\s+apps|my\s+socials))|${DESCRIBED_APP})`,
  "i",
);
/** A cue of an app's use around a name to search: adding, following, messaging, a profile picture, the fees left behind. */
const APP_USE = /\b(?:add\s+(?:me|us)|follow\s+(?:me|us)|dm\s+(?:me|us)|message\s+(?:me|us)|hmu|hit\s+(?:me|us)\s+up|chat|pfp|profile\s+pic(?:ture)?|avatar|fees?|commission)\b/i;
/** An account the sender says is given up: "but I don't use it anymore", "it's deleted". */
const GIVEN_UP = /\b(?:(?:don'?t|do\s+not|never|no\s+longer)\s+use|anymore|any\s+more|deleted|deactivated|closed)\b/i;
/** A short list of social apps named after a handle: "revsbyryan on the gram". */
const SOCIAL_AFTER = /^\s+(?:on|in)\s+(?:the\s+)?(?:gram|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|fb|facebook|twitter|x|threads|telegram|tg|discord|kik)\b/i;

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
      String.raw`\b(?:my|our)\s+(?:insta(?:gram)?|ig|gram|snap(?:chat)?|tik\s?tok|fb|facebook|twitter|handle|username|user\s*name|@|page|account)\s+(?:is|'s|=)\s+(?:just\s+)?(?:the\s+)?(?:name\s+of\s+(?:this|the|my|our)\s+(?:garage|shop|business|workshop|company)|(?:garage|shop|business|workshop|company)(?:'s)?\s+name)\b|\b(?:(?:my|our)\s+(?:user\s*|screen\s+)?name(?:'s|\s+is)?|same\s+(?:user\s*)?name)\s+(?:the\s+)?(?:same\s+)?(?:as\s+(?:on\s+)?(?:here|this\s+(?:app|one))|there|on\s+there)\b`,
      "gi",
    ),
    accept: (m, text) => {
      const [s, e] = sentenceAt(text, m.index, m.index + m[0].length);
      if (!live(m, text) || GIVEN_UP.test(text.slice(m.index, e))) return false;
      // "same name as here" points at another app only when the sentence names one without its name.
      return /\bname\s+of\b|(?:garage|shop|business|workshop|company)(?:'s)?\s+name\b/i.test(m[0]) || ELSEWHERE.test(text.slice(Math.max(0, s - 120), e));
    },
    gate: /\b(?:name|same)\b/i,
    phrase: true,
  },
);
