/**
 * Contact-sharing detector for the platform messenger. Pure: no I/O, no clock, no state between
 * calls. Every chat message goes through `detectContactDetails`, which reports which kinds of
 * contact detail it found, where, and a copy of the text with the details masked.
 *
 * Pipeline (the parts live in `./detection/`):
 *   1. normalise (`normalise.ts`): Unicode NFKC, invisible characters and accents dropped, every
 *      script's digits and circled/keycap digits to ASCII, look-alike letters to Latin (Unicode
 *      TR39 confusables via `unhomoglyph`), spelled-out letters, "(at)", number words and letters
 *      typed for digits; every normalised character keeps the original range it came from.
 *   2. detect, on the normalised text:
 *        PHONE                 digit runs validated by libphonenumber-js (`phone.ts`)
 *        LINK, EMAIL           linkify-it with the full TLD list, plus spoken addresses (`links.ts`)
 *        SOCIAL_HANDLE,
 *        MESSAGING_APP         handles and apps named as a channel (`social.ts`)
 *        ADDRESS               streets, PO boxes, postcodes (`address.ts`)
 *        OFF_PLATFORM_DEAL,
 *        OFF_PLATFORM_REQUEST,
 *        FULL_NAME             phrases read with their clause, negation and in-app references (`phrases.ts`), introductions
 *                              and sign-offs of other languages (`introductions-abroad.ts`), titles, documents made out
 *                              to a name, spelled and labelled names (`party-names.ts`), bare or described surnames,
 *                              the name a job is for, a surname asked for (`names-owned.ts`)
 *   3. report: spans mapped back to the original message; details (not phrases) masked with the
 *      sentence each stands in, so the reader sees "The pads are worn. [hidden]. See you Monday!"
 *      and every character the sender typed for the number, however disguised, is hidden.
 *
 * `detectAcrossMessages` does the same over a sender's latest messages (the other party's replies
 * passed over), for details split across them ("303 555" then "0178").
 */
import { ADDRESS_PATTERNS, extendAddressTails, findAccessCodes, findStrayPostcodes, STREET_SUFFIX } from "./detection/address.ts";
import { APP_NICKNAME_PATTERNS } from "./detection/app-nicknames.ts";
import { CHANNEL_MOVE_PATTERNS } from "./detection/channel-moves.ts";
import { CHANNEL_REQUEST_PATTERNS } from "./detection/channel-requests.ts";
import { negatedBefore, NOT_A_DEVICE_PLACE, runPatterns, wordsOf, type Pattern } from "./detection/context.ts";
import { DIRECT_PAYMENT_PATTERNS } from "./detection/direct-payment.ts";
import { shownOrders } from "./detection/display-order.ts";
import { FORM_FIELD_PATTERNS } from "./detection/form-fields.ts";
import { HOME_DIRECTION_PATTERNS, HOME_DIRECTIONS_ABROAD_PATTERNS } from "./detection/home-directions.ts";
import { IN_PERSON_VISIT_PATTERNS } from "./detection/in-person-visits.ts";
import { INDIRECT_DEAL_PATTERNS } from "./detection/indirect-deals.ts";
import { INTRODUCTION_ABROAD_PATTERNS } from "./detection/introductions-abroad.ts";
import { extendWaysToTheOneAskedFor, LANDMARK_ROUTE_PATTERNS } from "./detection/landmark-routes.ts";
import { extendSpokenMailboxes, findInternationalLinks, findLinks, onAllowedMailHost, PROVIDERS, PUBLIC_ALLOWED_DOMAINS, SPOKEN_EMAIL_PATTERNS } from "./detection/links.ts";
import { dropInnocentLookAlikes, dropRefusedRetoldOffers } from "./detection/look-alikes.ts";
import { NAMED_HOLDER_PATTERNS } from "./detection/named-holder.ts";
import { NAMES_OWNED_PATTERNS } from "./detection/names-owned.ts";
import { isDigitCode, normalise } from "./detection/normalise.ts";
import { countLead, findAnnouncedPieces, findDescribedNumbers, namedFront, piecePlace } from "./detection/number-pieces.ts";
import { findNumberRecipes } from "./detection/number-recipes.ts";
import { NUMBERED_PREMISES_PATTERNS } from "./detection/numbered-premises.ts";
import { OTHER_LANGUAGE_PATTERNS } from "./detection/other-languages.ts";
import { PARTY_NAME_PATTERNS } from "./detection/party-names.ts";
import { readAsPaymentTalk } from "./detection/payment-talk.ts";
import {
  ANNOUNCED_FRAGMENT,
  continuesThingLabel,
  findPhones,
  hasPhoneCue,
  mobileRegionOf,
  myPhoneAfter,
  PIECE_PLACE_WORDS_ABROAD,
  piecesFormAPhone,
  TOLL_FREE_VANITY,
  VANITY,
} from "./detection/phone.ts";
import { DEAL_PATTERNS, LOOKUP_PATTERNS, NAME_PATTERNS, PLATFORM_LEFT, REQUEST_PATTERNS, TITLES } from "./detection/phrases.ts";
import { PLATFORM_BYPASS_PATTERNS } from "./detection/platform-bypass.ts";
import { PRIVATE_VISIT_PATTERNS } from "./detection/private-visits.ts";
import { AREA_LABELS, RURAL_ADDRESS_PATTERNS } from "./detection/rural-addresses.ts";
import { SEARCH_BY_NAME_PATTERNS } from "./detection/search-by-name.ts";
import { CHANNEL_NAMES, findAppsBeforeNumbers, findHandlesBesideApps, MESSAGING_PATTERNS, SOCIAL_PATTERNS } from "./detection/social.ts";
import { STREETS_ABROAD_PATTERNS } from "./detection/streets-abroad.ts";
import { TLD_SET } from "./detection/tlds.ts";
import type { ContactDetection, ContactKind, ContactSpan, DetectionOptions, Hit, Mapped } from "./detection/types.ts";
import { isEnglishWord, MONTH_NAMES, PAYMENT_CHANNELS, WEEKDAY_NAMES } from "./detection/vocabulary.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "./platform-domains.ts";
import { TRAINED_STAGE } from "./second-stage/classifier.ts";

export type { ContactDetection, ContactKind, ContactSpan, DetectionOptions, SecondStage } from "./detection/types.ts";
export { CHANNEL_NAMES } from "./detection/social.ts";
export { detailInPath, UUID } from "./detection/links.ts";
export { isNorthAmericanNumber, UNIT_AFTER } from "./detection/phone.ts";
export { isFirstName } from "./detection/vocabulary.ts";
export { BLANK_LETTER, normalise, unicodeSkeleton } from "./detection/normalise.ts";

export const MASK = "[hidden]";

/** Which detector decides: the rules alone, or the rules followed by the trained second stage (`second-stage/`). */
export type DetectionStage = "rules" | "trained";

/**
 * The options of a platform served under `platformDomains` (lower-case host names, e.g.
 * "autodoctor.app"; the operator's `PLATFORM_DOMAINS`): links to them and to their subdomains, and
 * mail from them, are the platform's own and no contact detail, beside the public allow-list.
 * `stage` "trained" (the operator's `CONTACT_DETECTION_STAGE`, the application's default) adds the
 * trained second stage after the rules; "rules" (the default here, for specs and scripts) leaves it out.
 */
export function detectionOptionsFor(platformDomains: readonly string[], stage: DetectionStage = "rules"): DetectionOptions {
  const allowedDomains = [...new Set([...platformDomains.map((d) => d.toLowerCase()), ...PUBLIC_ALLOWED_DOMAINS])];
  return stage === "trained" ? { allowedDomains, secondStage: TRAINED_STAGE } : { allowedDomains };
}

/**
 * The options of a deployment that configures no `PLATFORM_DOMAINS` (`DEFAULT_PLATFORM_DOMAINS`), no
 * second stage: the detector's default, for seeds, scripts and tests; the application passes its
 * configured options instead.
 */
export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS);

/** Every rule `detectContactDetails` runs over a message, in the order it runs them. */
export const DETECTION_PATTERNS: readonly Pattern[] = [
  ...SPOKEN_EMAIL_PATTERNS,
  ...SOCIAL_PATTERNS,
  ...APP_NICKNAME_PATTERNS,
  ...MESSAGING_PATTERNS,
  ...ADDRESS_PATTERNS,
  ...NUMBERED_PREMISES_PATTERNS,
  ...STREETS_ABROAD_PATTERNS,
  ...RURAL_ADDRESS_PATTERNS,
  ...HOME_DIRECTION_PATTERNS,
  ...HOME_DIRECTIONS_ABROAD_PATTERNS,
  ...LANDMARK_ROUTE_PATTERNS,
  ...REQUEST_PATTERNS,
  ...readAsPaymentTalk(DEAL_PATTERNS),
  ...CHANNEL_REQUEST_PATTERNS,
  ...CHANNEL_MOVE_PATTERNS,
  ...readAsPaymentTalk(INDIRECT_DEAL_PATTERNS),
  ...readAsPaymentTalk(DIRECT_PAYMENT_PATTERNS),
  ...PLATFORM_BYPASS_PATTERNS,
  ...PRIVATE_VISIT_PATTERNS,
  ...IN_PERSON_VISIT_PATTERNS,
  ...readAsPaymentTalk(OTHER_LANGUAGE_PATTERNS),
  ...LOOKUP_PATTERNS,
  ...SEARCH_BY_NAME_PATTERNS,
  ...NAME_PATTERNS,
  ...NAMED_HOLDER_PATTERNS,
  ...NAMES_OWNED_PATTERNS,
  ...INTRODUCTION_ABROAD_PATTERNS,
  ...PARTY_NAME_PATTERNS,
  ...FORM_FIELD_PATTERNS,
  TOLL_FREE_VANITY,
  VANITY,
  ANNOUNCED_FRAGMENT,
];

/** How far (characters) a deal's mask reaches either way for the rest of its sentence. */
const DEAL_REACH = 200;

/**
 * A sentence ends at "!", "?", a line break, or a full stop that is not a decimal point ("$1.50").
 * Read by character code: the sentence walks call it for every character they pass.
 */
function sentenceBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 33 || c === 63 || c === 10) return true;
  return c === 46 && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)));
}

/**
 * Words of an offer's terms: a payment form, a price, a time or a place to meet, the platform and
 * its fee (the reason given), the kind of deal it is ("side jobs for half", "a private
 * arrangement", "off the books"), a payment channel (`PAYMENT_CHANNELS`) or cash and "direct" in the languages
 * chat is written in ("pix direto pra mim", "en efectivo"), or the platform's booking left behind ("just cancel on here",
 * "mark the job as cancelled", "don't approve the quote, let it expire"; round 36). Round 52: where a meeting is set (a
 * parking garage, a lay-by, "exit 221", "at my job", Spanish "ahí"), a weekend day abroad ("el
 * domingo"), and the workshop left out ("skip the workshop"): a meeting's place said beside it in a burst was left readable.
 */
