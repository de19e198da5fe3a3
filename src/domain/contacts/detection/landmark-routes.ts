/**
 * A route to the sender's place told by landmarks (issue 13, round 32): no street and often no claim
 * on a home, only the way there in steps a visitor follows ("turn left at the Shell on Main, second
 * house after the church, red door", "exit 14 off the turnpike, right at the light, shop's next to
 * the Wawa", "mile 87.5 on the Sterling Hwy, green Quonset hut on the left", "behind the Tesco, the
 * second block of flats, third stairwell"). `home-directions.ts` wants the sender's claim on a home
 * (WHOSE) beside the landmark and the home told apart; a route names no home and says no "my", so it
 * is read by its steps instead, four open classes:
 *
 *   PLACE     the place told apart: counted ("second house", "4th gate", "third stairwell", "2nd last
 *             house", "first lay-by", "3rd from the end"), coloured ("red door", "green Quonset hut", "tin
 *             building", "silver container"), "the one with the caravan", "the farm with the silo", "can't
 *             miss it", a door's number rung or lived at ("ring #2", "I'm in no 7")
 *   TURN      a turn or a way told to the reader, opening a clause: "turn left", "right at the light",
 *             "second left", "keep going", "go till", "take the Whitemud", "when you get to"
 *   ROAD      a road's marker: "exit 14", "junction 9", "mile 87.5", "off Hwy 90", "A21 southbound",
 *             "the roundabout", "the lights"
 *   LANDMARK  a relation to something everyone can see: "after the church", "behind the Tesco", "next
 *             to the Wawa", "across from the stadium", "towards the lake", "200 yards past the pub"
 *
 * A sentence (commas do not end it) holding a PLACE with any other step, or a TURN with a ROAD or a
 * LANDMARK, is an ADDRESS, and the sentence is masked. The look-alikes say the same words about
 * something else, and each is read as such (`ELSEWHERE`): where the car makes a noise or broke down
 * ("it rattles when I turn left at the lights"), the route the sender drives ("I take exit 14 every
 * day"), a tow, a quote or a shop's story, the booked workshop as the subject ("the workshop is the
 * second unit behind the Tesco", `BUSINESS_SUBJECT`) or the destination ("to get to the scrapyard"),
 * the app or the booking, a car park or a menu, a question, and a part of the car as the landmark
 * ("behind the battery, second connector on the left"); a comma part whose subject is something else
 * than the sender's home ("the tyre place is the third unit", "my car is the silver one",
 * `SOMETHING_ELSE_AS_SUBJECT`) sets the route aside, and a route is read in one piece between
 * statement breaks ("we're near the coast so the discs rust, our red gate too"). Refusals and
 * negations are `live`'s. The route is masked with the steps told on the lines before it (`routeSpan`).
 *
 * Latin-script chat in Arabic, Bengali, Sinhala and Swahili (`ROMANISED`) is read the same way with
 * words of its own: a relation, a turn and a home in one sentence ("ba3d el kobry awel shar3 yemeen,
 * el 3omara el tanya", "bazar theke dan e, pukur er pashe bari", "pansala pahu karala dakunata,
 * gedara", "baada ya msikiti kulia, nyumba ya pili").
 */
import { type Pattern, sentenceAt, sentenceOf } from "./context.ts";
import { BUSINESS_SUBJECT, DWELLING_NOUN, HOUSE_PART, STATEMENT_BREAK } from "./home-directions.ts";
import { skeletonAlternation } from "./normalise.ts";
import { live } from "./phrases.ts";
import type { Hit } from "./types.ts";

