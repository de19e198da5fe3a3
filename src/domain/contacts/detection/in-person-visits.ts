/**
 * A visit in person proposed outside the booking (OFF_PLATFORM_DEAL), issue 13, round 31: the
 * mechanic offering to come to the customer ("I can pop over after my shift if you're local", "im in
 * ur area tuesday anyway, ill drop by and do it on your drive", "Wpadnę do ciebie do domu po pracy,
 * za gotówkę"), the customer asking the mechanic to come out ("can you come round tonight and have a
 * look in person? it's quicker than all this video stuff"), the sender's workplace as the place to
 * find them ("i work at the kmart in the mall, come by the service desk tmrw and ask for me"), the
 * reader told to come where the sender is off the clock, and a meeting at a public place with a time
 * abroad ("ketemuan di parkiran Alfamart besok jam 4", "Rendez-vous au stationnement du Costco,
 * 18h"). `private-visits.ts` reads the sender's own place and the English meeting at a public place
 * or an event; `home-directions.ts` reads the way to a home.
 *
 * A visit alone is no deal: the platform books mobile mechanics, who come to homes and drives
 * ("I'll come to yours at 10 and do the plugs on the drive"), and customers bring cars to the booked
 * workshop after work ("I'll swing by after work to pick it up"). So each rule reads two things in
 * the sentence (or the one after it, where a question's reason follows it):
 *
 *   VISIT  the sender coming to the reader's home ("I'll swing past yours", "I can stop by" with "in
 *          your area" or "if you're local"), work offered at the reader's place ("do the plugs in
 *          your driveway"), or the reader asked out ("could you come to the house?");
 *   OFF    why it is not the booked visit: the sender off duty ("after my shift", "off the clock",
 *          "in ur area anyway", "doing another job"), cash in hand, the booking or app left out
 *          ("outside of the booking", "no booking"), a price under the booked one, or the
 *          platform's screen shunned ("in person than on this little screen").
 *
 * The booked visit (`BOOKED`: "as booked", "book the mobile option", "instead of 2"), an errand
 * ("to drop off the spare key"), negations and refusals ("I can't pop over after work"), stories ("my
 * neighbour came over and had a look", "he said he'd swing by") and questions about home visits ("do
 * you do home visits?") stay innocent; `live` reads the refusals and the platform pointed back at. A
 * customer's own time ("after work") or cash is no OFF for their asking the mechanic out, and the
 * languages' "at yours" ("chez vous", "bei Ihnen", "do pana") counts only with the app left out:
 * either is as often the customer's errand to the workshop. The text reaches the rules normalised:
 * accents dropped, Arabic alef folded.
 */
import { after, before, negatedBefore, type Pattern, sentenceAndNext, sentenceAt, sentencesFrom } from "./context.ts";
import { CASH_OR_JOB_THERE, isSocialMeeting } from "./deal-talk.ts";
import { skeletonAlternation } from "./normalise.ts";
import { live } from "./phrases.ts";

const DEAL = "OFF_PLATFORM_DEAL" as const;