const DEAL_TERMS = new RegExp(
  String.raw`\b(?:cancel\w*|declin\w*|approv\w*|expire|booking|quote|cash|card|app|fees?|commission|che(?:ck|que)s?|pay|paid|payment|venmo|zelle|paypal|e-?transfer|transfer|price|bucks|quid|meet|tmrw|tomorrow|tonight|noon|car\s*park|parking(?:\s+(?:lot|garage|area|deck|structure))?|gas\s+station|lay-?by|exit\s+\d+|truck\s+stop|rest\s+(?:stop|area)|at\s+my\s+(?:job|work)|(?:skip|ditch|forget|bypass|avoid)\s+(?:the\s+|a\s+)?(?:workshop|shop|garage|mechanic|advisor|middle\s*man)|\d{1,2}\s*(?:am|pm|h)|${WEEKDAY_NAMES}|weekend|domingo|s[aá]bado|samedi|dimanche|samstag|sonntag|zaterdag|zondag|side\s+jobs?|private(?:ly)?|arrangement|off\s+the\s+books|half\s+(?:price|what|the)|cheaper|discount|efectivo|dinheiro|esp[eè]ces|liquide|contanti|got[oó]wk\w*|nakit|tunai|bargeld|contant|direto|directo|direkt|diretto)\b|\b(?:(?:ah|all)[ií]|sobot[aęe]|niedziel[aęie])(?![\w\u00c0-\u024f])|[$£€]\s?\d|${PAYMENT_CHANNELS.source}`,
  "i",
);

/** The sentence breaks (`sentenceBreakAt`) of one text, for the walks behind deals, requests and invitations. */
interface SentenceBreaks {
  text: string;
  /** Offset of the last break at or before `i`; -1 when there is none. */
  lastAtOrBefore(i: number): number;
  /** Offset of the first break at or after `i`; the text's length when there is none. */
  firstAtOrAfter(i: number): number;
}

/**
 * The sentence breaks of `text`, read in one pass on first use (the nearest break at or before and
 * at or after every offset): each hit's walk to its sentence's ends, up to DEAL_REACH characters
 * each way, becomes two look-ups.
 */
function sentenceBreaks(text: string): SentenceBreaks {
  const n = text.length;
  let before: Int32Array | null = null;
  let after: Int32Array | null = null;
  const read = (): void => {
    before = new Int32Array(n);
    after = new Int32Array(n);
    for (let i = 0, last = -1; i < n; i++) before[i] = last = sentenceBreakAt(text, i) ? i : last;
    for (let i = n - 1, next = n; i >= 0; i--) after[i] = next = sentenceBreakAt(text, i) ? i : next;
  };
  return {
    text,
    lastAtOrBefore(i) {
      if (i < 0) return -1;
      if (!before) read();
      return before![Math.min(i, n - 1)]!;
    },
    firstAtOrAfter(i) {
      if (i >= n) return n;
      if (!after) read();
      return after![Math.max(i, 0)]!;
    },
  };
}

/**
 * [start, end) widened to the sentence around it, at most `reach` characters each way (the
 * characters that end a sentence left out on either side). The walk behind the masks of deals and
 * requests and the search for an invitation beside an address.
 */
function widenToSentence(breaks: SentenceBreaks, start: number, end: number, reach = DEAL_REACH): [number, number] {
  const s = Math.max(breaks.lastAtOrBefore(start - 1) + 1, start - reach, 0);
  const e = end >= breaks.text.length ? end : Math.min(breaks.firstAtOrAfter(end), end + reach);
  return [s, e];
}

/** The sentence ending right before `at` on the same line (skipping its break and spaces), as [start, end), or null. */
function sentenceBefore(breaks: SentenceBreaks, at: number): { start: number; end: number } | null {
  const text = breaks.text;
  let end = at;
  while (end > 0 && / |\t/.test(text[end - 1]!)) end--;
  if (end === 0 || text[end - 1] === "\n" || !sentenceBreakAt(text, end - 1)) return null;
  let start = breaks.lastAtOrBefore(end - 2) + 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  return start < end ? { start, end } : null;
}

/** The sentence starting right after the break at `at` on the same line, as [start, end), or null. */
function sentenceAfter(breaks: SentenceBreaks, at: number): { start: number; end: number } | null {
  const text = breaks.text;
  if (at >= text.length || text[at] === "\n" || !sentenceBreakAt(text, at)) return null;
  let start = at + 1;
  while (start < text.length && / |\t/.test(text[start]!)) start++;
  if (start >= text.length || text[start] === "\n") return null;
  return { start, end: breaks.firstAtOrAfter(start) };
}

/** The line after the line break at `at` (past spaces), as [start, end) up to its first sentence end, or null. */
function lineAfter(breaks: SentenceBreaks, at: number): { start: number; end: number } | null {
  const text = breaks.text;
  while (at < text.length && / |\t/.test(text[at]!)) at++;
  if (text[at] !== "\n") return null;
  let start = at + 1;
  while (start < text.length && / |\t/.test(text[start]!)) start++;
  if (start >= text.length || text[start] === "\n") return null;
  return { start, end: breaks.firstAtOrAfter(start) };
}

/**
 * An off-platform deal is said in a whole sentence ("zelle works, way cheaper than going through
 * the app", "e-transfer works, just mark the job done on here and send the rest to me"): its mask
 * covers the sentence (up to DEAL_REACH characters each way), so neither the offer nor its terms
 * (the channel, the place, the price) can be read around a hidden keyword.
 */
function extendDealsToClause(breaks: SentenceBreaks, hits: Hit[]): void {
  const text = breaks.text;
  for (const h of hits) {
    if (h.kind !== "OFF_PLATFORM_DEAL") continue;
    [h.start, h.end] = widenToSentence(breaks, h.start, h.end);
    // A sentence right before or after that carries the terms ("do u take a check? i'd rather not
    // put it thru the app", "... pay me directly. Tomorrow 6pm works") belongs to the offer.
    // Two such sentences each way: the steps of a deal sent as a burst ("cancel the booking" / "i'll still come tmrw" / "u pay me directly").
    for (let k = 0; k < 2; k++) {
      const prev = sentenceBefore(breaks, h.start);
      if (!prev || prev.end - prev.start > DEAL_REACH || !DEAL_TERMS.test(text.slice(prev.start, prev.end))) break;
      h.start = prev.start;
    }
    for (let k = 0; k < 2; k++) {
      const next = sentenceAfter(breaks, h.end);
      if (!next || next.end - next.start > DEAL_REACH || !DEAL_TERMS.test(text.slice(next.start, next.end))) break;
      h.end = next.end;
    }
    // The clauses that finish the offer: when, where, how paid ("Tesco car park in Dundrum, 2pm",
    // "... I'll hand over the injectors, cash").
    for (let k = 0; k < 3; k++) {
      const next = FOLLOW_ON.exec(text.slice(h.end, h.end + 60));
      if (!next) break;
      h.end += next[0].length;
    }
    while (/\s/.test(text[h.start] ?? "")) h.start++;
    while (h.end > h.start && /\s/.test(text[h.end - 1]!)) h.end--;
  }
}

/**
 * Words that invite the reader to the place just given, or sell the visit: "you can come look at it
 * whenever", "just show up and mention me", "send the part straight to ..." (sent straight: a plain "send it to" only says where), "way cheaper than
 * that shop", and the same in the other languages chat is written in ("pásate", "komm vorbei",
 * "passe quand tu veux", "proszę podjechać", "punta na lang kayo").
 */
const INVITATION =
  /\b(?:(?:you\s+can\s+|just\s+|feel\s+free\s+to\s+)?come\s+(?:over|by|round|around|look|and|see|check|take|through|to\s+(?:me|mine|my\s+place))|(?:pop|swing|stop|drop)\s+(?:by|over|round|in)|(?:show|turn|rock)\s+up|walk[\s-]?ins?\b|bring\s+(?:it|her|him|the\s+\w+)\s+(?:over|round|by|here|in)|(?:send|ship|post|deliver)\s+(?:it|them|the\s+\w+)\s+(?:straight|direct(?:ly)?)\s+(?:to|here)|(?:way|much|a\s+lot|loads)\s+cheaper|p[aá]sate|pasa(?:te)?\s+(?:por|cuando)|vente|ven\s+(?:cuando|a|ma[nñ]ana|hoy)|passa(?:\s+(?:aqui|c[aá]|l[aá]|quando|pure|da))|aparece|passe[zr]?\s+(?:quand|me|nous|au|à|a|demain|directement)|venez|viens|vorbei(?:kommen)?|komm(?:en\s+sie)?\s+(?:einfach|gern|morgen|heute)|vieni|venite|podjecha[cć]|przyjed[zź]|wpadnij|zapraszam|punta|pumunta|aa\s+ja(?:o|na|ana))/i;

/**
 * An address given with an invitation to come over, to send things there, or a pitch against the
 * shop ("I'm at 12 Elm St, the car's in the driveway, come look at it whenever") is a meeting set
 * up off the platform: the invitation becomes an OFF_PLATFORM_DEAL, which `extendDealsToClause`
 * then hides with its sentence. Looked for in the sentence of the address and the one after it.
 */
function findInvitationsToAddresses(breaks: SentenceBreaks, hits: Hit[]): void {
  const text = breaks.text;
  const addresses = hits.filter((h) => h.kind === "ADDRESS" && h.detail);
  // Several rules often find one address: each stretch of text is searched (and its invitation read for a negation) once.
  const searched = new Map<string, RegExpExecArray | null>();
  for (const a of addresses) {
    const [from, sentenceEnd] = widenToSentence(breaks, a.start, a.end);
    let to = sentenceEnd;
    const next = sentenceAfter(breaks, to);
    if (next && next.end - next.start <= DEAL_REACH) to = next.end;
    const key = `${from}:${to}`;
    let m = searched.get(key);
    if (m === undefined) {
      m = INVITATION.exec(text.slice(from, to));
      if (m && negatedBefore(text, from + m.index)) m = null;
      searched.set(key, m);
    }
    if (!m) continue;
    hits.push({ kind: "OFF_PLATFORM_DEAL", start: from + m.index, end: from + m.index + m[0].length, detail: true });
  }
}

/** Kinds that invite the reader off the platform: a request, an app named as the channel, a handle or a name to look up. */
const SOLICITATIONS: ReadonlySet<ContactKind> = new Set(["OFF_PLATFORM_REQUEST", "MESSAGING_APP", "SOCIAL_HANDLE"]);

/**
 * A request for contact ("what's your number?", "got a number I can ring you on?", "text me")
 * an invitation to a messaging app ("let's move this to telegram, search my name there") and a
 * handle with its cue ("find me on insta, joe_99") are hidden with their sentence (up to DEAL_REACH characters each way): the reader never receives
 * the invitation, only the flag's reviewer does. A request stays unpenalised on its own
 * (PHRASE_ONLY_KINDS): hiding it is not a sanction.
 */
/** The longest sentence (characters) that may follow a request as its continuation. */
const SOLICITATION_FOLLOW_UP = 60;
/** Words that keep a follow-up sentence on the subject of reaching someone. */
const CHANNEL_WORD = /\b(?:number|phone|cell|mobile|digits|call|ring|text|e-?mail|dm|pm|msg|message|ping|hmu|hit\s+me\s+up|add\s+(?:you|u)|send\s+(?:you|u|me)|whatsapp|contact|reach)\b/i;

