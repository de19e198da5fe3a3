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
const READER = /\b(?:you|u|ya|your|yours|yourself|ur|tu|te|ti|usted|voce|vc|vous|dir|dich|euch|ihnen|tobie|ciebie|sen|sana|seni|jij|jou|tine|iti|kamu|anda|ikaw|aap|tum|wewe)\b/i;

/** A story taken up after it: "can we do the same?", "¿lo hacemos igual?", "on fait pareil ?", "machen wir das genauso?". */
const STORY_TAKEN_UP =
  /\b(?:same|again|this\s+time|can\s+we|we\s+can|let['’]?s|how\s+about|lo\s+mismo|igual|podemos|o\s+mesmo|pareil|la\s+meme|on\s+peut|genauso|dasselbe|konnen\s+wir|lo\s+stesso|possiamo|tak\s+samo|mozemy|ayni|yapalim|hetzelfde|kunnen\s+we|la\s+fel|putem|sama|bisa|pareho|pwede|sakte|vile\s+vile)\b/i;

/** What makes talk of paying an offer (see the module's comment), read over the sentence and the next one. */
function offeredBeside(words: string): boolean {
  return GAIN.test(words) || AWAY.test(words) || SAVING_OR_AVOIDING.test(words) || PERSONAL_PAYEE.test(words) || PAID_TO_THE_WRITER.test(words);
}

/**
 * The comma-clause of the match within its sentence (`start` to `end`), or null when the match opens it (nothing but
 * spaces between the comma and the match: a tail of the clause before, "..., no receipt").
 */
function clauseOf(m: RegExpExecArray, text: string, start: number, end: number): string | null {
  const opens = start + text.slice(start, m.index).search(/[^,;]*$/);
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
  const paidByAnother = PAST_PAYMENT.test(clause) || /\bpago\b/i.test(clause) || (HABITUAL.test(clause) && PAY_VERB.test(clause));
  const byAnother = ANOTHER_PAYER.test(text.slice(start, m.index)) && paidByAnother;
  const ownPast = PAST_PAYMENT.test(clause) && (ANOTHER_TRADE.test(sentence) || TIME_GONE_BY.test(sentence));
  if (!byAnother && !ownPast) return false;
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
  return own && /^[\p{L}\s'’-]+$/u.test(m[0]) && !offeredBeside(text.slice(start, end + 200));
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
  const rest = text.slice(m.index + m[0].length + refusal.index + refusal[0].length);
  return !CONCEDED.test(rest) && !offeredBeside(rest) && !READER.test(rest) && !STORY_TAKEN_UP.test(rest);
}

/** The English words of `REFUSED`. */
const ENGLISH_REFUSAL = /^(?:refused|declined|pass|passing|gonna|no\s+thanks|said|turned|reported)\b/i;

/**
 * The deal rules read as talk (`readAsTalk`), and their deals also let pass when they are only talk about paying: the
 * platform's own means asked about, a payment told as a story, or a request reported and refused (`platformTakes`,
 * `paymentRetold`, `requestReportedAndRefused`).
 */
export const readAsPaymentTalk = (patterns: readonly Pattern[]): Pattern[] =>
  narrowDeals(readAsTalk(patterns), (m, text, start, end) => !platformTakes(m, text, start, end) && !paymentRetold(m, text, start, end) && !requestReportedAndRefused(m, text, start, end));
