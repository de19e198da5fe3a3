/**
 * Deals to pay or meet around the platform said indirectly (OFF_PLATFORM_DEAL), as a grammar of
 * the moves such an offer makes rather than as sentences (issue 13, round 12). phrases.ts holds
 * the explicit vocabulary ("cash only", "pay me directly", "outside the app"); these are the ways
 * round it:
 *
 *   1. LEFT-OUT: the platform, its booking or checkout left out of the job: "skip the booking",
 *      "forget the app", "leave the platform out", "off the record"; and a price that depends on
 *      the job not going through it: "I charge less when it's not booked through the site".
 *   2. SPLIT: part of the money paid apart from the platform: "pay half here and half to me",
 *      "quote it low on here and pay the difference to me", "the rest we settle on the day". A
 *      strong manner (to me, in cash, in hand, privately, on the quiet) is enough; a weak one (on the day, when
 *      I'm there, on pickup) needs the platform side named in the sentence.
 *   3. FEE-SUBTRACTED: the platform's fee taken off a price offered by the sender: "pay me what
 *      you'd pay the app minus their fee", "I'll knock off the platform's cut".
 *   4. HANDED-OVER: money handed over in person: "give the money to me directly on the day".
 *
 * Each is read with its clause (`live`): negation ("don't forget the app shows your ETA"), a
 * question about the platform's own fees, and the platform's own checkout after it keep it
 * innocent.
 */
import { after, before, clauseAround, negatedBefore, type Pattern } from "./context.ts";
import { live } from "./phrases.ts";

const DEAL = "OFF_PLATFORM_DEAL" as const;

/** The platform, or a step of its booking and payment. */
const PLATFORM_PART = String.raw`(?:app|platform|site|booking|checkout|check-out|system|autodoctor)`;

/** What the sender gains by it: a lower price, a discount, the fee saved. */
const BENEFIT = /\b(?:cheaper|less|discount|knock|off|save|saving|better\s+(?:price|deal|rate)|lower|mates?\s+rates?|deal|\d+\s*%|fee|cut|commission)\b/i;

/** The sentence around a match, up to 160 characters each way. */
function sentenceOf(m: RegExpExecArray, text: string): string {
  const { before, after } = clauseAround(text, m.index, m.index + m[0].length);
  return `${before}${m[0]}${after}`;
}

/** Where the platform side of a split payment is named: "on here", "the app", "put it through", "quote it low". */
const PLATFORM_SIDE = /\b(?:here|app|platform|site|booking|checkout|put\s+(?:it\s+)?through|run\s+(?:it\s+)?through|book(?:ed)?\s+(?:it\s+)?as|quote\s+(?:it\s+)?(?:low|lower|as|for)|deposit)\b/i;
/** A manner of payment that is off the platform whatever else the sentence says. */
const STRONG_APART =
  /^(?:to\s+(?:me|us)|(?:direct(?:ly)?\s+)?to\s+me|in\s+cash|cash|in\s+hand|privately|separately|under\s+the\s+table|off\s+the\s+books|on\s+the\s+(?:quiet|sly|down\s*low)|under\s+the\s+radar)/i;

