/**
 * A visit to a place of the sender's own instead of the booked one (issue 13, round 17), read as a
 * grammar: the job moved to "my shed", "my uncle's workshop", "my yard", with the reader asked to
 * come (swing by, turn up, drop the car at, pull up to) and either the booking left out ("instead
 * of the booked garage", "skip the shop you booked") or the work offered there ("we'll sort it",
 * "I'll do it"). The older meeting rules read fixed places and "meet me"; this reads who owns the
 * place and what the visit replaces. Also the Spanish and Portuguese "let's meet at ... and settle
 * it there" ("nos vemos en el Oxxo y ahí arreglamos"). Round 24 adds the meeting proposed at a
 * public place with a time ("let's meet in front of the Afriquia station tomorrow 10am", "meet me
 * in the mall car park at 7") and the sender waiting at one until a time ("I'm at the Walmart
 * parking lot on Clinton Hwy till 6"). Round 33 reads the job or the sender's post told in the sentence after the
 * meeting (a burst's next message: "come to the pub tues" / "I'll have a look at it in the car park"), masked with it,
 * the car brought to a public place, and a greeting there with the job ("see ya at the rodeo grounds, I'll check the diff").
 * Round 52 reads a meeting proposed with or without a place when money is handed over or the job is done there ("lets just
 * meet and I'll give you the cash", "let us meet at Kaneshie market, I will fit it for you there").
 *
 * The sentence is the deal (OFF_PLATFORM_DEAL) and is masked with it. A car brought to the booked
 * shop, a workshop that did the last service, or a visit through the booking stay innocent (`live`).
 */
import { after, before, type Pattern, sentenceAndNext, sentenceOf, sentenceStart, sentenceText } from "./context.ts";
import { BOOKED_ABROAD, WORKSHOP_ABROAD } from "./in-person-visits.ts";
import { skeletonAlternation } from "./normalise.ts";
import { live } from "./phrases.ts";

const DEAL = "OFF_PLATFORM_DEAL" as const;

/**
 * A place of the sender's or their family's or friend's own. A business noun (shop, garage,
 * workshop, bay, unit) after a bare "my"/"our" is as likely the booked workshop speaking of itself
 * ("pop round to my shop Tuesday"), so `who` or `own` marks the place as private for certain.
 */
const OWN_PLACE = String.raw`(?:my|our|me)\s+(?<who>(?:\w+['’]s|mate['’]?s|buddy['’]?s|bro['’]?s|cousin['’]?s|uncle['’]?s|dad['’]?s|brother['’]?s|friend['’]?s)\s+)?(?<own>(?:own|home)\s+)?(?<place>place|garage|workshop|shed|yard|unit|house|driveway|drive|lock-?up|barn|compound|shop|bay|gaff|spot|home)`;

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
 * The reader told to bring the car or come, at the start of a clause (round 31): "bring it to my shed this arvo",
 * "come to my compound on Saturday morning"; not the sender's own errand ("I'll bring it to my house tonight").
 */