/**
 * Words that carry a request on in the sentence after it: the channel just named pointed at ("lets go there", "we talk
 * there", "same name as me there", "on jase là-dessus", "a gente combina por lá", "schick ich dir die Videos da") or the
 * hand-over going on ("link mi", "me passa", "donne-moi ton adresse", "send me yours"): the same move said twice.
 */
const CARRIES_MOVE_ON = new RegExp(
  String.raw`\b(?:there|la-?dessus|la-?bas|por\s+(?:la|ali|ahi|alla|alli)|dort(?:hin)?|daar|tam|link\s+(?:me|mi|up)|(?:me\s+)?passa|donne[\s-]?moi|gib\s+mir|dame|pasame|send\s+(?:me|it|them)|talk|chat|jase|combina\w*)\b|\b${PLATFORM_LEFT}\b|\b(?:da|la|ali|ahi|alli)\s*[.!?]?\s*$`,
  "i",
);

/** Words of who someone is or where they are found: a setup question before a look-up ("what's your last name?"). */
const IDENTITY_WORD = /\b(?:name|surname|account|username|handle|profile|snap|snapchat|insta|instagram|ig|fb|facebook|tiktok|telegram|signal|whatsapp|wa)\b|@/i;

function hideSolicitations(breaks: SentenceBreaks, hits: Hit[]): void {
  const text = breaks.text;
  for (const h of hits) {
    if (!SOLICITATIONS.has(h.kind)) continue;
    [h.start, h.end] = widenToSentence(breaks, h.start, h.end);
    // A question mark belongs to the request it ends ("what's your number?").
    if (text[h.end] === "?") h.end++;
    // A short sentence (or line: the next message of a burst) right after that goes on about the
    // channel ("got a card? like an actual number", "you on fb? want to add you", "we'll take it by
    // sms instead" / "I'll send you a message tonight") is the same request said twice.
    const next = sentenceAfter(breaks, h.end - 1) ?? lineAfter(breaks, h.end);
    if (next && next.end - next.start <= SOLICITATION_FOLLOW_UP && (CHANNEL_WORD.test(text.slice(next.start, next.end)) || CARRIES_MOVE_ON.test(text.slice(next.start, next.end)))) h.end = next.end;
    // ... and a short question right before it that sets it up ("what's your last name? want to
    // find you on fb", "u on snap? whats ur @").
    const prev = sentenceBefore(breaks, h.start);
    if (
      prev &&
      prev.end - prev.start <= SOLICITATION_FOLLOW_UP &&
      text[prev.end - 1] === "?" &&
      (CHANNEL_WORD.test(text.slice(prev.start, prev.end)) || IDENTITY_WORD.test(text.slice(prev.start, prev.end)))
    )
      h.start = prev.start;
    while (/\s/.test(text[h.start] ?? "")) h.start++;
    while (h.end > h.start && /\s/.test(text[h.end - 1]!)) h.end--;
    h.detail = true;
  }
}

/**
 * A house number said in words is read as several digit groups ("fourteen twenty two Cedar Lane"
 * -> "14 22 Cedar Lane", "three oh four Oak Hollow" -> "3 0 4 ..."): the street rule starts at the
 * last group, so the address takes in the groups before it that were typed as words, or typed
 * digit by digit ("1 2 0 0 Congress Ave").
 */
function extendSpelledHouseNumbers(message: string, norm: Mapped, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "ADDRESS" || !/\d/.test(norm.text[h.start] ?? "")) continue;
    for (let k = 0; k < 4; k++) {
      const m = /(?<![\w.,\/-])\d{1,4}\s+$/.exec(norm.text.slice(Math.max(0, h.start - 8), h.start));
      if (!m) break;
      const start = h.start - m[0].length;
      const typed = message.slice(norm.from[start] ?? 0, norm.from[h.start] ?? 0);
      // Typed digit by digit ("1 2 0 0 Congress Ave", "3 1 5 Pine Hollow rd"): a lone digit before a lone digit.
      const digitByDigit = /^\d\s+$/.test(m[0]) && /^\d\s/.test(norm.text.slice(h.start, h.start + 2));
      if (!/[a-z]/i.test(typed) && !digitByDigit) break;
      h.start = start;
    }
  }
}

const FOLLOW_ON =
  /^[,;]\s*(?:(?:at\s+|around\s+|after\s+(?:half\s+)?|by\s+|before\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|ish)?(?:\s+(?:tomorrow|tonight|today|sat|sun|saturday|sunday))?|(?:tomorrow|tmrw|tonight|today)(?:\s+(?:at\s+)?\d{1,2}\s*(?:am|pm|ish)?)?|cash(?:\s+only)?|(?:the\s+one\s+)?(?:on|in|by|near|off|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)?|level\s+\d+)\s*(?=[,.;!?\n]|$)/i;

/** An extension after a number: "ext 22", "x104", "extension 7", "ramal 31", "poste 12", "Durchwahl 5". */
const EXTENSION = /^\s*,?\s*(?:ext\.?|extn\.?|extension|x|ramal|poste|durchwahl|dw)\s*[#:.]?\s*\d{1,6}\b/i;

/** Words a spoken number is made of, left over where the normaliser could not read them as digits. */
const SPOKEN_PIECE = /^(?:\d+|\+|plus|mas|double|triple|oh|o|zero|hundred|then|and|wun|won|too|tu|tree|for|fore|ate|fiev|fyve|niner|nien|sicks|sevin|uno|dos|tres|un)$/i;
const LINK_PIECE = /^(?:then|and)$/i;

/**
 * A number said in words is found from its longest readable run; the words around it that are
 * still part of it ("fyve five wun, [too tree ate ...]", "plus [44 7700 ...]", "480 then [555 ...]")
 * are masked with it, so no piece of the number stays readable.
 */
function extendSpokenPhones(text: string, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "PHONE") continue;
    for (let k = 0; k < 12; k++) {
      const m = /([^\s,.\-–…\/]+)[\s,.\-–…\/]+$/.exec(text.slice(Math.max(0, h.start - 16), h.start));
      if (!m || !SPOKEN_PIECE.test(m[1]!)) break;
      const start = h.start - m[0].length;
      // "then"/"and" only join digits to digits: "480 then 555", not "call me then 555".
      if (LINK_PIECE.test(m[1]!) && !/\d[\s,.\-–…\/]+$/.test(text.slice(Math.max(0, start - 4), start))) break;
      h.start = start;
    }
    for (let k = 0; k < 12; k++) {
      const m = /^[\s,.\-–…\/]+([^\s,.\-–…\/]+)/.exec(text.slice(h.end, h.end + 16));
      if (!m || !SPOKEN_PIECE.test(m[1]!) || LINK_PIECE.test(m[1]!)) break;
      h.end += m[0].length;
    }
    // "503 555 0190 ext 22": the extension reaches the same person, so it is part of the number.
    const ext = EXTENSION.exec(text.slice(h.end, h.end + 24));
    if (ext) h.end += ext[0].length;
  }
}

/** Gap between two detail spans that still makes them one masked block: spacing and punctuation. */
const MERGEABLE_GAP = /^[\s,;:\-\/|.()]*$/;

/**
 * Abbreviations no title, street or area list below holds, lower case: a phone's label ("Tel.",
 * "Mob."), a person's or a firm's ("Jr.", "Ing.", "Inc.", "Co."), a unit's or a building's ("Apt.",
 * "Bldg.", "Ste.", "Blk."), streets abroad as streets-abroad.ts spells them ("Jl.", "Jln.", "Str.",
 * "Bd.", "Avda.", "Boul."), "Mt.", "Ft.", and titles and street words that are English words too
 * ("Mr.", "Dr.", "Prof.", "St.", "Ave.").
 */
const OTHER_ABBREVIATIONS =
  "mr|mrs|ms|mx|dr|sr|sra|fr|prof|rev|revd|st|ave|rd|jr|ing|inc|ltd|co|corp|apt|appt|apto|dpto|bldg|flr|ste|blk|tel|mob|ph|fax|alt|ext|vs|etc|mt|ft|jl|jln|lrg|str|bd|bdul|avda|boul|col|fracc";
/**
 * Abbreviations written in lower case that open or carry an address in Ukrainian and Russian: a town's, a village's, a
 * region's, a street's, an avenue's, a house's or a flat's ("м. Харків, просп. Науки 29", "г. Москва", "обл.", "кв. 117").
 * A full stop after them ends no sentence, so the town before the street is masked with it (round 56).
 */
const LOWER_CASE_ADDRESS_ABBREVIATIONS = new Set("м г с смт обл р-н вул ул пр просп пров пер буд д кв".split(" "));
/** Abbreviations of a number ("No. 4", "Nr. 12"): one only before a digit, since "No." alone is an answer. */
const NUMBER_ABBREVIATION = /^(?:no|nr|num|nro)$/i;

let knownAbbreviations: ReadonlySet<string> | null = null;
/**
 * Whether `word` (any case, without its full stop) is a known abbreviation: a title before a name,
 * a street word or an area's label of four letters at most that is no English word ("Mme", "Sra",
 * "Rd", "Blvd", "Pkwy", "Brgy", "Kec": phrases.ts TITLES, address.ts STREET_SUFFIX,
 * rural-addresses.ts AREA_LABELS; "Aunt." and "Nana." end a sentence), or one of
 * OTHER_ABBREVIATIONS. Built on first use.
 */
function isKnownAbbreviation(word: string): boolean {
  knownAbbreviations ??= new Set([
    ...[...TITLES.split("|"), ...STREET_SUFFIX.split("|"), ...AREA_LABELS].filter((label) => /^\p{L}{1,4}$/u.test(label) && !isEnglishWord(label)),
    ...OTHER_ABBREVIATIONS.split("|"),
  ]);
  return knownAbbreviations.has(word.toLowerCase());
}

/**
 * Whether a sentence ends right after `message[i]`: at a line break, "!" or "?", or a full stop
 * followed by a space or the end ("done. email me", "Riverside. Gate code"), unless the word before
 * it is an initial or a short capitalised word ("T.", "St.", "Brgy.", "Dr.", "Road."), which names
 * and addresses are full of. A full stop inside a word ("rick.hollis", "v5.it") ends nothing.
 *
 * `afterName` reads the short capitalised word as a name's end, for a full name's mask: it ends
 * its sentence unless it is a known abbreviation (`isKnownAbbreviation`; "No." only before a
 * number) or a capitalised word that is no English word follows, as a place's abbreviation is
 * followed ("Col. Centro"). So "My name is Tom Ross. The car won't start" masks the name's
 * sentence, not the next one; an address's mask still runs on past "Road." into "I'm in 3B", as a
 * unit said in the next sentence is part of it.
 */
