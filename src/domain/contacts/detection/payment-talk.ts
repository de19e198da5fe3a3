/**
 * Payment talk (round 35, false positives of talk about paying): a way of paying named by the deal rules ("PayPal",
 * "Bizum", "en efectivo", "in contanti") in a sentence that offers nothing, in every language chat is written in:
 *
 *   - the platform asked or told of as the one that takes it ("does the app take PayPal?", "¿la app acepta Bizum?",
 *     "akzeptiert die App PayPal?", "czy aplikacja przyjmuje BLIK?", "tumatanggap ba ang app ng GCash?");
 *   - a payment told of as someone else's ("my cousin paid his mechanic by Venmo", "mi primo le pagó al mecánico por
 *     Bizum", "mon cousin a payé son garagiste en espèces", "kuzenim ustaya nakit ödemiş") or as the sender's own to
 *     another trade or long ago ("last year I paid the tow truck 120 in cash", "j'ai payé la dépanneuse en liquide l'an
 *     dernier", "il carro attrezzi l'ho pagato in contanti l'anno scorso");
 *   - someone else's request to pay around the platform reported and turned down ("alguien me pidió pagar fuera de la app y
 *     lo denuncié").
 *
 * Either is an offer all the same when the sentence or the next one weighs a saving or leaves the platform (`GAIN`,
 * `AWAY`, `SAVING_OR_AVOIDING`), pays the reader or the writer, gives a number, a handle or a cashtag, speaks to the reader
 * (a story) or takes the story up ("can we do the same?"). `readAsPaymentTalk` wraps the deal rules with it.
 */
import type { Pattern } from "./context.ts";
import { CONCEDED, narrowDeals, PERSONAL_PAYEE, readAsTalk, REFUSED, REPORTED_REQUEST, SAVING_OR_AVOIDING } from "./deal-talk.ts";
import { AWAY, GAIN } from "./platform-bypass.ts";

/** The platform as the subject of taking, accepting or supporting a way of paying, in the languages chat is written in. */
const PLATFORM_TAKES = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?:app|platform|autodoctor|checkout|site)\s+(?:(?:also|still|even|now)\s+)?(?:takes?|accepts?|supports?|allows?|offers?)`,
    String.raw`(?:app|aplicacion|aplicativo|plataforma|appli|application|applicazione|piattaforma|aplikacja|platforma|aplicatia|uygulama\w*|aplikasi\w*)\s+(?:\w+\s+)?(?:acepta|admite|soporta|aceita|suporta|accepte|prend|accetta|supporta|przyjmuje|obsluguje|akceptuje|accepta|kabul|destekl\w*|terima|menerima|support|dukung)`,
    String.raw`(?:akzeptiert|nimmt|unterstutzt|accepteert|ondersteunt|tumatanggap|tinatanggap)\s+(?:ba\s+)?(?:die|de|ang)\s+(?:app|plattform|platform)`,
    String.raw`(?:die|de)\s+(?:app|plattform)\s+(?:auch\s+|ook\s+)?(?:akzeptiert|nimmt|unterstutzt|accepteert|ondersteunt)`,
    String.raw`app\s+(?:\w+\s+){0,2}accept\s+kar(?:ta|ti|te)|app\s+co\s+nhan|app\s+(?:ina)?(?:kubali|pokea)|inakubali`,
  ].join("|")})\b`,
  "i",
);

/** Money to the writer, or a number, a handle or a cashtag: the way of paying named to send the money elsewhere. */
const PAID_TO_THE_WRITER =
  /\b(?:pay\s+me|to\s+me|send\s+(?:it|me)|me\s+(?:pagas|paga|pague|manda)|mi\s+paghi|pagame|pagueme|pra\s+mim|para\s+mi|a\s+mi|payez[\s-]moi|paie[\s-]moi|a\s+moi|zahl\w*\s+mir|an\s+mich|pagami|a\s+me|na\s+moj|ke\s+(?:saya|aku)|sa\s+akin|mujhe|kwangu|(?:my|mi|meu|minha|mon|ma|meine?|mio|mia|moj|benim|mijn)\s+(?:number|numero|nummer|numer|numara\w*|account|cuenta|conta|compte|konto|conto|chave|iban))\b|[@$]\w|\d{4,}/i;

