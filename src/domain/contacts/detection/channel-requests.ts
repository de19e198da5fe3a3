/**
 * Requests for another channel said without a detail (OFF_PLATFORM_REQUEST), written as a grammar
 * of the ways people ask rather than as sentences (issue 13, round 12). The older request rules in
 * phrases.ts and other-languages.ts hold the fixed forms ("call me", "what's your number"); these
 * are the open ones:
 *
 *   1. ASK x CHANNEL x TIE: an asking frame ("is there", "any chance of", "could I get", "do you
 *      have", "which", "what ... best") before a channel noun (a number, cell, landline, e-mail,
 *      app), tied to the reader ("for you", "I can reach you on", "are you on", "to get you on") or
 *      ending the question ("any chance of a phone number?"). "is there a number for the warranty
 *      line" asks for a third party's line: no tie, no question end, not read.
 *   2. SWITCH: the conversation moved to a channel: "let's talk by phone", "continue by email",
 *      "quicker to sort it over the phone".
 *   3. REACH: how to reach the reader elsewhere: "how do I get hold of you", "is there a better way
 *      to contact you", "are you reachable on anything else".
 *   4. HAND-OVER: any verb of handing over before "your number/email/contact details": "shoot me
 *      your number", "fire over your email", "jot down your cell".
 *   5. OFFER-TO-CALL: the sender proposing to ring the reader: "mind if I give you a ring", "I'll
 *      give you a call" (not "... when it's ready", a notification).
 *   6. WHEN-YOU-CAN: a contact verb asking for a call at the reader's convenience ("text me when you
 *      get a chance"), which the notification exception of the older rule ("text me when it's
 *      done") lets through.
 *   7. The same asks in the marketplace's other languages: "tu as un numéro ?", "hast du eine
 *      Handynummer?", "kann ich dich anrufen?", "posso chiamarti?", "puedo llamarte?".
 *
 * Every form is read with its clause (`asked`): a refusal or negation before it ("I don't have
 * whatsapp"), someone else's request reported, the platform's own channel after it ("call me
 * through the app", "message me here", "on the in-app call") and a joke taken back ("... jk")
 * keep it innocent. The text is
 * normalised first (accents dropped), so words are written here without accents.
 */
import { after, before, negatedBefore, type Pattern } from "./context.ts";
import { live, PLATFORM_LEFT } from "./phrases.ts";

const REQUEST = "OFF_PLATFORM_REQUEST" as const;

/** A request taken back right after it: "I'll give you a call... jk, I know it's chat only". */
const RETRACTED = /^[^\n]{0,20}?\b(?:jk|j\/k|just\s+kidding|(?:only\s+)?kidding|joking)\b/i;

/** `live` (not negated, not pointed back at the platform) and not taken back. */
const asked = (m: RegExpExecArray, text: string): boolean => live(m, text) && !RETRACTED.test(after(text, m, 40));

/** A channel one reaches a person on: a number of any sort, a landline, an e-mail, a messaging app. */
const CHANNEL_NOUN = String.raw`(?:(?:personal|private|direct|work|home|cell|mobile|phone|contact|other|better|good|whatsapp)\s+)?(?:number|num|cell(?:\s*phone)?|mobile|landline|land\s+line|(?:tele)?phone(?:\s+number)?|e-?mail(?:\s+address)?|mail\s+address|whatsapp|telegram|signal|viber|contact(?:\s+(?:details|info|number))?)`;

/** Frames that ask for something: "is there", "any chance of", "could I get", "do you have", "which", "what's the best". */
const ASK = String.raw`(?:is\s+there|(?:any|no)\s+chance\s+(?:of|at)|(?:might|could|can|may)\s+i\s+(?:trouble|bother|ask)\s+(?:you\s+)?for|(?:can|could|may|might)\s+(?:i|we)\s+(?:get|have|grab|take|ask\s+for)|(?:do|d)\s*(?:you|u|ya)\s+(?:happen\s+to\s+|still\s+|also\s+|even\s+)?(?:have|got)|have\s+(?:you|u)\s+got|(?:you|u)\s+got|got|any|which|what(?:['’]s|\s+is)?\s+(?:the\s+)?(?:best|easiest|quickest|right|good)|what|(?:i|we)\s+(?:need|want)|i['’]?d\s+(?:need|like))`;

/** The channel tied to the reader, or the question (or the message) ending on it. */
const TIE = String.raw`(?:\s+(?:for\s+(?:you|u|ya)|to\s+(?:reach|call|text|ring|contact|get|message|whatsapp)\s+(?:you|u|ya)|(?:that\s+)?(?:i|we)\s+(?:can|could|should|may)\s+(?:reach|call|text|ring|contact|get|message|e-?mail|send|use|try|whatsapp)(?:\s+(?:you|u|ya)|\s+(?:it|them|the\s+\w+)\s+to)?|(?:you['’]?re|you\s+are|are\s+(?:you|u)|r\s+u)\s+on|(?:can|could|should|do)\s+(?:i|we)\s+(?:get|reach|call|text|ring|contact|catch)\s+(?:you|u|ya)(?:\s+on)?|to\s+get\s+(?:you|u)\s+on)\b|\s*(?:\?|$))`;

/** A third party named after the channel: the number of a warranty line, a dealer, an insurer. */
const THIRD_PARTY_AFTER =
  /^[^.!?\n]{0,40}\b(?:warranty|dealer(?:ship)?|insurer|insurance|manufacturer|supplier|recall|roadside|helpline|hotline|support|customer\s+service|head\s+office|tow(?:ing)?\s+(?:company|truck)|rental|parts\s+(?:counter|desk)|the\s+part|on\s+the\s+(?:part|box|label|sticker|invoice|receipt))\b/i;