function sentenceEndsAfter(message: string, i: number, afterName: boolean): boolean {
  const c = message[i]!;
  if (c === "\n" || c === "!" || c === "?") return true;
  if (c !== "." || (i + 1 < message.length && !/\s/.test(message[i + 1]!))) return false;
  const before = message.slice(Math.max(0, i - 6), i);
  const word = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{0,3})$/u.exec(before)?.[1];
  if (word === undefined) return !LOWER_CASE_ADDRESS_ABBREVIATIONS.has(/(?:^|[^\p{L}-])([\p{Ll}-]{1,4})$/u.exec(before)?.[1] ?? "");
  if (!afterName || word.length === 1) return false;
  if (NUMBER_ABBREVIATION.test(word)) return !/^\s*\d/.test(message.slice(i + 1, i + 4));
  if (isKnownAbbreviation(word)) return false;
  const next = /^[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(message.slice(i + 1, i + 40))?.[1];
  return next === undefined || isEnglishWord(next);
}

/** A letter or digit of any script: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The sentence ends (`sentenceEndsAfter`) of a message, per offset: the last at or before it (-1: none), the first at or after it (the length: none). */
interface SentenceEnds {
  lastAtOrBefore: Int32Array;
  firstAtOrAfter: Int32Array;
}

/**
 * The sentence ends of `message`, read in one pass: a long message's forty-odd details each walked
 * up to DEAL_REACH characters either way asking `sentenceEndsAfter` at every step (some 10,000
 * calls on 500-odd offsets); each walk is now two look-ups.
 */
function sentenceEnds(message: string, afterName: boolean): SentenceEnds {
  const n = message.length;
  const lastAtOrBefore = new Int32Array(n);
  const firstAtOrAfter = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) lastAtOrBefore[i] = last = sentenceEndsAfter(message, i, afterName) ? i : last;
  for (let i = n - 1, next = n; i >= 0; i--) firstAtOrAfter[i] = next = lastAtOrBefore[i] === i ? i : next;
  return { lastAtOrBefore, firstAtOrAfter };
}

/**
 * A detail is hidden with the sentence it stands in (up to DEAL_REACH characters each way), as
 * deals and requests already are: a rule's span is where it found the detail, but the parts said
 * around it ("Brgy. San Isidro, Quezon City" after the street, "area code 503" after the line, the
 * city after the postcode, "search Bobby Ray" after the app) are not always inside that span, and a
 * sentence that hands over a contact detail is what the reader must not receive. The span itself
 * (`ContactSpan`) stays the detail, for the reviewer. `ends` bounds the walk left, `endsAfter` (by
 * default the same) the walk right.
 */
function detailSentence(message: string, ends: SentenceEnds, start: number, end: number, endsAfter: SentenceEnds = ends): [number, number] {
  // Read here rather than with widenToSentence: a detail that itself ends its sentence ("... what's
  // your number?") stops the walk, where a deal's or a request's walk goes on past it. Walking left
  // from `start` stops after the last end before it (or DEAL_REACH back, or at 0); walking right
  // from `end` stops after the first end from `end - 1` on (or DEAL_REACH on, or at the length).
  const n = message.length;
  let s = start > 0 ? Math.max((n > 0 ? ends.lastAtOrBefore[Math.min(start - 1, n - 1)]! : -1) + 1, start - DEAL_REACH, 0) : start;
  let e = end < n ? Math.min(endsAfter.firstAtOrAfter[Math.max(end - 1, 0)]! + 1, end + DEAL_REACH, n) : end;
  // The reach never cuts a word: "[hidden]mail" would give the provider away.
  while (s > 0 && WORD_CHAR.test(message[s - 1]!) && WORD_CHAR.test(message[s]!)) s--;
  while (e < message.length && e > 0 && WORD_CHAR.test(message[e - 1]!) && WORD_CHAR.test(message[e]!)) e++;
  while (s < e && /\s/.test(message[s]!)) s++;
  // The sentence's own full stop, "?", "!" or "…" stays for the reader: "[hidden]? Thanks".
  while (e > s && /[\s.!?…]/.test(message[e - 1]!)) e--;
  return [Math.min(s, start), Math.max(e, end)];
}

function mask(message: string, spans: readonly ContactSpan[]): string {
  const details = spans.filter((s) => s.detail);
  if (details.length === 0) return maskRanges(message, []);
  const ends = sentenceEnds(message, false);
  // A full name's sentence ends after a short surname ("Tom Ross. The car"), read only when one is
  // found and only after the name: before it, "it's Rosa. My surname is De la Fuente" is one name.
  let nameEnds: SentenceEnds | null = null;
  const ranges = details.map((s) => (s.kind === "FULL_NAME" ? nameSentence(message, ends, (nameEnds ??= sentenceEnds(message, true)), s.start, s.end) : detailSentence(message, ends, s.start, s.end)));
  return maskRanges(message, ranges, (gap) => MERGEABLE_GAP.test(gap));
}

/** A capitalised word of two letters or more in a name ("Sam", "Hill", "Li"): what a name is said again by. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}]+/gu;

/**
 * The sentence a full name at [start, end) is hidden with: it ends at its full stop after a short
 * surname (`nameEnds`: "Tom Ross. The car won't start"), unless what that would leave readable,
 * up to where any detail's sentence ends (`ends`), says one of the name's own words again, any
 * case ("I'm Sam Hill. Hill. Sam Hill.", "I'm Bo Lee. Lee is my last name"): then it runs on
 * as any detail's, since a surname that is an English word too passes for the next sentence's
 * first word.
 */
function nameSentence(message: string, ends: SentenceEnds, nameEnds: SentenceEnds, start: number, end: number): [number, number] {
  const short = detailSentence(message, ends, start, end, nameEnds);
  const long = detailSentence(message, ends, start, end);
  if (long[1] <= short[1]) return short;
  const words = new Set(
    message
      .slice(start, end)
      .match(NAME_WORD)
      ?.map((word) => word.toLowerCase()),
  );
  const said = message.slice(short[1], long[1]).match(/[\p{L}\p{M}]+/gu) ?? [];
  return said.some((word) => words.has(word.toLowerCase())) ? long : short;
}

/**
 * `text` with every range ([start, end) offsets) replaced by MASK; overlapping ranges, and ranges
 * only `mergeGap(textBetween)` apart, become one MASK.
 */