/** The reader spoken to: a story told to them is one that may be taken up (not "je", French "I", nor "du", French "of the"). */
const READER =
  /\b(?:you|u|ya|your|yours|yourself|ur|tu|te|ti|usted|voce|vc|vous|dir|dich|euch|ihnen|tobie|ciebie|sen|sana|seni|jij|jou|tine|iti|kamu|anda|ikaw|aap|tum|wewe|o\s+senhor|a\s+senhora|pan(?:u|a)?|pani|siz|size|sizi|sizin|lei|le\s+paghi|la\s+pago)\b|(?<![.!?]\s*|^)\bSie\b/i;

/** A story taken up after it: "can we do the same?", "¿lo hacemos igual?", "on fait pareil ?", "machen wir das genauso?". */
const STORY_TAKEN_UP =
  /\b(?:same|again|this\s+time|can\s+we|we\s+can|let['’]?s|how\s+about|lo\s+mismo|igual|podemos|o\s+mesmo|pareil|la\s+meme|on\s+peut|genauso|dasselbe|konnen\s+wir|lo\s+stesso|possiamo|tak\s+samo|mozemy|ayni|yapalim|hetzelfde|kunnen\s+we|la\s+fel|putem|sama|bisa|pareho|pwede|sakte|vile\s+vile|so\s+(?:do|will|can|would|shall)\s+i|me\s+too|anch['’]?\s?io|pure\s+io|igualmente|yo\s+tambien|eu\s+tambem|moi\s+aussi|ich\s+auch|ja\s+(?:tez|rowniez)|ben\s+de|ik\s+ook|(?:aku|saya)\s+juga)\b/i;

/**
 * The sender's own present or future offer after the way of paying: "so do I", "I accept cash too", "bring cash", "I'd do
 * Zelle as well", "ich nehme", "je paie", "io pago", "lo pago igualmente", "eu pago", "zapłacę", "öderim", "saya bayar".
 */
