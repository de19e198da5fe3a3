/**
 * Innocent look-alikes of a look-up or an app (issue 13, round 12): hits the pattern families make
 * on text that only resembles a contact attempt, dropped after the patterns run and before any
 * span is widened to its sentence.
 *
 *   1. A CODE looked up: what is searched is a fault code, a part or VIN number, or a number typed
 *      with letters ("search p0420 on google", "google the part number", "look up the fault code
 *      on youtube"), not a name or handle to find someone by.
 *   2. An app's name in its everyday sense, told by the word after it: "the line manager", "line
 *      item", "signal strength", "teams of two", "zoom in".
 *   3. A TOPIC searched: a quoted search with a model year or a word of symptoms and how-tos is a
 *      question ("search \"2012 civic ac not cold\" on reddit", "\"tyre pressure light reset\""),
 *      not a name; a lower-case name ("'engine swaps by dusty'") has neither.
 *   4. The request kept IN-CHAT by the words right after it: "hit me up in here", "ping me in this
 *      chat", "call me right here".
 *   5. An app asked about as a TOOL: "what app do you use for the scanner?" (read by the
 *      normaliser as an app's name) is about software for the job.
 *   6. An offer RETOLD and REFUSED (round 25): the deal or request is someone else's, told back
 *      ("he offered to do it at his place for cash", "the message asking me to pay outside the
 *      app", "you said to cancel and pay you direct"), and the sender turns it down in the same
 *      message ("I said no", "I declined", "I'm not comfortable with that", "I've reported it",
 *      "let's stick to the quote"). See `dropRefusedRetoldOffers`.
 */
import { matchesOf } from "./context.ts";
import type { ContactKind, Hit } from "./types.ts";

/** Kinds a retold offer makes: its phrases, never a detail. */
const PHRASE_KINDS: ReadonlySet<ContactKind> = new Set(["OFF_PLATFORM_DEAL", "OFF_PLATFORM_REQUEST"]);

/**
 * Someone else's proposal told back: a third person, "you" or a message as the one who offered,
 * said, asked or wanted ("he offered", "the workshop guy wants me to", "you said", "i know u said u
 * could", "one of your partner shops offered", "someone messaged asking me to", "the message asking
 * me to", "your suggestion to"), or warned against ("my daughter warned me about").
 */
const RETOLD_OFFER =
  /\b(?:(?:he|she|they|you|u|someone|somebody|(?:my|a)\s+(?:neighbou?r|mate|friend|brother|sister|cousin|uncle|dad|colleague|boss)|(?:the|a|this|that|(?:one|1)\s+of\s+(?:your|the|his|their))\s+(?:[\w'’]+\s+){0,2}?(?:guy|bloke|fella|man|woman|lady|mechanic|workshop|shop|garage|advisor|technician|driver|person|seller|tech)s?)\s+(?:(?:[\w'’]+\s+){0,3}?)(?:offered|suggested|said|asked|wants?|wanted|told\s+me|proposed|mentioned|tried|keeps?\s+(?:asking|saying|pushing)|messaged)|asking\s+me\s+to|warned\s+(?:me|us)\s+(?:about|against|of)|(?:the|your|his|her|their|that|this)\s+(?:offer|suggestion|message|request))\b/gi;

/**
 * The sender turning it down: a no told ("I said no", "I told him no", not "said no problem"),
 * declined, refused, reported ("I've reported the message"), not done ("i didn't, just wanted to flag
 * it", "I don't do cash deals", "I won't do that"), not comfortable, ok or interested, rather not
 * (`OF_AN_OFFER` checks these read as turning the offer down), or the platform kept: "no thanks",
 * "how do I report it", "I'm sticking with the platform", "let's stick to the quote".
 */
