/**
 * Directions to a home told the way people tell them to a visitor (issue 13, round 17): no street,
 * but the home placed against something everyone can see and then described so the visitor knows
 * the door. The older directions rule (address.ts) wants a street, a capitalised landmark or a house
 * number; this grammar reads the three parts of the intent instead, each an open class:
 *
 *   WHOSE   the sender's (or a visitor's) home: "my flat is", "we're the farmhouse", "I'm two doors
 *           down from", "that's us", "it's ours", "come to mine", or a route told as an imperative
 *           ("take exit 4", "head past", "turn off at", "follow the lane")
 *   WHERE   a relation to a landmark: past / after / behind / opposite / across (the road) from /
 *           next (door) to / beside / by / down from / round the corner from / above / a mile past /
 *           left at / right after (a turn told without "turn", round 23)
 *           ... and any noun phrase ("the feed store", "Rosie's Diner", "the second cattle grid")
 *   WHICH   the home told apart: a colour or material before a part of a house ("white gate", "red
 *           barn", "black railings"), a house counted ("fourth house", "end terrace", "two doors
 *           down"), "with the ..." after a dwelling, a bell or flat to press ("buzz flat 2"), a name
 *           on the mailbox, "can't miss it", "round the back"
 *
 * All three in one sentence (commas do not end it) make the sentence an ADDRESS. A car parked
 * behind a shop ("blue Corolla" is no part of a house), a noise after the bridge, or a house near a
 * school said in passing (nothing tells it apart) stay innocent.
 */
import { matchesFrom, matchesOf, negatedBefore, type Pattern, sentenceAt, sentenceOf } from "./context.ts";
import { skeletonAlternation, skeletonWord } from "./normalise.ts";

/** Words for a home or the building a home is in. */
export const DWELLING_NOUN = String.raw`(?:house|home|place|flat|apartment|apt|unit|bungalow|villa|cottage|cabin|farm|farmhouse|ranch|trailer|caravan|mobile\s+home|double\s+wide|duplex|terrace|semi|townhouse|condo|yard|block|building|gaff|crib|pad|digs|property|homestead|shack|hut|shed|barn|lock-?up(?:\s+garage)?|annexe?|granny\s+flat)`;

/** A relation to a landmark, opening WHERE. */
const RELATION = String.raw`(?:(?:on\s+)?(?:the\s+)?same\s+(?:street|road|lane|block|row|estate|close)\s+as|past|after|behind|opposite|facing|across\s+(?:the\s+(?:road|street|way)\s+)?from|over\s+the\s+(?:road|street)\s+from|next\s*(?:door\s*)?to|beside|alongside|by|near|nearby|(?:just\s+|right\s+)?(?:down|up|along)\s+(?:the\s+(?:road|street|lane)\s+)?from|(?:round|around)\s+the\s+(?:corner|back)\s+(?:from|of)|above|over|below|under|before|beyond|at\s+the\s+(?:end|top|bottom|back)\s+of|(?:turn|pull)\s+(?:(?:off|in|left|right)\s+)?(?:at|after|by)|(?:come|get)\s+(?:off|in|left|right)\s+(?:at|after|by)|(?:hang\s+a\s+|bear\s+|keep\s+|veer\s+)?(?:left|right)\s+(?:at|after|past|by)|(?:a|one|two|three|half\s+a|\d+)\s*(?:miles?|mins?|minutes?|blocks?|doors?|houses?|k|km)\s+(?:past|from|after|before|beyond|up\s+from|down\s+from|along\s+from|down|up|along))`;

/** WHERE: the relation and the landmark it counts from, a noun phrase of up to four words. */
const WHERE = new RegExp(
  String.raw`\b${RELATION}\s+(?!(?:the\s+)?(?:way|time|end\s+of\s+the\s+(?:day|week)|service|mot|repair|job|fix|weekend|holidays?|next|last|first|then|now|today|tomorrow|tonight)\b)(?:(?:the|a|an|that|this|those|our|old|\p{Lu})[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,3}|(?:it|them)\b)|\b(?:at|off)\s+(?:junction|jct|exit|turn-?off)\s+\d{1,3}[a-z]?\b`,
  "giu",
);

/**
 * A call at a door: "buzz the door", "ring the bell", "knock on the side door", "buzz flat 2". A knock
 * heard in a noise ("sounds like a knock on the door") and a car's door ("the rear door", "the boot
 * door", "the back door of the car") are no call at a home.
 */
const doorCall = (door: string): string =>
  String.raw`(?<!\blike\s+(?:a\s+)?)(?:buzz|ring|press|knock\s+on)\s+(?:flat|apt|unit|number|no\.?|the\s+${door}(?:bell|buzzer|door)(?!\s+(?:of|on|in)\s+(?:the|my|your|his|her|our)\s+(?:car|van|ute|truck|wagon|vehicle|suv)\b))`;
/** A word naming which bell or door ("top", "side", "second"), never a car's ("rear", "boot", "passenger"). */
const WHICH_DOOR = String.raw`(?!(?:rear|boot|passenger|driver|driver['’]?s|tailgate|sliding|car|van|ute)\b)[\p{L}\d]+\s+`;
/** A call at the door, which tells the home apart from its neighbours (as it did before the door was read). */
const DOOR_CALL = doorCall(String.raw`(?:${WHICH_DOOR})?`);
/**
 * A call at a door picked out ("ring the top bell", "knock on the side door", "buzz flat 2"), which is
 * also the way told to the visitor; a bare call ("buzz the door") counts as one part of the
 * directions, not as both.
 */
const PICKED_DOOR_CALL = doorCall(WHICH_DOOR);

/** A home found by asking the neighbours for the family: "ask anyone for the Sharma house". */
const ASKED_FOR_HOUSE = String.raw`\bask\s+(?:anyone|anybody|around|people|the\s+locals)\b[^,.!?]{0,25}?\bfor\s+(?:the\s+)?[\p{L}'’-]+\s+(?:house|home|residence|family|place)\b`;

/**
 * A route told from a landmark ("from the Carrefour roundabout go straight", "from the forum mall
 * head towards ..."), issue 13, round 31: the imperative after it opens the way as one after a comma
 * does. Not a story's subject after it ("from the hotel we'd go past ..."), a way from the
 * workshop's own premises ("from the workshop turn left ..."), which the workshop tells about itself,
 * nor from a thing read or a time ("from the reviews go past the first page", "from Monday go to the app").
 */
const FROM_A_LANDMARK = String.raw`\bfrom\s+(?:the\s+)?(?:(?!(?:i|we|you|they|he|she|it|i['’]d|we['’]d|you['’]d|i['’]ll|we['’]ll|you['’]ll|to|then|there|here|what|where|my|your|his|her|their|our|workshop|garage|shop|dealer|dealership|reception|office|depot|entrance|premises|bay|yard|reviews?|photos?|pics?|pictures?|videos?|description|experience|memory|app|site|website|page|screen|quote|booking|list|menu|start|top|bottom|now|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[\p{L}\d'’&-]+\s+){1,4}`;

/** WHOSE: the home claimed by the sender, or a route told to the reader. */
const WHOSE = new RegExp(
  String.raw`\b(?:(?:my|our|the|this|me\s+mum['’]?s|(?:my|our)\s+(?:mum|mom|dad|nan|gran|[\p{L}]+['’]s))\s+${DWELLING_NOUN}(?:['’]s|\s+is|\s+sits|\s+=)|(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+(?:(?:just|right|the|at\s+the\s+(?:end|top|bottom|back)|in\s+the|on\s+the|literally|only)\s+)*(?:\w+\s+){0,2}(?:${DWELLING_NOUN}|one|${RELATION})|(?:that['’]?s|thats|it['’]?s|its|that\s+is|it\s+is|this\s+is)\s+(?:us|ours|mine|me|my\s+${DWELLING_NOUN}|our\s+${DWELLING_NOUN})\b|${DWELLING_NOUN}\s+(?:is|'s)\s+(?:ours|mine)|(?:i|we)\s+(?:live|stay|reside|rent|lodge)|(?:come|pop|swing|head|drive)\s+(?:(?:round|over|up|down|by)\s+)?(?:to\s+)?(?:mine|ours|my\s+${DWELLING_NOUN}|our\s+${DWELLING_NOUN})|${ASKED_FOR_HOUSE}|${PICKED_DOOR_CALL}|you['’]?ll\s+(?:see|spot)\s+(?:my|our)\b|(?:^|[,.;]\s*|\band\s+|\bthen\s+|${FROM_A_LANDMARK})(?:take|turn|go|head|keep|follow|drive|walk|carry\s+on|come|pull|get|leave|exit)\s+(?:off\s+|on\s+|up\s+|down\s+|straight\s+|left\s+|right\s+|in\s+)?(?:at|past|after|exit|the|onto|along|through|over|by|under|down|up|straight|left|right|towards?|\d))`,
  "imu",
);

const COLOUR = String.raw`(?:white|black|red|blue|green|yellow|grey|gray|brown|pink|purple|orange|tan|cream|beige|navy|teal|brick|stone|wooden|wood|metal|tin|iron|glass|thatched|pebbledash|painted|big|tall|little|small|old|new|broken|rusty)`;
export const HOUSE_PART = String.raw`(?:doors?|front\s+door|gate|gates|fence|roof|railings|shutters?|porch|barn|shed|garage\s+door|hedge|wall|steps|windows?|letterbox|mailbox|postbox|awning|veranda|deck|chimney|house|bungalow|cottage|trailer|caravan|building|bricks|siding|drive(?:way)?|picket\s+fence|carport|conservatory)(?!\s+(?:noise|sound|sticker|panel|handle|seal|trim|card|mirror|lock|hinge|speaker|rattle|squeak|pillar|strip))`;

/** WHICH's source, `claim` the words before "the blue one next to ..." (see WHICH_OPENED). */
const whichSource = (claim: string): string =>
  String.raw`\b(?:${COLOUR}\s+(?:\w+\s+)?${HOUSE_PART}|(?:first|second|third|fourth|fifth|sixth|last|end|corner|middle|\d(?:st|nd|rd|th))\s+(?:${DWELLING_NOUN}|door|gate|driveway|drive|one|terrace|on\s+the\s+(?:left|right))|(?:a|one|two|three|four|five|\d)\s+doors?\s+(?:up|down|along|from)|(?:${DWELLING_NOUN}|one|place)\s+with\s+(?:the|a|an)\s+\w+|${DOOR_CALL}|(?:flat|apt|unit|floor)\s+\d{1,3}[a-z]?|(?:mailbox|letterbox|gate|sign|name\s+on\s+the\s+(?:mailbox|door|gate))\s+(?:says|reads|marked|with)|(?:${claim})\s+(?:the|a)\s+(?:(?!(?:the|a|an|this|that)\b)[\p{L}-]+\s+){1,2}one\s+${RELATION}|${ASKED_FOR_HOUSE}|can['’]?t\s+miss\s+(?:it|us|the\s+place)|(?:round|around)\s+the\s+back|(?:from|on)\s+the\s+road\s+you\s+can\s+see|that['’]?s\s+(?:us|ours|mine|me)|it['’]?s\s+(?:ours|mine))\b`;

/** WHICH: what tells the home apart from its neighbours. */
const WHICH = new RegExp(whichSource(String.raw`is|['’]s|are`), "iu");

/**
 * WHICH in two parts, a text holding WHICH holding one of them: WHICH_OPENED, every part opened by a
 * word (the detector tries it at those words only), and WHICH_CLAIMED, the claim opened by an
 * apostrophe ("the house's the blue one next to the school"), which no word opens (scanned, the
 * apostrophe read first: the engine then leaves every other position at once). WHICH itself, a
 * scan of the whole text wherever it failed (most messages), cost about 120 us a long message.
 */