const OWN_OFFER_AFTER = new RegExp(
  String.raw`\b(?:${[
    String.raw`i\s+(?:accept|take|pay|will|can|could|would|want|do)|i['’]?(?:ll|d)|bring\s+(?:the\s+|some\s+|it|that|\d+)|(?:i|me|we)\b[^.!?\n]{0,40}\b(?:too|also|as\s+well)`,
    String.raw`(?:lo\s+|la\s+|te\s+|le\s+)?pago\s+(?:igualmente|tambien|yo)|yo\s+(?:te\s+|le\s+)?pago|(?:te|le)\s+pago|trae\w*|eu\s+(?:pago|aceito)|traga|je\s+(?:paie|paye|paierai|vais\s+payer|prends|accepte)|apporte\w*`,
    String.raw`ich\s+(?:nehme|zahle|bezahle|akzeptiere|werde|gebe)|bring\w*\s+(?:sie|du)|io\s+(?:pago|prendo|accetto)|porta(?:mi|te)?|(?:ja\s+)?(?:zap[lł]ac[eę]|p[lł]ac[eę]|przyjm[eę]|wezm[eę])|oderim|alirim|getir\w*|(?:saya|aku)\s+(?:bayar|terima)|bawa|ik\s+(?:betaal|neem)|(?:eu\s+)?platesc`,
  ].join("|")})\b`,
  "i",
);

/** This job's payment ahead: "will", "'ll", "going to", "when he collects", "va a pagar", "wird", "pagherà", "zapłaci". */
const AHEAD =
  /\b(?:will|['’]ll|going\s+to|gonna|when\s+\w+\s+(?:collects?|picks?)|va\s+a\s+pagar|vai\s+pagar|pagara|pagaria|va\s+payer|paiera|wird|pagher\w*|zap[lł]aci(?!\w)|odeyecek|akan\s+bayar)\b/i;

/** A way of paying, named again later in the sentence. */
const MEANS =
  /\b(?:cash|efectivo|contanti|contant|liquide|especes|bar|bargeld|dinheiro|gotowk\w*|nakit|tunai|numerar|zelle|venmo|paypal|bizum|pix|blik|revolut|cash\s*app|m-?pesa|gcash|transfer\w*|transferencia|bonifico|virement|uberweisung|przelew\w*|havale|eft)\b/i;

/** MEANS named again in a later clause, its joining word first. */
const LATER_MEANS = new RegExp(String.raw`\b(?:and|y|e|et|und|i|ve|en|dan|aur|si|so|then|luego|dann|poi|potem)\b(?:\s+\S+){1,}?[^.!?\n]*?${MEANS.source}`, "i");

/**
 * The sender's own present or future offer joined after a story or the platform's means (see `paymentRetold`,
 * `platformTakes`): a take-up in the sender's words after the match, a way of paying named again in a later clause and not
 * in the past, or the match in a later clause than the past payment ("last year I paid cash here and I'd pay cash
 * saturday too", "el año pasado pagué en efectivo y el sábado pago en efectivo").
 */
function ownOfferJoined(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  const after = text.slice(m.index + m[0].length, end);
  if (OWN_OFFER_AFTER.test(after) || STORY_TAKEN_UP.test(after)) return true;
  const laterMeans = LATER_MEANS.exec(after);
  if (laterMeans && !PAST_PAYMENT.test(laterMeans[0]) && !ANOTHER_TRADE.test(laterMeans[0])) return true;
  const before = text.slice(start, m.index);
  const conjuncts = before.split(/,|;|\b(?:and|y|et|und|ve|dan|aur)\b/i);
  const last = conjuncts[conjuncts.length - 1] ?? "";
  if (conjuncts.length < 2 || !/\S/.test(last) || PAST_PAYMENT.test(last)) return false;
  // A habit told, then this job's payment ahead: "my dad always pays cash and he will settle up in cash when he collects the car".
  if (HABITUAL.test(before) && AHEAD.test(last + after)) return true;
  return PAST_PAYMENT.test(before) && !ANOTHER_PAYER.test(last);
}

/** What makes talk of paying an offer (see the module's comment), read over the sentence and the next one. */
function offeredBeside(words: string): boolean {
  return GAIN.test(words) || AWAY.test(words) || SAVING_OR_AVOIDING.test(words) || PERSONAL_PAYEE.test(words) || PAID_TO_THE_WRITER.test(words);
}

/**
 * The comma-clause of the match within its sentence (`start` to `end`), or null when the match opens it (nothing but
 * spaces between the comma and the match: a tail of the clause before, "..., no receipt").
 */
function clauseOf(m: RegExpExecArray, text: string, start: number, end: number): string | null {
  // Read back from the match to the comma: a search for "[^,;]*$" tries every place of the sentence before it.
  let opens = m.index;
  while (opens > start && text[opens - 1] !== "," && text[opens - 1] !== ";") opens--;
  return /^\s*$/.test(text.slice(opens, m.index)) ? null : text.slice(opens, end).split(/[,;]/, 1)[0]!;
}

/** A verb of paying, any tense, in the languages read (accents gone). */
const PAY_VERB =
  /\b(?:pa(?:y|ys|id|yed|ying)|pag\w+|pay[eé]\w*|paie\w*|zahl\w*|bezahl\w*|gezahlt|p[lł]ac\w*|zap[lł]ac\w*|ode(?:di|mis|miş|yordu)\w*|betaal\w*|plat(?:it|este|ea)\w*|bayar|membayar|nagbayad|binayaran|magbayad|diya|diye|kiya|\w*lipa|tra\s+tien|thanh\s+toan)\b/i;

/** A payment in the past, in forms no present shares ("pagó" loses its accent to "pago", "I pay": see `paymentRetold`). */
const PAST_PAYMENT =
  /\b(?:paid|payed|pague|pagaron|pagaba|pagado|paguei|pagou|pagaram|pagava|(?:a|ai|avons|ont)\s+paye\w*|payai|bezahlt|gezahlt|zahlte\w*|pagat[oaie]|pagai|zap[lł]aci[lł]\w*|p[lł]aci[lł]\w*|odedi\w*|odemis\w*|betaalde\w*|betaald|platit|nagbayad|binayaran|diya\s+tha|diye\s+the|kiya\s+tha|\w*lilipa|da\s+tra|(?:sudah|udah|dulu)\s+bayar)\b/i;

/** Payments as a habit: "always", "siempre", "sempre", "toujours", "immer", "zawsze", "hep", "altijd", "mereu", "selalu", "lagi", "hamesha". */
const HABITUAL = /\b(?:always|usually|siempre|sempre|toujours|immer|zawsze|hep|altijd|mereu|selalu|lagi|hamesha|kila\s+mara)\b/i;

/** Someone the sender knows as the one who paid: a relative, a friend, a neighbour or a colleague; not one called by it ("amigo, paga ..."). */
const ANOTHER_PAYER = new RegExp(
  String.raw`\b(?:${[
    String.raw`cousin|uncle|aunt|brother(?:-in-law)?|sister|dad|father|mum|mom|mother|friend|neighbou?r|colleague|co-?worker|grandad|grandpa|flatmate|roommate|wife|husband|girlfriend|boyfriend|daughter`,
    String.raw`primo|prima|tio|tia|hermano|hermana|cunado|cunada|padre|madre|amigo|amiga|vecino|vecina|companero|suegro|abuelo|irmao|irma|cunhado|cunhada|pai|mae|vizinho|vizinha|colega|sogro`,
    String.raw`cousine|oncle|tante|frere|soeur|beau-frere|pere|mere|ami|amie|pote|voisin|voisine|collegue`,
    String.raw`onkel|bruder|schwester|schwager|vater|mutter|freund|freundin|kumpel|nachbar|nachbarin|kollege`,
    String.raw`cugino|cugina|zio|zia|fratello|sorella|cognato|amico|amica|collega`,
    String.raw`kuzyn|kuzynka|wujek|ciocia|brat|siostra|szwagier|ojciec|tata|kolega|kolezanka|przyjaciel|sasiad`,
    String.raw`kuzen\w*|amca\w*|dayi\w*|kardes\w*|eniste\w*|babam|annem|arkadas\w*|komsu\w*`,
    String.raw`neef|oom|broer|zus|zwager|vader|moeder|vriend|vriendin|buurman|buurvrouw`,
    String.raw`varul|verisor\w*|unchiul|matusa|fratele|sora|cumnat\w*|tatal|prieten\w*|vecin\w*|coleg\w*`,
    String.raw`sepupu|paman|kakak|adik|abang|ipar|ayah|bapak|teman|kawan|tetangga|pinsan|tito|tita|kuya|kapatid|bayaw|tatay|nanay|kaibigan|kapitbahay`,
    String.raw`bhai|bhaiya|chacha|mausi|dost|padosi|jija|binamu|mjomba|shangazi|shemeji|rafiki|jirani|anh\s+ho|ban\s+toi`,
  ].join("|")})\b(?!\s*[,:!])`,
  "i",
);

/** Another trade paid: a tow truck, a parts store, a scrapyard, a dealer, the sender's former garage. */
const ANOTHER_TRADE =
  /\b(?:tow(?:ing)?\s*(?:truck|company|guy|driver)?|recovery\s+(?:truck|driver|company)|parts?\s+(?:store|shop|counter|place)|scrap\s*yard|dealer(?:ship)?|(?:my|the)\s+(?:old|last|previous|former)\s+(?:garage|mechanic|shop)|grua|desguace|recambios|guincho|reboque|autopecas|ferro-?velho|depanneu\w*|casse|abschlepp\w*|teilehandler|schrottplatz|carro\s+attrezzi|soccorso\s+stradale|ricambi|sfasciacarrozze|laweta\w*|pomoc\w*\s+drogow\w*|cekici\w*|yedek\s+parca\w*|sleepdienst|takelwagen|onderdelen\w*|tractar\w*|piese|derek|sparepart|bilihan|piyesa)\b/i;

/** A time gone by: "last year", "years ago", "el año pasado", "l'an dernier", "letztes Jahr", "geçen yıl", "tahun lalu". */
const TIME_GONE_BY =
  /\b(?:last\s+(?:year|month|week|time|summer|winter)|\w+\s+(?:years?|months?)\s+ago|back\s+then|el\s+(?:ano|mes)\s+pasado|hace\s+\w+\s+(?:anos|meses|semanas)|(?:ano|mes)\s+passado|ha\s+\w+\s+(?:anos|meses)|l['’]?\s?an\s+dernier|l['’]?\s?annee\s+derniere|le\s+mois\s+dernier|il\s+y\s+a\s+\w+\s+(?:ans|mois)|letzte[ns]?\s+(?:jahr|monat|woche)|vor\s+\w+\s+(?:jahren|monaten|wochen)|damals|l['’]?\s?anno\s+scorso|(?:il\s+)?mese\s+scorso|\w+\s+anni\s+fa|w\s+zesz[lł]ym\s+(?:roku|miesiacu)|(?:rok|lata)\s+temu|gecen\s+(?:yil|ay|sene)|vorig\s+(?:jaar|maand)|jaar\s+geleden|(?:anul|luna)\s+trecut\w*|(?:tahun|bulan)\s+lalu|noong\s+isang\s+taon|pichh?le\s+saal|mwaka\s+jana|nam\s+ngoai)\b/i;

/**
 * A payment told as a story (see the module's comment): by someone the sender knows (`ANOTHER_PAYER` before the way of
 * paying, a verb of paying in the sentence), or by the sender in the past (`PAST_PAYMENT`) to another trade or long ago;
 * not a question, not told to the reader, and not taken up after it.
 */
function paymentRetold(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  if (text[end] === "?") return false;
  const sentence = text.slice(start, end);
  // The verb of paying in the match's own comma-clause: "paid him in cash last time, so bring cash" tells of one payment and
  // asks another; a clause the match opens is a tail of the one before ("I paid the tow truck in cash, no receipt").
  const clause = clauseOf(m, text, start, end) ?? sentence;
  // Spanish "pagó" reaches the rules as "pago": past only with another payer as its subject ("mi primo le pagó").
  const pagoAt = clause.search(/\bpago\b/i);
  const pagoPast = pagoAt >= 0 && ANOTHER_PAYER.test(clause.slice(0, pagoAt)) && !/\b(?:lo|la|yo|te|se)\s+pago\b/i.test(clause);
  const paidByAnother = PAST_PAYMENT.test(clause) || pagoPast || (HABITUAL.test(clause) && PAY_VERB.test(clause));
  const byAnother = ANOTHER_PAYER.test(text.slice(start, m.index)) && paidByAnother;
  const ownPast = PAST_PAYMENT.test(clause) && (ANOTHER_TRADE.test(sentence) || TIME_GONE_BY.test(sentence));
  if (!byAnother && !ownPast) return false;
  if (ownOfferJoined(m, text, start, end)) return false;
  const rest = text.slice(end, end + 200);
  return !READER.test(sentence) && !STORY_TAKEN_UP.test(`${sentence} ${rest}`) && !READER.test(rest.split(/[.!?\n]/, 2).join(" ")) && !offeredBeside(sentence + rest);
}

/** The way of paying as the platform's own, right after it: "M-Pesa ya app", "el Bizum de la app", "o Pix do app", "le PayPal de l'appli". */
const OF_THE_APP_AFTER =
  /^\s+(?:of\s+the|ya|de\s+la|del|do|da|de\s+l['’]?\s?|der|dell['’]?\s?|van\s+de|z|din)\s*(?:app|aplicacion|aplicativo|appli\w*|applicazione|aplikacji|aplicatiei|aplikasi|plataforma|plattform|piattaforma)\b/i;

/**
 * A way of paying asked or told of as the platform's own (`PLATFORM_TAKES` in its clause, `OF_THE_APP_AFTER` after it),
 * the match a word (not a PayPal.me link or a cashtag).
 */
function platformTakes(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  // In the match's own clause: "the app takes cash too, so just bring 200 cash saturday" names the platform's means and then asks another.
  const own = PLATFORM_TAKES.test(clauseOf(m, text, start, end) ?? text.slice(start, end)) || OF_THE_APP_AFTER.test(text.slice(m.index + m[0].length, end));
  return own && /^[\p{L}\s'’-]+$/u.test(m[0]) && !offeredBeside(text.slice(start, end + 200)) && !ownOfferJoined(m, text, start, end);
}

/**
 * The sender's report of the offer to the platform, in the languages read: "lo denuncié", "denunciei", "je l'ai signalé",
 * "ich habe es gemeldet", "l'ho segnalato", "zgłosiłem", "şikayet ettim", "ik heb het gemeld", "l-am raportat", "saya laporkan",
 * "ni-report ko", "report kar diya", "nikaripoti".
 */
const REPORTED_TO_THE_PLATFORM =
  /\b(?:(?:lo\s+|la\s+)?(?:denuncie|reporte)|denunciei|reportei|signale\w*|gemeldet|gemeld|segnalat[oai]|zg[lł]osi[lł]\w*|bildirdim|sikayet\s+ettim|raportat|semnalat|(?:saya\s+|aku\s+)?(?:laporkan|melaporkan|lapor)|ni-?report|report\s+(?:kar\s+diya|kiya)|nikaripoti|niliripoti|da\s+bao\s+cao)\b/i;

/**
 * Someone else's request to pay around the platform reported (`REPORTED_REQUEST` before the match) and turned down or
 * reported to the platform later in the sentence ("alguien me pidió pagar fuera de la app y lo denuncié", "quelqu'un m'a
 * demandé de payer hors de l'appli, je l'ai signalé"), nothing after the refusal setting it aside or offering.
 */
function requestReportedAndRefused(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  if (!REPORTED_REQUEST.test(text.slice(start, m.index))) return false;
  const tail = text.slice(m.index + m[0].length, end);
  const refusal = REPORTED_TO_THE_PLATFORM.exec(tail) ?? REFUSED.exec(tail);
  // An English refusal is look-alikes.ts's (`dropRefusedRetoldOffers`), which reads the take-up after it ("I said no ;)").
  if (!refusal || ENGLISH_REFUSAL.test(refusal[0])) return false;
  // The reader as the one to be paid ("que te pagara", "de te payer"), or a refusal of something else ("me negué a usar la tarjeta").
  if (READER.test(text.slice(start, m.index + m[0].length + refusal.index))) return false;
  if (OTHER_THING_REFUSED.test(tail.slice(refusal.index + refusal[0].length))) return false;
  const rest = text.slice(m.index + m[0].length + refusal.index + refusal[0].length);
  return !CONCEDED.test(rest) && !offeredBeside(rest) && !READER.test(rest) && !STORY_TAKEN_UP.test(rest);
}

/** A refusal's object that is not the request: a card, a receipt, an invoice ("me negué a usar la tarjeta", "j'ai refusé la carte"). */
const OTHER_THING_REFUSED =
  /^\s*(?:a\s+|de\s+|to\s+|zu\s+|di\s+)?(?:usar\s+|utiliser\s+|use\s+|pay\s+by\s+|pagar\s+con\s+|benutzen\s+)?(?:la|el|le|les|the|die|den|das|a|o|il|una?)?\s*(?:tarjeta|carte|card|karte|carta|cartao|karta\w*|kart\w*|recibo|factura|facture|receipt|invoice|rechnung|quittung|ricevuta|fattura|paragon\w*|faktur\w*|nota|fatura)\b/i;

/** The English words of `REFUSED`. */
const ENGLISH_REFUSAL = /^(?:refused|declined|pass|passing|gonna|no\s+thanks|said|turned|reported)\b/i;

/**
 * The deal rules read as talk (`readAsTalk`), and their deals also let pass when they are only talk about paying: the
 * platform's own means asked about, a payment told as a story, or a request reported and refused (`platformTakes`,
 * `paymentRetold`, `requestReportedAndRefused`).
 */
export const readAsPaymentTalk = (patterns: readonly Pattern[]): Pattern[] =>
  narrowDeals(readAsTalk(patterns), (m, text, start, end) => !platformTakes(m, text, start, end) && !paymentRetold(m, text, start, end) && !requestReportedAndRefused(m, text, start, end));
