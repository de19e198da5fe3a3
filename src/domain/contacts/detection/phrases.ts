/**
 * Phrases: OFF_PLATFORM_DEAL (doing the job or the payment around the platform: cash, payment
 * apps, direct invoices, meeting up), OFF_PLATFORM_REQUEST (an intent with no detail: "call me",
 * "my number is", "what's your email") and FULL_NAME (a full name given so someone can be found).
 *
 * Every phrase is read with its clause: a refusal or negation before it ("I don't give out my
 * number", "I won't do cash", "can't talk on the phone right now") turns it around, and a
 * reference to the platform's own features ("call me here in the app", "my address is on file")
 * keeps it in-platform.
 *
 * Rule for ambiguous "call me" phrasing (the product wants recall on real attempts):
 *   A contact verb aimed at a person ("call me", "text me", "give me a call", "email me", ...)
 *   IS an off-platform request, EXCEPT when followed by an in-platform qualifier ("here", "in the
 *   app") or a notification clause ("when ...", "once ...", "if ..."), or as the idiom "call me
 *   crazy". "message me" / "DM me" / "ping me" alone are in-platform (this IS a messenger).
 */
import { after, before, caseless, clauseAround, groupSpan, matchesOf, negatedBefore, NOT_A_DEVICE_PLACE, type Pattern, sentenceAt, sentenceOf, sentenceText, uniqueAlternatives } from "./context.ts";
import { MONEY_TO_THE_READER, PERSONAL_PAYEE, SAVING_OR_AVOIDING } from "./deal-talk.ts";
import { PUBLISHERS } from "./links.ts";
import { posedAs } from "./other-languages.ts";
import { UNIT_AFTER } from "./phone.ts";
import { CLASSIFIEDS_ABROAD, GOOGLE_SITE, holdsTwoWordSite, LOOKUP_SITES, SITES_ABROAD_WORDS } from "./social.ts";
import { CAR_MAKES, isEnglishWord, isFirstName, MONTH_NAMES, NAME_PARTICLES, PAYMENT_CHANNELS, THANKS_AND_GREETINGS, WEEKDAY_NAMES, WORKSHOP_PREMISES } from "./vocabulary.ts";

/** "... here", "... in the app", "... through the app": the platform's own call/message features. */
/** "through" as people type it in a hurry: "thru", "throu", "throuh", "thorugh", "trough". */
const THROUGH = String.raw`(?:through|thru|throu(?:gh|h)?|thr?oug?h|thorugh|trough|throught)`;
/** "... here", "... in the app", "... through the app": the platform's own call/message features. */
const IN_PLATFORM_TAIL = new RegExp(
  String.raw`^\s*(?:back\s+)?(?:here\b|on\s+here\b|(?:${THROUGH}|via)\s+here\b|on\s+(?:the\s+)?video\b|in[\s-]app\b|(?:in|${THROUGH}|via|on|using|with)\s+(?:the|this|your)\s+(?:app|platform|chat|thread|messenger|autodoctor)\b|${THROUGH}\s+(?:the\s+)?app\b|on\s+autodoctor\b)`,
  "i",
);
/** The platform said not to be the channel: "not on here", "not through the app", "not in this chat". */
export const PLATFORM_LEFT = String.raw`not\s+(?:on|in|through|thru|via|over)\s+(?:here|the\s+app|this\s+app|this\s+chat)`;
const PLATFORM_LEFT_LATER = new RegExp(String.raw`\b${PLATFORM_LEFT}\b`, "i");

/** An explicit in-platform qualifier later in the same clause. */
const IN_PLATFORM_LATER = new RegExp(
  String.raw`\b(?:here\s+(?:in|on|${THROUGH})|on\s+here|in[\s-]app|(?:in|${THROUGH}|via|on|using)\s+(?:the|this)\s+(?:app|platform|chat|thread|messenger)|autodoctor|on\s+file|in\s+(?:my|your|the)\s+(?:profile|account|booking))\b`,
  "i",
);
/**
 * "... when it's done", "... once you know", "... if the light comes back": a notification request. "After" a
 * clock time ("give me a buzz after 5", "call me after 6pm") sets when to call, not what to report (round 33).
 */
const NOTIFY_TAIL = /^\s*(?:back\s+)?,?\s*(?:when|once|as\s+soon\s+as|after(?!\s+\d)|if|whenever|the\s+(?:moment|minute)|before\s+you)\b/i;
const CALL_ME_IDIOM = /^\s*(?:crazy|old[\s-]fashioned|paranoid|stupid|skeptical|sceptical|picky|lazy|cautious|a|an|mr|ms|mrs|by)\b/i;

function clauseAfter(text: string, m: RegExpExecArray): string {
  return after(text, m, 80).split(/[.!?\n,;]/)[0] ?? "";
}

/**
 * "... the address is in the booking", "... I'll send it through the app": a reference to the
 * platform soon after the phrase, unless that reference is itself refused ("I'm not putting it
 * through the app").
 */
function pointsBackAtPlatform(text: string, m: RegExpExecArray): boolean {
  const tail = after(text, m, 100);
  const ref = IN_PLATFORM_LATER.exec(tail) ?? /\b(?:in|on|through)\s+(?:the|my|your)\s+booking\b/i.exec(tail);
  if (!ref) return false;
  // "zelle works, way cheaper than going through the app", "80/hr if you pay me direct, 110
  // through the app", "400 cash, the quote on here is 560": the platform named as the dearer
  // alternative, the opposite of pointing back at it.
  const refEnd = ref.index + ref[0].length;
  // "... by phone? Typing on here is a nightmare": the platform named as the trouble after it, the reason to leave.
  if (PLATFORM_IS_TROUBLE.test(tail.slice(refEnd, refEnd + 40))) return false;
  // "... my card keeps getting declined on the app": the platform named as the trouble, the reason
  // to pay another way, not as where the payment goes.
  if (APP_TROUBLE.test(tail.slice(Math.max(0, ref.index - 30), ref.index))) return false;
  if (CONTRAST_WORD.test(tail.slice(0, refEnd)) || SECOND_PRICE.test(tail.slice(Math.max(0, ref.index - 12), ref.index) + " " + tail.slice(refEnd, refEnd + 12))) return false;
  return !negatedBefore(text, m.index + m[0].length + ref.index);
}

/** A failure told right before the platform is named: "declined on the app", "keeps crashing in the app", "the photos come through blurry on here". */
const APP_TROUBLE =
  /\b(?:declined|declines|rejected|failing|fails|failed|crash(?:es|ing|ed)?|broken|glitch(?:y|ing)?|bugged|buggy|lagg?ing|laggy|blurry|compressed|so\s+slow|hopeless|useless|not\s+working|won['’]?t\s+(?:work|go\s+through|load)|doesn['’]?t\s+work|error)\b[^.!?\n]{0,12}$/i;
