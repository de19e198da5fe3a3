/**
 * Deal talk (issue 13, round 31): a deal element read in its sentence as only talked about, not offered. Round 30's
 * `platform-bypass.ts` learnt to read it for its own rule, in every language it reads; the older deal rules
 * (`phrases.ts`, `other-languages.ts`, `direct-payment.ts`, `indirect-deals.ts`) flagged the same talk ("não vou pagar
 * fora do app", "paying cash outside the app is against the terms", "the car park is cash only"), so the reading lives
 * here and both consult it. `talkedOf`, the bypass rule's, reads the element as:
 *
 *   - denied (`denied`): negated before it in its clause ("I won't pay cash outside the app", "nie przyjmuję gotówki
 *     poza aplikacją"), denied right after it ("cash isn't accepted", "nakit kabul etmiyorum"), or a rule of the
 *     platform stated from its clause on ("... is against the rules", "é proibido", "bawal"), unless set aside after it
 *     ("it's against the rules, but ...");
 *   - told of someone else or of the past ("they only take cash", "I paid £45 cash last year");
 *   - a third party's request reported ("the dealer told me to skip the booking", "el mecánico me pidió que ...");
 *   - refused in its sentence or by the writer anywhere in the message ("I said no", "I'd rather keep it all here").
 *
 * `readAsTalk` wraps the older rules with the narrower part that holds for their bare phrases (see there).
 * The text reaches the rules normalised: words are written without accents, Arabic alef folded to "l".
 */
import { matchesOf, negatedBefore, type Pattern, sentenceAt } from "./context.ts";
import { unicodeSkeleton } from "./normalise.ts";

/**
 * Regex source for Arabic words as the normaliser hands them on: alef ("ا") folded to "l" (it looks
 * Latin) beside its hamza forms, final "ة" or "ه", final "ي" or "ى". No \b: Arabic letters are no word
 * characters of an expression without the u flag, so the words are bounded by letters of the script.
 */
export function arabicWords(words: string): string {
  const letter = (ch: string): string => {
    if ("اأإآ".includes(ch)) return "[lاأإآ]";
    if ("ةه".includes(ch)) return "[ةه]";
    if ("يى".includes(ch)) return "[يى]";
    return unicodeSkeleton(ch).text;
  };
  return `(?<![\\u0600-\\u06ff])(?:${words
    .split("|")
    .map((w) =>
      [...w]
        .map(letter)
        .join("")
        .replace(/ /g, String.raw`\s+`),
    )
    .join("|")})`;
}

/**
 * Negations of the other languages before an element in its comma-clause, the writer's refusal by a negated ability
 * or a prohibition among them ("no puedo cobrar en efectivo ...", "não posso receber em dinheiro sem passar pelo app",
 * "je ne peux pas" (its "pas" nearer; not "pas de frais", "pas cher"), "nie mogę", "nu pot", "nem tudok", "tidak bisa", "tak boleh", "hindi ako pwedeng", "di pwede",
 * "bawal", "tilos", "ما بقدر آخذ كاش برا التطبيق", "مو مسموح", "ممنوع", "ik betaal niet buiten de app", "saya tak nak
 * bayar luar app", "em không trả tiền mặt"); English is read by `negatedBefore`. As far
 * as it (50 characters): an ability's object comes between ("nie mogę przyjąć gotówki bez aplikacji"). A negated
 * need is the offer itself ("nggak usah ...", "não precisa ...", "nem kell ...", "geen app nodig", "không cần ..."), no refusal. Issue 13, the kind
 * "the writer's own refusal abroad": Arabic "ما" and "لا" reach the rules with their alef folded to "l".
 */
export const NEGATED_ABROAD = new RegExp(
  String.raw`(?:\b(?:no|nunca|jamas|nao|nem|ne|jamais|nicht|kein\w*|nie|non|nu(?!\s+(?:kan|kun|skal|er|har|vil|du|vi|jeg|bare|gaat|is|ga|ik|we|wil|moet))|soha|nincs|asla|niet|nooit|geen|tidak|tdk|nggak|ngga|enggak|gak|tak|jangan|khong|chang|dilarang|nahi|nahin|hindi|wag|huwag|bawal|tilos|prohibido|proibido|interdit|verboten|vietato|zakazan\w*|zabronion\w*|interzis|yasak|(?:tak|ga)\s+(?:boleh|bisa)|di\s+(?:pwede|puwede|maaari)|pas(?!\s+(?:de|d['’]|cher|mal)\b))\b(?!\s+(?:usah|perlu|payah|need|hace\s+falta|precisa|kell|serve|besoin|nodig|hoeft|hoef|can|problem|worries|\w+\s+(?:needed|required|necessary)\b))|${arabicWords("لا|ما|مش|مو|مب|لن|ممنوع|مستحيل|غير مسموح")}(?![\u0600-\u06ff]))[^,.!?;\n،؛؟]{0,50}$`,
  "i",
);

/**
 * The writer's refusal after the element in its comma-clause, where the verb comes last: Turkish negative verbs of the
 * writer or the reader ("nakit alamam", "kabul etmiyorum", "ödeyemezsiniz", "olmaz"; not "tamam"), romanised Hindi
 * "nahi le sakta", "mana hai", "mat" (issue 13, the kind "the writer's own refusal abroad").
 */
const REFUSED_AFTER =
  /\b(?<!\b(?:komisyon\w*|commission|fees?|prowizj\w*|potongan|kesinti)\s)(?:(?!tamam\b)\w+(?:m[ae]m|m[ae]yiz|miyor(?:um|uz)|[ae]m[ae]z(?:sin|siniz)?)|olmaz|kabul\s+etm\w*|(?:nahi|nahin|nai)\s+(?:\w+\s+)?(?:sakta|sakti|sakte|lunga|lenge|karunga|karenge|dunga|denge|karte|lete|chalega)|mana\s+hai|(?<!\b(?:the|a|my|your|door|floor|rubber)\s)mat)\b/i;