const REFUSED_BY_SENDER =
  /\b(?:(?<of>(?<no>i\s+(?:said|told\s+(?:him|her|them|you|the\s+\w+))\s+no)(?!\s+(?:problem|prob|probs|worries|biggie|rush|doubt)\b)|i\s+(?:(?:have|had|politely|already)\s+)?(?:declined|refused|turned\s+(?:it|him|her|them|that|this)\s+down|reported)|i['’]?ve\s+(?:already\s+)?(?:reported|declined|refused)|i\s+(?:must|have\s+to|will|['’]ll)\s+(?:politely\s+)?(?:decline|refuse|pass)|i\s+did(?:n['’]?t|\s+not)(?:\s+(?:reply|respond|answer|accept|agree|do\s+(?:it|that)|go\s+for\s+it|bite|click|call|text))?(?=\s*(?:[,.;!?\n]|$|and\b|but\b|just\b))|i\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not)\s+(?:do|pay|want|go)|(?<uneasy>(?:i['’]?m|im|i\s+am)\s+not\s+(?:comfortable|ok(?:ay)?|interested))|i['’]?d\s+(?:really\s+)?(?:rather|prefer)\s+not)|no\s+thanks(?!\s+(?:needed|necessary|required))|how\s+do\s+i\s+report|(?:i['’]?m|im|i\s+am)\s+sticking\s+(?:with|to)|(?:let['’]?s|lets)\s+(?:just\s+)?(?:stick|keep\s+it)\s+(?:to|with|through|on|here))\b/gi;
/**
 * After a refusal word, the platform itself as what is refused ("I'm not comfortable with the app",
 * "I don't want to pay the booking fee", "I said no to the quote here"): no refusal of an offer. Its
 * way around ("anything outside the app", "off the platform") is.
 */
const OF_THE_PLATFORM = /^[^.,;!?\n]{0,30}?(?<!\b(?:outside|off|around|without|skip(?:ping)?|bypass(?:ing)?|of)\s)\b(?:the|this|your)\s+(?:app|platform|booking|quote|fees?|price|wait)\b/i;

/**
 * What a told no must be followed by to refuse the offer itself: the clause's end or a reason ("I said no, ...", "I said no and
 * booked here", "I said no because ..."), or the offer as its object ("no to it", "no to his offer", "no way."); not something else
 * refused ("I said no to the card surcharge so cash outside the app it is", "I said no way he'd do that", "I said no at first").
 */
const NO_OF_THE_OFFER =
  /^\s*(?:[,.;:!?\n)\-–—]|$|(?:and|but|so|because|cos|coz|since|as|then|thanks|thank|politely|straight\s+away|immediately|obviously|of\s+course)\b|to\s+(?:it|that|this|him|her|them|(?:the|his|her|their|your|that)\s+(?:offer|idea|suggestion|request|deal|plan))\b|way\s*(?:[,.;!?\n]|$))/i;
/**
 * What "I'm not comfortable / ok / interested" must be followed by to refuse the offer itself: the clause's end or a reason, or the
 * offer as its object ("with that", "in doing that", "with paying cash", "with anything off the app"); not something else ("not ok
 * with the garage being that far", "not comfortable with cards so off-app cash suits", round 25's review of fp25).
 */
const UNEASE_OF_THE_OFFER =
  /^\s*(?:[,.;:!?\n)\-–—]|$|(?:and|but|so|because|cos|coz|since|as|thanks|thank|at\s+all)\b|(?:with|in|about)\s+(?:it|that|this|him|her|them|any\s+of\s+(?:that|this|it)|(?:the|his|her|their|your|that)\s+(?:offer|idea|suggestion|request|deal|plan)|(?:cash|paying|doing|going|meeting|anything|something|that\s+kind|deals?|arrangements?|off|outside|skipping|bypassing|cancell?ing|moving|working)\b))/i;

/**
 * A refusal the offer is the object of: a told no or an unease followed as `NO_OF_THE_OFFER` and `UNEASE_OF_THE_OFFER` say, and
 * none of the sender's refusals of the platform itself (`OF_THE_PLATFORM`).
 */
function refusesTheOffer(m: RegExpExecArray, text: string): boolean {
  if (m.groups?.["of"] === undefined) return true;
  const rest = text.slice(m.index + m[0].length);
  if (OF_THE_PLATFORM.test(rest)) return false;
  if (m.groups["no"] !== undefined) return NO_OF_THE_OFFER.test(rest);
  if (m.groups["uneasy"] !== undefined) return UNEASE_OF_THE_OFFER.test(rest);
  return true;
}

/**
 * A question after the refusal that takes the offer up again with the reader ("same deal?", "still valid?", "can you match that?",
 * "would you?", "you up for that instead?", "is that offer open to me too?"): `TAKE_UP_WORD` in it, or a word asking the reader
 * (`ASKS_THE_READER`) in a question that is not about the platform or its rules ("how do I report it?", "is that allowed?", "can you
 * send the quote here?").
 */