/** The platform judged right after it is named: "(typing on here) is a nightmare", "(messaging on here) is such a pain". */
const PLATFORM_IS_TROUBLE =
  /^\s*(?:is|are|['’]s)\s+(?:(?:such|so|a|an|really|too|just|way|bloody|super|an\s+absolute)\s+)*(?:nightmare|pain|hassle|slow|awkward|clunky|annoying|painful|tedious|impossible|rubbish|useless|hopeless|terrible|awful|laggy|buggy|a\s+mess|mess)\b/i;
/** A comparison before a platform reference, or a second price right beside it: the platform as the alternative. */
const CONTRAST_WORD = /\b(?:than|instead|rather|vs|versus|otherwise|compared|whereas|card)\b/i; // "cash off the books, card on the app": the other way to pay
const SECOND_PRICE = /[$£€]\s?\d|\b\d{2,}\b/;

/** A phrase echoed as a question and answered no ("email me? no lol, the app is fine", "add you? haha no"); group 1 is what follows the no. */
const ECHOED_NO = /^\s*\?+\s*(?:(?:lol|haha|hah|ha|lmao)[\s,]+)?(?:no+|nah|nope)\b(?!\s*\?)([^\n]{0,80})/i;
/** Nothing after the no but a laugh or thanks. */
const BARE_NO = /^[\s,.!]*(?:(?:lol|haha|thanks|thank\s+you|thx|ty)[\s,.!]*)?$/i;
const STAYS_HERE = /\b(?:app|here(?!['’]s)|platform|in[\s-]app|(?:this|the)\s+chat)\b/i;
/** Words that turn the no round ("no lol I mean yes", "no kidding", "nah why not", "no but text me"). */
const NO_TURNED_ROUND = /\b(?:yes|yeah|yep|jk|kidding|joking|i\s+mean|obviously|why\s+not|doubt|but|instead|actually|unless)\b/i;

/**
 * A phrase echoed as a question and turned down at once, the no standing alone or staying here
 * ("call you? nah", "text you? nah, I'll message here"): the sender refuses the idea, as a negation
 * before it would. A no turned round ("call me? no lol I mean yes call me") or followed by anything
 * else refuses nothing.
 */
function echoedRefusal(text: string, m: RegExpExecArray): boolean {
  const no = ECHOED_NO.exec(after(text, m, 100));
  if (!no) return false;
  const rest = no[1]!;
  return !NO_TURNED_ROUND.test(rest) && (BARE_NO.test(rest) || STAYS_HERE.test(rest));
}

/**
 * The offer itself turned down by the verb right before it, with at most an article between: "I'll
 * pass on the cash deal", "declined that cash offer", "said no to a cash price". A possessive ("pass
 * on my number": hand it on) or any other word between is no refusal of the phrase that follows.
 */
const TURNED_DOWN_BEFORE = /\b(?:(?<pass>pass(?:ed|es|ing)?\s+on)|declin(?:e|ed|ing)|sa(?:y|id|ying)\s+no\s+to|reject(?:ed|ing)?|refus(?:e|ed|ing))\s+(?:(?:the|that|this|a|an|any)\s+)?$/i;
/**
 * "Pass on" also hands a thing over: "I'll pass on the cash payment to you in person". After the
 * offer, a receiver ("to you", "to the mechanic") or a way of handing ("in person", "by hand") reads
 * it as handed on, not declined ("pass on the cash deal to be honest" still declines).
 */
const HANDED_ON_AFTER =
  /^[^.,;:!?\n]{0,30}?\b(?:to\s+(?!be\b)(?:you|u|ya|him|her|them|us|me|someone|whoever|(?:the|my|your|his|her|their|our)\s+\w+|[A-Z][a-z]+)|in\s+person|by\s+hand|personally|directly|face\s+to\s+face)\b/;

/** The offer turned down by the verb right before it (`TURNED_DOWN_BEFORE`), unless "pass on" hands it over (`HANDED_ON_AFTER`). */
function turnedDown(text: string, m: RegExpExecArray): boolean {
  const refusal = TURNED_DOWN_BEFORE.exec(before(text, m, 30));
  return refusal !== null && !(refusal.groups?.["pass"] !== undefined && HANDED_ON_AFTER.test(after(text, m, 40)));
}

/** A saving asked about or offered: staying on the platform then weighs a cheaper other way. */
const SAVING_ASKED = /\b(?:cheaper|discount|save|saving|less|fee|fees|commission|cash|cut)\b/i;
/**
 * Another way stated as a deal (the booking skipped, a payment to the person or by a payment app)
 * or a meeting or a home ("pay me on Zelle", "we can meet at my house"): choosing the platform beside
 * it declines nothing (round 18's review).
 */
const OTHER_WAY_OFFERED =
  /\b(?:zelle|venmo|paypal|cash\s*app|revolut|wise|monzo|interac|e-?transfer|bank|transfer|iban|bsb|sort\s+code|crypto|bitcoin|pay\s+(?:you|u|ya)\s+(?:direct(?:ly)?|straight|on|by|via|in|with|to)|direct(?:ly)?|meet|meeting|house|home|flat|mine|driveway|skip|skipping|off\s+the\s+(?:app|books|platform)|privately|outside)\b/i;

/**
 * The sender's own choice to stay on the platform set against what was offered ("..., but I'll stick
 * to the app chat", "cheers for offering, I'd rather stay with the platform"): it points back at the
 * platform as "in the app" does, so an offered number or card declined that way is no request. Only
 * with a word of declining ("but", "thanks", "appreciate", "offer"): "and I'll stick to the app for
 * the review" adds to a deal (round 18's review); never as the other choice ("..., or I'll stick with
 * the app"), nor when the sender's own words before it state a payment to them, a meeting, a home or
 * a saving ("pay me cash on the day, but I'll stick to the app for messages").
 */
const STAYING_CHOSEN =
  /(?<!\b(?:or|otherwise|else)\s+)\b(?:i['’]?ll|i\s+will|i['’]?d\s+rather|i\s+prefer\s+to)\s+(?:just\s+)?(?:stick|stay|keep\s+(?:it|things))\s+(?:to|with|on|in)\s+(?:the|this)\s+(?:app|platform|chat|messages?|messenger)\b/i;
/** An offer turned down politely: the words that set staying against what was offered. */
const DECLINING = /\b(?:but|though|tho|thanks|thx|cheers|nah|appreciate|kind\s+of\s+you|no\s+need|offer(?:ed|ing)?)\b/i;

function stayingChosen(text: string, m: RegExpExecArray): boolean {
  const own = before(text, m, 60) + " " + m[0];
  return STAYING_CHOSEN.test(clauseAfter(text, m)) && DECLINING.test(text) && !OTHER_WAY_OFFERED.test(own) && !SAVING_ASKED.test(own) && !/\b(?:pay|send|transfer)\s+(?:me|us)\b/i.test(own);
}

/**
 * A sender asking how they are to pay: "do I pay ...", "can we pay ...", "¿puedo pagar ...", "posso pagar ...", "kann ich ... zahlen",
 * or what the booked workshop takes (round 51): "does the workshop take cash ...", "does the body shop take cash ..." (round 52).
 */
const ASKS_HOW_TO_PAY =
  /^[\s¿¡"'“(]*(?:(?:do|can|could|should|shall|will|would|must|am|may)\s+(?:i|we)\b|(?:do|does|will|would|can|could)\s+(?:the\s+)?(?:(?:body|tyre|tire|repair|service|local)\s+)?(?:workshop|garage|shop|counter|dealer(?:ship)?|mechanic|advisor|they)\s+(?:take|accept)\b|is\s+it\s+(?:ok|okay|alright|all\s+right|allowed|possible|fine)\s+(?:if\s+)?(?:i|we|to)\b|(?:se\s+)?puedo|podemos|se\s+puede|posso|d[aá]\s+pra|je\s+peux|puis-je|on\s+peut|est-ce\s+que\s+je|kann\s+ich|darf\s+ich|k[oö]nnen\s+wir|posso|si\s+pu[oò])/i;
const PAY_WORD = /\b(?:pay|paying|payment|(?:take|accept)s?|pagar|pago|pagamento|pagare|payer|paiement|r[eé]gler|zahlen|bezahlen)\b/i;
/** The platform named as where the payment may go: "all through here", "in the app", "dentro de la app", "pelo app", "in der App", "dans l'appli". */
const PLATFORM_NAMED = new RegExp(
  String.raw`\b(?:(?:${THROUGH}|via|on|in)\s+here|(?:in|on|${THROUGH}|via|using|with)\s+(?:the|this)\s+(?:app|platform)|in[\s-]app|(?:dentro\s+de|en|por|desde)\s+(?:la\s+)?(?:app|aplicaci[oó]n|plataforma)|(?:na|no|pelo|pela|dentro\s+do)\s+(?:app|aplicativo|plataforma)|(?:dans|sur|via|par)\s+(?:l['’]\s?)?(?:appli|application|app|plateforme)|(?:in|[uü]ber|mit)\s+(?:der|die)\s+(?:app|plattform)|nell['’]\s?app)\b`,
  "i",
);
/**
 * Where a payment service was used inside the platform (`paidWithinTheApp`): `PLATFORM_NAMED`, and "inside"/"within the app",
 * "dentro l'app", "in de app", "i appen", "w aplikacji". Kept apart from `PLATFORM_NAMED`: round 21's review reverted "inside" and
 * "within" there (9de0753), which let "can I pay within the app or to your PayID?" through the question rule.
 */
const APP_WHERE_PAID = new RegExp(
  String.raw`${PLATFORM_NAMED.source}|\b(?:(?:inside|within)\s+(?:the|this)\s+(?:app|platform)|dentro\s+(?:l['’]\s?|la\s+)(?:app|applicazione|piattaforma)|(?:pelo|no|dentro\s+do)\s+(?:proprio\s+)?(?:app|aplicativo)|(?:en|por|desde)\s+la\s+(?:propia\s+)?(?:app|aplicacion)|in\s+de\s+app|i\s+appen|w\s+aplikacji)\b`,
  "i",
);

/** The platform asked about as the only way ("or does it have to be here?", "or has it got to go through here?"): `PLATFORM_NAMED` in a rule's words. */
const HAS_TO_BE_HERE = new RegExp(
  String.raw`\b(?:has|have|need|needs|got)\s+to\s+(?:be\s+|go\s+)?(?:(?:paid|done)\s+)?(?:(?:${THROUGH}|via|in|on)\s+)?here\b|\bonly\s+(?:(?:${THROUGH}|via|on|in)\s+)?here\b`,
  "i",
);

/** The platform or a saving weighed in a sentence: "that way the app doesnt charge u", "saves the fee". */
const PLATFORM_WEIGHED = new RegExp(String.raw`${SAVING_OR_AVOIDING.source}|\b(?:app|platform|autodoctor|charg\w*|cost\w*)\b`, "i");

/**
 * The booked workshop as where the payment is made (round 51): "at the workshop", "at the counter", "when I collect". Said with
 * "the", the platform's partner named by its role, not "my mate's garage" nor "your place".
 */
const AT_THE_BOOKED_WORKSHOP =
  /\b(?:at|to)\s+the\s+(?:workshop|shop|garage|counter|front\s+desk|desk|reception)\b|\b(?:on|at)\s+(?:pick-?up|collection)\b|\bwhen\s+i\s+(?:collect|pick\s+(?:it|the\s+car)\s+up)\b/i;

/**
 * A customer's question about how the platform takes payment (round 20): "do I pay the workshop
 * at the counter or is it all through here?", "¿puedo pagar con bizum dentro de la app o solo
 * tarjeta?". The sentence asks how the sender is to pay (`ASKS_HOW_TO_PAY`, ending in "?"), names
 * the platform or the booked workshop (round 51: "can I pay cash at the workshop?") as where the
 * payment goes, and weighs no saving, avoids no fee and pays no one in the chat ("can I pay you
 * cash to skip the fee or does it have to go through here?", "can I just pay you cash?" are still deals),
 * nor hands them the money, in it or the next sentence (round 52, `MONEY_TO_THE_READER`: "can I pay cash within the app's booking,
 * like hand it to you at pickup?", "should I pay in the app or bank transfer to you?", "can I pay cash at pickup? I'd give it to you").
 */
function askedHowToPayHere(text: string, m: RegExpExecArray): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const sentence = text.slice(start, Math.min(text.length, end + 1));
  if (!/\?\s*$/.test(sentence) && text[end] !== "?") return false;
  // The booked workshop alone is where only while the next sentence weighs nothing against the platform: "can i pay cash when i
  // pick it up? that way the app doesnt charge u" is a deal.
  const next = text.slice(end + 1).split(/[.!?\n]/, 1)[0]!;
  const where = PLATFORM_NAMED.test(sentence) || HAS_TO_BE_HERE.test(sentence) || (AT_THE_BOOKED_WORKSHOP.test(sentence) && !PLATFORM_WEIGHED.test(next));
  return ASKS_HOW_TO_PAY.test(sentence) && PAY_WORD.test(sentence) && where && !SAVING_OR_AVOIDING.test(sentence) && !PERSONAL_PAYEE.test(sentence) && !MONEY_TO_THE_READER.test(`${sentence} ${next}`);
}

/** The workshop, the garage or "they" as the one who would take the cash: a third party's acceptance, not the reader's. */
const CASH_TAKER = /\b(?:(?:the|that|this)\s+(?:workshop|garage|shop|dealer(?:ship)?|service\s+cent(?:re|er)|body\s+shop)|they|them)\b/i;
/** The reader or the sender as the one paid or asked: "do you take cash", "is it ok if I pay you", "they can pay me". */
const READER_OR_SENDER_PAID = /\b(?:you|u|ya|yourself|your|ur|yours|me)\b/i;
/** Cash counted out or handed over beside the question: an amount (not a year), "I'll bring it", "in an envelope". */
const CASH_HANDED_OVER = /[$£€]\s?\d|\b(?!(?:19|20)\d\d\b)\d{2,}\b|\b(?:bring|hand|envelope|notes)\b/i;

/**
 * A customer asking whether the workshop (or "they") takes cash, or whether paying it in cash is all right (round 51): "do they
 * accept cash", "is it ok if I pay the workshop in cash?", "would the shop accept cash for the tyres?". The sentence asks how
 * the sender is to pay (`ASKS_HOW_TO_PAY`), about cash, with a third party as the one paid (`CASH_TAKER`): a question about
 * the platform's rules, as `askedHowToPayHere` reads one naming the app, not cash offered. A deal still when the reader or the
 * sender is the one paid ("do you take cash?"), or the message weighs a saving or goes around the app ("... we can skip the
 * app", "... directly", "... save the fee"; "or not" is only how the question ends), or counts the cash out ("... I'll bring 300")
 * or hands it to the reader (round 52: "does the workshop take cash? could just give it to you at the counter").
 */
function cashAskedOfTheWorkshop(text: string, m: RegExpExecArray): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const sentence = text.slice(start, Math.min(text.length, end + 1));
  return (
    /\bcash\b/i.test(sentence) &&
    ASKS_HOW_TO_PAY.test(sentence) &&
    CASH_TAKER.test(sentence) &&
    !READER_OR_SENDER_PAID.test(sentence) &&
    !SAVING_OR_AVOIDING.test(text.replace(/\bor\s+not\b/gi, "")) &&
    !CASH_HANDED_OVER.test(text) &&
    !MONEY_TO_THE_READER.test(text) &&
    !PLATFORM_LEFT_LATER.test(text)
  );
}

/** What makes cash beside the platform an offer after all: the app avoided or not used, a saving, the fee, dealing direct. */
const CASH_OFFER_ABROAD =
  /\b(?:ohne|sans|hors|fuori|senza|sem|fora|vorbei|nicht\s+(?:uber|in|mit)|pas\s+(?:par|dans|via)|billig\w*|gunstig\w*|rabatt|nachlass|moins\s+cher|remise|sconto|barato|desconto|descuento|\w*gebuhr\w*|provision|kommission|commission\w*|frais|direkt|direct\w*)\b/i;

/** Cash said not to be on the sender, after it in its comma-clause ("Bargeld habe ich nie dabei") or right before it ("kein Bargeld", "pas de liquide"). */
const CASH_NOT_CARRIED_AFTER = /^[^,;]{0,30}\b(?:nie|nicht|niemals|jamais|pas|mai|nunca|nao)\b/i;
const CASH_NOT_CARRIED_BEFORE = /\b(?:kein\w*|pas\s+(?:de|d['’]?)|sans|non\s+ho|no\s+(?:tengo|llevo)|nao\s+tenho)\s*$/i;

/**
 * Cash said not to be carried beside the payment kept on the platform, with nothing of an offer (round 30, issue 13):
 * "Ich zahle lieber über die App, Bargeld habe ich nie dabei" says why the app is used, not that cash should replace it.
 */
function cashLeftForTheApp(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const sentence = text.slice(start, end);
  const notCarried = CASH_NOT_CARRIED_AFTER.test(text.slice(m.index + m[0].length, end)) || CASH_NOT_CARRIED_BEFORE.test(text.slice(Math.max(start, m.index - 12), m.index));
  return notCarried && PLATFORM_NAMED.test(sentence) && !CASH_OFFER_ABROAD.test(sentence);
}

/** Not negated and not pointed back at the platform: the clause test every English phrase rule shares. */
export function live(m: RegExpExecArray, text: string): boolean {
  if (negatedBefore(text, m.index) || echoedRefusal(text, m) || turnedDown(text, m) || askedHowToPayHere(text, m) || cashAskedOfTheWorkshop(text, m)) return false;
  return !IN_PLATFORM_TAIL.test(after(text, m, 60)) && !IN_PLATFORM_LATER.test(clauseAfter(text, m)) && !stayingChosen(text, m) && !pointsBackAtPlatform(text, m);
}

/** "they'll email me the claim form", "the dealer will text me": someone else contacting the sender. */
const THIRD_PARTY_BEFORE =
  /\b(?:they|he|she|dealer|dealership|company|insurance|insurer|shop|workshop|garage|mechanic|advisor|technician|office|someone|somebody|bank|they'?ll|he'?ll|she'?ll|it'?ll|they'?d|he'?d|she'?d)\b(?:\s+\w+){0,3}\s*$/i;

/** "will the app email me the invoice", "the platform texts you a code": the platform itself as the one contacting (its subject right before the verb). */
const PLATFORM_SUBJECT_BEFORE =
  /\b(?:the|this|your)\s+(?:app|platform|system|site|website|autodoctor)\s+(?:(?:will|would|can|could|should|might|may|does|did|just|also|then|auto(?:matically)?)\s+)*$/i;

/**
 * Pictures sent "here" (round 50): "Should I text you the photos here or upload them on the session?", "I'll email you the pics
 * in the chat": the verb's object is what is sent, and the chat or the session where it goes, not a "here" that opens a detail
 * ("text me here: ...", "here's my number").
 */
const PICTURES_SENT_HERE =
  /^\s+(?:(?:the|a|some|those|these|that|my|your|more|few|couple(?:\s+of)?|other|new|old)\s+)*(?:photos?|pics?|pictures?|images?|videos?|vids?|clips?|screenshots?|scans?)\b[^.!?\n]{0,20}?\b(?:here\b(?!\s*(?:['’]s|is\b|:))|(?:in|on)\s+(?:the|this)\s+(?:chat|session|thread|app|messages?)\b|on\s+the\s+platform\b)/i;
/** A channel besides the chat in the same sentence ("text you the pics here or on my cell"): the pictures may go off the platform. */
const CHANNEL_BESIDE_THE_CHAT = /\b(?:number|cell|mobile|phone|whats\s*app|signal|telegram|gmail|personal|direct(?:ly)?|private(?:ly)?|outside)\b/i;

function contactVerbIsOffPlatform(m: RegExpExecArray, text: string): boolean {
  const tail = after(text, m, 60);
  const head = before(text, m, 40);
  // "ring me after hours, not on here": a time, not a notice, once the platform is said not to be the channel.
  if ((NOTIFY_TAIL.test(tail) && !PLATFORM_LEFT_LATER.test(tail)) || THIRD_PARTY_BEFORE.test(head) || PLATFORM_SUBJECT_BEFORE.test(head)) return false;
  if (/\b(?:through|in|on|via)\s+(?:the|this)\s+app\b|\bhere\s+in\b/i.test(tail)) return false;
  if (/^(?:text|txt|sms|e-?mail)\b/i.test(m[0]) && PICTURES_SENT_HERE.test(tail) && !CHANNEL_BESIDE_THE_CHAT.test(sentenceText(text, m)) && !PLATFORM_LEFT_LATER.test(sentenceText(text, m)))
    return false;
  if (/^call\s+me$/i.test(m[0]) && CALL_ME_IDIOM.test(tail)) return false;
  return live(m, text);
}

/** The sender's phone told of as a device: its make, its age, how slow or cheap it is ("my phone is a Samsung, quite old", "my mobile is really slow"). */
const DEVICE_AFTER =
  /^\s*(?:is|'s)\s+(?:an?\s+)?(?:(?:quite|really|very|so|too|pretty|bit|a\s+bit|old|new|cheap|basic|tiny|little)\s+)*(?:old|new|ancient|slow|cheap|basic|samsung|galaxy|iphone|android|pixel|nokia|motorola|moto|huawei|xiaomi|redmi|oppo|vivo|realme|oneplus|flip\s+phone)\b/i;
/**
 * What makes the device told of a way to reach the sender after all: a verb of calling, texting or messaging it ("message me on it",
 * "ping me on it", "give it a bell", "shout on it", "hmu on it"), a number or digits, spelled ones ("the one ending six six four two"),
 * or where its number is to be found ("my phone is a samsung, call it after 5", "the number's on my windscreen", "same one I gave you"), a voicemail,
 * AirDrop or its contacts list ("leave a voicemail on it", "find me in contacts"; round 25's second review of fp25). Digits are
 * `digitsToReach`'s.
 */
const DEVICE_TO_REACH =
  /\b(?:call|calls|ring|rings|buzz|dial|text|txt|sms|imessage|whats\s*app|number|number's|digits|reach|same\s+one|gave\s+you|on\s+(?:my|the|your)\s+(?:card|note|windscreen|dash|van|booking)|zero|oh|(?:message|msg|ping|contact|shout|holler|buzz)\s+(?:me|us|it)|(?:a|me\s+a)\s+(?:message|msg|ping|shout|bell|tinkle)|bell|shout|hmu|hit\s+(?:me|it|us)|(?:me|us)\s+(?:[\w'’]+\s+){0,2}on\s+it|ending|ends\s+in|get\s+me|(?:leave|send|drop)\s+(?:me\s+)?a\s+voice\s*mail|voice\s*mail\s+(?:me|it|on)|airdrop\s+(?:me|it|you|u|works|is\s+(?:on|fine|best))|(?:in|under)\s+(?:my\s+|your\s+|the\s+)?contacts|find\s+me|get\s+hold|tinkle|holler|drop\s+me|send\s+(?:me|it)\s+(?:a|to)|(?:one|two|three|four|five|six|seven|eight|nine|double|triple)(?:[\s,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple))+)\b/i;
/**
 * What a run of digits in a device's description measures rather than dials: its storage, memory, battery, screen, camera or
 * charger ("128GB", "200 MB of data", "1500 kbps", "5000mAh", "720p", "120Hz", "48MP", "65W"), besides the measurements and money of `UNIT_AFTER`.
 */
const DEVICE_SPEC_AFTER = /^\s*(?:[kmgt]i?b|[kmg]bps|gigs?|megs?|m?ah|mp|megapixels?|p|[kmg]?hz|fps|dpi|ppi|nits|w|watts?)\b/i;
/**
 * Three digits or more, not a measurement (`DEVICE_SPEC_AFTER`, `UNIT_AFTER`): the number the device told of may be reached on. A
 * figure glued to its unit that starts with 0 ("0791gb") is no spec, nor are three spec-dressed figures in a row ("07911 gb 123 mb
 * 456 mah"): both dress a number's pieces (round 26's review 3). A model year before the make ("a 2019 Huawei") is no exception since.
 */
function digitsToReach(text: string): boolean {
  let specsInARow = 0;
  for (const d of matchesOf(/\d+/g, text)) {
    const tail = text.slice(d.index + d[0].length, d.index + d[0].length + 16);
    if (d[0].length >= 3 && d[0].startsWith("0") && /^[a-z]/i.test(tail)) return true;
    const spec = DEVICE_SPEC_AFTER.test(tail);
    specsInARow = spec ? specsInARow + 1 : 0;
    if (specsInARow >= 3) return true;
    if (d[0].length >= 3 && !spec && !UNIT_AFTER.test(tail)) return true;
  }
  return false;
}

/** "my phone is a Samsung, quite old": the device described (`DEVICE_AFTER`), and nothing in the message reaches it (`DEVICE_TO_REACH`, `digitsToReach`). */
function deviceDescribed(m: RegExpExecArray, text: string): boolean {
  return /\b(?:phone|mobile|cell(?:phone)?)$/i.test(m[0]) && DEVICE_AFTER.test(after(text, m, 40)) && !DEVICE_TO_REACH.test(text) && !digitsToReach(text);
}

const REQUEST = "OFF_PLATFORM_REQUEST" as const;
const DEAL = "OFF_PLATFORM_DEAL" as const;

export const REQUEST_PATTERNS: Pattern[] = [
  {
    kind: REQUEST, // see the rule at the top of the file
    re: /\b(?:(?:call|ring|phone|text|txt|sms|e-?mail|reach|contact|buzz|holler\s+at)\s+(?:me|us|you)|reach\s+out\s+to\s+(?:me|us)|hit\s+(?:me|us)\s+up|give\s+(?:me|us)\s+a\s+(?:call|ring|buzz|bell|text|shout|tinkle)|(?:shoot|send|drop)\s+(?:me|us)\s+an?\s+(?:text|txt|sms|e-?mail|line)|call\s*(?:\/|or|and|&)\s*text|text\s*(?:\/|or|and|&)\s*call)\b/gi,
    accept: contactVerbIsOffPlatform,
    phrase: true,
  },
  {
    kind: REQUEST, // "I'd rather you just rang me", "easier if you text me"
    re: /\b(?:rather|prefer(?:red)?|better\s+if|easier\s+if|quicker\s+if)\s+(?:if\s+)?you\s+(?:just\s+)?(?:rang|called|phoned|texted|emailed|call|ring|phone|text|email)\s+(?:me|us)\b/gi,
    accept: live,
    phrase: true,
  },
  {
    kind: REQUEST, // "my number is", "my cell:", "here's my number" (not "my number plate", "my number 3 cylinder", "odometer on my phone is")
    re: new RegExp(
      String.raw`${NOT_A_DEVICE_PLACE}\b(?:my|our)\s+(?:personal\s+|private\s+|direct\s+|work\s+|home\s+|cell\s+|mobile\s+|phone\s+|other\s+)*(?:number|num|digits|cell(?:\s*phone)?|mobile|cellphone|phone)\b(?!\s*(?:plate|\d+\s*(?:cyl|spark|plug|injector)|for\s+the|on\s+file|is\s+on\s+file|(?:number\s+)?(?:is\s+|'s\s+)?(?:already\s+|still\s+)?(?:on|in)\s+(?:my|the|your)\s+(?:account|profile|booking|file)|broke|died|dead|battery|screen|charger|case|app|camera|(?:is\s+|'s\s+)?(?:dying|dead|broken|cracked|low|off|acting|about\s+to|at\s+\d)|(?:1|one)\s+(?:concern|priority|issue|problem|thing|question|reason|complaint|fan|choice|worry|goal|rule|tip|job|suspect)))`,
      "gi",
    ),
    accept: (m, text) =>
      live(m, text) && (/\b(?:number|num|digits)\b/i.test(m[0]) || /^\s*(?:is\b|:|#|number|no\b|'s\s+\d)/i.test(after(text, m, 10))) && !ownDetailWithdrawn(m, text) && !deviceDescribed(m, text),
    phrase: true,
  },
  {
    kind: REQUEST, // "give me your number", "whats ur #", "send me your personal email", "what's your address"
    re: /\b(?:your|ur|yr)\s+(?:personal\s+|private\s+|direct\s+|work\s+|home\s+|own\s+)?(?:(?:phone|cell|mobile)(?:\s*(?:number|num|no))?|number|num|digits|e-?mail(?:\s+address)?|address|addy|whatsapp|insta(?:gram)?|ig|snap(?:chat)?|facebook|fb|telegram|socials|contact(?:\s+(?:details|info|information|number))?|#|@)(?!\w)/gi,
    accept: (m, text) =>
      live(m, text) &&
      !/^\s*(?:plate|is\s+on\s+file)/i.test(after(text, m, 20)) &&
      /\b(?:what'?s|what\s+is|give|gimme|send|share|drop|pass|need|have|get|got|can\s+i|could\s+i|may\s+i|text|leave|want|takes?|pm|dm|msg|message)\b/i.test(before(text, m, 40)) &&
      !promisedNeverToAsk(m, text),
    phrase: true,
  },
  {
    kind: REQUEST, // "I'll send you my number", "I'll give you my cell", "let me give you my email"
    re: /\b(?:send|give|pass|text|dm|pm|share|drop|leave)\s+(?:you\s+|u\s+)?my\s+(?:personal\s+|private\s+|direct\s+|work\s+|home\s+)?(?:number|num|#|cell|mobile|phone(?:\s+number)?|e-?mail|address|contact(?:\s+(?:info|details))?|details|digits|socials|whatsapp|info)(?!\w)/gi,
    accept: live,
    phrase: true,
  },
  {
    kind: REQUEST, // "my address is" / "my email is" with no detail after it (the detail has its own rule)
    re: /\b(?:my|our)\s+(?:home\s+|shop\s+|work\s+|personal\s+|private\s+)?(?:address|e-?mail(?:\s+address)?|gmail|addy)\s*(?:is\b|'s\b|:)/gi,
    // "my email is linked to my account", "my address is already saved": a state, not a detail to come.
    accept: (m, text) =>
      live(m, text) && !/^\s*(?:already\s+|still\s+|now\s+)?(?:[a-z]+ed\b|(?:not\s+)?[a-z]{3,}ing\b|on\s+file|the\s+same|same|in\s+(?:my|the)\s+(?:profile|account|booking))/i.test(after(text, m, 30)),
    phrase: true,
  },
  {
    kind: REQUEST, // "direct line", "a number to reach you", "a number i can save", "got a business card?"
    re: /\b(?:direct|private|personal)\s+(?:line|number|cell|mobile|email)\b|\b(?:number\s+to|(?:number|cell|mobile|phone|line)\s+(?:that\s+)?(?:i|we)\s+can)\s+(?:reach|call|text|contact|save|ring)\b|\b(?:got|have|give|gimme|send|drop|leave)\s+(?:me\s+)?(?:a|your|ur)\s+business\s+card\b/gi,
    accept: live,
    phrase: true,
  },
  { kind: REQUEST, re: /\b(?:talk|chat|speak|discuss(?:\s+it)?)\s+(?:on|over)\s+the\s+phone\b/gi, accept: (m, text) => live(m, text) && !NOTIFY_TAIL.test(after(text, m, 30)), phrase: true },
];

/** IBAN length (characters, without spaces) per country code, for the countries chat comes from (ISO 13616 registry). */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IT: 27,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
  AE: 23,
  BR: 29,
  SA: 24,
};

/**
 * A purchase told just before a store's name: the store is where it was bought. The hurried past
 * forms ("grabbed a battery from", "snagged the last pads at") are the same purchase when a part is what was grabbed (not
 * "grabbed a table at the Costa", round 25's review of fp25); the present "grab" stays out ("grab a coffee at the Costa on
 * High St" is a meeting). Up to two words of the
 * store's name may come first: the place rule retries a rejected match a word later ("from Euro Car
 * Parts in Bristol" is read again from "Car").
 */
const PURCHASED_AT =
  /\b(?:(?:bought|buy|got|ordered|order|picked\s+up|purchased|found|paid\s+for)\b|(?<hurried>sourced\b|(?:grabbed|snagged)\b(?=[^.!?\n]{0,30}\b(?:batter(?:y|ies)|pads?|discs?|rotors?|bulbs?|wipers?|blades?|filters?|oil|coolant|antifreeze|fluid|plugs?|sensors?|belts?|hoses?|fuses?|tyres?|tires?|parts?|kit|tools?|sets?|bolts?|nuts?|clips?|gaskets?|pumps?|alternator|starter|radiator|mirror|lights?|lamps?|cables?|leads?|charger|scanner|reader|spray|cleaner|additive|grease|sealant|tape|jack|stands?|ramps?|bottles?|litres?|liters?|cans?|pack|box|spares?|caps?|gearbox|engine|wheels?|rims?|exhaust|muffler|sensor|relay|switch|thermostat|battery|shocks?|struts?|springs?|bushes|bushings?|arms?|mounts?)\b)))[^.!?\n]{0,30}\b(?:at|from|in)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,2}$/i;
/**
 * Where a part was bought, just before the store (`PURCHASED_AT`); a hurried purchase ("grabbed", "snagged", "sourced") only in a
 * message with no meeting word (`MEETING_WORDS`: "grabbed the pads at the BP on Ring Rd, I'll do em there at 6", round 25's second
 * review of fp25), unless the part is brought to the platform's booking ("grabbed the pads at ..., can you fit them at the booking
 * tomorrow?").
 */
const PLATFORM_BOOKING = /\b(?:at|for|to|before|in)\s+(?:the|my|your|our|\w+['’]s)\s+(?:booking|appointment)\b/i;
function purchasedAt(m: RegExpExecArray, text: string): boolean {
  const p = PURCHASED_AT.exec(before(text, m, 40));
  return p !== null && (p.groups?.["hurried"] === undefined || !MEETING_WORDS.test(text) || PLATFORM_BOOKING.test(text));
}

/**
 * A store named as the one that told, tested or did something: "the Halfords in Croydon said the
 * battery was fine", "the Repco in Broome tested it", "the Kwik Fit on Park Rd couldn't balance it".
 * Read right after the place, a verb of its own report in the past, or a refusal: the store is the
 * subject of a story about the car, not a spot to go to (a meeting word in the sentence still makes
 * it one, see `storeToldOf`).
 */
const STORE_TOLD_AFTER =
  /^\s*(?:(?:has|had|already)\s+)?(?:said|says|told|tells|reckon(?:s|ed)?|checked|tested|quoted|charged|confirmed|diagnosed|scanned|fitted|replaced|found|swapped|looked\s+at|sold\s+me|gave\s+me|wanted|(?:could|would|did|does|do)(?:n['’]?t|\s+not)|can['’]?t|cannot|won['’]?t)\b/i;

/** A store that told or did something (`STORE_TOLD_AFTER`), in a sentence with no meeting word (`MEETING_WORDS`). */
function storeToldOf(m: RegExpExecArray, text: string): boolean {
  return STORE_TOLD_AFTER.test(after(text, m, 30)) && !MEETING_WORDS.test(sentenceAround(text, m)) && !STORE_AS_A_SPOT.test(text);
}

/**
 * What turns a store's word into a spot for the job, anywhere in the message: its car park, bay or lot, the sender's own doing or
 * offer ("I can sort", "I do it", "works for me", "I'd have the tools"), money or a saving, the booking skipped, a clock time set
 * with a day or offered ("4pm Thursday", "Saturday 6pm", "for 10am", "7:30 works"; not "diagnosed it at 9am"), a coming day
 * ("Saturday 10", "this Sunday"), "out front" or "when and where" (round 25's review of fp25), "after 6", "on the spot", "settle up",
 * a job done "there" (its second review); and the same in
 * the other languages a spot is offered in ("hago los frenos", "je fais", "mache ich").
 */
const STORE_AS_A_SPOT =
  /\b(?:car\s*park|carpark|parking|lot|bay|forecourt|corner|i\s+(?:can|could|do|fix|sort|fit|bring|will)|i['’]?(?:d|ll|m)|(?:for|with|suits|works\s+for)\s+me|we\s+(?:can|could)|cash|quid|bucks|notes|euros?|pounds|dollars|no\s+(?:app|booking)|booking|cheaper|half|hago|je\s+fais|mache|ich|out\s+front|when\s+and\s+where|(?:this|next|coming|till|until|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:at\s+)?\d{1,2}\b|after\s+(?:1[0-2]|[1-9])(?!\d)(?:[:.]\d\d)?\s*(?:am|pm|ish|o['’]?clock)?(?=\s*(?:[,;!?\n]|\.(?!\d)|$|and\b|then\b|tonight|today|tomorrow|tmrw|on\s+\w+day))|on\s+the\s+spot|settle\s+up|(?:do|fix|fit|swap|sort|change)\b[^.!?\n]{0,25}\bthere)\b|[$£€]\s?\d|\b\d+\s*(?:cash|quid)\b|\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\s+(?:at\s+|from\s+|after\s+)?|(?:for|by|around|say|till|until|from|before|is|works)\s+)\d{1,2}(?:(?:[:.]\d\d)?\s*(?:am|pm)|:\d\d)\b|\b\d{1,2}(?:(?:[:.]\d\d)?\s*(?:am|pm)|:\d\d)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|is|works)\b/i;

/**
 * Words after which Portuguese "no" is "in the" ("aqui no app", "paguei no app", "ficou marcado no app"): place words and verbs,
 * and the things the app holds or a payment is split into (round 35: "parcelar em 3x no app", "o cupom no app", "o recibo no app").
 */
const PORTUGUESE_IN_THE =
  /\b(?:aqui|ali|la|ta|esta|fica|tudo|pag\w*|orcamento|direto|so|\w{3,}(?:ei|ou|ado|ada)|\d+\s?x|vezes|parcela\w*|cupom|credito|saldo|recibo|nota|fatura|reembolso|estorno|cartao)\s+$/i;

const CASH_NEGATED_AFTER = /^\s*(?:for\s+(?:the|my|it|a)\s+(?:car|truck|vehicle|van)|back|advance|flow|register|machine|point)\b/i;
/** A payment channel said not to work for the sender: "zelle limit is too low", "venmo is locked", "paypal got hacked". */
const CHANNEL_TROUBLE_AFTER =
  /^[^.!?\n,;]{0,20}?\b(?:too\s+low|maxed(?:\s+out)?|locked|frozen|closed|suspended|not\s+working|(?:doesn|isn|won)['’]?t\s+work(?:ing)?|broken|is\s+down|declin(?:ed|es|ing)|hacked|glitch(?:y|ing)?)\b/i;
/**
 * A payment made in the app reported as done: "paid", "bezahlt", "pagato", "payé", "pagué", "paguei", "betaald", a
 * "Zahlung" that "hat geklappt", a "betaling" that "is gelukt", a payment that "went through" or "is pending".
 */
const PAYMENT_DONE =
  /\b(?:paid|payed|went\s+through|(?:is|was|still)\s+pending|bezahlt|gezahlt|abgebucht|geklappt|durchgegangen|pagato|pagata|pagado|pagada|pagu[eé]|paguei|pagamos|pay[eé]e?|r[eé]gl[eé]e?|funcion[oó]|funzionato|marche|betaald|gelukt)\b/i;
/** The platform as the one that took the payment: "the app charged my Revolut card", "AutoDoctor billed my PayPal". */
const PLATFORM_CHARGED =
  /\b(?:(?:the|this|your)\s+(?:app|platform|checkout|booking)|autodoctor)\s+(?:has\s+|had\s+|just\s+|already\s+|also\s+)*(?:charged|billed|debited|took|deducted|refunded|declined)\b/i;
/**
 * What turns a payment in the app into one around it: money sent or asked for ("send", "schick", "manda",
 * "envoie", "hazme", "settle"), a payee named ("to my", "to you", "to your PayID", "the guy", "an meine", "a mi",
 * "à moi", "Mike's Venmo", "my own"), cash or an envelope handed over,
 * "friends and family" or a gift (no buyer protection, no fee), the same name as here, a number, a handle
 * or a cashtag, the booking cancelled, or a saving (`SAVING_OR_AVOIDING`). "Same" only of a name or an account
 * ("el mismo nombre que aquí", "stesso nome"): "va bene lo stesso?" is "is that all right all the same?".
 */
const AROUND_THE_APP_ANYWAY =
  /\b(?:pra\s+(?:sua|seu|voce|vc|ti)|pro\s+seu|para\s+(?:tu|su|ti|sua|seu)|a\s+tu|chave|fora\s+d[oa]|fuera\s+de|por\s+fuera|send|sending|sent\s+(?:it|the\s+money)\s+to|schick\w*|[üu]berweis\w*|manda\w*|envoie\w*|hazme|haz\s+un|fa(?:mmi|i)\s+un|settle|transfer\s+(?:it|the)|to\s+(?:me|my|you|u|ya|your|yours|him|her|them|the\s+mobile|the\s+number)|the\s+guy|hand\w*|give|envelope|cash|an\s+(?:mich|meine?n?)|a\s+(?:mi|me)\b|[àa]\s+moi|para\s+mi|pra\s+mim|own|friends|family|freunde|familie|amis|amici|famiglia|amigos|gift|geschenk|cadeau|regalo|(?:same|mismo|misma|stesso|stessa|m[eê]me|gleiche\w*)\s+(?:\w+\s+)?(?:name|nombre|nome|nom|handle|account|cuenta|conto|compte|konto|as|que|come|wie)|number|nummer|numero|handle|username|cancel\w*|storn\w*|annul\w*)\b|\b\w+['’]s\s+(?:paypal|venmo|zelle|revolut|monzo|cash\s?app|wise|twint|swish|vipps|bizum|satispay|lydia)\b|@\w|\$[a-z]/i;

/**
 * A payment service used inside the platform's own checkout, reported or asked about: "Zahlung per
 * TWINT in der App hat geklappt", "Ho pagato con PayPal dentro l'app, va bene lo stesso?", "the app
 * charged my Revolut card twice", "can I pay with UPI inside the app or only cards?". The sentence
 * names the app as where it was paid (`APP_WHERE_PAID`) and reports the payment done or asks a
 * question, or names the app as the one that charged (`PLATFORM_CHARGED`); it is a deal after all
 * when it sends money to someone, names a payee, a number or a handle, "friends and family", the
 * same name as here, a cancelled booking or a saving (round 22's review of an "in the app"
 * exception let through exactly these: "Twint in der App an meine Nummer, dann sparst du die
 * Gebühr", "send it to my wife's PayPal inside the app"); so also a payee or a way round the app in
 * Portuguese and Spanish: "pra sua chave", "a tu número", "por fora" (round 26's review; the Nordic past tenses betalt/betalat/betald
 * and their payee words were dropped after review 3: "Betalt i appen, resten på MobilePay" went through).
 */
function paidWithinTheApp(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const sentence = text.slice(start, Math.min(text.length, end + 1));
  const inApp = PLATFORM_CHARGED.test(sentence) || (APP_WHERE_PAID.test(sentence) && (PAYMENT_DONE.test(sentence) || /\?\s*$/.test(sentence)));
  return inApp && !AROUND_THE_APP_ANYWAY.test(sentence) && !SAVING_OR_AVOIDING.test(sentence) && !PERSONAL_PAYEE.test(sentence) && !moreMoneyAroundTheApp(text);
}

/**
 * The rest of the money, a tip or the next job, anywhere in the message ("balance by Zelle", "den Rest", "il saldo",
 * "le solde", "lo demás", "the difference", "next time"), and where or to whom it goes outside the app: between the
 * two of them, on collection ("bij ophalen", "al llegar", "sur place", "quando ritiro"), or to a name ("an Marco
 * Keller", "a Giulia Rossi", "pra Ana").
 */
const MORE_MONEY_AROUND_THE_APP =
  /\b(?:rest|balance|remainder|tip|the\s+difference|the\s+extra|next\s+(?:time|jobs?)|for\s+the\s+parts|trinkgeld|resto|saldo|solde|lo\s+dem[aá]s|between\s+us|on\s+collection|when\s+I\s+(?:pick|collect)|bij\s+ophalen|al\s+llegar|sur\s+place|quando\s+ritiro|bei\s+abholung)\b/i;
/** The money going to a person named ("an Marco Keller", "a Giulia Rossi", "pra Ana", "back to Sam"): not to a service or the app. */
const TO_A_NAME =
  /(?:^|[\s,(])(?:to|an|a|à|pra|para|aan)\s+(?!(?:PayPal|Paypal|Venmo|Zelle|Revolut|Monzo|TWINT|Twint|Bizum|Satispay|Swish|Vipps|Wise|Pix|PIX|Lydia|Apple|Google|The|This|My|Your)\b)[A-Z][a-zà-ÿ]+\b/u;
/** A payment service used as a verb with an object: "Revolut me", "just Venmo me", "paypal it to ...". */
const SERVICE_AS_VERB = /\b(?:paypal|venmo|zelle|revolut|monzo|cash\s?app|twint|bizum|satispay|swish|vipps)\s+(?:me|it|him|her|them|us|the|it\s+to)\b/i;

/**
 * True when the message around a payment made in the app sends more money outside it (round 24's review, which
 * let "Paid the deposit in the app, balance by Zelle when I pick it up?" and "just Revolut the difference back to
 * Sam" through): a second mention of a payment service, the rest of the money or where it goes (`MORE_MONEY_AROUND_THE_APP`), a person's name it goes to (`TO_A_NAME`),
 * or a service used as a verb (`SERVICE_AS_VERB`).
 */
function moreMoneyAroundTheApp(text: string): boolean {
  const services = [...matchesOf(PAYMENT_CHANNELS, text)].length;
  return services >= 2 || MORE_MONEY_AROUND_THE_APP.test(text) || TO_A_NAME.test(text) || SERVICE_AS_VERB.test(text);
}

const ANOTHER_CHANNEL = new RegExp(PAYMENT_CHANNELS.source, "i");
/** Money handed over instead: "just bring the money in an envelope", "pay me when you collect". */
const HANDED_OVER = /\b(?:cash|money|notes|envelope|pay\s+me|in\s+person|on\s+collection|when\s+(?:you|u)\s+collect|hand\s+(?:it\s+)?over)\b/i;

/**
 * A payment channel said not to work for the sender, with no other channel offered after it in
 * the sentence: "my zelle limit is too low anyway, card it is", but not "zelle doesn't work with
 * my bank so just paypal me".
 */
function channelSaidNotToWork(m: RegExpExecArray, text: string): boolean {
  if (!CHANNEL_TROUBLE_AFTER.test(after(text, m, 30))) return false;
  const rest = after(text, m, 100).split(/[.!?\n]/)[0]!;
  return !ANOTHER_CHANNEL.test(rest) && !HANDED_OVER.test(rest);
}

/**
 * A meeting at the booked workshop's own premises ("meet you at the workshop at 9 for the booked slot", round 32): with a
 * booking word in the sentence (`BOOKED_VISIT_WORDS`) it is the booking's visit, not a place outside it.
 */
const MEET_AT_THE_WORKSHOP = /^meet\s+(?:(?:me|you|us|u)\s+)?(?:at|in)\s+(?:the|your|our|their|its)\s+(?:workshop|garage|shop|reception|front\s+desk|service\s+desk|dealer(?:ship)?)\b/i;
const BOOKED_VISIT_WORDS = /\b(?:booked|booking|slot|appointment|drop-?off)\b/i;
/**
 * A meeting at the workshop's own counter, booking word or not (round 50: "The workshop at Eastside can meet you at their service
 * desk Tuesday morning"): a service or front desk, a front counter, reception is where a workshop meets its customers (README,
 * round 19). Not one placed at another business or building ("the service desk at Walmart", "the front desk of the Holiday Inn"):
 * a clock time may follow ("at 9").
 */
const MEET_AT_THE_COUNTER =
  /^meet\s+(?:(?:me|you|us|u)\s+)?(?:at|in)\s+(?:reception|(?:the|your|our|their|its)\s+(?:(?:own|main)\s+)?(?:reception|(?:front|service)\s+(?:desk|counter)|front\s+office))\b(?!\s+(?:at|of|in|inside)\s+(?!\d))/i;

/** The bargaining idiom: "meet me halfway on the price", "meet you in the middle with the labour" (a sum, not a road or a day). */
const MEET_HALFWAY_ON_PRICE =
  /^meet\s+(?:(?:me|you|us)\s+)?(?:halfway|half\s*way|in\s+the\s+middle)\s+(?:on|with|over|about)\s+(?:(?:the|a|my|your|this|that)\s+)?(?:price|quote|cost|labou?r|bill|total|parts?|estimate|rate|fee|invoice|diagnostic|amount|figure)\b/i;
/** A visit or a payment between the two of them beside the bargain: "I'll come to yours and you pay me", "you cancel the booking". */
const VISIT_OR_PAID_DIRECT = /\b(?:come|yours|mine|pay\s+me|cancel|cash|direct(?:ly)?|in\s+person)\b/i;
/** "strapped for cash", "a bit short of cash": the sender's own means, not a payment offered. */
const SHORT_OF_CASH_BEFORE = /\b(?:strapped|short|tight|pressed|pushed|hard\s+up|desperate)\s+(?:for|of|on)\s+$/i;
/** A takes/accepts verb right before the cash: the payment a business takes ("the car wash takes cash only"). */
const TAKES_CASH = /\b(?:takes?|took|accepts?|accepted)\s+(?:only\s+)?$/i;
/** A clause about someone else ("the car wash down the road", "they", "that place"): no I, we, you, me or mine in it. */
const OTHER_SUBJECT = /^\s*(?:(?:so|and|but|also|btw|fyi|lol|apparently|funny\s+enough)\s*,?\s+)*(?:the|that|this|a|an|their|his|her|they|he|she)\b/i;
const SPEAKER_OR_READER = /\b(?:i|i'?m|i'?ll|i'?d|we|we'?re|we'?ll|me|us|you|u|ya|your|ur|my|our|mine|yours)\b/i;
/**
 * What makes cash a deal between the two of them even when a business is named: a price or amount,
 * (not a year), the fee, the app, a discount, or the terms of a visit (text, call, a day or an hour).
 */
const CASH_DEAL_CUE = new RegExp(
  String.raw`\b(?:cheaper|discount|off|save|skip|app|platform|fee|direct(?:ly)?|deal|text|call|ring|ask\s+for|mention|tell|cancel|booking|round|after\s+work|on\s+here|today|tonight|tomorrow|tmrw|weekend|${WEEKDAY_NAMES}|noon|\d{1,2}\s*(?:am|pm|h))\b|[$£€]\s?\d|\b(?!(?:19|20)\d\d\b)\d{2,}\b|\d+\s*%`,
  "i",
);

/**
 * Cash a third party takes ("the car wash down the road takes cash only, funny enough", "they only
 * accept cash at the scrapyard"): a fact about another business, unless its clause names the sender
 * or the reader, or its sentence the terms of a deal ("the garage takes cash only, so bring 250").
 */
function cashTakenBySomeoneElse(m: RegExpExecArray, text: string): boolean {
  const { before: head, after: tail } = clauseAround(text, m.index, m.index + m[0].length);
  if (!/^(?:takes?|took|accepts?|accepted)\b/i.test(m[0]) && !TAKES_CASH.test(head)) return false;
  return OTHER_SUBJECT.test(head) && !SPEAKER_OR_READER.test(head + " " + tail) && !CASH_DEAL_CUE.test(sentenceAround(text, m));
}

/** Who else takes a small cash or app payment on the way: a car park, a toll, a petrol station, a car wash. */
const THIRD_PARTY_PAYEE = String.raw`(?:car\s*park|parking(?:\s+meter)?|toll(?:\s+(?:bridge|road|booth))?|bridge|tunnel|ferry|petrol\s+station|gas\s+station|servo|petrol|fuel|diesel|car\s+wash|jet\s+wash|bus|taxi|cab|train|tram|meter|ticket\s+machine|vending\s+machine|canteen|caf[eé]|congestion\s+charge|ulez|air\s+machine)`;
/** The third party as the payee right after the match: "£2 cash for the hospital car park", "faster than the app at the petrol station". */
const PAYEE_AFTER = new RegExp(String.raw`^\s*(?:only\s*)?,?\s*(?:for|at|in|on|to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?${THIRD_PARTY_PAYEE}\b`, "i");
/** The third party as the clause's subject, its price before the match: "the toll bridge is €3 cash only". */
const PAYEE_BEFORE = new RegExp(
  String.raw`\b${THIRD_PARTY_PAYEE}\s+(?:is|was|are|were|'s|takes|took|costs?|charges?|wants?)\s+(?:only\s+|just\s+|like\s+)?(?:(?:[$£€]\s?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)?\s*(?:quid|p|bucks|euros?|pounds?)?|a\s+(?:tenner|fiver|quid|pound|euro|dollar|buck))\s+|[$£€]\s?)?$`,
  "i",
);
/** What would make it a deal between the two of them after all: "pay me", "the job", "meet". */
const DEAL_BETWEEN_THEM = /\b(?:pay\s+(?:me|you|us)|to\s+(?:me|you|us)|meet|job|repair|fix|labou?r|discount|cheaper|deal|quote|off\s+(?:the\s+)?app)\b/i;
/**
 * Cash (or the app) spoken of as paying a third party on the way, not each other: "it's £2 cash for
 * the hospital car park", "the toll bridge is €3 cash only", "cash is faster than the app at the
 * petrol station".
 */
export function paidToAThirdParty(m: RegExpExecArray, text: string): boolean {
  const { before: head } = clauseAround(text, m.index, m.index + m[0].length);
  return (PAYEE_AFTER.test(after(text, m, 40)) || PAYEE_BEFORE.test(head)) && !DEAL_BETWEEN_THEM.test(sentenceAround(text, m));
}

/** A payment made to another person, the payee right after the verb: "paid a bloke", "paying a guy", "paid him". */
const PAID_SOMEONE_ELSE =
  /^(?:paid|paying)\s+(?:(?:a|some|this|that|the|one|my|our|his|her)\s+(?:[\w'’-]+\s+)?(?:guy|bloke|dude|fell(?:a|ow)|man|lady|woman|mechanic|mate|neighbou?r|friend|tradie|seller|chap|person|cowboy)s?|him|her|them)\b/i;
/** A time gone by for a payment said with "paying": "years ago", "last year", "had a bad experience", "once". */
const TIME_GONE_BY = /\b(?:ago|last\s+(?:year|month|week|time)|once|before|used\s+to|back\s+then|had|was|were|got\s+burn(?:ed|t))\b/i;
/** What would make the story an offer to the reader: "you", "can we", "the same", "again", a saving, "happy", "fine". */
const STORY_TURNED_OFFER =
  /\b(?:you|your|ya|u|ur|pay\s+me|me\s+direct|can\s+we|we\s+can|let'?s|shall|should\s+we|how\s+about|want|same|again|this\s+time|fine|happy|prefer|rather|cheaper|sav(?:e|ed|ing)|discount|fees?|bring|send)\b/i;

/** The same turn made in the sentences after the story ("Paid a bloke direct last week. Keen?"). */
const OFFER_AFTER_STORY =
  /\b(?:pay\s+me|me\s+direct|can\s+we|we\s+can|let'?s|shall\s+we|should\s+we|how\s+about|keen|want\s+to|do\s+(?:that|the\s+same)|this\s+time|cheaper|discount|bring|send|interested|up\s+for\s+it)\b/i;

/**
 * A payment the sender once made to someone else, retold ("I had a bad experience paying a guy
 * direct on gumtree years ago", "Last year I paid a bloke $600 in cash for a gearbox rebuild"):
 * why they keep to the app, no offer, unless the sentence turns it to the reader (`STORY_TURNED_OFFER`).
 */
function paymentToSomeoneElseRetold(m: RegExpExecArray, text: string): boolean {
  const sentence = sentenceAround(text, m);
  return (
    PAID_SOMEONE_ELSE.test(m[0]) &&
    (/^paid/i.test(m[0]) || TIME_GONE_BY.test(sentence)) &&
    !STORY_TURNED_OFFER.test(`${sentence} ${m[0].replace(PAID_SOMEONE_ELSE, "")}`) &&
    !OFFER_AFTER_STORY.test(after(text, m, 160))
  );
}

/** A verb of taking one's own detail away, right before it: "remove my number", "deleted my", "hid my". */
const WITHDRAWN_BEFORE = /\b(?:remov(?:e|ed|ing)|delet(?:e|ed|ing)|edit(?:ed|ing)?\s+out|hid(?:e|den|ing)?|blank(?:ed|ing)?\s+out|scrub(?:bed|bing)?|strip(?:ped|ping)?)\s+$/i;
/** "take my number off", "took my mobile number out": taking, said with where from. */
const TAKEN_OFF = /\b(?:take|took|taken|taking)\s+$/i;
/** What would still hand the detail over: using or keeping it first, a time until it goes, the number itself. */
const WITHDRAWN_BUT_USED =
  /\b(?:call|ring|text|txt|sms|save|saved|copy|copied|grab|note|write|screenshot|quick|before|once|after|until|till|now|tonight|message|whatsapp|dm|reach|contact|still|it'?s|is|here|but|you|u|ya)\b|\d/i;

/**
 * The sender taking their own detail away ("ok thanks i'll remove my number from the description,
 * didn't know it wasn't allowed", "deleted my number from my bio"): the opposite of giving it, unless
 * the sentence asks to use or keep it first or gives it (`WITHDRAWN_BUT_USED`).
 */
function ownDetailWithdrawn(m: RegExpExecArray, text: string): boolean {
  const head = before(text, m, 30);
  const taken = TAKEN_OFF.test(head) && /^(?:\s+number)?\s+(?:off|out)\b/i.test(after(text, m, 12));
  return (WITHDRAWN_BEFORE.test(head) || taken) && !WITHDRAWN_BUT_USED.test(`${sentenceAround(text, m)} ${after(text, m, 120)}`);
}

/**
 * A promise never to ask, its list going on past "or": "we'll never ask you to pay outside the app or
 * to share your email", "we don't ask customers for cash or for your number". The negation reaches the
 * last item however long the first (`negatedBefore` reads 40 characters).
 */
const NEVER_ASK_LIST_BEFORE =
  /\b(?:never|won'?t|will\s+not|don'?t|do\s+not|doesn'?t|does\s+not|wouldn'?t)\s+(?:ever\s+)?(?:ask|tell|want|need|expect|require|request)\s+(?:you|u|anyone|customers?|people|members)\s+(?:to|for)\b[^.!?;:\n]{0,80}\bor\s+(?:to\s+|for\s+)?(?:\w+\s+){0,2}$/i;
/** What would make the promise a lead-in after all: "but", "so just", "anyway", "unless", "except", "yours". */
const PROMISE_TURNED = /\b(?:but|so|just|anyway|though|however|instead|unless|except|yours)\b/i;

/** A request word inside a promise never to ask (`NEVER_ASK_LIST_BEFORE`) with nothing after turning it. */
function promisedNeverToAsk(m: RegExpExecArray, text: string): boolean {
  return NEVER_ASK_LIST_BEFORE.test(before(text, m, 160)) && !PROMISE_TURNED.test(after(text, m, 80));
}

/** The text from a match to the end of its sentence. */
const sentenceFrom = (text: string, m: RegExpExecArray): string => text.slice(m.index).split(/[.!?\n]/, 1)[0] ?? "";
/**
 * A meeting's sentence tied to the booking by the sender (round 33): "I'll be at the Shell at 6 to fill up, then I'll bring
 * it to your workshop as booked", "I'll be at the swap meet on Sunday, so can we move the booking": where the sender is,
 * the booked visit kept.
 */
const TIED_TO_THE_BOOKING = /\b(?:as\s+booked|(?:move|change|push|keep)\s+the\s+booking|(?:to|at)\s+your\s+(?:workshop|shop|garage))\b/i;
/**
 * What a place to meet does not open with: the app or the car, the sender ("I'm in Calgary"), a pronoun; also after a date's day or
 * month ("3 Nov – 7 Nov I'm in Calgary for work, any day after the 8th": where the sender is on those days).
 */
const NOT_A_PLACE_OPENING = new RegExp(
  String.raw`^(?:(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?\s+)?(?:The\s+app|The\s+car|The\s+truck\b(?!\s+stop)|I\s|I'?m\b|I\s+am|We'?re|We\s+are|It|My|This|That)\b`,
);
/** A person and the business they speak for, nothing before it: "Rivera at Eastside", "Marco at Riverside". */
const NAME_AT_A_BUSINESS = /^[A-Z][a-z'’-]+\s+at\s+[A-Z]/;
/** An introduction's frame: "this is", "it's", "I'm" before the name, or "here", "again", "speaking" after the business. */
const INTRODUCED_BEFORE = /\b(?:this\s+is|it['’]?s|i['’]?m|im|i\s+am)\s+$/i;
const INTRODUCED_AFTER = /^\s+(?:here|again|speaking|calling|writing|checking\s+in)\b/i;

/**
 * A name "at" a business as a self-introduction (round 50: "It's Marco at Riverside again, the courtesy car is free Thursday",
 * "Rivera at Eastside here, your car's ready Tuesday"): who writes and for which workshop, no place to meet.
 */
function introducedAtABusiness(m: RegExpExecArray, text: string): boolean {
  return NAME_AT_A_BUSINESS.test(m[0]) && (INTRODUCED_BEFORE.test(before(text, m, 12)) || INTRODUCED_AFTER.test(after(text, m, 20)));
}

/** A day or a clock time set for something: "tomorrow", "on Saturday", "at 7", "6pm". */
const SET_TIME = new RegExp(String.raw`\b(?:today|tonight|tomorrow|${WEEKDAY_NAMES}|at\s+\d|\d\s*(?:am|pm)\b|noon)`, "i");

/** A sentence opening on a verb of living, working or going: "Lives in Denver, ...", "Works in Leeds, ...". */
const WHERE_SOMEONE_IS =
  /^(?:Lives|Lived|Living|Works|Worked|Working|Stays|Stayed|Staying|Moved|Moving|Grew\s+up|Commutes|Commuted|Drives|Drove|Goes|Went|Travels|Travelled|Traveled|Heads|Headed|Based|Born|Raised|Studies|Studied)\s+(?:in|at|near|by|off|on)\b/;
/**
 * A leg of a trip the sender tells of, the place named right after its "from", "to" or "in": a
 * drive in the past ("I was driving from Ballarat to ", "we drove up to ") or a way back from
 * somewhere ("coming back from my cousin's wedding in "), or a place the sender or their party
 * left, stopped at or passed ("We left Carlisle on Saturday morning", "we stopped at the Morrisons
 * in Penrith"). The place is where they went, not where to meet (see `tripRetold`).
 */
const TRIP_LEG_BEFORE =
  /\b(?:(?:was|were)\s+(?:driving|coming|heading|travell?ing|going|riding)|drove|came|headed|travell?ed|went|rode|(?:coming|driving|heading|riding|on\s+(?:my|our|the)\s+way)\s+back)\s+(?:home\s+|up\s+|down\s+|over\s+|back\s+)?(?:from|to|through|into)(?:\s[^.!?\n]{0,60}\b(?:from|to|in|into|through|past|on|onto|along|via|off))?\s+(?:the\s+)?$|\b(?:we|i)\s+(?:(?:had\s+)?(?:left|departed|set\s+off\s+from|stopped\s+(?:at|in|off\s+(?:at|in))|passed(?:\s+through)?))\s+(?:the\s+)?$/i;
/**
 * Words that turn a place into a meeting: an invitation, an "I'll" or a "you can", "there" as the
 * spot, or a time still to come ("again", "tomorrow", "next Saturday", "same spot").
 */
const MEETING_WORDS =
  /\b(?:meet|see\s+(?:you|ya|u)|come|find\s+(?:me|us)|bring|there|wait(?:ing)?|pop|swing|drop\s+by|catch\s+(?:me|up)|(?:we|you|u)\s+(?:can|could)|i'?ll|i\s+will|we'?ll|will|if\s+(?:you|u)|around|free|again|tomorrow|tmrw|tonight|today|next\s+(?:week|time|\w+day)|same\s+(?:spot|place|time))\b/i;

/** A place passed on a trip the sender retells (`TRIP_LEG_BEFORE`), in a sentence with no meeting word. */
function tripRetold(m: RegExpExecArray, text: string): boolean {
  return TRIP_LEG_BEFORE.test(before(text, m, 120)) && !MEETING_WORDS.test(sentenceAround(text, m));
}

/**
 * Round 52: the car's trouble told as having happened at the place, just before it ("the light came on at the Shell on the N1",
 * "it cut out outside the Tesco on Mill Rd", "I filled up at the BP on Main"), read to the clause's start ("... at the Shell on
 * the N1 near Sandton"): where the fault began, not a spot to meet.
 */
const TROUBLE_AT_BEFORE =
  /\b(?:came\s+on|went\s+(?:off|out|dead|flat)|broke\s+down|died|cut\s+out|conked\s+out|stalled|overheated|(?:it|noise|light|rattle|smell|smoke|problem|issue)\s+started|happened|began|popped|blew|got\s+(?:a\s+)?(?:flat|puncture)|filled\s+(?:up|it\s+up)|fuell?ed\s+up|refuell?ed|topped\s+up)\s+(?:at|outside|near|by|in|behind)\s+[^,;.!?\n]*$/i;

/** A verb in the past or a state with "there" ("I filled up there", "it died there", "it's there now"): the place of the story, no meeting word. */
const PAST_THERE = /\b(?:\w+ed|was|were|got|went|came|did|died|it['’]?s|is|still)(?:\s+(?:up|it|in|out|off|still))?\s+there\b/gi;

/** The car's trouble told at the place (`TROUBLE_AT_BEFORE`), in a sentence with no meeting word beside the story's own "there". */
function troubleToldAt(m: RegExpExecArray, text: string): boolean {
  return TROUBLE_AT_BEFORE.test(before(text, m, 40)) && !MEETING_WORDS.test(sentenceAround(text, m).replace(PAST_THERE, ""));
}

/** A month after "in" ("Tucson in June"), not a street named after one ("the Kroger in June Road"). */
const MONTH_AFTER_IN = new RegExp(String.raw`\sin\s+(?:${MONTH_NAMES})\b(?!\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Close|Place|Boulevard|Blvd|Court|Ct)\b)`);

/**
 * The capitalised word a place's name would start with is the unit of the number right before it
 * ("wheel bolts 120 Nm on the Golf, re-torque after 50 km", "32 PSI on the fronts"): a measurement,
 * not a place, unless the clause asks to meet ("meet me at 6 Bar Louie on Main").
 */
function isUnitOfANumber(m: RegExpExecArray, text: string): boolean {
  const head = before(text, m, 40);
  return /\d\s?$/.test(head) && UNIT_AFTER.test(m[0]) && !/\b(?:meet|see\s+you|be\s+at|come)\b[^.!?\n]*$/i.test(head);
}

/** Booked-visit words: "as booked", "as per the booking", "for your booking", "through the app". */
const VISIT_BOOKED =
  /\b(?:as\s+(?:per\s+(?:the|your)\s+)?(?:booked|booking|arranged)|(?:for|per)\s+(?:the|your)\s+(?:booking|appointment|booked\s+\w+)|booked\s+(?:in|through|on|via)|(?:through|via|in)\s+the\s+app|booking\s+fee)\b|(?<!\b(?:no\s+need\s+to|don['’]?t|dont|do\s+not|without|not|never)\s+)\bbook\s+(?:it\s+|us\s+|me\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:mobile|call-?out|home\s+visit|visit|slot)\b/i;

/** Someone else's visit told of: "the mobile mechanic will come", "the tow driver can swing by", "he'll pop over". */
const VISIT_BY_A_THIRD_PARTY =
  /\b(?:(?:the|a|your)\s+(?:mobile\s+)?(?:mechanic|driver|tow\s*truck|tow\s+driver|technician|tech|recovery\s+(?:truck|driver)|truck|fitter)|he|she|they)\s*(?:['’]ll|will|can|could|would|should|is\s+going\s+to|are\s+going\s+to)\s+(?:\w+\s+)?$/i;

/** The platform's home visits asked about: "does the app do home visits", "is there a mobile service". */
const HOME_VISITS_ASKED = /\b(?:home\s+visits?|mobile\s+(?:service|mechanics?|repairs?)|call-?out\s+service)\b/i;

/** What makes the visit a deal after all: cash, the app or booking left out, a price undercut. */
const VISIT_DEAL_TERMS = /\b(?:cash|outside|without|skip|cancel|instead|cheaper|for\s+less|off\s+the\s+(?:app|books)|no\s+need\s+for)\b/i;

/**
 * A tow or recovery driver as the one who meets (issue 13, round 31): "the tow truck driver will meet you at the car park at
 * 4", "the tow driver said let's meet at the Walmart car park at 5". The platform books the tow; meeting its driver is the booking's.
 */
// Round 52: or the tow itself booked to meet ("a booking request for the tow to meet you there").
const TOW_DRIVER_MEETS =
  /\b(?:tow|recovery|roadside)\s*(?:truck\s+)?(?:driver|truck|guy|company|van|man|operator)\s+(?:will|['’]ll|said|says|can|could|should|is\s+going\s+to|wants\s+to)\b[^.!?\n]*$|\b(?:tow|recovery|roadside)(?:\s*truck)?\s+to\s+$/i;

const towDriverMeets = (m: RegExpExecArray, text: string): boolean => TOW_DRIVER_MEETS.test(text.slice(sentenceAt(text, m.index, m.index)[0], m.index));

/**
 * A visit that is the booking's or not the sender's proposal (issue 13, round 31): booked ("we'll pop over to your place at
 * 2 as per the booking", "will come to your house at 9 as booked"), a third party's told of ("the mobile mechanic will come to
 * your house"), the sender's own errand ("I'll bring it to my house tonight"), or a question whether the platform visits
 * homes ("Can you come to my house? I'm not sure if the app does home visits") with nothing of a deal beside it.
 */
function visitBookedOrToldOf(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const [, next] = end < text.length ? sentenceAt(text, end + 1, end + 1) : [end, end];
  const around = text.slice(start, next);
  if (VISIT_BOOKED.test(around)) return true;
  const head = text.slice(start, m.index);
  if (VISIT_BY_A_THIRD_PARTY.test(head) || (/^bring/i.test(m[0]) && /\b(?:i['’]?ll|ill|i\s+(?:will|can|could)|we['’]?ll|we\s+(?:will|can))\s+$/i.test(head))) return true;
  return HOME_VISITS_ASKED.test(around) && !VISIT_DEAL_TERMS.test(around);
}

/** The place located in the visit's sentence ("it's on Elm Street behind the Shell", "we're off Mill Lane"): where it is, not only that it is the workshop's. */
const PLACE_LOCATED =
  /\b(?:it['’]?s|its|we['’]?re|i['’]?m)\s+(?:just\s+|right\s+)?(?:on|at|in|behind|next\s+to|opposite|near|by|off|past|above|below)\s|\b[A-Z][a-z]+\s+(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Drive|Dr|Way|Close|Crescent|Parade)\b/;

/** The reader asked to do the work at the sender's place: "and do the brakes there", "you can fix it at mine". */
const READER_WORKS_THERE =
  /\b(?:(?:and|then|to)\s+(?:do|fix|sort|look\s+at|work\s+on|service)\s+(?:it|her|the\s+\w+|them)\s+(?:there|here)|(?:you|u)\s+(?:can|could|will|'ll)\s+(?:do|fix|sort|work\s+on)\s+(?:it|her|the\s+\w+)\s+(?:there|here))\b/i;

export const DEAL_PATTERNS: Pattern[] = [
  {
    kind: DEAL, // "let's take this offline", "move this conversation elsewhere"
    re: /\b(?:take|move|continue|talk|chat|discuss|keep|do|sort|settle|handle|arrange|finish)\s+(?:(?:this|it|things|the\s+(?:conversation|chat|job|deal|rest|repair)|this\s+(?:conversation|chat|job))(?:\s+out)?\s+)?(?:offline|elsewhere|somewhere\s+else|privately|in\s+private|off[\s-]app|off\s+the\s+app|on\s+the\s+side)\b/gi,
    accept: live,
  },
  {
    kind: DEAL, // "outside the app", "skip the platform fees", "cut out the middleman", "no platform fee", "the app takes a cut"
    re: /\b(?:off|outside(?:\s+of)?|without|bypass(?:ing)?|skip(?:ping)?|avoid(?:ing)?|cut(?:ting)?\s+out|(?:go|going|get|getting|work|working)\s+around|not\s+through|don'?t\s+need|no\s+need\s+for)(?:\s+|(?<=off)-)(?:the\s+|this\s+|an?\s+)?(?:app|platform|site|autodoctor|middle\s*man|(?:app|platform|service|booking)\s+(?:fees?|cut|commission))\b|\b(?:off|outside(?:\s+of)?)\s+here\b|\bno\s+(?:middle\s*man|(?:app|platform|service|booking)\s+(?:fees?|cut|commission))\b|\b(?:app|platform|autodoctor|they)\s+(?:takes?|taking|keeps?|keeping|charges?|charging|eats?|eating)\s+(?:a|their|its|too\s+much(?:\s+of\s+a)?|a\s+big)\s*(?:cut|fee|percentage|commission|chunk|share)\b/gi,
    accept: (m, text) => !negatedBefore(text, m.index) && !/\?\s*$/.test(after(text, m, 40).split(/[.!\n]/)[0] ?? ""),
  },
  {
    kind: DEAL, // "I'd rather not run it through the platform", "the app fee is a ripoff": the refusal IS the deal
    re: /\b(?:rather\s+not|don'?t\s+want\s+to|not\s+going\s+to|prefer\s+not\s+to|won'?t)\s+(?:run|put|book|pay\s+for|do)\s+(?:it|this|the\s+job)?\s*(?:through|thru|on|via)\s+(?:the\s+)?(?:app|platform|site)\b|\b(?:app|platform)\s+(?:fees?|cut|commission)\s+(?:is|are)\s+(?:a\s+)?(?:rip-?off|robbery|too\s+(?:high|much)|crazy|insane|a\s+scam)\b/gi,
  },
  { kind: DEAL, re: /\bsave\s+(?:us|you|me|yourself)(?:\s+both)?\s+(?:the\s+|on\s+(?:the\s+)?)?(?:app\s+|platform\s+|service\s+|booking\s+)?(?:fees?|commission|cut)\b/gi, accept: live },
  {
    kind: DEAL, // "deal with me directly", "I can invoice you directly", "book direct", "pay me directly"
    re: /\b(?:deal|work|do\s+business|book|invoice|bill|charge|pay|paying|send\s+(?:it|the\s+money|payment))\s+(?:(?:with|to)\s+)?(?:me|you|us|him|them)?\s*(?:direct(?:ly)?|straight|privately|personally|in\s+person|outside|on\s+the\s+side)\b/gi,
    accept: live,
  },
  {
    kind: DEAL,
    re: /\b(?:don'?t|dont|do\s+not|no\s+need\s+to)\s+(?:(?:even\s+|just\s+)?(?:book|pay|go|do|run|put|pay\s+for))\s+(?:it\s+|this\s+|the\s+(?:job|repair|work)\s+)?(?:(?:through|thru|on|via|in)\s+)?(?:the\s+)?(?:app|platform|site|here|checkout)\b|\bno\s+need\s+(?:for\s+)?(?:the\s+)?app\s+booking\b|\brather\s+than\s+(?:booking|paying|going)\s+(?:it\s+)?(?:(?:through|thru|on|via|in)\s+)?(?:the\s+app|here)\b/gi,
  },
  {
    kind: DEAL,
    re: /\b(?:off\s+the\s+books|under\s+the\s+table|no\s+receipts?|no\s+paper\s*trail|mates?\s+rates?|side\s+job|side\s+gig|(?:do|doing|does|did|work|working|jobs?|this|these)\s+on\s+the\s+side|pay\s+me\s+on\s+the\s+side)\b/gi,
    accept: live,
  },
  { kind: DEAL, re: /\b(?:sort|settle|handle|arrange|do|split)\s+(?:the\s+)?(?:payment|money|cash|it|this|the\s+rest)\s+between\s+(?:us|ourselves)\b/gi, accept: live },
  {
    kind: DEAL, // payment channels that bypass checkout (the platform takes card payments only)
    re: PAYMENT_CHANNELS,
    // "the paypal option at checkout isn't working": the platform's own checkout, not a channel around it; unless the money
    // goes to the reader ("should I pay in the app or bank transfer to you?", round 52).
    accept: (m, text) =>
      live(m, text) &&
      !channelSaidNotToWork(m, text) &&
      !paidWithinTheApp(m, text) &&
      (!/\b(?:checkout|check\s+out|option|does\s+the\s+app|in\s+the\s+app|app\s+(?:take|accept|support)s?)\b/i.test(
        clauseAround(text, m.index, m.index + m[0].length).before + " " + clauseAround(text, m.index, m.index + m[0].length).after,
      ) ||
        MONEY_TO_THE_READER.test(sentenceText(text, m))),
  },
  { kind: DEAL, re: /(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{2,}/g }, // a Cash App cashtag is a payment handle: masked
  {
    kind: DEAL, // "pay cash", "cash only", "$300 cash", "£60 cash", "60 quid cash", "let's do it cash", "cash is fine", "10% off cash", "cash discount"; not "I paid cash for the car in 2015"
    re: /\b\d+\s?%\s*off\s+(?:for\s+|with\s+|in\s+)?cash\b|\bcash\s+discount\b|\bif\s+(?:you\s+)?(?:paid|pay(?:ing)?)\s+(?:in\s+|by\s+|with\s+)?cash\b|\bpay(?:ing)?\s+(?:me\s+|you\s+|us\s+)?(?:in\s+)?cash\b|\bpay\b[^.!?\n]{0,25}?\b(?:in|with|by)\s+cash\b|\bcash\s+(?:only|deal|job|in\s+hand|payment|works|is\s+(?:fine|better|easier|king|good|ok|okay)|would\s+be)\b|\b(?:do|fix|sort|finish)\s+(?:it|this|the\s+(?:job|work|repair))\s+(?:for\s+|in\s+)?cash\b|\b(?:do|go)\s+cash\b|\b(?:bring|in)\s+cash\b|[$£€]\s?\d[\d,.]*\s+cash\b|\b\d+\s+(?:quid|bucks|dollars|pounds|euros|grand|k)?\s*cash\b|\b(?:take|takes|accept|accepts|prefer|want|bring)\s+cash\b|(?<=\d\s{0,2}|\bfor\s)cash\b(?!\s*back)/gi,
    accept: (m, text) =>
      live(m, text) &&
      !CASH_NEGATED_AFTER.test(after(text, m, 25)) &&
      !/\b(?:paid|bought)\b[^.!?\n]{0,20}$/i.test(before(text, m, 25)) &&
      !SHORT_OF_CASH_BEFORE.test(before(text, m, 25)) &&
      !cashTakenBySomeoneElse(m, text) &&
      !paidToAThirdParty(m, text),
  },
  {
    kind: DEAL, // "meet me at", "let's meet up", "come find me", "I'll be at the AutoZone on Burnet at 4"
    re: /\bmeet\s+(?:up|in\s+person|me|you|us|somewhere|halfway|at\s+(?:the|my|your))\b|\bcome\s+find\s+(?:me|us)\b|\b(?:i'?ll|i\s+will|i\s+can|we'?ll|we\s+can)\s+be\s+(?:at|outside|in\s+the\s+parking\s+lot\s+of)\s+(?:the\s+)?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*(?:\s+(?:on|at|off|near|by)\s+[A-Z0-9][\w'’-]*)?(?=[^.!?\n]{0,30}\b(?:at\s+\d|\d\s*(?:am|pm)|tomorrow|today|tonight|morning|afternoon|evening|come|find|meet)\b)/g,
    // "meet me halfway on the price": a compromise on the quote, not a place; "meet you at the workshop at 9 for the booked slot": the booking's own visit.
    accept: (m, text) =>
      live(m, text) &&
      !towDriverMeets(m, text) &&
      !(MEET_HALFWAY_ON_PRICE.test(text.slice(m.index, m.index + 40)) && !VISIT_OR_PAID_DIRECT.test(sentenceAround(text, m))) &&
      !(MEET_AT_THE_WORKSHOP.test(text.slice(m.index, m.index + 40)) && BOOKED_VISIT_WORDS.test(sentenceAround(text, m))) &&
      !MEET_AT_THE_COUNTER.test(text.slice(m.index, m.index + 60)),
  },
  {
    kind: DEAL, // a place to meet: "meet at the Shell on 5th", "the O'Reilly on Ben White at noon", "HEB parking lot on Slaughter", "the truck stop at exit 250"
    re: /\b(?:(?:meet|see\s+you|i'?ll\s+be|i\s+will\s+be|we'?ll\s+be|be)\s+(?:me\s+|you\s+|up\s+|halfway\s+)?(?:at|in|outside)\s+)?(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}?(?:[A-Z][\w'’&-]*|truck\s+stop|park\s+and\s+ride|gas\s+station|rest\s+area)(?:\s+(?:parking\s+lot|lot|car\s+park|carpark|parking))?\s+(?:on|at|off|in|near|by|behind)\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*|exit\s+\d+|\d+(?:st|nd|rd|th)?)(?:\s+(?:and|&)\s+[A-Z0-9][\w'’-]*|\s+[A-Z][\w'’-]*){0,2}(?=[^.!?\n]{0,60}\b(?:at\s+\d|\d+\s*(?:am|pm|AM|PM)|noon|tonight|tomorrow|today|morning|afternoon|evening|arvo|[Ss]unday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|weekend|around\s+\d|after|bring|[Ii]'?ll\s+(?:have|bring|be|do|look|jump|sort|help|take)|come|find|meet|there|we\s+can)\b)/g,
    accept: (m, text) =>
      live(m, text) &&
      /^(?:meet|see|i|we|be|the\s+[A-Z]|[A-Z])/i.test(m[0]) &&
      !NOT_A_PLACE_OPENING.test(m[0]) &&
      !introducedAtABusiness(m, text) &&
      // Where someone is ("Lives in Denver, drives to Vail every weekend") or a date ("Tucson in
      // June") names no place, unless the sentence sets a day or a clock time ("Lives in the Sunrise
      // apartments, ... at 7 tomorrow", "the Tesco in March, 6 tomorrow").
      (SET_TIME.test(sentenceFrom(text, m)) || (!WHERE_SOMEONE_IS.test(m[0]) && !MONTH_AFTER_IN.test(m[0]))) &&
      // "I bought the pads at AutoZone in Austin, can I bring ...": where something was bought, not where to meet.
      !(purchasedAt(m, text) && !/^(?:meet|see)/i.test(m[0])) &&
      !(tripRetold(m, text) && !/^(?:meet|see|be|i|we)\b/i.test(m[0])) &&
      !(troubleToldAt(m, text) && !/^(?:meet|see|be|i|we)\b/i.test(m[0])) &&
      !(storeToldOf(m, text) && !/^(?:meet|see|be|i|we)\b/i.test(m[0])) &&
      !isUnitOfANumber(m, text) &&
      !TIED_TO_THE_BOOKING.test(sentenceFrom(text, m)),
  },
  {
    kind: DEAL, // "hand me the cash", "bring cash", "cheaper in cash", "$400 cash", "for cash", "no receipt needed"
    re: /\b(?:hand|give|bring|slip)\s+(?:me\s+)?(?:the\s+)?cash\b|\bcheaper\s+(?:in|with|for)\s+cash\b|\bcash\s+(?:no|without)\s+(?:app|receipt)\b|\bno\s+receipts?(?:\s+needed)?\b|\bkeep\s+(?:it|this)\s+between\s+us\b|\b(?:keep|leave)\s+the\s+app\s+out\s+of\s+it\b|\bdon'?t\s+tell\s+the\s+app\b|\bapp\s+doesn'?t\s+need\s+to\s+know\b|\bdon'?t\s+(?:mark|close)\s+(?:it|the\s+job)\s+(?:complete|done|finished)?\s*(?:on|in)\s+(?:here|the\s+app)\b|\b(?:decline|cancel|close)\s+(?:the\s+)?(?:quote|booking|job|request)\s+(?:on\s+here|here|in\s+the\s+app|on\s+the\s+app)?\s*(?:and|&|,)\s+(?:i'?ll|i\s+can|we\s+can|pay)\b|\bif\s+you\s+cancel\s+the\s+booking\b|\bbook\s+(?:it|someone\s+else|the\s+\$?\d+\s+\w+)\b[^.!?\n]{0,40}\b(?:i'?ll\s+still\s+come|pay\s+me|i\s+can\s+do\s+the\s+(?:actual|real))\b|\b(?:my|our)\s+own\s+(?:system|invoice|quote|booking)\b|\bsend\s+(?:you\s+)?my\s+own\s+(?:quote|invoice)?|\bi'?ll\s+send\s+my\s+own\b|\bget\s+paid\s+direct(?:ly)?\b|\bnot\s+(?:putting|running|paying)\s+it\s+through\s+the\s+(?:app|platform)\b|\b(?:don'?t|not)\s+bother\s+with\s+the\s+(?:app|platform|booking|checkout)\b|\bsettle\s+(?:up\s+)?in\s+person\b|\bpay\s+(?:me\s+)?(?:the\s+rest\s+)?in\s+person\b|\b(?:por\s+)?fuera\s+de\s+la\s+(?:app|aplicaci[oó]n|plataforma)\b|\bp[aá]game\s+directo\b|\bsin\s+la\s+app\b|\bno\s+app(?:\s+fee)?\b/gi,
    // Portuguese "aqui no app", "ta no app" is "in the app": the platform itself.
    accept: (m, text) => (!negatedBefore(text, m.index) || /^(?:no|don|not|keep)/i.test(m[0])) && !(/^no\s+app/i.test(m[0]) && PORTUGUESE_IN_THE.test(before(text, m, 20))),
  },
  {
    // "my shop", "our workshop" after a visit is the workshop's own premises (WORKSHOP_PREMISES): a deal only with the booking left out, which private-visits.ts reads;
    // not when the reader is asked to do the work there ("come to my shop and do the brakes there"): the sender's own premises, a customer's;
    // nor when the sentence says where it is ("it's on Elm Street behind the Shell"): a location given.
    kind: DEAL, // "come by my place", "come round mine", "bring it to my house", "I'll come to your place"
    re: /\b(?:come|drop|swing|pop|stop|bring\s+it|bring\s+the\s+car|bring\s+her)\s+(?:over\s+|by\s+|round\s+|around\s+|in\s+)?(?:to\s+|at\s+)?(?:my|our)\s+(?<place>place|house|home|shop|garage|workshop|yard|unit|driveway|spot)\b|\b(?:come|pop|swing|head|drop)\s+(?:(?:round|over|by|across|back)\s+(?:to\s+)?|to\s+)mine\b|\b(?:come|drive|pop|swing)\s+(?:over\s+|out\s+|round\s+|by\s+)?(?:to\s+)?(?:your|ur)\s+(?:place|house|home|work|office|location|driveway)\b|\b(?:i|we)\s*(?:can|could|will|'ll)\s+come\s+(?:out\s+)?to\s+(?:you|your\s+place)\b/gi,
    accept: (m, text) => {
      if (visitBookedOrToldOf(m, text)) return false;
      if (!WORKSHOP_PREMISES.test(m.groups?.place ?? "")) return live(m, text);
      const sentence = sentenceText(text, m);
      return (READER_WORKS_THERE.test(sentence) || PLACE_LOCATED.test(sentence)) && live(m, text);
    },
  },
];

DEAL_PATTERNS.push(
  {
    kind: DEAL, // the booking undone so the job happens outside: "decline it and message me outside", "close out the request on here, I'll still show up", "dont accept the quote on here, ill send u a better one", "if u cancel the booking here ill do it for 250", "Tell the app the job got canceled"
    re: /\b(?:decline|cancel(?:led)?|close\s+out|close|reject|skip|don'?t\s+accept|dont\s+accept|do\s+not\s+accept)\s+(?:it|(?:the|this|your|my)\s+(?:quote|booking|job|request|order|offer))\b[^.!?\n]{0,40}?(?:\b(?:and|then)\b|,|;)\s*(?:just\s+)?(?:i'?ll|ill|i\s+can|i\s+will|we\s+can|pay\s+me|message\s+me|text\s+me|call\s+me|send)\b|\b(?:decline|cancel|close)\s+(?:it\s+)?(?:on\s+)?here\s+(?:and|&|,)\s*(?:i'?ll|ill|i\s+can|we\s+can)\b|\bmark\s+(?:it|the\s+job|the\s+booking)\s+(?:as\s+)?(?:done|complete|completed|cancell?ed|finished)\s+(?:on\s+)?(?:here|the\s+app|in\s+the\s+app)\b|\bif\s+(?:you|u)\s+(?:cancel|close)\b|\btell\s+the\s+app\b|\bsi\s+cancelas\b|\b(?:pago|pagar|pagas|paga|pagamento)\s+por\s+(?:fuera|fora)\b|\bpor\s+fuera\s+(?:de\s+la\s+app|y)\b/gi,
    accept: live,
  },
  {
    kind: DEAL, // a job kept off the record: "private job, just between us", "off the books"
    re: /\b(?:private|cash|side|weekend)\s+job\b[^.!?\n]{0,40}\b(?:between\s+us|no\s+app|off\s+the\s+books|day\s+off)\b|\bday\s+off\b[^.!?\n]{0,30}\bprivate\s+job\b|\b(?:just|only|strictly)\s+between\s+(?:us|you\s+and\s+me|ourselves)\b|\b(?:a|this|as\s+a|our|my)\s+(?:private|side|cash)\s+(?:job|deal|thing)\b/gi,
    accept: live,
  },
  {
    kind: DEAL, // the shop reached around the app: "call the shop directly", "pay the shop directly", "20% off if we go direct", "made out to me"
    re: /\b(?:call|text|ring|contact|pay|book\s+with|deal\s+with)\s+(?:the\s+shop|the\s+garage|my\s+shop|our\s+shop|us|me)\s+direct(?:ly)?\b|\b(?:go|going|do\s+it|book\s+it)\s+direct(?:ly)?\b(?=[^.!?\n]{0,40}$)|\bmade\s+out\s+to\s+me\b|\bmake\s+(?:it|the\s+che(?:que|ck))\s+out\s+to\s+(?:me|us|the\s+(?:garage|shop|workshop))\b|\b(?:en|in)\s+efectivo\b|\befectivo\s+(?:nom[aá]s|solamente|only)\b|\bsin\s+factura\b|\bem\s+(?:dinheiro|esp[eé]cie)\b|\bpay\s+(?:me\s+)?in\s+hand\b|\b(?:just\s+)?pay\s+(?:me|the\s+workshop|the\s+shop)\s+(?:there|at\s+the\s+counter|whatever|when\s+i\s+finish|after|on\s+the\s+day)\b|\bjust\s+pay\s+me\b/gim,
    accept: (m, text) => {
      if (!live(m, text)) return false;
      // "go direct": a route unless a price or the fee is said with it.
      if (/^(?:go|going|do|book)/i.test(m[0]))
        return /\d+\s*%|\boff\b|cheaper|discount|save|less|fee|cut|commission/i.test(clauseAround(text, m.index, m.index + m[0].length).before + " " + before(text, m, 60));
      return true;
    },
  },
  {
    kind: DEAL, // a named place after a meeting word: "lets meet halfway, the Pilot truck stop at exit 42"
    // "(?=[tA-Z])": the first letter of any match ("the" or a capital), read before the lookbehind's
    // walk back for "meet" at every position of the scanned text.
    re: /(?=[tA-Z])(?<=\bmeet(?:\s+(?:up|halfway|there|me|you))?\s*[,:-]?\s*(?:at\s+)?)(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,3}(?:truck\s+stop|parking\s+lot|lot|station|store|park)?\s*(?:on|at|off|near|by|behind)\s+(?:the\s+)?(?:exit\s+\d+|[A-Z0-9][\w'’-]*)/g,
    accept: live,
  },
  {
    kind: DEAL, // a named car park or station as the meeting place: "Tesco car park in Dundrum, 2pm", "Kmart carpark, Northland, 11am sat", "meet at Sainsbury's car park"
    re: /(?:\b(?:the|at|@)\s+)?(?:[A-Z][\w'’&-]*\s+){1,3}(?:car\s*park|carpark|parking\s+lot|parking|gas\s+station|truck\s+stop)\b(?:,?\s+(?:in\s+|on\s+|at\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?/g,
    accept: (m, text) =>
      live(m, text) &&
      !towDriverMeets(m, text) &&
      (/\bmeet\b|see\s+you|i'?ll\s+be|\bcome\s+(?:down\s+|over\s+|round\s+)?to\s*$/i.test(before(text, m, 40)) ||
        /^[^.!?\n]{0,40}\b(?:\d{1,2}\s*(?:am|pm|h\b|ish)|at\s+\d|after\s+(?:half\s+)?\d|around\s+\d|tomorrow|tonight|today|noon)/i.test(after(text, m, 60))) &&
      // "come to the Halfords car park" is a meeting when a job or a time goes with it, not directions
      // to a shop's own car park ("for 30" may reach here as "4 30": the normaliser reads number words).
      (!/\bcome\s+(?:down\s+|over\s+|round\s+)?to\s*$/i.test(before(text, m, 40)) ||
        /^[^.!?\n]{0,100}\b(?:i'?ll|i\s+can|i\s+will)\s+(?:fit|do|fix|sort|swap|change|look\s+at|check)\b[^.!?\n]{0,40}(?:\b(?:for|4)\s+(?:a\s+)?(?:tenner|fiver|score|twenty|\d+)|[$£€]\s?\d|\bcash\b)|^[^.!?\n]{0,80}\b(?:\d{1,2}\s*(?:am|pm|ish)|at\s+\d|tomorrow|tonight|today)/i.test(
          text.slice(m.index, m.index + 160),
        )),
  },
  {
    // The same offers in French, German, Spanish, Portuguese and Italian (accents are gone after
    // normalising): cash in hand ("en liquide", "Barzahlung", "in contanti"), the app skipped
    // ("sans passer par l'appli", "ohne die App", "fuori dall'app", "por fora do app"), its fee saved
    // ("sparen wir die Gebuhr", "economiser la commission") or the deal done direct ("on fait en direct").
    kind: DEAL,
    re: /\b(?:en\s+(?:liquide|especes|cash)|au\s+black|(?:bar(?:zahlung|geld)|in\s+bar|bar\s+(?:bezahlen|zahlen|auf\s+die\s+hand))|schwarz(?:arbeit|\s+machen)?|in\s+contanti|(?:sans|pas\s+besoin\s+de)\s+(?:passer\s+par\s+)?(?:l'?\s?(?:appli(?:cation)?|app)|la\s+(?:plateforme|plate-forme|commission))|hors\s+(?:de\s+)?(?:l'?\s?(?:appli(?:cation)?|app)|la\s+plateforme)|(?:on|le|faire|payer|paie[sz]?|regler)\s+(?:fait\s+|le\s+)?(?:tout\s+)?en\s+direct|ohne\s+(?:die\s+|diese\s+)?(?:app|plattform)|an\s+der\s+(?:app|plattform)\s+vorbei|direkt\s+(?:bei|an|mit)\s+mir|(?:sparen|spart|spare)\b[^.!?\n]{0,30}\b\w*(?:gebuhr|provision|kommission)|(?:economiser|eviter)\b[^.!?\n]{0,30}\b(?:commission|frais)|fuori\s+(?:dall'?\s?|dalla\s+)(?:app|applicazione|piattaforma)|senza\s+(?:l'?\s?|la\s+)(?:app|applicazione|piattaforma)|(?:por\s+fora|fora)\s+(?:do|da)\s+(?:app|aplicativo|plataforma)|sem\s+(?:o|a)\s+(?:app|aplicativo|plataforma)|dire(?:to|ct[oa])\s+comigo)\b/gi,
    accept: (m, text) => live(m, text) && !cashLeftForTheApp(m, text),
  },
  {
    kind: DEAL, // a lower price for coming in person: "come by the shop and I'll do it cheaper", "cheaper if you bring it to my garage"
    re: /\b(?:come|drop|bring|swing|stop|pop)\b[^.!?\n]{0,30}\b(?:shop|garage|workshop|place|yard|unit|in\s+person)\b[^.!?\n]{0,30}\b(?:i'?ll|ill|i\s+can|i\s+could|we'?ll|we\s+can|we\s+could)\s+(?:do|fix|sort|make)\s+(?:it|you|that|this|the\s+job)?\s*(?:cheaper|for\s+less|a\s+discount|mates?\s+rates?)\b|\b(?:cheaper|less|a\s+discount)\s+(?:if|when)\s+(?:you|u)\s+(?:come|drop|bring|swing|stop|pop)\b[^.!?\n]{0,30}\b(?:shop|garage|workshop|place|yard|unit|in\s+person)\b/gi,
    accept: live,
  },
  {
    kind: DEAL, // the work done at someone's own place: "we can swap it at my place", "I'll fix it in my driveway Sunday"
    re: /\b(?:do|fix|swap|sort|work\s+on|look\s+at|meet)\b[^.!?\n]{0,30}?\b(?:at|in)\s+(?:my|mine|our)\s+(?:place|house|garage|driveway|yard)\b/gi,
    accept: live,
  },
);

// Words without which each request and deal pattern cannot match, in the order of the lists above.
const REQUEST_WORDS: ReadonlyArray<readonly string[] | undefined> = [
  "call ring phone text txt sms email e-mail mail reach contact buzz holler hit give shoot send drop".split(" "),
  "rather prefer preferred better easier quicker".split(" "),
  "number num digits cell mobile cellphone phone".split(" "),
  "your ur yr".split(" "),
  "send give pass text dm pm share drop leave".split(" "),
  "address email e-mail gmail addy".split(" "),
  "direct private personal number business cell mobile phone line".split(" "),
  ["phone"],
];
const DEAL_WORDS: ReadonlyArray<readonly string[] | undefined> = [
  "offline elsewhere somewhere privately private off-app off side".split(" "),
  "app platform site autodoctor middleman middle here".split(" "),
  "app platform site".split(" "),
  ["save"],
  "direct directly straight privately personally person outside side".split(" "),
  "app platform site here checkout".split(" "),
  "books table receipt receipts paper mate mates side".split(" "),
  ["between"],
  "pix bizum money wise gpay google applepay paytm upi phonepe bhim mobilepay mobile vipps swish twint paynow blik satispay paypal pay venmo zelle cashapp cash app e-transfer etransfer transfer interac revolut monzo wise western moneygram bank wire deposit bitcoin btc crypto usdt sort routing account iban apple chime payid id mpesa gcash".split(
    " ",
  ),
  undefined,
  ["cash"],
  "meet see find be".split(" "),
  undefined,
  undefined,
  "come drop swing pop stop bring drive".split(" "),
  "decline declined cancel canceled cancelled cancelas close reject skip accept tell fuera fora mark".split(" "),
  "job between deal thing".split(" "),
  "direct directly made make efectivo dinheiro especie hand pay factura".split(" "),
  ["meet"],
  "carpark car park parking station truck".split(" "),
  "liquide especes black barzahlung bargeld bar schwarz schwarzarbeit contanti sans besoin hors direct ohne vorbei direkt sparen spart spare economiser eviter fuori senza fora sem comigo".split(" "),
  "cheaper less discount knock better mate mates".split(" "),
  "place house garage driveway yard".split(" "),
];
if (REQUEST_WORDS.length !== REQUEST_PATTERNS.length || DEAL_WORDS.length !== DEAL_PATTERNS.length) throw new Error("phrase word gates out of step with the patterns");
REQUEST_PATTERNS.forEach((p, i) => (p.words = REQUEST_WORDS[i]));

/** A workshop near the reader sought after the question where they live: "para buscarte un taller cerca", "um dir eine Werkstatt in der Nähe zu empfehlen". */
const WORKSHOP_NEAR_SOUGHT =
  /\b(?:taller|oficina|garage|garaje|werkstatt|officina|werkplaats|warsztat|servis|bengkel|talyer|workshop|mecanico|mechanic)\b[^.!?\n]{0,40}\b(?:cerca|perto|pres|proche|nahe|vicino|dichtbij|in\s+de\s+buurt|blisko|yakin|dekat|paas|malapit|near(?:by)?)\b|\b(?:cerca|perto|pres|proche|nahe|vicino|dichtbij|blisko|yakin|dekat|paas|malapit|near(?:by)?)\b[^.!?\n]{0,40}\b(?:taller|oficina|garage|garaje|werkstatt|officina|werkplaats|warsztat|servis|bengkel|talyer|workshop)\b/i;

REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // someone else's number asked for: "give me the customer's number", "can you share his cell" (not "the part's number")
    re: /\b(?:give|send|share|pass|forward|text|dm|pm|get)\s+(?:me\s+|us\s+)?(?:his|her|their|(?:the\s+)?[a-z]+['’]s)\s+(?:personal\s+|direct\s+|private\s+)?(?:phone(?:\s+number)?|cell|mobile|number|digits|e-?mail|whatsapp|contact(?:\s+(?:details|info|number))?)\b(?!\s*plate)/gi,
    accept: (m, text) => live(m, text) && !/\b(?:part|car|van|truck|order|engine|vehicle|tyre|tire|model|item|it|that|this|what|there|here)['’]s\s/i.test(m[0]),
    phrase: true,
    words: "give send share pass forward text dm pm get".split(" "),
  },
  {
    // a follow, friend or connection request sent on a social app: "I sent you a follow request", "accept my friend request",
    // "happy to send a LinkedIn request", "send me a friend request" (round 33); "send a request for a quote" names no app
    kind: REQUEST,
    re: /\b(?:sent|send|sending|accept|check|approve)\s+(?:you\s+|u\s+|my\s+|me\s+|us\s+)?(?:an?\s+)?(?:(?:linkedin|facebook|fb|insta(?:gram)?|ig|snap(?:chat)?)\s+(?:(?:follow|friend|connection)\s+)?|(?:follow|friend|connection)\s+)request\b/gi,
    accept: live,
    phrase: true,
    words: ["follow", "friend", "connection", "linkedin", "facebook", "fb", "insta", "instagram", "ig", "snap", "snapchat"],
  },
  {
    kind: REQUEST, // which number or address to use: "what number should I call?", "what email do I send it to"
    re: /\bwhat(?:['’]s|\s+is)?\s+(?:the\s+)?(?:best\s+)?(?:number|phone|cell|e-?mail|address)\s+(?:should|do|can|shall|could)\s+(?:i|we)\s+(?:call|text|ring|reach|e-?mail|send|try|write)\b/gi,
    accept: live,
    phrase: true,
    words: ["what", "whats", "what's"],
  },
  {
    kind: REQUEST, // a channel asked for: "do you have a cell?", "have you got instagram?", "got an email?" (not "a number for the supplier")
    re: /\b(?:(?:do|d['’]?)\s*(?:you|u|ya)\s+(?:have|got)|have\s+(?:you|u)\s+got|(?:you|u)\s+got)\s+(?:an?\s+)?(?:cell(?:\s*phone)?|mobile|phone\s+number|number|e-?mail(?:\s+address)?|whatsapp|insta(?:gram)?|ig|facebook|fb|snap(?:chat)?|telegram|tiktok)\b(?!\s+(?:for|of)\s)/gi,
    accept: live,
    phrase: true,
    words: ["have", "got"],
  },
  {
    kind: REQUEST, // where the other side lives: "where do you live?", "where d'you stay"
    re: /\bwhere\s+(?:do|d['’]?)\s*(?:you|u|ya)\s+(?:live|stay)\b/gi,
    accept: live,
    phrase: true,
    words: ["where"],
  },
  {
    // round 34: the same asked in other languages ("¿dónde vives?", "wo wohnst du?", "tu habites où ?", "onde você mora?", "dove
    // abiti?", "waar woon je?", "gdzie mieszkasz?", "nerede oturuyorsun?", "rumahnya di mana?", "aap kahan rehte ho?", "saan ka
    // nakatira?"), not where a workshop near them is sought ("¿dónde vives? para buscarte un taller cerca")
    kind: REQUEST,
    re: /(?:\bdonde\s+(?:vives|vivis|vive\s+usted|queda\s+tu\s+casa|esta\s+tu\s+casa)|\bonde\s+(?:(?:voce|vc|tu|o\s+senhor|a\s+senhora)\s+mora|fica\s+(?:sua|tua)\s+casa)|\b(?:tu\s+habites|vous\s+habitez)\s+ou\b|\bou\s+(?:tu\s+habites|habites-tu|vous\s+habitez|habitez-vous)|\bwo\s+wohn(?:st\s+du|en\s+sie)|\bdove\s+(?:abiti|vivi|abita(?!\s+(?:il|la|lo|l['’]|i|gli|le|un|una|mio|mia|tuo|tua|suo|sua)\b))|\bwaar\s+woon\s+(?:je|jij|u)|\bgdzie\s+(?:mieszkasz|pan\s+mieszka|pani\s+mieszka)|\b(?:nerede|nerde)\s+(?:oturuyorsun|oturuyorsunuz|yasiyorsun|yasiyorsunuz)|\bevin\s+nerede|\b(?:rumah(?:nya|mu)?|tinggal(?:nya)?)\s+(?:di\s+)?mana|\b(?:aap|ap|tum|tu)\s+(?:kahan|kaha|kidhar)\s+(?:rehte|rahte|rehti|rahti|rehta|rahta)|\bsaan\s+(?:ka|kayo|po\s+kayo)\s+nakatira)\b/gi,
    accept: (m, text) => live(m, text) && !WORKSHOP_NEAR_SOUGHT.test(text.slice(m.index, m.index + 120)),
    phrase: true,
    words: ["donde", "onde", "habites", "habitez", "wo", "dove", "waar", "gdzie", "nerede", "nerde", "evin", "rumah", "rumahnya", "rumahmu", "tinggal", "tinggalnya", "aap", "ap", "tum", "tu", "saan"],
  },
  {
    kind: REQUEST, // the other side looked up elsewhere: "I'll look you up", "want to find you on fb", "let me add you on insta"
    re: /\b(?:i'?ll|i\s+will|let\s+me|want\s+to|wanna|i\s+can|can\s+i|gonna|going\s+to|i['’]?d\s+like\s+to|i\s+would\s+like\s+to)\s+(?:look\s+(?:you|u)\s+up|(?:find|add|follow)\s+(?:you|u)\s+on|search\s+(?:for\s+)?(?:you|u)\s+on|(?:add|friend)\s+(?:you|u)\b(?!\s+(?:to|as|in|into|on\s+(?:the|this)\s+(?:booking|job|quote|invoice))\b))/gi,
    accept: live,
    phrase: true,
    words: ["look", "find", "add", "follow", "search", "friend"],
  },
  {
    kind: REQUEST, // a detail announced as written to get past the filter: "type your number backwards so the filter misses it", "so the app doesnt eat it"
    re: /\bso\s+(?:that\s+)?(?:the\s+|this\s+)?(?:filter|app|system|bot|platform|algorithm|censor|mods?)\s+(?:misses\s+it|(?:won'?t|doesn'?t|doesnt|dont|can'?t|cant)\s+(?:\w+\s+)?(?:catch|see|block|notice|eat|hide|read|flag|pick\s+up)\b)/gi,
    phrase: true,
    words: ["so"],
  },
);
DEAL_PATTERNS.forEach((p, i) => (p.words = DEAL_WORDS[i]));

// ----- deals as a class: the platform's own booking and payment steered around --------------
// Vocabulary rather than sentences: a booking or payment verb with a manner that leaves the
// platform (privately, direct, in person, at the counter, outside), the platform named as the
// dearer or avoided alternative, a booking step skipped or faked, and a meeting at a place and time
// in any case. Each is read with its clause (`live`): negation and in-platform references.

/** A booking, payment or job verb. */
// Round 34: the price talked over ("we can talk price face to face", "let's discuss the money in person") is the deal made off the platform.
const DEAL_VERB = String.raw`(?:pay(?:ing)?|paid|sort(?:ing)?|settle|settling|handle|arrange|do|doing|split|send|sending|transfer|book(?:ing)?|rebook(?:ing)?|invoice|bill|charge|deal|finish|square\s+up|settle\s+up|(?:talk(?:ing)?|discuss(?:ing)?|negotiat(?:e|ing)|haggl(?:e|ing)|agree(?:ing)?)(?=\s+(?:(?:the|a|about|on|over)\s+)?(?:price|prices|pricing|money|numbers|cost|costs|rates?|fee|payment)\b))`;
/** A manner that takes the job or the money off the platform. */
const OFF_MANNER = String.raw`(?:privately|in\s+private|offline|off[\s-]app|off\s+the\s+app|direct(?:ly)?|in\s+person|face\s+to\s+face|on\s+the\s+side|between\s+(?:us|ourselves)|outside(?!\s+(?:the\s+)?(?:shop|garage|house|car|office|store|door|building|workshop))|at\s+(?:the|our|my)\s+(?:front\s+desk|desk|counter|till|register|office|shop|garage|workshop|place|house|yard)|(?:in|with)\s+(?:cash|a\s+che(?:que|ck)|che(?:que|ck)s?)|(?<=\bpay(?:\s+(?:me|you|us|him|her))?\s+)there)`;
/** A place inside the app named earlier on the line: "in the Quotes tab", "on the booking screen", "to the checkout page". */
const IN_APP_PLACE_BEFORE = /\b(?:in|on|at|to|under|into|via|through|from)\s+(?:the|this|your|my)\s+(?:[\w-]+\s+){0,2}(?:tab|screen|page|checkout|section|menu|inbox|app)\b[^\n]{0,60}$/i;
/** A contrast that sends the payment elsewhere ("don't bother with checkout", "cheaper to pay there"). */
const PAY_ELSEWHERE = /\b(?:cheaper|instead|but|skip|bother|rather|direct(?:ly)?|cash|collect(?:ion)?|in\s+person|back|round|yours|door|fee|pick|unit|my\s+place)\b/i;

/**
 * "The quote is in the Quotes tab, just hit Approve and pay there": "there" points back at a place
 * in the app said just before, so the payment stays on the platform. With a person paid ("pay me
 * there") it is still a deal.
 */
function payThereInTheApp(m: RegExpExecArray, text: string): boolean {
  return /^pay(?:ing)?\s+there$/i.test(m[0]) && IN_APP_PLACE_BEFORE.test(before(text, m, 80)) && !PAY_ELSEWHERE.test(sentenceAround(text, m));
}

/**
 * The job done at the workshop's own premises (round 50): "we can do it at our shop Tuesday", "we'll do the brakes at the
 * garage": where booked work happens, not a manner of paying (a payment verb, "settle up at the shop", still counts).
 */
const JOB_AT_THE_WORKSHOP = /^(?:do|doing)\s+(?:(?:it|this|that|them|the\s+[\w-]+|your\s+[\w-]+)\s+)?at\s+(?:the|our)\s+(?:shop|garage|workshop)$/i;

/** The platform as a place: the app, here, this site. */
const PLATFORM_PLACE = String.raw`(?:(?:on\s+|through\s+|thru\s+|via\s+|in\s+)?(?:here|the\s+app|this\s+app|the\s+platform|this\s+platform|the\s+site|autodoctor)(?!['’]s))`;

DEAL_PATTERNS.push(
  {
    kind: DEAL, // "we'll sort the payment privately", "pay the balance at our front desk", "can I pay there in person", "rebook outside"
    re: new RegExp(
      String.raw`\b${DEAL_VERB}\s+(?:[\w'’$]+\s+){0,3}?${OFF_MANNER}(?=\s*(?:[,.;:!?)\n]|\s[-–—]\s|$|and\b|so\b|then\b|if\b|instead\b|for\b|on\b|next\b|tomorrow|today|tonight|when\b|once\b|after\b|before\b|\d|[a-z]+day\b))`,
      "gi",
    ),
    accept: (m, text) => live(m, text) && !payThereInTheApp(m, text) && !paymentToSomeoneElseRetold(m, text) && !JOB_AT_THE_WORKSHOP.test(m[0]),
    words:
      "pay paying paid sort sorting settle settling handle arrange do doing split send sending transfer book booking rebook rebooking invoice bill charge deal finish square talk talking discuss discussing negotiate negotiating haggle haggling agree agreeing".split(
        " ",
      ),
  },
  {
    kind: DEAL, // "way cheaper than going through the app", "book thru our website instead of here", "110 through the app" after a lower price
    re: new RegExp(
      String.raw`\b(?:instead\s+of|rather\s+than|(?:cheaper|less|quicker|faster|easier|better|simpler)\s+than|vs\.?|versus)\s+(?:(?:going|booking|paying|doing\s+it|running\s+it|using|it|to)\s+){0,2}${PLATFORM_PLACE}`,
      "gi",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && !/\?\s*$/.test(clauseAround(text, m.index, m.index + m[0].length).after.slice(0, 40)) && !paidToAThirdParty(m, text),
    words: "instead rather cheaper less quicker faster easier better simpler vs versus".split(" "),
  },
  {
    kind: DEAL, // "don't book the workshop through here", "dont log it on here", "you don't need to confirm here", "no need to book"
    re: new RegExp(
      String.raw`\b(?:don'?t|dont|do\s+not|no\s+need\s+to|(?:you\s+)?(?:don'?t|dont|do\s+not)\s+(?:need|have)\s+to|without|never)\s+(?:(?:even|just|bother\s+to|bother)\s+)?(?:book(?:ing)?|log(?:ging)?|record(?:ing)?|put(?:ting)?|mark(?:ing)?|register(?:ing)?|run(?:ning)?|confirm(?:ing)?|accept(?:ing)?|list(?:ing)?|report(?:ing)?|pay(?:ing)?|go(?:ing)?)\s+(?:[\w'’]+\s+){0,3}?(?:(?:on|through|thru|via|in)\s+)?(?:here|the\s+app|this\s+app|the\s+platform|autodoctor)\b|\bno\s+need\s+to\s+book\b(?!\s+(?:ahead|in\s+advance|again|early|a\s+(?:slot|time)|an?\s+appointment|through|thru|on|in|via|here))`,
      "gi",
    ),
    accept: (m, text) => !/^(?:without|never)/i.test(m[0]) || !negatedBefore(text, m.index),
    words: "don't dont not need without never".split(" "),
  },
  {
    kind: DEAL, // "mark it as no-show and we'll sort it", "cancel and rebook outside", "book it on our website"
    re: /\bmark\s+(?:it|me|the\s+(?:job|booking|appointment))\s+(?:as\s+)?(?:a\s+)?no[\s-]?show\b|\bcancel\s+and\s+rebook\b|\bbook\s+(?:it\s+|this\s+|direct\s+)?(?:on|thru|through|via|at)\s+(?:our|my)\s+(?:own\s+)?(?:website|site|web\s*site|page|number|line)\b/gi,
    accept: live,
    words: "mark cancel book".split(" "),
  },
  {
    kind: DEAL, // a meeting at a place and a time, in any case: "i'll be at the starbucks on 5th at noon", "meet me at the walmart off 183 around 6"
    // The place is not a day ("I'll be at the swap meet on Sunday": where the sender is then, round 33).
    re: /\b(?:(?:i'?ll|i\s+will|we'?ll|we\s+will|i\s+can|we\s+can)\s+be|meet\s+(?:me|us|you)?|see\s+you|let'?s\s+meet)\s+(?:at|outside|in\s+the\s+(?:parking\s+lot|car\s+park|lot)\s+(?:of|at))\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?[\w'’&-]+\s+(?:on|off|near|by|at|behind|across\s+from)\s+(?:the\s+)?(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\w'’-]+(?:\s+(?:and|&)\s+[\w'’-]+)?(?=[^.!?\n]{0,40}\b(?:at\s+\d|\d{1,2}\s*(?:am|pm|ish)|\d{1,2}[:.]\d\d|noon|midday|tonight|tomorrow|tmrw|today|morning|afternoon|evening|after\s+(?:work|\d)|around\s+\d|[a-z]+day)\b)/gi,
    accept: live,
    words: "be meet see let's lets".split(" "),
  },
  {
    kind: DEAL, // the platform's cut named as a share: "the platform takes 20%", "the app keeps 15 percent of it"
    re: /\b(?:app|platform|site|autodoctor)\s+(?:takes?|taking|keeps?|keeping|charges?|charging|eats?|grabs?|grabbing|skims?|skimming)\s+(?:like\s+|about\s+|around\s+)?\d{1,2}\s?(?:%|percent|per\s+cent)/gi,
    accept: live,
    words: "app platform site autodoctor".split(" "),
  },
  {
    kind: DEAL, // money in hand, the job redone privately, a deal with each other: "give me 60 in hand", "I'll redo it for you privately", "deal with each other from here on"
    re: /\b(?:[$£€]?\d+\s+in\s+(?:hand|my\s+hand)|(?:do|redo|fix|finish|sort|handle|come\s+to\s+you|come\s+round|look\s+at)\b[^.!?\n]{0,25}?\bprivately|deal\s+(?:with\s+)?(?:each\s+other|one\s+another)\s+(?:direct(?:ly)?|from\s+(?:here|now)\s+on|outside)|arranged\b[^.!?\n]{0,25}?\bdirect(?:ly)?|(?:sort|settle|pay|do|handle)\s+(?:the\s+money|it|this|the\s+rest|payment)\s+outside\s+(?:of\s+)?(?:this|here)|direct\s+(?:price|rate)s?\s+(?:is|are)\s+(?:lower|cheaper|less|better))\b/gi,
    accept: live,
    words: "hand privately each one arranged outside direct".split(" "),
  },
);

// ----- the platform's fee as the thing saved, money handed over apart from it ---------------
// Round 9 (fresh7): the fee named as what to stop paying ("no point paying them a cut", "... than
// pay their markup"), a fee waived on condition of going around ("you don't have to pay that if
// we go direct"), payment promised apart from the booking ("you pay the labour to me separately"),
// money left or handed over in person, and bank details given for a transfer.

/** What the platform charges, as the thing paid. */
const PLATFORM_TAKE = String.raw`(?:them|the\s+(?:app|platform|site)|autodoctor|their|its|the\s+(?:app|platform|site)['’]?s)\s+(?:a\s+|their\s+|its\s+|the\s+)?(?:cut|mark-?up|fees?|commission|percentage|share)\b`;

DEAL_PATTERNS.push(
  {
    kind: DEAL, // "no point paying them a cut", "rather ... than pay their markup", "why pay the app's fee"
    re: new RegExp(String.raw`\b(?:no\s+point(?:\s+in)?|why|than|instead\s+of|stop|skip|avoid|without)\s+(?:\w+\s+){0,2}?pay(?:ing)?\s+${PLATFORM_TAKE}`, "gi"),
    words: "point why than instead stop skip avoid without".split(" "),
  },
  {
    kind: DEAL, // "you don't have to pay that if we go direct", "no need to pay the booking fee if you pay me cash"
    re: /\b(?:don'?t|dont|do\s+not|won'?t|wouldn'?t|no\s+need\s+to|never)\s+(?:have\s+to\s+|need\s+to\s+)?pay\s+(?:that|it|this|them|(?:the|a|their|its|any)\s+(?:\w+\s+)?(?:fee|cut|commission|mark-?up|charge))\s+(?:if|when|once)\s+(?:we|you|u|i)\s+(?:just\s+)?(?:go|do\s+it|deal|book|pay(?:\s+me)?|sort\s+it|arrange\s+it)\s+(?:\w+\s+)?(?:direct(?:ly)?|privately|outside|off[\s-]app|(?:in\s+)?cash|with\s+me|between\s+us)\b/gi,
    words: "don't dont not won't wouldn't need never".split(" "),
  },
  {
    kind: DEAL, // "you pay the labour to me separately", "pay the rest to me directly"
    re: /\bpay\b[^.!?\n]{0,30}?\bto\s+(?:me|us)\s+(?:separately|on\s+the\s+side|direct(?:ly)?|privately)\b/gi,
    accept: live,
    words: ["pay"],
  },
  {
    kind: DEAL, // "give you the money in hand", "leave the money in an envelope under the mat"
    re: /\bmoney\s+in\s+(?:hand|person)\b|\b(?:leave|put|drop)\s+(?:the\s+)?(?:money|cash|payment)\s+(?:in|under|on|behind|with)\s+(?:an?\s+|the\s+|my\s+)?(?:envelope|mat|mailbox|letterbox|door|pot|visor|glovebox|counter)\b/gi,
    accept: live,
    words: ["money", "cash", "payment"],
  },
  {
    kind: DEAL, // bank details for a transfer: "BSB 062-000 acc 1234 5678", "routing 111000025, account 000123456789", "wire it"
    // Also "a/c 1234 5678", an Indian IFSC branch code ("ifsc ABCD0123456") and the account words
    // of the other languages chat is written in (cuenta, conta, konto, compte, conto, numer konta).
    re: /(?:\b(?:bsb|aba|routing(?:\s+(?:no|number|#))?|sort\s*code|iban|swift|bic|acc(?:oun)?t?(?:\s+(?:no|number|#))?|cuenta|conta|konto(?:nummer)?|compte|conto|clabe|cbu)|(?<![\w/])a\/c(?:\s+(?:no|number|#))?)\s*[:#.]?\s*(?:[A-Z]{2}\d{2}\b\s*)?\d[\d -]{4,}\d|\bifsc\s*(?:code)?\s*[:#.-]?\s*[a-z]{4}0[a-z0-9]{6}\b|\bwire\s+(?:it|me|the\s+(?:money|deposit|payment|rest|balance))\b/gi,
    // "a/c" is also air conditioning ("a/c 150 - 200 psi"): after it, only an account's length of digits.
    accept: (m, text) => live(m, text) && (!/^a\/c/i.test(m[0]) || (m[0].match(/\d/g)?.length ?? 0) >= 8),
    words: "bsb aba routing sort sortcode iban swift bic account acct acc wire a ifsc cuenta conta konto kontonummer compte conto clabe cbu".split(" "),
  },
  {
    kind: DEAL, // an IBAN on its own ("ES12 3456 ..."): a country code, two check digits and that country's length
    re: /\b(?<cc>[A-Z]{2})\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b/g,
    // The length is checked, not the mod-97 checksum: a mistyped or invented IBAN still asks for a transfer.
    accept: (m, text) => IBAN_LENGTH[m.groups?.cc ?? ""] === m[0].replace(/[ -]/g, "").length && (m[0].match(/\d/g)?.length ?? 0) >= 12 && live(m, text),
    gate: /\b[A-Z]{2}\d{2}[ -]?[A-Z0-9]{4}[ -]?[A-Z0-9]{4}/,
  },
  {
    kind: DEAL, // a UPI address ("priya.k@okaxis", "9876543210@ybl"): a name at a bank's handle, no dot after it
    re: /(?<![\w.@-])[\w.-]{2,}@[a-z][a-z0-9]{1,15}(?![\w.@-])/gi,
    words: "upi vpa gpay phonepe paytm bhim".split(" "),
  },
  {
    kind: DEAL, // a crypto wallet to pay into: an Ethereum-style "0x" + 40 hex, a Bitcoin/Litecoin bech32 address, or a base58 one (Bitcoin, Litecoin, Dogecoin, Tron, Solana)
    re: /\b0x[0-9a-fA-F]{40}\b|\b(?:bc|ltc|tb)1[02-9ac-hj-np-z]{25,87}\b|\b(?:BC|LTC|TB)1[02-9AC-HJ-NP-Z]{25,87}\b|\b[1-9A-HJ-NP-Za-km-z]{25,44}\b/g,
    // Shape only, no checksum (an invented or mistyped address still asks for a payment off the
    // app). A hex "0x" string is a wallet only with letters of both cases or a word of crypto in its
    // sentence (a lower-case hex hash is a firmware or log id); a base58 one needs upper- and
    // lower-case letters and a digit, which part codes and words typed in one case lack, and a
    // crypto word in its sentence unless it opens as Bitcoin's, Litecoin's, Dogecoin's or Tron's
    // (1, 3, L, M, D, T) with their 26 to 35 characters.
    accept: (m, text) => walletShaped(m) && live(m, text),
  },
);

/** Words that say a string is a crypto wallet: "my wallet", "usdt", "erc20", "send btc". */
const CRYPTO_WORDS = /\b(?:wallet|crypto|bitcoin|btc|eth(?:ereum)?|sol(?:ana)?|usd[tc]|tether|[eb]rc-?20|bep-?20|trc-?20|metamask|phantom|binance|coinbase|ledger|on-?chain)\b/i;

/** See the wallet rule of `DEAL_PATTERNS`: whether its match `m` has a wallet's letters (and, for the looser shapes, a crypto word in its sentence). */
function walletShaped(m: RegExpExecArray): boolean {
  const address = m[0];
  const cryptoSaid = (): boolean => CRYPTO_WORDS.test(m.input.slice(...sentenceOf(m)));
  if (/^0x/i.test(address)) return (/[a-f]/.test(address.slice(2)) && /[A-F]/.test(address)) || cryptoSaid();
  if (/^(?:bc|ltc|tb)1/i.test(address)) return true;
  if (!/[a-z]/.test(address) || !/[A-Z]/.test(address.slice(1)) || !/\d/.test(address.slice(1))) return false;
  return (/^[13LMDT]/.test(address) && address.length <= 35) || cryptoSaid();
}

// ----- look-up platforms and names ----------------------------------------------------------
// "find me on yelp, Reyes Mobile Mechanic", "we're on the BBB as Clearwater Collision Center",
// "search Bryce Holloway mechanic on fb": a platform to look someone up on, and the name to look
// for. The name is the detail (masked); a person's name is FULL_NAME, a business's is reported
// with the request (OFF_PLATFORM_REQUEST), as the labelled corpus does.

const LOOKUP = uniqueAlternatives(
  GOOGLE_SITE +
    "(?:\\s+(?:maps|reviews|business|listing))?|the\\s+google|yelp|thumbtack|bbb|better\\s+business\\s+bureau|yell|angi|angie'?s(?:\\s+list)?|checkatrade|trustpilot|repairpal|bing|zalo|kijiji|craigslist|nextdoor|(?:facebook|fb)\\s+messenger|facebook(?:\\s+(?:marketplace|group|page))?|fb(?:\\s+marketplace)?|marketplace|insta(?:gram)?|ig|linkedin|youtube|tiktok|twitter|reddit|yellow\\s*pages|white\\s*pages|mapquest|apple\\s+maps|houzz|porch|social\\s+media|every\\s+social\\s+media|any\\s+of\\s+the\\s+apps|the\\s+apps|whatsapp\\s+business|messenger|face|(?:the\\s+)?gram|" +
    LOOKUP_SITES,
);
/**
 * A look-up site named anywhere in the text: the gate of every rule below that cannot match
 * without one. Their word gate (LOOKUP_WORDS) also passes on words that name a site only inside a
 * phrase ("home" of "home advisor", "white" of "white pages", "better" of "better business
 * bureau", "apple" and "maps" of "apple maps"), and a 2,000-character message nearly always holds
 * one; this test of the site names themselves lets about a third of long messages skip those rules. The rules' own expressions
 * hold every site after a word boundary, so no match is lost. One scan per message, shared.
 */
const SITE_NAMED = new RegExp(String.raw`\b(?:${LOOKUP})`, "i");
/** A person's or business's name as written: capitalised words, "&", "'s", initials, particles. */
// Joiners inside a name ("Pete the Mobile Mechanic", "Lisa from Hawthorne Auto", "Taller El Güero y Hijos") only between two capitalised words: "Taller El Güero y salgo" ends at "Güero".
const NAME_SEQ = String.raw`(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z0-9][\w'’.&-]*(?:[ \t]+(?:'[A-Z]+'|"[A-Z]+"|[A-Z0-9][\w'’.&-]*)|[ \t]+(?:&|and|of|by|de|del|la|los|las|el|da|dos|das|do|van|von|bin|al|for|y|-)(?=[ \t]+(?:[A-Z0-9&-]|(?:de|del|la|los|las|el|da|dos|das|do|van|von)\b))|[ \t]+(?:the|from|at|in)(?=[ \t]+[A-Z]))*`;
const LOOKUP_CI = caseless(LOOKUP);
/** Trade words of a business's name, in English and the marketplace's other languages ("Taller", "Carrosserie", "Werkstatt"). */
export const BUSINESS_WORD =
  /\b(?:auto|autos|automotive|garage|repair|repairs|motors?|services?|mechanic(?:al|s)?|llc|inc|ltd|co|transmission|collision|tires?|tyres?|brakes?|lube|smog|shop|center|centre|imports?|diesel|mobile|specialists?|electric|engine|body|paint|towing|tune|sons|daughters|brothers|family|group|help|wrench|fleet|taller|talleres|mecanica|mecanico|carrosserie|pneus|depannage|oficina|borracharia|funilaria|werkstatt|kfz|autohaus|reifen|officina|carrozzeria|gommista|autofficina|gmbh|sarl|ltda|srl)\b/i;
const LOOKUP_CUE =
  /\b(?:find|search|look(?:\s+\w+){0,2}\s+up|look\s+for|google\s+(?:me|us|it)|listed|we'?re|i'?m|im|i\s+am|we\s+are|(?:my|our)\s+(?:\w+\s+)?(?:business|shop|page|channel|listing|profile|company|name|real\s+name|group)|je\s+suis|somos|soy|admin|hit\s+me\s+up|hmu|reach\s+me|dm\s+me|contact\s+me|add\s+me|message\s+(?:me|us|the\s+page|her|him)|that'?s\s+(?:me|us)|thats\s+(?:me|us)|go\s+by|under|type|read|reviews?|mention|ask\s+for|tag\s+me|post\s+there|listing|page|profile|called|named|post|ad|channel)\b/i;
const NOT_A_LOOKUP_NAME =
  /^(?:The|A|An|I|It|My|Your|Our|This|That|Me|Us|Them|Him|Her|Reviews?|Videos?|How|What|Why|Where|When|Toyota|Honda|Ford|Chevy|Chevrolet|Nissan|Dodge|Jeep|Kia|Hyundai|Subaru|Mazda|Bmw|BMW|Audi|Tesla|Volvo|Lexus|Acura|VW|Volkswagen|Mercedes|OBD|P\d|Check|Engine)\b/;

function lookupName(m: RegExpExecArray, text: string): boolean {
  const name = (m.groups?.n ?? "").trim();
  // "I found you on Google reviews, 4.8 stars": a rating, not a name (a name has a letter).
  if (name.length < 3 || !/[a-z]/i.test(name) || NOT_A_LOOKUP_NAME.test(name) || negatedBefore(text, m.index)) return false;
  // "search youtube for Dave the Diesel Guy": a video to watch, unless the sender's own channel.
  if (/\b(?:youtube|yt|vimeo)\b/i.test(m[0])) {
    const sentence = sentenceAround(text, m);
    if (videoToWatch(sentence, text, m, sentence)) return false;
  }
  return LOOKUP_CUE.test(before(text, m, 60) + " " + m[0] + " " + after(text, m, 60));
}

export const LOOKUP_PATTERNS: Pattern[] = [
  {
    kind: REQUEST, // "on the BBB as X", "on checkatrade we're X", "on thumbtack and yelp both under X", "I'm on linkedin, X", "find me on yelp, X"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:on|in|sur|en|no|na)`)}\s+(?:${caseless(String.raw`the`)}\s+)?(?:${LOOKUP_CI})(?:\.(?:com|co\.uk|ca|ie|in|com\.au))?(?:\s+(?:thing|app|site|website))?(?:\s*(?:,|and|&|or)\s*(?:${LOOKUP_CI}))*(?:\s+(?:both|too|also|as\s+well))?\s*(?:,|:|-|–)?\s*(?:${caseless(String.raw`(?:(?:we'?re|we\s+are|i'?m|it'?s|the\s+shop'?s|the\s+shop\s+is)\s+(?:called|named|listed\s+as|listed\s+under|under)|the\s+name\s+is|name'?s|as|under|listed\s+as|we'?re|i'?m|im|it'?s|look\s+for|search(?:\s+for)?|called|named|find|my\s+name\s+is|under\s+my\s+(?:real\s+)?name|je\s+suis|nous\s+sommes|somos|soy|estamos\s+como)`)}\s+)?(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => {
      const lead = m[0].slice(0, m[0].length - (m.groups?.n ?? "").length).trimEnd();
      const said = /(?:,|:|-|–|\bas|\bunder|\bwe'?re|\bi'?m|\bim|\bit'?s|\bfor|\bcalled|\bnamed|\bfind|\bis|name|suis|sommes|somos|soy|como)$/i.test(lead);
      // "add me on facebook Maria de los Angeles Fuentes": no separator, but asked to look.
      const asked = /\b(?:add|find|search|look|follow)\s+(?:me|us|for)\b[^.!?\n]{0,20}$/i.test(before(text, m, 30));
      // "a seller on Wallapop called X": someone else met on the site, not the sender.
      const someoneElse = /\b(?:a|an|some|another|one)\s+(?:seller|guy|bloke|dealer|man|lady|person|trader|fella|chap)\s*$/i.test(before(text, m, 30));
      return lookupName(m, text) && (said || asked) && !someoneElse;
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // "search Bryce Holloway mechanic on fb", "find A1 Transmission Austin on yelp", "type mobile mechanic Cedar Park Rico into facebook", "look up Bellamy's Auto on google"
    re: new RegExp(
      String.raw`\b(?:search|look\s+up|look\s+for|google|googlea|busca|b[uú]scame|cherche|procura|find|type|add(?:\s+me)?|search\s+my\s+name|googling|searching|look(?:ing)?\s+(?:us|me)\s+up)\s+(?:for\s+)?(?:(?:my|the|our)\s+(?:shop\s+|business\s+)?name\s+)?(?<n>[^.!?\n,]{3,60}?)\s+(?:on|in|into|en|sur|no)\s+(?:the\s+|your\s+)?(?:${LOOKUP}|browser|web|internet|search\s+bar)\b`,
      "gid",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (videoToWatch(m[0].slice(m[0].length - 12) + " " + before(text, m, 60), text, m)) return false;
      // "search p0420 on google", "type 'P0171 lean bank 1' into google", "search 5w30 oil on google": a code or a spec is searched, not a name.
      if (/^['‘"“]?[a-z]{0,2}\d[\w-]*\b/i.test(n)) return false;
      return !/^(?:me|us|it|this|that|them|him|her|the|a|an|your|for|how|what|videos?|reviews?|parts?|prices?|around|online|up)\b/i.test(n) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // "search yelp for Tran Brothers Auto", "just google Lupe's Tire and Brake", "If you google Ruiz Family Auto"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:search(?:ing)?|googl(?:e|ing)|googlea|busca|b[uú]scame|look(?:ing)?\s+up)`)}\s+(?:(?:${LOOKUP_CI})\s+${caseless(String.raw`for`)}\s+)?(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      // "search youtube for Eric the Car Guy brake job": a video to watch, unless the sender's own.
      if (videoToWatch(m[0], text, m)) return false;
      // Several words, or one run-together handle-like name ("AustinCarGuyDan").
      const nameLike = /\s/.test(n) || /[a-z][A-Z]\w*[a-z][A-Z]/.test(n);
      const business =
        BUSINESS_WORD.test(n) || /\b(?:that'?s\s+(?:me|us)|thats\s+(?:me|us)|my|our|we|i'?m|lol)\b/i.test(after(text, m, 60)) || /[a-z][A-Z]/.test(n) || /\b(?:taller|garage|garaje)\b/i.test(n);
      return nameLike && business && !NOT_A_LOOKUP_NAME.test(n) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // "we're Gearhead Garage LLC on google", "I go by Francesca DiLorenzo on facebook", "Dana M. Whitfield on facebook, message me there"
    re: new RegExp(String.raw`(?<n>${NAME_SEQ})\s+${caseless(String.raw`(?:on|in)`)}\s+(?:${caseless(String.raw`the`)}\s+)?(?:${LOOKUP_CI})\b`, "gd"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && lookupName(m, text) && /(?:we'?re|i'?m|im|go\s+by|search|find|add\s+me|^|[.!?]\s*)\s*$/i.test(before(text, m, 20));
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // "our google listing is X", "a facebook group Round Rock Car Help", "Angi has us listed as X", "my youtube channel Grease Monkey Gabe", "craigslist ad title X", "trustpilot Kingsroad Motors", "youtube: Brakes With Bo"
    re: new RegExp(
      String.raw`\b(?:${LOOKUP_CI})(?:\s+${caseless(String.raw`(?:listing|page|group|channel|ad(?:\s+title)?|profile|business|name|has\s+(?:us|me)\s+listed\s+as|lists\s+(?:us|me)\s+as)`)})?\s*(?:${caseless(String.raw`(?:is|for|under)`)}|:|-|–|,)?\s+(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && (BUSINESS_WORD.test(n) || /listing|page|group|channel|profile|listed|title/i.test(m[0])) && lookupName(m, text);
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
];
const LOOKUP_WORDS = (
  "google yelp thumbtack bbb better yell angi angie's angies checkatrade trustpilot repairpal bing zalo kijiji craigslist nextdoor facebook fb marketplace " +
  "insta instagram ig linkedin youtube tiktok twitter reddit yellow white whitepages yellowpages mapquest apple houzz porch social apps whatsapp messenger " +
  "googling googled browser web internet " +
  // the look-up verbs of the other languages, which name no site ("googlea Taller X", "such bei google")
  "googlea googleame googleen googlear busca buscame búscame buscanos búscanos encuentra encuentranos encontra procura procure cherche cherchez trouvez such suche sucht cerca cercaci cercami face gram " +
  // LOOKUP_SITES, as words
  "gumtree homeadvisor home taskrabbit trustatrader mybuilder rated freeindex cylex justdial sulekha indiamart urbanclap urban donedeal olx mercado mercadolibre " +
  "autotrader cargurus carfax mechanicadvisor superpages manta alignable foursquare tripadvisor maps waze hipages oneflare airtasker bark fixr gmaps g-maps goog fbook f-book fbk " +
  SITES_ABROAD_WORDS
).split(" ");
/** True when the text's words name a look-up site: one of LOOKUP_WORDS, or a two-word site name whole. */
const siteWordsHeld = (words: ReadonlySet<string>): boolean => holdsTwoWordSite(words) || LOOKUP_WORDS.some((w) => words.has(w));
for (const p of LOOKUP_PATTERNS) p.words = LOOKUP_WORDS;

// ----- the look-up grammar --------------------------------------------------------------------
// A look-up is a finding verb, a platform and a name to type in, in any order:
//   VERB   find/search/google/look up/look for/check out/pull up/type, in any tense and person
//          ("try finding", "would you mind looking us up", "you'll find"), and the same verbs of
//          the languages chat is written in (busca, encontra, procura, cherche, such, cerca);
//   SITE   LOOKUP (directories, maps, social sites), misspelt ones read back by the normaliser;
//   NAME   capitalised words (NAME_SEQ), or any words after a self-introduction ("I'm", "we go
//          by", "como", "als"), the name being the detail to mask.
// Forms: VERB NAME on SITE; VERB on SITE for NAME; on SITE, I'm NAME; NAME, google it; VERB ...
// SITE! NAME (the name as its own sentence, also after "we're on SITE too."); my SITE is the shop
// name, NAME; google NAME (lower case, with a trade word: "precision tune lakewood"); SITE ... look
// for NAME; a quoted name that "is us", or searched for on a site; search HANDLE where a platform
// is named; SITE ➡️ NAME. Sites include "the angi thing/app/site" and short forms (G-Maps, goog, fbook). A report of one's own search ("I found the part on
// ...", "I googled it"), a video to watch ("search youtube for ... brake job") and the sender's
// words going on ("I'm busy") are not look-ups.
const FIND_VERB = String.raw`(?:(?:find|finding|search|searching|google|googling|look(?:ing)?\s+(?:\w+\s+)?up|look(?:ing)?\s+for|check(?:ing)?\s+out|pull(?:ing)?\s+up|type|typing)|busca|b[uú]scanos|b[uú]scame|encu[eé]ntra(?:nos|me)|(?:me\s+|nos\s+)?encontr[ae]|procur[ae]|cherche[zr]?|trouve[zr]?|such(?:e|en|t)?|cerca(?:ci|mi)?)`;
const ON_SITE = String.raw`(?:on|in|into|at|no|na|en|sur|bei|auf|su)\s+(?:the\s+|your\s+)?(?:${LOOKUP})\b`;
/** The sender reporting a search of their own: "I found the part on", "we searched it on". */
const OWN_SEARCH = /\b(?:i|we|i'?ve|we'?ve)\s+(?:just\s+|already\s+)?(?:found|searched|googled|looked|checked|saw|watched|read)\b[^.!?\n]{0,30}$/i;
/** Words that start the sender going on, not a name: "on facebook I'm busy", "I'm looking for". */
const NOT_A_NAME_START =
  /^(?:the|a|an|on|in|at|here|there|not|also|just|looking|trying|searching|going|gonna|busy|free|home|out|off|back|still|always|never|really|so|too|very|online|available|active|a\s+lot)\b/i;

/** A trader the reader is sent to look up ("the guy doing cambelts", "the mobile tyre fitter", "Garage Dubois"), never a part or a car. */
const TRADER_LOOKED_UP =
  /\b(?:guy|bloke|fella|chap|man|lady|woman|shop|fitter|garage|mechanics?|business|workshop|dealer|seller|trader|tradie|werkstatt|autowerkstatt|kfz|autohaus|taller|talleres|officina|oficina|carrozzeria|carrosserie)\b/i;
/** True when `n`, searched on a classifieds site abroad, has no trade word to make it a seller's name. */
const goodsSearched = (m: RegExpExecArray, n: string): boolean => CLASSIFIEDS_ABROAD.test(m[0]) && !BUSINESS_WORD.test(n) && !TRADER_LOOKED_UP.test(n);
const LOOKUP_GRAMMAR: Pattern[] = [
  {
    kind: REQUEST, // VERB NAME on SITE: "pull up Sam's Mobile Mechanics on google maps", "try finding Dave's Garage on google", "check out Elite Mobile Mechanics on facebook"
    re: new RegExp(String.raw`\b${caseless(FIND_VERB)}\s+(?:${caseless("for")}\s+)?(?<n>${NAME_SEQ})\s+${caseless(ON_SITE)}`, "gd"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return (
        (/\s/.test(n) || BUSINESS_WORD.test(n)) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && !OWN_SEARCH.test(before(text, m, 40) + m[0].slice(0, 8)) && !negatedBefore(text, m.index)
      );
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // VERB on SITE for NAME: "such bei google nach Autowerkstatt Becker", "search nextdoor for Ortiz Mobile"
    re: new RegExp(
      String.raw`\b${caseless(FIND_VERB)}\s+(?:${caseless("(?:on|in|bei|auf|en|no|sur|su)")}\s+)?(?:${caseless("the")}\s+)?(?:${LOOKUP_CI})\s+${caseless("(?:for|nach|por|pour|per)")}\s+(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (videoToWatch(m[0], text, m)) return false;
      return (
        (/\s/.test(n) || BUSINESS_WORD.test(n)) &&
        !NOT_A_LOOKUP_NAME.test(n) &&
        !NOT_SEARCHED_NAME.test(n) &&
        !goodsSearched(m, n) &&
        !OWN_SEARCH.test(before(text, m, 40)) &&
        !negatedBefore(text, m.index)
      );
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // on SITE, I'm NAME: "on facebook im sam the brake man", "me encontra no google como Ferreira Auto Center", "auf google als Werkstatt Becker"
    re: new RegExp(
      String.raw`\b${caseless(ON_SITE)}\s*[,:-]?\s*${caseless(String.raw`(?:i'?m|im|i\s+am|we'?re|we\s+are|(?:i|we)\s+go\s+by|(?:we'?re|i'?m|it'?s)\s+(?:called|named|listed\s+as)|como|comme|als)`)}\s+(?<n>[\p{L}\d][\p{L}\d'’&.-]*(?:[ \t]+[\p{L}\d'’&.-]+){0,5}?)(?=\s*(?:[,.!?;\n(]|$))`,
      "gdu",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (NOT_A_NAME_START.test(n) || NOT_A_LOOKUP_NAME.test(n) || negatedBefore(text, m.index) || OWN_SEARCH.test(before(text, m, 40))) return false;
      // Two words or more, a trade word, or one coined word ("wrenchdoctorx").
      return /\s/.test(n.trim()) || BUSINESS_WORD.test(n) || (/^[a-z]{6,}$/i.test(n) && !isEnglishWord(n));
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // NAME, google it: "the shop is Dave's Garage, google it", "Hollis Mobile Auto - look us up"
    re: new RegExp(
      String.raw`(?<n>${NAME_SEQ})\s*[,:-]\s*(?:just\s+)?${caseless(String.raw`(?:google|search|look\s+(?:it|us|me|them)\s+up|find)`)}\s+${caseless("(?:it|us|me|them|that|on)")}\b`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && /\b(?:is|'s|we'?re|i'?m|called|named|name)\s*$/i.test(before(text, m, 20)) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // VERB ... SITE! NAME: "plz look us up on yelp!! Dave's Garage", "would you mind looking us up on yelp? Dave's Garage"
    re: new RegExp(
      String.raw`(?:\b${caseless(FIND_VERB)}\b[^.!?\n]{0,30}?|\b${caseless(String.raw`(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:also\s+)?(?:listed\s+)?on\s+(?:the\s+)?`)})\b(?:${LOOKUP_CI})\b(?:\s+${caseless("(?:too|also|as\\s+well)")})?\s*[!?.:]+\s*(?<n>${NAME_SEQ})(?=\s*(?:[,.!?;\n(]|$))`,
      "gd",
    ),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && !OWN_SEARCH.test(before(text, m, 40)) && !negatedBefore(text, m.index);
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // SITE by reference: "my gram is the shop name lol — Ramirez Tire & Lube", "our fb page is the business name, Ortiz Auto"
    re: new RegExp(
      String.raw`\b${caseless("(?:my|our)")}\s+(?:${LOOKUP_CI})(?:\s+${caseless("(?:page|account|profile|listing)")})?\s+${caseless(String.raw`(?:is|'s)\s+(?:just\s+)?(?:the|my|our)\s+(?:shop|business|company|garage|real)(?:'?s)?\s+name`)}\b[^A-Z\n]{0,20}?(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => !NOT_A_LOOKUP_NAME.test(m.groups?.n ?? "") && !negatedBefore(text, m.index),
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // google NAME in lower case, a trade word in it: "just google precision tune lakewood and ask for me", "google hollis auto austin, first result"
    re: /\b(?:just\s+|pls\s+|please\s+)?(?:google|googlea|search(?:\s+for)?|look\s+up)\s+(?<n>[a-z0-9][\w'’&.-]*(?:[ \t]+(?!(?:and|then|to|for|on|in|or|but|if|so|&)\b)[\w'’&.-]+){1,4})(?=\s*(?:[,.!?;\n(]|$|\s(?:and|then|to|or|if|on)\b))/dg,
    gate: /^[^A-Z]*\b(?:google|search|look\s+up)\b|\b(?:google|search|look\s+up)\s+[a-z]/,
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (NOT_A_NAME_START.test(n) || NOT_SEARCHED_NAME.test(n) || /^(?:it|that|this|them|me|us|my|your|our|a|an|the|how|what|why|where|when|for|up)\b/i.test(n) || negatedBefore(text, m.index))
        return false;
      if (OWN_SEARCH.test(before(text, m, 40))) return false;
      return BUSINESS_WORD.test(n) && !/\b(?:part|parts|code|symptoms?|price|prices|specs?|torque|manual|diagram|recall|how|fix|noise)\b/i.test(n);
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // SITE ... look for NAME: "Type in angi, filter by your zip and look for Smith Bros. Automotive Inc."
    re: new RegExp(String.raw`\b(?:${LOOKUP_CI})\b[^.!?\n]{0,60}?\b${caseless(String.raw`(?:(?:look|search)\s+for|find)`)}\s+(?<n>${NAME_SEQ})`, "gd"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && !OWN_SEARCH.test(before(text, m, 40)) && !negatedBefore(text, m.index);
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // a quoted name said to be the sender, or searched for on a site: "yelp.. goog.. 'Valley Hybrid Battery Co' is us", "search yelp for 'redline rotary'"
    re: new RegExp(
      String.raw`(?<![\w'’])['‘"“](?<n>[^'‘’"“”\n]{3,60}?)['’"”](?=\s*(?:is|=)\s*(?:us|me|my\s+shop|our\s+shop)\b)|\b${caseless(FIND_VERB)}\s+(?:${LOOKUP_CI})\s+${caseless("for")}\s+['‘"“](?<q>[^'‘’"“”\n]{3,60}?)['’"”]`,
      "gd",
    ),
    accept: (m, text) => {
      if (m.groups?.n !== undefined && !LOOKUP_NEAR.test(text.slice(Math.max(0, m.index - 120), m.index))) return false;
      const sentence = sentenceAround(text, m);
      if (videoToWatch(sentence, text, m, sentence)) return false;
      return !NOT_SEARCHED_NAME.test(m.groups?.n ?? m.groups?.q ?? "") && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n") ?? groupSpan(m, "q"),
  },
  {
    kind: REQUEST, // search a handle-shaped name where a platform is named: "IG is the best way ... just search speedshop805", "G-Maps ➡️ Bayou City Euro LLC"
    re: new RegExp(
      String.raw`\b(?:search|look\s+up|find)\s+(?:for\s+)?(?<h>@?[a-z][a-z0-9_.]*\d[a-z0-9_.]*|@?[a-z]+_[a-z0-9_]+)(?![\w@])|\b(?:${LOOKUP_CI})\s*(?:➡️?|👉|=>)\s*(?<n>${NAME_SEQ})`,
      "gdi",
    ),
    accept: (m, text) => {
      if (m.groups?.n !== undefined) return /\s/.test(m.groups.n) && !NOT_A_LOOKUP_NAME.test(m.groups.n) && !negatedBefore(text, m.index);
      const h = m.groups?.h ?? "";
      if (/^p\d{4}$/i.test(h) || (h.match(/[a-z]/gi) ?? []).length < 4 || NOT_SEARCHED_NAME.test(h)) return false;
      return /\b(?:ig|insta(?:gram)?|tiktok|fb|facebook|snap(?:chat)?|twitter|yelp|google)\b/i.test(text) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "h") ?? groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // VERB-me on SITE NAME in the other languages, the name right after the site: "búscame en Milanuncios Taller Ruiz", "cercaci su PagineGialle come Carrozzeria Moretti"
    // Only the verb's me/us form: the plain verb ("busca en Wallapop como Taller Express", "cerca su Subito Officina Bosch") sends the reader to someone else's shop as often.
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:b[uú]sca(?:me|nos)|encu[eé]ntra(?:me|nos)|(?:me|nos)\s+(?:busca|encuentra|procur[ae])|procur[ae]-(?:me|nos)|cherche[zr]?[\s-]+(?:moi|nous)|such(?:e|t)?\s+(?:mich|uns)|cerca(?:ci|mi)|trova(?:ci|mi))`)}\s+${caseless(ON_SITE)}\s*[,:-]?\s*(?:${caseless("(?:como|comme|als|come)")}\s+)?(?<n>${NAME_SEQ})`,
      "gd",
    ),
    // A business's name (a trade word in it): "cerca su google Bosch Car Service" names a chain as much as the sender, so the trade word is what makes it a name to type in.
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      return /\s/.test(n) && BUSINESS_WORD.test(n) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && !negatedBefore(text, m.index);
    },
    gate: SITE_NAMED,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: REQUEST, // a trader looked up on a site and the sender saying it is them: "look on kijiji for the guy doing brake jobs, thats me", "cherche sur pagesjaunes Garage Dubois, c'est moi"
    // "that's me" closes its clause ("that's me sorted", "it's us who pays" go on about the sender's plans).
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:look|check|search|find|google|cherche[zr]?|such(?:e|t)?|busca|cerca|procur[ae])`)}\b[^.!?\n]{0,25}?\b(?:${LOOKUP_CI})\b[^.!?\n]{0,90}?\b${caseless(String.raw`(?:(?:that['’]?s|thats|it['’]?s|its)\s+(?:me|us)|c['’]?est\s+(?:moi|nous)|das\s+(?:bin\s+ich|sind\s+wir)|soy\s+yo|somos\s+nosotros|sono\s+io|siamo\s+noi)`)}(?=\s*(?:[.!?,;)]|$))`,
      "gd",
    ),
    // What was looked up is a trader, not a part or a car: "search Trade Me for Hilux parts, that's me" is no self-listing.
    accept: (m, text) => TRADER_LOOKED_UP.test(m[0]) && !videoToWatch(m[0], text, m) && !negatedBefore(text, m.index),
    gate: SITE_NAMED,
  },
];
for (const p of LOOKUP_GRAMMAR) p.words = LOOKUP_WORDS;
LOOKUP_PATTERNS.push(...LOOKUP_GRAMMAR);

// ----- FULL_NAME --------------------------------------------------------------------------

/**
 * Letters of names the normaliser leaves as they are (it drops accents, but "ø", "ł", "đ", "æ", "ß"
 * are letters of their own): "Mette Søgaard", "Paweł Wałęsa", "Đorđević". Upper and lower case.
 */
const NAME_UP = "A-ZØŁĐÆŒ";
const NAME_LOW = "a-zøłđæœß";
const NAME_WORD = String.raw`[${NAME_UP}][${NAME_LOW}]*(?:[${NAME_UP}][${NAME_LOW}]+)*(?:['’-][${NAME_UP}]?[${NAME_LOW}]+)*`;
/** An introduction that gives a name as the sender's or asks for it to be looked up: no further cue needed. */
const NAME_EXPLICIT = new RegExp(String.raw`^(?:my\s+name|look|search|google|under|listed|name'?s|go\s+by|facebook\s+me)`, "i");
/** "My full name is" in those languages: the name is given whole, as "my full name is" gives it. */
const FULL_NAME_IS_ABROAD = String.raw`mi\s+nombre\s+(?:real|completo|verdadero)\s+es|(?:o\s+)?meu\s+nome\s+(?:real|completo|verdadeiro)\s+[eé]|mon\s+(?:vrai\s+nom|nom\s+complet)\s+(?:est|c'?est)|mein\s+(?:richtiger|voller|vollst[aä]ndiger|echter)\s+name\s+(?:ist|lautet)|vor-?\s+und\s+nachname\s*:|nome\s+e\s+cognome\s*:|nom\s+et\s+pr[eé]nom\s*:|imi[eę]\s+i\s+nazwisko\s*:|il\s+mio\s+nome\s+(?:completo|vero)\s+[eè]|jina\s+langu\s+kamili\s+ni|moje\s+imi[eę]\s+i\s+nazwisko\s+to|ad[iı]m\s+soyad[iı]m|numele\s+meu\s+complet\s+este|mijn\s+volledige\s+naam\s+is`;
/**
 * Words that open what follows "mi nombre completo es", "mon nom complet est", "mein voller Name
 * ist" when no name follows: an article, a preposition, a pronoun or a verb of those languages ("es
 * el que aparece en la reserva", "est sur la facture", "ist auf der Rechnung", "e necesario", "ist
 * wichtig", "e aquele do cadastro"). Accents as the normaliser leaves them (none).
 */
const NOT_A_NAME_ABROAD =
  /^(?:el|la|lo|los|las|le|les|l'|il|gli|un|una|uno|um|uma|une|ein|eine|einen|der|die|das|dem|den|des|o|a|os|as|que|qui|che|was|wie|ce|celui|celle|aquele|aquela|aquilo|esse|essa|este|esta|ese|esa|questo|quello|dieser|diese|sur|sous|dans|en|au|aux|du|de|del|do|da|dos|di|della|nella|nel|sulla|sul|na|no|nas|nos|in|im|auf|am|an|bei|mit|von|vom|zu|fur|para|por|pour|per|pe|w|z|con|com|avec|es|est|ist|e|sera|sono|estan|fica|steht|necesario|necessario|necessaire|obligatorio|obrigatorio|obbligatorio|requis|wichtig|notig|erforderlich|importante|important|igual|mismo|mesmo|meme|stesso|gleich|ya|ja|deja|gia|schon|bereits|tambien|tambem|aussi|anche|auch|nicht|pas|non|nao|correcto|correto|correct|corretto|richtig|falsch|largo|longo|long|lungo|lang)$/i;

/**
 * Words that describe a name rather than give it, in lower case after the introduction ("es muy
 * largo", "e bem comprido", "est tres long", "e molto difficile"): no name.
 */
const NOT_A_NAME_LOWER =
  /^(?:al|ao|aos|mi|mis|tu|tus|su|sus|meu|minha|mon|ma|mes|mein|meine|meinem|mio|mia|moj|moje|nuestro|nosso|notre|nostro|unser|muy|bem|muito|tres|molto|sehr|bardzo|bastante|meio|demasiado|troppo|trop|zu|un|poco|pouco|peu|dificil|dificile|difficile|complicado|complicato|complique|kompliziert|comprido|raro|strano|bizarre|seltsam|diferente|differente|different|anders|otro|outro|autre|altro|andere|secreto|segredo|secret|segreto|geheim|privado|privato|prive|privat|aqui|aca|ici|qui|hier|abajo|abaixo|dessous|sotto|unten|arriba|acima|dessus|sopra|oben|si|sim|oui|nein|no|nao|non|y|e|et|und|i|o|ou|oder|igual|mesmo|mismo|same|voir|ver|veja|vea|mira|vedi|siehe|patrz|see|como|come|comme|wie|jak|escribir|escrever|ecrire|scrivere|schreiben|pisac)$/i;

/**
 * A compound first name given as the full name, the surname said to be elsewhere ("Mi nombre completo es
 * José Luis, el apellido ya está en la reserva", "Ana Clara, o sobrenome tá no cadastro", "le nom est sur
 * la fiche", "il cognome è sulla ricevuta", "der Nachname steht in der Buchung"): no full name.
 */
const SURNAME_ELSEWHERE = /^\s*[,;:-]?\s*(?:(?:el|mi|o|meu|le|mon|il|mio|der|mein)\s+)?(?:apellidos?|sobrenome|nom(?:\s+de\s+famille)?|cognome|nachname|nazwisko|numele\s+de\s+familie)\b/i;

/**
 * A name after an introduction of another language (`FULL_NAME_IS_ABROAD`) is one when its words are
 * capitalised, as the English "my name is" rule reads names ("Mi nombre completo es Carlos Ruiz"),
 * or in lower case when the whole message is ("mi nombre verdadero es carlos ruiz mendoza"); and its
 * first word is no article, preposition, pronoun or verb of those languages.
 */
function nameGivenAbroad(name: string, text: string, after: string): boolean {
  const words = name.split(/\s+/);
  if (NOT_A_NAME_ABROAD.test(words[0]!)) return false;
  if (SURNAME_ELSEWHERE.test(after)) return false;
  const particle = (w: string): boolean => /^(?:de|del|da|das|do|dos|la|las|los)$/.test(w);
  if (/\p{Lu}/u.test(text) && words.every((w) => particle(w) || /^\p{Lu}/u.test(w))) return true;
  // In lower case (the whole message or the name only): a name still, after this explicit introduction,
  // when two words at least come before any word of those languages ("rodrigo salinas ortega", "ximena
  // torres aguilar por si me buscas"; not "dificil de escribir", "voir la facture jointe").
  const end = words.findIndex((w) => !particle(w) && (NOT_A_NAME_ABROAD.test(w) || NOT_A_NAME_LOWER.test(w)));
  return words.slice(0, end < 0 ? words.length : end).filter((w) => !particle(w)).length >= 2;
}

/** Capitalised words that start sentences or name things rather than people. */
const NOT_A_NAME =
  /^(?:The|A|An|And|But|So|Just|Here|There|This|That|It|Its|My|Your|On|In|At|From|With|For|Auto|Autos|Motors|Garage|Repair|Repairs|Mobile|Mechanic|Service|Services|Shop|Team|Thanks|Thank|Please|Ok|Okay|Yes|No|Hi|Hello|Hey|Sorry|Not|Also|Too|Sure|Ford|Toyota|Honda|Nissan|Chevy|Chevrolet|Dodge|Jeep|Kia|Hyundai|Subaru|Mazda|Bmw|Audi|Tesla|Volvo|Lexus|Acura|Facebook|Google|Instagram|Yelp|Whatsapp|Telegram)$/;

function isFullName(name: string | undefined): boolean {
  const words = (name ?? "").trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => !NOT_A_NAME.test(w));
}

/**
 * What is said of a surname rather than the surname itself ("last name is wrong on the invoice", "my surname is missing",
 * "surname is hyphenated", "my last name is also on the booking"): a state, a place or a word of the sentence.
 */
const SAID_OF_A_SURNAME =
  /^(?:on|in|at|the|a|an|not|just|same|also|too|still|now|there|here|below|above|mine|his|hers|theirs|wrong|right|correct|incorrect|different|blank|empty|fine|ok|okay|long|short|hard|tricky|difficult|weird|unusual|common|optional|mandatory|unknown|private|visible|hidden|spelt|misspelt)$/i;
/** A reply that is no name ("Surname? No.", "Last name? Same."). */
const REPLY_NOT_A_NAME = /^(?:no|nope|nah|yes|yeah|yep|sure|why|what|which|same|none|nothing|unknown|pass|later|ok|okay|fine|sorry|mine|skip|private|optional|n)$/i;
/** The answer standing alone: the sentence ends after it, or a comma and an aside ("Ruiz btw", "Smith, thanks"). */
const ANSWER_ENDS = /^\s*(?:[.!]|$|,?\s*(?:btw|thanks|thx|cheers|lol|haha|x+)\b)/i;

/**
 * The word after a surname's label ("my last name is", "Surname's", "family name:", "My surname?") is the surname (round 51):
 * any word but one said of a surname (`SAID_OF_A_SURNAME`, or in lower case an English word in -ed or -ing: "missing",
 * "hyphenated"). After the label asked ("Last name? Ruiz.") the word is the answer only when it is a plausible surname
 * (`surnameIsPlausible`) or, capitalised and no reply ("No.", "Same."), stands alone as the answer (`ANSWER_ENDS`): common
 * surnames are everyday words ("My surname? Smith.", "Last name? Baker, thanks").
 * @param rest the text after the word
 */
function surnameAfterItsLabel(word: string, rest: string, asked: boolean): boolean {
  if (SAID_OF_A_SURNAME.test(word) || (/^[a-z]/.test(word) && /^[a-z]{3,}(?:ed|ing)$/.test(word) && isEnglishWord(word))) return false;
  if (!asked) return true;
  return surnameIsPlausible(word) || (/^[A-Z]/.test(word) && !REPLY_NOT_A_NAME.test(word) && ANSWER_ENDS.test(rest));
}

export const NAME_PATTERNS: Pattern[] = [
  {
    kind: "FULL_NAME", // "my full name is Dana Whitfield", "my real name's dana whitfield", "legal name: Dana R. Whitfield"
    re: new RegExp(
      String.raw`\b(?:(?:(?:my|our|his|her|wife'?s|husband'?s)\s+)?(?:full|real|legal|whole|complete)\s+name\s*(?:is|'s|:|=|,)?|(?<abroad>${FULL_NAME_IS_ABROAD}))\s+(?<n>[${NAME_LOW}][${NAME_LOW}'’-]+(?:\s+[${NAME_LOW}]\.?)?(?:\s+(?:de\s+(?:los\s+|las\s+|la\s+)?)?[${NAME_LOW}][${NAME_LOW}'’-]+){1,3})`,
      "dgiu",
    ),
    accept: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/^(?:is|on|in|the|not|just)\b/i.test(m.groups?.n ?? "") &&
      (m.groups?.abroad === undefined || nameGivenAbroad(m.groups.n ?? "", text, text.slice(m.index + m[0].length))),
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "FULL_NAME", // "my last name is Whitfield", "Surname's Ruiz btw", "family name: Nguyen", "My surname? Smith." (the label in any case)
    re: new RegExp(String.raw`\b${caseless(String.raw`(?:(?:my|our)\s+)?(?:last|sur|family)\s*name`)}\s*(?:is|['’]s|:|=|(?<asked>\?))\s+(?<n>[A-Za-z][a-z'’-]+)`, "dg"),
    accept: (m, text) => !negatedBefore(text, m.index) && surnameAfterItsLabel(m.groups?.n ?? "", text.slice(m.index + m[0].length), m.groups?.["asked"] !== undefined),
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "FULL_NAME", // "my name is Dana Whitfield", "I'm Dana Whitfield, look me up", "search for Dana Whitfield", "under Dana Whitfield"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:my\s+name\s*(?:is|'s|:)|i'?m|im|i\s+am|this\s+is|it'?s|its|name'?s|look\s+(?:me|us|her|him)\s+up(?:\s+as)?|look\s+up|search(?:\s+for)?|google|under(?:\s+(?:the|my|my\s+wife'?s|my\s+husband'?s)\s+name)?|listed\s+as|ask\s+for|go\s+by|add\s+me|find|facebook\s+me)`)}\s*[:,-]?\s+(?<n>(?:Dr\.?\s+)?${NAME_WORD}(?:\s+(?:[A-Z]\.|'[A-Z]+'|"[A-Z]+"|de(?:\s+los|\s+las|\s+la)?|van(?:\s+(?:der|den|de|het))?|von(?:\s+(?:der|dem|den))?|al))?(?:\s+${NAME_WORD}){1,3}(?:\s+(?:III|II|IV|Jr\.?|Sr\.?))?)(?![\w'’-])`,
      "gd",
    ),
    accept: (m, text) => {
      if (!isFullName(m.groups?.n) || negatedBefore(text, m.index)) return false;
      // "I'm Dana Whitfield" alone is an introduction; it is a lead to follow when a place to look,
      // a lookup verb or an explicit "my name is" comes with it.
      if (NAME_EXPLICIT.test(m[0])) return true;
      const clause = before(text, m, 60) + " " + after(text, m, 80);
      return /\b(?:facebook|fb|linkedin|insta(?:gram)?|google|yelp|zalo|social\s+media|look\s+(?:me|us|her|him)\s+up|search|find\s+me|white\s*pages|directory|listed|that'?s\s+me|thats\s+me|full\s+name|real\s+name|my\s+name)\b/i.test(
        clause,
      );
    },
    span: (m) => groupSpan(m, "n"),
  },
];

// Names said before the statement: "Dwayne Okonjo is my name", "Keisha Monroe-Watkins, that's me", "Patrick Seamus O'Neill — that's me";
// initials and a surname claimed the same way ("J. Thibodeaux is me", "J.P. Oosthuizen, that's me"), the surname a name word (`nameWordIsPlausible`).
NAME_PATTERNS.push({
  kind: "FULL_NAME",
  re: new RegExp(
    String.raw`(?<n>(?<![\w.])(?<initials>(?:[A-Z]\.\s?){1,3})\s*${NAME_WORD}|${NAME_WORD}(?:\s+(?:[A-Z]\.|'[A-Z]+'))?(?:\s+${NAME_WORD}){1,3})\s*(?:,|—|-|–)?\s*(?:is\s+my\s+(?:full\s+|real\s+)?name|that['’]?s\s+me|thats\s+me|that\s+is\s+me|is\s+me\b)`,
    "gd",
  ),
  accept: (m, text) => isFullName(m.groups?.n) && (m.groups?.initials === undefined || nameWordIsPlausible(/\S+$/.exec(m.groups.n ?? "")![0])) && !negatedBefore(text, m.index),
  span: (m) => groupSpan(m, "n"),
  words: ["name", "me"],
});

// ----- look-up by a quoted or labelled name --------------------------------------------------
// "just google 'lowrider hydraulics by chuy'", "put 'Brothers Tire Shop' in google maps",
// "thumbtack: Pro Wrench Mobile Services", "google me: Wes Harlan Automotive": the name to search
// for is quoted or follows a label, next to a look-up verb or platform. The name is masked.

/** A look-up verb or platform in the same sentence. */
const LOOKUP_NEAR = new RegExp(String.raw`\b(?:search(?:ed)?|google|googlea|look\s+(?:\w+\s+)?up|look\s+for|find|type|put|busca|b[uú]scame|listed\s+(?:on|in|under)|${LOOKUP})\b`, "i");
/**
 * The sender saying the searched words lead to them: "you'll find me", "that's me", "I'm the bald
 * one", "I'm the first result", "there's only one of us": a search that finds the writer, whatever
 * the words or the site (a video site too). The normaliser writes "one" as "1".
 */
export const FOUND_THERE =
  /\b(?:(?:you'?ll|u'?ll|you\s+will|you\s+can|you'?d)\s+(?:find|see)\s+(?:me|us|my|our)\b|(?:that'?s|thats|it'?s|its)\s+(?:me|us)\b(?!\s+(?:who|that|to)\b)|i'?m\s+the\s+(?:\w+\s+)?(?:one|1|result|guy|bloke|lady|shop)\b|we'?re\s+the\s+(?:\w+\s+)?(?:one|1|result|shop)\b|(?:first|top)\s+(?:result|hit|listing)\s+(?:is\s+)?(?:me|us|mine|ours)\b|there'?s\s+only\s+(?:one|1)\s+of\s+us)/i;
/**
 * What the reader is told to do once the search found the writer ("Call the number there.",
 * "Message me there", "Send me a message through the contact button on the listing"): read up to
 * the next two sentences on, the reach of a look-up's mask.
 */
const REACH_THERE =
  /^[^\n]{0,200}?\b(?:call|ring|text|message|msg|pm|dm|contact|send\s+me\s+a\s+message|book)\b[^.!?\n]{0,60}?\b(?:there|(?:on|through|via)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:listing|page|profile|site|button))(?:\s+on\s+(?:the|my|our)\s+(?:listing|page|profile|site))?\b/i;
/** `end`, moved on to the end of a following instruction to reach the writer where the search lands ("..., you'll find my page. Message me there"). */
export function reachThere(text: string, end: number): number {
  const m = REACH_THERE.exec(text.slice(end, end + 260));
  return m && (m[0].match(/[.!?]\s/g) ?? []).length <= 2 ? end + m[0].length : end;
}
/** What people search for that is no name: codes, how-tos, symptoms. */
const NOT_SEARCHED_NAME = /\b(?:how|what|why|when|p[0-9]{4}|codes?|meaning|symptoms?|problems?|issues?|fix|diy|videos?|tutorials?|recall|tsb|forum|reviews?\s+of|price|cost|near\s+me)\b/i;
/** A search for a video to watch: a video site or the word video, tutorial, watch. */
const VIDEO_SEARCH = /\b(?:youtube|yt|vimeo|videos?|vids?|tutorials?|watch)\b/i;
const sentenceAround = (text: string, m: RegExpExecArray): string => {
  const head =
    before(text, m, 80)
      .split(/[.!?\n]\s/)
      .pop() ?? "";
  const tail = after(text, m, 60).split(/[.!?\n]\s/)[0] ?? "";
  return head + " " + tail;
};

/**
 * A search for a video to watch, not a name to find: `searched` (the match, or its sentence) names
 * a video site or word, and the sentence (`sentence`, else read around `m`) says nothing of the
 * sender's own ("my", "our"): "search youtube for Dave the Diesel Guy", not "my youtube channel".
 */
function videoToWatch(searched: string, text: string, m: RegExpExecArray, sentence?: string): boolean {
  return VIDEO_SEARCH.test(searched) && !/\b(?:my|our)\b/i.test(sentence ?? sentenceAround(text, m));
}

LOOKUP_PATTERNS.push(
  {
    kind: REQUEST,
    re: /(?<![\w'’])['‘"“](?<n>[^'‘’"“”\n]{3,60}?(?:['’]s\b[^'‘’"“”\n]{0,50}?)?)['’"”](?![\w'’])/dg,
    gate: /['‘"“]/,
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (NOT_SEARCHED_NAME.test(n) || negatedBefore(text, m.index) || !/[a-z]{2}/i.test(n)) return false;
      const sentence = sentenceAround(text, m);
      if (!LOOKUP_NEAR.test(sentence)) return false;
      // "just google 'jimny sensei osaka' you'll find me", "type 'cabbie fixes own TX4' into youtube, I'm the bald one": the words find the writer.
      if (FOUND_THERE.test(sentence)) return true;
      // "search 'chrisfix brake pads' on youtube" after "a good video on this": a video to watch.
      if (videoToWatch(sentence, text, m, sentence)) return false;
      // A name: capitalised words, a business word, or "... by <someone>" ("engine swaps by dusty").
      return (
        /\b[A-Z]/.test(n) ||
        BUSINESS_WORD.test(n) ||
        /\bby\s+\w+/i.test(n) ||
        /^\S+$/.test(n) ||
        /\b(?:my|our)\s+(?:post|ad|listing|page|profile|channel|shop|business)\b/i.test(sentenceAround(text, m))
      );
    },
    span: (m) => {
      const n = groupSpan(m, "n");
      return n && [n[0], reachThere(m.input, n[1])];
    },
  },
  {
    kind: REQUEST,
    re: new RegExp(
      String.raw`\b(?:${LOOKUP_CI}|${caseless(String.raw`(?:search|google|look\s+up|look\s+for|find|look\s+(?:me|us)\s+up)(?:\s+(?:for\s+)?(?:me|us|the\s+(?:shop|name|business|page)|it))?`)})\s*(?::|→|->|=>|,\s*${caseless("look\\s+for")}|\s${caseless("(?:under|as|sale\\s+como|como|has\\s+(?:us|me)\\s+(?:listed\\s+)?as|for)")})\s+(?<n>${NAME_SEQ})`,
      "gd",
    ),
    accept: (m, text) => {
      const n = (m.groups?.n ?? "").trim();
      if (videoToWatch(m[0], text, m)) return false;
      return /\s/.test(n) && !NOT_A_LOOKUP_NAME.test(n) && !NOT_SEARCHED_NAME.test(n) && !goodsSearched(m, n) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
  },
);
for (const p of LOOKUP_PATTERNS) p.words ??= LOOKUP_WORDS;
// The last two site grammar rules are the ones a two-word site ("trade me", "pages jaunes") reaches by name alone.
for (const p of LOOKUP_GRAMMAR.slice(-2)) {
  p.words = undefined;
  p.wordTest = siteWordsHeld;
}
LOOKUP_PATTERNS[LOOKUP_PATTERNS.length - 2]!.words = undefined; // the quoted name: gated by its quote and its look-up sentence
LOOKUP_PATTERNS[LOOKUP_PATTERNS.length - 1]!.words = [...LOOKUP_WORDS, "search", "find", "look"];

// ----- FULL_NAME said to be found ----------------------------------------------------------
// "It's Olusegun Adeyemi, just in case the app deletes my profile", "MARY-ELLEN FITZPATRICK IS THE
// NAME ... find me on the facebook", "ask around for Dmitri Volkov", "make the check out to
// Brandon T. Whitaker": two to four name words (capitalised, ALL CAPS, or lower case after an
// explicit "my name is"/"i'm" in an all-lower-case message), introduced by a cue, in a message that
// says the person can be found, looked up, checked or paid. Any origin of name: no list of names.

const NAME_TOKEN = String.raw`(?:[${NAME_UP}][${NAME_LOW}]+(?:[${NAME_UP}][${NAME_LOW}]+)?(?:['’-][${NAME_UP}]?[${NAME_LOW}]+)*|(?!(?:IS|THE|AND|MY|NAME|TO|ON|IN|OF|AT|FOR|ME|YOU|HERE|FROM|BY)\b)[A-Z]{2,}(?:['’-][A-Z]{2,})*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)`;
// "2": "dos" after the normaliser read it as a number; "O", "Ni", "Mac": the Irish "Ó", "Ní" and
// "Mac" standing apart ("Ruairí Ó Súilleabháin" normalises to "Ruairi O Suilleabhain").
// Round 54: the particles of two words, Dutch, Afrikaans and German ("Wayne van der Merwe", "Lotte van den Berg", "Anna von der
// Heide"), and "ter", "ten", "bint", "abu" ("Bas ter Horst", "Aisha bint Salem").
const NAME_JOIN = String.raw`(?:\s+(?:[A-Z]\.|['‘"“][A-Za-z]+['’"”]|de(?:\s+los|\s+las|\s+la)?|del|da|dos|das|do|di|du|van(?:\s+(?:der|den|de|het))?|von(?:\s+(?:der|dem|den))?|der|den|ter|ten|le|la|al|el|bin|bint|ibn|ben|abu|y|2|O|Ni|Nic|Mac|Ui))?`;
/**
 * Between a name's words: spaces, or a line break unless the next line is a form's next field, its label and colon ("Make: Mitsubishi\nModel:
 * L300", "Owner: Dana Whitfield\nReg: AB12 CDE": the name ends at the line).
 */
const NAME_GAP = String.raw`(?:[ \t]+|[ \t]*\n\s*(?![^\n:]{1,30}:))`;
export const CAP_NAME = String.raw`${NAME_TOKEN}(?:${NAME_JOIN}${NAME_GAP}${NAME_TOKEN}){1,3}`;
const LOWER_NAME = String.raw`[a-z]{2,}(?:['’-][a-z]+)*(?:\s+(?:de|del|da|dos|van|von|al|el|y)?\s*[a-z]{2,}(?:['’-][a-z]+)*){1,3}`;
/**
 * Asking for someone where they can be found: "ask for", "ask around for", "ask anyone at the
 * Tuesday cars & coffee for", "ask the lads on the rank for".
 */
const ASK_FOR = String.raw`ask\s+(?:(?:anyone|anybody|around|someone|somebody|them|the\s+[a-z]+)\s+)?(?:(?:at|in|on|round|around)\s+(?:[\w'’&]+\s+){1,5}?)?for`;
const ASK_FOR_BEFORE_NAME = new RegExp(String.raw`(?:${ASK_FOR}|made\s+out\s+to|out\s+to|payable\s+to)\s*$`, "i");
/** Words that announce a name. */
const NAME_INTRO = String.raw`(?:full|real|legal)\s+name|my\s+name\s*(?:is|'s|:)|name\s*(?:is|'s|:)|i'?m|im|i\s+am|it'?s|its|this\s+is|soy|me\s+llamo|mi\s+nombre\s+es|je\s+suis|je\s+m'?appelle|m'?appelle|mon\s+nom\s+est|sou(?:\s+[oa])?|me\s+chamo|meu\s+nome\s+[eé]|ich\s+hei(?:ss|ß)e|mein\s+name\s+ist|mi\s+chiamo|nazywam\s+si[eę]|jina\s+langu\s+ni|benim\s+ad[iı]m|mijn\s+naam\s+is|ik\s+heet|m[aă]\s+numesc|${ASK_FOR}|look\s+for|made\s+out\s+to|(?:check|cheque|it)\s+out\s+to|payable\s+to|was|wife|husband|son|daughter|brother|sister|cousin|dad|mom|mum|guy|called|dealing\s+with`;
/**
 * A greeting a message opens on before the sender's name, in the languages customers write, as normalised (accents dropped): "Dzień
 * dobry, Krzysztof Wróblewski-Nowak, ...", "Grüß Gott, ...", "Bom dia, ..." (round 55). The name after it is read as a name opening
 * the message is.
 */
const OPENING_GREETING = String.raw`(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|dzien\s+dobry|witam|czesc|guten\s+(?:tag|morgen|abend)|gruss?\s+gott|gruess\s+gott|servus|moin|hallo|buongiorno|buonasera|salve|ciao|bonjour|bonsoir|salut|hola|buen[oa]s(?:\s+(?:dias|tardes|noches))?|ola|bom\s+dia|boa\s+(?:tarde|noite)|goedemorgen|goedemiddag|goedenavond|merhaba|buna\s+ziua)`;

/**
 * Salutations opening a letter to someone, in the languages customers write. Not those that are
 * also first names ("cara", "caro", "cher": "This is Cara Delgado" is a full name).
 */
export const SALUTATION = /^(?:dear|dearest|attn|querid[oa]|estimad[oa]|ch[eè]re|liebe[r]?|sehr|gentile|prezad[oa])$/i;

/**
 * "Ask for me", "search me" in the marketplace's other languages, as normalised (accents dropped):
 * "întrebați de mine", "otsi mind", "frag nach mir", "pregunten por mí", "demandez-moi", "chiedete di
 * me", "vraag naar mij", "zapytaj o mnie", "beni sor", "zeptejte se na mě"; a word of ease between ("fragen Sie einfach nach mir"),
 * Polish "pytać o mnie", and the infinitive ("é só perguntar por mim", round 55).
 */
const ASK_FOR_ME_ABROAD = String.raw`otsi\s+mind|kysy\s+minua|intreba[tț]i\s+de\s+mine|intreaba\s+de\s+mine|frag(?:en)?\s+(?:sie\s+)?(?:(?:einfach|gerne?|bitte|ruhig|direkt)\s+)?nach\s+mir|pregunt(?:a|e|en|ar)\s+por\s+mi|pergunt(?:a|e|em|ar)\s+por\s+mim|demande[zr]?[-\s]moi|demandez\s+apres\s+moi|chied(?:i|ete)\s+di\s+me|vraag\s+(?:naar|om)\s+mij|(?:za)?pyta(?:j|jcie|c|ć)\s+o\s+mnie|beni\s+sor|zeptejte\s+se\s+na\s+me`;

/** What says the person can be found, checked, reached or paid outside, as `FOUND_CUE` and the unannounced names' gate read it. */
const FOUND_CUE_WORDS = String.raw`find|found|look(?:\s+\w+)?\s+up|look\s+for|search|google|verify|check\s+me|references?|socials?|facebook|face|fb|insta(?:gram)?|linkedin|every\s+site|all\s+the\s+(?:sites|socials|apps)|online|knows\s+me|easy\s+to\s+find|add\s+me|agr[eé]game|b[uú]scame|buscas|me\s+buscas|reach|contact|call|text|made\s+out|check\s+out\s+to|payable|only\s+(?:one|1)|in\s+case|cherche[zr]?|cherchez-moi|szuka[cćj]|procur[ae]|such(?:e|en|t)|cerca(?:mi)?|deletes?|ask\s+for|ask\s+around|under\s+that\s+name|same\s+name|from\s+the|forum|phone\s*book|white\s*pages|directory|telefonbuch|guia\s+telefonica|lista\s+telefonica|paginas\s+blancas|annuaire|pages\s+blanches|pagine\s+bianche|elenco\s+telefonico|go\s+see\s+(?:him|her|them)|(?:see|visit)\s+(?:him|her|them)\s+direct(?:ly)?`;
/** The message says the person can be found, checked, reached or paid outside, in English or asked for abroad. */
const FOUND_CUE = new RegExp(String.raw`\b(?:${FOUND_CUE_WORDS}|${ASK_FOR_ME_ABROAD})\b`, "i");
const COMMON_LOWER = new Set(
  "a an the and or but so just not no yes going gonna here there home busy free out off on in at to from with for of is am are was be been the this that it its my your our his her their me you him them we they what when where how why who all any some one two new old good fine ok okay sure back done ready around about still also very really almost only too late early sorry tired working looking trying coming leaving driving on outside inside near by up down over under across after before again then now later today tonight tomorrow car truck van shop garage mechanic guy owner person customer fan big small sure glad happy sick stuck available interested asking selling buying".split(
    " ",
  ),
);

/** Titles before a name, lower case, as one alternation: "Dr Ama Owusu", "Mrs. Pryce", "Sra Pérez". */
export const TITLES =
  "mr|mrs|ms|mx|miss|dr|sr|sra|srta|herr|frau|mme|mlle|sig|sir|pastor|rev|revd|reverend|fr|father|prof|coach|aunty|auntie|aunt|uncle|grandma|grandpa|granny|grandad|granddad|gran|nana|nanna|nan";
/** A title, lower case, without its full stop. */
const TITLE = new RegExp(`^(?:${TITLES})$`);
/** The same, or a title ("Mr", "Dra."): "Mr Sullivan" is a surname alone, "Dr Ama Owusu" a full name. */
const PARTICLE_OR_TITLE = new RegExp(String.raw`^(?:${NAME_PARTICLES}|${TITLES})\.?$`, "i");

/**
 * A product's name, opened by its maker's ("Michelin Pilot Sport", "Continental Premium Contact", "Castrol Edge", "Bosch Icon"):
 * a maker of parts, fluids or tyres (`PUBLISHERS`) as the first word, unless it is a first name too. Later in a name such a
 * word is a surname ("Bill Gates", "Thomas Mann").
 */
const productOfAMaker = (words: readonly string[]): boolean => words.length > 0 && PUBLISHERS.has(words[0]!.toLowerCase()) && !isFirstName(words[0]!);

/**
 * Whether `name` (two to four words, particles such as "de" or "Mc" allowed) can be a person's full
 * name: not a salutation, no brand, car model, business or site word, and, when `lower` (an
 * all-lower-case message), no common English word.
 */
export function nameIsPlausible(name: string, lower: boolean): boolean {
  // "Dear Mr Sullivan, please find the quote": a salutation names the one written to.
  if (SALUTATION.test(name.split(/\s+/)[0] ?? "")) return false;
  // A title counts like a particle, as in `ownNameIsPlausible`: "Mrs Pillay", "Pastor Mike" is one
  // name and a title, no full name.
  const words = name.split(/\s+/).filter((w) => !PARTICLE_OR_TITLE.test(w));
  // "Morning Ciarán, any news", "Cheers Dana": a greeting or thanks opening the message addresses
  // the reader by a first name; it counts as no word of the name, unless it is a first name too ("Ola").
  if (words.length > 0 && THANKS_AND_GREETINGS.has(words[0]!.toLowerCase()) && !isFirstName(words[0]!)) words.shift();
  if (words.length < 2 || productOfAMaker(words)) return false;
  if (words.some((w) => NOT_A_NAME.test(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()) || NOT_A_LOOKUP_NAME.test(w) || BUSINESS_WORD.test(w))) return false;
  if (lower && words.some((w) => COMMON_LOWER.has(w.toLowerCase()))) return false;
  // ALL CAPS words are a name only in a shouted message, not acronyms in a normal one ("ASE", "NJ").
  return true;
}

/** A form's field about the vehicle or its fault, whose value after the colon is a make and model, a state or a fault ("Vehicle: Holden Colorado", "Rego state: QLD"). */
const VEHICLE_FIELD_BEFORE =
  /\b(?:vehicle|car|make|model|make\s*(?:&|and|\/)\s*model|truck|van|bike|motorbike|ute|rego|registration|plate|engine|gearbox|transmission|fault|issue|problem|symptoms?|colou?r|trim|state|year|use|description)\s*$/i;

NAME_PATTERNS.push(
  {
    kind: "FULL_NAME",
    re: new RegExp(String.raw`(?:\b${caseless(`(?:${NAME_INTRO})`)}\s*[:,-]?\s+|^\s*(?:${caseless(OPENING_GREETING)}\s*[,!.]?\s+)?|[:]\s*)(?<n>${CAP_NAME})(?![\w'’-])`, "gdm"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (!nameIsPlausible(n, false) || negatedBefore(text, m.index)) return false;
      if (/^[A-Z\s'’-]+$/.test(n) && !/^[^a-z]*$/.test(text)) return false; // acronyms in a mixed-case message
      if (/^(?:was|guy|called)\b/i.test(m[0].trim()) && !/\b(?:find|look|search|google)\b/i.test(after(text, m, 60))) return false;
      if (m[0].startsWith(":") && VEHICLE_FIELD_BEFORE.test(before(text, m, 30))) return false;
      if (ASK_FOR_BEFORE_NAME.test(m[0].slice(0, m[0].length - n.length))) return true;
      return FOUND_CUE.test(before(text, m, 80) + " " + after(text, m, 120));
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "FULL_NAME", // all lower case: "my name is stephen kowalczyk", "i'm nguyen van thanh, you can find me easy"
    re: new RegExp(String.raw`\b(?:my\s+name\s*(?:is|'s|:)|name\s*(?:is|'s|:)|i'?m|im|i\s+am|soy|me\s+llamo)\s+(?<n>${LOWER_NAME})(?=\s*(?:[,.(!?\n]|$|from\b|here\b))`, "gd"),
    gate: /^[^A-Z]*$/,
    accept: (m, text) => nameIsPlausible(m.groups?.n ?? "", true) && !negatedBefore(text, m.index) && FOUND_CUE.test(after(text, m, 120)),
    span: (m) => groupSpan(m, "n"),
  },
);

// ----- word gates for the name rules -------------------------------------------------------
// Every name rule's `accept` needs a cue word (an introduction, a place to look, a reason to be
// found): without one of those words in the message the pattern cannot report, so the message's
// word set decides before the (long, capital-driven) expressions scan 2,000 characters.

/** Words of `FOUND_CUE` and the explicit look-up/pay intros, as `wordsOf` splits them. */
const FOUND_WORDS = new Set(
  (
    "find found look search google verify check reference references social socials facebook face fb insta instagram linkedin every all online knows easy add " +
    "agregame buscame buscas reach contact call text made payable only case delete deletes ask under same from forum phone phonebook white whitepages directory go see visit " +
    "cherche cherchez cherchezmoi szukac szukaj procura procure suche suchen sucht cerca cercami telefonbuch guia lista paginas annuaire pages pagine elenco " +
    "otsi kysy intrebati intreaba frag fragen pregunta pregunte pregunten preguntar pergunta pergunte perguntem perguntar demande demandez demander chiedi chiedete vraag zapytaj zapytajcie pytaj pytajcie pytac sor zeptejte"
  ).split(" "),
);
/** Cue words of the "my name is / look me up as / listed as" rule (its start and its clause cues). */
/** The words `FULL_NAME_IS_ABROAD` and the introductions of other languages open on, as `wordsOf` splits them ("heiße" gives "hei"). */
const NAME_WORDS_ABROAD = "llamo nombre chamo nome appelle m'appelle nom heisse hei chiamo nazywam jina imie adim numele numesc naam heet nachname vor cognome prenom".split(" ");
const INTRO_FIND_WORDS = new Set([
  ...NAME_WORDS_ABROAD,
  ..."name names name's look search google under listed go facebook fb linkedin insta instagram zalo social white whitepages directory that's thats find yelp full real".split(" "),
]);
const hasAny = (words: ReadonlySet<string>, set: ReadonlySet<string>): boolean => {
  for (const w of set) if (words.has(w)) return true;
  return false;
};
NAME_PATTERNS[0]!.words = ["name", "names", ...NAME_WORDS_ABROAD];
NAME_PATTERNS[1]!.words = ["name", "surname", "lastname", "familyname"];
NAME_PATTERNS[2]!.wordTest = (words) => hasAny(words, INTRO_FIND_WORDS);
NAME_PATTERNS[4]!.wordTest = (words) => hasAny(words, FOUND_WORDS);
NAME_PATTERNS[5]!.wordTest = (words) => hasAny(words, FOUND_WORDS) && (words.has("name") || words.has("i'm") || words.has("im") || words.has("i") || words.has("soy") || words.has("llamo"));

// ----- FULL_NAME as the writer's identity ---------------------------------------------------
// A first and last name the writer gives as their own is something to look up, cue or no cue:
// introduced ("I'm Wendell Haskins, the guy with the F250"), signed ("Regards, Alistair
// Penhaligon-Webb", "- Priya"), labelled ("name on the title: ANDREA L. FONTAINE", "invoice to:
// Svetlana Morozova", "first name Camille, last name Desrosiers"), or said beside "my name" /
// "my surname". Names are told from words by shape and by a list of capitalised everyday words,
// not by a list of names, so any origin of name counts.

/** Capitalised words that are not names: everyday words people capitalise, days, months, makes, parts. */
const NOT_NAME_WORD = new Set(
  (
    "the a an and but or so if then just here there this that these those it its my your our his her their me you him them we they what when where how why who " +
    "all any some one two three new old good great fine ok okay sure back done ready around about still also very really almost only too late early sorry tired " +
    "working looking trying coming leaving driving going gonna glad happy sick stuck available interested asking selling buying waiting calling texting writing " +
    "thanks thank cheers regards best kind warm many sincerely yours truly hi hello hey dear morning afternoon evening night today tomorrow tonight yesterday " +
    "christmas xmas eve easter halloween thanksgiving boys bros " +
    `${WEEKDAY_NAMES}|${MONTH_NAMES}`.toLowerCase().replaceAll("|", " ") +
    " " +
    "mr mrs ms dr sir madam team customer service support owner manager advisor mechanic technician tech driver client user admin guest " +
    "not no yes yeah yep nope please pls bye sorry welcome congrats great awesome perfect cool nice lovely brilliant excellent " +
    "car truck van engine brake brakes oil tire tyre battery check light lights code codes part parts front rear left right north south east west street road avenue " +
    "free paid cash card app here online home work office shop garage center centre city town county state st rd ave " +
    "in on at to for of with from by up down out off over under into onto via per " +
    "is am are was were be been being do does did have has had will would can could should may might must shall " +
    "ford toyota honda nissan chevy chevrolet dodge jeep kia hyundai subaru mazda bmw audi tesla volvo lexus acura volkswagen vw mercedes benz ram gmc buick cadillac " +
    "bosch denso ngk acdelco motorcraft mopar castrol mobil valvoline pennzoil duralast napa autozone walmart costco amazon ebay google facebook"
  ).split(" "),
);

/** Lower-case words that follow "i'm" and are no name: states, places, fillers. */
const LOWER_NOT_NAME = new Set(
  // "only when its cold tho", "it's wet out lol": the weather or a state said, then a closing particle.
  (
    "tho though lol rn tbh haha lmao innit eh cold hot warm wet dry icy freezing windy humid foggy " +
    "super kinda sorta pretty quite real totally def definitely probably maybe also already nearly almost fine okay ok good great well sick home outside inside downstairs upstairs afraid aware certain confused curious done fed free hungry late lost new not off on out over right short stuck sure tired unsure unwell away back there here"
  ).split(" "),
);

/** A model or trim code rather than a surname: a Roman numeral or two or three capitals ("Clio IV", "Commodore VE", "Civic EX"). */
const MODEL_CODE = /^(?:[IVX]{1,4}|[A-Z]{2,3}\d?)$/;

/**
 * Two to four name tokens that all look like a name: not an everyday word, a business word, a
 * thanks or greeting in any language, a vehicle make (then it is a vehicle) or, in a mixed-case
 * name, a model code.
 */
export function ownNameIsPlausible(name: string): boolean {
  const all = name.split(/\s+/);
  // "Dear Mr Sullivan", "Querida Sra Pérez": a salutation names the one written to, not the writer.
  if (SALUTATION.test(all[0] ?? "")) return false;
  // "Tony's Diagnostics", "Dana's Garage Supplies": a possessive inside is a business's name; a
  // person's full name has none before its last word.
  if (all.slice(0, -1).some((w) => /[a-z]['’]s$/i.test(w))) return false;
  // A title counts like a particle: "Mr Sullivan" is a surname alone, "Dr Ama Owusu" a full name.
  const words = all.filter((w) => !PARTICLE_OR_TITLE.test(w));
  if (words.length < 2 || words.length > 4 || productOfAMaker(words)) return false;
  const mixedCase = words.some((w) => /[a-z]/.test(w));
  return words.every((w) => nameWordIsPlausible(w) && !(mixedCase && MODEL_CODE.test(w)));
}

/** One word of a name (`ownNameIsPlausible`'s test of each): no make, thanks or greeting, everyday, business or site word. */
export function nameWordIsPlausible(word: string): boolean {
  const bare = word.toLowerCase().replace(/['’]s$/, "");
  if (CAR_MAKES.has(bare) || THANKS_AND_GREETINGS.has(bare)) return false;
  return bare.length >= 2 && !NOT_NAME_WORD.has(bare) && !COMMON_LOWER.has(bare) && !BUSINESS_WORD.test(word) && !NOT_A_LOOKUP_NAME.test(word);
}

/** The label of a form's field opening a line: one to four words and a colon ("Vehicle:", "Véhicule :", "Problem description:", "Quote note:"). */
const FIELD_LABEL = /^[ \t]*[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]*:/;

/** A field for the surname, which goes on with the first name on the line before ("Name: Dana" / "Surname: Whitfield"; "Prénom: Jean" / "Nom: Dupont", pt-PT "Apelido"). */
const SURNAME_LABEL =
  /^[ \t]*(?:surname|last[ \t]*name|family[ \t]+name|second[ \t]+name|nachname|familienname|apellidos?|sobrenome|cognome|achternaam|nom(?:[ \t]+de[ \t]+famille)?|apelido|nazwisko|efternavn|etternavn|efternamn)[ \t]*:/i;

/**
 * A name read up to a line break when the next line is a form field's label ("Display name: Pastor
 * Mike" / "Problem description: ..."): the name does not run on into the label's first word, unless
 * that field is the surname (`SURNAME_LABEL`): first name and surname are one full name.
 * `rest` is the text after the name.
 */
function nameBeforeNextField(name: string, rest: string): string {
  const cut = name.indexOf("\n");
  const next = name.slice(cut + 1) + rest;
  return cut >= 0 && FIELD_LABEL.test(next) && !SURNAME_LABEL.test(next) ? name.slice(0, cut).trimEnd() : name;
}

/** What joins a label to the name it labels: "is", ":", "should be", "will be", "needs to be". */
const NAME_COPULA = String.raw`(?:is|'s|:|-|=|(?:should|will|must|needs\s+to|has\s+to)\s+be)`;

/**
 * A name field labelled in the marketplace's other languages, as "name:" is in English: "mi
 * nombre:", "nome:", "nom :", "Name:". Introductions said as a sentence ("me llamo", "je
 * m'appelle", "meu nome e") count only with a reason to be found, as the cued rule above reads them.
 */
const NAME_FIELD_ABROAD = String.raw`(?:(?:mi|meu|mon|il\s+mio|mein)\s+)?(?:nombre|nome|nom)\s*:`;

/** A payment or a document a name is written on: "make the cheque out to", "name on the invoice should be". */
const PAYMENT_DOCUMENT = String.raw`(?:cheque|check|invoice|receipt|payment|transfer|bill)`;

/** Words of a firm's name beyond the trade words ("Allianz Australia", "Northside Plumbing", "Origin Energy"). */
const FIRM_WORD =
  /\b(?:australia|plumbing|insurance|pty|energy|bank|electrical|holdings|rentals?|hire|leasing|finance|logistics|transport|construction|builders|council|corp(?:oration)?|company|limited)\b/i;

/**
 * A labelled name that is a firm's, or a person's at a firm ("invoice name should be Northside
 * Plumbing", "Trevor Lang at Lang Plumbing"): the payment or document goes to a business, no person.
 */
function firmNamed(m: RegExpExecArray, text: string): boolean {
  const firm = (m.groups?.n ?? "") + (/^\s+(?:at|from|of|c\/o)\s+(?:[A-Z][\w'’&-]*\s*){1,4}/.exec(after(text, m, 60))?.[0] ?? "");
  return BUSINESS_WORD.test(firm) || FIRM_WORD.test(firm);
}

/** A name in capitals or initial capitals, up to four tokens with initials and particles. */
export const OWN_NAME = String.raw`(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*|[A-Z]{2,}(?:['’-][A-Z]{2,})*)(?:${NAME_JOIN}\s+(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*|[A-Z]{2,}(?:['’-][A-Z]{2,})*)){1,3}`;
/**
 * A name as signed, which may carry a title after the sign-off's comma or on its own line ("Yours
 * faithfully, Mrs. Winifred Ashcombe"); without that break the title is a person thanked or spoken of
 * ("thank you Dr. Sarah Okafor"), so only the signature rules take it, not every OWN_NAME rule.
 */
const SIGNED_NAME = String.raw`(?:(?<=(?:^|[,!.:;~–—-])\s*)${caseless(`(?:${TITLES})`)}\.?\s+)?${OWN_NAME}`;
/** The name does not go on into a possessive or another capitalised word ("Dana Whitfield's car" is about her car). */
export const NAME_END = String.raw`(?![\w'’-])(?!\s+[A-Z][a-z])`;

/**
 * The formal sign-offs of the marketplace's other languages, which a personal signature follows (as
 * normalised: accents dropped, "ß" kept): "Mit freundlichen Grüßen", "Atentamente", "Cordialement",
 * "Cordiali saluti", "Pozdrawiam". A department signing ("Ufficio Reclami") is no person (`DEPARTMENT`).
 */
const SIGN_OFFS_ABROAD = String.raw`mit\s+freundlichen\s+gru(?:ss|ß)en|(?:viele|beste|freundliche)\s+gru(?:ss|ß)e|saludos\s+cordiales|atentamente|atenciosamente|(?:bien\s+)?cordialement|(?:cordiali|distinti)\s+saluti|pozdrawiam|z\s+powazaniem`;

/**
 * A department, a team, a family or a firm signing instead of a person: "Ufficio Reclami", "Kundendienst Team", "Familie Schneider", "Famiglia Colombo", "Aviva Claims", "Mr. Clutch Autocentres".
 * The second stage holds its looser names to it too (second-stage/candidates.ts, `standsAsName`).
 */
export const DEPARTMENT =
  /\b(?:ufficio|servizio|centro|centrum|reclami|abteilung|team|kundendienst|kundenservice|servicio|atencion|clientes?|departamento|equipe|equipo|zespol|biuro|dzial|service|office|department|familie|famille|familia|famiglia|rodzina|family|claims|recambios|autocentres?|werk)\b/i;

/** A sign-off the sender retells, not signs: "my insurer's letter ended:", "they signed off with". */
export const RETOLD_SIGN_OFF =
  /\b(?:(?:letter|e-?mail|message|note|reply)\s+(?:ended|ends|closed|finished)|(?:signed|signs|signing)\s+off\s+with|ended\s+with|insurer['’]?s?|insurance\s+company['’]?s?)\b/i;

/** The sign-offs a personal signature follows, in English and the marketplace's other languages: "Regards", "Thanks again", "Signed", "Atentamente". */
const SIGN_OFF = caseless(
  String.raw`(?:(?:kind\s+|best\s+|warm\s+|many\s+)?regards|thanks(?:\s+again)?|thank\s+you|cheers|best(?:\s+wishes)?|sincerely|yours(?:\s+(?:truly|faithfully))?|ta|talk\s+soon|signed|sign(?:ing)?[\s-]*off\s*:|${SIGN_OFFS_ABROAD})`,
);
/**
 * A signer's role or firm on the line under the name, one to five capitalised words with one of a trade's
 * (roles, departments, firms): "Service Advisor", "Workshop Manager", "Parts & Service | Drummond Motors".
 */
const SIGNER_ROLE = String.raw`(?=[^\n]*\b(?:[Aa]dvis[eo]r|[Mm]anager|[Tt]echnician|[Mm]echanic|[Oo]wner|[Dd]irector|[Cc]oordinator|[Rr]eceptionist|[Ee]stimator|[Ff]oreman|[Ss]upervisor|[Ss]ervice|[Pp]arts|[Ww]orkshop|[Gg]arage|Motors|Autos?|Automotive|[Ss]ales|[Dd]ept|[Dd]epartment|[Ss]pecialist|[Ee]ngineer|[Cc]onsultant|[Rr]ep(?:resentative)?|[Ll]ead|[Hh]ead|[Aa]ssistant)\b)[A-Z][\w&'’.-]*(?:[ \t]*[|,–—-]?[ \t]*(?:&|of|and|[A-Z][\w&'’.-]*)){0,4}`;

/** A signature's name is a person's: plausible, no department signing, no sign-off retold, not negated. */
function signedByAPerson(m: RegExpExecArray, text: string): boolean {
  const n = m.groups?.n ?? "";
  return ownNameIsPlausible(n) && !DEPARTMENT.test(n) && !RETOLD_SIGN_OFF.test(before(text, m, 80)) && !negatedBefore(text, m.index);
}

/** A business signed after the name, on the same line: "(Drummond Motors)", ", Byrne's Garage". */
const SIGNATURE_TRADE = String.raw`\s*\([A-Z][^()\n]{1,40}\)|,\s*[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3}`;

NAME_PATTERNS.push(
  {
    kind: "FULL_NAME", // "I'm Wendell Haskins, the guy with the F250", "mi nombre: Ana Belen Ruiz", "it's Rosalind Achebe, like the author", "this is Mehmet Yildirim from the workshop"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:i'?m|im|i\s+am|this\s+is|it'?s|its|(?:it'?s|its|this\s+is)\s+me|na\s+me(?:\s+be)?|my\s+name\s*(?:is|'s|:)|name'?s|name\s*:|the\s+name'?s|${NAME_FIELD_ABROAD})`)}\s*[:,-]?\s+(?<n>${OWN_NAME})${NAME_END}`,
      "gd",
    ),
    accept: (m, text) => {
      const n = nameBeforeNextField(m.groups?.n ?? "", after(text, m, 40));
      // "as if I'm ...", "who do you think I am, ...": likened, not introduced (`posedAs`).
      if (!ownNameIsPlausible(n) || negatedBefore(text, m.index) || posedAs(text, m.index, m.index + m[0].length)) return false;
      // "it's / this is" also name things ("it's Harbor Freight stuff", "it's Pep Boys on Lamar"):
      // a name there ends its phrase, or says where the person is from; "it's me, ..." names the writer.
      if (/^(?:this|it|its)/i.test(m[0]) && !/\sme\b/i.test(m[0]) && !/^\s*(?:[,.;:!?)\n]|$|(?:from|here|btw|again|speaking|calling)\b)/i.test(after(text, m, 12))) return false;
      // ALL CAPS only in a shouted message; in a mixed one they are acronyms ("it's ASE CERTIFIED").
      return !/^[A-Z\s.'’-]+$/.test(n) || !/[a-z]/.test(text);
    },
    span: (m) => groupSpan(m, "n"),
    words: "i'm im i this it's its it na name name's names nombre nome nom".split(" "),
  },
  {
    kind: "FULL_NAME", // "Regards, Alistair Penhaligon-Webb", "Thanks! - Priya Raghunathan", "— Dana Whitfield" at the end of a line
    re: new RegExp(String.raw`(?:\b${SIGN_OFF}\s*[!,.]*\s*[-–—~]?|(?:^|[.!?]\s)\s*[-–—~])\s*(?<n>${SIGNED_NAME})\s*(?:[.!]|${SIGNATURE_TRADE})?\s*$`, "gdm"),
    accept: signedByAPerson,
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "FULL_NAME", // "Regards\nAlistair Drummond\nService Advisor": the name on its own line, the signer's role or firm on the next
    re: new RegExp(String.raw`\b${SIGN_OFF}[ \t]*[!,.]*\s*(?<n>${SIGNED_NAME.replaceAll(String.raw`\s+`, String.raw`[ \t]+`)})[ \t]*,?[ \t]*\n[ \t]*${SIGNER_ROLE}[ \t]*[.!]?[ \t]*$`, "gdm"),
    accept: signedByAPerson,
    span: (m) => groupSpan(m, "n"),
    words: "regards thanks thank cheers best sincerely yours ta talk signed sign signing".split(" "),
  },
  {
    kind: "FULL_NAME", // "name on the title is ANDREA L. FONTAINE", "invoice name should be X", "make the payment out to X", "full name for the warranty form: X", "invoice to: Svetlana Morozova", "registered to X"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:(?:(?:full|legal|real|first\s+and\s+last)\s+)?name\s+(?:on|for|in)\s+(?:the\s+|my\s+|your\s+)?(?:${PAYMENT_DOCUMENT}\s*${NAME_COPULA}|[a-z]+(?:\s+[a-z]+)?\s*(?:is|'s|:|-|=))|(?:invoice|bill|billing|receipt|quote|account|payee|paperwork)\s+name\s*${NAME_COPULA}|(?:invoice|bill|receipt|quote|paperwork|made\s+out|payable|addressed|registered|titled|put\s+it)\s+(?:it\s+)?(?:to|under|in\s+the\s+name\s+of)\s*:?|(?:make|makes|made|making|write|writes|wrote|written|writing)\s+(?:it|(?:the|a|your|my)\s+${PAYMENT_DOCUMENT})\s+out\s+to|(?:sign|signed|transfer|transferred|hand)\s+(?:it|the\s+(?:title|car|truck|van|vehicle|registration|rego|logbook|v5c?))?\s*over\s+to|in\s+the\s+name\s+of|sign\s+(?:it\s+)?(?:off\s+)?as|(?:the|this|my|our)\s+(?:car|truck|van|vehicle|ute|bike)\s+(?:belongs\s+to|is\s+owned\s+by)(?:\s+my\s+[a-z]+,)?)`)}\s*(?<n>${OWN_NAME})${NAME_END}`,
      "gd",
    ),
    accept: (m, text) => ownNameIsPlausible(m.groups?.n ?? "") && !firmNamed(m, text) && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "n"),
    words:
      "name invoice bill receipt quote paperwork made make makes making write writes wrote written writing payable addressed registered titled put sign signed transfer transferred hand belongs owned".split(
        " ",
      ),
  },
  {
    kind: "FULL_NAME", // "first name Camille, last name Desrosiers", "surname's Haverford. first name Imogen": each part is masked
    re: /\b(?:first|given|christian|last|family|sur)\s*name\s*(?:is|'s|:|-|=)?\s*(?<n>[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]{2,})(?![\w'’-])/dgi,
    accept: (m, text) => {
      const n = (m.groups?.n ?? "").toLowerCase();
      if (NOT_NAME_WORD.has(n) || COMMON_LOWER.has(n) || negatedBefore(text, m.index) || !/^[A-Z]/.test(m.groups?.n ?? "")) return false;
      // Both halves said: a first name alone is not a lead, with a surname it is.
      return /\bfirst\s*name\b/i.test(text) && /\b(?:last|family|sur)\s*name\b/i.test(text);
    },
    span: (m) => groupSpan(m, "n"),
    words: ["name", "surname", "surname's", "lastname", "firstname"],
  },
  {
    kind: "FULL_NAME", // "D. Whitfield — Dana Whitfield, sorry the app cut off my surname": a full name beside "my name / my surname"
    re: new RegExp(String.raw`(?<![\w'’-])(?<n>${OWN_NAME})${NAME_END}(?=[^.!?\n]{0,60}\bmy\s+(?:full\s+|real\s+|last\s+|legal\s+)?(?:sur)?name\b)`, "gd"),
    accept: (m, text) => ownNameIsPlausible(m.groups?.n ?? "") && !negatedBefore(text, m.index) && !/^[A-Z\s.'’-]+$/.test(m.groups?.n ?? ""),
    span: (m) => groupSpan(m, "n"),
    words: ["name", "surname"],
  },
);

// ----- look-up as a class: any name in a sentence that sends the reader to look the writer up --
// The look-up rules above read fixed shapes ("on <site> as <name>", "search <name> on <site>").
// Unseen text words it every other way ("Tyler Brooks is my profile on marketplace, search that",
// "we're top of google, Harlow Street Motors"); what stays is a sentence with a place or verb of
// looking up, a pointer to the writer ("me", "us", "our", "I'm", "that's me"), and a name: two or
// more capitalised words that are not everyday words, site names or makes. That name is masked.

/** A sentence's look-up: a site to look in or a verb of searching. */
const LOOKUP_IN_SENTENCE = new RegExp(String.raw`\b(?:${LOOKUP}|search(?:ing|ed)?|googl(?:e|ing|ed)|look(?:ing)?\s+(?:\w+\s+)?up|look\s+for|find|type)\b`, "i");
/** The writer as the one to be found. */
const WRITER_IN_SENTENCE =
  /\b(?:me|us|we|we'?re|i'?m|im|i\s+am|that'?s\s+(?:me|us)|thats\s+(?:me|us)|listed|ask\s+for|mine|ours|(?:my|our)\s+(?:\w+\s+)?(?:shop|business|page|listing|profile|garage|name|reviews?|channel|company|ad|post|account))\b/i;
/** Capitalised runs of two or more words ("Harlow Street Motors", "Dana Whitfield", "Pat's Pit Stop"). */
const CAPITAL_RUN = /(?<![\w'’&.-])[A-Z][\w'’&-]*(?:[ \t]+(?:(?:&|and|of|by|the|de|del|la|y|-)[ \t]+)?[A-Z0-9][\w'’&-]*)+/g;
const SITE_WORD = new RegExp(String.raw`^(?:${LOOKUP})$`, "i");

function nameToLookUp(m: RegExpExecArray, text: string): boolean {
  const words = m[0].split(/[ \t]+/).filter((w) => /^[A-Z0-9]/.test(w));
  // Two or more words that are not everyday, site, make or platform words.
  const telling = words.filter((w) => {
    const bare = w.toLowerCase().replace(/['’]s$|[.]$/g, "");
    return !NOT_NAME_WORD.has(bare) && !COMMON_LOWER.has(bare) && !SITE_WORD.test(bare) && !NOT_A_LOOKUP_NAME.test(w) && !NOT_A_NAME.test(w) && !/^\d+$/.test(bare);
  });
  // A business name may be one telling word and a trade word ("Kestrel Motors").
  const enough = telling.length >= 2 || (telling.length === 1 && words.some((w) => BUSINESS_WORD.test(w)));
  if (!enough || (/^[A-Z\s&'’.-]+$/.test(m[0]) && /[a-z]/.test(text))) return false;
  const head =
    (before(text, m, 100)
      .split(/[.!?\n]\s*/)
      .pop() ?? "") + " ";
  const tail = " " + (after(text, m, 100).split(/[.!?\n]/)[0] ?? "");
  const sentence = head + tail;
  if (!LOOKUP_IN_SENTENCE.test(sentence) || !WRITER_IN_SENTENCE.test(sentence)) return false;
  if (NOT_SEARCHED_NAME.test(m[0]) || (VIDEO_SEARCH.test(sentence) && !/\b(?:my|our)\s+(?:channel|page)\b/i.test(sentence))) return false;
  return !negatedBefore(text, m.index);
}

LOOKUP_PATTERNS.push({ kind: REQUEST, re: CAPITAL_RUN, accept: nameToLookUp, words: [...LOOKUP_WORDS, "search", "searching", "find", "look", "type", "googling"] });

// ----- look-up as an order: a verb of searching, then a business's name -----------------------
// "just look up JDM Garage Sydney mate", "tapez Garage Dupont Lyon 7 sur Google", "busca Taller
// Gomez en Google": any word order of verb, name and platform reads the same. The name must be a
// business's (a trade word in it) or be followed by a place to look while the writer points to
// themselves; a store chain, a part, a code or a video to watch is no lead.

/** Retail and parts chains' words: a store to buy from, not the writer's business. */
const RETAIL_WORD = /\b(?:parts|supply|supplies|depot|store|stores|warehouse|mart|zone|outlet|club|discount|wholesale)\b/i;
const SEARCH_VERB = caseless(String.raw`(?:just\s+)?(?:look\s+up|search(?:\s+for)?|google|type(?:\s+in)?|tape[zr]?|cherche[zr]?|busca|procura|such(?:e|t)?(?:\s+nach)?|cerca)`);
const PLACE_AFTER = new RegExp(String.raw`^\s+(?:on|in|at|sur|dans|en|no|na|auf|bei|su)\s+(?:the\s+)?(?:${LOOKUP})\b`, "i");

LOOKUP_PATTERNS.push({
  kind: REQUEST,
  re: new RegExp(String.raw`\b${SEARCH_VERB}\s+(?<n>${NAME_SEQ})`, "gd"),
  accept: (m, text) => {
    const n = (m.groups?.n ?? "").trim();
    const words = n.split(/\s+/);
    if (words.length < 2 || NOT_A_LOOKUP_NAME.test(n) || NOT_SEARCHED_NAME.test(n) || RETAIL_WORD.test(n) || words.some((w) => NOT_NAME_WORD.has(w.toLowerCase()) && !BUSINESS_WORD.test(w)))
      return false;
    if (negatedBefore(text, m.index)) return false;
    const sentence = sentenceAround(text, m);
    if (videoToWatch(sentence, text, m, sentence)) return false;
    return BUSINESS_WORD.test(n) || (PLACE_AFTER.test(after(text, m, 40)) && WRITER_IN_SENTENCE.test(sentence));
  },
  span: (m) => groupSpan(m, "n"),
  words: "look search google type tapez taper cherche cherchez chercher busca procura suche such sucht cerca".split(" "),
});

// ----- look-up by the writer's presence on a site ------------------------------------------
// No name and no verb of searching, but the writer's own page or post on a site, enough to find
// them by the shop's name the chat already shows or by the description given: "my shop's page on
// instagram has all the before and afters", "our business is on checkatrade", "I have a page on
// facebook", "nextdoor — I'm the Rick who posted about brake jobs in Crestview", "I'm the only
// mobile mechanic in Tamworth on facebook". What the sender read or posted as a customer ("I saw
// your page on facebook", "I posted a review on google") is no lead to them.
const SITE_IN_SENTENCE = new RegExp(String.raw`\b(?:${LOOKUP})\b`, "i");
LOOKUP_PATTERNS.push(
  {
    kind: REQUEST,
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:shop|business|garage|workshop|company|page|profile|listing|ad|advert|work|channel)(?:['’]s\s+(?:page|profile|account|listing))?\s+(?:is\s+|are\s+|['’]s\s+)?(?:also\s+|all\s+|up\s+)?on\s+(?:the\s+)?(?:${LOOKUP})\b|\b(?:i|we)(?:\s+(?:have|got|run)|['’]ve\s+got)\s+(?:a|an|my\s+own|our\s+own)\s+(?:page|profile|listing|ad|channel|account|shop)\s+on\s+(?:the\s+)?(?:${LOOKUP})\b`,
      "gi",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && !VIDEO_SEARCH.test(m[0]),
  },
  {
    kind: REQUEST,
    re: /\b(?:[Ii]['’]?m|[Ii]\s+am|[Ww]e['’]?re|[Ww]e\s+are)\s+the\s+(?!(?:customer|client|buyer|one\s+who\s+(?:found|saw|read))\b)(?:only\s+[^.!?\n]{3,40}?\s+(?:in|near|round|around)\s+[A-Z][\w'’-]+|(?:\w+\s+){0,3}?(?:who|that)\s+(?:posted|posts|advertises|advertised|listed|lists|runs|did\s+the\s+post))\b/g,
    accept: (m, text) => {
      const head =
        before(text, m, 80)
          .split(/[.!?\n]\s/)
          .pop() ?? "";
      const tail = after(text, m, 80).split(/[.!?\n]/)[0] ?? "";
      return SITE_IN_SENTENCE.test(head + " " + tail) && !negatedBefore(text, m.index);
    },
  },
);
LOOKUP_PATTERNS[LOOKUP_PATTERNS.length - 2]!.words = LOOKUP_WORDS;
LOOKUP_PATTERNS[LOOKUP_PATTERNS.length - 1]!.words = LOOKUP_WORDS;

NAME_PATTERNS.push(
  {
    kind: "FULL_NAME", // "Wendell Haskins here, the F250", "Rosa Jimenez from the booking", "Tobias Lind — the civic": a name opening the message as its signature
    re: new RegExp(
      String.raw`^\s*(?:${caseless("(?:hi|hey|hello|yo|ok|so)")}[,!]?\s+)?(?:${caseless("(?:it'?s|this\\s+is)")}\s+)?(?<n>${OWN_NAME})${NAME_END}\s*(?:${caseless("(?:here|speaking|from\\s+(?:the|your|my))")}\b|[,—–-]\s*(?:the|your|i'?m|we|owner|customer)\b)`,
      "gdm",
    ),
    accept: (m, text) => ownNameIsPlausible(m.groups?.n ?? "") && !negatedBefore(text, m.index) && /^[A-Z]/.test(m.groups?.n ?? ""),
    span: (m) => groupSpan(m, "n"),
    words: "here speaking from the your i'm im we owner customer".split(" "),
  },
  {
    kind: "FULL_NAME", // "my husband Tomas Berg will drop it off", "my boss's name is Ama Owusu", "my mate Tariq Hussain": a named relative, friend or colleague
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:my|our)\s+(?:husband|wife|partner|son|daughter|brother|sister|dad|father|mom|mum|mother|boss|manager|colleague|friend|neighbou?r|uncle|aunt|cousin|mate|buddy|pal|bro|flatmate|housemate|roommate|landlord|landlady)(?:'?s\s+name\s+is|\s+is|,)?`)}\s+(?<n>${OWN_NAME})${NAME_END}`,
      "gd",
    ),
    accept: (m, text) => ownNameIsPlausible(m.groups?.n ?? "") && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "n"),
    words:
      "husband wife partner son daughter brother sister dad father mom mum mother boss manager colleague friend neighbour neighbor uncle aunt cousin mate buddy pal bro flatmate housemate roommate landlord landlady".split(
        " ",
      ),
  },
  {
    kind: "FULL_NAME", // "my name is stephen kowalczyk" in lower case, said outright
    re: /\b(?:my\s+(?:full\s+|real\s+)?name\s*(?:is|'s|:)|full\s+name\s*(?:is|'s|:))\s+(?<n>[a-z]{2,}(?:['’-][a-z]+)*\s+[a-z]{2,}(?:['’-][a-z]+)*)(?=\s*(?:[,.!?\n]|$))/dg,
    accept: (m, text) => {
      const words = (m.groups?.n ?? "").split(/\s+/);
      return words.every((w) => !NOT_NAME_WORD.has(w) && !COMMON_LOWER.has(w) && !/(?:ing|ed|ly)$/.test(w)) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
    words: ["name", "name's"],
  },
);

NAME_PATTERNS.push(
  {
    kind: "FULL_NAME", // a message that is nothing but a full name: the answer to "what name is it under?"
    re: new RegExp(String.raw`^\s*(?<n>${SIGNED_NAME})\s*[.!]?\s*$`, "gd"),
    accept: (m) => ownNameIsPlausible(m.groups?.n ?? "") && !/^[A-Z\s.'’-]+$/.test(m.groups?.n ?? ""),
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "FULL_NAME", // "the invoice should say Dana Whitfield", "signed, Dana Whitfield", "put the title in Dana Whitfield"
    re: new RegExp(
      String.raw`\b${caseless(String.raw`(?:(?:invoice|receipt|paperwork|title|registration|rego|form|warranty|booking|insurance|policy|check|cheque)[^.!?\n]{0,30}\b(?:say|says|read|reads|show|shows|under|in|for|to)|signed)`)}\s*[:,-]?\s+(?<n>${OWN_NAME})${NAME_END}`,
      "gd",
    ),
    accept: (m, text) => ownNameIsPlausible(m.groups?.n ?? "") && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "n"),
    words: "invoice receipt paperwork title registration rego form warranty booking insurance policy check cheque signed".split(" "),
  },
  {
    kind: "FULL_NAME", // all lower case: "i'm dana whitfield, from the booking", "this is raj malhotra"
    re: /\b(?:i'?m|im|i\s+am|this\s+is|it'?s)\s+(?<n>[a-z]{2,}(?:['’-][a-z]+)*\s+[a-z]{3,}(?:['’-][a-z]+)*)(?=\s*(?:[,.!?\n]|$|from\b|here\b|btw\b))/dg,
    gate: /^[^A-Z]*$/,
    accept: (m, text) => {
      const words = (m.groups?.n ?? "").split(/\s+/);
      return words.every((w) => !NOT_NAME_WORD.has(w) && !COMMON_LOWER.has(w) && !/(?:ing|ed|ly|ful|less|ous|ive)$/.test(w) && !LOWER_NOT_NAME.has(w)) && !negatedBefore(text, m.index);
    },
    span: (m) => groupSpan(m, "n"),
    words: ["i'm", "im", "i", "this", "it's", "its"],
  },
);

/** US states and the countries customers name, capitalised words that follow a first name as a place ("Austin Texas"). */
const PLACE_NAMES = new Set(
  (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine " +
    "maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia " +
    "washington wisconsin wyoming canada mexico brazil france germany spain italy portugal ireland scotland wales england australia zealand india philippines " +
    "nigeria kenya ghana jamaica london dublin toronto sydney melbourne auckland"
  ).split(" "),
);

/**
 * A person's full name said without an introduction ("The workshop owner is Beatriz Ochoa", "tell
 * them Jeannie Castellanos sent you", "the diag was done by Bobby Ray Jenkins"): a first name of
 * the 8,400 common in English-speaking countries (stdlib's datasets), not itself an English word
 * ("Will", "Grant", "Chase"), then up to one more first name or an initial, then a capitalised
 * surname that is no English word, vehicle make, everyday capitalised word or place.
 */
const UNANNOUNCED_NAME =
  // "(?=\p{Lu})" only says first what the name's first letter says anyway: scanned over the whole
  // text, the engine then leaves every other position before reading the lookbehind (a third cheaper).
  /(?=\p{Lu})(?<![\p{L}'’-])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+(?<middle>\p{Lu}\.|\p{Lu}\p{Ll}+))?\s+(?<last>(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/dgu;

export function surnameIsPlausible(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    word.length >= 3 &&
    !PLACE_ENDING.test(word) &&
    !isEnglishWord(lower) &&
    !CAR_MAKES.has(lower) &&
    !NOT_NAME_WORD.has(lower) &&
    !PLACE_NAMES.has(lower) &&
    !BUSINESS_WORD.test(word) &&
    !THANKS_AND_GREETINGS.has(lower)
  );
}

/**
 * A full name written in lower case ("jenny mcallister", "margaret o'brien"): a common first name that is no everyday word
 * ("me", "will" are not), then a plausible surname (`surnameIsPlausible`). Read only where a frame already says a name follows.
 */
export function lowerCaseFullName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const first = words[0]!;
  return words.length === 2 && /^[a-z]/.test(first) && isFirstName(first) && !COMMON_LOWER.has(first) && !NOT_NAME_WORD.has(first) && surnameIsPlausible(words[1]!);
}

/** Words that open place names and also stand in lists of first names ("San Jose", "Fort Worth", "Des Moines"). */
const PLACE_OPENING = new Set("san santa santo sao saint st fort port mount mt des le la los las el new north south east west lake palm glen grand".split(" "));
/** Words that end a street's or a place's name ("Santa Monica Blvd", "Jackson Heights"). */
const PLACE_ENDING =
  /^(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|hwy|highway|pkwy|parkway|circle|cir|trail|sq|square|park|heights|hills|valley|beach|city|county|springs|falls|village|town|centre|center|mall|plaza)$/i;

/** Words that send the reader to a person by name, beside FOUND_CUE: "tell them Jeannie sent you", "talk to Ruben at the desk". */
const NAME_LEAD_WORD =
  /\b(?:tell\s+(?:them|him|her|em)|sent\s+(?:you|ya|u)|mention|talk\s+to|speak\s+(?:to|with)|ask\s+(?:at|him|her)|go\s+(?:to|see)|see\s+(?:him|her)|visit|dm|message|whatsapp|e-?mail|\w*mail|outlook|yahoo|icloud|proton|number|phone|ring|cash|direct(?:ly)?|side)\b/i;

/**
 * A message that leads to a person: FOUND_CUE or NAME_LEAD_WORD. The unannounced name's gate, so
 * it is tested once per message: "Jeremy Clarkson hated this car" names a public figure.
 */
const NAME_LEAD_CUE = new RegExp(String.raw`\b(?:${FOUND_CUE_WORDS})\b|${NAME_LEAD_WORD.source}`, "i");

/** Public content a name may be the author of: a video, a channel's episode, a book. */
export const PUBLIC_WORK = /\b(?:youtube|yt|video|vid|podcast|episode|tutorial|book|article|author|song|film|movie)s?\b/i;

NAME_PATTERNS.push({
  kind: "FULL_NAME",
  re: UNANNOUNCED_NAME,
  accept: (m, text) => {
    const { first = "", middle, last = "" } = m.groups ?? {};
    const given = first.split("-")[0]!.toLowerCase();
    // A first name that is also an English word ("Will", "Mark", "Les") opens brands and sayings
    // as often as names ("Les Schwab", "Beck Arnley"): not counted.
    if (!isFirstName(given) || isEnglishWord(given) || CAR_MAKES.has(given) || THANKS_AND_GREETINGS.has(given)) return false;
    // "San Jose", "Fort Worth": a place's opening word that lists of first names also hold.
    if (PLACE_OPENING.has(given)) return false;
    // "Thanks Kevin Oduya", "Hi Sarah Lin": the one written to, who knows their own name.
    const previous = /([\p{L}]+)([\s,]*)$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const before = previous?.[1]?.toLowerCase() ?? "";
    if (THANKS_AND_GREETINGS.has(before) || SALUTATION.test(before)) return false;
    // "Santa Monica Blvd", "Los Angeles Dodgers": two capitalised words inside a longer proper noun;
    // not a sentence's first word ("Ask Ruben Castellanos at the desk").
    if (previous && /^\p{Lu}/u.test(previous[1]!) && /^ +$/.test(previous[2]!) && !TITLE.test(before)) {
      const opening = m.index - previous[0].length;
      if (!/(?:^|[.!?\n:;"“(])\s*$/.test(text.slice(Math.max(0, opening - 3), opening))) return false;
    }
    // "Ken Garff Honda", "Bob Moore Auto Group", "Santa Monica Blvd": a dealership or business
    // named after its founder, or a street named after a person.
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? "";
    if (CAR_MAKES.has(next.toLowerCase()) || BUSINESS_WORD.test(next) || PLACE_ENDING.test(next)) return false;
    // "the video from Scotty Kilmer": the author of public work, not someone to reach.
    if (PUBLIC_WORK.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40))) return false;
    // "as if I'm Dwayne Pettigrew", "I drive like ...": the writer likened to someone or denying being them (`posedAs`).
    if (posedAs(text, m.index, m.index + m[0].length)) return false;
    if (middle && !middle.endsWith(".") && !isFirstName(middle.toLowerCase()) && !surnameIsPlausible(middle)) return false;
    return surnameIsPlausible(last);
  },
  span: (m) => [m.index, m.index + m[0].length],
  // A name is a lead only where the message says to find, reach, ask for or pay the person.
  gate: NAME_LEAD_CUE,
});
