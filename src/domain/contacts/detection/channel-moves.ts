/**
 * The conversation moved to another channel without a detail in the message (issue 13, round 17),
 * read as a grammar of the intent rather than the sentences one corpus used. channel-requests.ts
 * holds the asks for a number or an e-mail; these are the moves to a social app and to a channel
 * printed somewhere the reader already holds:
 *
 *   1. ON-APP: a verb of messaging or finding (dm, pm, message, ping, hit up, add, follow, find,
 *      catch, reach) with a party (me, you, u) and a social or messaging app after on / via / over:
 *      "I'll DM you on twitter", "ping me over signal", "add me on discord"; or, round 32, the place
 *      the reader found the sender or another app: "DM me where you found me", "message me on the other app".
 *   2. HANDLE-ASK: an ask (let me know, tell me, give me, send me, what's, drop) for the reader's
 *      app: "let me know your IG", "what's ur snap", "drop your discord".
 *   3. APP-INBOX: the reader's or sender's inbox on an app: "check your instagram DMs", "slide into
 *      my DMs", "I messaged you on insta, check your requests".
 *   4. PRINTED: the reader sent to a channel printed on something of the sender's they hold: a
 *      contact verb (call, ring, text, use, give it a bell) before "the number / the details" on "my
 *      card, our flyer, the side of my van, a business card", or before "my number" on any card or
 *      sticker, or "call me on the number on the sticker"; "my details are on the flyer"; the
 *      number said to be on the sender's van or card and a contact verb after it, or on any card
 *      and the verb aimed at it ("give it a bell"); or the sender's card left with the reader and a
 *      contact verb in the same sentence ("I left my card on your windscreen, ring the number on
 *      it"). A sticker, label or card that is no one's ("the number on the sticker" to order a part,
 *      "a card with the tyre pressures") is a thing, not a channel.
 *      Round 32: the number on the garage's door or shutter ("message me on the number on the garage
 *      door"); a card that carries the sender's details handed over or shown ("I'll drop a card with
 *      my details through your letterbox", "I'll show you my card with the number on it"); and someone's
 *      card taken so the sender can call them direct ("leave his card with the tow driver, I'll call him").
 *
 *   5. PARKED (round 24): the reader's channel put where the sender can read it for a moment: "put
 *      your number in your profile bio for 5 min and I'll grab it".
 *   6. DISGUISED (round 24): a move to an app whose name is typed with a digit or a symbol for a
 *      letter ("let's move to l1ne", "add me on t3legram"): nobody writes "l1ne" but to hide it,
 *      so even "line", a car word in plain letters, is the app here. Masked as the app's name.
 *
 * Every form is read with its clause (`live`): negated, reported or pointed back at the platform
 * ("message me here", "check your inbox in the app") it stays innocent. Masked like a request: the
 * phrase is flagged, there is no detail to hide.
 */
import { groupSpan, negatedBefore, type Pattern } from "./context.ts";
import { live } from "./phrases.ts";

const REQUEST = "OFF_PLATFORM_REQUEST" as const;

/** Social and messaging apps one can be messaged on (as normalised: accents dropped, look-alikes read). */
const SOCIAL_APP = String.raw`(?:insta(?:gram)?|ig|the\s+gram|snap(?:chat)?|twitter|tik\s?tok|facebook|fb|messenger|discord|telegram|tg|signal|whats\s?app|wa|viber|we\s?chat|kik|linkedin|reddit|threads|bluesky|imessage|skype|line\s+app)`;

/** The place the reader first found the sender, or another app or site: "where you found me", "on the other app". */
const FOUND_PLACE = String.raw`(?:(?:on\s+the\s+(?:site|app|page|platform|group)\s+)?where(?:ver)?\s+(?:you|u)\s+(?:first\s+)?(?:found|saw|got|spotted)\s+(?:me|us|my\s+(?:ad|listing|page|post|profile))|on\s+the\s+other\s+(?:app|site|platform|one))`;