const TAKE_UP_WORD =
  /\b(?:still\s+(?:on|valid|open|available|good|happy|ok(?:ay)?|interested|up\s+for|keen|an\s+option|doing|do|stand)|still\s*\?|same\s+(?:deal|price|offer|thing|terms|arrangement|rate|for\s+me)|do\s+the\s+same|same\s*\?|valid|open\s+to|available\s+to|up\s+for|that\s+way|go\s+for\s+it|keen|(?:you|u|ya)\s+(?:in|up|keen|interested|do\s+(?:that|it|cash|the\s+same)))\b/i;
const ASKS_THE_READER = /\b(?:you|u|ya|yourself|when|what\s+time|where|how\s+much|instead|too|also|again|match|deal|offer)\b/i;
const ABOUT_THE_PLATFORM = /\b(?:report(?:ed|ing)?|allowed|right\s+thing|normal|legit|rules?|against|policy|terms|scam|safe|ban(?:ned)?|app|platform|here|booking|quote|invoice|warranty)\b/i;
function takesItUpAgain(rest: string): boolean {
  for (const [q] of matchesOf(/[^.!?\n]*\?/g, rest)) if (TAKE_UP_WORD.test(q) || (ASKS_THE_READER.test(q) && !ABOUT_THE_PLATFORM.test(q))) return true;
  return false;
}

/**
 * A sentence after the refusal that keeps to the platform or closes the matter ("I want the warranty", "paying through the app", "Please don't ask for my number again",
 * "My daughter has warned me about arrangements outside the platform", "thanks"): what may follow a refusal of the reader's own
 * offer ("you said ...", "your offer ...") for the message to end at the refusal.
 */
const KEEPS_TO_THE_PLATFORM =
  /\b(?:app|platform|here|booking|booked|quote|warranty|report(?:ed)?|covered|dispute|invoice|through\s+(?:the|this)|on\s+here|insurance|receipt|record|logged|properly)\b|\b(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never|not)\b[^.!?\n]{0,30}\b(?:ask|number|contact|details|cash|off)\b/i;

/**
 * What keeps a retold offer a deal: the sender's own channel or detail ("pay me", "text me", "my
 * number is", "here's my", a payment service or a bank, a meeting or payment the sender proposes
 * ("we could meet at ...", "I can pay him direct"), a run of six digits, an @), or the no turned
 * round after it ("unless", "actually", "changed my mind", "but if/maybe/we could/for you", a saving
 * or a sum: "i didn't push, but it's 50 cash or 20% off"; the reader singled out, a day or a wink: "i said no. i'd do it for yourself
 * monday though", "i refused. ping me privately", "I said no ;)", round 21's review of 8155a20).
 */