const WHICH_OPENED = new RegExp(whichSource("is|are"), "iu");
const WHICH_CLAIMED = new RegExp(String.raw`(?=['’])\b['’]s\s+(?:the|a)\s+(?:(?!(?:the|a|an|this|that)\b)[\p{L}-]+\s+){1,2}one\s+${RELATION}\b`, "iu");

/**
 * A conjunction that starts another statement about something else: what follows "so", "but" or
 * "because" is a consequence or a contrast ("we're near the coast so the discs rust"), never more of
 * the directions.
 */
export const STATEMENT_BREAK = /[;:]|\s(?:so|but|because|cos|coz|cause|though|although|whereas|which\s+means)\b/giu;

/**
 * A part after a comma that says something new about its own subject: a person ("I", "we", "they")
 * or a thing followed by a verb ("the first house gets all the dust", "my old garage door is
 * rusting"). A verbless part ("red barn", "the one with the ramp") or an instruction ("buzz flat 2")
 * goes on describing the home.
 */
const NEW_STATEMENT = new RegExp(
  String.raw`^\s*(?:and\s+|then\s+)?(?:(?:i|we|you|he|she|they|there)\b|(?:the|my|our|his|her|their|this|that|these|those|it|a|an)\b(?:\s+[^\s,]+){0,5}?\s+(?:is|are|was|were|isn['’]?t|aren['’]?t|wasn['’]?t|has|have|had|hasn['’]?t|gets?|got|does|did|doesn['’]?t|didn['’]?t|will|won['’]?t|would|can|can['’]?t|could|should|might|keeps?|needs?|looks?|seems?|rusts?|goes|went|takes?|makes?|leaks?|stays?|turns?|costs?)\b|(?:stuck|driving|waiting|sat|sitting)\b)`,
  "iu",
);

/** A part that adds to what was just said ("our red gate too", "... as well"): no telling apart. */
const ADDITION = /\b(?:too|as\s+well|also|either)\s*$/iu;

/**
 * The sender placing themselves at this moment ("I'm just past the garage now", "stuck behind a
 * tractor"): where they are, not where they live.
 */
const BEING_THERE_NOW = /\b(?:now|currently|at\s+the\s+moment|atm|stuck\s+(?:behind|in|at|on)|on\s+my\s+way)\b/iu;
/** A home claimed with a home noun ("my flat is", "our house's"): this rules out "I'm ... now". */
const HOME_CLAIMED = new RegExp(String.raw`\b(?:my|our)\s+${DWELLING_NOUN}\b`, "iu");

/** A part that is itself a claim of the home ("that's us", "it's ours"), not a new statement. */
const WHICH_CLAIM = /^\s*(?:that['’]?s|thats|it['’]?s|its|that\s+is|it\s+is)\s+(?:us|ours|mine|me|the\s+\w+\s+(?:with|on|at))\b|^\s*(?:can['’]?t|cannot|you\s+can['’]?t)\s+miss\b/iu;

/**
 * The one description of a home the offset `at` lies in, as the parts of `sentence` it spans: the
 * sentence cut at every statement break, then at each comma that opens a new statement other than a
 * claim of the home itself ("..., we're at the end of it", "..., that's us"). Parts that only add
 * to something said ("too", "as well") are left out. Offsets are into `sentence`.
 */
function descriptionAt(sentence: string, at: number): string[] {
  const cuts: { at: number; hard: boolean }[] = [];
  for (const m of matchesOf(STATEMENT_BREAK, sentence)) cuts.push({ at: m.index, hard: true });
  for (const m of matchesOf(/,/g, sentence)) cuts.push({ at: m.index, hard: false });
  cuts.sort((a, b) => a.at - b.at);
  let parts: string[] = [];
  let from = 0;
  for (const cut of [...cuts, { at: sentence.length, hard: true }]) {
    const part = sentence.slice(from, cut.at);
    const opensStatement = from > 0 && NEW_STATEMENT.test(part) && !WHOSE.test(part) && !WHICH_CLAIM.test(part);
    if (opensStatement) {
      if (at < from) break;
      parts = [];
    }
    if (!ADDITION.test(part)) parts.push(part);
    from = cut.at + 1;
    if (cut.hard) {
      if (at < from) break;
      parts = [];
    }
  }
  return parts;
}

/**
 * Directions whose subject is a business ("the workshop is the second unit on the left", "the
 * parts shop's next to it"): the way to the booked workshop or a public store, never a home.
 */
export const BUSINESS_SUBJECT =
  /\b(?:the|our|my|their|your)\s+(?:(?!lock-?up\b)[\p{L}-]+\s+)?(?:workshop|shop|garage|store|depot|dealer(?:ship)?|showroom|premises|branch|office|warehouse)\s*(?:is|['’]s|sits|are)\b/iu;

/**
 * True when a WHERE match is a bare turn ("left at the roundabout", "bear right past the school")
 * wrapped in a route's imperative ("go left at ...", "hang a left at ...") and the description's only
 * claim on a home (WHOSE) is that turn itself: "to the scrapyard, go left at the roundabout, second
 * gate" is a way somewhere, not to the sender's (round 23's review of 77d68f6).
 */
function bareTurnIsTheOnlyClaim(turn: string, description: string): boolean {
  if (!/^(?:hang\s+a\s+|bear\s+|keep\s+|veer\s+)?(?:left|right)\s/i.test(turn)) return false;
  const at = description.indexOf(turn);
  const routeOnly = /^(?:hang|bear|keep|veer)\s/i.test(turn) || /\b(?:take|turn|go|head|keep|follow|drive|walk|carry\s+on|come|pull|get|leave|exit)\s+$/i.test(description.slice(0, Math.max(at, 0)));
  return routeOnly && !WHOSE.test(description.replace(turn, " "));
}

/**
 * The description holding a WHERE match (see `descriptionAt`) also holds WHOSE and WHICH, the
 * sender is not only placing themselves at this moment, and no negation stands before it.
 */
function toAHome(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceOf(m);
  const description = descriptionAt(text.slice(start, end), m.index - start).join(",");
  if (!WHOSE.test(description) || !WHICH.test(description)) return false;
  if (bareTurnIsTheOnlyClaim(m[0], description)) return false;
  if (BEING_THERE_NOW.test(description) && !HOME_CLAIMED.test(description)) return false;
  if (BUSINESS_SUBJECT.test(description)) return false;
  return !negatedBefore(text, m.index);
}

/**
 * The sentence of the directions, and the one before it when the landmark was named there and is
 * only pointed back at here ("you know the old fire station? my place is the one next to it"):
 * the landmark is as much a part of the way to the home.
 */
function directionsSpan(m: RegExpExecArray): [number, number] {
  const [start, end] = sentenceOf(m);
  if (!/\b(?:it|them)$/i.test(m[0])) return [start, end];
  let before = start - 1;
  while (before > 0 && /\s/.test(m.input[before]!)) before--;
  if (before <= 0) return [start, end];
  return [sentenceAt(m.input, before, before)[0], end];
}

export const HOME_DIRECTION_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS",
    re: WHERE,
    // No description holds all three parts without a WHICH part somewhere in the text.
    gate: WHICH_OPENED,
    accept: toAHome,
    span: directionsSpan,
  },
  {
    // The same rule where the text's only WHICH part is a claim opened by an apostrophe (where
    // WHICH_OPENED holds too, the rule above ran): between them, the rule runs on every text that
    // holds WHICH, as when WHICH was its gate, and finds each match once.
    kind: "ADDRESS",
    re: WHERE,
    gate: WHICH_CLAIMED,
    accept: (m, text) => !WHICH_OPENED.test(text) && toAHome(m, text),
    span: directionsSpan,
  },
];

/**
 * Directions to a home in other languages (round 25). The English grammar above wants the sender's
 * claim on the home (WHOSE) in English words; told in another language ("za Biedronką w lewo, trzeci
 * dom po prawej, brązowy płot", "pasando el Oxxo, la tercera casa, portón negro", "mandir ke baad
 * teesra ghar, neela gate", "بعد المسجد ثاني فيلا يمين، الباب البني"), the home is told apart twice
 * instead, in one sentence (commas do not end it):
 *
 *   COUNTED   an ordinal and a home: "tercera casa", "zweites Haus", "a treia casă", "ثاني فيلا"
 *   COLOURED  a part of a house and its colour: "portón verde", "roter Zaun", "poartă albastră",
 *             "laal gate", "الباب البني", "הגדר הלבנה"
 *   LANDMARK  a relation to a landmark or a turn: "después de", "hinter dem", "za", "ke baad",
 *             "بعد", "a mano derecha", "po prawej", "rechts"
 *
 * A COUNTED and a COLOURED part, or two COLOURED parts, make the sentence an ADDRESS unless a third
 * party is its subject ("La llantera es la segunda casa ...") and neither the home is claimed nor the
 * reader invited; one of them and a landmark or turn do when the home is claimed ("mi casa", "mera
 * ghar"), the reader invited ("vente", "kommen Sie") or a claim to live there governs the landmark
 * in the same comma part ("vivo frente a", not "vivo en Lyon, ..."), as `toldApartTwice` reads it
 * (round 25's review). Round 31 adds the reader's way in as an invitation (a route to take, a call at
 * the door, "ask for me") and a door, block, stair or floor told apart by its number ("klatka C"). One part alone stays innocent: a shop "después del semáforo a la derecha",
 * "la casa azul" of a story, a car's "portón trasero". A car's door, roof, tailgate or grille is no
 * part of a house here ("puerta", "techo", "Tür", "grade", "grille" are left out), nor a gate owned by
 * a car park ("del estacionamiento") or a colour that is a name ("Casa Rosada").
 */
interface DirectionWords {
  /** Ordinals, each before a word of `homes` (after it where `ordinalAfter`, in either order where "either": Welsh "ail dŷ", "tŷ olaf"). */
  ordinals: readonly string[];
  homes: readonly string[];
  ordinalAfter?: boolean | "either";
  /** Parts of a house, each with a colour of `colours` after or before it. */
  parts: readonly string[];
  colours: readonly string[];
  /** The colour comes first in the language ("roter Zaun", "laal gate"): its colour words, the rarer, open the rule. */
  colourFirst?: boolean;
  /** Relations to a landmark (followed by the landmark) and turns (complete). */
  relations: readonly string[];
  turns: readonly string[];
  /** The sender's claim to live there, a verb ("vivo", "wir wohnen"): it counts where it governs a landmark or a told-apart home (see `claimGoverns`). */
  claims: readonly string[];
  /** The sender's home named as theirs ("mi casa", "unser Haus", "bahay namin"), anywhere in the sentence. */
  homeClaims: readonly string[];
  /** An invitation to the reader ("vente", "kommen Sie", "aa jao", "تعال"). */
  invitations: readonly string[];
  /**
   * The reader's way in told to them (issue 13, round 31): a route to take as an imperative ("prendi",
   * "skręć", "belok"), a call at the door ("einfach klingeln", "toca fuerte", "bel aan") or the sender
   * asked for there ("pregunta por mí", "chiedi di me"). Counted as an invitation: a shop's own way
   * in names the shop (`notAHome`).
   */
  visits: readonly string[];
  /**
   * Words that tell a door or block apart by the number or letter after them ("blok numer 7",
   * "klatka C", "scara 3", "gali no. 4", "lantai 2"), read as a counted home (issue 13, round 31).
   */
  numbered: readonly string[];
  /** Words of a sentence about something else: businesses, mishaps, waits, contrasts (see `ABOUT_SOMETHING_ELSE`). */
  notAHome: readonly string[];
  /**
   * The word joining a home to what stands at it ("het huis met de", "die huis met die"): the home told apart as the English "the
   * house with the caravan" (round 55), a DESCRIBED home, weaker than a counted or coloured one (see `toldApartTwice`).
   */
  withs?: readonly string[];
  /** Written in a script of its own (Arabic, Hebrew, Cyrillic): found by its letters, not by a word list. */
  ownScript?: boolean;
}

