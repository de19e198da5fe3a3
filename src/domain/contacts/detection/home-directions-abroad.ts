/**
 * Directions to a home or a private yard in Spanish, Portuguese, French, German and Italian (issue
 * 13, round 21), the same three-part intent home-directions.ts reads in English, each part an open
 * class of its language (the text is normalised, so words are written without accents):
 *
 *   WHERE   a relation to a landmark and the landmark's article or name: "detras del Mercadona",
 *           "despues de la Shell", "ao lado da farmacia", "apres le rond-point", "hinter dem Lidl",
 *           "dopo il distributore", "pasas la YPF"
 *   WHICH   the place told apart from its neighbours: a gate or a building and its colour in either
 *           order ("el porton verde", "das graue Tor", "le portail vert", "il capannone giallo"), the
 *           corner house or the house with something ("la casa de la esquina", "die Halle mit dem ...")
 *   WHOSE   the sender's own place or a way told to the reader: "mi galpon", "estoy en", "j'habite",
 *           "bei mir", "abito"; a route or a call at the door ("sales de", "prendi a destra", "rechts
 *           rein", "toca fuerte", "einfach klingeln", "venez", "pode vir")
 *
 * All three in one sentence (commas do not end it) make the sentence an ADDRESS. A car parked behind
 * a supermarket beside a green gate (nobody's home, no way told), a noise that starts after the
 * roundabout, or a grey car door stay innocent: a car's door is no gate, and WHOSE is missing.
 */
import { negatedBefore, type Pattern, sentenceOf } from "./context.ts";

/** An article that opens the landmark after a relation. */
const ARTICLE = String.raw`(?:(?:la|las|los|el|o|a|os|as|le|les|dem|der|den|die|das|il|lo|gli|i|un|une|uno|una|um|uma|einem|einer)\s+|l['’])`;

/** A relation to a landmark in one of the five languages, with its preposition or contraction. */
const RELATION = String.raw`(?:(?:detras|despues|al\s+lado|enfrente|cerca)\s+del?|(?:frente|junto)\s+al?|pasas|pasando|(?:atras|depois|ao\s+lado|perto|em\s+frente)\s+d[eoa]s?|em\s+frente\s+ao?|passando|apres|derriere|(?:a\s+cote|en\s+face|pres)\s+(?:du|des|de|d['’])|hinter|neben|gegenuber|nach|dopo|dietro|(?:accanto|di\s+fronte|davanti|vicino)\s+(?:a|al|alla|allo|all['’]))`;

/** WHERE: the relation followed by the landmark it counts from. */
const WHERE = new RegExp(String.raw`\b${RELATION}(?:\s+|(?<=['’]))${ARTICLE}?[\p{L}-]{2,}`, "giu");

/** Gates, doors of a yard, and buildings a home or a private yard is told apart by; never a car's door. */
const BUILDING = String.raw`(?:porton|portones|reja|galpon|nave|chalet|casa|cochera|tapia|portao|galpao|muro|sobrado|barracao|portail|hangar|grange|maison|pavillon|tor|hoftor|haus|halle|scheune|schuppen|zaun|cancello|portone|capannone|villetta|casetta)`;

/** Colours and materials in the five languages, with their gender and case endings. */
const COLOUR = String.raw`(?:verdes?|negr[oa]s?|blanc[oa]s?|roj[oa]s?|azul(?:es)?|amarill[oa]s?|gris(?:es)?|marron|naranja|rosad?[oa]?|pret[oa]s?|branc[oa]s?|vermelh[oa]s?|amarel[oa]s?|cinza|marrom|vert|verte|noire?|blanc|blanche|rouge|bleue?|jaune|grise?|graue?[nmrs]?|grune?[nmrs]?|rote?[nmrs]?|wei(?:ss|ß)e?[nmrs]?|schwarze?[nmrs]?|blaue?[nmrs]?|gelbe?[nmrs]?|braune?[nmrs]?|ner[oa]|bianc[oa]|ross[oa]|giall[oa]|grigi[oa]|blu|azzurr[oa]|marrone|de\s+(?:madera|hierro|chapa|madeira|ferro)|en\s+bois|di\s+legno)`;

/** WHICH: the place told apart, by its colour either side of it, or as the corner one or the one with something. */
const WHICH = new RegExp(
  String.raw`\b(?:${BUILDING}\s+${COLOUR}|${COLOUR}\s+${BUILDING})\b|\b(?:casa|maison|haus|halle|galpon|galpao)\s+(?:de\s+la\s+esquina|da\s+esquina|du\s+coin|an\s+der\s+ecke|all'angolo|d'angolo|con\s+(?:el|la|los|las|il|la)|com\s+(?:o|a|os|as)|avec\s+(?:le|la|les|l')|mit\s+(?:dem|der|den))\b`,
  "iu",
);

/**
 * WHOSE: the sender's own place ("mi galpon", "chez moi", "bei uns", "casa mia"), the sender living
 * or staying there ("estoy en", "moro", "j'habite", "ich wohne", "abito"), or the way told to the
 * reader as a route or a call at the door ("sales de", "vira a direita", "tournez", "rechts rein",
 * "prendi", "toca", "klingeln", "venez", "pasate").
 */
const WHOSE = new RegExp(
  String.raw`\b(?:(?:mi|nuestr[oa]|minha|meu|nossa|nosso|mon|ma|notre|mein|meine|unser|unsere)\s+(?:casa|galpon|galpao|taller|oficina|cochera|garaje|garagem|quinta|finca|sitio|atelier|maison|garage|haus|halle|werkstatt|wohnung|hof)|casa\s+mia|da\s+me|chez\s+(?:moi|nous)|bei\s+(?:mir|uns)|(?:estoy|estamos|vivo|vivimos|moro|moramos|estou|fico|j'habite|on\s+habite|nous\s+habitons|je\s+suis|ich\s+wohne|wir\s+wohnen|abito|abitiamo|sto|siamo)\s+(?:en|no|na|em|a|au|a\s+la|in|al|alla|dietro|hinter|neben|juste|justo|\p{Lu})|(?:sales|sali|sal|gira|giras|dobla|doblas|toma|tomas|segui|sigue|entra|entras|veni|ven|vente|pasate|toca|toques|sai|vira|vire|segue|siga|pega|entre|vem|venha|pode\s+vir|bate|tournez|tourne|prenez|prends|continuez|entrez|venez|viens|sonnez|sonne|passez|fahr|fahrt|bieg|biegen|komm|kommen\s+sie|klingeln|klingel|prendi|prenda|giri|svolta|svolti|entri|vieni|venga|suona|suonare)\b|(?:rechts|links)\s+(?:rein|ab|einbiegen)|\bc'est\s+(?:juste\s+)?(?:apres|derriere|a\s+cote|en\s+face))`,
  "iu",
);

/** The sentence holding a WHERE match also holds WHICH and WHOSE, and nothing negates the way. */
function toAPlace(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceOf(m);
  const sentence = text.slice(start, end);
  return WHICH.test(sentence) && WHOSE.test(sentence) && !negatedBefore(text, m.index);
}

export const HOME_DIRECTION_ABROAD_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS",
    re: WHERE,
    gate: WHICH,
    accept: toAPlace,
    span: sentenceOf,
  },
];