/**
 * The platform's rule stated, in every language read: "it's against the terms", "the app doesn't allow", "no se
 * permite", "é proibido pelas regras do app", "c'est interdit", "laut AGB verboten", "vietato dal regolamento",
 * "regulamin zabrania", "interzis", "a szabályzat tiltja", "kurallar yasak", "dilarang", "bawal", "mana hai", "هذا ممنوع
 * حسب شروط المنصة", "ضد سياسة التطبيق", "niet toegestaan", "tegen de regels", "không được phép". Read from the element's clause to the end of its sentence, it is the writer
 * keeping to the platform (issue 13, the kind "a refusal as a rule"); not negated ("not against the rules", "yasak
 * değil", "sorun olmaz", "مو ممنوع").
 */
const PROHIBITION = new RegExp(
  String.raw`(?<!\b(?:not|isn['’]?t|no|nao|nicht|non|nie|nu|nem|niet|tidak|gak|nggak|hindi)\s+(?:\w+\s+)?)\b(?:${[
    String.raw`not\s+(?:allowed|permitted)|forbidden|prohibited|banned|against\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:rules|terms|policy|tos)|(?:break|breaks|breaking|violates?|breach(?:es)?)\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:rules|terms|policy)|(?:app|platform|site|rules|terms|policy)\s+(?:doesn['’]?t|does\s+not|won['’]?t|don['’]?t)\s+(?:allow|let|permit)`,
    String.raw`prohibid[oa]|prohibe|no\s+(?:se\s+)?(?:esta\s+)?permit\w*|proibid[oa]|nao\s+(?:e\s+)?permitid[oa]|nao\s+permite|interdit\w*|pas\s+(?:le\s+droit|autorise\w*|permis)`,
    String.raw`verboten|nicht\s+(?:erlaubt|gestattet)|untersagt|vietat[oa]|non\s+(?:e\s+)?(?:permess[oa]|consentit[oa])|zakazan\w*|zabronion\w*|zabrania|nie\s+wolno|niedozwolon\w*`,
    String.raw`interzis\w*|nu\s+(?:e\s+|este\s+)?permis|nu\s+am\s+voie|tilos|tiltja|nem\s+(?:szabad|lehet|engedelyezett)|yasak\w*(?!\s+degil)|(?<!\b(?:sorun|problem)\s+)olmaz|izin\s+vermiyor`,
    String.raw`verboden|niet\s+(?:toegestaan|de\s+bedoeling)|tegen\s+de\s+(?:regels|voorwaarden)|khong\s+duoc\s+phep|bi\s+cam|dilarang|(?:tidak|nggak|gak|ga|tak)\s+(?:boleh|diizinkan)|melanggar|bawal|(?:hindi|di)\s+(?:pwede|puwede|allowed|maaari)|mana\s+hai|(?:allowed|allow)\s+nahi`,
  ].join("|")})\b|(?<!${arabicWords("مو|مش|مب|مهو")}\s+)${arabicWords("ممنوع|مو مسموح|مش مسموح|غير مسموح|ما يصير|ما ينفع|تمنع|يمنع|ضد سياسة|ضد شروط|ضد قوانين|مخالف")}`,
  "i",
);

/**
 * A rule or a refusal set aside by what follows (issue 13, round 31): "it's against the rules, but ...", "c'est interdit
 * mais ...", "está prohibido, pero ...", "é proibido, mas ...", "verboten, doch ...", "dilarang, tapi ...", "bawal pero",
 * "mana hai lekin", "ممنوع بس". The words that are also everyday ones elsewhere count only after a comma (Portuguese
 * "mais" and Spanish "más" are "more", French "ma" is "my", "de" and "par" are prepositions, Vietnamese "những" folds
 * to "nhung"), except French "mais", Italian "ma" and Vietnamese "nhưng" before the words their clauses open with ("mais je", "mais
 * payez", "mais annulez", "ma pagami", "nhưng trả").
 */
export const CONCEDED = new RegExp(
  String.raw`\b(?:but|though|however|pero|porem|aber|trotzdem|tuttavia|ale|jednak|insa|totusi|ama|fakat|ancak|maar|tapi|tetapi|namun|lekin|magar|nhung(?=\s+(?:anh|em|chi|minh|toi|ban|ta|cu|tra|chuyen|gui|lam|neu|co\s+the)\b)|ma(?=\s+(?:io|ti|vi|ci|se|pagami|pagate|paga|facciamo|posso|possiamo|puoi|potete|dammi|fammi)\b)|mais(?=\s+(?:je|j['’]|tu|vous|nous|on|il|elle|c['’]|ca|si|pour|paie|paye|en|bon|franchement|perso|(?!(?:tal)?vez\b)\w+ez)\b))\b|[,;]\s*(?:mais|mas|ma|doch|dar|nhung|par(?!\s+(?:l['’]|le|la|les|principe|exemple|contre|ailleurs)\b)|de(?!\s+(?:ningun\w*|nenhum\w*|verdad\w*|verdade|todas?|todos?|jeito|modo|manera|forma|nuevo|novo|toute\w*|tout|rien|la|el|los|las|le|les)\b))\b|${arabicWords("لكن|بس")}(?![\u0600-\u06ff])`,
  "i",
);

/** `CONCEDED` for every match (`concededUpTo`), compiled once. */
const CONCEDED_ALL = new RegExp(CONCEDED.source, "gi");

/**
 * Where the element's clause really opens for a refusal before it: after the last `CONCEDED` word between its sentence's
 * start and the element (issue 13, round 31). A rule or a refusal set aside ("je sais que ce n'est pas autorisé, mais
 * payez-moi en liquide", "I know it's not allowed but I'll take cash") denies nothing after it; one after the "but"
 * still does ("désolé, mais je ne prends pas de liquide").
 */
export function concededUpTo(text: string, start: number, index: number): number {
  let cut = start;
  for (const c of matchesOf(CONCEDED_ALL, text.slice(start, index))) cut = start + c.index + c[0].length;
  return cut;
}

/** A rule of the platform stated in `text` (`PROHIBITION`) and not set aside after it ("it's not allowed, but ..."). */
function ruleStands(text: string): boolean {
  const rule = PROHIBITION.exec(text);
  return rule !== null && !CONCEDED.test(text.slice(rule.index + rule[0].length));
}

/**
 * The writer's refusal around an element: a verb-final one after it in its comma-clause, or a rule stated from its
 * clause on; `opens` is where its clause may open at the earliest (`concededUpTo`).
 */
function refusedAround(m: RegExpExecArray, text: string, opens: number, end: number): boolean {
  let from = m.index;
  while (from > opens && !",;،؛".includes(text[from - 1]!)) from--;
  let to = m.index + m[0].length;
  while (to < end && !",;،؛".includes(text[to]!)) to++;
  return REFUSED_AFTER.test(text.slice(m.index + m[0].length, to)) || ruleStands(text.slice(from, end));
}

/**
 * A third party's request or offer reported by the writer, its verb before the element in the sentence (issue 13, the
 * kind "a request told back"): someone asked, told or wanted the writer (me, us) to leave the platform, or offered or
 * suggested it, in the past: "the dealer told me to skip the booking and pay cash", "my mate said to pay cash", "he
 * offered to do it cheaper if I cancelled", "el mecánico me pidió que ...", "a oficina pediu para eu ...", "le garage
 * m'a demandé de ...", "die Werkstatt wollte, dass ich ...", "l'officina mi ha chiesto di ...", "chciał, żebym ...",
 * "mi-a cerut să ...", "kérte, hogy ...", "de garage vroeg me ...", "bengkel sebelah minta bayar cash ...", "nyuruh saya ...", "keh raha tha",
 * "sabi ... daw", "inalok ako", "طلب مني", "قال لي". The writer's own offer is not one: a verb of the present or aimed at
 * the reader ("my boss says cancel and come direct", "my boss said: cancel ...", "he said you should ...", "disse para
 * você ...", "sabi ng boss ko, i-cancel mo ..."), a message passed on ("he asked me to tell you: skip the app"), or the
 * writer (I, we) or the reader as the one who said it ("I said to skip the app", "you offered ...").
 */
export const REPORTED_REQUEST = new RegExp(
  String.raw`(?:\b(?:${[
    // English: "told me to", "asked us to", "tried to get me to", "offered me a discount"; unbound verbs with a subject not I, we nor you
    String.raw`(?:told|asked|wanted|begged|pushed|pressured|urged|advised|offered|invited)\s+(?:me|us)|(?:tried\s+to\s+get|got)\s+(?:me|us)\s+to`,
    String.raw`(?<!\b(?:i|we|you|u)\s+(?:\w+\s+)?)(?:said|suggested|offered|proposed|insisted|wanted|mentioned)\s+(?:to|that\s+(?:i|we)|(?:i|we)\s+(?:should|could|cancel|pay|skip)|(?:cash|paying|cancell?ing|skipping))\b`,
    // Spanish, Portuguese: "me pidió que", "me ofreció", "quería que", "pediu para eu", "disse que era mais barato", "me ofereceu"
    String.raw`(?:me|nos)\s+(?:pidio|pidieron|dijo|dijeron|ofrecio|ofrecieron|propuso|sugirio|recomendo|pediu|pediram|disse|disseram|ofereceu|ofereceram|sugeriu)|(?:queria|querian|queriam)\s+que|(?:pediu|pediram|disse|disseram|ofereceu|sugeriu)\s+(?:para\s+(?:eu|mim|nos)\b|que\s+(?:eu|era|seria|saia|ficava))`,
    // French: "m'a demandé", "m'a proposé", "nous a dit de", "voulait que je"
    String.raw`(?:m|nous)['’]?\s?(?:a|ont|avait)\s+(?:demande|propose|dit\s+de|conseille|suggere|offert)|voulai(?:t|ent)\s+que`,
    // German: "wollte, dass ich", "hat mir gesagt", "bot mir an", "meinte, ich soll"
    String.raw`wollten?\s*,?\s+dass\s+(?:ich|wir)|(?:hat|haben|hatte)\s+(?:mir|uns)\s+(?:gesagt|vorgeschlagen|angeboten|geraten)|(?:bot|boten|sagte|riet)\s+(?:mir|uns)|meinten?\s*,?\s+(?:ich|wir)\s+(?:soll|sollte|konnte)`,
    // Dutch: "vroeg me", "wilde dat ik", "zei dat ik", "bood me ... aan"
    String.raw`vroeg(?:en)?\s+(?:me|mij|ons|of\s+(?:ik|we))|wilde(?:n)?\s*,?\s+dat\s+(?:ik|we)|(?:zei|zeiden)\s+(?:dat\s+(?:ik|we)|tegen\s+(?:me|mij|ons))|boden?\s+(?:me|mij|ons)`,
    // Italian: "mi ha chiesto", "ci hanno proposto", "voleva che"
    String.raw`(?:mi|ci)\s+(?:ha|hanno|aveva)\s+(?:chiesto|detto\s+di|proposto|offerto|suggerito|consigliato)|volevan?o?\s+che`,
    // Polish: "chciał, żebym", "kazał mi", "proponował mi", "prosił mnie"
    String.raw`(?:chcia|kaza|proponowa|zaproponowa|prosi|namawia|radzi|powiedzia|mowi)[lł](?:a|i)?\s*,?\s+(?:mi|mnie|nam|nas|zebym|zebysmy|abym|zeby)\b`,
    // Romanian: "mi-a cerut", "ne-au propus", "voia să"
    String.raw`(?:mi|ne)-?a(?:u)?\s+(?:cerut|zis\s+sa|spus\s+sa|propus|oferit|sugerat)|(?:voia|voiau|vroia|vroiau)\s+sa`,
    // Hungarian: "kérte, hogy", "akarta, hogy", "mondta, hogy", "ajánlotta"
    String.raw`(?:kerte|akarta|mondta|javasolta|ajanlotta|kertek|akartak|mondtak)\s*,?\s+(?:hogy|nekem|tolem)`,
    // Indonesian/Malay: a third party asking or offering ("bengkel sebelah minta", "nyuruh saya", "nawarin diskon"); not the writer's own "saya minta"
    String.raw`(?<!\b(?:saya|aku|sy|gue|gw|kami|kita)\s+(?:\w+\s+)?)(?:minta|meminta|mintak|nyuruh|menyuruh|suruh|nawarin|menawarkan|nawarkan|tawarkan|ngajak|ngajakin|mengajak|maksa|memaksa|nyaranin|menyarankan)|disuruh|ditawarin|ditawari`,
    // romanised Hindi: "bola", "keh raha tha", "maang raha tha"; not aimed at the reader ("aapko bola")
    String.raw`(?:bola|boli|bole|kaha|bol\s+raha\s+tha|keh\s+raha\s+tha|keh\s+rahi\s+thi|maang\s+raha\s+tha|maang\s+rahe\s+the|chahta\s+tha)\b(?!\s+(?:hai|hain|aapko|tumhe|tumko|tujhe))`,
    // Tagalog: "sabi ... daw" (the reported "daw"), "sinabihan ako", "inalok ako", "gusto niya na ako"
    String.raw`(?:sabi|sinabi)\b[^.!?\n]*\bdaw|sinabihan\s+(?:ako|kami)|inalok\s+(?:ako|kami)|gusto\s+(?:niya|nila|nya)\s+(?:na\s+)?(?:ako|kami)`,
  ].join("|")})\b|${arabicWords("طلب مني|طلبوا مني|قال لي|قالي|قالوا لي|عرض علي|عرضوا علي|اقترح علي")})[^.!?\n]*$`,
  "i",
);

/**
 * A message passed on to the reader, reported speech as a disguise: "he asked me to tell you: skip the app", "me dijo que
 * te dijera", "m'a demandé de vous dire", "hat mir gesagt, dir zu sagen", "mi ha detto di dirti", "kazał mi przekazać",
 * "mi-a zis să-ți spun", "bilang ke kamu", "aapko batana", "sabihin ko sa iyo", "أقولك". The offer is the sender's side's.
 */
const PASSED_ON = new RegExp(
  String.raw`\b(?:(?:tell|let|remind)\s+(?:you|u)|pass\s+(?:it|this|that)\s+on|decirte|avisarte|que\s+te\s+(?:dijera|diga)|(?:te|lhe)\s+(?:dizer|falar|avisar)|(?:te|vous)\s+dire|(?:dir|ihnen|euch)\s+(?:zu\s+)?(?:sagen|ausrichten)|dirti|dirle|(?:ci|panu|pani)\s+(?:powiedziec|przekazac)|przekazac|sa-?ti\s+(?:spun|zic)|mondjam\s+meg|sana\s+(?:soyle|ilet)\w*|(?:bilang|sampaikan|kasih\s+tau)\s+(?:ke\s+)?(?:kamu|anda|mas|mbak|bapak|ibu)|(?:aapko|tumhe|tumko)\s+(?:batana|batane|bata\s+du)|sabihin\s+(?:ko\s+)?sa\s+(?:iyo|inyo))\b|${arabicWords("اقولك|اخبرك|ابلغك")}`,
  "i",
);

/** The same in Turkish and romanised Hindi, whose verb comes after what was asked: "nakit ödememi istedi", "... teklif etti", "... daha ucuz dedi". */
const REPORTED_AFTER = /^[^.!?\n]*\b(?:istedi|istediler|teklif\s+etti|teklif\s+ettiler|onerdi|dedi|dediler|soyledi|bol\s+raha\s+tha|keh\s+raha\s+tha|maang\s+raha\s+tha)\b/i;

/** The offer refused in its sentence ("..., I refused", "me negué", "recusei", "abgelehnt", "رفضت"). */
export const REFUSED =
  /\b(?:refused|declined|pass(?:ing)?\s+on|gonna\s+pass|no\s+thanks|said\s+no|turned\s+(?:it|him|them)\s+down|reported|me\s+negue|recusei|j['’]ai\s+refuse|abgelehnt|ho\s+rifiutato|odmowil\w*|am\s+refuzat|visszautasitottam|reddettim|geweigerd|menolak|tumanggi|tu\s+choi|mana\s+kar\s+diya)\b|رفضت/i;

/**
 * The writer turning the offer down or keeping to the platform anywhere in the message, in the first person: "I said no",
 * "no quise", "recusei", "j'ai refusé", "das mache ich nicht", "ho rifiutato", "odmówiłem", "am refuzat", "nem fogadtam
 * el", "reddettim", "ik heb geweigerd", "saya tolak", "em đã từ chối", "maine mana kar diya", "tumanggi ako", "رفضت"; "I'd rather keep it all here",
 * "prefiero la app", "prefiro pagar aqui", "wolę przez aplikację", "ik betaal liever via de app", "lebih suka lewat aplikasi", "mas gusto ko dito". An
 * offer beside it is one turned down, told back ("the workshop next door asked me to pay cash outside the app, I
 * refused"). Not "I'd rather you paid cash than through the app": the reader nor a comparison in between.
 */
const WRITER_DECLINED = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?:i|we)\s+(?:\w+\s+)?(?:refused|declined|said\s+no|told\s+(?:him|her|them)\s+no|turned\s+(?:it|him|her|them)\s+down)`,
    String.raw`(?:i['’]?d|i\s+would|we['’]?d|i)\s+(?:much\s+)?(?:rather|prefer)\s+(?:(?!you\b|u\b|than\b|not\b)[\w'’]+\s+){0,4}?(?:(?:on\s+)?here|(?:in|through|on|via)\s+the\s+(?:app|platform))\b(?!\s+(?:at|in)\s+(?:my|the|our)\b)`,
    String.raw`no\s+quise|me\s+negue|dije\s+que\s+no|prefiero\s+(?:\w+\s+)?(?:por\s+)?la\s+(?:app|aplicacion)|recusei|nao\s+aceitei|prefiro\s+(?:\w+\s+)?(?:aqui|pel[oa]\s+app|no\s+app)`,
    String.raw`j['’]ai\s+(?:refuse|dit\s+non)|je\s+prefere\s+(?:\w+\s+)?(?:ici|(?:par|via)\s+l['’]?\s?appli\w*)`,
    String.raw`(?:ich\s+)?habe?\s+(?:\w+\s+)?abgelehnt|das\s+mache\s+ich\s+nicht|ich\s+(?:\w+\s+)?lieber\s+(?:uber|in|mit)\s+(?:die|der)\s+app`,
    String.raw`ho\s+(?:rifiutato|detto\s+di\s+no)|non\s+ho\s+accettato|preferisco\s+(?:\w+\s+)?(?:qui|(?:con|tramite)\s+l['’]?\s?app)`,
    String.raw`odmowi[lł](?:em|am)|nie\s+zgodzi[lł](?:em|am)|wol[eę]\s+(?:\w+\s+)?przez\s+aplikacj\w*`,
    String.raw`am\s+refuzat|n-am\s+acceptat|prefer\s+(?:\w+\s+)?(?:prin\s+)?aplicati\w*`,
    String.raw`nem\s+fogadtam\s+el|visszautasitottam|nemet\s+mondtam|inkabb\s+(?:az\s+)?(?:appon|alkalmazason)`,
    String.raw`reddettim|kabul\s+etmedim|uygulama(?:dan|yi)?\s+(?:\w+\s+)?tercih\s+ederim`,
    String.raw`(?:saya|aku|sy|gue|gw|kami)\s+(?:udah\s+|sudah\s+|langsung\s+)?(?:tolak|menolak|nolak)|(?:lebih\s+suka|mending|mendingan)\s+(?:\w+\s+)?(?:lewat|pakai|via|di)\s+(?:aplikasi|app)|(?:di\s+sini|lewat\s+aplikasi)\s+(?:lebih\s+)?aman`,
    String.raw`maine\s+(?:mana|inkaar)\s+kar\s+diya|maine\s+mana\s+kiya`,
    String.raw`(?:ik|we|wij)\s+(?:\w+\s+)?(?:geweigerd|nee\s+gezegd)|(?:ik|we)\s+(?:\w+\s+)?liever\s+(?:via|in|met)\s+de\s+app|(?:em|toi|minh)\s+(?:da\s+)?tu\s+choi`,
    String.raw`tumanggi\s+(?:ako|kami)|tinanggihan\s+(?:ko|namin)|mas\s+gusto\s+(?:ko|namin)\s+(?:dito|sa\s+app)`,
  ].join("|")})\b|${arabicWords("رفضت|رفضنا|افضل التطبيق")}`,
  "i",
);

/**
 * What makes a question an offer all the same: the sender's own undertaking or a proposal ("..., I'll do it cheaper?",
 * "how about you come straight to me?"). Without it a question asks about the terms: "is it cheaper if I pay cash?",
 * "the cash price vs going through insurance, which is cheaper?", "I paid £45 cash last year, is yours cheaper?".
 */
export const OFFER_IN_QUESTION = /\b(?:i['’]?ll|i\s+(?:can|could|will)|we\s+(?:can|could)|let['’]?s|how\s+about|why\s+not|wanna)\b/i;

/** Told as what happened: a payment or a price in the past ("I paid £45 cash", "it was cheaper", "they gave me a discount for cash"). */
const PAST_BEFORE =
  /\b(?:(?<!\b(?:if|when|once)\s)paid|spent|was|were|(?<!\bat\s)cost|bought|gave|got|charged|quoted|used\s+to|pague|pagamos|paguei|pagou|pagaste|j['’]ai\s+paye|habe\s+\w+\s+bezahlt|ho\s+pagato|zap[lł]aci[lł]\w*|bylo|by[lł]a|am\s+platit|fizettem|odedim|maine\s+diya|nagbayad|betaalde|betaald|hoi\s+truoc|truoc\s+day)\b[^,.!?;\n]{0,25}$/i;

/** Someone else as the subject of the element's clause: "they only take cash", "the other garage charges less". */
const THIRD_PARTY_BEFORE = /\b(?:they|he|she|them|their|his|the\s+(?:other|last|old|next)\s+\w+|(?:the|that)\s+(?:garage|shop|dealer|dealership|place|guy|mechanic|car\s+wash))\b[^,.!?;\n]{0,25}$/i;

/**
 * The element denied right after it: "cash isn't accepted", "cash is not an option" (round 31: the platform's cut beside it
 * is then no reason to leave); abroad (round 35), the writer's refusal closing its clause: "si es en efectivo, no puedo,
 * solo por la app", "em dinheiro não aceito", "in contanti non posso", "bar geht nicht", "gotówką nie mogę", "contant kan niet".
 */
export const NEGATED_AFTER =
  /^\s*(?:(?:payments?|only)\s+)?(?:(?:is|are)\s+(?:not|never|no\s+longer)|isn['’]?t|aren['’]?t|not)\s+(?:\w+\s+)?(?:accepted|allowed|possible|an\s+option|taken|permitted)\b|^\s*,?\s*(?:\w+\s+)?(?:no\s+(?:puedo|podemos|acepto|aceptamos|se\s+puede|es\s+posible)|nao\s+(?:aceito|aceitamos|posso|podemos|da|e\s+possivel)|non\s+(?:posso|possiamo|accetto|accettiamo|si\s+puo|e\s+possibile)|(?:je\s+)?ne\s+(?:peux|prends|accepte)\s+pas|(?:das\s+)?geht\s+(?:leider\s+)?nicht|(?:nehme|nehmen)\s+(?:ich|wir)\s+nicht|nie\s+(?:moge|mogę|mozemy|możemy|przyjmuje|przyjmuję|da\s+sie|da\s+się)|(?:kan|gaat)\s+niet|(?:hindi|di)\s+pwede|(?:tidak|gak|nggak|ga)\s+(?:bisa|boleh|terima))(?=\s*(?:[,.;!?]|$))/i;

/**
 * The element `m` (bounded by its sentence, `start` to `end`, as `sentenceAt` reads it) denied: negated before it in
 * its clause ("I won't pay cash outside the app", "não vou pagar fora do app") or right after it ("cash isn't
 * accepted", "nakit alamam"), or a rule of the platform stated from its clause on ("paying cash outside the app is
 * against the terms", "bawal ang cash sa labas ng app") and not set aside after it ("..., but").
 */
function denied(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  const opens = concededUpTo(text, start, m.index);
  const head = text.slice(Math.max(opens, m.index - 60), m.index);
  return negatedBefore(text.slice(opens), m.index - opens) || NEGATED_ABROAD.test(head) || NEGATED_AFTER.test(text.slice(m.index + m[0].length, end)) || refusedAround(m, text, opens, end);
}

/**
 * The element only talked about: denied (`denied`), told as past, refused in its sentence or by the writer anywhere in
 * the message, a third party's ("they only take cash") or a request of someone else's reported ("the dealer told me
 * to skip the booking"). A question is not read here: the caller decides.
 */
export function talkedOf(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, m.index - 60), m.index);
  if (denied(m, text, start, end) || PAST_BEFORE.test(head) || THIRD_PARTY_BEFORE.test(head)) return true;
  const sentence = text.slice(start, end);
  if (REFUSED.test(sentence) || WRITER_DECLINED.test(text)) return true;
  const reported = REPORTED_REQUEST.test(text.slice(start, m.index)) || REPORTED_AFTER.test(text.slice(m.index + m[0].length, end));
  return reported && !PASSED_ON.test(sentence);
}

/**
 * Another trade as the subject of the element's clause, doing or offering something: "the car park by the workshop is
 * cash only", "the motor factors take 10% off if you pay cash", "the tyre shop gives 10% off for cash", "el parking solo
 * acepta efectivo". Narrower than `THIRD_PARTY_BEFORE` ("he'll do it for 200 cash" is a recommendation passed on).
 */
const OTHER_TRADE_BEFORE = new RegExp(
  String.raw`\b(?:the|that|this|a|my|our|el|la|le|der|die|das|il|o)\s+(?:\w+\s+)?(?:car\s+park|parking(?:\s+lot)?|parkhaus|parkplatz|estacionamiento|estacionamento|parcheggio|motor\s+factors?|parts?\s+(?:shop|store|place|counter)|tyre\s+(?:shop|place)|tire\s+(?:shop|place)|car\s+wash|petrol\s+station|gas\s+station|garage\s+next\s+door|toll(?:\s+road|\s+bridge)?|tow(?:ing)?\s+(?:truck|company|guy|driver)|scrap\s?yard|dealer(?:ship)?)\b(?:\s+[\w'’]+){0,4}?\s+(?:is|are|was|were|only|takes?|took|gives?|gave|charges?|charged|does|did|offers?|offered|wants?|wanted|accepts?|accepted|solo|nur)\b[^,.!?;\n]{0,30}$`,
  "i",
);

/**
 * The writer's former garage or mechanic as the subject ("my old garage gave a discount for cash", "the last mechanic
 * took cash only", "my old mechanic did it without the app"): a story, unless a question follows that may take it up
 * ("my old mechanic did it outside the app for cash, want to do the same?", "... I refused. You up for that instead?").
 */
const FORMER_GARAGE_BEFORE = /\b(?:my|our|the|a)\s+(?:old|last|previous|former|usual)\s+(?:garage|mechanic|shop|workshop|guy)\b[^,.!?;\n]{0,40}$/i;

/**
 * The payment on the platform only put off, a refusal that is the match itself ("don't pay through the app") followed
 * by when: "... yet", "... until the job's done", "... before the work's done", "... twice". A payment postponed or not
 * made again keeps to the platform; an offer beside it is read by the rules on its own words ("pay me cash then").
 */
const PUT_OFF = /^(?:don['’]?t|dont|do\s+not|never|no\s+need\s+to)\b/i;
const POSTPONED_AFTER = /^\s*(?:[\w'’]+\s+){0,2}?(?:yet|until|till|til|before|twice|again)\b/i;

/**
 * A question the writer answers at once with a no and the platform's rule (issue 13, round 31): "pay cash? no, it's not
 * allowed", "payer en liquide ? non, c'est interdit", "bar zahlen? nein, das ist verboten". The rule stated after the
 * refusal keeps to the platform; a bare "no" ("pay cash? no fee that way") or a rule set aside ("no, it's not allowed,
 * but ...") does not.
 */
const ANSWERED_NO = new RegExp(String.raw`^\s*(?:(?:no+|nope|non|nein|nao|nie|hayir|nee|hindi|nahi|nahin|tidak|nggak|gak|khong)\b|${arabicWords("لا")}(?![\u0600-\u06ff]))`, "i");

function answeredNo(text: string, end: number): boolean {
  const after = text.slice(end + 1);
  if (!ANSWERED_NO.test(after)) return false;
  return ruleStands(after.slice(0, after.search(/[.!?\n]|$/)));
}

/** What turns a question into an offer: a saving, or the fee or the platform avoided. */
export const SAVING_OR_AVOIDING =
  /\b(?:cheaper|discount|save|saving|fee|fees|commission|cut|skip|avoid|off\s+the\s+(?:app|books)|instead|direct(?:ly)?|comisi[oó]n|taxa|sin\s+la\s+app|sem\s+o\s+app|ohne)\b|\d\s?%|\b(?:not|without|outside|this\s+time)\b/i;
/**
 * Money handed to the chat partner (round 52), in a question how to pay: "like hand it to you at pickup", "give u the cash",
 * "leave it in an envelope for you", "bank transfer to you", "straight into your hand", "hand it over when you drop the car back".
 * Read only where the sentence is about paying, so "it" is the money; handed back ("give it back to you") is something returned,
 * and the reader or the workshop handing it over ("when you hand it over") is the car. Paying the reader in person is a deal
 * asked for, not a question how the booked workshop takes payment.
 */
export const MONEY_TO_THE_READER = new RegExp(
  [
    String.raw`\b(?:pay|paid|hand|give|giv|gave|pass|slip|bung|leave|left|drop|bring|send|sent|transfer|e-?transfer|wire)(?:s|ed|ing)?\s+(?:(?:it|that|them|(?:the\s+|some\s+)?(?:cash|money|notes|readies|dosh|payment|balance|rest|lot|envelope))\s+)?(?:(?:over|across|straight|directly|ready|in\s+(?:an?\s+)?(?:envelope|cash))\s+){0,2}(?:to|2|for|4)\s+(?:you|u|ya|yourself)\b`,
    String.raw`\b(?:hand|give|giv|pass|slip|bung|get)(?:s|ing)?\s+(?:you|u|ya)\s+(?:the\s+|some\s+)?(?:cash|money|notes|readies|dosh|payment|balance|rest|lot|it)\b(?!\s+back)`,
    String.raw`\b(?:in|into)\s+(?:your|ur|yer)\s+(?:own\s+)?hands?\b`,
    String.raw`\bhand(?:s|ing)?\s+(?:it|that|them|the\s+(?:cash|money|notes|payment))\s+over\s+(?:(?:when|as|once)\s+(?:you|u|ya)|to\s+(?:you|u|ya))\b`,
  ].join("|"),
  "i",
);
/** The chat partner paid in person: "can I pay you on Zelle ...", "¿puedo pagarte ...", "je peux te payer ...": a deal asked for, not a question about the platform. */
export const PERSONAL_PAYEE =
  /\bpay(?:ing)?\s+(?:you|u|ya|yourself|him|her|them|your\s+\w+)\b|\bpagar(?:te|le|lhe)\b|\b(?:te|lhe)\s+pagar\b|\b(?:te|vous)\s+payer\b|\bzahl(?:e|en)?\s+(?:dir|ihnen|euch)\b|\b(?:dir|ihnen)\s+(?:\w+\s+)?(?:be)?zahlen\b/i;

/**
 * Another trade paid in the sentence, the tow, the car park, a toll, the car wash or a parts supplier ("pagué en efectivo la
 * grúa", "paguei o guincho em dinheiro", "I'll bring the cash for the parking meter", "my bank transfer to the parts
 * supplier went through"; round 35), with nothing of a deal between the two of them beside it: no payee of theirs, no job,
 * price or saving ("pay the tow guy cash and pay me direct for the labour" stays a deal).
 */
const ANOTHER_TRADE_PAID =
  /\b(?:tow(?:ing)?(?:\s+(?:truck|guy|driver|company))?|recovery\s+(?:truck|driver)|grua|guincho|takelwagen|sleepdienst|abschlepp\w*|holowani\w*|depanneu\w*|carro\s+attrezzi|soccorso\s+stradale|cekici\w*|derek|car\s+park|parking(?:\s+(?:meter|lot|garage))?|parkhaus|estacionamiento|estacionamento|parcheggio|toll|tolls|peaje|pedagio|maut|car\s+wash|waschanlage|lavado|parts?\s+(?:shop|store|supplier|counter)|motor\s+factors?|taxi|uber)\b/i;
const DEALT_BETWEEN_THEM =
  /\b(?:pay\s+(?:me|you|us)|to\s+(?:me|you|us)|me\s+(?:pagas|paga|pague)|pagame|job|repair|fix|labou?r|discount|cheaper|deal|quote|app|platform|booking|direct(?:ly)?|meet\w*|come|se\s+voir|se\s+voit|retrouv\w*|rendez-vous|rdv|nos\s+vemos|vernos|quedamos|encontr\w*|treff\w*|vediamo|incontr\w*|spotka\w*|bulus\w*|ketemu\w*|magkita|afspreken|ne\s+vedem|milte|see\s+you|yours|mine|my\s+place|there|ahi|alli|ali|do|fit|sort|look|check|swap|change|replace|service|reviso|arreglo|hago|miro|faco|conserto|olho|mache|schau\w*)\b|\d{2}/i;
/** A deal phrase that is a payment: cash, a transfer, a payment service ("pagué en efectivo", "bring the cash", "bank transfer"). */
const PAYMENT_PHRASE =
  /\b(?:cash|efectivo|dinheiro|contanti|liquide|especes|bar|gotowk\w*|nakit|tunai|contant|transfer|venmo|zelle|paypal|revolut|crypto|bizum|pix|blik|gcash|mpesa|upi|wire|pay\w*|paid)\b/i;
/**
 * Someone who covers the bill as the payer right before the match: "my insurance will pay for the windscreen directly", "the
 * warranty pays the dealer directly", "bill the manufacturer directly" (round 35); and a receipt told of as not given ("he got no receipt", "there was no
 * receipt", "he paid cash years ago, no receipt"): a story, not the offer of a job without one.
 */
const COVER_PAYS_BEFORE =
  /\b(?:insurance|insurer|insurers|warranty|manufacturer|lease\s+company|leasing\s+company|employer|fleet\s+company)\s+(?:company\s+|provider\s+)?(?:(?:will|would|can|could|should|is\s+going\s+to|['’]ll)\s+(?:just\s+|then\s+)?(?:pay|cover|settle|handle)?|pays|covers|settles|handles)\s*$/i;
const RECEIPT_TOLD_OF =
  /\b(?:got|gave|given|received|was|were|had)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?$|\b(?:paid|bought)\b(?![^.!?\n]*\b(?:you|u|ya|i['’]?ll|we['’]?ll|i\s+can|we\s+can)\b)[^.!?\n]*$/i;
/** The bill sent to whoever covers it: "bill the manufacturer directly", "pay the insurer directly". */
const BILL_TO_COVER = /^\w+\s+(?:the\s+|my\s+|your\s+)?(?:insurance|insurer|insurers|warranty|manufacturer|lease\s+company|leasing\s+company|employer)\b/i;

const paidToAnotherTrade = (m: RegExpExecArray, sentence: string): boolean => PAYMENT_PHRASE.test(m[0]) && ANOTHER_TRADE_PAID.test(sentence) && !DEALT_BETWEEN_THEM.test(sentence);

/**
 * The older deal rules with `denied` added to what they accept (issue 13, round 31): a deal phrase of theirs ("pay
 * cash", "off-app", "fora do app") stays innocent when it is negated or refused by a rule in its clause, or another
 * trade is the one dealing in cash (`OTHER_TRADE_BEFORE`) or the one paid (`paidToAnotherTrade`) or the writer's former garage is (`FORMER_GARAGE_BEFORE`),
 * or the payment on the platform is only put off (`POSTPONED_AFTER`), or a question of theirs is answered at once with
 * a no and the rule (`answeredNo`). The rest of `talkedOf` is no excuse for them: a
 * refusal told in the message is often followed by the offer all the same ("he offered cash, I said no, but pay me direct"; the
 * retold and refused offer is `look-alikes.ts`'s to read), a story of the past passes the offer on ("previous clients
 * paid me without the app"), and a question is still an offer, a negated one most of all ("can I pay you cash?",
 * "können wir das nicht ohne die App machen?"). Their other kinds pass unchanged.
 */
export const readAsTalk = (patterns: readonly Pattern[]): Pattern[] =>
  narrowDeals(patterns, (m, text, start, end) => {
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    if (OTHER_TRADE_BEFORE.test(head) || paidToAnotherTrade(m, text.slice(start, end)) || COVER_PAYS_BEFORE.test(head) || BILL_TO_COVER.test(m[0])) return false;
    if (/^no\s+receipt/i.test(m[0]) && RECEIPT_TOLD_OF.test(head)) return false;
    if (FORMER_GARAGE_BEFORE.test(head) && !text.includes("?", m.index)) return false;
    if (PUT_OFF.test(m[0]) && POSTPONED_AFTER.test(text.slice(m.index + m[0].length, end))) return false;
    if (text[end] === "?") return !answeredNo(text, end);
    return !denied(m, text, start, end);
  });

/**
 * `patterns` with each OFF_PLATFORM_DEAL pattern's `accept` narrowed by `passes`, asked after the pattern's own `accept` with
 * the match's sentence (`sentenceAt`: `start`, `end`, offsets into `text`); the other kinds pass unchanged.
 */
export function narrowDeals(patterns: readonly Pattern[], passes: (m: RegExpExecArray, text: string, start: number, end: number) => boolean): Pattern[] {
  return patterns.map((p) => {
    if (p.kind !== "OFF_PLATFORM_DEAL") return p;
    const accept = p.accept;
    return {
      ...p,
      accept: (m: RegExpExecArray, text: string): boolean => {
        if (accept && !accept(m, text)) return false;
        const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
        return passes(m, text, start, end);
      },
    };
  });
}

/**
 * A meeting's money or job said beside it in the marketplace's languages (round 55): cash or a payment handed to the sender
 * there ("ti do i soldi lì", "te pago en efectivo", "pago-lhe diretamente", "bayar terus kat saya", "nakit", "uygulamaya
 * gerek yok"), or the job done on the spot ("te cambio el alternador ahí mismo", "troco a peça lá mesmo", "lo sistemo lì stesso").
 * What makes a meeting at a public place a deal when no time is said.
 */
export const CASH_OR_JOB_THERE =
  /\b(?:efectivo|(?:te|le)\s+pago\s+(?:ahi|alli|en\s+mano|directo|directamente)|(?:ahi|alli|la|ali|li)\s+mesmo|(?:ahi|alli)\s+mismo|em\s+dinheiro|dinheiro\s+vivo|em\s+maos|pag(?:o|ava|aria)(?:-lhe|-te)?\s+(?:diretamente|direto|em\s+maos)|contanti|(?:mi\s+dai|ti\s+do|ti\s+pago)\s+(?:i\s+soldi|in\s+contanti|li)|(?:li|sul\s+posto)\s+(?:stesso|subito)|en\s+(?:especes|liquide)|in\s+bar|bargeld|nakit|elden|uygulamaya\s+gerek\s+yok|uygulamasiz|tunai|bayar\s+(?:terus|tunai|cash|langsung))\b/i;

/**
 * A meeting set for a social purpose abroad (round 55): "ci vediamo al bar alle 8 per un caffè", "nos vemos en la plaza para un
 * café", "on se voit au café pour un verre": a coffee, a drink or a meal, no deal unless money or the job is said with it.
 */
const SOCIAL_PURPOSE =
  /\b(?:per|para|pour|auf|voor|for)\s+(?:(?:un|una|uno|um|uma|une|einen|ein|een|a|an)\s+)?(?:caffe|cafe|cafezinho|kaffee|koffie|coffee|cappuccino|aperitivo|aperitif|spritz|birra|cerveza|cerveja|biere|bier|beer|verre|drink|pranzo|almuerzo|almoco|dejeuner|lunch|cena|jantar|diner|colazione|desayuno|chiacchierata|charla)\b/i;

/**
 * A social meeting (round 55): `sentence` (the meeting's own sentence, as the detector reads it) sets it for a coffee, a drink
 * or a meal (`SOCIAL_PURPOSE`: "ci vediamo al bar alle 8 per un caffè", "on se voit au café pour un verre") and says no money
 * or job with it (`CASH_OR_JOB_THERE`: "... per un caffè, ti do i soldi lì" is a deal). No deal, whatever time or place it names.
 */
export function isSocialMeeting(sentence: string): boolean {
  return SOCIAL_PURPOSE.test(sentence) && !CASH_OR_JOB_THERE.test(sentence);
}