const ES_COLOURS = [
  "verde",
  "verdes",
  "azul",
  "rojo",
  "roja",
  "negro",
  "negra",
  "blanco",
  "blanca",
  "amarillo",
  "amarilla",
  "gris",
  "café",
  "marrón",
  "rosa",
  "rosada",
  "naranja",
  "celeste",
  "morado",
  "morada",
];
const PT_COLOURS = [
  "verde",
  "azul",
  "azuis",
  "vermelho",
  "vermelha",
  "preto",
  "preta",
  "branco",
  "branca",
  "amarelo",
  "amarela",
  "cinza",
  "cinzenta",
  "cinzento",
  "castanho",
  "marrom",
  "rosa",
  "laranja",
  "bege",
];

/**
 * The words of each language (Spanish, Portuguese, French, Italian, German, Polish, Romanian, Hindi and
 * Urdu in Latin letters, Arabic, Hebrew, Russian and Ukrainian, Tagalog; Dutch, Indonesian and Malay,
 * Turkish and Vietnamese since round 31; Welsh and Finnish since round 33).
 */
const DIRECTION_WORDS: readonly DirectionWords[] = [
  {
    // Round 34: the ordinals written with digits ("3er piso", "2da casa").
    ordinals: [
      "primera",
      "segunda",
      "tercera",
      "cuarta",
      "quinta",
      "última",
      "primer",
      "segundo",
      "tercer",
      "cuarto",
      "último",
      "1er",
      "1ra",
      "1era",
      "2do",
      "2da",
      "3er",
      "3ra",
      "3era",
      "4to",
      "4ta",
      "5to",
      "5ta",
    ],
    homes: ["casa", "casita", "vivienda", "edificio", "planta", "piso"],
    parts: ["portón", "reja", "zaguán", "casa", "fachada", "barda", "muro", "toldo", "casa de dos pisos"],
    colours: ES_COLOURS,
    relations: [
      "pasando",
      "pasás",
      "pasas",
      "después de",
      "despues de",
      "después del",
      "despues del",
      "detrás de",
      "detrás del",
      "frente a",
      "frente al",
      "enfrente de",
      "enfrente del",
      "al lado de",
      "al lado del",
      "junto a",
      "junto al",
      "saliendo de",
      "saliendo del",
      "llegando a",
      "a la vuelta de",
      "cerca de",
      "cerca del",
    ],
    turns: ["a mano derecha", "a mano izquierda", "a la derecha", "a la izquierda", "de la esquina"],
    claims: ["vivo", "vivimos"],
    homeClaims: ["mi casa", "nuestra casa", "mi galpón", "la mía", "la nuestra", "ahí vivo", "aquí vivo", "allí vivo", "ahí vivimos", "aquí vivimos"],
    invitations: ["vente", "ven a", "vení", "venite", "vengan", "venga a", "pasa por mi casa", "pásate", "te espero en"],
    visits: [
      "dobla",
      "doblá",
      "gira a la",
      "girá a la",
      "sigue derecho",
      "seguí derecho",
      "toca fuerte",
      "toca el timbre",
      "tocá el timbre",
      "toca el portón",
      "tocá el portón",
      "toca la puerta",
      "tocá la puerta",
      "pregunta por mí",
      "preguntá por mí",
      "pregunten por mí",
      "pregunta por nosotros",
    ],
    numbered: ["bloque", "escalera", "depto", "departamento"],
    notAHome: [
      "taller",
      "talleres",
      "mecánico",
      "lubricentro",
      "gomería",
      "refaccionaria",
      "concesionario",
      "nave",
      "local",
      "grúa",
      "choqué",
      "chocó",
      "raspé",
      "rayé",
      "arañé",
      "golpeé",
      "ruido",
      "empezó",
    ],
  },
  {
    ordinals: ["primeira", "segunda", "terceira", "quarta", "última", "primeiro", "segundo", "terceiro"],
    homes: ["casa", "prédio", "portão", "vivenda", "andar"],
    parts: ["portão", "casa", "muro", "fachada", "prédio"],
    colours: PT_COLOURS,
    relations: ["depois da", "depois do", "atrás da", "atrás do", "em frente à", "em frente ao", "ao lado da", "ao lado do", "perto da", "perto do", "subindo a", "descendo a", "sobe a", "desce a"],
    turns: ["à direita", "à esquerda", "rua à direita", "rua à esquerda"],
    claims: ["moro", "moramos"],
    homeClaims: ["minha casa", "nossa casa", "a minha", "a nossa", "ali moro", "aqui moro", "lá moro", "ali moramos", "aqui moramos"],
    invitations: ["vem aqui", "vem em casa", "vem pra casa", "vem até", "venha", "passa aqui", "passa lá em casa"],
    visits: [
      "vira à direita",
      "vira à esquerda",
      "vire à direita",
      "vire à esquerda",
      "segue reto",
      "siga reto",
      "toca a campainha",
      "toque a campainha",
      "bate palma",
      "bata palma",
      "chama no portão",
      "pergunta por mim",
      "pergunte por mim",
    ],
    numbered: ["bloco", "apto", "apartamento"],
    notAHome: ["oficina", "borracharia", "mecânico", "bati", "batí", "risquei", "raspei", "arranhei", "barulho", "começou"],
  },
  {
    ordinals: ["première", "deuxième", "2ème", "2e", "troisième", "3ème", "3e", "quatrième", "dernière", "premier", "dernier"],
    homes: ["maison", "villa", "ferme", "immeuble", "bâtiment", "portail"],
    parts: ["portail", "maison", "volets", "clôture", "façade", "hangar", "grange", "porte de garage"],
    colours: ["vert", "verte", "verts", "bleu", "bleue", "bleus", "rouge", "rouges", "noir", "noire", "blanc", "blanche", "jaune", "gris", "grise", "marron", "rose", "beige"],
    relations: [
      "après le",
      "après la",
      "passé le",
      "passé la",
      "passé l",
      "après l'",
      "après l",
      "derrière l",
      "en face de l",
      "à côté de l",
      "derrière le",
      "derrière la",
      "en face de",
      "en face du",
      "à côté de",
      "à côté du",
      "juste après",
    ],
    turns: ["à droite", "à gauche"],
    claims: ["j'habite", "on habite", "nous habitons"],
    homeClaims: ["chez moi", "chez nous", "ma maison", "notre maison", "la mienne", "la nôtre", "c'est là que j'habite", "c'est là qu'on habite"],
    invitations: ["viens", "venez", "passe à la maison", "passez à la maison"],
    visits: ["si vous voulez passer", "si tu veux passer", "passez me voir", "passe me voir", "tournez", "tourne à", "sonnez", "sonne chez", "demandez-moi", "demande-moi", "demandez après moi"],
    numbered: ["escalier", "bâtiment", "appartement", "appt"],
    notAHome: ["carrosserie", "casse", "contrôle technique", "dépanneuse", "panne", "rayé", "rayure", "éraflé", "atelier", "concession"],
  },
  {
    ordinals: ["prima", "seconda", "terza", "quarta", "ultima", "primo", "secondo", "terzo", "ultimo"],
    homes: ["casa", "villetta", "cascina", "palazzina", "cancello", "portone", "capannone", "piano"],
    parts: ["cancello", "portone", "casa", "villetta", "facciata", "capannone"],
    colours: ["verde", "blu", "azzurro", "azzurra", "rosso", "rossa", "nero", "nera", "bianco", "bianca", "giallo", "gialla", "grigio", "grigia", "marrone", "rosa"],
    relations: [
      "dopo il",
      "dopo la",
      "dopo l'",
      "dopo l",
      "dietro l",
      "accanto all",
      "davanti all",
      "vicino all",
      "di fronte all",
      "dietro il",
      "dietro la",
      "davanti al",
      "davanti alla",
      "accanto al",
      "accanto alla",
      "di fronte al",
      "di fronte alla",
      "vicino al",
      "vicino alla",
    ],
    turns: ["a destra", "a sinistra"],
    claims: ["abito", "abitiamo", "sto dopo", "sto dietro", "sto davanti", "sto accanto", "sto vicino", "sto di fronte"],
    homeClaims: ["casa mia", "la mia casa", "la nostra casa", "casa nostra", "lì abito", "qui abito"],
    invitations: ["vieni", "venite", "passa da me", "passate da noi"],
    visits: [
      "prendi a destra",
      "prendi a sinistra",
      "prenda a destra",
      "prenda a sinistra",
      "gira a destra",
      "gira a sinistra",
      "giri a destra",
      "giri a sinistra",
      "svolta a destra",
      "svolta a sinistra",
      "vai dritto",
      "suona il campanello",
      "suona al",
      "chiedi di me",
      "chiedete di me",
    ],
    numbered: ["scala", "interno"],
    notAHome: ["officina", "carrozzeria", "revisione", "carro attrezzi", "aspettando", "cominciato", "comincia", "inizia", "rumore", "graffiato", "rigato", "meccanico"],
  },
  {
    ordinals: ["erste", "erstes", "zweite", "zweites", "dritte", "drittes", "vierte", "viertes", "letzte", "letztes", "ersten", "zweiten", "dritten", "vierten", "letzten", "zweiter", "dritter"],
    homes: ["haus", "hof", "einfahrt", "gebäude", "stockwerk", "etage"],
    parts: ["tor", "zaun", "haus", "garagentor", "hoftor", "gartentor", "fensterläden", "fassade", "scheune", "haustür", "halle"],
    colours: [
      "rot",
      "rote",
      "roten",
      "roter",
      "rotes",
      "grün",
      "grüne",
      "grünen",
      "grüner",
      "grünes",
      "blau",
      "blaue",
      "blauen",
      "blauer",
      "blaues",
      "weiß",
      "weiße",
      "weißen",
      "weißer",
      "weißes",
      "schwarz",
      "schwarze",
      "schwarzen",
      "schwarzer",
      "schwarzes",
      "gelb",
      "gelbe",
      "gelben",
      "gelber",
      "gelbes",
      "grau",
      "graue",
      "grauen",
      "grauer",
      "graues",
      "braun",
      "braune",
      "braunen",
      "brauner",
      "braunes",
    ],
    colourFirst: true,
    relations: ["nach dem", "nach der", "hinter dem", "hinter der", "neben dem", "neben der", "gegenüber dem", "gegenüber der", "gegenüber vom"],
    turns: ["rechts rein", "links rein", "rechts ab", "links ab", "zweite rechts", "zweite links", "erste rechts", "erste links", "dritte rechts", "dritte links"],
    claims: ["wohne", "wohnen"],
    homeClaims: [
      "unser haus",
      "mein haus",
      "unser hof",
      "bei uns zu hause",
      "bei mir zu hause",
      "bei mir daheim",
      "bei uns daheim",
      "da wohne ich",
      "da wohnen wir",
      "dort wohne ich",
      "dort wohnen wir",
    ],
    invitations: ["kommen sie", "komm zu", "kommt zu", "komm vorbei", "kommt vorbei"],
    visits: [
      "einfach klingeln",
      "klingel bei",
      "klingeln sie",
      "bei mir klingeln",
      "bei uns klingeln",
      "biegen sie",
      "bieg",
      "fahr rechts",
      "fahr links",
      "fahren sie rechts",
      "fahren sie links",
      "nach mir fragen",
      "frag nach mir",
      "fragen sie nach mir",
    ],
    numbered: ["aufgang", "eingang", "hinterhaus", "wohnung"],
    notAHome: ["werkstatt", "abschleppwagen", "schrottplatz", "reifenhändler", "prüfstelle", "spedition", "gegen", "gerollt", "gefahren", "zerkratzt", "verkratzt", "warte", "fing"],
  },
  {
    ordinals: ["pierwszy", "drugi", "trzeci", "czwarty", "ostatni", "pierwsza", "druga", "trzecia", "ostatnia", "pierwszym", "drugim", "trzecim", "czwartym", "ostatnim"],
    homes: ["dom", "domu", "blok", "bloku", "budynek", "budynku", "brama", "klatka", "furtka", "piętro", "piętrze"],
    parts: ["brama", "bramą", "płot", "płotem", "dom", "domem", "furtka", "furtką", "ogrodzenie", "ogrodzeniem", "parkan", "elewacja", "elewacją"],
    colours: [
      "zielona",
      "zielony",
      "zielone",
      "niebieska",
      "niebieski",
      "niebieskie",
      "czerwona",
      "czerwony",
      "czerwone",
      "brązowa",
      "brązowy",
      "brązowe",
      "biała",
      "biały",
      "białe",
      "czarna",
      "czarny",
      "czarne",
      "żółta",
      "żółty",
      "żółte",
      "szara",
      "szary",
      "szare",
      "zielonym",
      "zieloną",
      "niebieskim",
      "niebieską",
      "czerwonym",
      "czerwoną",
      "brązowym",
      "brązową",
      "białym",
      "białą",
      "czarnym",
      "czarną",
      "żółtym",
      "żółtą",
      "szarym",
      "szarą",
    ],
    relations: ["za", "przy", "obok", "naprzeciwko"],
    turns: ["w prawo", "w lewo", "po prawej", "po lewej"],
    claims: ["mieszkam", "mieszkamy"],
    homeClaims: ["mój dom", "nasz dom", "u mnie w domu", "u nas w domu", "tam mieszkam", "tu mieszkam", "tam mieszkamy"],
    invitations: ["wpadnij", "przyjedź", "przyjdź", "przyjedz", "przyjdz", "zapraszam"],
    visits: ["skręć", "skręcasz", "skrec", "skrecasz", "zadzwoń domofonem", "dzwoń domofonem", "zapukaj", "pytaj o mnie", "zapytaj o mnie"],
    numbered: ["blok", "klatka", "klatki", "mieszkanie", "lokal"],
    notAHome: ["warsztat", "warsztatu", "warsztacie", "serwis", "serwisu", "serwisie", "mechanik", "mechanika", "porysowałem", "zarysowałem", "kierownica", "kierownicą", "kierownicę"],
  },
  {
    ordinals: ["prima", "a doua", "a treia", "a patra", "ultima", "primul", "al doilea", "al treilea", "ultimul"],
    homes: ["casă", "poartă", "vilă", "bloc", "gard"],
    parts: ["poartă", "casă", "gard", "vilă", "bloc"],
    colours: ["albastră", "albastru", "verde", "roșie", "roșu", "neagră", "negru", "albă", "alb", "galbenă", "galben", "gri", "maro"],
    relations: ["după", "lângă", "în spatele", "din spatele", "vizavi de"],
    turns: ["pe dreapta", "pe stânga", "la dreapta", "la stânga"],
    claims: ["locuiesc", "locuim", "stau după", "stau lângă", "stau în spatele", "stau vizavi de"],
    homeClaims: ["casa mea", "casa noastră", "la mine acasă", "la noi acasă", "acolo locuiesc", "aici locuiesc"],
    invitations: ["vino la mine", "vino la noi", "vino pe la mine", "veniți la noi", "veniti la noi", "treci pe la mine"],
    visits: ["faci dreapta", "faci stânga", "faci stanga", "o iei la dreapta", "o iei la stânga", "sună la interfon", "suna la interfon", "întreabă de mine", "intreaba de mine"],
    numbered: ["scara", "blocul", "apartamentul"],
    notAHome: ["service", "atelier", "mecanic", "zgâriat"],
  },
  {
    ordinals: ["pehla", "pehli", "pahla", "doosra", "dusra", "doosri", "teesra", "tisra", "teesri", "chautha", "aakhri"],
    homes: ["ghar", "makaan", "makan", "gali", "manzil"],
    parts: ["gate", "darwaza", "darwaaza", "ghar", "makaan"],
    colours: ["laal", "lal", "neela", "nila", "neeli", "hara", "hari", "safed", "kala", "kaala", "peela", "pila", "bhura", "gulabi"],
    colourFirst: true,
    relations: ["ke baad", "ke peeche", "ke pichhe", "ke saamne", "ke samne", "ke paas", "ke saath", "ke bagal", "wali gali", "waali gali"],
    turns: ["daayen", "baayen", "seedha"],
    claims: ["rehta", "rehte", "rehti"],
    homeClaims: ["mera ghar", "mere ghar", "hamara ghar", "humara ghar", "hamare ghar", "humare ghar", "mera makaan", "hamara makaan", "humara makaan"],
    invitations: ["aa jao", "aao", "aa jana", "aake", "aa jaiye", "aaiye"],
    visits: [
      "paar karke",
      "mud jana",
      "mud jaana",
      "mudna",
      "mud jao",
      "seedha aao",
      "ghanti bajana",
      "ghanti baja",
      "bell bajana",
      "kisi se bhi pooch",
      "kisi se bhi poochh",
      "mera naam poochh",
      "mera naam pooch",
      "naam le lena",
    ],
    numbered: ["gali no", "gali number", "gali nambar", "makaan no", "makan no"],
    notAHome: ["workshop", "dukaan", "dukan", "mistri", "mistry", "mechanic"],
  },
  {
    ordinals: ["ثاني", "ثالث", "رابع", "أول", "اول", "آخر", "الثاني", "الثالث", "الرابع"],
    homes: ["فيلا", "بيت", "منزل", "عمارة", "بوابة"],
    parts: ["الباب", "البوابة", "باب", "بوابة", "البيت", "الفيلا", "السور"],
    colours: [
      "البني",
      "بني",
      "الأبيض",
      "الابيض",
      "أبيض",
      "ابيض",
      "الأسود",
      "الاسود",
      "أسود",
      "اسود",
      "الأخضر",
      "الاخضر",
      "أخضر",
      "اخضر",
      "الأحمر",
      "الاحمر",
      "أحمر",
      "احمر",
      "الأزرق",
      "الازرق",
      "أزرق",
      "ازرق",
      "الرمادي",
      "رمادي",
      "البيج",
      "السوداء",
      "البيضاء",
      "الخضراء",
      "الحمراء",
      "الزرقاء",
      "الصفراء",
      "البنية",
    ],
    relations: ["بعد", "خلف", "مقابل", "جنب", "وراء"],
    turns: ["يمين", "يسار"],
    claims: ["ساكن", "أسكن", "اسكن"],
    homeClaims: ["بيتي", "بيتنا", "منزلي", "فيلتي"],
    invitations: ["تعال", "تعالى", "تعالوا"],
    visits: ["خذ يمين", "خذ يسار", "لف يمين", "لف يسار", "اطرق الباب", "دق الجرس", "اسأل عني"],
    numbered: ["عمارة رقم", "شقة", "الدور"],
    notAHome: ["ورشة", "الورشة", "محل", "كراج", "الكراج", "ميكانيكي"],
    ownScript: true,
  },
  {
    ordinals: ["השני", "השלישי", "הראשון", "הרביעי", "האחרון", "השנייה", "השלישית"],
    homes: ["הבית", "הבניין"],
    ordinalAfter: true,
    parts: ["הגדר", "השער", "הדלת", "הבית", "גדר", "שער"],
    colours: [
      "הלבנה",
      "הלבן",
      "לבנה",
      "לבן",
      "הירוקה",
      "הירוק",
      "ירוקה",
      "ירוק",
      "הכחולה",
      "הכחול",
      "כחולה",
      "כחול",
      "האדומה",
      "האדום",
      "אדומה",
      "אדום",
      "השחורה",
      "השחור",
      "החומה",
      "החום",
      "הצהובה",
      "הצהוב",
    ],
    relations: ["אחרי", "ליד", "מול", "מאחורי"],
    turns: ["ימינה", "שמאלה"],
    claims: ["אני גר", "אני גרה", "גרים"],
    homeClaims: ["הבית שלי", "הבית שלנו"],
    invitations: ["תבוא", "תבואו", "תבואי"],
    visits: ["תפנה ימינה", "תפנה שמאלה", "תצלצל", "תדפוק"],
    numbered: ["כניסה", "דירה"],
    notAHome: ["מוסך", "המוסך"],
    ownScript: true,
  },
  {
    ordinals: ["второй", "третий", "первый", "последний", "другий", "третій", "перший", "останній", "вторая", "третья", "втором", "третьем", "первом", "последнем", "другому", "третьому"],
    homes: ["дом", "доме", "будинок", "будинку", "подъезд", "під'їзд", "ворота"],
    parts: ["паркан", "паркану", "парканом", "забор", "забором", "ворота", "воротами", "будинок", "дом", "домом"],
    colours: [
      "синий",
      "синього",
      "синім",
      "зелёный",
      "зеленый",
      "зелений",
      "зеленого",
      "красный",
      "червоний",
      "червоного",
      "белый",
      "білий",
      "білого",
      "чёрный",
      "черный",
      "чорний",
      "чорного",
      "жовтий",
      "жовтого",
      "коричневый",
      "коричневий",
      "зелёными",
      "зелеными",
      "зелёным",
      "зеленым",
      "синими",
      "синим",
      "белыми",
      "белым",
      "чёрными",
      "черными",
      "чёрным",
      "черным",
      "красными",
      "красным",
      "коричневым",
      "зеленими",
      "зеленим",
      "білими",
      "білим",
      "чорними",
      "чорним",
    ],
    colourFirst: true,
    relations: ["після", "после", "біля", "возле", "около", "напротив", "навпроти", "за"],
    turns: ["направо", "налево", "праворуч", "ліворуч"],
    claims: ["живу", "живём", "живем", "живемо"],
    homeClaims: ["мой дом", "мій будинок", "наш дом", "наш будинок"],
    invitations: ["приезжай", "приходи", "приїжджай", "приходь"],
    visits: ["поверни", "повернёшь", "повернеш", "звони в домофон", "дзвони в домофон"],
    numbered: ["подъезд", "під'їзд", "квартира", "корпус"],
    notAHome: ["сервис", "сервіс", "автосервис", "автосервіс"],
    ownScript: true,
  },
  {
    ordinals: ["pangalawang", "pangatlong", "ikalawang", "ikatlong", "unang", "huling"],
    homes: ["bahay", "kanto"],
    parts: ["gate", "bahay", "bakod"],
    colours: ["puting", "pulang", "berdeng", "asul na", "itim na", "dilaw na", "kulay green na", "kulay puti na"],
    colourFirst: true,
    relations: ["lampas ng", "lampas sa", "pag lampas", "tapat ng", "katabi ng", "harap ng", "likod ng"],
    turns: ["kanan ka", "kaliwa ka", "sa kanan", "sa kaliwa"],
    claims: [],
    homeClaims: ["bahay namin", "bahay ko", "dito sa amin"],
    invitations: ["punta ka", "pumunta ka", "punta kayo"],
    visits: ["kumanan ka", "kumaliwa ka", "diretso lang", "kumatok ka", "katok ka", "itanong mo ako", "hanapin mo ako", "magtanong ka"],
    numbered: ["purok", "blk"],
    notAHome: ["talyer", "shop", "nasiraan"],
  },
  {
    ordinals: ["eerste", "tweede", "derde", "vierde", "vijfde", "laatste"],
    homes: ["huis", "woning", "loods", "boerderij", "portiek", "schuur", "verdieping"],
    parts: ["deur", "voordeur", "poort", "hek", "schutting", "huis", "garagedeur", "loods", "schuur", "luiken", "gevel"],
    colours: ["groen", "groene", "blauw", "blauwe", "rood", "rode", "wit", "witte", "zwart", "zwarte", "geel", "gele", "grijs", "grijze", "bruin", "bruine", "oranje"],
    colourFirst: true,
    relations: ["na de", "na het", "achter de", "achter het", "naast de", "naast het", "tegenover de", "tegenover het", "voorbij de", "voorbij het"],
    turns: ["rechtsaf", "linksaf", "rechtdoor", "aan de linkerkant", "aan de rechterkant", "eerste links", "eerste rechts", "tweede links", "tweede rechts", "derde links", "derde rechts"],
    claims: ["ik woon", "wij wonen", "we wonen", "wij zitten", "we zitten"],
    homeClaims: ["mijn huis", "ons huis", "bij mij thuis", "bij ons thuis", "daar woon ik", "daar wonen we", "daar wonen wij"],
    invitations: ["kom langs", "kom maar naar", "kom naar"],
    visits: ["bel aan", "aanbellen", "sla rechtsaf", "sla linksaf", "ga rechtsaf", "ga linksaf", "vraag naar mij"],
    notAHome: ["werkplaats", "autobedrijf", "monteur", "bandenzaak", "sleepwagen", "gebotst", "aangereden", "geluid", "begon", "wacht"],
    numbered: ["portiek", "ingang", "blok"],
    withs: ["met de", "met het", "met een"],
  },
  {
    ordinals: ["pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir", "paling ujung", "hujung", "ke-2", "ke-3", "ke-4"],
    homes: ["rumah", "gang", "lorong", "ruko", "lantai", "pintu"],
    ordinalAfter: true,
    parts: ["pagar", "pintu pagar", "rumah", "ruko", "gerbang", "tembok"],
    colours: ["biru", "merah", "hijau", "putih", "hitam", "kuning", "coklat", "cokelat", "kelabu", "abu-abu", "oren", "oranye", "ungu"],
    relations: [
      "depan",
      "di depan",
      "belakang",
      "di belakang",
      "sebelah",
      "di sebelah",
      "samping",
      "di samping",
      "lepas",
      "selepas",
      "setelah",
      "sesudah",
      "dekat",
      "seberang",
      "di seberang",
      "hadapan",
      "bertentangan",
    ],
    turns: ["belok kiri", "belok kanan", "belok ke kiri", "belok ke kanan", "masuk kiri", "masuk kanan", "sebelah kiri", "sebelah kanan", "kiri jalan", "kanan jalan"],
    claims: ["saya tinggal", "aku tinggal", "kami tinggal", "kita tinggal", "gue tinggal"],
    homeClaims: ["rumah saya", "rumah aku", "rumahku", "rumah kami", "rumah kita", "rumah gue"],
    invitations: ["datang ke rumah", "mampir", "singgah", "datang saja", "datang aja", "datang je"],
    visits: ["belok", "ketuk pintu", "tekan loceng", "tanya orang", "tanya saja", "tanya aja", "tanya je"],
    notAHome: ["bengkel", "kedai", "workshop", "mekanik", "montir", "dealer", "bunyi", "mogok", "nabrak", "tabrak", "langgar"],
    numbered: ["gang", "lorong", "blok", "lantai"],
  },
  {
    ordinals: ["birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "ilk", "en son"],
    homes: ["evi", "bina", "binası", "apartman", "apartmanı", "müstakil"],
    parts: ["kapı", "kapısı", "bahçe kapısı", "evi", "çit", "duvar", "duvarı", "bina", "apartman", "panjur", "kepenk"],
    colours: ["yeşil", "mavi", "kırmızı", "beyaz", "siyah", "sarı", "gri", "kahverengi", "pembe", "turuncu", "lacivert"],
    colourFirst: true,
    relations: [],
    turns: ["arkasında", "arkasındaki", "karşısında", "karşısındaki", "yanında", "yanındaki", "geçince", "geçtikten sonra", "sağa dön", "sola dön", "sağa sap", "sola sap"],
    claims: ["oturuyorum", "oturuyoruz", "yaşıyorum", "yaşıyoruz"],
    homeClaims: ["evim", "evimiz", "bizim ev", "benim ev"],
    invitations: ["gelin", "buyrun", "beklerim"],
    visits: ["zili çal", "zile bas", "kapıyı çal", "beni sor", "sağa dön", "sola dön", "sağa sap", "sola sap"],
    notAHome: ["sanayi", "servis", "tamirci", "dükkan", "dükkân", "çarptım", "çarptı", "sürttüm", "ses geliyor"],
    numbered: ["blok", "daire"],
  },
  {
    ordinals: ["thứ hai", "thứ ba", "thứ tư", "thứ 2", "thứ 3", "thứ 4", "đầu tiên", "cuối cùng"],
    homes: ["nhà", "hẻm", "ngõ"],
    ordinalAfter: true,
    parts: ["cổng", "nhà", "tường"],
    colours: ["xanh", "đỏ", "trắng", "đen", "vàng", "nâu", "xám", "hồng", "xanh lá", "xanh dương"],
    relations: ["đối diện", "bên cạnh", "kế bên", "cạnh", "gần", "qua khỏi", "phía sau", "ngay sau"],
    turns: ["rẽ trái", "rẽ phải", "quẹo trái", "quẹo phải", "bên trái", "bên phải", "tay trái", "tay phải"],
    claims: ["tôi ở", "em ở", "mình ở", "tui ở"],
    homeClaims: ["nhà tôi", "nhà em", "nhà mình", "nhà anh", "nhà tui", "nhà chị"],
    invitations: ["ghé nhà", "qua nhà", "tới nhà", "đến nhà"],
    visits: ["bấm chuông", "gõ cửa", "rẽ vào", "quẹo vào"],
    notAHome: ["tiệm", "gara", "xưởng", "thợ", "sửa xe", "đụng", "quẹt", "tiếng kêu"],
    numbered: ["hẻm", "ngõ", "ngách", "tầng"],
  },
  {
    // Welsh (round 33): "heibio'r capel, yr ail dŷ, drws coch", "tu ôl i'r Spar, y tŷ olaf". An ordinal before the
    // home ("ail dŷ", the soft mutation of "tŷ") or after it ("y tŷ olaf"), a colour after the part, mutated too ("giât las").
    ordinals: ["cyntaf", "ail", "trydydd", "trydedd", "pedwerydd", "olaf"],
    homes: ["tŷ", "dŷ", "byngalo", "fyngalo", "fferm", "bwthyn", "fwthyn", "fflat"],
    ordinalAfter: "either",
    parts: ["drws", "giât", "gât", "tŷ", "dŷ", "sied", "ffens", "wal", "byngalo", "bwthyn"],
    colours: ["gwyn", "wen", "du", "ddu", "coch", "goch", "glas", "las", "gwyrdd", "werdd", "melyn", "felen", "llwyd", "lwyd"],
    relations: ["heibio", "heibio'r", "tu ôl i", "tu ôl i'r", "ar ôl", "ar ôl y", "ar ôl yr", "wrth ymyl", "gyferbyn â", "gyferbyn a'r", "drws nesaf i", "ger y"],
    turns: ["i'r dde", "i'r chwith", "ar y dde", "ar y chwith"],
    claims: ["dw i'n byw", "dwi'n byw", "rydw i'n byw", "rwy'n byw", "rydyn ni'n byw", "ni'n byw"],
    homeClaims: ["fy nhŷ", "ein tŷ ni", "tŷ ni"],
    invitations: ["dewch draw", "dere draw", "tyrd draw", "galwch heibio", "galw heibio"],
    visits: ["trowch i'r dde", "trowch i'r chwith", "tro i'r dde", "tro i'r chwith", "cnociwch", "cnocia", "canwch y gloch", "gofynnwch amdana i"],
    numbered: ["rhif", "fflat"],
    notAHome: ["garej", "modurdy", "gweithdy", "mecanic", "sŵn", "wedi torri", "ap", "archeb"],
  },
  {
    // Finnish (round 33): "Prisman jälkeen oikealle, kolmas talo, vihreä portti". Its landmarks are postpositions after
    // the landmark ("kirkon jälkeen", "koulun takana"), read as turns (as Turkish's are).
    ordinals: ["ensimmäinen", "toinen", "kolmas", "neljäs", "viides", "viimeinen", "toiseen", "kolmanteen", "viimeiseen", "toisessa", "kolmannessa", "viimeisessä"],
    homes: ["talo", "taloon", "talossa", "omakotitalo", "rivitalo", "kerrostalo", "mökki", "rappu", "rappuun", "kerros", "kerroksessa"],
    parts: ["portti", "ovi", "aita", "talo", "katto", "ikkunaluukut"],
    colours: ["punainen", "sininen", "vihreä", "valkoinen", "keltainen", "harmaa", "musta", "ruskea", "punaisella", "sinisellä", "vihreällä", "valkoisella", "keltaisella", "harmaalla", "mustalla"],
    colourFirst: true,
    relations: [],
    turns: ["jälkeen", "takana", "vieressä", "vastapäätä", "kohdalla", "oikealle", "vasemmalle", "oikealla", "vasemmalla"],
    claims: ["asun", "asumme"],
    homeClaims: ["meidän talo", "minun talo", "meidän pihalla"],
    invitations: ["tule käymään", "tulkaa käymään", "tule meille", "tulkaa meille"],
    visits: ["käänny oikealle", "käänny vasemmalle", "aja suoraan", "soita ovikelloa", "koputa", "kysy minua"],
    numbered: ["rappu", "asunto", "huoneisto"],
    notAHome: [
      "korjaamo",
      "korjaamolla",
      "korjaamon",
      "korjaamoon",
      "huolto",
      "huollon",
      "huoltoon",
      "mekaanikko",
      "ääni",
      "ääntä",
      "hajosi",
      "sovellus",
      "sovelluksessa",
      "varaus",
      "varauksen",
      "hinausauto",
    ],
  },
  {
    // Swedish (round 54): "det är det gråa huset mittemot kyrkan", "tredje huset efter skolan, blå grind".
    ordinals: ["första", "andra", "tredje", "fjärde", "femte", "sista"],
    homes: ["hus", "huset", "villa", "villan", "gård", "gården", "stuga", "stugan", "radhuset", "lägenheten"],
    parts: ["hus", "huset", "villa", "villan", "stuga", "stugan", "dörr", "dörren", "grind", "grinden", "staket", "staketet", "lada", "ladan", "garageport", "garageporten", "brevlåda", "brevlådan"],
    colours: [
      "grön",
      "gröna",
      "grönt",
      "blå",
      "blåa",
      "blått",
      "röd",
      "röda",
      "rött",
      "vit",
      "vita",
      "vitt",
      "svart",
      "svarta",
      "gul",
      "gula",
      "gult",
      "grå",
      "gråa",
      "grått",
      "brun",
      "bruna",
      "brunt",
    ],
    colourFirst: true,
    relations: ["mittemot", "bredvid", "bakom", "efter", "förbi", "framför", "intill", "nära"],
    turns: ["till höger", "till vänster", "rakt fram"],
    claims: ["jag bor", "vi bor"],
    homeClaims: ["mitt hus", "vårt hus", "hemma hos mig", "hemma hos oss", "där bor jag", "där bor vi"],
    invitations: ["kom förbi", "kom hem till mig", "kom hem till oss"],
    visits: ["sväng höger", "sväng vänster", "ta höger", "ta vänster", "ring på", "knacka på", "fråga efter mig"],
    numbered: ["trappuppgång", "uppgång"],
    notAHome: [
      "verkstad",
      "verkstaden",
      "bilverkstad",
      "mekaniker",
      "mekanikern",
      "däckfirma",
      "bärgare",
      "bärgningsbil",
      "ljud",
      "ljudet",
      "började",
      "krockade",
      "väntar",
      "gick sönder",
      "stannade",
      "appen",
      "bokningen",
    ],
  },
  {
    // Afrikaans (round 54): "dis die grys huis oorkant die kerk", "derde huis na die skool, blou hek".
    ordinals: ["eerste", "tweede", "derde", "vierde", "vyfde", "laaste"],
    homes: ["huis", "plaas", "woonstel", "plaashuis", "meenthuis"],
    parts: ["huis", "deur", "voordeur", "hek", "heining", "muur", "dak", "skuur", "garagedeur", "posbus"],
    colours: ["groen", "blou", "rooi", "wit", "swart", "geel", "grys", "bruin", "pienk"],
    colourFirst: true,
    relations: ["oorkant die", "regoor die", "langs die", "agter die", "naby die", "verby die", "na die", "voor die"],
    turns: ["draai regs", "draai links", "reguit aan"],
    claims: ["ek bly", "ons bly", "ek woon", "ons woon"],
    homeClaims: ["my huis", "ons huis", "by my huis", "by ons huis", "daar bly ek", "daar bly ons"],
    invitations: ["kom oor", "kom kuier", "kom na my toe", "kom na ons toe"],
    visits: ["klop aan", "lui die klokkie", "druk die klokkie", "vra vir my"],
    numbered: ["woonstel nommer"],
    withs: ["met die", "met 'n", "met ’n"],
    notAHome: ["werkswinkel", "werkplek", "meganikus", "bandewinkel", "sleepwa", "geraas", "geluid", "gebreek", "gaan staan", "wag", "app", "bespreking"],
  },
];

/**
 * `words` as an alternation over the normalised text, each a whole word, a Cyrillic one also
 * capitalised: the normaliser folds some Cyrillic capitals to Latin look-alikes and not their small
 * letters ("Мой" gives "Moй", "мой" gives "мoй"), which no case-insensitive match joins again.
 */
const saidAs = (words: readonly string[]): string =>
  String.raw`(?<![\p{L}\p{N}])(?:${skeletonAlternation(words.flatMap((w) => (/^[\u0400-\u04FF]/u.test(w) ? [w, w.charAt(0).toUpperCase() + w.slice(1)] : [w])))})(?![\p{L}\p{N}])`;

/** A "casa" that is a store ("la segunda casa de repuestos", "casa de peças"): no home. */
const NOT_A_STORE = String.raw`(?!\s+d[eoa]l?\s+(?:repuestos|autopartes|pecas|cambio|empeno)\b)`;

/**
 * The number or letter that tells a door or block apart after a word of `numbered` ("blok numer 7",
 * "klatka C,", "gali no. 4"): a letter only where the part ends, not "klatka a potem".
 */
const DOOR_NUMBER = String.raw`\.?\s*(?:(?:nr|no|numer|number|numero|número|nº|n°|nambar)\.?\s*)?(?:\d{1,4}[a-z]?(?![\p{L}\p{N}])|[a-h](?=\s*(?:[,.;:]|$)))`;

/** A home told apart in one language: COUNTED, COLOURED, NUMBERED (a door's number, round 31) and DESCRIBED (round 55, where it has `withs`), as regular expression sources. */
const toldApart = (w: DirectionWords): { counted: string; coloured: string; numbered: string; described?: string } => {
  const [ordinal, home, part, colour, numberedWord] = [w.ordinals, w.homes, w.parts, w.colours, w.numbered].map(saidAs);
  const before = `${ordinal}\\s+${home}${NOT_A_STORE}`;
  const after = `${home}\\s+${ordinal}`;
  const counted = w.ordinalAfter === "either" ? `${before}|${after}` : w.ordinalAfter ? after : before;
  const numbered = `${numberedWord}${DOOR_NUMBER}`;
  // Both orders: the language's own and the other one ("brama zielona", "zielona brama").
  const coloured = String.raw`${colour}\s+${part}|${part}\s+(?:(?:de\s+)?colou?r\s+|de\s+|warna\s+)?${colour}`;
  // DESCRIBED (round 55): "die huis met die groot boom", the home and what stands at it.
  const described = w.withs ? String.raw`${home}\s+${saidAs(w.withs)}\s+\p{L}` : undefined;
  return { counted, coloured, numbered, ...(described ? { described } : {}) };
};

/**
 * The landmark after a relation: a word, not a time ("después de las 5", "dopo le 18") nor a repair,
 * a mishap or another event ("depois da revisão", "nach dem Unfall", "après la vidange", "después
 * de la lluvia", "nach dem Regen", "después del trabajo", "dopo il pranzo"), which date something,
 * nor a Polish verbal noun ("przy parkowaniu", "przy hamowaniu": while parking, braking; round 31).
 */
const LANDMARK = String.raw`(?!(?:(?:las?|los|les?|l['’]|il|o|a|os|as|dem|der|den|die|das)\s+)?(?:\d|\p{L}+(?:aniu|eniu)(?!\p{L})|${skeletonAlternation([
  "revisión",
  "revision",
  "revisão",
  "servicio",
  "service",
  "serviço",
  "accidente",
  "acidente",
  "accident",
  "incidente",
  "Unfall",
  "Ölwechsel",
  "Inspektion",
  "Reparatur",
  "vidange",
  "révision",
  "réparation",
  "tagliando",
  "riparazione",
  "wypadku",
  "przeglądzie",
  "naprawie",
  "wymianie",
  "reparație",
  "accidentul",
  "cambio",
  "troca",
  "changement",
  "reparación",
  "reparação",
  "lluvia",
  "chuva",
  "pioggia",
  "pluie",
  "Regen",
  "deszczu",
  "ploaie",
  "baarish",
  "trabajo",
  "chamba",
  "trabalho",
  "serviço",
  "lavoro",
  "travail",
  "Arbeit",
  "pracy",
  "muncă",
  "kaam",
  "almuerzo",
  "almoço",
  "pranzo",
  "déjeuner",
  "Mittag",
  "Mittagessen",
  "obiedzie",
  "prânz",
  "comida",
  "cena",
  "jantar",
  "dîner",
  "Abendessen",
  "kolacji",
  "cină",
  "misa",
  "missa",
  "messe",
  "Gottesdienst",
  "mszy",
  "clase",
  "aula",
  "lezione",
  "cours",
  "lavado",
  "lavagem",
  "lavaggio",
  "lavage",
  "Wäsche",
  "mycia",
  "spălare",
  "viaje",
  "viagem",
  "viaggio",
  "voyage",
  "Reise",
  "podróży",
  "semana",
  "semaine",
  "settimana",
  "Woche",
  "tygodnia",
  "săptămână",
  "mes",
  "mês",
  "mese",
  "mois",
  "Monat",
  "hora",
  "ora",
  "heure",
  "Stunde",
  "godziny",
  "fin de semana",
  "finde",
  "Wochenende",
  "weekend",
  "feriado",
  "vacaciones",
  "férias",
  "vacanze",
  "vacances",
  "Urlaub",
  "wakacjach",
  "concediu",
  "pago",
  "pagamento",
  "paiement",
  "Zahlung",
  "płatności",
  "plată",
])}))[\p{L}]`;

/**
 * COUNTED, COLOURED or NUMBERED in any of `languages`: what opens a match. Each alternative opens a
 * word, said once before them all so the scan leaves every position inside a word at once (round 31:
 * the alternatives of four more languages cost a third more without it).
 */
const toldApartIn = (languages: readonly DirectionWords[]): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${languages.flatMap((w) => Object.values(toldApart(w))).join("|")})`, "giu");

/**
 * The words a text in Latin letters holds when a home of the language is told apart (a home for
 * COUNTED, a part or a colour, whichever comes first, for COLOURED, the first word for NUMBERED), as
 * `wordsOf` splits them ("płot" gives "ot"): most messages hold none and the expression is never
 * tried. Each language is gated on its own words (round 31): an English "garage" or "green" runs
 * the French or Tagalog expression only, not those of all fifteen languages.
 */
const openingWords = (w: DirectionWords): string[] => [
  ...new Set(
    // A door's number opens on its first word ("gali" of "gali no"): "no" alone is in most messages.
    [...w.homes, ...w.numbered.map((n) => n.split(" ")[0]!), ...(w.colourFirst ? w.colours : w.parts)].flatMap((word) =>
      skeletonWord(word)
        .split(/[^a-z0-9'’-]+/)
        .filter((piece) => piece.length >= 2),
    ),
  ),
];
/** COUNTED in any language, the English counted home among them ("third house", "second villa"). */
const COUNTED_ANYWHERE = new RegExp(
  [...DIRECTION_WORDS.map((w) => toldApart(w).counted), String.raw`\b(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\s+(?:${DWELLING_NOUN}|villa)\b`].join("|"),
  "giu",
);
/**
 * NUMBERED in any language: a door or block told apart by its number ("klatka C", "scara 3"). Weaker
 * than COUNTED ("bloco 3 da peça" is a part's block), it tells a home apart only beside a landmark
 * and the reader's way in or the sender's claim (round 31).
 */
const NUMBERED_ANYWHERE = new RegExp(DIRECTION_WORDS.map((w) => toldApart(w).numbered).join("|"), "giu");
/** DESCRIBED in the languages that have it (`withs`): as weak as NUMBERED, it tells a home apart only in the second reading. */
const DESCRIBED_ANYWHERE = new RegExp(DIRECTION_WORDS.flatMap((w) => toldApart(w).described ?? []).join("|"), "giu");
/**
 * A call at the door told to the reader (round 55: "bate palma que eu saio", "toca el timbre", "bel maar aan", "klop aan"):
 * with a home counted or coloured, the way in as much as a landmark is, the street or the town said before it.
 */
const DOOR_CALL_ABROAD = new RegExp(
  saidAs([
    "bate palma",
    "bata palma",
    "bate palmas",
    "toca a campainha",
    "toque a campainha",
    "chama no portão",
    "toca el timbre",
    "toca fuerte",
    "tocá el timbre",
    "bel aan",
    "bel maar aan",
    "aanbellen",
    "klop aan",
    "lui die klokkie",
    "druk die klokkie",
    "einfach klingeln",
    "suona il campanello",
    "sonnez",
    "zadzwoń domofonem",
    "kumatok ka",
    "ketuk pintu",
    "zili çal",
    "kapıyı çal",
  ]),
  "giu",
);
/** COLOURED in any language, the English coloured part of a house among them ("brown gate"). */
const COLOURED_ANYWHERE = new RegExp([...DIRECTION_WORDS.map((w) => toldApart(w).coloured), String.raw`\b${COLOUR}\s+${HOUSE_PART}\b`].join("|"), "giu");
/** A landmark or a turn in any of the languages. */
/** Between a relation and its landmark: a space, or the apostrophe of an elided article ("après l'église", round 31). */
const LANDMARK_GAP = String.raw`(?:\s+|['’])`;
const LANDMARK_OR_TURN = new RegExp(String.raw`${saidAs(DIRECTION_WORDS.flatMap((w) => w.relations))}${LANDMARK_GAP}${LANDMARK}|${saidAs(DIRECTION_WORDS.flatMap((w) => w.turns))}`, "giu");
/** More than one COLOURED match in `sentence` (the first two only are looked for). */
const colouredTwice = (sentence: string): boolean => {
  let n = 0;
  for (const _ of matchesOf(COLOURED_ANYWHERE, sentence)) if (++n > 1) return true;
  return false;
};
/** Two landmarks or turns in `sentence` (the first two only are looked for): a route (round 32). */
const landmarksTwice = (sentence: string): boolean => {
  let n = 0;
  for (const _ of matchesOf(LANDMARK_OR_TURN, sentence)) if (++n > 1) return true;
  return false;
};
/** The sender's claim to live there, a verb of any of the languages: "vivo", "wir wohnen", "rehta". */
const LIVE_CLAIM = new RegExp(saidAs(DIRECTION_WORDS.flatMap((w) => w.claims)), "iu");
/** The sender's home named as theirs ("mi casa", "unser Haus", "mera ghar") or the reader invited ("vente", "kommen Sie", "تعال"). */
const HOME_OR_INVITATION = new RegExp(saidAs(DIRECTION_WORDS.flatMap((w) => [...w.homeClaims, ...w.invitations])), "iu");

/**
 * The reader's way in (issue 13, round 31): a word of `visits` ("skręć", "einfach klingeln",
 * "pregunta por mí") or a turn counted for them ("2ème à droite", "segunda rua à direita", "tweede
 * links"). It stands for an invitation where the home is told apart by a landmark, never against a
 * third party as the sentence's subject (a route to a tyre shop is told the same way).
 */
const VISIT = new RegExp(
  String.raw`${saidAs(DIRECTION_WORDS.flatMap((w) => w.visits))}|${saidAs(DIRECTION_WORDS.flatMap((w) => w.ordinals))}\s+(?:[\p{L}]+\s+)?${saidAs(DIRECTION_WORDS.flatMap((w) => w.turns))}`,
  "giu",
);

/** A way in refused: "nicht klingeln", "no toques", "jangan", "đừng", "huwag" before it, "mat" or "nahi" after it ("ghanti bajana mat"). */
const VISIT_NEGATED_BEFORE = new RegExp(String.raw`${saidAs(["no", "nie", "non", "não", "nao", "ne", "nicht", "niet", "nu", "jangan", "đừng", "huwag", "don't", "dont", "never", "لا"])}\s*$`, "iu");
const VISIT_NEGATED_AFTER = new RegExp(String.raw`^\s*${saidAs(["mat", "nahi", "nahin", "nicht", "niet", "pas", "não"])}`, "iu");

/**
 * The home pointed at as the answer, the sentence opening on "it's" and an article before the home told apart (round 54: "c'est
 * la maison grise en face de l'église", "het is het grijze huis tegenover de kerk", "é a casa cinzenta em frente à igreja", "det
 * är det gråa huset mittemot kyrkan", "dis die grys huis oorkant die kerk"): the way to the sender's place with no claim on it,
 * as the English route reads "it's the grey house across from the church" (`landmark-routes.ts`).
 */
const POINTED_AT_LEAD = new RegExp(
  String.raw`^\s*(?:${saidAs(["c'est", "c’est", "c est", "ce sera", "het is", "'t is", "dat is", "é", "e", "fica", "es", "está", "è", "det är", "det e", "dis", "dit is", "das ist", "es ist"])})(?:\s+(?:${saidAs(["la", "le", "l'", "l’", "o", "a", "el", "il", "het", "de", "det", "den", "die", "das", "der"])}))?\s*$`,
  "iu",
);
/** A presentative anywhere in a sentence, the cheap test before the lead is read. */
const POINTED_AT_WORD = new RegExp(
  saidAs(["c'est", "c’est", "c est", "ce sera", "het is", "'t is", "dat is", "é", "e", "fica", "es", "está", "è", "det är", "det e", "dis", "dit is", "das ist", "es ist"]),
  "iu",
);

/** A call at the door (DOOR_CALL_ABROAD) in `sentence` that is not refused ("não bate palma", "niet aanbellen"). */
const doorCalledAt = (sentence: string): boolean =>
  [...matchesOf(DOOR_CALL_ABROAD, sentence)].some(
    (d) => !VISIT_NEGATED_BEFORE.test(sentence.slice(Math.max(0, d.index - 12), d.index)) && !VISIT_NEGATED_AFTER.test(sentence.slice(d.index + d[0].length)),
  );

/** A landmark after a relation ("przy Biedronce", "después del Oxxo"), not a bare turn. */
const RELATED_LANDMARK = new RegExp(String.raw`${saidAs(DIRECTION_WORDS.flatMap((w) => w.relations))}${LANDMARK_GAP}${LANDMARK}`, "iu");

/**
 * A VISIT in `sentence` that is more than one of its `landmarks` (a turn): "belok kiri" or "sağa dön"
 * is the turn the landmark rule already read, and cannot also be the reader's way in that confirms it.
 * A route verb right before a turn ("dobla a la derecha", "skręć w prawo") is the reader's way only
 * from a landmark named in the sentence: alone it may be the car pulling ("después del cambio de
 * aceite dobla a la derecha").
 */
const visitBeyond = (sentence: string, landmarks: readonly RegExpExecArray[]): boolean =>
  [...matchesOf(VISIT, sentence)].some(
    (v) =>
      !VISIT_NEGATED_BEFORE.test(sentence.slice(Math.max(0, v.index - 12), v.index)) &&
      !VISIT_NEGATED_AFTER.test(sentence.slice(v.index + v[0].length)) &&
      !landmarks.some((l) => l.index <= v.index && l.index + l[0].length >= v.index + v[0].length) &&
      (RELATED_LANDMARK.test(sentence) || !landmarks.some((l) => l.index >= v.index + v[0].length && /^\s*$/.test(sentence.slice(v.index + v[0].length, l.index)))),
  );

/**
 * A sentence about something else than the sender's home, in any of the languages: a business
 * ("el taller está pasando la gasolinera, portón verde", "die Werkstatt ist hinter dem Baumarkt"), a
 * mishap or a noise at a gate ("bati no portão branco", "das Klackern fing nach dem Tunnel an"), a
 * scrape ("raspé", "rayé", "risquei"), a wait by the road ("j'attends la dépanneuse après le
 * pont") or a question ("¿es vuestra nave?"). A contrast cuts the sentence instead (CONTRAST), a
 * garage cancels as its subject or landmark only (GARAGE_AS_LANDMARK).
 */
const ABOUT_SOMETHING_ELSE = new RegExp(String.raw`\?|${saidAs(DIRECTION_WORDS.flatMap((w) => w.notAHome))}`, "iu");

/**
 * Work done on a gate, a fence or a wall, the sender painting it ("pinté el portón negro y la barda
 * blanca", "das grüne Tor und den weißen Zaun gestrichen", "j'ai peint le portail", "ho dipinto il
 * cancello", "pomalowałem płot"): the colours are the job, no directions. Not a participle that
 * describes a home ("la casa pintada de verde").
 */
const PAINTING_WORK = new RegExp(
  saidAs([
    "pinté",
    "pintamos",
    "pintar",
    "pintando",
    "pintei",
    "pintou",
    "pintaram",
    "gestrichen",
    "streichen",
    "strich",
    "peint",
    "peindre",
    "repeint",
    "dipinto",
    "dipingere",
    "verniciato",
    "pomalowałem",
    "pomalowałam",
    "pomalowaliśmy",
    "pomalować",
    "malować",
  ]),
  "iu",
);

/**
 * A contrast that ends what the directions say, as STATEMENT_BREAK does in English ("..., portão azul,
 * mas liga antes de vir", "grünes Tor, aber bitte vorher klingeln"): the part holding the home told
 * apart is read alone. The words that mean something else too ("ma" is French "my", "más", "dar" a
 * Spanish verb, "ale" Romanian "of") only after a comma.
 */
const CONTRAST = new RegExp(String.raw`[,،;]\s*(?:${saidAs(["ma", "mais", "mas", "dar", "ale"])})|${saidAs(["aber", "pero", "lekin", "אבל", "لكن", "но", "але"])}`, "giu");

/** The piece of `sentence` between contrasts (CONTRAST) that holds the offset `at`. */
function contrastPieceAt(sentence: string, at: number): [number, number] {
  let [from, to] = [0, sentence.length];
  for (const c of matchesOf(CONTRAST, sentence)) {
    if (c.index <= at) from = c.index + c[0].length;
    else {
      to = c.index;
      break;
    }
  }
  return [from, to];
}

/**
 * A garage as the subject of the sentence or its landmark ("le garage est la deuxième maison ...",
 * "depois da garagem, portão azul"): a business, not the sender's home. Named elsewhere ("o carro fica
 * na garagem") it is where the car is kept at home.
 */
const GARAGE = saidAs(["garage", "garagem"]);
/** A way told towards a place ("tournez à droite vers le garage", "rechts zur Garage"), round 31: the garage is where it leads. */
const TOWARDS = ["vers", "jusqu'au", "jusqu'à", "zur", "zum", "bis zur", "naar", "para a", "pra", "hacia", "verso", "to"];
const GARAGE_IN = new RegExp(GARAGE, "iu");
const GARAGE_AS_LANDMARK = new RegExp(String.raw`${saidAs([...DIRECTION_WORDS.flatMap((w) => w.relations), ...TOWARDS])}\s+(?:(?:le|la|l['’]|o|a|the|der|die|das|dem|den|de)\s*)?${GARAGE}`, "iu");

/** Every colour word of the languages, to find the colour inside a COLOURED match. */
const ANY_COLOUR = new RegExp(String.raw`${saidAs(DIRECTION_WORDS.flatMap((w) => w.colours))}|\b${COLOUR}\b`, "giu");

/**
 * After a coloured part, the place it belongs to when that is not the home: "el portón negro del
 * estacionamento", "o portão azul do estacionamento", "le portail noir du parking", "il cancello
 * verde del parcheggio", "dem grauen Tor vom Parkhaus". Not a material ("de madera", "de ferro"), a
 * side or a corner ("de la esquina", "do lado esquerdo", "au fond"), nor the home itself ("da minha
 * casa", "de la casa").
 */
const OWNED_BY_ANOTHER_PLACE = new RegExp(
  String.raw`^\s*(?:de|del|do|da|dos|das|du|des|della|dello|dell['’]|dei|vom|von|of)\s+(?!(?:(?:la|las|los|el|o|a|os|as|le|les|l['’]|il|lo|der|dem|den|the)\s*)?(?:madera|madeira|ferro|hierro|fierro|metal|metallo|bois|fer|legno|holz|metall|esquina|lado|fondo|fundo|fim|final|frente|fond|coin|bout|angolo|ecke|casa|maison|haus|mi|mis|minha|meu|nuestra|nossa|ma|mon|notre|mia|nostra|unserem|unseres|meinem|my|our)\b)(?:(?:la|las|los|el|o|a|os|as|le|les|l['’]|il|lo|der|dem|den|the)\s*)?[\p{L}]`,
  "iu",
);

/** A coloured part with a price after it, an item quoted ("portón negro 300, reja blanca 200"), not a home. */
const PRICED = /^\s*(?:[:=-]\s*)?(?:[$€£]|(?:usd|eur|mxn|brl|pln|ron|zl|lei|rs)\b)?\s*\d/iu;

/** Two coloured parts said as alternatives: "grade preta ou grade cinza", "entre une grille noire et ...", "schwarzes oder graues Tor". */
const ALTERNATIVE_BETWEEN = new RegExp(String.raw`^\s*,?\s*(?:${saidAs(["ou", "o", "or", "oder", "albo", "lub", "czy", "sau", "ori", "ya", "o kaya", "или", "або", "чи", "أو", "او", "או"])})\b`, "iu");
const ALTERNATIVE_BEFORE = new RegExp(String.raw`(?:${saidAs(["entre", "zwischen", "tra", "fra", "między", "între", "между", "між", "بين", "בין"])})(?:\s+[\p{L}'’]+){0,2}\s*$`, "iu");

/**
 * The COLOURED matches of a sentence that tell a home apart: not a proper name (a colour word
 * capitalised inside a clause: "Casa Rosada", "Moro na Casa Verde", "Mohan Lal ghar"), not a part
 * owned by another place (OWNED_BY_ANOTHER_PLACE), and each part once: the same part in two colours
 * or two parts given as alternatives are one choice ("grade preta ou grade cinza"), not a home
 * told apart twice.
 */
function colouredParts(sentence: string): RegExpExecArray[] {
  const mixedCase = /\p{Lu}/u.test(sentence) && /\p{Ll}/u.test(sentence);
  const kept: RegExpExecArray[] = [];
  const partsSeen = new Set<string>();
  for (const c of matchesOf(COLOURED_ANYWHERE, sentence)) {
    const colours = [...matchesOf(ANY_COLOUR, c[0])];
    const capitalisedInside = colours.some((w) => {
      const at = c.index + w.index;
      return mixedCase && /^\p{Lu}/u.test(w[0]) && /[\p{L}\p{N}]\s*$/u.test(sentence.slice(Math.max(0, at - 3), at));
    });
    const after = sentence.slice(c.index + c[0].length);
    if (capitalisedInside || OWNED_BY_ANOTHER_PLACE.test(after) || PRICED.test(after)) continue;
    const part = c[0]
      .replace(ANY_COLOUR, " ")
      .replace(/\b(?:de|colou?r)\b/giu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
    const previous = kept[kept.length - 1];
    const alternative =
      previous !== undefined && (ALTERNATIVE_BETWEEN.test(sentence.slice(previous.index + previous[0].length, c.index)) || ALTERNATIVE_BEFORE.test(sentence.slice(0, previous.index)));
    if (partsSeen.has(part) || alternative) continue;
    partsSeen.add(part);
    kept.push(c);
  }
  return kept;
}

/** A part of a sentence: commas (Latin and Arabic), semicolons and colons end it. */
const PART_END = /[,،;:]/u;
const partsOf = (text: string): string[] => text.split(PART_END);

/**
 * A third party as the subject before the directions: a noun and a verb "to be" or "to lie" ("La
 * llantera es la", "El chapista está en la", "Das Autohaus ist das", "Wulkanizacja to",
 * "Vulcanizarea e", "L'électricien auto est dans la"), a noun and a dash ("Шиномонтаж —"), a
 * Tagalog topic ("Yung vulcanizing,"), or an Arabic definite noun before a relation ("الكراج بعد
 * المسجد"). The sender ("yo", "ich", "wir"), the home ("la casa es") or a claim on it ("mi casa
 * es", "chez moi c'est") is no third party.
 */
const COPULA = saidAs([
  "es",
  "está",
  "queda",
  "se encuentra",
  "son",
  "é",
  "fica",
  "est",
  "se trouve",
  "c'est",
  "è",
  "si trova",
  "ist",
  "sind",
  "liegt",
  "befindet sich",
  "to",
  "jest",
  "znajduje się",
  "mieści się",
  "e",
  "este",
  "se află",
  "hai",
  "это",
  "є",
]);
const THIRD_PARTY_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:[\p{L}\p{N}'’.&]+\s+){0,3}[\p{L}\p{N}'’.&]+\s+(?:${COPULA})(?:\s+(?:${saidAs(["en", "in", "na", "no", "nel", "nella", "dans", "im", "w", "la", "a", "al", "à", "au", "el", "lo", "le", "il", "o", "os", "as", "der", "die", "das", "dem", "den", "un", "una", "um", "uma", "une", "ein", "eine", "auf", "the"])}))*|(?:[\p{L}\p{N}'’.&]+\s+){0,2}[\p{L}\p{N}'’.&]+\s*[-—–]|(?:yung|ung|iyong|ang)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}|${skeletonWord("ال")}\p{L}+)\s*$`,
  "iu",
);
const SENDER_OR_HOME = new RegExp(
  String.raw`${saidAs(["yo", "eu", "je", "io", "ich", "wir", "ja", "my", "main", "hum", "ako", "kami", "nous", "on", "noi", "أنا", "انا", "אני", "я", "ми", "мы", "nosotros", "nós", "we", "i"])}|${saidAs(DIRECTION_WORDS.flatMap((w) => [...w.homes, ...w.claims, ...w.homeClaims, ...w.invitations]))}`,
  "iu",
);
const thirdPartyLeads = (lead: string): boolean => partsOf(lead).some((part) => THIRD_PARTY_SUBJECT.test(part) && !SENDER_OR_HOME.test(part));

/**
 * The sender's claim to live there governs the directions: in the same part of the sentence as a
 * landmark, a turn or the home told apart ("vivo frente a la plaza", "wir wohnen hinter der Kirche",
 * "Mera ghar masjid ke peeche hai" is a home claim). "Vivo en Lyon", "Moro em outra cidade", "Ich
 * wohne in Köln" followed by a car parked somewhere are not.
 */
function claimGoverns(sentence: string, told: readonly RegExpExecArray[]): boolean {
  let from = 0;
  for (const part of partsOf(sentence)) {
    const to = from + part.length;
    if (LIVE_CLAIM.test(part)) {
      if (matchesFrom(LANDMARK_OR_TURN, part) || told.some((t) => t.index >= from && t.index < to)) return true;
    }
    from = to + 1;
  }
  return false;
}

/** The car left or parked by the way ("el coche está aparcado después del Oxxo", "j'ai garé la voiture après ..."): where it stands, not a home. */
const PARKED_ABROAD = new RegExp(
  saidAs([
    "aparcado",
    "aparqué",
    "estacionado",
    "estacioné",
    "estacionei",
    "garé",
    "garée",
    "parcheggiata",
    "parcheggiato",
    "geparkt",
    "geparkeerd",
    "zaparkowany",
    "zaparkowałem",
    "parcată",
    "dejé",
    "deixei",
    "lasciata",
    "laissé",
  ]),
  "iu",
);

/**
 * A route abroad to a coloured door or gate (round 33): a landmark after a relation, a turn and the part told apart by
 * its colour ("juste après la boulangerie, la grange rouge à gauche", "después del Oxxo a la derecha, el portón azul"),
 * as the English route of a place and a step reads it; not where a car was parked or left (`PARKED_ABROAD`).
 */
const routeToAColour = (sentence: string, landmarks: readonly RegExpExecArray[], coloured: readonly RegExpExecArray[]): boolean =>
  landmarks.length > 1 && coloured.length > 0 && RELATED_LANDMARK.test(sentence) && !PARKED_ABROAD.test(sentence);

/**
 * The sentence of a home told apart abroad (commas do not end it) is about nothing else
 * (ABOUT_SOMETHING_ELSE) and tells it apart twice, counted and coloured ("tercera casa ... portón
 * negro") or by two coloured parts with a landmark, a turn, a claim or an invitation (two alone
 * describe, "el portón negro y la barda blanca"; painting them is work, PAINTING_WORK), with no third
 * party or garage as its subject ("La llantera es la segunda casa ...") unless the home is claimed
 * or the reader invited; or tells it apart once with a
 * landmark or a turn, the home claimed as the sender's ("mi casa es la de la reja blanca, justo
 * enfrente de la primaria"), the reader invited ("vieni da me") or told the way in (a VISIT beyond
 * the turns, round 31: "przy Biedronce skręć w prawo, klatka C", "portón verde, toca fuerte"), or a
 * claim to live there governing the directions (claimGoverns). A door's number (NUMBERED) or what stands at the home (DESCRIBED)
 * tells a home apart only in this second reading. A home counted or coloured with the reader told to call at its door
 * (`doorCalledAt`, round 55) needs no landmark.
 */
function toldApartTwice(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceOf(m);
  const whole = text.slice(start, end);
  if (ABOUT_SOMETHING_ELSE.test(whole) || PAINTING_WORK.test(whole)) return false;
  // A contrast cuts the sentence where the sender claims the home or invites ("moro na segunda casa ...,
  // mas liga antes"); after a bare description it still turns away from it ("la seconda casa col cancello
  // verde era in vendita, ma non l'abbiamo presa").
  const [from, to] = contrastPieceAt(whole, m.index - start);
  const sentence = whole.slice(from, to);
  if (sentence.length < whole.length && !LIVE_CLAIM.test(sentence) && !HOME_OR_INVITATION.test(sentence)) return false;
  // The cheap reading first: most sentences hold one coloured part and no landmark with a claim.
  const twiceAtMost = (matchesFrom(COUNTED_ANYWHERE, sentence) && matchesFrom(COLOURED_ANYWHERE, sentence)) || colouredTwice(sentence);
  const doorCall = matchesFrom(DOOR_CALL_ABROAD, sentence);
  if (
    !twiceAtMost &&
    !doorCall &&
    !(
      matchesFrom(LANDMARK_OR_TURN, sentence) &&
      (LIVE_CLAIM.test(sentence) || HOME_OR_INVITATION.test(sentence) || matchesFrom(VISIT, sentence) || landmarksTwice(sentence) || POINTED_AT_WORD.test(sentence))
    )
  )
    return false;
  const counted = [...matchesOf(COUNTED_ANYWHERE, sentence)];
  const coloured = colouredParts(sentence);
  const told = [...counted, ...coloured, ...matchesOf(NUMBERED_ANYWHERE, sentence), ...matchesOf(DESCRIBED_ANYWHERE, sentence)];
  if (told.length === 0) return false;
  const landmarks = [...matchesOf(LANDMARK_OR_TURN, sentence)];
  const first = Math.min(...[...told, ...landmarks].map((t) => t.index));
  const homeOrInvitation = HOME_OR_INVITATION.test(sentence);
  if (!homeOrInvitation && thirdPartyLeads(sentence.slice(0, first))) return false;
  if (GARAGE_IN.test(sentence) && (GARAGE_IN.test(sentence.slice(0, first)) || GARAGE_AS_LANDMARK.test(sentence))) return false;
  if (counted.length > 0 && coloured.length > 0) return true;
  // Two coloured parts alone are a description; with a landmark, a turn, a claim or an invitation, directions.
  if (coloured.length > 1 && (landmarks.length > 0 || homeOrInvitation || LIVE_CLAIM.test(sentence))) return true;
  // A route of two landmarks or turns to a door told by its number (round 32: "lângă Kaufland, blocul din spatele școlii,
  // scara 2") is the way there as a claim or an invitation is; a house counted on the way may be where a car stands.
  const routeToADoor = landmarks.length > 1 && told.some((t) => !counted.includes(t) && !coloured.includes(t));
  // The home pointed at ("c'est la maison grise en face de l'église", round 54): a coloured home with a landmark after a relation, not asked.
  const pointedAt = coloured.length > 0 && text[end] !== "?" && POINTED_AT_LEAD.test(sentence.slice(0, first)) && RELATED_LANDMARK.test(sentence) && !PARKED_ABROAD.test(sentence);
  // The reader told to call at the door of a home counted or coloured ("a casa amarela ..., bate palma que eu saio", round 55).
  if (doorCall && counted.length + coloured.length > 0 && doorCalledAt(sentence)) return true;
  return landmarks.length > 0 && (homeOrInvitation || pointedAt || routeToADoor || routeToAColour(sentence, landmarks, coloured) || visitBeyond(sentence, landmarks) || claimGoverns(sentence, told));
}

export const HOME_DIRECTIONS_ABROAD_PATTERNS: Pattern[] = [
  ...DIRECTION_WORDS.filter((w) => !w.ownScript).map((w): Pattern => ({ kind: "ADDRESS", re: toldApartIn([w]), words: openingWords(w), accept: toldApartTwice, span: sentenceOf })),
  // Arabic, Hebrew, Cyrillic: only a text with letters of those scripts.
  { kind: "ADDRESS", re: toldApartIn(DIRECTION_WORDS.filter((w) => w.ownScript)), gate: /[\u0400-\u04FF\u0590-\u06FF]/u, accept: toldApartTwice, span: sentenceOf },
];