/** A party to the conversation. */
const PARTY = String.raw`(?:me|you|u|ya|us|yourself)`;

/** Verbs of messaging or finding someone. */
const MESSAGE_VERB = String.raw`(?:dm|pm|message|messaging|msg|ping|text|hit|holla\s+at|add|adding|follow|find|catch|reach|contact|chat\s+(?:to|with)|talk\s+to|slide\s+into)`;

/** A verb of calling or writing, or "give it a bell". */
const CALL_VERB = String.raw`(?:call|ring|phone|text|dial|email|e-mail|message|whatsapp|contact|give\s+(?:it|that|them|us|me)\s+a\s+(?:bell|ring|call|buzz|shout))`;
/** A contact verb aimed at a printed channel: a verb of calling, or trying or using the number. */
const CONTACT_VERB = String.raw`(?:${CALL_VERB}|try|use)`;

/** The handle asked for ends its clause or is named as a handle: "your IG and ...", "ur snap?", not "your insta opinion". */
const HANDLE_END = String.raw`(?=\s*(?:[,.!?;:)]|$|(?:and|so|or|then|pls|please|plz|bro|mate|man|sir|boss|quick|too|i['’]?ll|i\s+will|handle|name|username|user|account|acc|@|tag|id)\b))`;

/** Things a channel is printed on: a card, a flyer, the van, a sticker. */
const PRINTED_THING = String.raw`(?:card|flyer|leaflet|sticker|magnet|van|truck|ute|sign|banner|door\s+hanger|fridge\s+magnet|keyring|pen|(?:garage|shop|workshop|unit|roller)\s+(?:door|shutter|window|gate)|shutter|shop\s*front)`;
/** Something printed that the reader holds or can see, whoever's it is. */
const PRINTED = String.raw`(?:(?:my|the|that|this|our|a)\s+(?:business\s+|work\s+|contact\s+)?${PRINTED_THING}|(?:the\s+)?(?:side|back)\s+of\s+(?:my|the|our)\s+(?:van|truck|ute|card))`;
/** Something printed that is the sender's: "my card", "our flyer", "a business card", "the side of my van". */
const PRINTED_OWN = String.raw`(?:(?:my|our)\s+(?:business\s+|work\s+|contact\s+)?${PRINTED_THING}|(?:the|a|that|this)\s+(?:business|work|contact)\s+card|(?:the\s+)?(?:side|back)\s+of\s+(?:my|our)\s+(?:van|truck|ute|card))`;
/** The card itself left with the reader being the sender's: "my card", "a business card". */
const OWN_CARD = String.raw`(?:(?:my|our)\s+(?:business\s+|work\s+)?card|(?:a|the)\s+(?:business|work|contact)\s+card)`;
/** The channel words: "number", "details", "contact info". */
const CHANNEL = String.raw`(?:number|no\.?|details|contact(?:\s+(?:info|details|number))?|e-?mail|digits|mobile|cell)`;
/** A verb aimed at the printed channel itself: "call it", "give that a bell". */
const CALL_IT = String.raw`(?:(?:call|ring|phone|text|dial|email|e-mail|whatsapp|contact)\s+(?:it|that|them)|give\s+(?:it|that|them)\s+a\s+(?:bell|ring|call|buzz|shout))`;