/** Speech reported before the match in its sentence: "he said I'll pop over after work", "she told me: ...". */
const REPORTED_BEFORE = /(?:\b(?:said|says|told|asked|wrote|tells|offered|reckon(?:ed|s)|claim(?:ed|s))\b|[:"“])[^.!?\n]*$/i;

/** Speech reported before the match in its sentence (`REPORTED_BEFORE`). */
const reportedBefore = (m: RegExpExecArray, text: string): boolean => REPORTED_BEFORE.test(text.slice(sentenceAt(text, m.index, m.index)[0], m.index));

/** Booked-visit words: a visit through the booking ("I'll come to yours at 10 for the booked service"). */
const BOOKED =
  /\b(?:booked|booking\s+(?:at|for|is|was)|as\s+booked|(?:as\s+per|per|for)\s+(?:the|your)\s+(?:booking|appointment)|your\s+(?:booking|appointment|slot)|the\s+(?:appointment|slot)|schedul\w*|reschedul\w*|through\s+the\s+app|via\s+the\s+app|in\s+the\s+app|earlier\s+than|instead\s+of\s+(?:at\s+)?\d)\b|(?<!\b(?:no\s+need\s+to|don['’]?t|dont|do\s+not|without|not|never)\s+)\bbook\s+(?:it\s+|us\s+|me\s+)?(?:in\b|through|via|on\s+here|(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:mobile|call-?out|home\s+visit|visit|slot)\b)|\bbooking\s+fee\b/i;

/** Moving to a place in English: "pop over", "swing past", "stop by", "come out", "call round", "pop in". */
const MOVE = String.raw`(?:come|pop|swing|nip|stop|drop|call|head|run|shoot|zip|whip|duck)\s+(?:over|round|around|by|past|out|down|up|in)`;

/**
 * VISIT, the sender coming: "I can pop over", "ill drop by", "we'll swing past yours", "I don't mind
 * coming out" (not "I came over", a story, nor "I can't", a refusal).
 */
const SENDER_COMES = new RegExp(
  String.raw`\b(?:i|we|ill|imma|ima)(?:['’]?ll|\s+will|\s+can|\s+could|['’]?d|\s+would|\s+(?:could|can)\s+(?:always|easily|just)|['’]?m\s+(?:happy|able|gonna|going)\s+to|\s+am\s+(?:happy|able|going)\s+to|\s+(?:might|may))?\s+(?:just\s+|still\s+|easily\s+|quickly\s+|happily\s+|probably\s+|even\s+)?(?:${MOVE}|come\s+(?:(?:personally|myself|over|round|out|down)\s+)?(?=to\s+(?:yours|your|ur|you|u|ya)\b))\b|\b(?:i|we)\s+(?:don['’]?t|do\s+not)\s+mind\s+(?:coming|popping|swinging|nipping|stopping|dropping|calling|heading|running)\s+(?:over|round|around|by|past|out|down|up)\b`,
  "gi",
);

/** Where the sender comes: the reader's home, block or area ("yours", "your drive", "your society parking", "out to you", "in your area", "if you're local"). */
const TO_THE_READER =
  /\b(?:yours|(?:to|at|on|in|by|past)\s+(?:your|ur|yr)\s+(?:(?:society|building|apartment|block|estate|complex|compound)\s+)?(?:place|house|home|drive(?:way)?|premises|flat|gaff|yard|street|door|residence|parking|car\s*park|society|building|apartment|compound|estate)|out\s+to\s+(?:you|u|ya)\b|(?:in|round|near)\s+(?:your|ur|yr)\s+(?:area|way|neck\s+of\s+the\s+woods|end|street|suburb)|if\s+(?:you['’]?re|youre|ur|you\s+are|u\s+r)\s+(?:local|nearby|close(?:\s+by)?|near(?:by)?|around))\b/i;

/** Round 52: the sender's coming aimed at the reader themself, right after the verb ("ill come to you after my shift"). */
const COMES_TO_YOU = /^\s*to\s+(?:you|u|ya)\b/i;

/**
 * The reader's workplace or the sender living near the reader ("swing by your work", "I live 5
 * minutes from you", "you're only round the corner from me"): a visit to the reader when the job is
 * offered with it, not the customer's errand to the workshop ("I'll drop by your work after my shift").
 */
const NEAR_THE_READER =
  /\b(?:(?:to|at|by|past)\s+(?:your|ur|yr)\s+(?:work(?:place)?|office|job)|(?:i\s+live|i['’]?m|im|i\s+am)\s+(?:just\s+|only\s+|literally\s+)?(?:[\w-]+\s+){0,3}?(?:from|near|close\s+to|round\s+the\s+corner\s+from)\s+(?:you|u|ya)|(?:you['’]?re|youre|ur|you\s+are)\s+(?:just\s+|only\s+|literally\s+)?(?:[\w-]+\s+){0,3}?(?:from|near|close\s+to|round\s+the\s+corner\s+from)\s+me)\b/i;

/** A shop, the booking or the app as what a price is set against: "a shop", "any garage", "the dealer", "what the shop charges". */
const A_SHOP = String.raw`(?:(?:the|your|a|any|an?\s+(?:\w+\s+)?)\s*)?(?:workshop|garage|shop|app|booking|quote|dealer(?:ship)?|mechanic)s?`;

/**
 * OFF, the sender's visit priced under the booked one: "cheaper than the workshop", "half the price", "for less", "for way
 * less than a shop", "half what the shop charges" (round 50).
 */
const UNDERCUT = new RegExp(
  String.raw`\b(?:(?:cheaper|less)\s+than\s+${A_SHOP}|half\s+(?:the\s+)?price|for\s+less|(?:half|a\s+fraction\s+of|a\s+third\s+of)\s+(?:of\s+)?what\s+${A_SHOP}\s+(?:would\s+)?(?:charges?|wants?|asks?|quoted?))\b`,
  "i",
);

/** The shop or the booking left out (round 50): "skip the shop", "forget the garage", "no need to go to a shop". */
const SHOP_LEFT_OUT =
  /\b(?:skip|forget|ditch|bypass|avoid)\s+(?:the|a|your)\s+(?:shop|garage|workshop|mechanic|booking)s?\b|\bno\s+need\s+(?:to\s+(?:go\s+to|pay)|for)\s+(?:the|a)\s+(?:shop|garage|workshop)\b/i;

/** The sender as who does the work: "I can", "I'll", "we could", just before the verb (not "you could do it yourself"). */
const SENDER_DOES_BEFORE =
  /\b(?:i|we|ill|imma|ima)(?:['’]?ll|['’]?d|\s+(?:can|could|will|would|might|may|(?:am|['’]?m)\s+(?:happy|able|gonna|going)\s+to))?\s+(?:(?:just|easily|happily|also|even|still|probably|definitely)\s+)?$/i;

/** An errand at the visit, not a job: keys, papers or the car dropped off or picked up. */
const ERRAND =
  /\bto\s+(?:drop\s+(?:off\s+)?|return|bring|give\s+(?:you\s+)?|hand\s+(?:over\s+)?|pick\s+up|collect|get|grab|fetch|sign)\s*(?:you\s+)?(?:the\s+|your\s+|my\s+|a\s+)?(?:spare\s+)?(?:keys?|paperwork|invoice|receipt|car|part|parts|documents?|logbook|forms?|cheque)\b|\bto\s+(?:pick|collect)\s+(?:it|the\s+car|her)\s+up\b/i;

/** Papers, not the car: "have a look at the quote", "check the invoice" is no job done at a visit. */
const PAPERWORK = String.raw`(?:quote|invoice|bill|price|prices|estimate|paperwork|receipt|booking|options|photos?|pictures?|report|app|messages?)\b`;

/** The work the sender does at the visit: "do it", "do the plugs", "have a look at it", "sort it", "can check it". */
const DOES_THE_JOB = new RegExp(
  String.raw`\b(?:do|fix|sort|check|service|swap|change|bleed|diagnose)\s+(?:it|her|them|the\s+(?!${PAPERWORK})\w+)\b|\b(?:have|take)\s+a\s+(?:look|squiz|gander|butchers|listen|peek)\b(?!\s+at\s+(?:the\s+|your\s+)?${PAPERWORK})|\blook\s+at\s+(?:it|her|the\s+(?!${PAPERWORK})\w+)\b`,
  "i",
);

/**
 * OFF, the sender's visit to the reader's home in their own time: "after my shift", "after work",
 * "off the clock", "on my day off", "in ur area tuesday anyway", "doing another job", "if you're
 * local". A booked mobile mechanic comes in working hours, as part of the job.
 */
const OFF_DUTY =
  /\b(?:after\s+(?:my\s+|i\s+)?(?:shift|work|hours|finish(?:ing)?|knock\s+off|clock\s+off|get\s+off)|(?:when|once)\s+i\s+(?:finish|knock\s+off|clock\s+off|get\s+off)|off\s+the\s+clock|(?:in|on)\s+my\s+(?:own\s+time|day\s+off|lunch(?:\s+break)?|way\s+home|way\s+back)|(?:area|way|end|woods)\b[^.!?\n]{0,30}\banyway|doing\s+(?:a|another|an\s+other)\s+(?:\w+\s+)?job|for\s+another\s+job)\b/i;

/** OFF, the deal's own terms: cash in hand, the booking or app left out, off the books. */
// Round 34: a bare "cash" closing a clause ("..., do the bulbs, cash", "20 bucks cash") is the terms as much.
// Round 52: the money readied for the visit ("have the money ready"), paid or given to the sender directly ("you give me
// directly"), the workshop said not to be needed ("no need of workshop").
const OFF_THE_BOOKING =
  /(?:[,;–—-]\s*|\band\s+)(?:\d+\s*(?:bucks|quid|dollars|pounds|euros)?\s*)?cash(?=\s*(?:[,.;!?]|$))|\b(?:(?:for|in|pay(?:\s+(?:you|u|ya|me))?(?:\s+in)?|paid\s+in|bit\s+of|bring(?:\s+the)?|have\s+the)\s+cash|cash\s+(?:in\s+hand|on\s+the\s+day|only|job)|(?:outside|out)\s+(?:of\s+)?(?:the\s+)?(?:booking|app|platform)|no\s+(?:need\s+(?:to|for)\s+(?:a\s+|the\s+)?)?(?:booking|app)(?!\s+(?:fee|fees|charge|reference|number|needed\s+(?:in|on)))|without\s+(?:a\s+|the\s+)?(?:booking|app)|(?:skip|cancel|forget)\s+(?:the\s+)?(?:booking|app)|off\s+the\s+(?:books|app|record)|on\s+the\s+side|mates?\s+rates?|between\s+us|(?:pay|give)\s+(?:you|u|ya|me)\s+(?:(?:the\s+)?(?:money|cash|payment)\s+)?direct(?:ly)?|have\s+(?:the|your)\s+(?:money|cash|payment)\s+ready|no\s+need\s+(?:of|for)\s+(?:a\s+|the\s+)?(?:workshop|garage|shop)|(?:rather\s+than|instead\s+of)\s+(?:booking|going\s+through|the\s+(?:app|booking)))\b/i;

/**
 * OFF, the platform's screen shunned for a visit: "in person than on this little screen", "quicker
 * than all this video stuff", "rather than over the app", "easier in person than on video" (round 55).
 */
const SCREEN_SHUNNED =
  /\bthan\s+(?:on\s+|over\s+|through\s+|via\s+|with\s+|doing\s+)?(?:(?:all\s+)?(?:this|the|a|these)\s+(?:little\s+|tiny\s+|small\s+|stupid\s+)?(?:screen|video|videos|video\s+calls?|chat|app)|(?:a\s+)?video(?:\s+calls?)?)\b/i;

/**
 * OFF, the app given up on as too hard (round 34): "I don't understand the app's towing thing", "can't figure out this app",
 * "the app is too confusing": the visit asked for is arranged around it.
 */
const APP_GIVEN_UP =
  /\b(?:(?:don['’]?t|dont|do\s+not|can['’]?t|cant|cannot|couldn['’]?t)\s+(?:really\s+)?(?:understand|figure\s+out|work\s+out|get\s+the\s+hang\s+of|use|navigate|manage|deal\s+with)\s+(?:the|this|your)\s+app|(?:the|this)\s+app\s+(?:is\s+)?(?:too\s+|so\s+)?(?:confusing|complicated|useless|rubbish|impossible)|hate\s+(?:the|this)\s+app)\b/i;

/**
 * The sender's own work beside the booking (round 50): "I do driveway jobs on weekends", "I take side jobs", "I also do weekend
 * work at home", "I pick up cash jobs". `work` names its kind; a private kind (`OWN_WORK_KIND`) is the offer itself, the
 * others ("weekend jobs", "mobile work") only with a shop undercut or left out or the booking left out.
 */
const SIDE_JOBS =
  /\b(?:i|we)\s+(?:also\s+|usually\s+|sometimes\s+|still\s+|often\s+|mostly\s+|normally\s+|just\s+)?(?:do|take(?:\s+on)?|pick\s+up|fit\s+in)\s+(?:(?:a\s+few|some|the\s+odd|odd|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+)?(?<work>(?:driveway|side|cash|private|foreigner|homer|backyard|back\s?yard|garage|weekend|evening|after-?hours|mobile|home|house[\s-]?call)\s+(?:jobs?|work|gigs?|repairs?)|(?:jobs?|work)\s+(?:on\s+the\s+side|out\s+of\s+(?:my|our)\s+(?:garage|house|home|driveway|yard)|at\s+(?:my|our)\s+(?:place|house|home)|in\s+(?:my|our)\s+(?:garage|driveway|yard)|from\s+home))\b/gi;

/** Kinds of work that are the sender's own beside a shop: "driveway jobs", "side work", "cash jobs", "jobs out of my garage". */
const OWN_WORK_KIND = /^(?:driveway|side|cash|private|foreigner|homer|backyard|back\s?yard)\b|\b(?:on\s+the\s+side|out\s+of|at\s+(?:my|our)|in\s+(?:my|our)|from\s+home)\b/i;

/** The sender's offer to do the job: "I'll sort it for you", "I can do the rotors myself", "I could handle that". */
const SENDER_DOES_IT =
  /\b(?:i|ill)(?:['’]?ll|['’]?d|\s+(?:can|could|will|would))\s+(?:just\s+|happily\s+|easily\s+)?(?:do|fix|sort|handle|swap|change|replace|take\s+care\s+of)\s+(?:it|this|that|them|(?:the|your)\s+\w+)\b/gi;

/** The job done from afar or on the platform: a remote diagnosis, a video call, the session, the app. */
const REMOTE_OR_HERE = /\b(?:video|remote(?:ly)?|online|over\s+the\s+(?:phone|call)|on\s+(?:a|the)\s+call|here|session|in\s+the\s+app)\b/i;

/** The match's sentence, the one before it and the one after: the shop left out before an offer is often its own sentence. */
function sentenceAround(m: RegExpExecArray, text: string): string {
  const [start] = sentenceAt(text, m.index, m.index);
  const previous = start > 0 ? sentenceAt(text, start - 1, start - 1)[0] : 0;
  return text.slice(previous, sentencesFrom(m, text, 1)[1]);
}

/** The reader asked to come out: "could you come to the house", "can you come round tonight", "would you be able to pop over". */
const READER_ASKED = new RegExp(
  String.raw`\b(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:(?:be\s+able\s+to|possibly|please|maybe|just)\s+)?(?:${MOVE}|come\s+to\s+(?:mine|(?:the|my|our)\s+(?:house|place|home|flat|farm|drive(?:way)?|work|office)))\b`,
  "gi",
);

/** Work offered at the reader's place: "do the plugs in your driveway", "inspect the vehicle personally at your premises". */
const WORK_AT_YOURS =
  /\b(?:do|fix|sort|inspect|check|service|diagnose|swap|change|replace|fit|look\s+at|have\s+a\s+look\s+at)\b[^.!?\n]{0,40}?\b(?:at|on|in)\s+(?:your|ur|yr)\s+(?:place|house|home|premises|residence|drive(?:way)?|work(?:place)?|office|yard)\b/gi;

/**
 * The reader told to come where the sender is off duty (the sender's "my" marks whose time it is; the
 * customer's "after work" is when they bring the car): "swing by Carter's Tire at lunch, I'm off the
 * clock then and can check it", "pop round to the yard on my day off and I'll do it".
 */
const TOLD_TO_COME_BY = new RegExp(String.raw`(?:^|[,.;:!?]\s*|\b(?:just|please|pls|so|then|mate|bro)\s+)${MOVE}\b`, "gim");

/** OFF, in the sender's own words about their time: "off the clock", "after my shift", "on my lunch break". */
const SENDER_OFF_DUTY =
  /\b(?:off\s+the\s+clock|after\s+my\s+(?:shift|work)|(?:in|on)\s+my\s+(?:own\s+time|day\s+off|lunch(?:\s+break)?)|(?:when|after|once)\s+i\s+(?:finish|knock\s+off|clock\s+off|get\s+off))\b/i;

/** The booked workshop's own rooms in the sentence: a visit there is the booking's ("swing by the shop on my lunch break"). */
const AT_THE_WORKSHOP = /\b(?:workshop|garage|shop|reception|counter|front\s+desk|service\s+desk)\b/i;

/** The sender's workplace named: "i work at the kmart in the mall", "I'm working at Bunnings Saturdays". */
const WORKPLACE = /\b(?:i\s+(?:work|am\s+working)|i['’]?m\s+working|im\s+working)\s+(?:at|in)\s+(?<place>[^,.!?\n]{2,50})/gi;

/** The reader invited to the workplace, with the sender found there: "come by ... and ask for me", "pop in and find me". */
const INVITED_TO_WORK = /\b(?:come|pop|swing|stop|drop|call)\s+(?:by|in|into|round|over|down)\b[^.!?\n]*\b(?:ask\s+(?:for|after)\s+me|find\s+me|i['’]?ll\s+(?:look|check|have\s+a\s+look|sort|do)\b)/i;

/** The booked workshop's own counters and bays, and homes: not the sender's other workplace. */
const BOOKED_PREMISES =
  /\b(?:workshop|shop|garage|bay|reception|(?:front|service)\s+desk|desk|counter|dealer(?:ship)?|service\s+(?:centre|center|department)|branch|site|depot|this|here|home|house)\b/i;

/** The car taken to or from the sender's workplace as a booked service does: "drop it back", "deliver it", "collect it". */
const DELIVERED = /\b(?:drop\s+(?:it|her|the\s+(?:car|keys?))\s+(?:back|off)|deliver\w*|collect\w*|return\s+(?:it|the\s+car)|pick\s+(?:it|her|the\s+car)\s+up)\b/i;

/** Place words of the booked workshop abroad: a meeting there is the booking's ("ketemu di bengkel jam 9"). */
export const WORKSHOP_ABROAD =
  /\b(?:garage|garaje|taller|oficina|werkstatt|officina|warszta\w*|atelier|bengkel|talyer|workshop|shop|servis|sanayi|werkplaats|werkswinkel|garagem|concessionnaire|autohaus|centre\s+auto|norauto|speedy|midas|feu\s+vert|carrosserie|controle\s+technique|serwis\w*|verksta\w*|verksted\w*|vaerksted\w*|værksted\w*|korjaamo\w*|karakana|gereji)\b/i;

/**
 * A visit to the reader's home in another language, with its OFF: the sender off duty, cash, the app
 * left out (`home`, `off`): "paso por tu casa después del trabajo", "passo aí na sua casa depois do
 * expediente", "je passe à votre domicile après le boulot", "ich komme nach Feierabend zu dir nach
 * Hause", "passo a casa tua dopo il lavoro", "wpadnę do ciebie do domu po pracy", "işten sonra evine
 * uğrarım", "saya mampir ke rumah bapak pulang kerja", "dadaan ako sa bahay mo pagkatapos ng trabaho",
 * "main aapke ghar aa jaunga duty ke baad", "ik kom na mijn werk bij je thuis langs", "اجي لبيتك بعد
 * الدوام", "toi qua nha anh sau gio lam". The languages' "at yours" ("chez vous", "bei Ihnen vorbei",
 * "da te", "do pana", "size", "sa inyo", "bij u langs", "عندك") is as often the customer's visit to the
 * workshop ("je passe chez vous après le boulot"), so it counts (`atYours`) only with the app or the
 * books left out (`away`), not with a time or cash, which the customer's errand has too.
 */
const VISIT_ABROAD: ReadonlyArray<{ home: RegExp; atYours: RegExp | null; off: RegExp; away: RegExp }> = [
  {
    home: /\b(?:(?:te\s+lo\s+(?:hago|reviso|arreglo)\s+en|(?:paso|pasare|voy|ire|me\s+paso|me\s+doy\s+una\s+vuelta|puedo\s+(?:pasar|ir))\s+(?:por|a|hasta))\s+(?:tu|su)\s+(?:casa|domicilio)|(?:puedes|podes|puede|podria|podrias)\s+(?:venir|pasar(?:te|se)?)\s+(?:a|por|hasta)\s+(?:mi|la)\s+casa)\b/gi,
    atYours: null,
    off: /\b(?:despues\s+del?\s+(?:trabajo|turno|curro|laburo|chamba)|al\s+salir\s+del\s+(?:trabajo|turno|curro)|en\s+efectivo|en\s+persona\s+que\s+por)\b/i,
    away: /\b(?:sin\s+(?:la\s+)?(?:app|aplicacion|reserva|cita)|fuera\s+de\s+la\s+(?:app|aplicacion|reserva)|por\s+fuera|en\s+negro)\b/i,
  },
  {
    home: /\b(?:(?:passo|vou|posso\s+(?:passar|ir))\s+(?:ai\s+)?(?:na|em|ate\s+a)\s+(?:sua|tua)\s+casa|(?:pode|podes|poderia)\s+(?:vir|passar)\s+(?:aqui\s+)?(?:em|na|a|ate\s+a)\s+(?:minha\s+)?casa)\b/gi,
    atYours: null,
    off: /\b(?:depois\s+do\s+(?:trabalho|expediente|servico|turno)|em\s+dinheiro|pessoalmente\s+do\s+que)\b/i,
    away: /\b(?:(?:sem|fora\s+do)\s+(?:o\s+)?(?:app|aplicativo|agendamento)|por\s+fora)\b/i,
  },
  {
    home: /\b(?:je\s+(?:peux\s+)?(?:passe|passer|viens|venir|passerai|viendrai)\s+(?:chez\s+(?:vous|toi)\s+a\s+la\s+maison|a\s+(?:votre|ton|ta)\s+(?:maison|domicile))|(?:pouvez-vous|tu\s+peux|vous\s+pouvez|pourriez-vous|pourrais-tu)\s+(?:passer|venir)\s+(?:chez\s+moi|a\s+la\s+maison|a\s+mon\s+domicile))\b/gi,
    atYours: /\bje\s+(?:peux\s+)?(?:passe|passer|viens|venir|passerai|viendrai)\s+chez\s+(?:vous|toi)\b/gi,
    off: /\b(?:apres\s+(?:le|mon)\s+(?:boulot|travail|service|taf)|en\s+(?:liquide|especes|cash)|en\s+personne\s+plutot\s+que)\b/i,
    away: /\b(?:au\s+black|(?:hors|en\s+dehors)\s+(?:de\s+)?l['’]?\s?appli\w*|sans\s+(?:passer\s+par\s+)?(?:l['’]?\s?appli\w*|reservation))\b/i,
  },
  {
    home: /\b(?:ich\s+(?:kann\s+|komme?\s+)(?:\w+\s+){0,4}?(?:zu\s+(?:dir|ihnen|euch)\s+(?:nach\s+hause|heim)|bei\s+(?:dir|ihnen|euch)\s+zu\s+hause)|(?:kannst\s+du|konnen\s+sie|konntest\s+du|konnten\s+sie)\s+(?:\w+\s+){0,3}?(?:zu\s+mir\s+nach\s+hause\s+kommen|bei\s+mir\s+zu\s+hause\s+vorbei))/gi,
    atYours: /\bich\s+(?:kann\s+|komme?\s+)(?:\w+\s+){0,4}?bei\s+(?:dir|ihnen|euch)\s+vorbei/gi,
    off: /\b(?:nach\s+(?:der|meiner)\s+(?:arbeit|schicht)|nach\s+feierabend|in\s+bar|bar\s+auf\s+die\s+hand)\b/i,
    away: /\b(?:schwarz|ohne\s+(?:die\s+)?(?:app|buchung|rechnung)|an\s+der\s+app\s+vorbei|unter\s+der\s+hand)\b/i,
  },
  {
    home: /\b(?:(?:passo|vengo|posso\s+(?:passare|venire))\s+(?:io\s+)?(?:a\s+casa\s+tua|a\s+casa\s+sua|sotto\s+casa)|(?:puoi|potresti|puo|potrebbe)\s+(?:passare|venire)\s+a\s+casa\s+mia)\b/gi,
    atYours: /\b(?:passo|vengo|posso\s+(?:passare|venire))\s+(?:io\s+)?da\s+(?:te|lei)\b/gi,
    off: /\b(?:dopo\s+il\s+(?:lavoro|turno)|in\s+contanti)\b/i,
    away: /\b(?:in\s+nero|fuori\s+dall['’]?\s?app|senza\s+(?:l['’]?\s?app|prenotazione|passare\s+dall['’]?\s?app))\b/i,
  },
  {
    home: /\b(?:(?:wpadne|przyjade|podjade|przyjde|moge\s+(?:wpasc|przyjechac|podjechac|przyjsc))\s+(?:do\s+(?:ciebie|pana|pani|was)\s+do\s+domu|pod\s+(?:twoj\s+|pana\s+)?(?:dom|blok))|(?:mozesz|moze\s+pan|moze\s+pani)\s+(?:wpasc|przyjechac|podjechac)\s+do\s+mnie\s+do\s+domu)\b/gi,
    atYours: /\b(?:wpadne|przyjade|podjade|przyjde|moge\s+(?:wpasc|przyjechac|podjechac|przyjsc))\s+do\s+(?:ciebie|pana|pani|was)\b/gi,
    off: /\b(?:po\s+(?:pracy|robocie|zmianie|fajrancie)|za\s+gotowke|gotowka)\b/i,
    away: /\b(?:bez\s+(?:aplikacji|rezerwacji)|poza\s+aplikacj\w*|na\s+lewo|na\s+czarno)\b/i,
  },
  {
    home: /\b(?:evine|evinize)\s+(?:gelirim|gelebilirim|ugrarim|ugrayabilirim|gelip\s+bakarim)\b/gi,
    atYours: /\b(?:yanina|yaniniza|isyerine|size|sana)\s+(?:gelirim|gelebilirim|ugrarim|ugrayabilirim|gelip\s+bakarim)\b/gi,
    off: /\b(?:(?:isten|mesaiden|vardiyadan)\s+sonra|nakit|elden)\b/i,
    away: /\b(?:uygulamasiz|uygulama\s+(?:disinda|olmadan)|randevusuz|faturasiz)\b/i,
  },
  {
    home: /\b(?:(?:saya|aku|gue|gw|sy)\s+(?:bisa\s+|nanti\s+)?(?:datang|mampir|dateng|singgah|pergi)\s+(?:ke\s+)?rumah\s+(?:bapak|ibu|mas|mbak|kak|kamu|anda|abang|bang|pak|bu|sampeyan|awak|encik|lu|lo)|(?:bisa|boleh)\s+(?:datang|mampir)\s+ke\s+rumah\s+(?:saya|aku|kami))\b/gi,
    atYours: null,
    off: /\b(?:(?:pulang|habis|abis|selesai|lepas)\s+(?:kerja|kantor|shift|dinas)|(?:bayar\s+)?(?:tunai|cash))\b/i,
    away: /\b(?:(?:tanpa|tidak\s+usah|nggak\s+usah|gak\s+usah|ga\s+usah|tak\s+payah|di\s+luar)\s+(?:lewat\s+)?(?:aplikasi|app|booking))\b/i,
  },
  {
    home: /\b(?:(?:pupunta|pupuntahan|dadaan|dadalaw|pwede\s+(?:akong\s+)?(?:pumunta|dumaan))\s+(?:ako\s+)?(?:kita\s+)?(?:sa\s+)?bahay\s+(?:mo|nyo|ninyo))\b/gi,
    atYours: /\b(?:pupunta|dadaan|pwede\s+(?:akong\s+)?(?:pumunta|dumaan))\s+(?:ako\s+)?sa\s+inyo\b/gi,
    off: /\b(?:(?:pagkatapos|pagkalabas|after)\s+(?:ng\s+|ko\s+sa\s+)?(?:trabaho|shift|duty)|cash)\b/i,
    away: /\b(?:(?:hindi|wag|huwag)\s+na\s+(?:dumaan\s+)?sa\s+app|labas\s+(?:ng|sa)\s+app)\b/i,
  },
  {
    home: /\b(?:(?:main|mai|hum)\s+(?:aapke|apke|tumhare|tere|aap\s+ke|ap\s+ke)\s+ghar\s+(?:pe\s+|par\s+)?(?:aa|aakar|aake|aa\s+ke)|(?:aapke|apke|tumhare)\s+ghar\s+(?:aa|aake|aakar)\s+(?:jaunga|jaenge|jayenge|dekh|kar))\w*/gi,
    atYours: null,
    off: /\b(?:(?:duty|shift|kaam|office)\s+ke\s+baad|cash)\b/i,
    away: /\b(?:app\s+ke\s+bina|bina\s+app|app\s+(?:chhodo|mat))\b/i,
  },
  {
    home: /\b(?:ik\s+(?:kan\s+|kom\s+)(?:\w+\s+){0,4}?(?:bij\s+(?:je|jou|u)\s+thuis|naar\s+(?:je|jou|uw)\s+huis)|(?:kun\s+je|kunt\s+u|kan\s+je)\s+(?:\w+\s+){0,3}?bij\s+mij\s+thuis)/gi,
    atYours: /\bik\s+(?:kan\s+|kom\s+)(?:\w+\s+){0,4}?bij\s+(?:je|jou|u)\s+langs/gi,
    off: /\b(?:na\s+(?:mijn\s+|het\s+)?(?:werk|dienst)|contant)\b/i,
    away: /\b(?:zwart|buiten\s+de\s+app|zonder\s+(?:de\s+)?(?:app|boeking|bon))\b/i,
  },
  {
    home: new RegExp(skeletonAlternation(["اجيك البيت", "آجيك البيت", "اجي لبيتك", "آجي لبيتك", "باجي لبيتك", "اجي البيت عندك", "آجي البيت عندك"]), "g"),
    atYours: new RegExp(skeletonAlternation(["اجي عندك", "آجي عندك", "باجي عندك", "بجي عندك", "امر عليك", "بمر عليك", "اعدي عليك", "هعدي عليك"]), "g"),
    off: new RegExp(skeletonAlternation(["بعد الدوام", "بعد الشغل", "بعد العمل", "كاش", "نقدا", "نقدي"])),
    away: new RegExp(skeletonAlternation(["بدون التطبيق", "برا التطبيق", "خارج التطبيق", "من غير التطبيق"])),
  },
  {
    home: /\b(?:(?:toi|em|anh|minh)\s+(?:co\s+the\s+)?(?:qua|ghe|den|toi)\s+(?:tan\s+)?nha\s+(?:anh|chi|ban|em|ong|ba))\b/gi,
    atYours: null,
    off: /\b(?:sau\s+(?:gio\s+lam|ca|khi\s+tan\s+lam)|tan\s+lam|tien\s+mat)\b/i,
    away: /\b(?:ngoai\s+app|khong\s+qua\s+app)\b/i,
  },
];

/** Booking words abroad in a meeting's sentence: the meeting is the booked visit ("ketemu besok jam 9 sesuai jadwal di aplikasi"). */
export const BOOKED_ABROAD =
  /\b(?:booking|jadwal|janji|appointment|schedule|reserva|cita|pris|termin|prenotazione|rezerwacj\w*|wizyt\w*|afspraak|bespreking|randevu\w*|agendamento|marcacao|app|aplikasi|aplicacion|aplicativo|appli|applicazione|aplikacj\w*|bokning\w*|bestilling\w*|varau\w*|ajanvarau\w*|miadi)\b/i;

/** A tow truck in a meeting's sentence abroad: the booked tow's driver met ("ketemu di pom bensin besok, mobil derek jemput di sana"). */
const TOW_ABROAD =
  /\b(?:derek|towing|tow|grua|guincho|reboque|depanneuse|depanneur|depannage|abschlepp\w*|carro\s+attrezzi|soccorso\s+stradale|laweta\w*|pomoc\w*\s+drogow\w*|cekici|takelwagen|sleepwagen|sleepdienst|bergingsdienst|sleepauto)\b/i;

/** A place named only as "there" right after the meeting verb ("ketemu di sana besok", "kita tayo doon bukas"): the place already agreed, the workshop as often as not. */
const THERE_NEXT = /^\s*(?:(?:di|sa|en|na|no|em|au|am|al|by|bij)\s+)?(?:sana|situ|sini|doon|dun|diyan|dyan|ahi|alli|ali|la|la-bas|dort|da|daar|die\s+plek|there)\b/i;

/**
 * A meeting at a public place with a time in another language (round 31): the meeting verb, a public
 * place and a time or the job there, in one sentence: "ketemuan di parkiran Alfamart besok jam 4",
 * "kita nalang tayo sa Jollibee Cubao bukas", "Ons kry mekaar by die Wimpy in Paarl Sondag",
 * "Rendez-vous au stationnement du Costco de Boucherville, 18h", "nos vemos en el estacionamiento
 * del Walmart mañana a las 5", "treffen wir uns morgen um 10 auf dem Parkplatz vom Lidl". A meeting
 * at the workshop (`WORKSHOP_ABROAD`) is the booking's.
 */
const MEET_ABROAD: ReadonlyArray<{ meet: RegExp; then: RegExp; words?: readonly string[] }> = [
  // Indonesian/Malay: "ketemuan di parkiran Alfamart", "jumpa di stesen minyak Petronas"
  {
    meet: /\b(?:ketemu(?:an)?|ketemuan|jumpa|bertemu|kopdar)\s+(?:aja\s+|saja\s+|yuk\s+)?(?:di|kat|dekat|depan)\s+/gi,
    // Round 33: the sender waiting there or the car brought ("saya tunggu di parkiran motor, bawa mobilnya").
    then: /\b(?:besok|esok|nanti|jam\s+\d|pukul\s+\d|pagi|siang|sore|petang|malam|hari\s+ini|sabtu|minggu|senin|selasa|rabu|kamis|jumat|(?:saya|aku|gue|gw)\s+(?:cek|lihat|periksa|tunggu|tengok)|bawa\s+mobil\w*)\b/i,
  },
  // Tagalog: "kita nalang tayo sa Jollibee Cubao bukas", "magkita tayo sa Petron"
  {
    meet: /\b(?:kita|magkita|magkitaan|tagpo|magtagpo)\s+(?:na\s+lang\s+|nalang\s+|nlng\s+|na\s+lng\s+)?tayo\s+sa\s+/gi,
    then: /\b(?:bukas|mamaya|tanghali|umaga|hapon|gabi|alas\s+\w+|sabado|linggo|lunes|martes|miyerkules|huwebes|biyernes|\d{1,2}\s*(?:am|pm)|dala\s+ko|titingnan\s+ko|check\s+ko)\b/i,
  },
  // Afrikaans: "Ons kry mekaar by die Wimpy in Paarl Sondag", "ons kan by die Wimpy in Bellville ontmoet more om 10"
  {
    meet: /\b(?:kry\s+mekaar|ontmoet(?:\s+mekaar)?)\b/gi,
    then: /\bby\s+die\s+[^.!?\n]{0,60}\b(?:more|vanaand|vanmiddag|om\s+\d|sondag|saterdag|maandag|dinsdag|woensdag|donderdag|vrydag|kyk\s+ek|ek\s+kyk)\b|\b(?:more|vanaand|om\s+\d|sondag|saterdag)\b[^.!?\n]{0,40}\bby\s+die\b/i,
  },
  // French: "Rendez-vous au stationnement du Costco, 18h", "on se retrouve sur le parking du Leclerc demain"
  {
    meet: /\b(?:rendez-?vous|rdv|on\s+se\s+(?:retrouve|voit|rejoint)|retrouvons-nous)\s+(?:au|a\s+la|a\s+l['’]|sur\s+le|devant\s+(?:le|la|l['’]))\s*(?=(?:stationnement|parking|station|gare|centre\s+commercial|supermarche|magasin|cafe|aire|mcdo|mcdonald|costco|leclerc|carrefour|auchan|intermarche|lidl|walmart|tim\s+hortons|ikea))/gi,
    then: /\b(?:\d{1,2}\s*h(?:\d\d)?|demain|ce\s+soir|cet\s+apres-midi|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|midi)\b/i,
  },
  // Spanish: "nos vemos en el estacionamiento del Walmart mañana a las 5", "quedamos en la gasolinera"
  {
    meet: /\b(?:nos\s+vemos|quedamos|nos\s+encontramos|te\s+veo|nos\s+juntamos)\s+(?:(?:manana|hoy|el\s+(?:sabado|domingo|lunes|martes|miercoles|jueves|viernes))\s+)?(?:en\s+(?:el|la)|frente\s+(?:al|a\s+la))\s+(?=(?:estacionamiento|parqueadero|parking|aparcamiento|gasolinera|estacion\s+de\s+servicio|bomba|centro\s+comercial|super|mall|plaza))/gi,
    then: /\b(?:manana|hoy|esta\s+(?:tarde|noche)|a\s+las\s+\d|\d{1,2}\s*(?:am|pm|hs?)|sabado|domingo|lunes|martes|miercoles|jueves|viernes|(?:te\s+lo\s+)?(?:reviso|checo|miro))\b/i,
  },
  // Portuguese: "te encontro no estacionamento do Carrefour amanhã às 5", "a gente se vê no posto"
  {
    meet: /\b(?:te\s+encontro|a\s+gente\s+se\s+(?:ve|encontra)|nos\s+encontramos|vamos\s+nos\s+encontrar|encontrar-?nos|encontrarmo-?nos|te\s+(?:espero|aguardo)|espero\s+(?:voce|vc|o\s+senhor|a\s+senhora))\s+(?:amanha\s+|hoje\s+)?(?:no|na|em\s+frente\s+ao?)\s+(?=(?:estacionamento|posto|shopping|mercado|supermercado|parque))/gi,
    then: /\b(?:amanha|hoje|as\s+\d|\d{1,2}\s*h|fim\s+de\s+tarde|(?:a|de)\s+(?:tarde|noite)|sabado|domingo|segunda|terca|quarta|quinta|sexta|(?:eu\s+)?(?:vejo|olho|dou\s+uma\s+olhada))\b/i,
  },
  // German: "treffen wir uns morgen um 10 auf dem Parkplatz vom Lidl", "lass uns am Bahnhof treffen"
  {
    meet: /\b(?:treffen\s+wir\s+uns|wir\s+treffen\s+uns|treff(?:en)?\s+(?:mich|uns)|lass\s+uns\s+(?:uns\s+)?(?:\w+\s+){0,10}?treffen)\b/gi,
    then: /\b(?:auf\s+dem|am|beim|vor\s+dem)\s+(?:parkplatz|bahnhof|tankstelle|supermarkt|einkaufszentrum|lidl|aldi|rewe|edeka|kaufland|netto|mcdonalds)\b[^.!?\n]{0,60}|\b(?:morgen|heute|um\s+\d|\d{1,2}\s*uhr|samstag|sonntag)\b[^.!?\n]{0,60}\b(?:auf\s+dem|am|beim|vor\s+dem)\s+(?:parkplatz|bahnhof|tankstelle|supermarkt|einkaufszentrum)\b/i,
  },
  // Italian: "ci vediamo al parcheggio dell'Esselunga domani alle 6"
  {
    meet: /\b(?:ci\s+vediamo|ci\s+troviamo|incontriamoci|vediamoci|(?:ti|vi|la)\s+aspetto)\s+(?:domani\s+|oggi\s+|stasera\s+)?(?:al|nel|davanti\s+al|dal)\s+(?=(?:parcheggio|distributore|benzinaio|centro\s+commerciale|supermercato|bar))/gi,
    then: /\b(?:domani|oggi|stasera|alle\s+\d|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|(?:la\s+)?(?:guardo|controllo))\b/i,
  },
  // Polish: "spotkajmy się jutro o 17 na parkingu pod Biedronką"
  {
    meet: /\b(?:spotkajmy\s+sie|spotkamy\s+sie|widzimy\s+sie|zobaczymy\s+sie)\b/gi,
    then: /\b(?:na\s+(?:parkingu|stacji)|pod\s+(?:biedronk\w+|lidlem|zabk\w+|stacj\w+|marketem|sklepem)|przy\s+(?:stacji|markecie|biedronce|lidlu))\b/i,
  },
  // Dutch: "zullen we afspreken op de parkeerplaats van de Jumbo morgen om 5"
  {
    // Round 33: a carpool car park or a motorway exit ("op de carpoolplaats bij afrit 23").
    meet: /\b(?:(?:zullen\s+we\s+)?afspreken|(?:we\s+)?zien\s+elkaar|treffen\s+elkaar|ontmoeten\s+elkaar)\s+(?:morgen\s+|vandaag\s+)?(?:op\s+de\s+(?:parkeerplaats|carpoolplaats)|bij\s+(?:afrit\s+\d|(?:de|het)\s+(?:jumbo|albert\s+heijn|lidl|aldi|tankstation|station|mcdonalds)))/gi,
    then: /\b(?:morgen|vandaag|vanavond|om\s+\d|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|ik\s+kijk)\b/i,
  },
  // Swedish, Norwegian, Danish (round 32): "vi ses vid ICA Maxi i Haninge på lördag kl 11", "vi møtes på Circle K i morgen"
  {
    meet: /\b(?:vi\s+(?:ses|traffas|motes|mødes|møtes)|ses\s+(?:vi|vid|pa|på)|kan\s+vi\s+(?:ses|traffas|motes|mødes|møtes))\b/gi,
    then: /\b(?:i\s*morgon|i\s*morgen|idag|i\s+dag|ikvall|i\s+kveld|i\s+aften|kl\.?\s*\d|lordag|sondag|lørdag|søndag|(?:jag|jeg)\s+(?:tittar|kollar|ser\s+pa|kigger))\b/i,
  },
  // Finnish (round 32): "nähdäänkö Prisman parkkipaikalla huomenna, katsotaan auto siellä"
  {
    meet: /\b(?:nahdaan|nahdaanko|tavataan|tavataanko|tavataanpa)\b/gi,
    then: /\b(?:huomenna|tanaan|illalla|aamulla|klo\s*\d|lauantaina|sunnuntaina|katsotaan|katson)\b/i,
  },
  // Bengali in Latin letters (round 34): "Farmgate er foot overbridge er niche ashen bikale, okhane bike ta dekhbo"
  {
    meet: /\b(?:er|r)\s+(?:niche|samne|shamne|kache|pashe|pichone|pichhone|opore|gate\s+e)\s+(?:chole\s+)?(?:ashen|asen|aso|asho|ashun|asun|ashben|asben|ashbe|dekha\s+kor(?:un|o|ben))\b/gi,
    then: /\b(?:bikale|bikel|bikele|sokale|sokal|dupure|sondhay|sondhai|rate|kal|kalke|ajke|aj|\d{1,2}\s*(?:ta|tay|tar)|(?:ami\s+)?(?:dekhbo|dekhe\s+(?:debo|dibo|nibo)|thik\s+kore\s+(?:debo|dibo)|check\s+korbo))\b/i,
    words: ["niche", "samne", "shamne", "kache", "pashe", "pichone", "pichhone", "opore", "gate"],
  },
  // Hindi and Urdu in Latin letters (round 34): "kal shaam petrol pump ke paas milte hain, wahin dekh lunga"
  {
    meet: /\b(?:pe|par|ke\s+(?:paas|pas|saamne|samne|bahar|peeche))\s+(?:mil(?:te|enge|oge|o)\s+(?:hai|hain|hu|hoon)?|mil\s+(?:lete|lenge|jao|jana|lo)|milna|aa\s*jao|aa\s+jana|aa\s+jaiye)\b/gi,
    then: /\b(?:kal|aaj|shaam|subah|raat|dopahar|\d{1,2}\s*baje|(?:main|mai|hum)?\s*(?:dekh|check\s+kar|theek\s+kar|thik\s+kar)\s*(?:lunga|loonga|lenge|dunga|doonga|denge))\b/i,
    words: ["pe", "par", "paas", "pas", "saamne", "samne", "bahar", "peeche"],
  },
  // Swahili (round 32): "tukutane pale Total karibu na stendi saa nne asubuhi"
  {
    // Round 33: a bus stand or a fuel station named at once ("tukutane stage ya matatu Githurai").
    meet: /\b(?:tukutane|tutakutana|(?:tunaweza|tuweze|naomba)\s+kukutana)\s+(?:pale|hapo|kwenye|katika|karibu\s+na|stage|stendi|kituo)\b/gi,
    then: /\b(?:kesho|leo|asubuhi|mchana|jioni|usiku|saa\s+\w+|jumamosi|jumapili|jumatatu|jumanne|jumatano|alhamisi|ijumaa|nitakuja|nitaangalia)\b/i,
  },
  // Turkish (round 55): "yarın akşam benzinlikte buluşalım, orada bakarım", the place glued to its case ("sanayide", "otoparkta").
  {
    meet: /\b(?:bulusalim|bulusuruz|bulusabiliriz|bulusmak\s+ister\s+misin|goruselim|gorusuruz)\b/gi,
    then: /\b(?:yarin|bugun|aksam|sabah|ogleden\s+sonra|saat\s+\d|cumartesi|pazar|(?:ben\s+)?(?:bakarim|degistiririm|takarim|hallederim))\b/i,
    words: ["bulusalim", "bulusuruz", "bulusabiliriz", "bulusmak", "goruselim", "gorusuruz"],
  },
];

/**
 * The workshop named as the meeting place's landmark, not the place (round 55: "al bar sotto l'officina", "en el bar frente al
 * taller", "no café ao lado da oficina"): the meeting is at the bar, not the booked workshop.
 */
const WORKSHOP_AS_LANDMARK = new RegExp(
  String.raw`\b(?:sotto|sopra|dietro|vicino\s+a|davanti\s+a|accanto\s+a|di\s+fronte\s+a|cerca\s+de|frente\s+a|al\s+lado\s+de|perto\s+d|ao\s+lado\s+d|em\s+frente\s+a|pres\s+d|a\s+cote\s+d|neben|gegenuber|naast|tegenover)\w*\s+(?:(?:la|il|el|a|o|le|l['’]|de|der|dem|het)\s*)?${WORKSHOP_ABROAD.source.slice(2)}`,
  "gi",
);

/** The reader told to come by where the sender is off duty and does the job ("swing by Carter's Tire at lunch, I'm off the clock then and can check it"). */
function offDutyVisit(m: RegExpExecArray, text: string): boolean {
  const s = sentenceAndNext(m, text);
  return SENDER_OFF_DUTY.test(s) && DOES_THE_JOB.test(s) && !AT_THE_WORKSHOP.test(s) && !BOOKED.test(s);
}

/** The reader told to walk in with the job done and the booking left out, in the two sentences after ("just pop in" / "we'll do it same day, no booking"). */
function walkInOffTheBooking(m: RegExpExecArray, text: string): boolean {
  const s = sentenceAndNext(m, text, 2);
  return OFF_THE_BOOKING.test(s) && DOES_THE_JOB.test(s) && !BOOKED.test(s);
}

/**
 * VISIT, the sender coming to see the car in person (round 34): "I'll come look at it myself", "let me come see it in person",
 * "I'll drive over and check it in person". The workshop's advisor says as much of a car on its ramp, so it wants the reader's
 * whereabouts asked (`WHEREABOUTS_ASKED`), a price settled there or the booking left out (see the pattern).
 */
const SEES_IN_PERSON =
  /\b(?:i['’]?ll|ill|i\s+(?:will|can|could)|let\s+me|lemme|i['’]?d|imma)\s+(?:just\s+)?(?:come|drive|pop|swing|head|nip|run)\s+(?:(?:over|round|out|by|down|up)\s+)?(?:and\s+|to\s+)?(?:look\s+at|see|check|inspect|(?:have|take)\s+a\s+look\s+at|give\s+(?:it|her)\s+a\s+look)\b[^.!?\n]{0,30}?\b(?:myself|in\s+person|personally|with\s+my\s+own\s+eyes|face\s+to\s+face)\b/gi;

/** The reader's whereabouts asked: "where are you parked?", "what's your street?", "send me your location", "where do you live". */
const WHEREABOUTS_ASKED =
  /\b(?:where\s+(?:are\s+(?:you|u)|r\s+u|(?:do|d['’]?)\s*(?:you|u)\s+(?:live|stay)|(?:is|['’]s)\s+(?:the\s+car|it|she)|(?:you['’]?re|ur)\s+(?:parked|based))|(?:what['’]?s|what\s+is|send(?:\s+me)?|give(?:\s+me)?|drop(?:\s+me)?)\s+(?:your|ur)\s+(?:address|location|postcode|zip|street|pin)|send\s+(?:me\s+)?(?:a\s+)?(?:pin|location)|(?:just\s+)?send\s+(?:me\s+)?where\s+(?:you|u)\s+are)\b/i;

/** A price settled at the visit: "we can sort a price then", "agree a price there", "cash on the day". */
const PRICE_SETTLED = /\b(?:sort|agree|work\s+out|settle|talk|discuss)\s+(?:out\s+)?(?:a|the)\s+(?:price|cost|fee)\b/i;

export const IN_PERSON_VISIT_PATTERNS: Pattern[] = [
  {
    kind: DEAL, // "I'll come look at it myself, where are you parked?", "let me come see it in person this weekend, we can sort a price then"
    re: SEES_IN_PERSON,
    words: ["come", "drive", "pop", "swing", "head", "nip", "run"],
    accept: (m, text) => {
      const s = sentenceAndNext(m, text);
      const off = WHEREABOUTS_ASKED.test(s) || PRICE_SETTLED.test(s) || OFF_THE_BOOKING.test(s) || UNDERCUT.test(s) || SCREEN_SHUNNED.test(s);
      return off && !BOOKED.test(s) && !AT_THE_WORKSHOP.test(s) && !reportedBefore(m, text) && live(m, text);
    },
  },
  {
    kind: DEAL, // the sender coming to the reader off duty or outside the booking: "I can pop over after my shift if you're local", "i'll swing past yours after work and do the plugs"
    re: SENDER_COMES,
    words: "come pop swing nip stop drop call head run shoot zip whip duck coming popping swinging nipping stopping dropping calling heading running".split(" "),
    accept: (m, text) => {
      const s = sentenceAndNext(m, text);
      if (!TO_THE_READER.test(s) && !COMES_TO_YOU.test(after(text, m, 12)) && !(NEAR_THE_READER.test(s) && DOES_THE_JOB.test(s))) return false;
      // Off duty alone, an errand ("pop round to yours after work to drop off the spare key") is no job done there.
      const deal = OFF_THE_BOOKING.test(s) || UNDERCUT.test(s) || (OFF_DUTY.test(s) && !ERRAND.test(s));
      return deal && !BOOKED.test(s) && !reportedBefore(m, text) && live(m, text);
    },
  },
  {
    kind: DEAL, // the reader asked to come out with the screen shunned or cash: "can you come round tonight and have a look in person? it's quicker than all this video stuff"
    re: READER_ASKED,
    words: "come pop swing nip stop drop call head".split(" "),
    // The app named as what the visit beats ("in person rather than through this app") is the reason, not the platform chosen: `live` would read it as the latter.
    accept: (m, text) => {
      const s = sentenceAndNext(m, text);
      if (BOOKED.test(s) || negatedBefore(text, m.index)) return false;
      return SCREEN_SHUNNED.test(s) || ((OFF_THE_BOOKING.test(s) || APP_GIVEN_UP.test(s)) && live(m, text));
    },
  },
  {
    kind: DEAL, // "swing by Carter's Tire in Bozeman at lunch, I'm off the clock then and can check it"
    re: TOLD_TO_COME_BY,
    words: "come pop swing nip stop drop call head".split(" "),
    // Round 34: or told to walk in with the booking left out, the workshop's own counter too ("just pop in to the shop" /
    // "we'll do it same day, no booking"), read over the two sentences after it.
    accept: (m, text) => (offDutyVisit(m, text) || walkInOffTheBooking(m, text)) && live(m, text),
    // The walk-in reaches to the sentence that leaves the booking out: a burst's later message holds it.
    span: (m) => (offDutyVisit(m, m.input) ? [m.index, m.index + m[0].length] : [m.index, sentencesFrom(m, m.input, 2)[1]]),
  },
  {
    kind: DEAL, // "willing to inspect the vehicle personally at your premises this evening, outside of the booking"
    re: WORK_AT_YOURS,
    words: "your ur yr".split(" "),
    // Round 50: or priced under a shop, or the shop left out, with the sender the one who does it ("if you want I can do
    // this at your place for way less than a shop"; not the advice "you could do the pads yourself in your driveway").
    accept: (m, text) => {
      const s = sentenceAndNext(m, text);
      const undercut = (UNDERCUT.test(s) || SHOP_LEFT_OUT.test(s)) && SENDER_DOES_BEFORE.test(before(text, m, 40));
      return (SENDER_OFF_DUTY.test(s) || OFF_THE_BOOKING.test(s) || undercut) && !BOOKED.test(s) && live(m, text);
    },
  },
  {
    kind: DEAL, // round 50: "honestly you could skip the shop, I do driveway jobs on weekends", "I do side jobs after hours, way cheaper than any garage"
    re: SIDE_JOBS,
    words: ["do", "take", "pick", "fit"],
    accept: (m, text) => {
      const s = sentenceAround(m, text);
      const own = OWN_WORK_KIND.test(m.groups?.work ?? "") || UNDERCUT.test(s) || SHOP_LEFT_OUT.test(s) || OFF_THE_BOOKING.test(s);
      return own && !BOOKED.test(s) && !reportedBefore(m, text) && live(m, text);
    },
  },
  {
    kind: DEAL, // round 50: "skip the shop, I'll sort it for you", "forget the garage. I can do it Sunday"
    // The shop left out in the offer's sentence or the one before it ("Honestly just skip the shop. I can do the rotors myself").
    re: SENDER_DOES_IT,
    words: ["skip", "forget", "ditch", "bypass", "avoid", "need"],
    accept: (m, text) => {
      const s = sentenceAround(m, text);
      const offerAndBefore = s.slice(0, s.indexOf(m[0]) + m[0].length);
      return SHOP_LEFT_OUT.test(offerAndBefore) && !REMOTE_OR_HERE.test(s) && !BOOKED.test(s) && !reportedBefore(m, text) && live(m, text);
    },
  },
  {
    kind: DEAL, // "i work at the kmart in the mall, come by the service desk tmrw and ask for me"
    re: WORKPLACE,
    words: ["work", "working"],
    accept: (m, text) => {
      const rest = text.slice(m.index, m.index + 200);
      return !BOOKED_PREMISES.test(m.groups?.place ?? "") && INVITED_TO_WORK.test(rest) && !BOOKED.test(rest) && !DELIVERED.test(rest) && live(m, text);
    },
  },
  // Each abroad rule is tried only on a text holding its OFF (`gate`): most messages hold none.
  ...VISIT_ABROAD.flatMap(({ home, atYours, off, away }): Pattern[] => [
    {
      kind: DEAL,
      re: home,
      gate: new RegExp(`${off.source}|${away.source}`, "i"),
      accept: (m, text) => {
        const s = sentenceAndNext(m, text);
        return (off.test(s) || away.test(s)) && live(m, text);
      },
    },
    ...(atYours ? [{ kind: DEAL, re: atYours, gate: away, accept: (m: RegExpExecArray, text: string) => away.test(sentenceAndNext(m, text)) && live(m, text) }] : []),
  ]),
  ...MEET_ABROAD.map(({ meet, then, words }): Pattern => ({
    kind: DEAL,
    re: meet,
    // Round 34's languages gate on the meeting's own words (a word-set lookup), the older ones on their time or job (or, round
    // 55, the money or the job there).
    ...(words ? { words } : { gate: new RegExp(`${then.source}|${CASH_OR_JOB_THERE.source}`, "i") }),
    accept: (m, text) => {
      const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
      const sentence = text.slice(start, end);
      const place = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const deal = CASH_OR_JOB_THERE.test(sentence);
      const set = deal || (then.test(sentence) && !isSocialMeeting(sentence));
      const atTheWorkshop = WORKSHOP_ABROAD.test(sentence.replace(WORKSHOP_AS_LANDMARK, " "));
      return set && !atTheWorkshop && !BOOKED_ABROAD.test(sentence) && !TOW_ABROAD.test(sentence) && !THERE_NEXT.test(place) && live(m, text);
    },
  })),
];
