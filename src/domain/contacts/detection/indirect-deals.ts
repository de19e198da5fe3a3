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
 *      strong manner (to me, in cash, in hand, privately) is enough; a weak one (on the day, when
 *      I'm there, on pickup) needs the platform side named in the sentence.
 *   3. FEE-SUBTRACTED: the platform's fee taken off a price offered by the sender: "pay me what
 *      you'd pay the app minus their fee", "I'll knock off the platform's cut".
 *   4. HANDED-OVER: money handed over in person: "give the money to me directly on the day".
 *
 * Each is read with its clause (`live`): negation ("don't forget the app shows your ETA"), a
 * question about the platform's own fees, and the platform's own checkout after it keep it
 * innocent.
 */
import { clauseAround, type Pattern } from "./context.ts";
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
const STRONG_APART = /^(?:to\s+(?:me|us)|(?:direct(?:ly)?\s+)?to\s+me|in\s+cash|cash|in\s+hand|privately|separately|under\s+the\s+table|off\s+the\s+books)/i;

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
    re: /\b(?:(?:the\s+)?other\s+half|half|the\s+rest|the\s+difference|the\s+balance|the\s+remainder|the\s+extra|whatever['’]?s\s+left)\s+(?:(?:we|you|u)\s+(?:can\s+|could\s+|will\s+|['’]ll\s+)?(?:settle|sort|pay|square|do|handle)(?:\s+up)?\s+|(?:you\s+|u\s+)?(?:pay|give|hand|send)\s+(?:me\s+)?|goes\s+|comes\s+)?(?<how>(?:direct(?:ly)?\s+)?to\s+(?:me|us)|in\s+cash|cash|in\s+hand|privately|separately|under\s+the\s+table|off\s+the\s+books|on\s+the\s+day|in\s+person|when\s+i(?:['’]m|\s+am)\s+(?:there|done|finished)|when\s+i\s+(?:arrive|get\s+there|finish|come|drop)|(?:on|at)\s+(?:pick-?up|collection|delivery|drop-?off))\b/dgi,
    accept: (m, text) => {
      if (!live(m, text)) return false;
      if (STRONG_APART.test(m.groups?.how ?? "")) return true;
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