export const CHANNEL_MOVE_PATTERNS: Pattern[] = [
  {
    kind: REQUEST, // 1. ON-APP: "I'll DM you on twitter", "ping me over signal", "add me on discord"
    re: new RegExp(
      String.raw`\b${MESSAGE_VERB}\s+${PARTY}(?:\s+up)?(?:\s+(?:back|later|tonight|quick|directly|there))?\s+(?:(?:on|via|over|through|thru|in)\s+(?:(?:my|your|ur|the)\s+)?${SOCIAL_APP}|${FOUND_PLACE})\b`,
      "gi",
    ),
    accept: live,
    phrase: true,
  },
  {
    kind: REQUEST, // 2. HANDLE-ASK: "let me know your IG", "what's ur snap", "drop your discord"
    re: new RegExp(
      String.raw`\b(?:let\s+me\s+know|tell\s+me|give\s+me|gimme|send\s+me|drop(?:\s+me)?|pass\s+me|share|post|what['’]?s|whats|wats|what\s+is|wat\s+is|(?:do|d)\s*(?:you|u)\s+have)\s+(?:your|ur|yr|ya)\s+${SOCIAL_APP}\b${HANDLE_END}`,
      "gi",
    ),
    accept: live,
    phrase: true,
  },
  {
    kind: REQUEST, // 3. APP-INBOX: "check your instagram DMs", "slide into my DMs"
    re: new RegExp(
      String.raw`\bcheck\s+(?:your|ur|yr)\s+${SOCIAL_APP}\s+(?:dms?|pms?|inbox|messages|requests|message\s+requests)\b|\bslide\s+(?:in|into|in\s+to)\s+(?:my|me|your|ur)\s+(?:dms?|pms?|inbox)\b`,
      "gi",
    ),
    accept: live,
    phrase: true,
  },
  {
    kind: REQUEST, // 4. PRINTED: "ring the number on my card", "my details are on the flyer", "I left my card ..., ring the number on it"
    re: new RegExp(
      [
        // the number on the sender's card, van or flyer: "call the number on my business card"
        String.raw`\b${CONTACT_VERB}\s+(?:me\s+)?(?:on\s+)?(?:the|that|my|this)\s+${CHANNEL}\s+(?:on|from|off)\s+${PRINTED_OWN}\b`,
        // the sender's number on any card, or the sender called on it: "use my number on the sticker", "ring me on the number on the card"
        String.raw`\b${CONTACT_VERB}\s+(?:me\s+)?(?:on\s+)?my\s+${CHANNEL}\s+(?:on|from|off)\s+(?:${PRINTED}|it|that|there)\b`,
        String.raw`\b${CALL_VERB}\s+me\s+(?:on\s+)?(?:the|that|this)\s+${CHANNEL}\s+(?:on|from|off)\s+(?:${PRINTED}|it|that|there)\b`,
        // "my details are on the flyer"
        String.raw`\b(?:my|our)\s+(?:${CHANNEL}|socials)\s*(?:is|are|['’]s|s)\s+(?:all\s+)?on\s+${PRINTED}`,
        // "the number's on the side of my van, give it a bell", "the number is on the card, ring it"
        String.raw`\bthe\s+(?:number|details|contact(?:\s+(?:info|details|number))?|e-?mail)\s*(?:is|are|['’]s|s)\s+on\s+(?:${PRINTED_OWN}\b[^.!?\n]{0,30}\b${CALL_VERB}|${PRINTED}\b[^.!?\n]{0,30}\b${CALL_IT})\b`,
        // the sender's card left with the reader: "I stuck my card under your wiper, give me a ring on it"
        String.raw`\b(?:left|gave|give|put|dropped|slipped|tucked|stuck|handed)\s+(?:you\s+)?${OWN_CARD}\b[^.!?\n]{0,60}\b(?:${CALL_VERB}|(?:use|try)\s+(?:the|that|my)\s+(?:number|details|e-?mail))\b`,
        // a card that carries the sender's channel, handed over or shown: "I'll drop a card with my details through your letterbox", "I'll show you my card with the number on it"
        String.raw`\b(?:leave|left|drop|dropped|post|posted|put|slip|slipped|push|pop|tuck|stick|hand|give|show|hold\s+up|flash)\s+(?:you\s+)?(?:up\s+)?(?:a|my|our)\s+(?:business\s+|work\s+)?card\s+with\s+(?:my|our|the)\s+(?:number|details|contact(?:\s+(?:info|details))?|e-?mail|digits|mobile)\b`,
        // someone's card taken so the sender can call them direct: "ask the advisor to leave his card with the tow driver, I'll call him myself"
        String.raw`\b(?:leave|give|pass|hand|send)\s+(?:me\s+)?(?:his|her|their|your)\s+(?:business\s+|work\s+)?card\b[^.!?\n]{0,50}\b(?:i['’]?ll|i\s+will|i\s+can)\s+(?:call|ring|phone|text|contact|e-?mail|whatsapp)\s+(?:him|her|them|you)\b`,
      ].join("|"),
      "gi",
    ),
    accept: live,
    phrase: true,
  },
];