const SENDER_OWN_WAY =
  /\b(?:pay\s+(?:me|us)|send\s+(?:me|it\s+to|the\s+money)|text\s+me|call\s+me|ring\s+me|dm(?:['’]?ing)?\s+(?:me|you|u)|message\s+me|(?:here['’]?s|here\s+is)\s+my|my\s+(?:number|cell|mobile|phone|whatsapp|bank|account|email|iban)\s+(?:is|:)|whats\s*app|telegram|signal|zelle|venmo|paypal|cash\s*app|revolut|monzo|wise|interac|e-?transfer|bank\s+(?:transfer|details|account)|iban|bsb|sort\s+code|crypto|bitcoin|pix|bizum|mbway|mobilepay|swish|twint|gpay|paytm|upi)\b|\b(?:we|i)\s+(?:could|can|['’]ll|will)\s+(?:just\s+|still\s+)?(?:meet|come|bring|drop|swing|pop|pay\s+(?:you|u|him|her)|do\s+it\s+for)\b|\blet['’]?s\s+meet\b|\d{6,}|@/i;
const NO_TURNED_ROUND =
  /\b(?:unless|actually|changed\s+my\s+mind|on\s+second\s+thought|then\s+again|but\s+(?:if|maybe|we\s+could|you\s+could|i\s+could|i\s+can|for\s+you|ok|okay|fine|happy|sure)|cheaper|discount|save|saving|\d+\s?%|\d+\s*(?:cash|quid|bucks|off)|yourself|though|tho|exception|privately|in\s+person|ask\s+me(?!\s+(?:here|on\s+here|in\s+(?:the|this)\s+(?:app|chat)))|ping\s+me|for\s+(?:you|u)|like\s+(?:you|u)|if\s+(?:you|u)|i['’]?d\s+(?:do|give|make|rather\s+give)|notes|at\s+first|(?:the\s+)?first\s+time|at\s+the\s+time|back\s+then|before\s+i\s+(?:saw|knew|realised|realized|checked|heard)|thought\s+(?:it|about\s+it)\s+over|reconsider\w*|go\s+for\s+it|after\s+all|so\s+yes|fine\s+with\s+it\s+now)\b|[$£€]\s?\d|;\)|😉/i;
/**
 * A day after the refusal turns the no round ("i said no. i'd do it monday though"), unless the platform's own booking or
 * appointment is what falls on it ("Is the booking confirmed for Thursday?", round 25's review of fp25).
 */
const DAY_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/gi;
const BOOKED_DAY_BEFORE = /\b(?:booking|booked|appointment|slot|reservation|scheduled|confirmed|job\s+card|drop[- ]off\s+(?:in|through)\s+the\s+app)\b[^.!?\n]{0,40}$/i;
function dayTurnsItRound(rest: string): boolean {
  for (const m of matchesOf(DAY_WORD, rest)) if (!BOOKED_DAY_BEFORE.test(rest.slice(0, m.index))) return true;
  return false;
}

/**
 * A sentence after the refusal's that takes the offer up with the reader, question or not: a wish or take-up word ("Fancy doing the
 * same", "Reckon we do that", "I'm in", "I'd be up for it", "would suit me", "the offer stands", "let me know", "lmk", "dm"), or the
 * reader addressed ("you'd do it cheaper that way", "same arrangement with you", "if the offer is there from you") in a sentence that
 * does not keep to the platform or thank the reader (`ON_THE_PLATFORM`: "Booking with you here", "You've been great, thanks"). Round 25's second review of fp25.
 */
const TAKE_UP_LATER =
  /\b(?:fancy|reckon\s+we|i['’]?m\s+in(?=\s*(?:[,.;!?\n]|$))|im\s+in(?=\s*(?:[,.;!?\n]|$))|up\s+for|suits?\s+me|would\s+suit|offer\s+stands|let\s+me\s+know|lmk|dm|same\s+(?:arrangement|deal|thing|again))\b/i;
const READER = /(?<!\bthank\s)\b(?:you|u|ya|your|yours)\b/i;
const ON_THE_PLATFORM =
  /^(?![^]*\b(?:off|outside|skip\w*|around|without|cancel\w*|avoid\w*|dodge)\s+(?:the\s+|this\s+)?(?:app|platform|booking|fees?)\b)[^]*\b(?:here|booking|booked|report\w*|quote|invoice|warranty|(?:through|via|in|on)\s+(?:the|this)\s+(?:app|platform)|thanks|cheers|appreciate\w*|been\s+(?:great|helpful|brilliant|good))\b/i;
/** The sentences of `text` after the one holding offset `end`. */
function sentencesAfter(text: string, end: number): string[] {
  const next = /[.!?\n]/.exec(text.slice(end));
  return next === null ? [] : [...matchesOf(/[^.!?\n]+/g, text.slice(end + next.index + 1))].map(([sentence]) => sentence);
}
function takenUpLater(text: string, end: number): boolean {
  return sentencesAfter(text, end).some((s) => TAKE_UP_LATER.test(s) || (READER.test(s) && !ON_THE_PLATFORM.test(s)));
}

/** Every match of a global expression in `text`, as [start, end]. */
function spansOf(re: RegExp, text: string, keep: (m: RegExpExecArray) => boolean = () => true): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (keep(m)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The offset where the sentence holding `i` starts (after the last ".", "!", "?" or line break before it). */
const sentenceStart = (text: string, i: number): number => Math.max(...[".", "!", "?", "\n"].map((c) => text.lastIndexOf(c, i - 1))) + 1;

/**
 * Drops the deal and request phrases of a message that retells someone else's offer and refuses it
 * (item 6 above). Only when every hit is such a phrase and each is retold and refused: told after a
 * retelling and before a refusal of it ("he offered ... for cash, I said no"), right after a refusal
 * of the retold offer ("I must decline your suggestion to meet at ..."), or in a sentence of its own
 * retelling once the offer has been refused ("... My daughter warned me about arrangements outside
 * the platform"). Nothing of the sender's own way to pay or reach them may be in the message
 * (`SENDER_OWN_WAY`), nor the no turned round after the first refusal (`NO_TURNED_ROUND`). `hits` is
 * edited in place; normalised offsets.
 */
export function dropRefusedRetoldOffers(text: string, hits: Hit[]): void {
  if (hits.length === 0 || !hits.every((h) => PHRASE_KINDS.has(h.kind))) return;
  const retold = spansOf(RETOLD_OFFER, text);
  if (retold.length === 0) return;
  const refusals = spansOf(REFUSED_BY_SENDER, text, (m) => refusesTheOffer(m, text));
  const firstRetold = retold[0]![0];
  // A refusal of the retold offer: after a retelling, or with the retelling as its object.
  const ofTheOffer = refusals.filter(([s, e]) => s > firstRetold || retold.some(([r]) => r >= e && r - e <= 12));
  if (ofTheOffer.length === 0 || SENDER_OWN_WAY.test(text)) return;
  const afterRefusal = text.slice(ofTheOffer[0]![0]);
  if (NO_TURNED_ROUND.test(afterRefusal) || dayTurnsItRound(afterRefusal) || takesItUpAgain(afterRefusal) || takenUpLater(text, ofTheOffer[0]![1])) return;
  // The reader's own offer told back ("you said", "your offer"): the message must end at the refusal, every sentence after it keeping to the platform.
  if (retold.some(([r]) => /^(?:you|u|your)\b/i.test(text.slice(r)))) {
    const later = sentencesAfter(text, ofTheOffer[ofTheOffer.length - 1]![1]);
    if (later.some((sentence) => sentence.trim().split(/\s+/).length > 3 && !KEEPS_TO_THE_PLATFORM.test(sentence))) return;
  }
  const covered = (h: Hit): boolean =>
    (retold.some(([r]) => r <= h.start) && ofTheOffer.some(([s]) => s >= h.end)) ||
    ofTheOffer.some(([, e]) => retold.some(([r]) => r >= e && r - e <= 12 && r <= h.start) && sentenceStart(text, h.start) <= e) ||
    // In a sentence of its own retelling that starts after a refusal ("... My daughter warned me about arrangements outside the platform").
    (ofTheOffer.some(([, e]) => e <= sentenceStart(text, h.start)) && retold.some(([r]) => r <= h.start && r >= sentenceStart(text, h.start)));
  if (hits.every(covered)) hits.length = 0;
}

/** Kinds a look-up or an app word makes. */
const LOOKUP_KINDS: ReadonlySet<ContactKind> = new Set(["SOCIAL_HANDLE", "OFF_PLATFORM_REQUEST", "MESSAGING_APP"]);

/**
 * A search for a code: the verb, then a diagnostic code (P0420, U0100), a code or number word
 * ("the fault code", "the part number", "the VIN"), or a part-number-shaped token (three digits or
 * more, at most three letters before the first: "5Q0121251", not the handle "carlover2003"), then
 * at most a site ("on google").
 */
const CODE_LOOKUP =
  /\b(?:search(?:\s+for)?|google|look\s+up|look\s+for|type(?:\s+in)?|check)\s+(?:up\s+)?(?:the\s+|that\s+|this\s+|your\s+)?(?:[pbcu][0-3][0-9a-f]{3}\b|(?:(?:error|fault|trouble|obd2?|dtc|engine|diagnostic|fault\s+code)\s+)?codes?\b(?:\s+[pbcu][0-3][0-9a-f]{3}\b)?|(?:part|vin|serial|model|oem|casting|reference|ref)\s*(?:number|no\.?|#)?s?\b|(?=[a-z]{0,3}\d)(?=(?:[a-z-]*\d){3})[a-z0-9-]{4,}\b)(?:\s+(?:on|in|into)\s+(?:the\s+)?[a-z]+(?:\s+maps)?)?/gi;

/** A quoted search term: the verb, the quoted words, and the site after them. */
const QUOTED_SEARCH =
  /\b(?:search(?:\s+for)?|google|look\s+up|type(?:\s+in)?)\s+["“'‘](?<q>[^"”'’\n]{3,80})["”'’](?:\s+(?:on|in|into)\s+(?:the\s+)?[\w'’]+(?:\s+(?:help|support|faq)(?:\s+(?:section|page|centre|center))?)?)?/gi;
/** Words of symptoms, faults and how-tos: what a searched question is made of. */
const SYMPTOM_WORD =
  /\b(?:not|no|won['’]?t|doesn['’]?t|noise|noisy|squeal\w*|grind\w*|rattl\w*|knock\w*|leak\w*|reset|interval|light|warning|pressure|flush|fault|error|code|how|why|what|problem|issue|symptoms?|fix|replace\w*|stuck|cold|hot|idle|stall\w*|misfire|overheat\w*|vibrat\w*|torque|spec|specs|diagram|location|recall)\b/i;
/** A quoted term that is a topic: a model year or a word of symptoms and how-tos among its words. */
const isTopic = (q: string): boolean => /\b(?:19[89]\d|20[0-3]\d)\b/.test(q) || SYMPTOM_WORD.test(q);
/** Right after a request: the chat itself named as where to do it. */
const IN_CHAT_AFTER = /^\s*(?:in\s+here|right\s+here|in\s+(?:this|the)\s+chat|in\s+chat|on\s+this\s+chat|here\s+in\s+(?:the\s+)?(?:chat|app))\b/i;
/** After an app's name: a question about the software used for the job. */
const TOOL_QUESTION_AFTER = /^\s*(?:do|does|would|should|did)\s+(?:you|u|ya)\s+(?:use|recommend|like|run|prefer)\s+(?:for|to|with|on)\b/i;

/**
 * Words after an app's name that give it its everyday sense. A Map, since the key is a word of the
 * message: a plain object would answer "constructor" or "__proto__" with Object's own members.
 */
const EVERYDAY_SENSE: ReadonlyMap<string, RegExp> = new Map([
  ["line", /^\s*(?:manager|supervisor|boss|lead(?:er)?|worker|staff|cook|item|items|cost|costs|total|of\s+(?:the|credit|work|code|sight)|up|out|by\s+line|number\s+\d)\b/i],
  ["signal", /^\s*(?:strength|bars?|booster|is\s+(?:weak|bad|poor|down|gone))\b/i],
  ["teams", /^\s*(?:of\s+\w+|at\s+the|are|were)\b/i],
  ["zoom", /^\s*(?:in|out|into|on\s+(?:the\s+)?(?:photo|picture|pic|image|video|camera|screen))\b/i],
]);

/**
 * Drops the hits of `LOOKUP_KINDS` that lie inside a code or topic search, that the chat itself
 * follows, or that are an app's name read in its everyday sense or asked about as a tool. `hits` is edited in place; normalised offsets.
 */
export function dropInnocentLookAlikes(text: string, hits: Hit[]): void {
  if (!hits.some((h) => LOOKUP_KINDS.has(h.kind))) return;
  const codeSearches: Array<[number, number]> = [];
  CODE_LOOKUP.lastIndex = 0;
  for (let m = CODE_LOOKUP.exec(text); m !== null; m = CODE_LOOKUP.exec(text)) codeSearches.push([m.index, m.index + m[0].length]);
  QUOTED_SEARCH.lastIndex = 0;
  for (let m = QUOTED_SEARCH.exec(text); m !== null; m = QUOTED_SEARCH.exec(text)) if (isTopic(m.groups?.q ?? "")) codeSearches.push([m.index, m.index + m[0].length]);
  const innocent = (h: Hit): boolean => {
    if (!LOOKUP_KINDS.has(h.kind)) return false;
    if (codeSearches.some(([s, e]) => h.start >= s && h.end <= e)) return true;
    const next = text.slice(h.end, h.end + 40);
    if (h.kind !== "SOCIAL_HANDLE" && IN_CHAT_AFTER.test(next)) return true;
    if (h.kind === "MESSAGING_APP" && TOOL_QUESTION_AFTER.test(next)) return true;
    const word = /(\w+)$/.exec(text.slice(h.start, h.end))?.[1]?.toLowerCase() ?? "";
    const sense = EVERYDAY_SENSE.get(word);
    return sense !== undefined && sense.test(text.slice(h.end, h.end + 30));
  };
  for (let i = hits.length - 1; i >= 0; i--) if (innocent(hits[i]!)) hits.splice(i, 1);
}