export function maskRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>, mergeGap: (gap: string) => boolean = () => false): string {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged[merged.length - 1];
    if (last && (s <= last[1] || mergeGap(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = "";
  let pos = 0;
  for (const [s, e] of merged) {
    out += text.slice(pos, s) + MASK;
    pos = e;
  }
  return out + text.slice(pos);
}

// Equal kinds compare equal without the collator: most spans that share a range share a kind too (several rules found one detail).
const bySpan = (a: ContactSpan, b: ContactSpan): number => a.start - b.start || a.end - b.end || (a.kind === b.kind ? 0 : a.kind.localeCompare(b.kind)) || Number(b.detail) - Number(a.detail);

/** Spans sorted, one per (kind, range, detail), with the kinds and the mask they imply. */
function report(message: string, spans: ContactSpan[]): ContactDetection {
  const seen = new Set<string>();
  const unique = spans.sort(bySpan).filter((s) => {
    const key = `${s.kind}:${s.start}:${s.end}:${s.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kinds = [...new Set(unique.map((s) => s.kind))].sort();
  return { kinds, masked: mask(message, unique), spans: unique };
}

/**
 * Finds contact details in one chat message.
 *
 * @param message the text as the sender typed it (any Unicode; up to 2,000 characters in chat)
 * @param options allow-listed domains; defaults to `DEFAULT_DETECTION_OPTIONS`
 * @returns kinds found (sorted, unique), spans as UTF-16 offsets into `message`, and `masked`:
 *   `message` with every detail span replaced by `MASK`
 */
export function detectContactDetails(message: string, options: DetectionOptions = DEFAULT_DETECTION_OPTIONS): ContactDetection {
  const spans = spansInTypedOrder(message, options);
  // A detail only the shown order holds (reversed by an override, or number groups laid out right
  // to left) is hidden where its characters were typed: every one of them, wherever they stand.
  for (const shown of shownOrders(message)) {
    for (const span of spansInTypedOrder(shown.text, options)) {
      let start = message.length;
      let end = 0;
      for (let i = span.start; i < span.end; i++) {
        start = Math.min(start, shown.typedAt[i]!);
        end = Math.max(end, shown.typedAt[i]! + 1);
      }
      if (end > start) spans.push({ ...span, start, end });
    }
  }
  return report(message, spans);
}

/** The spans the pipeline finds in `message` read in the order its characters were typed. */
function spansInTypedOrder(message: string, options: DetectionOptions): ContactSpan[] {
  const norm = normalise(message);
  const hits: Hit[] = [];
  findPhones(norm.text, norm.synth, hits);
  const publicLinks = findLinks(norm.text, options.allowedDomains, hits);
  findInternationalLinks(message, norm, options.allowedDomains, hits);
  const linkHits = hits.length;
  runPatterns(DETECTION_PATTERNS, norm.text, hits, wordsOf(norm.text));
  // A handle or number shape inside a public page's address is part of that address, and spoken
  // mail on an allowed domain is the platform's own, like written mail on it.
  const inside = (h: Hit): boolean => publicLinks.some(([s, e]) => h.start >= s && h.end <= e);
  const ownMail = (h: Hit): boolean => h.kind === "EMAIL" && onAllowedMailHost(norm.text.slice(h.start, h.end), options.allowedDomains);
  hits.splice(linkHits, hits.length - linkHits, ...hits.slice(linkHits).filter((h) => !inside(h) && !ownMail(h)));
  findHandlesBesideApps(norm.text, hits);
  findAppsBeforeNumbers(norm.text, hits);
  dropInnocentLookAlikes(norm.text, hits);
  dropRefusedRetoldOffers(norm.text, hits);
  findAnnouncedPieces(norm.text, hits);
  findDescribedNumbers(norm.text, hits);
  findNumberRecipes(norm.text, hits);
  extendAddressTails(norm.text, hits);
  extendWaysToTheOneAskedFor(norm.text, hits);
  extendSpokenMailboxes(norm.text, hits);
  extendSpelledHouseNumbers(message, norm, hits);
  extendSpokenPhones(norm.text, hits);
  const breaks = sentenceBreaks(norm.text);
  findInvitationsToAddresses(breaks, hits);
  extendDealsToClause(breaks, hits);
  hideSolicitations(breaks, hits);
  findStrayPostcodes(norm.text, hits);
  findAccessCodes(norm.text, hits);
  const chosen = options.secondStage ? options.secondStage.select(norm, hits, options.allowedDomains) : hits;
  const spans: ContactSpan[] = [];
  for (const h of chosen) {
    const start = norm.from[h.start] ?? 0;
    const end = norm.to[h.end - 1] ?? start;
    if (end > start) spans.push({ kind: h.kind, start, end, detail: h.detail });
  }
  return spans;
}

/** What `detectAcrossMessages` found in a sender's run of consecutive messages. */
export interface SequenceDetection {
  /** The new message's detection, including parts of a detail that started in earlier messages. */
  current: ContactDetection;
  /**
   * One entry per earlier message, in the order given: a new detection when this message now
   * masks more than it did on its own (its part of a split detail), otherwise null.
   */
  earlier: Array<ContactDetection | null>;
  /** The new message's detection on its own (`detectContactDetails`): what to pass as `known` once it is an earlier message. */
  alone: ContactDetection;
}

/**
 * The detection of a message in which nothing was found: what `detectContactDetails` returns for a
 * message it passed, for a caller that knows a stored message was passed on its own (unflagged).
 */
export function nothingFound(message: string): ContactDetection {
  return report(message, []);
}

/**
 * Whether the phone number the joined messages show is one number sent in pieces, and not readings
 * from different thoughts ("mileage is 128" / "450 for the pads?"). Only asked when a piece is new
 * (not found in its own message alone). A money sign or unit next to a piece, or a reading word
 * right before it ("mileage is", "paid", "at"), makes it a reading. The pieces, in order, must make
 * a valid number, cut where people cut one (after the area code or exchange, inside the line) unless
 * the burst announces a phone or every message holding a new piece is nothing but the piece
 * ("832-5" / "55-0184").
 */
function joinedPhones(parts: readonly string[], starts: readonly number[], spans: readonly ContactSpan[], alone: readonly ContactDetection[]): ContactSpan[] {
  const phones = spans.filter((span) => span.kind === "PHONE");
  let pieces: Array<{ part: number; start: number; end: number }> = [];
  for (const span of phones) {
    parts.forEach((part, i) => {
      const start = Math.max(span.start, starts[i]!) - starts[i]!;
      const end = Math.min(span.end, starts[i]! + part.length) - starts[i]!;
      if (end > start) pieces.push({ part: i, start, end });
    });
  }
  const isNew = (p: (typeof pieces)[number]): boolean => !alone[p.part]!.spans.some((s) => s.kind === "PHONE" && s.start <= p.start && s.end >= p.end);
  if (!pieces.some(isNew)) return phones;
  // A message that ends on a dash after digits ("720-") says the number goes on in the next one,
  // as a phone word would, whatever thing it is said to be ("part no 720-", "code 971-").
  const cued = parts.some(hasPhoneCue) || parts.slice(0, -1).some((text) => /\d[ \t]*-[ \t]*$/.test(text));
  // Readings caught up in the run ("... install for 60" / "(702)" / "555-0128") drop out; pieces on
  // both sides of a dropped one are not consecutive and do not join.
  const kept = pieces.filter((p) => {
    const text = parts[p.part]!;
    // Read from the first typed digit: "for 60" was taken in as a spoken "4" by the run.
    const digit = text.slice(p.start, p.end).search(/\d/);
    const at = digit >= 0 ? p.start + digit : p.start;
    const head = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(p.end, p.end + 24);
    return !/[$£€¥]\s*$/.test(head) && !(JOIN_UNIT_AFTER.test(after) && !myPhoneAfter(after)) && (cued || !READING_BEFORE.test(head));
  });
  const dropped = pieces.filter((p) => !kept.includes(p));
  if (dropped.some((d) => kept.some((a) => a.part < d.part) && kept.some((b) => b.part > d.part))) return [];
  // ... nor do pieces with a message between them that holds none.
  const held = [...new Set(kept.map((p) => p.part))].sort((a, b) => a - b);
  if (held.some((part, k) => k > 0 && part !== held[k - 1]! + 1)) return [];
  pieces = kept;
  // One piece per stretch of a message: the same digits may be found by two rules.
  pieces.sort((a, b) => a.part - b.part || a.start - b.start);
  pieces = pieces.reduce<typeof pieces>((out, p) => {
    const last = out[out.length - 1];
    if (last && last.part === p.part && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
    return out;
  }, []);
  // "last four 0116": the count read as a digit ("four") is no piece of the number.
  pieces = pieces.map((p) => ({ ...p, start: p.start + countLead(parts[p.part]!, p.start, p.end) }));
  const fresh = pieces.filter(isNew);
  if (fresh.length === 0) return [];
  // "call me 555 0134" / "oh and the area code is 720", "7 7 0 0 9 0 0" / "prefix with 0": a piece
  // announced as the front of a number, sent right after a message whose own number was masked.
  const last = parts.length - 1;
  const front = fresh.find((p) => p.part === last && namedFront(parts[last]!, p.start, p.end) && /^\+?\d{1,5}$/.test(normalise(parts[last]!.slice(p.start, p.end)).text.trim()));
  if (front && alone[last - 1]!.spans.some((span) => span.kind === "PHONE")) {
    return [...pieces.filter((p) => !isNew(p)), front].map((p) => ({ kind: "PHONE", start: starts[p.part]! + p.start, end: starts[p.part]! + p.end, detail: true }));
  }
  // A message that is nothing but digits, typed or said ("0178", "five five five"), maybe after a
  // connective that strings pieces together ("then 55", "and 234") or beside a filler ("ok ok, 310", "88 lol").
  // So is the digits ending a message that gives them ("my personal is 337" / "5550" / "129").
  const bare = fresh.every((p) => !/[a-z]/i.test(bareReading(parts[p.part]!)) || RUNS_ON.test(parts[p.part]!.slice(Math.max(0, p.start - 12))));
  // Three messages of bare digits that make a valid number are one, however cut ("512" / "5550" / "143"),
  // unless one is a round figure: answers to questions ("2019" / "85000" / "4", "2019" / "86500" / "4": year, mileage, cylinders).
  // ... or two of them, the later strung on with "then" ("ok so 5 5 5" / "and then 01 and 90").
  const strungOn = bare && fresh.length >= 2 && fresh.slice(1).some((p) => STRUNG_ON.test(parts[p.part]!));
  const anyCut = cued || parts.some((text) => PIECES_CUE.test(text)) || (bare && fresh.length >= 3 && !pieces.some((p) => isRoundFigure(parts[p.part]!.slice(p.start, p.end)))) || strungOn;
  // Normalised together, so a letter typed for a digit is read beside the digits of the other
  // pieces ("4O4" / "SSS" / "Ol56"); one at a time when that merges or splits a piece.
  const typed = pieces.map((p) => parts[p.part]!.slice(p.start, p.end));
  const together = normalise(typed.join(MESSAGE_JOIN)).text.split(MESSAGE_JOIN);
  const texts = together.length === typed.length ? together : typed.map((t) => normalise(t).text);
  // "832-5" / "55-0184": bare pieces that, put back together as typed, show a number's own
  // punctuation ("832-555-0184") were cut by the send button, wherever the cut fell.
  const typedWhole = bare && TYPED_PHONE_SHAPE.test(texts.map((t) => t.trim()).join("")) && piecesFormAPhone(texts, cued, true, bare);
  // "last four 0116" / "area code 614, middle 555": pieces that say their place are put in it.
  const rank = { front: 0, unsaid: 1, back: 2 } as const;
  const placed = pieces.map((p, k) => ({ k, rank: rank[piecePlace(parts[p.part]!, p.start, p.end)] })).sort((a, b) => a.rank - b.rank || a.k - b.k);
  const reordered = placed.some((p, k) => p.k !== k);
  // One run of the joined text (a span that holds every other), judged a phone there, after a phone
  // word: read in any region ("zadzwoń: 501" / "234" / "567").
  const from = Math.min(...phones.map((span) => span.start));
  const to = Math.max(...phones.map((span) => span.end));
  const oneRun = cued && phones.some((span) => span.start === from && span.end === to);
  const holds =
    typedWhole ||
    piecesFormAPhone(texts, cued, anyCut, bare, oneRun) ||
    (reordered &&
      piecesFormAPhone(
        placed.map((p) => texts[p.k]!),
        cued,
        anyCut,
        bare,
      )) ||
    (cued && texts.length <= 3 && piecesFormAPhone([...texts].reverse(), cued, anyCut));
  return holds ? pieces.map((p) => ({ kind: "PHONE", start: starts[p.part]! + p.start, end: starts[p.part]! + p.end, detail: true })) : [];
}

/**
 * A message that ends by announcing a phone number to follow ("ok my cell", "my number is:",
 * "text me on", "whatsapp -"): what comes next from the same sender is the number. The word before
 * "number/line/phone" names a phone ("my work line", "my cell phone"), not a car part ("my brake
 * line is"), and the phone is not the place something else is read ("odometer on my phone is").
 */
const ANNOUNCES_NUMBER = new RegExp(
  String.raw`(?:${NOT_A_DEVICE_PLACE}\b(?:my|our|me|his|her)\s+(?:(?:cell|mobile|work|home|personal|business|private|new|old|other|direct|office|land|phone|whatsapp|second|main|uk|us|usa|aus|real)\s+)?(?:cell|mobile|mob|number|num|digits|phone|whatsapp|line|no\.?)(?:\s+(?:is|=))?|\b(?:call|text|txt|ring|sms|whatsapp|reach)\s+(?:me|us)\s+(?:on|at)|\b(?:number|cell|mobile|digits)\s+(?:is|=))\s*[:=\-.]?\s*$`,
  "i",
);

/**
 * The digits of a number sent piece by piece after an announcement, before the last piece arrives
 * ("ok my cell" / "8 4 3" / "5 5 5"): once six digits or more have followed the announcement in
 * messages that are nothing but digits, they are masked, so the reader never holds most of a number
 * whose end is still to come. Returns, per message, the ranges to mask (empty when none).
 */
function piecesAfterAnnouncement(parts: readonly string[]): Array<Array<[number, number]>> {
  const none = parts.map((): Array<[number, number]> => []);
  let first = parts.length;
  while (first > 0 && isBarePiece(parts[first - 1]!)) first--;
  if (first === 0 || first === parts.length) return none;
  const announcement = parts[first - 1]!;
  if (!hasPhoneCue(announcement) || !ANNOUNCES_NUMBER.test(announcement)) return none;
  const digits = parts.slice(first).reduce((n, text) => n + (normalise(text).text.match(/\d/g)?.length ?? 0), 0);
  if (digits < 6 || digits > 15) return none;
  return parts.map((text, i): Array<[number, number]> => {
    if (i < first) return [];
    const at = text.search(/\S/);
    return [[at, text.trimEnd().length]];
  });
}

/**
 * A number sent as messages of nothing but its digits, typed or said ("nine eight four five zero" /
 * "one two seven three six"), with no word anywhere that it is one ("98450" / "01533", "(11) 9" /
 * "5555" / "0148", "555" / "01" / "77"): the joined text then holds
 * no phone a single message's rules read (a 5-5 block is a part number's shape, seven digits need a
 * cue), so `joinedPhones` never sees it. Every message of the burst a bare piece
 * (`BARE_DIGITS`: digits, brackets, dashes, a plus, two digits or more each; no money sign, unit,
 * time or decimal point) are one number cut by the send button when they make one as
 * `piecesFormAPhone` reads bare pieces (three or more in any cut, two where people cut one), or as
 * an Indian mobile cut 5-5 or a Brazilian one after its area code: ten digits or more, or seven on
 * the 555 exchange; no piece a round amount ("98000" / "12000"). Returns, per message, the range to
 * mask (empty when none).
 */
function barePiecesBurst(parts: readonly string[]): Array<Array<[number, number]>> {
  const none = parts.map((): Array<[number, number]> => []);
  // A message before the pieces says what they are ("price" / "98450" / "12500", "the plugs are toyota" / "90919" / "01253").
  // Read as normalised, digits said in words are digits too ("nine eight four five zero" / "one two seven three six"),
  // without the words that only string pieces on or fill ("50" / "then 35" / "and 55", `bareReading`).
  const said = parts.map(bareReading);
  if (!said.every((text) => BARE_DIGITS.test(text))) return none;
  const pieces = said.map((text) => text.replace(/[^\d(+ ]/g, "").trim());
  if (pieces.length < 2) return none;
  const digits = pieces.join("").replace(/\D/g, "");
  const lens = pieces.map((piece) => piece.replace(/\D/g, "").length);
  if (pieces.some(isRoundAmount)) return none;
  const holds =
    (digits.length >= 10 || (digits.length === 7 && digits.startsWith("555"))) &&
    (piecesFormAPhone(pieces, false, pieces.length >= 3, true) ||
      (digits.length === 10 && lens.join("-") === "5-5" && /^[6-9]/.test(digits) && mobileRegionOf(digits) === "IN") ||
      (lens[0] === 2 && digits.length === 11 && mobileRegionOf(digits) === "BR"));
  if (!holds) return none;
  return parts.map((text): Array<[number, number]> => [[text.search(/\S/), text.trimEnd().length]]);
}

/** "98000", "85000", "12 000": a round amount (a price, a mileage), not a piece of a number cut by the send button. */
function isRoundAmount(piece: string): boolean {
  return /000\s*$/.test(normalise(piece).text);
}

/**
 * "86500", "124300": a figure of five digits or more, no leading zero, round to hundreds (a
 * mileage, a price), or a round amount (isRoundAmount): among three or more bare numbers, an answer
 * ("2019" / "86500" / "4": year, mileage, cylinders), where a number cut in pieces rarely has one.
 */
function isRoundFigure(piece: string): boolean {
  return isRoundAmount(piece) || /^\s*[1-9]\d{2,}00\s*$/.test(normalise(piece).text);
}

/** A message that is one piece of a number and nothing else: "98450", "(11) 9", "555-01", "+44 7700". */
const BARE_DIGITS = /^\s*\+?(?:\(\d{1,4}\)|\d)(?:[ \t-]?(?:\(\d{1,4}\)|\d))+\s*$/;

/** Digits that end a message saying what they are: "my personal is 337", "the workshop: 0161" (a piece's text, then the rest of its message). */
const RUNS_ON = /(?:\bis|:|=)\s*\+?\(?\d[\d\s()-]*\s*$/i;

/**
 * A number described by its code in one message and given in digits in the next ("the Lisbon
 * code," / "then 213 44 09 71"): `findDescribedNumbers` on the joined messages (`joined`, the
 * messages starting at `starts`), per message the ranges of a described number that reaches into
 * the last one from an earlier one. Its code is words, so no count of the pieces' digits
 * (`joinedPhones`) could hold it. So with a number told as a recipe (`findNumberRecipes`: "it's 086
 * then my year of birth" / "then 73 at the end", "call the number on the booking confirmation" /
 * "but change the 4 to a 7"), whose pieces are words too.
 */
function describedAcross(joined: string, starts: readonly number[], parts: readonly string[]): Array<Array<[number, number]>> {
  const out = parts.map((): Array<[number, number]> => []);
  const currentStart = starts[parts.length - 1]!;
  const norm = normalise(joined);
  const hits: Hit[] = [];
  findDescribedNumbers(norm.text, hits);
  findNumberRecipes(norm.text, hits);
  for (const h of hits) {
    const start = norm.from[h.start] ?? 0;
    const end = norm.to[h.end - 1] ?? start;
    if (start >= currentStart || end <= currentStart) continue;
    parts.forEach((part, i) => {
      const s = Math.max(start, starts[i]!) - starts[i]!;
      const e = Math.min(end, starts[i]! + part.length) - starts[i]!;
      if (e > s) out[i]!.push([s, e]);
    });
  }
  return out;
}

/** A message that is nothing but digits, typed or said, maybe strung on with "then" or beside a filler ("5 5 5", "then 0 1"): no money sign or unit. */
export function isBarePiece(text: string): boolean {
  const read = bareReading(text);
  return /\d/.test(read) && !/[a-z$£€¥%°]/i.test(read);
}

/** A piece's text as read (normalised) without the words that only string pieces together or fill ("then 0 1" -> " 0 1"). */
function bareReading(text: string): string {
  return normalise(text).text.replace(PIECE_CONNECTIVE, "").replace(PIECE_FILLER, "");
}

/** A number written with its usual punctuation: "832-555-0184", "(832) 555-0184", "832.555.0184". */
const TYPED_PHONE_SHAPE = /^(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}([-.]))\d{3}([-.])\d{4}$/;

/** Words that only string pieces together: "then 55", "and then 51", "next: 234". */
const PIECE_CONNECTIVE = /\b(?:and\s+then|then|and|next|after\s+that|plus|followed\s+by)\b/gi;

/** A message opening on a word that strings it onto the one before: "then 55", "and then 01", "next 234". */
const STRUNG_ON = /^\s*(?:and\s+then|then|next|after\s+that|followed\s+by)\b/i;

/** Words said around a piece that say nothing: "ok ok, 310", "88 lol", "um 555". */
const PIECE_FILLER = /\b(?:ok(?:ay)?|so|kk?|lol|lmao|haha+|hehe+|um+|uh+|erm|oops|sorry)\b/gi;

/** Words that announce a number sent in pieces ("first part 303", "area is 713", "in pieces", "in bits"). */
const PIECES_CUE = new RegExp(String.raw`\b(?:area|first|second|third|last|rest|middle|ends?|starts?|pieces?|bits|parts|chunks|digits|numbers\s+(?:you|u)\s+need|${PIECE_PLACE_WORDS_ABROAD})\b`, "i");
/** A reading announced right before a piece: "mileage is 128", "paid 415", "idle at 850". */
const READING_BEFORE =
  /\b(?:at|for|costs?|cost\s+me|paid|pay|price[ds]?|quoted?|quotes|total|about|around|over|under|mileage|odometer|odo|rpm|idle|temp|temperature|pressure|(?<!\b(?:first|second|third|last|next|other|middle)\s)part|order|invoice|tracking|model|year|reads?|reading|says|shows?|code|vin|serial|budget|max|min|approx|roughly|only|just|was|were)\s*(?:is|was|of|at|:|=|#|no\.?)?\s*$/i;

/** A measurement or money word after a number: a reading, not a piece of a phone. */
const JOIN_UNIT_AFTER =
  /^\s*(?:\?|on\s+the\s+(?:invoice|receipt|quote|bill|sticker|label|box|tag|part|clock|dash)\b|%|°|k\b|kms?\b|mi\b|miles?\b|mph\b|rpm\b|psi\b|nm\b|hp\b|cc\b|kg\b|lbs?\b|dollars|bucks|usd|eur|gbp|quid|pounds|euros?|for\s+(?:the|a|parts|labou?r)\b|total\b|each\b|off\b)/i;

/** Separator between joined messages: a line break, as a reader sees consecutive messages. */
const MESSAGE_JOIN = "\n";
/** A message ending a sentence: a full stop, "!" or "?" at its end. */
const SENTENCE_ENDS = /[.!?]\s*$/;
/**
 * A message opening with a word of a closed class (pronoun, preposition, auxiliary, determiner)
 * that is also a top-level domain: "It's dripping", "Is 9 ok", "Im sure", "No more squeak".
 */
const FUNCTION_WORD_OPENING = /^\s*(?:it|is|in|to|so|no|do|be|my|me|us|at|am|an|as|by|im)(?:[\s'’,.!?]|$)/i;
/** Signs that a message is giving an address: an @, www, a spoken "name at domain.", or a word naming a site, a mailbox or an account. */
const ADDRESS_SIGNS =
  /@|\bwww\b|\bat\s+[\w-]+\.\s*$|\b(?:site|website|web|e-?mail|mail|domain|link|url|page|handle|account|insta\w*|ig|fb|facebook|twitter|tiktok|snap\w*|find\s+me|look\s+(?:me\s+)?up|add\s+(?:me|us)|google|search|dot)\b/i;

/**
 * A sentence ending on a noun its determiner opens, with at most two words between them and no
 * verb or preposition ("in the app.", "from the shop.", "for a used wheel.", "the late reply.";
 * not "my handle is fix."). People give an address or a handle as a bare name ("my site is
 * brakes.", "insta is big."), not as "the brakes.".
 */
const DETERMINED_NOUN_END =
  /\b(?:the|a|an|this|that|these|those|my|your|our|his|her|their)\s+(?:(?!(?:is|are|was|were|be|on|at|as|in|to|for|of|by|under|called|named)\s)[a-z][\w'’-]*\s+){0,2}(?!(?:the|a|an)\.)[a-z][\w'’-]*\s*[.!?]\s*$/i;
/**
 * A sentence ending on a predicate or a time: a past participle ("sorted.", "quote accepted.", "new
 * tyres fitted."; not "-eed": "speed."), "done", "due", "ready", a day or a month ("see you Monday.").
 * Not how a site or a handle is named.
 */
const PREDICATE_END = new RegExp(String.raw`\b(?:[a-z]{2,}(?<!e)ed|done|due|ready|today|tonight|tomorrow|yesterday|${WEEKDAY_NAMES}|${MONTH_NAMES})\s*[.!?]\s*$`, "i");
/**
 * The determined noun at the end given as a name: "my insta is the big.", "on tiktok as the
 * wrench.", "site: the brakes.", "on tiktok I'm the wrench.", "I'm on insta, the wrench.". With a
 * sign of an address or handle in the message it stays glued.
 */
const NAMED_AS_DETERMINED =
  /(?:\b(?:is|as|called|named|under|its|it'?s|i'?m|i\s+am|we'?re|we\s+are)|[:=,–—-])\s+(?:the|a|an|this|that|these|those|my|your|our|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s*[.!?]\s*$/i;
/** An address written out or said as one right at the end of a message: an @, www, or a spoken "dot". */
const ADDRESS_WRITTEN = /@|\bwww\b|\bdot\b/i;
/** A message of two words or more: a sentence, not a top-level domain or a name sent alone ("net", "Mike", "brakehouse."). */
const SEVERAL_WORDS = /^\s*\S+\s+\S/;
/**
 * A message opening on the rest of an address: a generic top-level domain no sentence opens with
 * ("com and book me there", "Com, ask for Mike", "org has the form"), a domain and its country
 * ("co.uk, no fees", "com.au"), "io" or "biz", or "net" typed in lower case ("net has my prices").
 * Not a word that is also a domain (a make, "Shop", "Online"): those open sentences.
 */
function opensOnDomainEnding(later: string): boolean {
  const first = /^\s*([a-z]+)(?:\.([a-z]{2})\b)?/i.exec(later);
  if (!first) return false;
  const [, word, country] = first as unknown as [string, string, string | undefined];
  if (country !== undefined) return TLD_SET.has(word.toLowerCase()) && TLD_SET.has(country.toLowerCase());
  return /^(?:com|org|co|edu|gov|io|biz)$/i.test(word) || word === "net";
}
/** A sentence opening on a capitalised word with more after it ("Car drives perfect now", "Parts came next day"). Case-sensitive. */
const CAPITALISED_OPENING = /^\s*[A-Z][a-z]+\s+\S/;
/** A sentence ending on a place a name is found at: "find us at brakehouse.", "book through getsorted.", "book with mikesbrakes.". */
const PLACE_END = /\b(?:on|at|to|via|from|through|under|with|by)\s+[\w-]+\.\s*$/i;
/** A messaging app or platform named as a place in the later message: "Wizard on instagram", "rest via whatsapp". */
const CHANNEL_AS_PLACE = new RegExp(String.raw`\b(?:on|at|via)\s+(?:the\s+)?(?:${CHANNEL_NAMES})\b`, "i");

/**
 * Two whole sentences, not a word cut by the send button: the earlier message ends a sentence and
 * either gives no sign of an address while the later opens with a function word that is also a
 * top-level domain ("the leak." / "It's dripping", "the v5." / "it's in the glovebox": glued,
 * "leak.It" would read as a domain), or the later is a sentence of several words and the earlier
 * ends on a noun with its determiner ("quote is up in the app." / "Parts arrive tomorrow", "for a
 * used wheel." / "Could you fit it?": glued, app.Parts and wheel.Could read as a link and a handle)
 * with no written address and not given as the name of something it names ("my insta is the
 * big."), or on a predicate or a time with no sign of an address ("sorted." / "Work starts
 * Monday", "the mot is due." / "Date is 12 june"), unless the later opens on the rest of an address
 * ("go to carsorted." / "com and book me there") or names a channel ("under the wrench." / "Wizard
 * on instagram"). Anything else stays glued, so "brakes." / "Net has my prices", "joe@garage." /
 * "Us" and "insta is big." / "Mike" are still read whole.
 */
function twoSentences(earlier: string, later: string): boolean {
  if (!SENTENCE_ENDS.test(earlier)) return false;
  const signed = ADDRESS_SIGNS.test(earlier);
  if (FUNCTION_WORD_OPENING.test(later) && !signed) return true;
  // The rest of an address or a channel to find the name on says the dot cut one name in two.
  if (!SEVERAL_WORDS.test(later) || opensOnDomainEnding(later) || CHANNEL_AS_PLACE.test(later)) return false;
  // A capitalised sentence after a sentence of two words or more, neither giving an address, and
  // the earlier not ending on a place to find a name at: "Thanks Dave." / "Car drives perfect now".
  if (CAPITALISED_OPENING.test(later) && SEVERAL_WORDS.test(earlier) && !signed && !ADDRESS_SIGNS.test(later) && !PLACE_END.test(earlier)) return true;
  const determined = DETERMINED_NOUN_END.test(earlier) && !ADDRESS_WRITTEN.test(earlier) && !(signed && NAMED_AS_DETERMINED.test(earlier));
  return determined || (PREDICATE_END.test(earlier) && !signed);
}

/** A message ending on an app or platform named ("i'm on snap", "my insta:"). */
const CHANNEL_ENDS = new RegExp(String.raw`\b(?:${CHANNEL_NAMES})[\s:.!-]*$`, "i");
/**
 * A message that goes on with the sentence about the app rather than a handle: it opens on a verb
 * or a little word ("my insta" / "is full of car pics", "on snap" / "and it's broken").
 */
const SENTENCE_GOES_ON =
  /^\s*(?:is|isn'?t|was|wasn'?t|are|were|has|had|have|does|doesn'?t|did|didn'?t|got|gets|looks|keeps|shows|says|needs|the|a|an|and|but|or|so|just|too|also|for|of|with|it|i|i'?m|you|he|she|they|we|that|this|there|then|lol|haha|honestly|tho|though|again|anyway|yesterday|today|now)\b(?![_.]\w)/i;
/** A whole word that is an app or platform name ("telegram", "whatsapp"). */
const WHOLE_CHANNEL_NAME = new RegExp(String.raw`^(?:${CHANNEL_NAMES})$`, "i");

/**
 * The earlier message ends on an app or platform named and the later starts a name ("i'm on snap"
 * / "gearhead" / "_gabe"): glued, the app would read as the front of the handle. Not when the later
 * goes on with the app's own address ("facebook" / ".com/joesgarage") or finishes its name ("tele"
 * / "gram").
 */
function namesChannelBefore(earlier: string, later: string): boolean {
  if (!CHANNEL_ENDS.test(earlier) || !/^\s*[a-z0-9_]/i.test(later) || SENTENCE_GOES_ON.test(later)) return false;
  const glued = `${/(\S+?)[\s:.!-]*$/.exec(earlier)?.[1] ?? ""}${/^\s*(\S+)/.exec(later)?.[1] ?? ""}`;
  return !WHOLE_CHANNEL_NAME.test(glued);
}

/** A mail named anywhere in a burst: "email", "emailed", "mail", an @, "at sign", "domain", a mail provider ("gmail-type"). */
const MAIL_SIGN = new RegExp(String.raw`@|\b(?:e-?mail\w*|mail|at\s+sign|arroba|chiocciola|domain)\b|\b(?:${PROVIDERS})`, "i");
/** A message opening on the "at" of an address: "at the usual place but ...", "@ ...". */
const OPENS_ON_AT = /^\s*(?:@|at\b|arroba\b|chiocciola\b)/i;
/** A message that gives only the "at" between an address's halves: "then the usual at sign", "@", "at". */
const ONLY_THE_AT = /^\s*(?:(?:and|then|the|usual|an?)\s+)*(?:@|at(?:\s+sign)?|arroba|chiocciola)\s*$/i;
/** The last word of a message, as a mailbox's local part may be typed: "claire.morel", "seamus58", "deano". */
const LAST_WORD = /([\p{L}\p{N}](?:[\p{L}\p{N}._+-]*[\p{L}\p{N}])?)[\s.,!?:;]*$/u;
/** A word no one types but as a name: a digit, an underscore or a dot inside ("jessie88", "tazzy_r", "m.ferraro"). */
const NAME_SHAPED = /\d|_|[\p{L}\p{N}]\.[\p{L}\p{N}]/u;
/** Mail providers whose names are no everyday words ("outlook", "live" and "me" are): named alone, they are a mailbox's domain. */
const LONE_PROVIDERS = String.raw`(?:gmail|googlemail|hotmail|yahoo|ymail|icloud|protonmail|gmx|yandex|aol)`;
/**
 * A message that names a mail provider and says little else: "gmail po", "the gmail one sir", "@hotmail", "on yahoo":
 * the domain of a mailbox whose name came in the message before (`LONE_PROVIDERS`).
 */
const PROVIDER_ONLY = new RegExp(String.raw`^\s*(?:[\p{L}']+\s+){0,2}(?<p>@?${LONE_PROVIDERS}(?:\.com)?)(?:\s+[\p{L}']+){0,2}[\s.!?]*$`, "diu");
/**
 * A provider named as the reader's inbox or a place, not as the sender's address: "check your gmail", "sent to
 * gmail", "in gmail", "open yahoo".
 */
const PROVIDER_AS_PLACE = new RegExp(String.raw`\b(?:your|ur|yours|to|in|into|from|via|check|open|sent|send)\s+(?:\p{L}+\s+)?@?${LONE_PROVIDERS}\b`, "iu");
/**
 * A lone word that can be a mailbox's name before the provider alone: lower case, opening on three letters
 * ("jmdelacruz_22", "budi.santoso.bengkel", "kev_1988"); not a file's name ("IMG_2041", "IMG_4432.jpg",
 * "quote_v2": a camera's prefix, an extension, a version) nor a code or a model in capitals ("OBD2", "MOT2024",
 * "BMW_E46", "Golf_mk7", "x5_owner").
 */
const MAILBOX_ALONE = /^\p{Ll}{3}[\p{Ll}\d._-]*$/u;
const FILE_NAME = /\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|csv|txt|zip|mp4|mov|avi)$|[_-]v\d+$|^(?:img|dsc|dscn|vid|pxl|scan|screenshot|photo)[_-]/i;
/** A host typed bare, as a mailbox's domain is: "example.net", "brightline-logistics.com". */
const BARE_HOST = /^@?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * The local part of a mailbox sent in the message before its domain ("mon email c'est
 * claire.morel" / "chez exemple.fr", "seamus58" / "then the usual at sign" / "example.ie"): once
 * the new message's bare host is masked, the last word of the message before it (past one that
 * gives only the "at") is its mailbox's name and is masked too, when the burst names a mail and
 * the word is shaped like a name or the later message opens on the "at" ("send it to deano" /
 * "at the usual gmail-type place but example.com"), or the word is shaped like a name and its
 * message is no more than two words ("its jessie88" / "and then the example.net one"); a lone word shaped like a
 * name before a message that gives only a mail provider ("jmdelacruz_22" / "gmail po"). Returns
 * the EMAIL spans to add and the messages they are in (none when there is no such mailbox; with the provider
 * alone, its name in the new message too).
 */
function localPartBefore(parts: readonly string[], currentSpans: readonly ContactSpan[]): Array<{ part: number; span: ContactSpan }> {
  const last = parts.length - 1;
  const current = parts[last]!;
  const host = currentSpans.some((span) => (span.kind === "LINK" || span.kind === "EMAIL") && BARE_HOST.test(current.slice(span.start, span.end)));
  const providerOnly = host ? null : PROVIDER_ONLY.exec(current);
  if (!host && !providerOnly) return [];
  let k = last - 1;
  if (k > 0 && ONLY_THE_AT.test(parts[k]!)) k--;
  const text = parts[k]!;
  const word = LAST_WORD.exec(text);
  if (!word || word[1]!.length < 2) return [];
  // The provider alone ("jmdelacruz_22" / "gmail po", "budi.santoso.bengkel" / "the gmail one sir"): the word before is its
  // mailbox only when it is a lone word shaped like a name (`MAILBOX_ALONE`: no reading, "92.5", sent before "yahoo!"; no
  // file's name, code or model), and the provider the sender's, not the reader's inbox (`PROVIDER_AS_PLACE`).
  if (providerOnly) {
    const provider = providerOnly.indices!.groups!["p"]!;
    const name = word[1]!;
    return /^\S+$/.test(text.trim()) && NAME_SHAPED.test(name) && MAILBOX_ALONE.test(name) && !FILE_NAME.test(text.trim()) && !PROVIDER_AS_PLACE.test(current)
      ? [
          { part: k, span: { kind: "EMAIL", start: word.index, end: word.index + word[1]!.length, detail: true } },
          { part: last, span: { kind: "EMAIL", start: provider[0], end: provider[1], detail: true } },
        ]
      : [];
  }
  const mail = parts.some((part) => MAIL_SIGN.test(part));
  const shaped = NAME_SHAPED.test(word[1]!);
  const short = !/\S\s+\S+\s+\S/.test(text.trim());
  if (!((mail && (shaped || OPENS_ON_AT.test(parts[k + 1]!))) || (shaped && short))) return [];
  return [{ part: k, span: { kind: "EMAIL", start: word.index, end: word.index + word[1]!.length, detail: true } }];
}

/**
 * What a meeting saves, said in its own message (round 55): the visit as the easier way ("easier to just come see it",
 * "quicker if I just came out"), the workshop or the app gone through no more ("no need to go through the workshop"),
 * the rest not needed ("then we dont need all this").
 */
const MEETING_SAVES = String.raw`(?:easier|faster|quicker|simpler)\s+(?:if|to)\s+(?:(?:i|you|u|we)\s+)?(?:just\s+)?(?:come|came|meet|bring|drop|pop|swing|see|do|drive)|no\s+need\s+(?:to\s+go\s+through|for)\s+(?:the|this|all)|(?:don['’]?t|dont|do\s+not|won['’]?t|wont|wouldn['’]?t)\s+need\s+(?:all\s+)?(?:this|that|the\s+(?:app|booking|workshop|shop|garage|platform))`;
/**
 * What makes a message of a burst a step of the deal beside it: the platform's booking left behind ("cancel the
 * booking", "just cancel on here", "no need to approve on here"), the deal's terms (`DEAL_TERMS`: "pay 50 on app",
 * "rest cash"), the platform kept in the dark ("dont tell the platform", "nobody takes a cut", "don't mention it"),
 * or where and when to meet ("around 3", "the one by the ferry", "swing by", "just tell me when and where"); round 55,
 * what the meeting saves, said before or after it ("simpler if I just pop round", "no need to go through the shop",
 * "then we won't need all this").
 */
const DEAL_STEP = new RegExp(
  String.raw`${DEAL_TERMS.source}|\b(?:tell|mention|report|cut|nobody|no\s+one|between\s+us|when\s+and\s+where|around\s+\d|\d{1,2}\s*ish|by\s+the|swing\s+by|come\s+(?:to|by|over|round)|face\s+to\s+face|${MEETING_SAVES})\b`,
  "i",
);
/** How many messages away from a deal's message a step of it is looked for. */
const DEAL_STEP_REACH = 2;

/**
 * A step of the burst's deal in a message of its own (`DEAL_STEP`: "cancel the booking" / "i'll still come tmrw" / "u
 * pay me directly", "but if you do cash I can do 950" / "just cancel on here", "... pay mpesa direct i give 38k" /
 * "dont tell the platform"), masked with it, as `extendDealsToClause` masks the sentences beside a deal in one message. Read only
 * within DEAL_STEP_REACH messages of one the burst already flags as a deal, so it masks more of a flagged burst and
 * flags nothing new. Adds to `extra` in place.
 */
function dealStepsAround(parts: readonly string[], alone: readonly ContactDetection[], extra: ContactSpan[][]): void {
  const isDeal = (i: number): boolean => [...alone[i]!.spans, ...extra[i]!].some((span) => span.kind === "OFF_PLATFORM_DEAL" && span.detail);
  const deals = parts.map((_, i) => isDeal(i));
  parts.forEach((text, i) => {
    if (deals[i] || !DEAL_STEP.test(text) || text.length > DEAL_REACH) return;
    if (!deals.some((deal, j) => deal && Math.abs(i - j) <= DEAL_STEP_REACH)) return;
    const start = text.search(/\S/);
    extra[i]!.push({ kind: "OFF_PLATFORM_DEAL", start, end: text.trimEnd().length, detail: true });
  });
}

/** Details that can be cut mid-word between two messages. */
const WORD_DETAILS: ReadonlySet<ContactKind> = new Set(["EMAIL", "LINK", "SOCIAL_HANDLE"]);

/**
 * What any rule for a WORD_DETAILS kind needs somewhere in its text: a sign of an address (an @, a
 * dot inside or before a word, "/", ":", "#", "_", a spaced or spelled dot or "at", "AT"/"DOT" glued
 * in, a mail provider), a cue of a handle ("name", "as", "under", "follow", "find", "by", ...), a
 * channel named, or any character outside plain ASCII, which the normaliser may read as any of
 * those. A decimal point ("4.2") and sentence punctuation are none. Checked against every readable
 * corpus message and burst (and, by count only, the kept-aside ones): no text without one of these
 * has an EMAIL, LINK or SOCIAL_HANDLE found in it.
 */
const WORD_DETAIL_SIGNS: readonly RegExp[] = [
  /[@_#:\/]|\s\.|\.(?=\S)(?<!\d\.(?=\d))|[^\t\n\r\x20-\x7e£€°’‘“”]|\b[a-z](?:\s+[a-z]\b){2}/i,
  /AT|DOT|,(?:com|net|org)\b|\b(?:arroba|arobase|slash|hxxps?)\b|[A-Za-z]\$[A-Za-z]|(?<=[a-z\d])(?:At|Dot)(?=[A-Za-z\d])/,
  /\b(?:at|dot|d0t|dt|punto|punkt|ponto|point|period|underscore|www|https?|handle|user\s*name|user|account|page|profile|follow|add|dm|hmu|find|look|search|google|site|web|website|e-?mail|mail|link|url|domain|tag|id|gamertag|gt|channel|name'?s?|called|as|under|como|saved|listed|im|i'?m|u|by|app|ping)\b/i,
  new RegExp(String.raw`\b(?:${CHANNEL_NAMES}|${PROVIDERS})\b`, "i"),
];

/** False when `text` has none of WORD_DETAIL_SIGNS, so no EMAIL, LINK or SOCIAL_HANDLE can be found in it. */
function mayHoldWordDetail(text: string): boolean {
  return WORD_DETAIL_SIGNS.some((sign) => sign.test(text));
}

/**
 * Detects a contact detail spread over the latest messages of one sender ("303 555" then "0178").
 *
 * @param earlier the sender's preceding messages, oldest first (the caller picks the window: two
 *   or three messages, up to ten for a drip of bare pieces; chat passes over the other side's
 *   replies between them, `sideBurst`)
 * @param current the message being sent
 * @returns `current`'s detection (its own findings plus its part of any detail that the joined
 *   messages reveal) and, per earlier message, a new detection only when its mask grows, so the
 *   caller can mask it retroactively for the reader
 *
 * Only findings of the joined text that reach into `current` count (with the earlier pieces of a
 * kind they add): whatever lies wholly in the earlier messages was judged when they were sent, so
 * two innocent messages cannot combine into a flag on a third.
 *
 * @param known per earlier message, its own detection when the caller has it (a previous call's
 *   `alone`, or `nothingFound` for a message stored unflagged), so it is not detected again; the
 *   others are. A 3-message burst runs the detector at most 3 times with every earlier one known,
 *   5 without; one fewer when the glued join can add nothing (most repair chat).
 */
export function detectAcrossMessages(
  earlier: readonly string[],
  current: string,
  options: DetectionOptions = DEFAULT_DETECTION_OPTIONS,
  known: ReadonlyArray<ContactDetection | null | undefined> = [],
): SequenceDetection {
  const own = detectContactDetails(current, options);
  if (earlier.length === 0) return { current: own, earlier: [], alone: own };
  const parts = [...earlier, current];
  const alone = [...earlier.map((text, i) => known[i] ?? detectContactDetails(text, options)), own];
  const extra: ContactSpan[][] = parts.map(() => []);
  const join = (separator: string): { joined: string; starts: number[] } => {
    const starts: number[] = [];
    let joined = "";
    parts.forEach((part, i) => {
      // Glued, "the leak." + "It's dripping" would read as the domain leak.It; "i'm on snap" +
      // "gearhead" + "_gabe" as snapgearhead_gabe, the app named glued to its handle.
      if (i > 0) joined += separator === "" && (twoSentences(parts[i - 1]!, part) || namesChannelBefore(parts[i - 1]!, part)) ? MESSAGE_JOIN : separator;
      starts.push(joined.length);
      joined += part;
    });
    return { joined, starts };
  };
  const addFrom = ({ joined, starts }: { joined: string; starts: number[] }, kinds: ReadonlySet<ContactKind> | null): void => {
    const currentStart = starts[parts.length - 1]!;
    const found = detectContactDetails(joined, options).spans.filter((span) => !kinds || kinds.has(span.kind));
    const spans = [...found.filter((span) => span.kind !== "PHONE"), ...joinedPhones(parts, starts, found, alone)];
    // Only what reaches into the new message counts, plus the other pieces of a detail found in
    // it ("area code 469" / "then 555-0117" is found as one piece per message): a kind found in
    // the new message brings its pieces in the earlier ones along. An earlier message whose own
    // detection already had them keeps its mask (and is not re-reported).
    const reaching = new Set(spans.filter((span) => span.end > currentStart).map((span) => span.kind));
    // "98765" / "43210" / "call karo": a phone word sent right after the pieces names them a phone.
    const previousStart = starts[parts.length - 2]!;
    if (hasPhoneCue(current) && spans.some((span) => span.kind === "PHONE" && span.end > previousStart && span.end <= currentStart)) reaching.add("PHONE");
    for (const span of spans) {
      if (span.end <= currentStart && !reaching.has(span.kind)) continue;
      parts.forEach((part, i) => {
        const start = Math.max(span.start, starts[i]!) - starts[i]!;
        const end = Math.min(span.end, starts[i]! + part.length) - starts[i]!;
        if (end > start) extra[i]!.push({ ...span, start, end });
      });
    }
  };
  const apart = join(MESSAGE_JOIN);
  addFrom(apart, null);
  for (const found of [barePiecesBurst(parts), piecesAfterAnnouncement(parts)])
    found.forEach((ranges, i) => {
      for (const [start, end] of ranges) extra[i]!.push({ kind: "PHONE", start, end, detail: true });
    });
  describedAcross(apart.joined, apart.starts, parts).forEach((ranges, i) => {
    for (const [start, end] of ranges) extra[i]!.push({ kind: "PHONE", start, end, detail: true });
  });
  // "pete at petesauto" + "works dot com": a word cut by the send button. Joined without a break,
  // only written details count, so two numbers are never glued into one. Not run when it changes
  // nothing: glued text with no sign of an address or handle can hold none (most repair chat:
  // readings, prices, sentences), and where every pair of messages is two sentences the glued text
  // is the one just read, whose written details were all taken in above.
  const glued = join("");
  if (glued.joined !== apart.joined && mayHoldWordDetail(glued.joined)) addFrom(glued, WORD_DETAILS);
  for (const local of localPartBefore(parts, [...own.spans, ...extra[parts.length - 1]!])) extra[local.part]!.push(local.span);
  dealStepsAround(parts, alone, extra);
  // "tracking" / "1Z999AA1" / "0123456784": an identifier under a thing's label is no phone, whatever its shape.
  const thingNumber = continuesThingLabel(earlier, current);
  const kept = (spans: readonly ContactSpan[]): ContactSpan[] => (thingNumber ? spans.filter((span) => span.kind !== "PHONE") : [...spans]);
  const currentDetection = report(current, kept([...own.spans, ...extra[parts.length - 1]!]));
  const earlierDetections = earlier.map((text, i) => {
    if (kept(extra[i]!).length === 0) return null;
    const next = report(text, [...alone[i]!.spans, ...kept(extra[i]!)]);
    return next.masked === alone[i]!.masked ? null : next;
  });
  return { current: currentDetection, earlier: earlierDetections, alone: own };
}
