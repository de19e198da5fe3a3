/**
 * A full name given as the holder of something one pays or checks (issue 13, round 17): the name
 * on an account, a card or the registration, the payee of a transfer, the person a car or a policy
 * is under. phrases.ts counts a name only with a cue that the person can be found or looked up;
 * here the frame itself says what the name is for, so no cue is needed:
 *
 *   NAMED     a possessor's name said as such: "in my wife's name, Priya Natarajan", "under my
 *             mum's name: Gwen Llewellyn", "name's spelled B-E-N O-K-A-F-O-R", "I go by my real
 *             name on socials, ..."
 *   ON-IT     the name on an account, card, cheque, registration, logbook, title or policy
 *   HOLDER    account holder, card holder, payee, beneficiary, recipient
 *   UNDER     registered / insured / listed / titled to, under or as someone
 *   PAYEE     a payment sent to a person: "transfer to Ingrid Solberg", "pay it to Wes Abernathy"
 *
 * The name is two to four capitalised words (or letters spelled out with dashes, or a first name and a surname in lower case:
 * "under my wife's name, jenny mcallister"), read by the same
 * plausibility test as the other name rules (no brands, no car models, no business words). A name
 * the frame points back at the platform ("the name on my profile here") stays innocent by `live`.
 */
import { caseless, groupSpan, type Pattern } from "./context.ts";
import { CAP_NAME, live, lowerCaseFullName, nameIsPlausible } from "./phrases.ts";

/** A name word spelled out letter by letter with dashes: "B-E-N", "O-K-A-F-O-R" (two names closed up share a pair: "S-AR-E"). */
const SPELLED = String.raw`[A-Za-z]{1,2}(?:-[A-Za-z]{1,2}){1,30}`;

/** A name in lower case, two words ("jenny mcallister", "sean o'brien"): read by `lowerCaseFullName`. */
const LOWER_NAME = String.raw`[a-z][a-z'’-]+\s+[a-z][a-z'’-]+`;

/** The name: capitalised words, words spelled out, or a name in lower case. */
const HOLDER_NAME = String.raw`(?:${CAP_NAME}|${SPELLED}(?:\s+(?:${SPELLED}|[A-Z]{2,}|[A-Z][a-z]+)){0,3}|${LOWER_NAME})`;

/** A name opening on a word spelled out ("b-e-n o-k-a-f-o-r"), which the lower-case reading leaves to the spelled one. */
const SPELLED_FIRST = new RegExp(String.raw`^${SPELLED}(?:\s|$)`);

/** One run of spelled letters: the normaliser closes up a name spelled out in full ("T-O-M-A-SR-E-Y-E-S"). */
const ONE_SPELLED_RUN = /^[A-Za-z]{1,2}(?:-[A-Za-z]{1,2}){5,}$/;

/** Things a name stands on when one pays or checks them. */
const NAMED_THING = String.raw`(?:account|bank(?:\s+account)?|card|cheque|check|transfer|registration|rego|logbook|log\s+book|v5c?|title|deed|insurance|policy|licen[cs]e|invoice|receipt|paypal|venmo|zelle|revolut|wise)`;

/** The frames, each ending right before the name. */
const FRAME = String.raw`(?:(?:in|under|to)\s+)?(?:my|his|her|our|their|(?:my|his|her|our)\s+\w+['’]s|[A-Z][a-z]+['’]s)\s+(?:full\s+|real\s+|legal\s+)?name|name['’]?s?\s+(?:spelled|spelt)|the\s+name\s+on\s+(?:the|my|his|her|our|their)\s+${NAMED_THING}|${NAMED_THING}\s+(?:holder|name|owner)|payee|beneficiary|recipient|(?:registered|insured|listed|titled|made\s+out)\s+(?:to|under|as|in\s+the\s+name\s+of)(?:\s+(?:my|his|her|our)\s+\w+)?|(?:(?:transfer|pay|wire|e-?transfer|venmo|zelle|paypal)\s+(?:it\s+|the\s+\w+\s+|(?:the\s+)?money\s+|(?:the\s+)?payment\s+)?|send\s+(?:the\s+)?(?:money|payment|deposit|cash|balance|funds|rest|transfer)\s+)(?:straight\s+)?to`;

/** Where the name is used, between the frame and the name: "my full name online, ...", "my real name on facebook: ...". */
const WHERE_KNOWN = String.raw`\s+(?:online|everywhere|there|on\s+(?:there|socials|facebook|fb|insta|instagram|linkedin|the\s+(?:account|card|app\s+store)))`;

export const NAMED_HOLDER_PATTERNS: Pattern[] = [
  {
    kind: "FULL_NAME",
    // The frame's words in either case, the name capitalised as written ("the car's name is Betsy lol" has no second name word).
    re: new RegExp(String.raw`\b(?:${caseless(FRAME)})(?:${caseless(WHERE_KNOWN)})?\s*(?:${caseless("is")}|'s|=|:|,|-|–|—)?\s*(?<n>${HOLDER_NAME})(?![\w'’-])`, "gd"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      // A single spelled run is a name only after "spelled" or "name": its words cannot be told apart to test.
      const spelledWhole = ONE_SPELLED_RUN.test(n) && /spel|name/i.test(m[0]);
      // A name in lower case is read by `lowerCaseFullName` alone ("to me personally", "since it's" are no names).
      if (/^[a-z]/.test(n) && !SPELLED_FIRST.test(n)) return lowerCaseFullName(n) && live(m, text);
      return (spelledWhole || nameIsPlausible(n.replace(/-(?=[A-Za-z](?:-|\b))/g, ""), false)) && live(m, text);
    },
    span: (m) => groupSpan(m, "n"),
    words:
      "name names name's spelled spelt account bank card cheque check transfer registration rego logbook log v5 v5c title deed insurance policy license licence invoice receipt paypal venmo zelle revolut wise holder payee beneficiary recipient registered insured listed titled made send pay wire e-transfer etransfer".split(
        " ",
      ),
  },
];