export const INDIRECT_DEAL_PATTERNS: Pattern[] = [
  {
    kind: DEAL, // 1. LEFT-OUT: "if we skip the booking", "forget the app", "leave the platform out", "off the record"
    re: new RegExp(
      String.raw`\b(?:skip(?:ping)?|forget|ditch(?:ing)?|bypass(?:ing)?|lose|losing|cut(?:ting)?\s+out)\s+(?:the\s+|this\s+)?${PLATFORM_PART}\b(?!\s+(?:password|login|log-?in|update|notifications?|crash(?:ed|es)?|glitch|bug|page|step\s+for\s+now))|\b(?:leave|leaving|keep|keeping)\s+(?:the\s+|this\s+)?${PLATFORM_PART}\s+out\b|\boff\s+the\s+record\b`,
      "gi",
    ),
    accept: live,
    words: "skip skipping forget ditch ditching bypass bypassing lose losing cut cutting leave leaving keep keeping record".split(" "),
  },
  {
    kind: DEAL, // 1. LEFT-OUT with a price: "I charge less when it's not booked through the site", "cheaper if it doesn't go through the app"
    re: /\b(?:not|isn['’]?t|wasn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t)\s+(?:booked|paid|put|run|going|go|done|listed|logged|processed)\s+(?:through|thru|on|via|in)\s+(?:the\s+|this\s+)?(?:app|site|platform|here|autodoctor)\b/gi,
    accept: (m, text) => {
      const sentence = sentenceOf(m, text);
      return BENEFIT.test(sentence.replace(m[0], " ")) && !/\?\s*$/.test(clauseAround(text, m.index, m.index + m[0].length).after.slice(0, 40));
    },
    words: ["not", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "doesn't", "doesnt", "don't", "dont"],
  },
  {
    kind: DEAL, // 2. SPLIT: "half to me", "the difference to me", "the rest we settle on the day", "the balance in cash"
    re: /\b(?:(?:the\s+)?other\s+half|half|(?:the\s+)?rest|the\s+difference|the\s+balance|the\s+remainder|the\s+extra|whatever['’]?s\s+left)\s+(?:(?:we|you|u)\s+(?:can\s+|could\s+|will\s+|['’]ll\s+)?(?:settle|sort|pay|square|do|handle)(?:\s+up)?\s+|(?:you\s+|u\s+)?(?:pay|give|hand|send)\s+(?:me\s+)?|goes\s+|comes\s+)?(?<how>(?:direct(?:ly)?\s+)?to\s+(?:me|us)|in\s+cash|cash|in\s+hand|privately|separately|under\s+the\s+table|off\s+the\s+books|on\s+the\s+(?:quiet|sly|down\s*low)|under\s+the\s+radar|on\s+the\s+day|in\s+person|when\s+i(?:['’]m|\s+am)\s+(?:there|done|finished)|when\s+i\s+(?:arrive|get\s+there|finish|come|drop)|(?:on|at)\s+(?:pick-?up|collection|delivery|drop-?off))\b/dgi,
    accept: (m, text) => {
      if (!live(m, text)) return false;
      // "rest cash" without its article is also a verb ("let it rest"): only beside the platform side.
      if (STRONG_APART.test(m.groups?.how ?? "") && !/^rest\b/i.test(m[0])) return true;
      const { before } = clauseAround(text, m.index, m.index);
      return PLATFORM_SIDE.test(before + " " + text.slice(Math.max(0, m.index - 120), m.index));
    },
    words: "half rest difference balance remainder extra left".split(" "),
  },
  {
    kind: DEAL, // 3. FEE-SUBTRACTED: "pay me what you'd pay the app minus their fee", "I'll knock off the platform's cut"
    re: /\b(?:minus|less|take\s+off|knock\s+off|knock|drop|without|save|skip|cut\s+out|avoid|keep)\s+(?:the\s+|that\s+)?(?:their|its|(?:app|platform|site|autodoctor)['’]?s?|booking|service)\s+(?:own\s+)?(?:fees?|cut|commission|mark-?up|percentage|share|charge)\b/gi,
    // Offered by the sender (a payment to them, or what they will do), not asked about.
    accept: (m, text) =>
      live(m, text) &&
      !/\?\s*$/.test(clauseAround(text, m.index, m.index + m[0].length).after.slice(0, 40)) &&
      /\b(?:pay\s+me|me\s+direct|i['’]?ll|i\s+will|i\s+can|i\s+could|we\s+can|we\s+could|cash|direct(?:ly)?|you\s+(?:pay|give)\s+me)\b/i.test(sentenceOf(m, text)),
    words: "minus less take knock drop without save skip cut avoid keep".split(" "),
  },
  {
    kind: DEAL, // 4. HANDED-OVER: "give the money to me directly on the day", "hand the cash over in person"
    re: /\b(?:give|hand|pass|bring|slip|transfer|send)\s+(?:me\s+)?(?:the\s+)?(?:money|cash|payment|balance)\s+(?:over\s+)?(?:to\s+me\s+)?(?:direct(?:ly)?|personally|in\s+person|on\s+the\s+day|in\s+hand|when\s+i\s+(?:arrive|get\s+there|drop))\b/gi,
    accept: live,
    words: ["money", "cash", "payment", "balance"],
  },
];

// ----- round 12, read forms: what the first grammar missed in fresh10's read 60%, by form ------
//   5. MANNER-WORD: the off-platform manner said as an adjective: "we do it private", "sort it
//      direct"; a platform step faked in quotes by the one who will take it: 'I'll "cancel" it'.
//   6. RELUCTANCE: the platform's checkout avoided as a wish: "hesitant to put it through here",
//      "could we not go through the app for the payment?", "can we do a handshake deal".
//   7. TOKEN-PRICE: the booking kept at a token amount with the real price paid apart: "accept the
//      job at 0", "rate the job as $0 on here", "pay you the real price when you're here".
//   8. DECLINED-BUT-DONE: the booking declined with the job still done: "I won't accept the booking
//      but I'll still turn up".
//   9. NEXT-TIME: future jobs taken outside: "after that we go direct", "for future stuff just come
//      by the shop".
//  10. HANDED-APART: money into the sender's own account or paid on handover: "chuck it in my
//      account", "cash on delivery", "leave the payment off the app", "no platform".
//  11. TWO-PRICES: a cheaper rate for coming in person than on the platform: "the walk-in rate is
//      lower".
//  12. KEPT-FROM: the deal kept from the platform's sight: "the app doesn't need to see the second
//      half", "what the platform doesn't know", "keep the extra from the app".
//  13. CASH-OVER-APP: cash ranked above paying through the platform: "paper money > app money",
//      "cash beats the app", "notes rather than the app".
//  14. NO-BOOKING: the booking said to be unneeded, with a visit or a payment in the sentence:
//      "don't bother booking, just come to the unit Saturday", "I'll swing by yours after work and
//      sort it, no booking needed", "what if we did it without the booking".
//  15. TRADE-SLANG: the off-the-books job by its trade name: "do a foreigner on it", "as a homer",
//      "a nixer".
INDIRECT_DEAL_PATTERNS.push(
  {
    kind: DEAL, // 5. MANNER-WORD
    re: /\b(?:do|doing|sort|handle|settle|arrange|book)\s+(?:it|this|the\s+(?:job|work|rest|payment))\s+(?:private|direct|offline)\b|(?<=\b(?:i['’]?ll|i\s+can|i['’]?d|we['’]?ll|we\s+can|just|you|u)\s+)["“'‘](?:cancel(?:led)?|complete(?:d)?|decline(?:d)?|close|no[\s-]?show|refund(?:ed)?)["”'’]\s+(?:it|the|this|on|and)\b/gi,
    // A faked step names the platform ("... on here") as what it fakes, so only a negation turns it round.
    accept: (m, text) => (/^["“'‘]/.test(m[0]) ? !negatedBefore(text, m.index) : live(m, text)),
    words: "private direct offline cancel cancelled complete completed decline declined no-show noshow refund refunded".split(" "),
  },
  {
    kind: DEAL, // 6. RELUCTANCE
    re: /\b(?:hesitant|reluctant|not\s+keen|wary|uneasy|not\s+comfortable)\s+(?:about\s+|to\s+|with\s+)?(?:put(?:ting)?|run(?:ning)?|book(?:ing)?|pay(?:ing)?|go(?:ing)?|do(?:ing)?)\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:through|thru|via|on|in)\s+(?:here|the\s+app|this\s+app|the\s+platform|this\s+platform|the\s+site)\b|\b(?:could|can|would|shall)\s+(?:we|i|you|u)\s+(?:just\s+)?not\s+(?:go|pay|book|put\s+it|run\s+it)\s+(?:through|thru|via|on)\s+(?:the\s+|this\s+)?(?:app|platform|site)\b|\bhandshake\s+(?:deal|job|agreement)\b|\bgentlem[ae]n['’]?s\s+agreement\b/gi,
    accept: (m, text) => !/^(?:could|can|would|shall)/i.test(m[0]) || live(m, text),
    words: "hesitant reluctant keen wary uneasy comfortable not handshake gentleman's gentlemans gentlemen's gentlemens".split(" "),
  },
  {
    kind: DEAL, // 7. TOKEN-PRICE
    re: /\b(?:accept|book|rate|mark|put|list|quote|charge|bill|log|enter|set|close)\s+(?:the\s+|this\s+|it\s+)?(?:job|booking|quote|work|it)?\s*(?:at|as|for)\s+(?:\$\s?|£\s?|€\s?)?(?:0|zero|nothing|free|(?:a|one)\s+(?:dollar|pound|euro|buck|quid))(?![\d.,])|\bpay\s+(?:u|you|me)\s+the\s+(?:real|actual|proper|true)\s+(?:price|amount|rate|money)\b|\btip\s+(?:me|us)\b[^.!?\n]{0,30}\b(?:in\s+)?cash\b/gi,
    accept: live,
    words: "accept book rate mark put list quote charge bill log enter set close pay tip".split(" "),
  },
  {
    kind: DEAL, // 8. DECLINED-BUT-DONE
    re: /\b(?:won['’]?t|wont|will\s+not|not\s+going\s+to|can['’]?t|cant)\s+(?:accept|take|confirm)\s+(?:the|this|your)\s+(?:booking|job|quote|request)\b[^.!?\n]{0,40}\b(?:still|anyway|regardless)\b/gi,
    words: "won't wont will not can't cant".split(" "),
  },
  {
    kind: DEAL, // 9. NEXT-TIME
    re: /\b(?:after\s+(?:that|this(?:\s+one)?)|from\s+now\s+on|next\s+time|going\s+forward|in\s+(?:the\s+)?future|for\s+future\s+\w+|future\s+(?:jobs|stuff|work|repairs))\b[^.!?\n]{0,50}?\b(?:(?:go|book|deal|come)\s+(?:to\s+me\s+)?direct(?:ly)?|come\s+(?:by|to|straight\s+to|round\s+to)\s+(?:the|my|our)\s+(?:shop|garage|place|workshop)|(?:don['’]?t|dont|no)\s+need\s+(?:to\s+)?(?:go|book|pay)\s+(?:through|thru|via|on)|skip\s+the\s+(?:app|platform)|without\s+the\s+(?:app|platform))/gi,
    accept: live,
    words: "after now next forward future".split(" "),
  },
  {
    kind: DEAL, // 10. HANDED-APART ("cash on delivery isn't an option here": denied after it; "transfer to my bank instead")
    re: /\b(?:chuck|put|pay|send|transfer|drop|stick|bung|throw)\s+(?:(?:it|the\s+money|the\s+cash|the\s+payment|the\s+deposit)\s+)?(?:in|into|to)\s+my\s+(?:bank(?:\s+account)?|account)\b|\bcash\s+(?:on|upon|at)\s+(?:delivery|pick-?up|collection|completion|arrival)\b|\b(?:leave|keep|take)\s+(?:the\s+)?(?:payment|money|job|booking)\s+off\s+(?:the\s+)?(?:app|platform|site)\b|\bno\s+(?:platform|checkout)\b(?!\s+(?:fee\s+)?(?:issues?|problems?|errors?))/gi,
    accept: (m, text) =>
      live(m, text) &&
      !/^\s*(?:isn['’]?t|is\s+not|is\s+no|not|won['’]?t|doesn['’]?t|aren['’]?t)\b/i.test(after(text, m, 20)) &&
      // Without its object ("transfer to my bank") only as asked of the other ("you can transfer
      // to my bank instead") or an order; "I'll transfer to my bank later", "can the app pay into
      // my bank account?" move the sender's own money.
      (!/^\w+\s+(?:in|into|to)\b/i.test(m[0]) || /(?:^|[,.;:!?]\s*|\b(?:you|u)\s+(?:can\s+|could\s+|just\s+|should\s+|may\s+)?(?:just\s+)?|\bjust\s+)$/i.test(before(text, m, 24))),
    words: "account bank cash leave keep take platform checkout".split(" "),
  },
  {
    kind: DEAL, // 11. TWO-PRICES
    re: /\b(?:walk[\s-]?in|in[\s-]person|off[\s-]app|direct|cash)\s+(?:rate|price|pricing)\b/gi,
    // The platform is named as the dearer side of the comparison, so only a negation turns it round.
    // A cash price compared with an insurance claim or a warranty ("the cash price vs going through
    // insurance, which is cheaper?") is the customer's own choice of who pays, not a price for
    // leaving; a "direct" or "off-app" price is one whatever it is compared with.
    accept: (m, text) => {
      if (negatedBefore(text, m.index)) return false;
      const rest = sentenceOf(m, text).replace(m[0], " ");
      if (/^cash\b/i.test(m[0]) && /\b(?:insurance|insurer|claim|warranty|financ(?:e|ing))\b/i.test(rest) && !/\b(?:platform|app|on\s+here)\b/i.test(rest)) return false;
      // "the cash price vs card price in the app quote?": the quote's own two ways of paying set side by
      // side (round 24), unless the app is what is left out or the cash side said cheaper.
      if (/^cash\b/i.test(m[0]) && /\bcard\s+(?:price|rate)\b/i.test(rest) && !/\b(?:off|outside|skip|without|instead|rather|not)\b/i.test(rest)) return false;
      return /\b(?:lower|cheaper|less|better|platform|app|on\s+here)\b/i.test(rest);
    },
    words: "walk-in walkin walk in-person person off-app direct cash".split(" "),
  },
  {
    kind: DEAL, // 12. KEPT-FROM
    re: new RegExp(
      String.raw`\b(?:(?:the|this)\s+)?${PLATFORM_PART}\s+(?:(?:doesn['’]?t|does\s+not|don['’]?t|needn['’]?t|won['’]?t|will\s+never)\s+(?:need\s+to|have\s+to|gotta|has\s+to)|never\s+(?:needs?\s+to|has\s+to|have\s+to))\s+(?:know|see|hear|find\s+out)\b|\bwhat\s+(?:(?:the|this)\s+)?${PLATFORM_PART}\s+(?:doesn['’]?t|does\s+not|don['’]?t|won['’]?t)\s+(?:know|see)\b|\b(?:hide|keep)\s+(?:it|this|that|the\s+(?:rest|extra|cash|money|difference|payment))\s+from\s+(?:the|this)\s+${PLATFORM_PART}\b`,
      "gi",
    ),
    // What the app may see of the sender's own data ("doesn't need to know my address", "the dashcam
    // footage is for my insurer, the app doesn't need to see it") is privacy talk.
    accept: (m, text) => !/^[^.!\n]{0,60}\?|^\s+(?:my|your|our|it|them|these|those)\b/i.test(after(text, m, 60)) && !negatedBefore(text, m.index),
    words: "know see hear find hide keep".split(" "),
  },
  {
    kind: DEAL, // 13. CASH-OVER-APP
    re: /\b(?:cash|paper\s+money|notes|readies|banknotes)\s*(?:>+|beats?|trumps?|better\s+than|rather\s+than|over|instead\s+of)\s*(?:the\s+)?(?:app|platform|in-?app)(?:\s+(?:money|payment|pay|checkout))?\b(?!['’]s|\s+(?:manual|instructions?|guide|diagrams?|specs?|reminders?|notes?|checklist)\b)|\b(?:app|platform)\s+(?:money|payment|pay)\s*<+\s*(?:cash|paper\s+money|notes)\b/gi,
    accept: live,
    words: "cash money notes readies banknotes".split(" "),
  },
  {
    kind: DEAL, // 14. NO-BOOKING
    re: /\b(?:don['’]?t|do\s+not|no\s+need\s+to)\s+(?:bother\s+)?book(?:ing)?(?:\s+it)?\b|\bno\s+(?:booking|need\s+(?:for\s+(?:a|the)\s+)?(?:to\s+)?book(?:ing)?)(?:\s+(?:needed|required|necessary))?\b|\bwithout\s+(?:the|a)\s+booking\b/gi,
    // A visit or a payment must go with it: "no booking needed for the MOT, the app says walk-ins
    // are fine" is the platform's own rule, "don't book the diagnostic yet, let's see" a delay.
    accept: (m, text) =>
      /\b(?:come|pop|swing|drop|bring|stop)\s+(?:by|round|over|in|to|it)\b|\b(?:i['’]?ll|i\s+can|we\s+can|we\s+could|if\s+we)\s+(?:just\s+)?(?:do|did|sort|fix|come|pop|swing)\b|\b(?:cash|pay\s+me|yours|mine|my\s+(?:place|house|unit|garage))\b/i.test(
        sentenceOf(m, text),
      ) && !/\b(?:app|platform|site|on\s+here)\s+says\b/i.test(sentenceOf(m, text)),
    words: "don't dont do no without".split(" "),
  },
  {
    kind: DEAL, // 15. TRADE-SLANG
    re: /\b(?:do|doing|did|as|like)\s+(?:(?:it|this|that)\s+(?:as\s+)?)?an?\s+(?:foreigner|homer|nixer)(?:\s+job)?\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|for|at|if|this|next|tomorrow|tonight|\w+day)\b)/gi,
    accept: live,
    words: "foreigner homer nixer".split(" "),
  },
);