/** Parts of a car, events and speeds a relation counts from in repair talk ("behind the battery", "after the oil change", "right at speed"): no landmark; nor a verb ("after watching"). */
const NOT_A_LANDMARK = String.raw`(?:battery|connector|fuse|relay|hose|bolt|nut|sensor|wire|wiring|harness|plug|pipe|bracket|pulley|belt|intake|firewall|dash|dashboard|bonnet|hood|engine|motor|gearbox|transmission|wheel|tyre|tire|caliper|pedal|seat|glovebox|boot|trunk|bumper|panel|clip|pin|module|valve|filter|tank|mount|exhaust|manifold|radiator|alternator|starter|injector|coil|cylinder|airbox|throttle|reservoir|dipstick|headlight|mirror|column|steering|axle|hub|strut|shock|spring|grille|cover|shield|housing|pump|fan|thermostat|turbo|clutch|sump|crank\w*|cam\w*|timing|gasket|way|time|end|weekend|service|repair|job|fix|oil|change|update|reset|rain|wash|call|diag\w*|test|regen|pothole|bumps?|accident|crash|first|second|last|next|then|now|today|tomorrow|tonight|morning|noise|light|warranty|speed|load|idle|low|high)s?`;

/** LANDMARK: a relation and the landmark it counts from, not a part of the car or an event (`NOT_A_LANDMARK`), nor someone looked for ("you're after Dev"). */
const LANDMARK = String.raw`(?<!\b(?:you|i|we|they)['’]?(?:re|m)\s+)\b(?:just\s+|right\s+|straight\s+)?(?:after|past|behind|opposite|facing|across\s+(?:the\s+(?:road|street)\s+)?from|next\s+(?:door\s+)?to|beside|alongside|by|near|in\s+front\s+of|(?:round|around)\s+the\s+corner\s+from|towards?|(?:over|ower|under|across)\s+the\s+(?:bridge|brig|railway|tracks|flyover|overpass|river|burn)|above|(?:\d+|a|one|two|half\s+a)\s*(?:yards?|metres?|meters?|m|miles?|mins?|blocks?|k|km)\s+(?:past|after|from|beyond)|(?<=\b(?:left|right)\s+)at)\s+(?!(?:(?:the|a|an|my|your|its|that|this)\s+)?(?:[a-z-]+\s+)?${NOT_A_LANDMARK}\b)(?!\d|[a-z]+ing\b)(?:(?:the|a|an|that|old|auld)\s+)?\w[\w'’&-]*`;

/**
 * Where a clause opens: a told way starts there ("..., right at the light"), not after a subject ("when I turn left"). A
 * sentence after another starts with the space after its full stop or question mark ("you know the Shell? keep going ...").
 */
const CLAUSE_OPEN = String.raw`(?:^\s*|[.!?,;:(—–-]\s*|\b(?:then|and|just|so|you|u|ya|first|after\s+that|from\s+there)\s+)`;

/** A way told to the reader: "turn left", "right at the light", "keep going", "take the Whitemud", "walk up to". */
const TOLD_WAY = String.raw`(?:(?:turn|go|hang\s+a|take\s+(?:a|the\s+(?:first|second|third|next|\d\w*))|bear|keep|head|veer|hook\s+a)\s+(?:a\s+)?(?:left|right)\b|(?:left|right)\s+(?:at|after|past|by|into|onto|off)\b|(?:keep\s+going|carry\s+on|go\s+(?:straight|till|until|along|up|down|over|past)|follow\s+the|head\s+(?:towards?|up|down|along|for)|pass\s+the|cross\s+the|enter\s+the|come\s+off|get\s+off|take\s+the\s+[a-z]|go\s+towards?|walk\s+(?:up|down|along|over|past|to|towards?))\b)`;
/** A turn counted ("second left") or the reader's arrival ("when you get to"), anywhere in the sentence. */
const COUNTED_TURN = String.raw`\b(?:first|second|third|fourth|next|\d(?:st|nd|rd|th))\s+(?:left|right|turn(?:ing|-?off)?\s+on\s+the\s+(?:left|right))\b|\b(?:when|once|till|until)\s+(?:you|u)\s+(?:reach|get\s+to|see|come\s+to|come\s+off|pass)\b`;
/** TURN: a way told at a clause's start (not after a subject: "when I turn left"), a counted turn or the reader's arrival. */
const TURN = String.raw`${CLAUSE_OPEN}${TOLD_WAY}|${COUNTED_TURN}`;

