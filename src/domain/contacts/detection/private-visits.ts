/**
 * A visit to a place of the sender's own instead of the booked one (issue 13, round 17), read as a
 * grammar: the job moved to "my shed", "my uncle's workshop", "my yard", with the reader asked to
 * come (swing by, turn up, drop the car at, pull up to) and either the booking left out ("instead
 * of the booked garage", "skip the shop you booked") or the work offered there ("we'll sort it",
 * "I'll do it"). The older meeting rules read fixed places and "meet me"; this reads who owns the
 * place and what the visit replaces. Also the Spanish and Portuguese "let's meet at ... and settle
 * it there" ("nos vemos en el Oxxo y ahí arreglamos").
 *
 * The sentence is the deal (OFF_PLATFORM_DEAL) and is masked with it. A car brought to the booked
 * shop, a workshop that did the last service, or a visit through the booking stay innocent (`live`).
 */
import { before, type Pattern, sentenceText } from "./context.ts";
import { live } from "./phrases.ts";

const DEAL = "OFF_PLATFORM_DEAL" as const;

/**
 * A place of the sender's or their family's or friend's own. A business noun (shop, garage,
 * workshop, bay, unit) after a bare "my"/"our" is as likely the booked workshop speaking of itself
 * ("pop round to my shop Tuesday"), so `who` or `own` marks the place as private for certain.
 */
const OWN_PLACE = String.raw`(?:my|our|me)\s+(?<who>(?:\w+['’]s|mate['’]?s|buddy['’]?s|bro['’]?s|cousin['’]?s|uncle['’]?s|dad['’]?s|brother['’]?s|friend['’]?s)\s+)?(?<own>(?:own|home)\s+)?(?<place>place|garage|workshop|shed|yard|unit|house|driveway|drive|lock-?up|barn|shop|bay|gaff|spot|home)`;

/** Place nouns that are also the booked workshop's own premises. */
const BUSINESS_PLACE = /^(?:garage|workshop|shop|bay|unit)$/i;

/** The reader asked to come or to bring the car. */
const VISIT = String.raw`(?:swing|come|pop|stop|drop|roll|head|call)\s+(?:by|round|over|in|past)|(?:just\s+)?(?:turn|show|pull|rock)\s+up|drop\s+(?:the\s+car|it|her|him|the\s+\w+)\s+(?:off\s+)?(?:at|to)|bring\s+(?:the\s+car|it|her|him|the\s+\w+)\s+(?:round|over|down|by|to)|come\s+to|visit`;

const VISIT_IN = new RegExp(String.raw`\b(?:${VISIT})\b`, "i");

/** The booking left out, or a price that undercuts it. */
const INSTEAD = /\b(?:instead|rather\s+than|not\s+the\s+(?:booked|app)|skip|cancel|forget\s+the\s+(?:booking|app|shop)|cheaper|for\s+less|cash)\b/i;

/** The work offered at the place. */
const WORK = /\b(?:we['’]?ll|i['’]?ll|we\s+can|i\s+can)\s+(?:sort|do|fix|handle)\s+(?:it|you|the\s+\w+)\b/i;

/**
 * The reader asked to come to a public place (a servo, a pub, a stall, a market):
 * "come to", "pop into", "swing by", "pull up at", "head down to".
 */
const COME_TO_A_PLACE =
  /\b(?:(?:come|pop|swing|stop|head|drop|call|roll|pull)\s+(?:(?:by|round|over|down|in|up|out|along)\s+)?(?:to|at|by|into|in\s+at|outside)|pull\s+up|roll\s+up)\s+(?<place>(?:the|a|an)\s+[^,;.!?\n]{2,60})/gi;