const TOLD_TO_COME =
  /(?:^|[,.;:!?]\s*|\b(?:please|pls|plz|just|so|then|and|mate|bro|sir|tbh|(?:you|u)\s+(?:can|could)|(?:can|could)\s+(?:you|u))\s+)(?:bring|come|pop|swing|drop|head|roll|pull|drive)\b(?:\s+[\w'’]+){0,3}?\s*$/i;

/**
 * The sender's home said as "mine" (round 53, British chat): "bring it round mine", "come over to mine", "drop it at mine";
 * the reader must be the one told to come (`TOLD_TO_COME`), as "mine" also ends the sender's own errand ("I'll pop back to
 * mine for the key") and a comparison ("similar to mine").
 */
const TO_MINE = /\b(?:(?:round|over)(?:\s+to)?|to|at)\s+mine\b/gi;

/**
 * The reader asked to come to a public place (a servo, a pub, a stall, a market):
 * "come to", "pop into", "swing by", "pull up at", "head down to", or to bring the car there ("bring it to the Asda car park", round 33).
 */
const COME_TO_A_PLACE =
  /\b(?:(?:come|pop|swing|stop|head|drop|call|roll|pull)\s+(?:(?:by|round|over|down|in|up|out|along)\s+)?(?:to|at|by|into|in\s+at|outside)|pull\s+up|roll\s+up|bring\s+(?:it|her|him|the\s+(?:car|van|truck|ute|bike))\s+(?:(?:down|round|over)\s+)?to)\s+(?<place>(?:the|a|an)\s+[^,;.!?\n]{2,60})/gi;

/**
 * The sender saying they will be found there: "I'll be at the bar", "ask for me", "I'm there every morning", "I will wait", and
 * where at it ("I'm in the pits", "I'll be in the white transit", round 32).
 */
const FOUND_THERE =
  /\b(?:(?:i['’]?ll|ill|i\s+will|i\s+can)\s+(?:be\s+(?:there|waiting|at|in|by|outside|inside|parked|around)|wait)|ask\s+(?:for|after)\s+me|(?:i['’]?m|im|i\s+am)\s+(?:usually\s+|always\s+|normally\s+)?(?:there|parked|in\s+there)|you['’]?ll\s+(?:find|see|spot)\s+me|look\s+(?:out\s+)?for\s+me|find\s+me\s+(?:there|at|by|in|inside|out)|(?:i['’]?m|im|i\s+am|i['’]?ll\s+be|ill\s+be)\s+(?:in|at|by)\s+the\s+(?:pits|paddock|(?:[\w-]+\s+){0,2}(?:van|transit|ute|truck|pickup|stall|stand|tent)))\b/i;

/**
 * Places that are the booked workshop's own (its desk, service or parts counter, bay, side gate, car
 * park round the back, key drop) or a home, which the home and own-place rules read: a meeting there is the
 * booking's, or not a public place.
 */
// A fuel brand's "garage" is a petrol station ("the Shell garage"), a public place.
const NOT_A_MEETING_PLACE =
  /\b(?:workshop|shop|(?<!\b(?:shell|bp|esso|texaco|total|caltex|mobil|chevron|exxon|gulf|jet|petrol|gas)\s+)garage|bay|reception|(?:front|service|parts|help)\s+desk|counter|dealer(?:ship)?|service\s+(?:centre|center|department)|branch|premises|office|house|home|flat|apartment|place|booking|entrance|roller\s+door|loading\s+bay|drop-?off|key\s+(?:drop|box|safe)|(?:side|back|front|rear|main)\s+(?:gate|door|lane|car\s*park|lot)|(?:car\s*park|lot|yard)\s+(?:at|round|out|in)\s+(?:the\s+)?(?:back|front|side|rear))\b/i;

/** The visit asked of the reader, not told of someone else ("the tow truck will come to the car park"): a clause's start or an ask. */
const ASKED_OF_THE_READER = /(?:^|[,.;:!?]\s*|\b(?:please|pls|plz|just|and|then|so|sir|mate|bro|you|u|ya|can\s+(?:you|u)|could\s+(?:you|u))\s+)$/i;

/** A time the meeting is set for or lasts until: "tomorrow 10am", "at 7", "till 6", "from 6", "saturday", a weekend day abroad ("lördag 11", round 32). */
const MEETING_TIME =
  /\b(?:at\s+\d|half\s+(?:past\s+)?\d|\d{1,2}\s*(?:am|pm|ish)|\d{1,2}[:.]\d\d|noon|midday|tonight|tomorrow|tmrw|today|this\s+(?:morning|afternoon|evening|arvo)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tues|weds|thurs|after\s+(?:work|\d)|around\s+\d|(?:till|til|until|from)\s+\d|(?:lordag|sondag|lørdag|søndag|lauantai|sunnuntai|zaterdag|zondag|samstag|sonntag|samedi|dimanche|sabado|domingo|sabato|domenica)(?:\s+\d{1,2})?)\b/i;

/** Public places one waits at: a car park, a station, a mall, a supermarket, a cafe. */
const PUBLIC_PLACE =
  /\b(?:parking(?:\s+lot)?|car\s*park|lot|(?:petrol|gas|fuel|service|train|bus|metro)\s+station|station|servo|mall|plaza|shopping\s+(?:centre|center)|supermarket|market|cafe|coffee\s+shop|pub|diner|drive-?thru|rest\s+(?:stop|area)|truck\s+stop|park\s+and\s+ride|forecourt|retail\s+park)\b/i;

/** Booking words in the sentence: the place is where a booked visit happens ("schedule the pickup after that"). */
const BOOKED_VISIT = /\b(?:book(?:ed|ing)?|schedul\w*|reschedul\w*|appointment|pick-?up|the\s+app|the\s+mechanic\s+from)\b/i;

/**
 * The reader invited to the place where the sender waits: "come find me", "swing by", "pop over",
 * "I'll look at it", "bring it". Without one, "I'm at the mall until 3" says where the sender is busy
 * ("will the car be ready by then?", "no rush", "my wife will drop it at your shop").
 */
const INVITED =
  /\b(?:come|swing\s+by|pop\s+(?:over|by|round|in)|stop\s+by|drop\s+by|call\s+(?:by|in|round)|roll\s+(?:up|by)|pull\s+up|find\s+me|meet\s+me|(?:i['’]?ll|ill|i\s+will|i\s+can)\s+(?:look|have\s+a\s+look|fix|sort|do)\b|bring\s+(?:it|her|him|the\s+\w+|cash)|in\s+person|(?:whenever|if\s+you\s+want))\b/i;

/**
 * Where the invitation may sit: the sentence just before ("can you come look at it in person? I'm at
 * the Walmart lot till 6"), the match's own clause and the clause after it (up to the second comma or the sentence end).
 */
function clauseAndNext(text: string, m: RegExpExecArray): string {
  const rest = text.slice(m.index + m[0].length);
  const previous = /[^.!?\n]*[.!?\n]?\s*[^.!?\n]*$/.exec(text.slice(Math.max(0, m.index - 120), m.index))![0];
  return previous + m[0] + /^[^.!?\n]*?(?:,[^,.!?\n]*)?(?=[,.!?\n]|$)/.exec(rest)![0];
}

/**
 * The reader awaited where the sender waits: "until 6" says when the sender is free again, so it needs
 * an invitation (`INVITED`); "from 4" says when the sender is there to be found ("... from 4, silver
 * golf"), unless an errand follows the time ("from 6 to pick up my son", "from 5 collecting my daughter").
 */
function awaited(m: RegExpExecArray, text: string): boolean {
  if (INVITED.test(clauseAndNext(text, m))) return true;
  if (!/^(?:from|after)$/i.test(m.groups?.until ?? "")) return false;
  return !/^[\w:.]*\s*(?:am|pm|ish)?\s+(?:(?:to|for)\s+(?!\d)|\w+ing\b)/i.test(text.slice(m.index + m[0].length - 1));
}

/** A bargain or the platform, not a place: "meet you at the price you quoted", "meet in the app chat", "meet me at the booked slot". */
const NOT_A_PLACE = /^(?:the\s+(?:middle|price|figure|quote|offer|app|chat|booking|booked|slot|deadline)|that|your\s+(?:offer|price|quote|figure))\b|\b(?:app|chat|booked|slot)\b/i;

/** Speech reported before the proposal in its sentence: "the tow driver said let's meet ...", "he told me: ...". */
const REPORTED_BEFORE = /(?:\b(?:said|says|told|asked|wrote|tells|reckons)\b|[:"“])[^.!?\n]*$/i;

/** The sentence before the match. */
const sentenceBefore = (text: string, m: RegExpExecArray): string => text.slice(sentenceStart(text, m.index), m.index);

/**
 * The sentence after the match's, the next message of a burst among them (round 33): the job or the sender's post at
 * the meeting place is often said next ("come to the pub tues" / "I'll have a look at it in the car park").
 */
const NEXT_SENTENCE = /^[^.!?\n]*[.!?\n]+\s*([^.!?\n]*)/;
const nextSentence = (text: string, m: RegExpExecArray): string => NEXT_SENTENCE.exec(text.slice(m.index + m[0].length))?.[1] ?? "";

/**
 * The span of a meeting: the match, through the sentence after it where that one tells the job or the sender's post at
 * the place (`toldNext`): a burst's next message is masked with it, and the earlier message's meeting reaches into it.
 */
const throughNextWhere =
  (toldNext: RegExp) =>
  (m: RegExpExecArray): [number, number] => {
    const end = m.index + m[0].length;
    const next = NEXT_SENTENCE.exec(m.input.slice(end));
    return next && toldNext.test(next[1]!) ? [m.index, end + next[0].length] : [m.index, end];
  };

/**
 * The reader asked to a public place or an event by name, capitalised or not (round 31): "swing by the Z station in Te
 * Kuiti thursday", "come to the cars and coffee saturday at Ridgedale", "come to Liberty Market parking"; the car brought there
 * (round 34: "bring it to the church car park on Sunday after mass, I'll look at it then").
 */
const COME_TO_AN_EVENT =
  /\b(?:(?:come|pop|swing|stop|head|drop|call|roll)\s+(?:(?:by|round|over|down|along)\s+)?(?:to|at|by|into)?|bring\s+(?:it|her|him|the\s+(?:car|van|truck|ute|bike))\s+(?:(?:down|round|over)\s+)?to)\s*(?<place>[^,;.!?\n\s][^,;.!?\n]{1,59})/gi;

/** Events and grounds people meet at besides `PUBLIC_PLACE`: a show, a track day, a club night. */
const EVENT_PLACE =
  /\b(?:(?:car|auto|motor)\s+show|show\s*ground|cars\s+and\s+coffee|car\s+meet|meet-?up|swap\s*meet|car\s+boot|track(?:\s+day)?|pits|fair|festival|rally|stadium|oval|footy|club\s+(?:night|stand))\b/i;

/** The sender's job done at the meeting place: "I'll have a look under the bonnet", "I'll look at it there", "I'll check the car"; not papers, tickets or lap times. */
const WORK_THERE =
  /\b(?:i['’]?ll|ill|i\s+(?:will|can)|we['’]?ll|we\s+(?:will|can)|(?:you|u)\s+can)\s+(?:(?:have|take)\s+a\s+(?:look|listen|squiz|gander|butchers|peek)|give\s+(?:it|her)\s+a\s+(?:look|listen|once-over)|look\s+at|check|sort|do|fix)\b(?!\s+(?:at\s+)?(?:your|the)\s+(?:lap|train|tickets?|quote|invoice|booking|photos?|pictures?|paperwork|receipt)\b)/i;

/**
 * The sender's greeting at a place or their post there (round 33): "see you at the Circle K on Dixie Hwy at 6", "catch ya at
 * the rodeo grounds saturday", "I'll be at the county fair tomorrow".
 */
const MET_THERE = /\b(?:(?<greeting>(?:see|catch)\s+(?:you|ya|u))|(?:i['’]?ll|ill|i\s+will|we['’]?ll|we\s+will)\s+be)\s+(?:at|by|outside|in)\s+(?<place>the\s+[^,;.!?\n]{2,60})/gi;

/** A time or the usual, not a place: "see you at the weekend", "at the end of the month", "at the same time". */
const A_TIME_NOT_A_PLACE = /^the\s+(?:weekend|end|start|beginning|same|usual|next|latest|earliest)\b/i;

/** The reader invited where the sender will be: "come find me", "swing by", "pop over", "bring it". */
const COME_FIND_ME = /\b(?:come|swing\s+by|pop\s+(?:over|by|round|in)|stop\s+by|drop\s+by|find\s+me|meet\s+me|bring\s+(?:it|her|him|the\s+\w+))\b/i;

/** What ties the job to the meeting: "there", "on the spot", "no charge", a time (`MEETING_TIME`). */
const THERE_OR_THEN = /\b(?:there|on\s+the\s+spot|no\s+charge|for\s+free|cash)\b/i;

/** The sender's job done at the meeting place, tied to it by "there" or a time. */
const jobThere = (sentence: string): boolean => WORK_THERE.test(sentence) && (THERE_OR_THEN.test(sentence) || MEETING_TIME.test(sentence));

/**
 * The reader asked to the sender's home in another language, with the sender's job there or a time set (round 34): "ven a
 * mi casa mañana y lo reviso", "vem aqui em casa amanhã que eu dou uma olhada", "viens chez moi demain, je regarde ça",
 * "komm morgen zu mir nach Hause, ich schau es mir an", "vieni da me domani, ci do un'occhiata", "kom morgen bij mij thuis
 * langs", "przyjedź do mnie jutro, zobaczę", "yarın eve gel, bakarım", "datang aja ke rumah saya besok", "bhai kal mere ghar
 * aa jao, main dekh lunga", "punta ka na lang sa bahay bukas", "ta3ala l dari ghedda", "تعال عندي البيت بكرة". The English
 * "come to my place ... I'll look at it" is the own-place rule's. `invite` reads the text as normalised (accents dropped),
 * `then` the sender's job or a day or hour, in the invitation's sentence or the next.
 */
const HOME_INVITED_ABROAD: ReadonlyArray<{ invite: RegExp; then: RegExp; words?: readonly string[] }> = [
  {
    invite:
      /\b(?:ven(?:te)?|venga|veni|venite|vengan|pasa(?:te)?|caele|trae(?:lo|la|me)?|traigan(?:lo)?)\s+(?:[\w']+\s+){0,2}?(?:a|por|hasta|pa|para)\s+(?:mi\s+(?:casa|domicilio|depa|departamento|cantón|canton|rancho)|la\s+casa|casa)\b/gi,
    then: /\b(?:(?:yo\s+)?(?:te\s+|se\s+)?(?:lo|la)\s+(?:reviso|checo|chequeo|arreglo|miro|veo|hago|cambio|compongo|reparo)|le\s+(?:echo|hecho|doy)\s+(?:un\s+)?(?:ojo|vistazo|ojeada|una\s+(?:mirada|revisada|checada))|manana|hoy|esta\s+(?:tarde|noche)|a\s+las\s+\d|(?:el\s+)?(?:sabado|domingo|lunes|martes|miercoles|jueves|viernes))\b/i,
    words: ["ven", "vente", "venga", "veni", "venite", "vengan", "pasa", "pasate", "caele", "trae", "traelo", "traela", "traeme", "traigan", "traiganlo"],
  },
  {
    invite:
      /\b(?:vem|venha|venham|passa|passe|traz|traga|tragam|(?:pode|podes|podem|podia)\s+(?:trazer|vir|passar))\s+(?:[\w']+\s+){0,2}?(?:(?:aqui|ali|la)\s+)?(?:em|na|pra|para|ate)\s+(?:a\s+)?(?:minha\s+)?casa\b/gi,
    then: /\b(?:(?:eu\s+)?(?:dou|darei|vou\s+dar)\s+uma\s+(?:olhada|olhadinha|vista)|(?:eu\s+)?(?:olho|vejo|arrumo|conserto|resolvo|troco)\b|faco\s+o\s+servico|amanha|hoje|(?:a|de)\s+(?:tarde|noite)|as\s+\d|sabado|domingo|segunda|terca|quarta|quinta|sexta)\b/i,
    words: ["vem", "venha", "venham", "passa", "passe", "traz", "traga", "tragam", "pode", "podes", "podem", "podia"],
  },
  {
    invite: /\b(?:viens|venez|passe|passez|ramene|ramenez|amene|amenez)\s+(?:[\w']+\s+){0,2}?(?:chez\s+(?:moi|nous)|a\s+la\s+maison|a\s+mon\s+domicile)\b/gi,
    then: /\b(?:je\s+(?:(?:te\s+|vous\s+)?(?:la|le|l['’])?\s*(?:regarde|fais|repare|verifie|change)|jette\s+un\s+(?:oeil|coup\s+d['’]oeil)|m['’]en\s+occupe)|on\s+(?:regarde|verra)|demain|ce\s+(?:soir|week-?end)|cet\s+apres-midi|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|a\s+\d{1,2}\s*h|\d{1,2}h\d*)\b/i,
    words: ["viens", "venez", "passe", "passez", "ramene", "ramenez", "amene", "amenez"],
  },
  {
    invite: /\b(?:komm|kommen\s+sie|kommt|bring|bringen\s+sie|bringt)\s+(?:[\w']+\s+){0,3}?(?:(?:zu|bei)\s+(?:mir|uns)|nach\s+hause|heim)\b/gi,
    then: /\b(?:ich\s+(?:schau|schaue|guck|gucke|mach|mache|repariere|seh|sehe|kummer)|(?:schau|schaue|guck|gucke|mach|mache|seh|sehe)\s+ich|morgen|heute\s+abend|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|um\s+\d|\d{1,2}\s*uhr)\b/i,
    words: ["komm", "kommen", "kommt", "bring", "bringen", "bringt"],
  },
  {
    invite: /\b(?:vieni|venite|venga|passa|passate|passi|porta(?:la|lo|mela|melo)?|portate(?:la|lo)?)\s+(?:[\w']+\s+){0,2}?(?:da\s+(?:me|noi)|a\s+casa(?:\s+(?:mia|nostra|da\s+me))?)\b/gi,
    then: /\b(?:(?:ci|gli|le)\s+do\s+un['’]?\s*occhiata|(?:te\s+)?(?:la|lo|l['’])\s*(?:guardo|sistemo|aggiusto|controllo|faccio|riparo|vedo)|(?:guardo|controllo|sistemo)\s+io|domani|stasera|oggi\s+pomeriggio|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|alle\s+\d)\b/i,
    words: ["vieni", "venite", "venga", "passa", "passate", "passi", "porta", "portala", "portalo", "portamela", "portamelo", "portate", "portatela", "portatelo"],
  },
  {
    invite: /\b(?:kom|komen|breng)\s+(?:[\w']+\s+){0,3}?(?:bij\s+(?:mij|ons)|naar\s+(?:mijn|ons)\s+huis|naar\s+mij)(?:\s+thuis)?\b/gi,
    then: /\b(?:ik\s+(?:kijk|repareer|fix|maak\s+(?:het|hem)|doe\s+(?:het|hem))|kijk\s+ik|morgen|vanavond|vanmiddag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|om\s+\d)\b/i,
    words: ["kom", "komen", "breng"],
  },
  {
    invite: /\b(?:przyjedz|przyjdz|wpadnij|podjedz|wpadaj|przyjedzcie|wpadnijcie|podrzuc)\s+(?:[\w']+\s+){0,2}?(?:do\s+(?:mnie|nas)|pod\s+(?:moj|nasz)\s+dom)\b/gi,
    then: /\b(?:zobacze|obejrze|zrobie|naprawie|sprawdze|rzuce\s+okiem|ogarne|jutro|dzis|dzisiaj|wieczorem|po\s+poludniu|w\s+(?:sobote|niedziele|poniedzialek|wtorek|srode|czwartek|piatek)|o\s+\d)\b/i,
    words: ["przyjedz", "przyjdz", "wpadnij", "podjedz", "wpadaj", "przyjedzcie", "wpadnijcie", "podrzuc"],
  },
  {
    invite: /\b(?:(?:bizim\s+)?eve|evime|bize|bana|yanima)\s+(?:[\w']+\s+)?(?:gel|gelin|gelsene|gelebilirsin|gelebilirsiniz|getir|getirin)\b/gi,
    then: /\b(?:bakarim|bakayim|bakariz|hallederim|yaparim|tamir\s+ederim|ilgilenirim|yarin|aksam|bugun|cumartesi|pazar|saat\s+\d)\b/i,
    words: ["eve", "evime", "bize", "bana", "yanima"],
  },
  {
    invite:
      /\b(?:datang|dateng|mampir|main|singgah|bawa\s+(?:aja\s+|saja\s+)?(?:mobil\w*|motor\w*|kereta))\s+(?:aja\s+|saja\s+|ya\s+|dong\s+|je\s+|lah\s+)?(?:ke\s+)?rumah\s+(?:saya|aku|gue|gw|kami|sy)\b/gi,
    then: /\b(?:(?:saya|aku|gue|gw|sy|nanti)\s+(?:cek|lihat|liat|periksa|betulin|benerin|perbaiki|servis|tengok|baiki)|besok|esok|nanti|sore|malam|jam\s+\d|pukul\s+\d|sabtu|minggu)\b/i,
    words: ["rumah"],
  },
  {
    invite:
      /\b(?:(?:gaadi|gadi|gaddi|car|bike|scooty)\s+)?(?:(?:mere|mera|hamare|humare|apne)\s+)?ghar\s+(?:pe\s+|par\s+|pr\s+)?(?:aa\s*jao|aa\s*jaiye|aaiye|aao|aa\s+jana|aa\s+jaana|le\s+aao|le\s+aaiye|le\s+aana)\b/gi,
    then: /\b(?:(?:main|mai|hum)\s+)?(?:dekh|check\s+kar|theek\s+kar|thik\s+kar|bana|sahi\s+kar)\s*(?:lunga|loonga|lenge|dunga|doonga|denge)|\b(?:kal|aaj|shaam|subah|raat|sunday|ravivar)\b/i,
    words: ["ghar"],
  },
  {
    invite: /\b(?:punta|pumunta|dumaan|daan|dalhin\s+mo|dalin\s+mo)\s+(?:(?:ka|kayo|mo)\s+)?(?:na\s+lang\s+|nalang\s+|na\s+lng\s+|muna\s+)?(?:dito\s+)?sa\s+(?:bahay|amin)(?:\s+(?:namin|ko))?\b/gi,
    then: /\b(?:(?:titingnan|titignan|aayusin|ayusin|tignan|tingnan|check(?:in)?)\s+ko|bukas|mamaya|sabado|linggo|alas\s+\w+)\b/i,
    words: ["bahay", "amin"],
  },
  {
    invite: /\b(?:ta3a?la|taala|ta['’]ala|t3ala|aji|eji)\s+(?:(?:l|le|li|ila|lel|el|3and|3end)\s*)?(?:dari|beti|baiti|bayti|el\s*bet|lbet|l\s*dar|3andi|3endi)\b/gi,
    then: /\b(?:nchoufha|nshoufha|ashoofha|ashofha|bshoofha|ashufha|nsala7ha|asal7ha|ghedda|ghda|bukra|bokra|lyoum|elyoum|l3ashiya)\b/i,
    words: ["ta3ala", "ta3la", "taala", "t3ala", "aji", "eji", "ta'ala", "ta’ala"],
  },
  {
    invite: new RegExp(skeletonAlternation(["تعال عندي", "تعال للبيت", "تعال لبيتي", "تعال البيت", "تعالى عندي", "تعالى للبيت", "تعالي عندي"]), "g"),
    then: new RegExp(skeletonAlternation(["اشوفها", "أشوفها", "بشوفها", "اصلحها", "أصلحها", "بصلحها", "بكرة", "بكره", "بكرا", "الليلة", "العصر", "المسا"])),
  },
];

/** The workshop or the app, as `WORKSHOP_ABROAD` and `BOOKED_ABROAD` name them, with the articles and prepositions before them. */
const BOOKED_PLACE_ABROAD = String.raw`(?:(?:el|la|los|las|o|a|os|as|no|na|do|da|pelo|pela|en|por|le|au|du|par|in|im|der|die|das|dem|de|het|bij|via|w|przez|nel|nella|al|the|at|through|ke|di|dari)\s+|(?:l|dall|all|dell)['’]\s*){0,3}(?:${WORKSHOP_ABROAD.source}|${BOOKED_ABROAD.source})`;

/**
 * The workshop or the app named only as what the home job undercuts or avoids (round 53): "te cobro menos que el taller",
 * "mais barato do que pelo app", "moins cher qu'au garage", "billiger als in der Werkstatt", "goedkoper dan de garage", "sem
 * passar pela oficina", "workshop ka bill bachega". That is the deal's reason, not the booked workshop met, so the invitation's
 * sentence is read for the booking without it.
 */
const UNDERCUT_ABROAD = new RegExp(
  String.raw`\b(?:(?:mas|menos|mais|plus|moins|piu|meno|goedkoper|billiger|gunstiger|taniej|murah|ucuz|cheaper|less)\b(?:\s+[\w'’]+){0,2}?\s+(?:que|do\s+que|qu['’]?|than|als|dan|che|niz|od|dari(?:\s+pada)?)\s*${BOOKED_PLACE_ABROAD}|(?:sin|sem|sans|ohne|zonder|senza|bez|tanpa)\s+(?:pasar|passar|passer|passare|gehen|gaan|lewat)?\s*(?:por|pelo|pela|par|uber|via|langs|dall['’]?|przez)?\s*${BOOKED_PLACE_ABROAD}|${BOOKED_PLACE_ABROAD}\s+(?:ka|ki|ke)\s+(?:kharcha|kharch|bill|paisa|paise|fees?)\s+bach\w*)`,
  "gi",
);

/**
 * What may open the invitation's clause before it, in the languages of HOME_INVITED_ABROAD: a greeting, a softener or a day
 * ("bhai kal mere ghar aa jao", "mejor ven a mi casa", "yarın eve gel"). Anything else is a subject the verb is said of ("Mon
 * fils passe à la maison demain", "Mein Sohn kommt morgen nach Hause"): a story, not the reader asked.
 */
const INVITATION_OPENER =
  /(?:^|[,.;:!?¿¡()\n-])\s*(?:(?:bhai|bhaiya|aap|ap|tum|bro|sir|ji|yaar|boss|pare|mas|pak|bang|kak|abi|hocam|habibi|akhi|amigo|amiga|compa|jefe|senor|senora|cara|mano|mec|chef|kumpel|digga|amico|capo|vriend|stary|panie|please|pls|plz|just|so|ok|okay|oke|si|pues|mejor|entonces|bueno|mira|oye|olha|entao|melhor|alors|donc|bon|plutot|bitte|einfach|dann|doch|lieber|mal|allora|dai|meglio|pure|magari|maar|gewoon|dan|liever|lepiej|po\s+prostu|aja|saja|toh|to|na\s+lang|ya|kal|aaj|abhi|manana|hoy|amanha|hoje|demain|morgen|heute|domani|oggi|vandaag|jutro|dzis|dzisiaj|yarin|bugun|besok|nanti|bukas|mamaya|bokra|bukra|ghedda)\s*[,!]?\s+){0,3}$/i;

/**
 * The sender's job done at a public place named after it, for money (round 34): "ill look at it in the car park for a bit of
 * cash", "I'll do the pads in the Lidl car park for 40 quid". Without the money it is as often the booked workshop's own car
 * park ("I'll have a look at it in the car park when you arrive").
 */
const JOB_AT_A_PLACE =
  /\b(?:i['’]?ll|ill|i\s+(?:will|can|could)|we['’]?ll|we\s+(?:will|can|could))\s+(?:(?:have|take)\s+a\s+(?:look|listen|squiz|gander)\s+at|look\s+at|check|do|fix|sort|swap|change)\s+(?:it|her|them|the\s+[\w-]+)\s+(?:in|at|outside)\s+(?<place>(?:the|a)\s+[^,;.!?\n]{2,40})/dgi;

/** Money for the job in its sentence: cash, a sum, "a tenner", "mates rates". */
const MONEY_FOR_IT = /(?:\bcash\b|\bquid\b|\bbucks\b|[£$€]\s?\d|\b\d+\s*(?:dollars|euros|rand|pounds)\b|\ba\s+(?:tenner|score|pony|fiver)\b|\bmates?\s+rates?\b|\bcheap\b)/i;

/**
 * The sender's usual post at a place (round 50): "I'm usually at the Jiffy Lube on Slaughter Ln on Saturdays", "you'll
 * normally find me at the Shell on 5th most evenings", with the reader invited there (`DROP_IN`) and a recurring time
 * (`USUAL_TIME`): where to find the professional outside the booking.
 */
const USUALLY_AT =
  /\b(?:(?:i['’]?m|im|i\s+am)\s+(?:usually|always|normally|mostly|generally|often|typically)|(?:you['’]?ll|you\s+will|you\s+can|u\s+can)\s+(?:usually|always|normally|often)?\s*(?:find|catch)\s+me)\s+(?:down\s+|over\s+|out\s+)?(?:at|by)\s+(?<place>(?:the\s+)?[^,;.!?\n]{2,60})/dgi;

/** A time that recurs: "on Saturdays", "weekends", "most evenings", "every Sunday morning", "after 5". */
const USUAL_TIME =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|(?:most|every|some)\s+(?:\w+\s+)?(?:mornings?|afternoons?|evenings?|nights?|days?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)|mornings|evenings|nights|after\s+(?:\d|work|hours))\b/i;

/** The reader invited to drop in: "swing by", "come by", "stop by", "pop in", "come find me", "come see me". */
const DROP_IN = /\b(?:swing|stop|drop|pop|come|roll|call)\s+(?:by|in|over|round|down|past)\b|\bcome\s+(?:find|see|grab)\s+me\b|\b(?:find|catch)\s+me\s+there\b/i;

/**
 * A meeting proposed (round 52), with or without a place: "lets just meet", "let us meet at Kaneshie market", "Meet at the lay-by
 * on the A38", "can we meet up", Afrikaans "ontmoet", Polish "spotkać się" / "spotkajmy się". Not a meeting with the tow, the
 * driver or the advisor ("let's meet the tow truck at the car park"), which the platform books.
 */
const MEETING_PROPOSED =
  /\b(?:(?:let['’]?s|lets|let\s+us|we\s+(?:can|could|should)|shall\s+we|can\s+(?:we|you|u)|could\s+(?:we|you|u)|(?:i|we)['’]?ll|i\s+(?:can|could))\s+(?:just\s+)?meet(?:\s+up)?|meet\s+(?:me|us|u|ya)|(?<=(?:^|[,.;:!?]\s*|\b(?:so|then|ok|okay|just|pls|please|tbh)\s+))meet(?:\s+up)?)\b(?!\s+(?:the|your|a|our)\s+(?:tow|recovery|driver|truck|advisor|adviser|mechanic|technician|tech|workshop|shop|garage|service)\b)|\bontmoet\b|\bspotka(?:c|my|jmy)\s+sie\b|\bsie\s+spotkac\b/gi;

/**
 * What is done at the meeting (round 52): cash or money handed over ("I'll give you the cash", "I'll hand over the keys and the
 * cash", "pay you in person", "have the money ready"), or the sender's job done there ("I will bring the alternator and fit it
 * for you there", "we sort it there", "wymienię ci te klocki na parkingu"). Keys, papers and the car alone are the booking's
 * errands.
 */
const DONE_AT_THE_MEETING =
  /\b(?:(?:give|hand(?:\s+over)?|pass|bring|slip)\s+(?:you\s+|u\s+|over\s+)?(?:(?:the|your|my)\s+(?:keys?|car|part|parts)\s+and\s+)?(?:the\s+|your\s+|some\s+|my\s+)?(?:cash|money|notes|payment)|pay\s+(?:you|u|me)\s+(?:in\s+person|there|then|on\s+the\s+spot|in\s+cash|cash)|have\s+(?:the|your)\s+(?:cash|money)\s+ready|(?:i['’]?ll|ill|i\s+will|i\s+can|we['’]?ll|we\s+(?:will|can)|we)\s+(?:[\w'’]+\s+){0,6}?(?:fit|fix|do|sort|swap|change|install|replace|check|look\s+at)\b[^.!?\n]{0,40}?\b(?:there|on\s+the\s+spot|in\s+the\s+(?:car\s*park|parking(?:\s+lot)?|lot))|(?:wymienie|zrobie|naprawie|sprawdze|zaloze|zmienie)\b[^.!?\n]{0,40}?\b(?:na\s+parkingu|tam|na\s+miejscu))\b/i;

/**
 * The booking saved by meeting (round 54): "save you another booking", "spares you booking again", "no need to book another
 * session", "no need to go through the app", "skip the booking", "we won't need another booking". The meeting is then the
 * job done off the platform, the booking or the app named only as what it spares.
 */
const BOOKING_SAVED =
  /\b(?:(?:sav|spar)(?:e|es|ing)\s+(?:(?:you|u|ya|us|yourself|you\s+both|us\s+both)\s+)?(?:(?:another|a|the|second|extra|new|other|one\s+more|a\s+second|all\s+the)\s+)?(?:booking|appointment|session|call-?out(?:\s+fee)?)s?|(?:sav|spar)(?:e|es|ing)\s+(?:(?:you|u|ya|us)\s+)?(?:booking|paying\s+for)\s+(?:again|another|a\s+second)|no\s+need\s+(?:to|for)\s+(?:(?:go|going)\s+through\s+)?(?:(?:book|booking|re-?book)\w*|another\s+(?:booking|appointment|session)|a\s+(?:booking|second\s+booking)|the\s+(?:app|booking|platform))|(?:skip|without|bypass|dodge|avoid)\s+(?:the|another|a\s+second)\s+(?:booking|app|platform)|(?:don['’]?t|dont|won['’]?t|wont|wouldn['’]?t)\s+need\s+(?:to\s+(?:re-?)?book|another\s+(?:booking|appointment|session)|the\s+(?:app|booking|platform)))\b/i;

/** The meeting held on the platform's own call or chat, anywhere in its sentence: "meet on the video call", "meet online", "go over it on screen share". */
const MET_ON_THE_PLATFORM = /\b(?:video|call|calls|screen(?:\s*share)?|zoom|facetime|teams|online|virtually|in-?app|chat|webcam|camera)\b/i;

/** A place after the meeting that is the workshop's or the platform's ("meet at the workshop", "meet in the app chat"). */
const MEETING_PLACE_AFTER = /^\s*(?:(?:up|you|u|ya|me|us)\s+)?(?:(?:right\s+)?in\s+front\s+of|outside|at|in|by|near)\s+(?<place>[^,;.!?\n]{2,50})/i;

/** The meeting's sentence, through the next one where that holds what is done there ("let's meet at the market" / "I'll fit it there"). */
const meetingSpan = (m: RegExpExecArray): [number, number] => {
  const [start, end] = sentenceOf(m);
  const next = NEXT_SENTENCE.exec(m.input.slice(end));
  return !DONE_AT_THE_MEETING.test(m.input.slice(start, end)) && next ? [start, end + next[0].length] : [start, end];
};

export const PRIVATE_VISIT_PATTERNS: Pattern[] = [
  {
    kind: DEAL, // a meeting proposed at a place with a time: "let's meet in front of the Afriquia station in Ain Sebaa tomorrow 10am", "meet me in the Kiryon mall car park at 7"
    // Round 32: also "meet" opening a clause with a place named ("meet at ICA Maxi parkering i Haninge, lördag 11").
    // Round 34: "let us meet", "lemme meet u", "meet u at", "we can link up at".
    re: /\b(?:(?:let['’]?s|lets|let\s+us|let\s+me|lemme|we\s+(?:can|could|should)|shall\s+we|(?:i|we)['’]?ll|i\s+(?:can|could)|can\s+(?:we|you|u)|could\s+(?:we|you|u))\s+(?:meet|link\s+up|hook\s+up)(?:\s+(?:up|you|u|ya))?|meet\s+(?:me|us|u|ya)|(?<=(?:^|[,.;:!?]\s*|\b(?:so|then|ok|okay|just|pls|please)\s+))meet(?:\s+up)?)\s+(?:(?:right\s+)?in\s+front\s+of|outside|opposite|across\s+from|behind|next\s+to|near|by|at|in)\s+(?<place>(?:the|a)\s+[^,;.!?\n]{2,60}|[A-Z][^,;.!?\n]{2,60})/dgim,
    // "meet me in the middle on the price", "meet you at the price you quoted": a compromise, not a place; "the tow driver said let's meet": reported.
    accept: (m, text) =>
      !NOT_A_PLACE.test(m.groups?.place ?? "") &&
      !REPORTED_BEFORE.test(sentenceBefore(text, m)) &&
      !NOT_A_MEETING_PLACE.test(m.groups?.place ?? "") &&
      MEETING_TIME.test(sentenceText(text, m)) &&
      live(m, text),
    span: throughNextWhere(WORK_THERE),
  },
  {
    kind: DEAL, // the sender waiting at a public place until a time: "I'm at the Walmart parking lot on Clinton Hwy till 6", "i'm at the Tesco car park on Mill Road from 6"
    // Round 34: "parked up", "till late", "for the next hour".
    re: /\b(?:i['’]?m|im|i\s+am|we['’]?re|i['’]?ll\s+be|i\s+will\s+be)\s+(?:parked\s+(?:up\s+)?|sat\s+|waiting\s+)?(?:at|in|outside)\s+(?<place>the\s+[^,;.!?\n]{2,50}?)\s+(?:(?<until>till|til|until|from|after)\s+(?:\d|noon|lunch|late)|for\s+the\s+next\s+(?:hour|\d+\s*(?:mins?|minutes|hours?)))/dgi,
    accept: (m, text) => {
      const place = m.groups?.place ?? "";
      return PUBLIC_PLACE.test(place) && !NOT_A_MEETING_PLACE.test(place) && !BOOKED_VISIT.test(sentenceText(text, m)) && awaited(m, text) && live(m, text);
    },
  },
  {
    kind: DEAL, // round 50: "I'm usually at the Jiffy Lube on Slaughter Ln on Saturdays if you want to swing by"
    re: USUALLY_AT,
    words: ["usually", "always", "normally", "mostly", "generally", "often", "typically", "find", "catch"],
    accept: (m, text) => {
      const place = m.groups?.place ?? "";
      const sentence = sentenceAndNext(m, text);
      return (
        !NOT_A_MEETING_PLACE.test(place) &&
        !NOT_A_PLACE.test(place) &&
        !/^(?:our|my)\b/i.test(place) &&
        USUAL_TIME.test(sentence) &&
        DROP_IN.test(sentence) &&
        !BOOKED_VISIT.test(sentence) &&
        !REPORTED_BEFORE.test(sentenceBefore(text, m)) &&
        live(m, text)
      );
    },
    span: sentenceOf,
  },
  {
    kind: DEAL, // "come to the petrol pump near my society gate at 7pm, i will wait", "pull up at the servo on the corner, I'm there every morning at 7"
    re: COME_TO_A_PLACE,
    gate: FOUND_THERE,
    // The sender found there in the sentence after (round 33: "bring it to the Asda car park tomorrow" / "I'll be in the grey
    // Sprinter from 10"), not at the workshop or the booking ("I'll be in the office from 10").
    accept: (m, text) => {
      if (!ASKED_OF_THE_READER.test(before(text, m, 30)) || NOT_A_MEETING_PLACE.test(m.groups?.place ?? "")) return false;
      const next = nextSentence(text, m);
      const found = FOUND_THERE.test(sentenceText(text, m)) || (FOUND_THERE.test(next) && !NOT_A_MEETING_PLACE.test(next) && !BOOKED_VISIT.test(next));
      return found && live(m, text);
    },
    span: throughNextWhere(FOUND_THERE),
  },
  {
    kind: DEAL, // "swing by the Z station in Te Kuiti thursday, I'll have a look under the bonnet", "come to Liberty Market parking, I'll check the car there only"
    re: COME_TO_AN_EVENT,
    gate: WORK_THERE,
    accept: (m, text) => {
      const place = m.groups?.place ?? "";
      if (!(PUBLIC_PLACE.test(place) || EVENT_PLACE.test(place)) || NOT_A_MEETING_PLACE.test(place) || !ASKED_OF_THE_READER.test(before(text, m, 30))) return false;
      // The job may be told in the sentence after (round 33: "come to the market sunday" / "I'll do the pads there for 50").
      const sentence = `${sentenceText(text, m)} ${nextSentence(text, m)}`;
      return jobThere(sentence) && !BOOKED_VISIT.test(sentence) && live(m, text);
    },
    span: throughNextWhere(WORK_THERE),
  },
  {
    kind: DEAL, // "see you at the Circle K on Dixie Hwy at 6, I'll have a look at the alternator there", "I'll be at the swap meet on Sunday, come find me and I'll sort the carb"
    // The job done at the place; the sender's post ("I'll be at") also wants the reader invited and the job tied to the
    // place by "there" or a time: alone it says where the sender is busy ("I'll be at the hospital tomorrow so I'll check
    // the car after"). The sentence is the deal and is masked whole.
    re: MET_THERE,
    gate: WORK_THERE,
    accept: (m, text) => {
      const place = m.groups?.place ?? "";
      if (NOT_A_MEETING_PLACE.test(place) || NOT_A_PLACE.test(place) || A_TIME_NOT_A_PLACE.test(place) || REPORTED_BEFORE.test(sentenceBefore(text, m))) return false;
      const sentence = sentenceText(text, m);
      const met = m.groups?.greeting ? WORK_THERE.test(sentence) : COME_FIND_ME.test(sentence) && jobThere(sentence);
      return met && !BOOKED_VISIT.test(sentence) && live(m, text);
    },
    span: sentenceOf,
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
      if (INSTEAD.test(sentence) || (!ownBusiness && WORK.test(sentence))) return true;
      // Told to come to a private place at a time: "bring it to my shed this arvo, its behind the footy oval" (issue 13, round 31).
      const told = before(text, m, 40);
      // "bring it back to my drive tonight": the car returned after the job, not the reader sent to a place.
      return !ownBusiness && /^(?:to|round\s+to)\b/i.test(m[0]) && TOLD_TO_COME.test(told) && !/\bback\s*$/i.test(told) && MEETING_TIME.test(sentence) && !BOOKED_VISIT.test(sentence);
    },
  },
  {
    kind: DEAL, // round 53: "just bring it round mine sunday and I'll sort it", "come over to mine instead of the garage you booked"
    re: TO_MINE,
    words: ["mine"],
    // A customer asks the booked mobile mechanic round to theirs too ("come round to mine at 10"): the sender's own work
    // offered there, or the booking left out, makes it the deal.
    accept: (m, text) => {
      const sentence = sentenceText(text, m);
      return TOLD_TO_COME.test(before(text, m, 40)) && (INSTEAD.test(sentence) || (WORK.test(sentence) && !BOOKED_VISIT.test(sentence))) && live(m, text);
    },
    span: sentenceOf,
  },
  {
    kind: DEAL, // "nos vemos en el Oxxo y ahi arreglamos", "a gente se encontra no posto e acerta la"
    re: /\b(?:nos\s+vemos|(?:vamos\s+a\s+)?vernos|quedamos|nos\s+encontramos|(?:a\s+gente\s+)?se\s+encontra|encontro\s+voce)\s+(?:en|no|na|em|ahi|ali|alla)\b[^.!?\n]{0,60}\b(?:arregl\w*|acert\w*|precio|preco|pag\w*|efectivo|dinheiro|lo\s+hacemos|te\s+lo\s+hago|resolv\w*|combin\w*)/gi,
    accept: live,
  },
  {
    kind: DEAL, // "ill look at it in the car park for a bit of cash"
    re: JOB_AT_A_PLACE,
    gate: MONEY_FOR_IT,
    accept: (m, text) => {
      const place = m.groups?.place ?? "";
      const sentence = sentenceText(text, m);
      return (PUBLIC_PLACE.test(place) || EVENT_PLACE.test(place)) && !NOT_A_MEETING_PLACE.test(place) && MONEY_FOR_IT.test(sentence) && !BOOKED_VISIT.test(sentence) && live(m, text);
    },
    span: sentenceOf,
  },
  {
    kind: DEAL, // round 52: "lets just meet and I'll give you the cash for the catalytic converter there", "let us meet at Kaneshie market, I will bring the alternator and fit it for you there"
    re: MEETING_PROPOSED,
    gate: DONE_AT_THE_MEETING,
    accept: (m, text) => {
      const place = MEETING_PLACE_AFTER.exec(after(text, m, 60))?.groups?.place ?? "";
      if (NOT_A_PLACE.test(place) || NOT_A_MEETING_PLACE.test(place) || REPORTED_BEFORE.test(sentenceBefore(text, m))) return false;
      const sentence = sentenceAndNext(m, text);
      return DONE_AT_THE_MEETING.test(sentence) && !BOOKED_VISIT.test(sentence) && live(m, text);
    },
    span: meetingSpan,
  },
  {
    kind: DEAL, // round 54: "we could just meet and I'll show you the fault on the spot, save you another booking"
    re: MEETING_PROPOSED,
    gate: BOOKING_SAVED,
    accept: (m, text) => {
      const rest = after(text, m, 60);
      const place = MEETING_PLACE_AFTER.exec(rest)?.groups?.place ?? "";
      if (NOT_A_PLACE.test(place) || NOT_A_MEETING_PLACE.test(place) || REPORTED_BEFORE.test(sentenceBefore(text, m))) return false;
      const sentence = sentenceText(text, m);
      // The booking named only as what the meeting saves; any other booking or the app in the sentence is the platform's own meeting.
      return BOOKING_SAVED.test(sentence) && !MET_ON_THE_PLATFORM.test(sentence) && !BOOKED_VISIT.test(sentence.replace(BOOKING_SAVED, " ")) && live(m, text);
    },
    span: sentenceOf,
  },
  // The reader asked to the sender's home abroad (see HOME_INVITED_ABROAD), each rule tried only on a text holding its job or time.
  ...HOME_INVITED_ABROAD.map(({ invite, then, words }): Pattern => ({
    kind: DEAL,
    re: invite,
    // The invitation's own words where the language has them (a word-set lookup); the Arabic script's, its job or day.
    ...(words ? { words } : { gate: then }),
    accept: (m, text) => {
      const sentence = sentenceAndNext(m, text);
      const met = sentence.replace(UNDERCUT_ABROAD, " ");
      return INVITATION_OPENER.test(before(text, m, 60)) && then.test(sentence) && !WORKSHOP_ABROAD.test(met) && !BOOKED_ABROAD.test(met) && live(m, text);
    },
  })),
];