/** ROAD: a road's marker: an exit or junction, a mile, a numbered road, a roundabout or the lights. */
const ROAD = String.raw`\b(?:exit|junction|jct)\s*\d{1,3}[a-z]?\b|\bmile(?:\s+(?:marker|post))?\s+\d{1,3}(?:\.\d)?\b|\b(?:off|from|on|onto)\s+(?:the\s+)?(?:hwy|highway|route|rte|interstate|turnpike|motorway|freeway|expressway|bypass|[AMNI]-?\d{1,3}|(?:sr|us|fm)[\s-]?\d{1,4})\b|\b[AMNI]-?\d{1,3}\s+(?:north|south|east|west)(?:bound)?\b|\b(?:roundabout|traffic\s+circle|stop\s+sign|t-?junction|crossroads|intersection|lay-?by|cattle\s+grid|level\s+crossing|cul\s+de\s+sac)\b|\bthe\s+(?:traffic\s+)?lights\b`;

/** A place counted or coloured, beside the homes of `home-directions.ts`: a door, a stairwell, a unit, a lay-by. */
const PREMISES = String.raw`(?:${DWELLING_NOUN}|gate|door|entrance|stairwell|stair(?:case|way)?|lane|street|road|turning|drive(?:way)?|lay-?by|mailbox|letterbox|shop|garage|container|warehouse|lock-?up|floor|storey|tower|kiosk|stall|compound)`;

/**
 * The colours and materials a visitor sees from the road ("red door", "tin building"); not the sizes and ages
 * (`home-directions.ts`'s COLOUR has "old", "new", "big"), words of every long message, which a home claimed there
 * needs and a route does not.
 */
const PAINT = String.raw`(?:white|black|red|blue|green|yellow|grey|gray|brown|pink|purple|orange|cream|beige|navy|teal|silver|brick|tin|wooden|timber|thatched|pebbledash)`;

/** A door's number: "no 7", "#2", "unit 12". */
const DOOR = String.raw`(?:no\.?|number|unit|flat|bell|#)\s*\d{1,3}[a-z]?\b`;

/** PLACE: the place told apart, counted, coloured, by what stands at it, or "can't miss it". */
const PLACE = String.raw`\b(?:first|second|third|fourth|fifth|sixth|seventh|last|(?:2nd|second)[\s-]+last|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:[a-z-]+\s+)?${PREMISES}s?|from\s+the\s+(?:end|corner|top|bottom))\b|\b${PAINT}\s+(?:[a-z-]+\s+){0,2}?(?:${HOUSE_PART}|hut|shop|unit|block|container|shutters?|tarp|building|warehouse|portakabin|kiosk|stall|compound|stairwell)\b|\b(?:one|${DWELLING_NOUN}|shop|garage|gate|door)\s+with\s+(?:the|a|an)\s+(?!(?:noise|problem|issue|leak|fault|rattle|warranty|quote|price|discount|booking|cheapest|best|lowest)\b)[a-z-]+|\b(?:can['’]?t|cannae|cannot)\s+miss\s+(?:it|us|me|the)\b|\b(?:ring|buzz|press)\s+${DOOR}`;
/** A door's number lived at ("I'm in no 7", "it's unit 4"): a PLACE read in the sentence, not opening the pattern ("i", "it" and "we" open too many words). */
const DOOR_LIVED_AT = String.raw`\b(?:i['’]?m|im|we['’]?re|it['’]?s|its)(?:\s+(?:in|at))?\s+${DOOR}`;

/**
 * A sentence about something else: a noise or a mishap where it happened, the sender's own drive or a
 * story told in the past ("the van was the white one with the ladder"), a tow, a quote or a shop's price, the app or the booking (the booked workshop's way is the
 * platform's), a question. A garage is the sender's own where they say they are in it at the end of the way ("..., I'm in
 * the garage round the back", round 33) or where the home has it (round 54: "the one with the double garage", "detached
 * garage", "with the workshop out the back"), not the workshop the way leads to; a tow bar is no tow.
 */