/** "... when it's ready", "... once I know", "... before you start on it": a notification, not a call arranged off the platform. */
const NOTIFY_TAIL = /^\s*(?:back\s+)?,?\s*(?:when|once|as\s+soon\s+as|if|whenever|the\s+(?:moment|minute)|before\s+(?:you|u)\b)\b/i;

/** A channel to move the conversation to: "by phone", "over email", "via text". */
const CHANNEL_MEDIUM = String.raw`(?:by|over|via|on)\s+(?:the\s+)?(?:phone|telephone|e-?mail|(?:snail\s+)?mail|post|letter|text|txt|sms|imessage|whatsapp|telegram|signal|messenger|facetime|skype|linkedin|facebook|insta(?:gram)?|discord|viber|we\s?chat|zalo|snap(?:chat)?|zoom|dms?|a\s+(?:phone\s+)?call|call)`;

/** Ways of reaching someone. */
const REACH_VERB = String.raw`(?:reach(?:ing)?|contact(?:ing)?|get(?:ting)?\s+(?:a\s+)?hold\s+of|get(?:ting)?\s+in\s+touch\s+with|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|e-?mail(?:ing)?|talk(?:ing)?\s+to|speak(?:ing)?\s+to)`;

export const CHANNEL_REQUEST_PATTERNS: Pattern[] = [
  {
    kind: REQUEST, // 1. ASK x CHANNEL x TIE: "is there a number I can reach you on", "any chance of a phone number?", "which number can I get you on", "do you have a landline"
    re: new RegExp(String.raw`\b${ASK}\s+(?:(?:a|an|the|your|ur|another|other|some|one)\s+)?${CHANNEL_NOUN}${TIE}`, "gi"),
    // "what number?" alone may ask for a part's number: a bare "what/which ... number?" needs a tie.
    accept: (m, text) => asked(m, text) && !THIRD_PARTY_AFTER.test(after(text, m, 50)) && !/^(?:what|which)\b[^?]*\b(?:number|num)\s*\?$/i.test(m[0]),
    phrase: true,
    words: "number num cell cellphone mobile landline land phone email e-mail mail whatsapp telegram signal viber contact".split(" "),
  },
  {
    kind: REQUEST, // 2. SWITCH: "let's just talk by phone", "continue by email", "quicker to sort it over the phone"
    re: new RegExp(
      String.raw`\b(?:talk|chat|speak|connect(?:ing)?|communicate|correspond|writ(?:e|ing)\s+(?:to\s+)?(?:me|us)|reply|discuss(?:\s+(?:it|this|the\s+details))?|(?:finish|settle|arrange|do|handle)\s+(?:it|this|the\s+rest)|wrap\s+(?:it|this|things)\s+up|hash\s+(?:it|this)\s+out|(?:continue|carry\s+on|take)(?:\s+(?:this|it|(?:this|the|our)\s+(?:conversation|chat|convo|discussion)))?|go\s+over\s+(?:it|this|the\s+details)|sort\s+(?:it|this|the\s+details|things)(?:\s+out)?|catch\s+up|follow\s+up)\s+${CHANNEL_MEDIUM}\b|\b(?:easier|quicker|faster|simpler|better)\s+(?:to\s+(?:talk|chat|speak|explain|sort(?:\s+(?:it|this))?(?:\s+out)?|do\s+(?:it|this))\s+)?${CHANNEL_MEDIUM}\b|\b(?:easier|quicker|faster|simpler)\s+(?:to|if\s+(?:we|i|you|u))\s+(?:just\s+)?(?:text(?:ed)?|txt|call(?:ed)?|ring|rang|phone(?:d)?|e-?mail(?:ed)?|whatsapp(?:ed)?|facetime(?:d)?)(?:\s+(?:me|you|u|each\s+other|instead))?(?=\s*(?:[.!?,;]|$|instead|tbh|honestly|though|lol|mate|bro))`,
      "gi",
    ),
    // "the shop would finish it on the phone with the insurer": a call with a third party, not between the two.
    accept: (m, text) => asked(m, text) && !THIRD_PARTY_AFTER.test(after(text, m, 50)),
    phrase: true,
    words:
      "phone telephone email e-mail mail post letter text txt ring sms imessage whatsapp telegram signal messenger facetime skype linkedin facebook insta instagram discord viber wechat zalo snap snapchat zoom dm dms call easier quicker faster simpler".split(
        " ",
      ),
  },
  {
    kind: REQUEST, // 3. REACH: "how do I get hold of you", "is there a better way to contact you", "are you reachable on anything else"
    re: new RegExp(
      String.raw`\bhow\s+(?:can|do|could|should|would|will|might)\s+(?:i|we)\s+(?:best\s+)?${REACH_VERB}\s+(?:you|u|ya)\b|\b(?:is\s+there|any)\s+(?:(?:a|an|any|another|some)\s+)?(?:other\s+|better\s+|quicker\s+|easier\s+|faster\s+|direct\s+)?(?:way|means|method)\s+(?:to|(?:that\s+)?(?:i|we)\s+can|of)\s+${REACH_VERB}\s+(?:you|u|ya)\b|\b(?:give|send|tell|leave)\s+(?:me|us)\s+(?:a|another|some|any)\s+(?:other\s+|better\s+|direct\s+|quick\s+)?(?:way|means)\s+(?:to|of)\s+${REACH_VERB}\s+(?:you|u|ya)\b|\b(?:are\s+(?:you|u)|r\s+u)\s+reachable\b|\bget\s+(?:a\s+)?hold\s+of\s+(?:you|u|ya)\s+(?:by|on|over|via|outside|directly|direct|off)\b`,
      "gi",
    ),
    accept: asked,
    phrase: true,
    words: "how way means method reachable hold".split(" "),
  },
  {
    kind: REQUEST, // 4. HAND-OVER: "shoot me your number", "fire over your email", "jot down your cell"
    re: /\b(?:shoot|fire|flick|ping|slide|post|jot|write|pop|bung|chuck|toss|whack)\s+(?:me\s+|us\s+)?(?:over\s+|down\s+|across\s+|through\s+)?(?:your|ur|yr)\s+(?:personal\s+|private\s+|direct\s+|mobile\s+|cell\s+)?(?:number|num|digits|cell|mobile|phone(?:\s+number)?|e-?mail(?:\s+address)?|contact(?:\s+(?:details|info|number))?|whatsapp|socials)\b/gi,
    accept: asked,
    phrase: true,
    words: "shoot fire flick ping slide post jot write pop bung chuck toss whack".split(" "),
  },
  {
    kind: REQUEST, // 5. OFFER-TO-CALL: "mind if I give you a ring", "I'll give you a call tonight"
    re: /\b(?:i['’]?ll|i\s+will|i\s+can|i\s+could|let\s+me|mind\s+if\s+i|can\s+i|could\s+i|shall\s+i|i['’]?d\s+like\s+to|want\s+me\s+to)\s+give\s+(?:you|u|ya)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell|tinkle)\b/gi,
    accept: (m, text) => asked(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: ["give"],
  },
  {
    kind: REQUEST, // 6. WHEN-YOU-CAN: "text me when you get a chance", "call me whenever you're free"
    re: /\b(?:call|ring|phone|text|txt|e-?mail|whatsapp)\s+(?:me|us)\s+(?:back\s+)?(?:when(?:ever)?\s+(?:you|u)\s+(?:can|get\s+(?:a\s+)?(?:chance|sec|second|minute|moment|min)|have\s+(?:a\s+)?(?:sec|second|minute|moment|min|time)|(?:are|['’]re|r)\s+free|get\s+time)|when(?:ever)?\s+(?:you['’]?re|you\s+are|ur|u\s+r)\s+(?:free|available))\b/gi,
    accept: asked,
    phrase: true,
    words: "call ring phone text txt email e-mail whatsapp".split(" "),
  },
  {
    kind: REQUEST, // 7. other languages: "tu as un numero ?", "hast du eine Handynummer?", "kann ich dich anrufen?", "posso chiamarti?", "puedo llamarte?"
    re: /\b(?:(?:hast\s+du|haben\s+sie|habt\s+ihr)\s+(?:(?:eine?n?|deine?|ihre?)\s+)?(?:nummer|handy(?:nummer)?|telefon(?:nummer)?|e-?mail|whatsapp|telegram|signal|messenger)|(?:kann|darf|soll|konnen)\s+(?:ich|wir)\s+(?:dich|sie|euch)\s+(?:mal\s+)?(?:anrufen|erreichen|kontaktieren|anschreiben)|(?:tu\s+as|t['’]?\s?as(?:[\s-]tu)?|as[\s-]tu|vous\s+avez|avez[\s-]vous)\s+(?:(?:un|une|le|ton|votre)\s+(?:numero|num|portable|tel|telephone|mail|e-?mail|whatsapp|telegram)|whatsapp|telegram|signal|messenger|viber|insta(?:gram)?|snap(?:chat)?)|(?:je\s+peux|puis[\s-]je|on\s+peut)\s+(?:t['’]?\s?|vous\s+)(?:appeler|ecrire|texter|joindre)|(?:posso|possiamo)\s+(?:chiamarti|chiamarla|scriverti|sentirti|contattarti)|(?:hai|avete)\s+(?:un\s+)?(?:numero|cellulare|telefono)|(?:puedo|podemos)\s+(?:llamarte|llamarle|escribirte|marcarte)|(?:tienes|tiene|tenes)\s+(?:un\s+)?(?:numero|cel(?:ular)?|telefono|correo)|(?:posso|podemos)\s+(?:te\s+ligar|ligar\s+pra\s+(?:voce|vc|ti))|(?:(?:voce|vc|tu)\s+tem|tens)\s+(?:um\s+|o\s+)?(?:numero|celular|telefone|email|zap|whats(?:app)?|insta(?:gram)?|telegram))\b/gi,
    accept: asked,
    phrase: true,
    words: "hast haben habt kann darf soll konnen tu t'as tas as as-tu vous avez avez-vous je puis puis-je on posso possiamo hai avete puedo podemos tienes tiene tenes voce vc tens".split(" "),
  },
];

/** The two parties (or an imperative, a question) right before a verb of talking: not a third party's talk. */
const PARTIES_BEFORE = /(?:^|[.!?,\n]\s*|\b(?:we|i|you|u|we['’]ll|i['’]ll|let['’]?s|lets|us|can|could|shall|should|wanna|to|please|pls|just|maybe)\s+)$/i;

// ----- round 12, read forms: what the first grammar missed in fresh10's read 60%, by form ------
//   8. ELSEWHERE: the talk moved to a place that is not here: "can we talk somewhere they can't
//      read it", "connect privately", "chat outside the app", "we'll talk proper, not on here" (round 32).
//   9. EXCHANGE: a mutual swap of channels: "we should swap numbers", "exchange emails".
//  10. BARE: the channel asked for with no verb: "number?" as its own sentence, "ur contact no.
//      pls" (a politeness word instead of the verb), "tell me your number".
//  11. HELD: the reader already holding the sender's channel, or the reader's channel checked:
//      "u got my number right?", "is your number the one on the van?".
//  12. LOCATION: the reader's location or pin asked for: "send me ur location".
//  13. APP-USE: an app asked about with any verb of using it: "do you do signal?", "you check
//      telegram?".
//  14. HINGLISH: "aapko call kar sakta hu?", "tumhe whatsapp karu".
CHANNEL_REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // 8. ELSEWHERE (the two parties as its subject, not "the mechanic will talk privately with the advisor")
    re: new RegExp(
      String.raw`\b(?:talk|chat|speak|connect|communicate|continue|message|discuss\s+(?:it|this)|link\s+up)\s+(?:(?:this|it|(?:this|the|our)\s+(?:conversation|chat|convo))\s+)?(?:privately|in\s+private|somewhere(?!\s+(?:here|in\s+the\s+app))|some\s*place\s+else|outside\s+(?:of\s+)?(?:here|the\s+app|this\s+app|the\s+platform)|(?:(?:proper(?:ly)?|direct(?:ly)?|later|tonight)\s*,?\s*)?${PLATFORM_LEFT})\b`,
      "gi",
    ),
    accept: (m, text) => asked(m, text) && PARTIES_BEFORE.test(before(text, m, 24)),
    phrase: true,
    words: "privately private somewhere someplace outside not".split(" "),
  },
  {
    kind: REQUEST, // 9. EXCHANGE
    re: /\b(?:exchange|swap|trade|share)\s+(?:our\s+)?(?:numbers|digits|contacts|contact\s+(?:info|details)|e-?mails|socials|whatsapps?|cells)\b/gi,
    accept: asked,
    phrase: true,
    words: "exchange swap trade share".split(" "),
  },
  {
    kind: REQUEST, // 10. BARE: "number?" as a sentence, "ur contact no. pls", "tell me your number"
    re: /(?:^|(?<=[.!?\n]\s*))(?:(?:your|ur|yr)\s+)?(?:number|cell|digits|whatsapp|e-?mail|contact)\s*\?|\b(?:your|ur|yr)\s+(?:contact\s+)?(?:number|no\.?|num|cell|mobile|whatsapp|e-?mail|contact)\s*(?:pls|plz|please|sir|bro|mate|boss)\b|\btell\s+(?:me|us)\s+(?:your|ur|yr)\s+(?:number|num|cell|mobile|digits|e-?mail|whatsapp|contact)\b/gi,
    accept: asked,
    phrase: true,
    words: "number cell digits whatsapp email e-mail contact tell".split(" "),
  },
  {
    kind: REQUEST, // 11. HELD: "u got my number right?", "is your number the one on the van?"
    re: /\b(?:you|u|ya)(?:['’]ve|\s+have|\s+already)?\s+(?:still\s+)?(?:got|have|saved)\s+my\s+(?:number|cell|mobile|digits|e-?mail|whatsapp)\b|\b(?:is|was)\s+(?:your|ur)\s+(?:personal\s+|work\s+)?(?:number|cell|mobile|whatsapp|e-?mail)\s+(?:the\s+(?:one|same)|still|on\s+(?:the|your))\b/gi,
    accept: asked,
    phrase: true,
    words: "got have saved is was".split(" "),
  },
  {
    kind: REQUEST, // 12. LOCATION: "send me ur location on maps", "drop your pin" (asked by a party, not "the app will share your location")
    re: /\b(?:send|share|drop|text|dm|pm|give|tell)\s+(?:me\s+|us\s+)?(?:your|ur|yr)\s+(?:live\s+|exact\s+|home\s+)?(?:location|pin|coordinates|co-ordinates|geo\s*location)\b/gi,
    accept: (m, text) => asked(m, text) && PARTIES_BEFORE.test(before(text, m, 24)),
    phrase: true,
    words: "location pin coordinates co-ordinates geo geolocation".split(" "),
  },
  {
    kind: REQUEST, // 13. APP-USE: "do you do signal?", "you check telegram?"
    re: /\b(?:(?:do|d)\s*)?(?:you|u|ya)\s+(?:do|check|read|answer\s+on|reply\s+on)\s+(?:whatsapp|signal|telegram|viber|wechat|imessage|facetime|insta(?:gram)?|snap(?:chat)?|messenger|kik|wa)\b/gi,
    accept: asked,
    phrase: true,
    words: "whatsapp signal telegram viber wechat imessage facetime insta instagram snap snapchat messenger kik wa".split(" "),
  },
  {
    kind: REQUEST, // 14. HINGLISH: "aapko direct call kar sakta hu?", "tumhe whatsapp karu"
    re: /\b(?:aapko|apko|aap\s+ko|tumko|tumhe|tujhe)\s+(?:direct\s+|seedha\s+)?(?:call|phone|msg|message|whatsapp|text|sms)\s+(?:kar|karu|karun|karunga|karungi|karo|kare|karein)\b/gi,
    accept: asked,
    phrase: true,
    words: "aapko apko aap tumko tumhe tujhe".split(" "),
  },
);

// ----- round 23: the channel named as where the talk goes ------------------------------------------
//  15. TO-CHANNEL: the conversation taken, moved or switched to a channel named as a destination:
//      "let's take this to email", "can we move to texts?", "switch it over to a phone call",
//      "let's take this to DMs", "we jump on a proper call" (round 32: "on" before "a"). A verb and its party as in ELSEWHERE, and not a setting of the
//      app's ("switch to email notifications") or a thing sent ("move the invoice to email").

/** A channel named as a destination: e-mail, texts, DMs, a phone call, a messaging app. */
const NAMED_CHANNEL = String.raw`(?:e[\s-]?mails?|texts?|texting|txts?|sms|dms?|pms?|direct\s+messages?|private\s+messages?|(?:a\s+)?(?:phone\s+|proper\s+|quick\s+)?call|the\s+phone|phone|whats\s?app|telegram|signal|viber|messenger|insta(?:gram)?|facebook|fb|imessage|facetime)`;

/** The platform's own feature asked about before it: "does the app let us move this to a call?". */
const PLATFORM_BEFORE = /\b(?:app|platform|system|site|autodoctor)\b[^.!?,;\n]{0,24}$/i;

/** The app's own settings or a document after the channel: "switch to email notifications", "move to text alerts". */
const APP_SETTING_AFTER = /^\s*(?:notifications?|alerts?|updates?|reminders?|receipts?|confirmations?|mode|settings?|verification|codes?|login|sign[\s-]?in)\b/i;

/**
 * The channel word as a verb with its object ("continue to email the supplier", "continue to call
 * round the yards") or as the first word of a compound ("the phone shop", "phone holder", "call
 * centre", "email invoices", "the phone's settings", "text-to-speech", "text-only"): a thing or an
 * errand, not where the talk goes (round 23 review).
 */
const CHANNEL_AS_VERB_OR_COMPOUND =
  /^(?:\s+(?:the|my|your|his|her|their|our|each|them|him|me|us|round|around|people|customers?|shop|store|repair|holder|mount|cent(?:re|er)|audio|settings?|menu|invoices?|billing|statements?|queue|tab|log)\b|['’]s\b|-(?=\p{L}))/iu;
/** A notice the app sends named later in the clause: "switch to text instead of email for the booking reminders". */
const APP_NOTICE_LATER = /^[^.!?\n]{0,50}\b(?:notifications?|alerts?|reminders?|receipts?|invoices?|confirmations?)\b/i;
/** The sender's own question answered "no" at once: "take this to email? lol no, the platform handles it". */
const ANSWERED_NO = /^\s*\?\s*(?:lol\s+|haha\s+|hmm\s+)?(?:no|nah|nope|never)\b/i;
/** The car's audio around it: "switch it to phone so the music stops", "switch over to phone in the CarPlay settings". */
const CAR_AUDIO = /\b(?:bluetooth|car\s*play|android\s+auto|radio|stereo|head\s+unit|speakers?|music|audio|sat\s*nav)\b/i;
/** How far either side of the move its clause is read for `APP_NOTICE_LATER` and `CAR_AUDIO`, in characters. */
const CLAUSE_REACH = 60;

CHANNEL_REQUEST_PATTERNS.push({
  kind: REQUEST, // 15. TO-CHANNEL: "let's take this to email", "can we move to texts?", "switch it over to a phone call"
  re: new RegExp(
    String.raw`\b(?:take|move|switch|shift|continue|carry\s+on|jump|hop)\s+(?:(?:this|it|things|us|(?:this|the|our)\s+(?:conversation|chat|convo|discussion|thread))\s+)?(?:over\s+|across\s+)?(?:to|onto|on(?=\s+a\s))\s+${NAMED_CHANNEL}\b`,
    "gi",
  ),
  accept: (m, text) =>
    asked(m, text) &&
    PARTIES_BEFORE.test(before(text, m, 24)) &&
    !PLATFORM_BEFORE.test(before(text, m, 40)) &&
    !APP_SETTING_AFTER.test(after(text, m, 30)) &&
    !CHANNEL_AS_VERB_OR_COMPOUND.test(after(text, m, 30)) &&
    !APP_NOTICE_LATER.test(after(text, m, CLAUSE_REACH)) &&
    !ANSWERED_NO.test(after(text, m, 20)) &&
    !CAR_AUDIO.test(`${before(text, m, CLAUSE_REACH)} ${after(text, m, CLAUSE_REACH)}`),
  phrase: true,
  words: "take move switch shift continue carry jump hop".split(" "),
});

// ----- round 32: the move proposed by what it does, not by a channel asked for ---------------------
//  16. BETTER-CHANNEL: a channel said to be the easier one, with the hand-over or the two parties
//      after it: "email is easier for the invoice, send me yours", "a call would be quicker for us".
//  17. YOUR-SIDE: the reader's colleague asked to contact the sender: "could your service advisor
//      email me", "can your mechanic give me a ring" (the reader's own "could you call me" is phrases.ts's).
//  18. OWN-LINE: the sender ringing the reader's line, or asked for a missed call: "I'll call your
//      line tonight", "let me ring your mobile", "drop me a missed call".
//  19. OTHER-PHONE: the contact announced from a phone the reader has not seen: "my wife will reach
//      out to you from her phone", "look for a text from a 778 number".
//  20. SAID-NOT-TYPED: a detail said or shown on a call rather than typed, so no filter reads it:
//      "I'll say it on the video call instead of typing it".
//  21. UNREAD-PLACE: a detail put where the platform does not look: "put it in the notes on the
//      invoice, they don't check those".

/** A channel one could prefer: e-mail, a text, a call, a messaging app. */
const PREFERRED_CHANNEL = String.raw`(?:e-?mail(?:ing)?|text(?:ing)?|sms|a\s+(?:phone\s+|quick\s+|proper\s+)?call|calling|whats\s?app|telegram|signal|facetime)`;
/** What makes "email is easier" a move: the reader's detail asked for, or the two parties, after it. */
const BETWEEN_US_AFTER = /^[^.!?\n]{0,60}\b(?:(?:send|give|drop|text|tell|shoot|pass)\s+(?:me|us)\s+(?:yours|your|ur)|for\s+(?:both\s+of\s+us|us\s+both)|between\s+us)\b|^\s*\?/i;
/** Someone on the reader's side: their advisor, mechanic, office. */
const YOUR_PEOPLE = String.raw`your\s+(?:service\s+)?(?:advisor|adviser|mechanic|manager|boss|colleague|receptionist|office|team|tech(?:nician)?|owner|staff|guy|partner|workshop|garage)`;

CHANNEL_REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // 16. BETTER-CHANNEL
    re: new RegExp(
      String.raw`\b${PREFERRED_CHANNEL}\s+(?:is|['’]s|would\s+be|will\s+be|works)\s+(?:much\s+|way\s+|a\s+lot\s+|far\s+|so\s+much\s+)?(?:easier|quicker|faster|simpler|better|best)\b`,
      "gi",
    ),
    accept: (m, text) => asked(m, text) && BETWEEN_US_AFTER.test(after(text, m, 70)),
    phrase: true,
    words: "easier quicker faster simpler better best".split(" "),
  },
  {
    kind: REQUEST, // 17. YOUR-SIDE
    re: new RegExp(
      String.raw`\b(?:could|can|would|will)\s+${YOUR_PEOPLE}\s+(?:please\s+|just\s+)?(?:e-?mail|call|ring|phone|text|whatsapp|message|contact|give\s+me\s+a\s+(?:call|ring|bell))\s+(?:me|us)?`,
      "gi",
    ),
    accept: (m, text) => asked(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: ["your"],
  },
  {
    kind: REQUEST, // 18. OWN-LINE
    re: /\b(?:i['’]?ll|i\s+will|let\s+me|i\s+can|i\s+could|i['’]?m\s+(?:going\s+to|gonna)|shall\s+i)\s+(?:call|ring|phone|text|dial|try|buzz)\s+(?:your|ur)\s+(?:own\s+|personal\s+|direct\s+|private\s+|mobile\s+|cell\s+|work\s+|home\s+|office\s+)?(?:line|number|mobile|cell|landline|phone)\b(?!\s+of\b)|\b(?:drop|give|send|leave)\s+(?:me\s+|us\s+)?a\s+(?:quick\s+)?missed\s+call\b|\bmissed\s+call\s+(?:me|us)\b|\bflash\s+(?:me|my\s+(?:line|number|phone))\b/gi,
    accept: (m, text) => asked(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: "line number mobile cell landline phone missed flash".split(" "),
  },
  {
    kind: REQUEST, // 19. OTHER-PHONE
    re: /\b(?:reach\s+out\s+to|call|ring|phone|text|message|contact|whatsapp|e-?mail)\s+(?:you|u)\s+(?:from|off)\s+(?:my|her|his|our|their)\s+(?:own\s+|personal\s+|private\s+|other\s+|work\s+|home\s+|new\s+)?(?:phone|number|mobile|cell|line|e-?mail|account)\b|\blook\s+(?:out\s+)?for\s+(?:a|my|our|her|his)\s+(?:text|call|message|e-?mail|missed\s+call)\s+from\s+(?:a|an|my|her|his|our|this)\s+[^\s.,!?]{1,12}\s*(?:number|no\.?|mobile)\b/gi,
    accept: asked,
    phrase: true,
    words: "from".split(" "),
  },
  {
    kind: REQUEST, // 20. SAID-NOT-TYPED
    re: /\b(?:say|read|spell|tell\s+(?:you|u)|show\s+(?:you|u)|give\s+(?:you|u))\s+(?:it|them|that|my\s+\w+|the\s+(?:number|digits|details|e-?mail))\s+(?:out\s+(?:loud\s+)?)?(?:on|over|during|in)\s+(?:the|a|our)?\s*(?:video\s*|phone\s+|voice\s+)?(?:call|chat|camera|phone)\b(?=[^.!?\n]{0,12}\b(?:instead|rather\s+than|than\s+(?:type|typing|write|writing))\b)/gi,
    accept: (m, text) => !negatedBefore(text, m.index),
    phrase: true,
    words: "instead rather than".split(" "),
  },
  {
    kind: REQUEST, // 21. UNREAD-PLACE (a verb of putting a thing somewhere earlier in the sentence)
    re: /\b(?:(?:they|the\s+app|the\s+platform|the\s+system|autodoctor|nobody|no\s+one|admins?|mods?|moderators?)\s+(?:don['’]?t|doesn['’]?t|won['’]?t|never|can['’]?t|do\s+not|does\s+not|will\s+not|cannot)\s+(?:even\s+)?(?:check|read|see|scan|monitor|moderate|filter|look\s+at)|(?:nobody|no\s+one)\s+(?:ever\s+)?(?:checks|reads|sees|scans|monitors|looks\s+at))\s+(?:those|that|these|it|them|there|the\s+(?:notes?|invoices?|comments?|attachments?|photos?|pdfs?))\b/gi,
    accept: (m, text) => /\b(?:put|pop|drop|write|leave|add|type|stick|hide|slip|note)\s+(?:it|them|that|your\s+\w+|my\s+\w+)\b[^.!?\n]*$/i.test(before(text, m, 90)),
    phrase: true,
    words: "check read see scan monitor moderate filter look checks reads sees scans monitors looks".split(" "),
  },
);

// ----- round 33: the call or the channel proposed with its own words --------------------------------
//  22. ASKED-POLITELY: a call asked for with a gerund after "mind" or "fancy": "mind giving me a call?",
//      "would you mind ringing me tonight" ("mind giving me a minute" names no channel).
//  23. ON-YOUR-LINE: a party called or shouted at on a phone line: "I'll call u on ur mobile in 10", "give
//      you a shout on the phone later", "ring me on my landline"; the sender or the reader as the one
//      calling ("your insurer will call you on your mobile" is a third party's call, not read).
//  24. TEXT-SLANG: a text, an SMS or a voice note asked for with a verb of flinging: "flick me an sms",
//      "I'll bung you a text tonight", "chuck us a voice note" ("flick me a photo here" names no channel).
//  25. MEETING-LINK: a video meeting on another service set up or sent: "I'll send you a Zoom link", "I'll
//      send a Teams invite over", "let's do a quick zoom", "Google Meet at 10? I'll invite you" ("my boss
//      sends me a Zoom link every Monday", "I was on a Teams call all morning": told, not proposed).
//  26. DOCUMENT-ELSEWHERE: the quote, the invoice or the photos sent to the reader by e-mail or to a
//      mailbox or app: "I'll send you the full quote by email", "send the quote to my gmail" ("I'll send
//      you the quote through the app", "I'll send the invoice to the insurer by email" stay innocent).

/**
 * The one calling is the sender or the reader: a first person, a request or the clause's start before the
 * verb, not a third party ("your insurer will call you on your mobile").
 */
const CALLER_BEFORE =
  /(?:^|[.!?,;:\n]\s*|\b(?:i['’]?ll|i\s+will|i\s+can|i\s+could|i\s+shall|i['’]?d|i['’]?m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)|ima|let\s+me|lemme|let['’]?s|lets|shall\s+i|can\s+i|could\s+i|should\s+i|(?:can|could|would|will)\s+(?:you|u)|you\s+(?:can|could)|we\s+(?:can|could)|(?:happy|glad|keen)\s+to|just|pls|please|plz|mate|then)\s+(?:just\s+|quickly\s+|quick\s+|give\s+)?)$/i;

/** The proposal asked back and turned down in its own sentence: "set up a teams meeting with your manager? no need", "send you a friend request? haha no". */
const ASKED_AND_REFUSED = /^[^.!?\n]{0,40}\?\s*(?:(?:lol|haha|hmm|ha|um)\s+)?(?:no|nah|nope|never)\b/i;

/** `asked`, and not asked back and turned down (`ASKED_AND_REFUSED`). */
const offered = (m: RegExpExecArray, text: string): boolean => asked(m, text) && !ASKED_AND_REFUSED.test(after(text, m, 60));

/** A phone line: "the phone", "my mobile", "ur cell", "your landline". */
const PHONE_LINE = String.raw`(?:the|my|your|ur|yr|his|her)\s+(?:own\s+|personal\s+|private\s+|work\s+|home\s+)?(?:phone|mobile|cell(?:\s*phone)?|landline|blower|line)`;

/** A video-meeting service other than the platform's own call. */
const MEETING_APP = String.raw`(?:zoom|teams|ms\s+teams|microsoft\s+teams|google\s+meet|g\s*meet|meet|webex|whereby|jitsi|skype|facetime)`;

/** A thing sent about the job: a quote, an invoice, the photos. */
const JOB_PAPER = String.raw`(?:(?:full|final|proper|detailed|official|itemi[sz]ed|written|updated|new)\s+)?(?:quote|quotation|estimate|invoice|receipt|breakdown|photos?|pics?|pictures|videos?|paperwork|documents?|docs|pdf|report|bill)`;

/** The words `JOB_PAPER` cannot match without. */
const JOB_PAPER_WORDS = "quote quotation estimate invoice receipt breakdown photo photos pic pics pictures video videos paperwork document documents docs pdf report bill".split(" ");
/** The channel words of DOCUMENT-ELSEWHERE: the medium or the mailbox the paper goes by. */
const DOCUMENT_CHANNEL_WORDS = "email e-mail gmail text sms whatsapp telegram post hotmail yahoo outlook icloud proton protonmail inbox signal".split(" ");

/** A mailbox or an app named as where a thing goes: "my gmail", "your email", "ur whatsapp". */
const OWN_INBOX = String.raw`(?:my|your|ur|yr|our)\s+(?:personal\s+|private\s+|own\s+|work\s+|other\s+)?(?:gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?|e-?mail(?:\s+address)?|inbox|whats\s?app|telegram|signal)`;

CHANNEL_REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // 22. ASKED-POLITELY
    re: /\b(?:mind|fancy)\s+(?:giving\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell|tinkle|shout)|(?:calling|ringing|phoning|texting|whatsapping|facetiming|e-?mailing)\s+(?:me|us))\b/gi,
    // "would you mind giving me a quick call before you start on it?": a notice before the work, as the older rules keep it.
    accept: (m, text) => offered(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: ["mind", "fancy"],
  },
  {
    kind: REQUEST, // 23. ON-YOUR-LINE
    re: new RegExp(
      String.raw`\b(?:call|ring|phone|text|txt|buzz|reach|give\s+(?:you|u|ya|me|us)\s+a\s+(?:shout|holler|bell|buzz|call|ring|tinkle))\s+(?:(?:you|u|ya|me|us)\s+)?on\s+${PHONE_LINE}\b`,
      "gi",
    ),
    accept: (m, text) => offered(m, text) && CALLER_BEFORE.test(before(text, m, 30)) && !/\b(?:it|they|he|she)\b/i.test(m[0]) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: "phone mobile cell cellphone landline blower line".split(" "),
  },
  {
    kind: REQUEST, // 24. TEXT-SLANG
    re: /\b(?:flick|bung|chuck|fling|whack|fire|ping)\s+(?:me|us|you|u|ya)\s+(?:an?\s+)?(?:quick\s+)?(?:sms|txt|text(?:\s+message)?|whats\s?app|imessage|voice\s*(?:note|message|memo))\b/gi,
    accept: offered,
    phrase: true,
    words: "flick bung chuck fling whack fire ping".split(" "),
  },
  {
    kind: REQUEST, // 25. MEETING-LINK
    re: new RegExp(
      String.raw`\b(?:send|e-?mail|text|share|drop|forward|ping)\s+(?:(?:you|u|ya)\s+)?(?:over\s+)?(?:a|an|the|my)\s+(?:quick\s+)?${MEETING_APP}\s+(?:link|invite|invitation|call\s+link|meeting(?:\s+link)?)\b|\b(?:do|have|hop\s+on|jump\s+on|set\s+up|arrange|schedule|book)\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:zoom|webex|google\s+meet|g\s*meet|teams\s+(?:call|meeting))\b|\b(?:i['’]?ll|i\s+will|let\s+me|lemme|i\s+can)\s+(?:send\s+(?:you|u)\s+an?\s+)?invite\s*(?:you|u)?\b(?<=${MEETING_APP}\b[^.!\n]{0,60})`,
      "gi",
    ),
    accept: (m, text) => offered(m, text) && CALLER_BEFORE.test(before(text, m, 30)),
    phrase: true,
    words: "zoom teams google gmeet webex whereby jitsi skype facetime".split(" "),
  },
  {
    kind: REQUEST, // 26. DOCUMENT-ELSEWHERE
    re: new RegExp(
      String.raw`\b(?:send|e-?mail|forward|mail|shoot|pass|text)\s+(?:(?:you|u|ya|me|us)\s+)?(?:over\s+)?(?:the|my|a|your|ur|our|this|that)\s+${JOB_PAPER}\s+(?:(?:by|via|over|through|on)\s+(?:e-?mail|gmail|text|sms|whats\s?app|telegram|post)|(?:to|at|on)\s+${OWN_INBOX})\b`,
      "gi",
    ),
    accept: (m, text) => offered(m, text) && CALLER_BEFORE.test(before(text, m, 30)),
    phrase: true,
    // a channel word and a paper word both in the text: either alone is common in repair chat
    wordTest: (words) => DOCUMENT_CHANNEL_WORDS.some((w) => words.has(w)) && JOB_PAPER_WORDS.some((w) => words.has(w)),
  },
);

//  27. MY-SIDE: someone of the sender's calling the reader by another channel or directly: "my advisor will reach out to you by
//      phone tomorrow", "my husband will call you directly" ("my husband will call you through the app" stays innocent).
//  28. PIDGIN-PHONE: the talk taken to the phone in Nigerian Pidgin: "make we yarn for phone", "make we gist on phone".
//  29. EMAILED-PAPER: the sender's own e-mail or text already sent with the quote: "I emailed you the quote directly", "I've
//      texted you the invoice" ("I sent you the quote", "the platform emailed you the receipt" name no channel or no sender).

/** Someone on the sender's side: their advisor, partner, family. */
const MY_PEOPLE = String.raw`(?:my|our)\s+(?:service\s+)?(?:advisor|adviser|colleague|boss|manager|partner|husband|wife|son|daughter|brother|sister|dad|mum|mom|mate|office|receptionist|assistant|secretary|team|guy)`;

CHANNEL_REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // 27. MY-SIDE
    re: new RegExp(
      String.raw`\b${MY_PEOPLE}\s+(?:will|['’]ll|is\s+going\s+to|can|could|should|would)\s+(?:reach\s+out\s+to|call|ring|phone|text|e-?mail|contact|whatsapp|message|get\s+in\s+touch\s+with)\s+(?:you|u)\s+(?:directly|direct|${CHANNEL_MEDIUM})\b`,
      "gi",
    ),
    accept: (m, text) => offered(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: "advisor adviser colleague boss manager partner husband wife son daughter brother sister dad mum mom mate office receptionist assistant secretary team guy".split(" "),
  },
  {
    kind: REQUEST, // 28. PIDGIN-PHONE
    re: /\b(?:make\s+we|mek\s+we|we\s+go)\s+(?:yarn|gist|talk|discuss)\s+(?:for|on|by|over)\s+(?:the\s+)?phone\b/gi,
    accept: offered,
    phrase: true,
    words: ["phone"],
  },
  {
    kind: REQUEST, // 29. EMAILED-PAPER
    re: new RegExp(String.raw`\b(?:i|we)(?:['’]ve|\s+have|\s+just|\s+already)*\s+(?:e-?mailed|texted|whatsapped|gmailed)\s+(?:you|u)\s+(?:over\s+)?(?:the|a|my|our|your)\s+${JOB_PAPER}\b`, "gi"),
    accept: offered,
    phrase: true,
    words: "emailed e-mailed texted whatsapped gmailed".split(" "),
  },
);

//  30. RATHER-CALL: the sender's preference to ring the shop or the reader direct: "I'd rather just ring them", "I'd prefer to
//      call you", "rather phone the garage myself" ("I'd rather not call them", "I'd rather call through the app" stay innocent).
//  31. SHARE-YOURS: the reader's channel asked to be shared: "mind sharing your mobile?", "can you share your email" ("share
//      your mobile data", "share your phone screen" are no channel).

CHANNEL_REQUEST_PATTERNS.push(
  {
    kind: REQUEST, // 30. RATHER-CALL
    re: /\b(?:i['’]?d|i\s+would|i['’]?m\s+gonna|i\s+prefer\s+to|i['’]?d\s+prefer\s+to)\s+(?:rather\s+|sooner\s+)?(?:just\s+)?(?:ring|call|phone|text|e-?mail|whatsapp)\s+(?:them|you|u|him|her|(?:the|your)\s+(?:shop|garage|workshop|mechanic|office|owner|front\s+desk))(?:\s+(?:myself|direct(?:ly)?))?\b(?=[^.!?\n]{0,30}(?:$|[.!?\n]|\b(?:myself|direct(?:ly)?|instead|easier|quicker|faster)\b))/gi,
    // "rather" or "prefer" is what makes it a choice: "I'd ring them" alone is a plan with anyone.
    accept: (m, text) => /\b(?:rather|sooner|prefer)\b/i.test(m[0]) && offered(m, text) && !NOTIFY_TAIL.test(after(text, m, 40)),
    phrase: true,
    words: "rather sooner prefer".split(" "),
  },
  {
    kind: REQUEST, // 31. SHARE-YOURS
    re: /\bshar(?:e|ing)\s+(?:with\s+me\s+)?(?:your|ur|yr)\s+(?:personal\s+|private\s+|direct\s+)?(?:number|num|digits|cell|mobile|phone\s+number|e-?mail(?:\s+address)?|whats\s?app|contact(?:\s+(?:details|info|number))?)\b(?!\s+(?:data|hotspot|plan|screen|signal|bill|app))/gi,
    accept: (m, text) => offered(m, text) && !PLATFORM_BEFORE.test(before(text, m, 40)),
    phrase: true,
    words: ["share", "sharing"],
  },
);