/** Apps people are messaged on, as the disguised name reads once its digits and symbols are letters. */
const APP_NAMES = new Set(
  "line signal telegram whatsapp viber wechat kakao kakaotalk zalo skype snapchat snap insta instagram discord messenger kik threema facebook tiktok twitter imo session".split(" "),
);

/** Digits and symbols typed for letters; "1" and "|" read as "i" or "l". */
const FOR_LETTER: Readonly<Record<string, string>> = { "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s", "!": "i" };

/** The app a disguised word names: "l1ne" -> "line", "t3legram" -> "telegram"; undefined for a plain word or none. */
function disguisedApp(word: string): string | undefined {
  if (!/[0-9@$!|]/.test(word) || !/[a-z]/i.test(word)) return undefined;
  const base = [...word.toLowerCase()].map((c) => FOR_LETTER[c] ?? c).join("");
  for (const one of ["i", "l"]) {
    const read = base.replace(/[1|]/g, one);
    if (APP_NAMES.has(read)) return read;
  }
  return undefined;
}

CHANNEL_MOVE_PATTERNS.push(
  {
    kind: REQUEST, // 5. PARKED: "put your number in your profile bio for 5 min and I'll grab it"
    re: /\b(?:put|post|add|stick|write|pop|drop|leave|type|chuck|paste)\s+(?:(?:your|ur|yr)\s+(?:(?:phone|mobile|cell|whatsapp|insta|ig)\s+)?(?:number|num|no\.?|digits|e-?mail|handle|insta|ig|snap|whatsapp|contact(?:\s+(?:details|info))?)|yours|it)\s+(?:in|on|into|as)\s+(?:your|ur|yr|the)\s+(?:profile(?:\s+(?:bio|name|description|about))?|bio|about(?:\s+me)?|status|display\s+name|user\s*name|name|description)\b(?=[^.!?\n]{0,40}\b(?:(?:for|4)\s+(?:a\s+)?(?:\d+|a\s+few|few|five|ten|a)\s*(?:min|mins|minutes|sec|secs|seconds|moment|bit)|(?:i['’]?ll|i\s+will|i\s+can|ill)\s+(?:grab|copy|get|see|save|take|note|screenshot|read)|then\s+(?:delete|remove|change|take)|real\s+quick|quickly|briefly))/gi,
    accept: live,
    phrase: true,
  },
  {
    kind: "MESSAGING_APP", // 6. DISGUISED: "let's move to l1ne", "add me on t3legram", "hit me up on s1gnal"
    re: /\b(?:move|switch|continue|go|talk|chat|jump|carry\s+on|take\s+(?:this|it)|(?:add|find|message|msg|text|dm|pm|ping|reach|call)\s+(?:me|us)|hit\s+(?:me|us)\s+up)\s+(?:this\s+|it\s+)?(?:on|to|over\s+to|via|over|in)\s+(?<app>[a-z0-9@$!|]{3,12})(?![\w@$!|])/dgi,
    // "go over to 1ine 4 on the invoice": a number after the word makes it a line of a document, typed badly.
    accept: (m, text) => disguisedApp(m.groups?.app ?? "") !== undefined && !/^\s*\d/.test(text.slice(m.index + m[0].length)) && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "app"),
  },
);