/** The sender saying they will be found there: "I'll be at the bar", "ask for me", "I'm there every morning", "I will wait". */
const FOUND_THERE =
  /\b(?:(?:i['’]?ll|ill|i\s+will|i\s+can)\s+(?:be\s+(?:there|waiting|at|in|by|outside|inside|parked|around)|wait)|ask\s+(?:for|after)\s+me|(?:i['’]?m|im|i\s+am)\s+(?:usually\s+|always\s+|normally\s+)?(?:there|parked|in\s+there)|you['’]?ll\s+(?:find|see|spot)\s+me|look\s+(?:out\s+)?for\s+me|find\s+me\s+(?:there|at|by|in|inside|out))\b/i;

/**
 * Places that are the booked workshop's own (its desk, service or parts counter, bay, side gate, car
 * park round the back, key drop) or a home, which the home and own-place rules read: a meeting there is the
 * booking's, or not a public place.
 */
const NOT_A_MEETING_PLACE =
  /\b(?:workshop|shop|garage|bay|reception|(?:front|service|parts|help)\s+desk|counter|dealer(?:ship)?|service\s+(?:centre|center|department)|branch|premises|office|house|home|flat|apartment|place|booking|entrance|roller\s+door|loading\s+bay|drop-?off|key\s+(?:drop|box|safe)|(?:side|back|front|rear|main)\s+(?:gate|door|lane|car\s*park|lot)|(?:car\s*park|lot|yard)\s+(?:at|round|out|in)\s+(?:the\s+)?(?:back|front|side|rear))\b/i;

/** The visit asked of the reader, not told of someone else ("the tow truck will come to the car park"): a clause's start or an ask. */
const ASKED_OF_THE_READER = /(?:^|[,.;:!?]\s*|\b(?:please|pls|plz|just|and|then|so|sir|mate|bro|you|u|ya|can\s+(?:you|u)|could\s+(?:you|u))\s+)$/i;

/**
 * A house call (round 21): the job done at a home that is not the worker's own. The work ("do the
 * plugs", "take a look at it", "doing it") is placed at the reader's home ("in your driveway", "at
 * yours") by the sender, or at the sender's home ("here on my drive", "at mine") by the reader. Whose
 * home it is (`owner`) and who works (the last person named before the work, `WORKER`) must differ:
 * "you can do it in your driveway" and "I'll change it on my drive" are someone doing their own car
 * at home. A garage or shop of "yours" is the workshop the reader runs, so it is no home here.
 */
const HOUSE_CALL = new RegExp(
  String.raw`\b(?:do|doing|fix|fixing|swap|swapping|sort|sorting|change|changing|replace|replacing|fit|fitting|work(?:ing)?\s+on|(?:have|take|having|taking)\s+a\s+(?:quick\s+)?look\s+at|look(?:ing)?\s+at)\s+(?:it|her|him|them|this|that|the|those|these|your|ur)\b[^.!?\n]{0,30}?\b(?:(?:at|in|on|round\s+at|over\s+at)\s+(?<owner>your|ur|yer|my|our)\s+(?:place|house|home|driveway|drive(?!\s+(?:home|back|to|in|over|up|down|out|cycle|shaft|belt|train|unit|mode|side))|yard|front\s+yard|carport)|(?:at|round\s+at|over\s+at)\s+(?<own>yours|mine|ours))\b`,
  "gi",
);

/** The people who may do the work: the sender and the reader, as subjects. */
const WORKER = /\b(?:(?<sender>i|i['’]?ll|ill|i['’]?d|id|i['’]?m|im|we|we['’]?ll|let\s+me)|(?<reader>you|u|ya|you['’]?ll|you['’]?d))\b/gi;

/** The work placed at the home of someone other than the one working (see HOUSE_CALL). */
function houseCall(m: RegExpExecArray, text: string): boolean {
  const g = m.groups ?? {};
  const readerHome = /^(?:your|ur|yer|yours)$/i.test(g.owner ?? g.own ?? "");
  let worker: "sender" | "reader" | null = null;
  const head = /[^.!?\n]*$/.exec(text.slice(0, m.index))![0];
  for (const w of head.matchAll(WORKER)) worker = w.groups?.sender ? "sender" : "reader";
  return worker !== null && (worker === "sender") === readerHome && live(m, text);
}

/**
 * The same house call in Spanish, Portuguese, French, German and Italian, where the verb names its
 * person: the sender coming or working ("voy", "paso", "te lo hago", "faco", "je passe", "ich komme",
 * "vengo") at the reader's home said as a home ("en tu casa", "na sua casa", "chez toi a la maison",
 * "bei dir zu Hause", "a casa tua"). "Chez vous", "bei dir" or "da te" alone is also the reader's
 * workshop, where a customer drops by for the booked job, so the home must be named.
 */
const HOUSE_CALL_ABROAD =
  /\b(?:voy|paso|me\s+paso|vengo|(?:te\s+)?lo\s+(?:hago|arreglo|cambio|reviso)|vou|passo|faco|conserto|arrumo|troco|je\s+(?:passe|viens|peux\s+(?:passer|venir)|(?:te\s+|vous\s+)?(?:le|la)\s+(?:fais|repare|change))|ich\s+(?:komme?|kann|mache?|repariere)|(?:te\s+)?lo\s+(?:faccio|sistemo|cambio|riparo))\b[^.!?\n]{0,40}?\b(?:(?:a|en|por)\s+tu\s+casa|(?:n?a|em|ate\s+a)\s+(?:sua|tua)\s+casa|chez\s+(?:toi|vous)\s+a\s+la\s+maison|(?:a|dans)\s+(?:ta|votre)\s+maison|(?:bei\s+(?:dir|euch|ihnen)|zu\s+(?:dir|euch|ihnen))\s+(?:nach\s+)?hause|a\s+casa\s+(?:tua|vostra|sua))\b/gi;

export const PRIVATE_VISIT_PATTERNS: Pattern[] = [
  {
    kind: DEAL, // "come to the petrol pump near my society gate at 7pm, i will wait", "pull up at the servo on the corner, I'm there every morning at 7"
    re: COME_TO_A_PLACE,
    gate: FOUND_THERE,
    accept: (m, text) => ASKED_OF_THE_READER.test(before(text, m, 30)) && !NOT_A_MEETING_PLACE.test(m.groups?.place ?? "") && FOUND_THERE.test(sentenceText(text, m)) && live(m, text),
  },
  {
    kind: DEAL, // "I work out of my shed at weekends, just turn up", "drop the car at my yard instead of the shop you booked"
    re: new RegExp(String.raw`\b(?:at|to|round\s+to|by|in|out\s+of|from)\s+${OWN_PLACE}\b`, "gi"),
    accept: (m, text) => {
      const sentence = sentenceText(text, m);
      if (!VISIT_IN.test(sentence) || !live(m, text)) return false;
      const g = m.groups ?? {};
      // The workshop's own shop is where booked work happens: only leaving the booking out makes it a deal.
      const ownBusiness = BUSINESS_PLACE.test(g.place ?? "") && !g.who && !g.own;
      return INSTEAD.test(sentence) || (!ownBusiness && WORK.test(sentence));
    },
  },
  {
    kind: DEAL, // "nos vemos en el Oxxo y ahi arreglamos", "a gente se encontra no posto e acerta la"
    re: /\b(?:nos\s+vemos|(?:vamos\s+a\s+)?vernos|quedamos|nos\s+encontramos|(?:a\s+gente\s+)?se\s+encontra|encontro\s+voce)\s+(?:en|no|na|em|ahi|ali|alla)\b[^.!?\n]{0,60}\b(?:arregl\w*|acert\w*|precio|preco|pag\w*|efectivo|dinheiro|lo\s+hacemos|te\s+lo\s+hago|resolv\w*|combin\w*)/gi,
    accept: live,
  },
  {
    kind: DEAL, // "I'll swing by and do the plugs in your driveway", "would you come over and do it here on my drive"
    re: HOUSE_CALL,
    accept: houseCall,
    words: "place house home driveway drive yard carport yours mine ours".split(" "),
  },
  {
    kind: DEAL, // "voy el sabado a tu casa y te lo cambio", "faco na sua casa", "ich komme morgen zu dir nach Hause"
    re: HOUSE_CALL_ABROAD,
    accept: live,
  },
];