const ELSEWHERE =
  /\b(?:nois\w*|sounds?|rattl\w*|clunk\w*|squeal\w*|squeak\w*|knock(?:s|ing)|grind\w*|whin(?:e|es|ing)|vibrat\w*|hum(?:s|ming)?|louder|pitch|weav\w*|felt|feels?|heavy|steering|shak(?:e|es|ing)|shudder\w*|judder\w*|pull(?:s|ed|ing)\s+(?:to|left|right|hard)|broke(?:n)?\s+down|break(?:s|ing)?\s*down|died|dies|stall(?:s|ed|ing)?|conked|cut(?:s)?\s+out|overheat\w*|warning|came\s+on|started|starts|happen\w*|crash\w*|scrap(?:e|ed)|punctur\w*|leak\w*|smok\w*|smell\w*|stranded|tow(?:ed|ing|s)?(?!\s*bar)|recovery|quot(?:e|ed|es)|charg(?:e|ed|es)|said|told|wanted|app|booked|booking|platform|was|were|now|currently|crawling|stuck|car\s*park|multi-?storey|menu|screen|icon|tab|button|display|dash|(?<!\bwith\s+(?:a|the|an|its\s+own)\s+(?:[a-z-]+\s+)?)workshop|scrap\s*yard|breaker['’]?s|mot\s+cent(?:re|er)|wash\s+bay|reception|(?<!\b(?:i['’]?m|im|we['’]?re)\s+in\s+(?:the|my|our)\s+)(?<!\b(?:double|single|triple|twin|detached|attached|integral|integrated|tandem|(?:two|three|2|3)[\s-]car)\s+)(?<!\bwith\s+(?:a|the|an|its\s+own)\s+(?:[a-z-]+\s+)?)garage(?!\s+doors?)|to\s+(?:get\s+to|reach|find)\s+(?:the|a)|(?:i|we|he|she|they)\s+(?:usually\s+|always\s+)?(?:park|parked|drove|drive|take|took|went|go|commute|pulled|stopped|got|passed))\b/i;

/**
 * A part of the sentence whose subject is something else than the sender's home, with its verb: a business or a public
 * place ("the tyre place is the third unit", "the Shell is the second one", "our workshop has green shutters"), a car
 * ("my car is the silver one", "the grey one with the dent is my car"), a home in a story ("the third house down had
 * its windscreen cracked", "my wooden shed is rotting"). The sender's home placed ("my place is the second house",
 * "our farm's past the silo") is the route's own subject.
 */
const SOMETHING_ELSE_AS_SUBJECT = new RegExp(
  String.raw`\b(?:(?:the|a|an|his|her|their|your)\s+|(?:our|my)\s+(?!(?:[a-z-]+\s+)?${DWELLING_NOUN}\s+(?:is|['’]s)\s+(?:the|a|an|on|in|at|by|behind|past|after|next|opposite|right|just|across|above|over|up|down|off|near|beside)\b))(?:[\w&'’-]+\s+){0,5}?(?:is|are|isn['’]t|aren['’]t|was|were|has|have|had|sells?|sold|set|gets?|got|goes|went|does|did|costs?|looks?|needs?|takes?|makes?|keeps?)\b`,
  "i",
);

const PLACE_IN = new RegExp(`${PLACE}|${DOOR_LIVED_AT}`, "i");
const TURN_IN = new RegExp(TURN, "im");
const ROAD_IN = new RegExp(ROAD, "i");
const LANDMARK_IN = new RegExp(LANDMARK, "i");

/** The steps of a route in `sentence`: a PLACE with any other step, or a TURN with a ROAD or a LANDMARK. */
function routeIn(sentence: string): boolean {
  const turn = TURN_IN.test(sentence);
  const road = ROAD_IN.test(sentence);
  if (PLACE_IN.test(sentence)) return turn || road || LANDMARK_IN.test(sentence);
  return turn && (road || LANDMARK_IN.test(sentence));
}

/**
 * The route's sentence and up to two sentences or lines before it that are steps of the same route
 * ("turn left at the Shell on Main" / "second house after the church, red door") or point at its
 * landmark ("you know the high school in Lufkin? go past it ..."): the way is masked whole.
 */
const POINTED_AT = /\byou\s+know\s+(?:the|that|where)\b/i;
const stepBefore = (sentence: string): boolean => POINTED_AT.test(sentence) || TURN_IN.test(sentence) || ROAD_IN.test(sentence) || LANDMARK_IN.test(sentence);
function routeSpan(m: RegExpExecArray): [number, number] {
  const [first, end] = sentenceOf(m);
  let start = first;
  for (let k = 0; k < 2; k++) {
    let stop = start - 1;
    while (stop > 0 && /\s/.test(m.input[stop]!) && m.input[stop] !== "\n") stop--;
    if (stop <= 0) break;
    const [from] = sentenceAt(m.input, stop, stop);
    const previous = m.input.slice(from, stop);
    if (!stepBefore(previous) || ELSEWHERE.test(previous) || BUSINESS_SUBJECT.test(previous)) break;
    start = from;
  }
  return [start, end];
}

/**
 * The sender's own shop at the end of the way (round 34: "Turn off Hwy 90 at the old Texaco, ..., my shop's the tin building
 * with the wrecker out front"): a place of their own the reader is led to, not the booked workshop ("the workshop is", "our
 * garage is"), which `ELSEWHERE` reads by its booking words.
 */
const OWN_SHOP = /\bmy\s+(?:own\s+|little\s+)?(?:shop|yard)\s*(?:is|['’]s)\b/i;

/**
 * The sentence of a step is a route (`routeIn`, in one piece between statement breaks) about nothing else (`ELSEWHERE`,
 * `BUSINESS_SUBJECT`, no comma part with another subject), not asked, not refused.
 */
function aRoute(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceOf(m);
  const sentence = text.slice(start, end);
  if (text[end] === "?" || !routeIn(sentence)) return false;
  if (ELSEWHERE.test(sentence) || (BUSINESS_SUBJECT.test(sentence) && !OWN_SHOP.test(sentence))) return false;
  // Where the sentence turns to something else ("we're near the coast so the discs rust"): a route is read in one piece.
  const pieces = sentence.split(STATEMENT_BREAK);
  const route = pieces.length === 1 ? sentence : pieces.find(routeIn);
  return route !== undefined && !route.split(",").some((part) => SOMETHING_ELSE_AS_SUBJECT.test(part)) && live(m, text);
}

/**
 * Latin-script chat in other languages: a relation to a landmark, a turn and a home or its gate,
 * all three in one sentence; a noise (`noise`) says where the car does something instead.
 */
const ROMANISED: ReadonlyArray<{ relations: readonly string[]; turns: readonly string[]; homes: readonly string[] }> = [
  // Arabic (Egyptian, Levantine, Gulf chat): "ba3d el kobry awel shar3 yemeen, el 3omara el tanya"
  {
    relations: ["ba3d", "wara", "odam", "2odam", "gamb", "ganb", "fo2", "ta7t", "3and", "2abl", "abl"],
    turns: ["yemeen", "yemin", "yamin", "shemal", "shmal", "yasar", "3ala tool", "3la tool", "dogri"],
    homes: ["3omara", "el 3omara", "beit", "bet", "el bab", "bawaba", "el dor", "shar3", "sha2a", "villa"],
  },
  // Bengali: "bazar theke dan e, pukur er pashe tin tola bari"
  {
    relations: ["theke", "er pashe", "er pichone", "er pichhone", "er samne", "er pore", "er opore", "er niche", "er kache"],
    turns: ["dan e", "dane", "dan dike", "bam e", "bame", "bam dike", "soja"],
    homes: ["bari", "barir", "basha", "gate ta", "goli", "tola"],
  },
  // Sinhala: "pansala pahu karala dakunata harenna, kaha pata gedara"
  {
    relations: ["pahu karala", "langa", "langin", "issarahin", "pitipassen", "ga"],
    turns: ["dakunata", "wamata", "kelinma", "harenna"],
    homes: ["gedara", "gedera", "gate eka", "nivasa"],
  },
  // Swahili: "baada ya msikiti kulia, nyumba ya pili, geti la bluu"
  {
    relations: ["baada ya", "karibu na", "nyuma ya", "mbele ya", "pembeni ya", "kando ya", "jirani na"],
    turns: ["kulia", "kushoto", "moja kwa moja", "kona ya"],
    homes: ["nyumba", "geti", "ghorofa", "kibanda"],
  },
];

/** A noise or a mishap in those languages: where the car does something, not the way home. */
const ROMANISED_ELSEWHERE = new RegExp(skeletonAlternation(["awaj", "awaaz", "shobdo", "sot", "sawt", "sadde", "saddaya", "kelele", "sauti", "imeharibika", "noshto", "kharab", "3otl"]), "i");

const said = (words: readonly string[]): RegExp => new RegExp(String.raw`\b(?:${skeletonAlternation(words)})\b`, "i");

export const LANDMARK_ROUTE_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS",
    // Every route holds a PLACE or a TURN: the pattern is tried where one opens (each opens on a word, so it is
    // anchored), and the sentence is read whole in `aRoute`.
    re: new RegExp(String.raw`${PLACE}|\b${TOLD_WAY}|${COUNTED_TURN}`, "gi"),
    accept: aRoute,
    span: routeSpan,
  },
  ...ROMANISED.map(({ relations, turns, homes }): Pattern => {
    const [relation, turn, home] = [said(relations), said(turns), said(homes)];
    return {
      kind: "ADDRESS",
      re: new RegExp(turn.source, "gi"),
      accept: (m, text) => {
        const [start, end] = sentenceOf(m);
        const sentence = text.slice(start, end);
        return relation.test(sentence) && home.test(sentence) && !ROMANISED_ELSEWHERE.test(sentence) && text[end] !== "?";
      },
      span: sentenceOf,
    };
  }),
];

/**
 * The one to ask for at the end of the way, said in the sentence after it (round 34): "Behind Sharma Sweets, gali no. 4, second
 * floor. Ask anyone for Pappu mechanic", "... portón verde. Pregunta por Don Chuy", "... Frag nach Kalle": the name finds the
 * home as the way does. English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Indonesian, Tagalog, Hinglish.
 */
const ASK_FOR_NEXT =
  /^[\s.!?,;:—–-]*(?:(?:and|then|just|y|e|et|und|en|i|tapos)\s+)?(?:ask\s+(?:(?:anyone|anybody|around|people|the\s+locals|someone|somebody)\s+)?(?:for|after)|pregunt(?:a|e|en|ar)(?:le)?\s+(?:(?:a\s+)?(?:cualquiera|quien\s+sea|los\s+vecinos)\s+)?por|pergunt(?:a|e|ar)\s+(?:(?:a\s+)?(?:qualquer\s+um|qualquer\s+pessoa|os\s+vizinhos)\s+)?(?:pelo|pela|por)|demande(?:z|r)?\s+(?:(?:a\s+)?(?:n['’]importe\s+qui|quelqu['’]un|les\s+voisins)\s+)?(?:apres|pour)|frag(?:en\s+sie|t)?\s+(?:(?:einfach|irgendwen|jeden)\s+)?nach|chied(?:i|ete)\s+(?:(?:a\s+)?(?:chiunque|qualcuno)\s+)?(?:di|per)|vraag\s+(?:(?:iemand|maar)\s+)?naar|(?:za)?pytaj(?:cie)?\s+(?:(?:kogokolwiek|kogos|sasiadow)\s+)?o|tanya(?:kan)?\s+(?:(?:aja|saja|orang|siapa\s+saja)\s+)?(?:rumah\s+)?|(?:itanong|hanapin)\s+(?:(?:mo|nyo)\s+)?(?:lang\s+)?(?:si|kay|ang\s+bahay\s+ni)|kisi\s+se\s+bhi\s+(?:pooch|puchh|puch)\w*)\s+[^.!?\n]{2,40}/i;

/**
 * Extends a way told (an ADDRESS hit) over the sentence right after it that names the one to ask for there (`ASK_FOR_NEXT`).
 */
export function extendWaysToTheOneAskedFor(text: string, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "ADDRESS") continue;
    const next = ASK_FOR_NEXT.exec(text.slice(h.end, h.end + 160));
    if (next) h.end += next[0].length;
  }
}
