/**
 * Where someone lives or keeps the car, given as a rural or administrative address rather than a
 * street and a house number (issue 13, round 31). Most of the world's rural homes have no street
 * number: a place is told as a chain of the units it sits in, each named by its own label. The
 * street rules (address.ts, streets-abroad.ts, numbered-premises.ts) read none of these, so this is
 * a grammar of labelled units:
 *
 *   1. UNIT-CHAIN: two or more labelled units in a row: "Purok 3, Brgy. Lumbangan", "Village
 *      Khanpur, Tehsil Garhmukteshwar", "RT 03/RW 05, Desa Sukamaju, Kec. Cibinong", "Concession 6,
 *      lot 19", "gård nr 42, bruk nr 7", "Çamlık Mahallesi, Kavak Köyü", "Ejido El Porvenir, Mpio.
 *      de Ahome", "RR 2, Site 5". A label is a country's word for its unit (purok, barangay, sitio,
 *      tehsil, desa, kecamatan, kampung, concession, lieu-dit, colonia, fazenda, mahalle, ...); its
 *      value a number or a capitalised name.
 *   2. ESTATE-AT-KM: a farm or estate by name and the kilometre of the road it stands on: "Quinta
 *      Los Nogales, km 14 carretera a Ensenada", "Fazenda Boa Vista, km 32 da BR-262".
 *   3. PARK-PITCH: a numbered pitch or plot in a caravan, holiday or mobile-home park: "pitch C22 at
 *      the Loch Lomond holiday park", "Stellplatz 14 auf dem Campingplatz Seeblick".
 *   4. ERF: a South African erf number: "Erf 2231, Vryburg".
 *   5. TOWNLAND (round 34): an Irish townland, town and county, claimed or its farm told apart: "we're out at Carrowbeg,
 *      Westport, Co. Mayo".
 *   6. ESTATE-ON-ROAD (round 34): a farm and its numbered road: "farm Rooikrans on the R62 between Oudtshoorn and Calitzdorp".
 *   7. UNIT-POSTCODE (round 34): one unit below the district with its postcode and town: "lieu-dit Les Granges, 24200 Sarlat".
 *
 * One unit alone is an area, not where to find anyone ("I drove up from Batangas", "my cousin in
 * Hapur district", "died at km 42 on the A7"), and is not read. A chain must hold two different
 * labels, one of them below the district ("Kec. Cibinong, Kab. Bogor" is a region named in
 * passing, "lot 4, lot 5" an order), no office named by a unit's word ("District Magistrate,
 * Village Panchayat"), and not go on as a list ("..., Fazenda Nova and Quinta ... are on the
 * tour"). A chain in a refusal, a reported story, a breakdown or a stay told, where one comes from,
 * a question whether it may go in the app's form, or said of the booked workshop's own place stays
 * innocent. Words with other senses ("a lot of work", "the plot of the film", "colonia" as cologne)
 * never carry a number or a capitalised name in a second labelled unit, so the chain keeps them out.
 */
import { after, before, caseless, negatedBefore, type Pattern, sentenceText } from "./context.ts";
import { unicodeSkeleton } from "./normalise.ts";

/** An Arabic word as normalised: Arabic letters and the "l" and "o" the skeleton folds alef and heh to, at least one Arabic. */
const ARABIC_WORD = String.raw`(?=[lo]*\p{Script=Arabic})[\p{Script=Arabic}lo]{2,}`;
/** A capitalised name of one to three words, with the small linking words of place names between ("San Isidro", "do Cerne", "de la Cruz"). */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|de la|do|da|dos|das|di|della|van|der|ng|sa|e|y)\s+)?\p{Lu}[\p{L}'’-]*){0,2}|${ARABIC_WORD}(?:\s+${ARABIC_WORD}){0,2})`;
/** A unit's number: "3", "03", "19A", "C22". */
const NUMBER = String.raw`(?:no\.?\s*|nr\.?\s*|#\s*)?\p{Lu}?\d{1,5}\p{Lu}?`;

/** Arabic labels as the normaliser renders them (its skeleton writes alef as "l"): village, hamlet, estate, governorate, quarter (not "markaz", a district centre and any service centre). */
const ARABIC_LABELS = unicodeSkeleton("قرية|عزبة|نجع|محافظة|حي|ناحية").text;

/** Labels written before a name or a number, by country. Abbreviations end in an optional full stop. */
const LABEL_BEFORE_ANY = [
  // Philippines
  "purok|barangay|brgy\\.?|bgy\\.?|brg\\.?|sitio",
  // India, Pakistan, Sri Lanka, Bangladesh
  "village\\s*(?:&|and)\\s*p\\.?\\s*o\\.?|village|vill\\.?|vpo|gram|gaon|gaun|pind|tehsil|teh\\.?|tahsil|taluka|taluk|tq\\.?|mandal|panchayat|district|dist\\.?|distt\\.?|zila|zilla|p\\.o\\.|post office|mouza|mauza|chak|ward",
  // Vietnam (with and without the marks the normaliser strips)
  "thôn|thon|ấp|ap|xã|xa|huyện|huyen|quận|quan|phường|phuong|tỉnh|tinh",
  // Poland, Germany, the Netherlands
  "wieś|wies|kolonia|przysiółek|przysiolek|sołectwo|solectwo|gmina|gm\\.|powiat|pow\\.|ortsteil|weiler|gehöft|gehoft|gemeinde|buurtschap|gehucht|gemeente",
  // Arabic: village, hamlet, estate, governorate, quarter
  ARABIC_LABELS,
  // Indonesia, Malaysia
  "desa|kelurahan|kel\\.|kecamatan|kec\\.|kabupaten|kab\\.|dusun|kampung|kg\\.|kpg\\.|mukim|felda",
  // Canada, US, UK rural routes
  "concession|conc\\.|township|twp\\.?|rural route|rr|site|comp",
  // Norway
  "gård(?:s)?(?:\\s*(?:nr\\.?|nummer))?|gard(?:s)?(?:\\s*(?:nr\\.?|nummer))|gnr\\.?|bruk(?:s)?(?:\\s*(?:nr\\.?|nummer))|bnr\\.?",
  // France
  "lieu-dit|lieudit|hameau|chemin rural|ch\\. rural",
  // Mexico, Latin America, Spain
  "manzana|mza?\\.?|lte?\\.?|fraccionamiento|fracc?\\.|colonia|col\\.|ejido|rancho|ranchería|rancheria|municipio|mpio\\.|parcela|lote|vereda|corregimiento|paraje|aldea|caserío|caserio|pedanía|pedania|barrio|finca|hacienda|quinta|estancia|granja|chacra",
  // Brazil, Portugal
  "sítio|fazenda|faz\\.|chácara|chacara|estrada|povoado|distrito|freguesia|aldeia",
  // Italy
  "frazione|fraz\\.|località|localita|contrada|c\\.da",
  // Turkey (the prefix forms)
  "mahalle|mah\\.|köy|koy|mevki",
  // South Africa, caravan parks, plots
  "erf|stand|plot|pitch|lot",
].join("|");

/** Labels that take only a number after them, being everyday words before a name ("Lot Street", "Site Manager", "Stand Alone"). */
const NUMBER_ONLY = /^(?:lot|plot|pitch|stand|site|comp|rr|erf|lote|parcela|manzana|mza?\b|lte?\b|gnr\.?|bnr\.?|gård|gard|bruk|concession|conc\.)/i;

/** Labels that take only a name after them, being units or words with a number ("kg 20" a weight, "gram 500", "Col. 3" a column). */
const NAME_ONLY = /^(?:kg|kpg|gram|col|colonia|rancho|quinta|finca|estrada|village|vill|gaon|pind)\b/i;

/** Labels written after a name: "Kavak Köyü", "Çamlık Mahallesi", "Khanpur village", "Hapur district". */
// Round 34: a settlement scheme's zone or colony ("Lot 4, Mahaweli H zone", Sri Lanka's irrigation settlements; "Kaptai Colony").
const LABEL_AFTER = "köyü|köy|koyu|koy|mahallesi|mah\\.|mevkii|mevkisi|village|tehsil|taluka|district|barangay|kommune|zone|colony";

/** One labelled unit: a label and its value, or a name and its label. */
const UNIT = String.raw`(?:(?<![\p{L}])(?<pre>${caseless(LABEL_BEFORE_ANY)})\s*(?:${NUMBER}(?![\p{L}\d])|(?:(?:de|de la|del|du|des|do|da|dos|das|di)\s+|d['’])?${NAME})|${NAME}\s+(?<post>${caseless(LABEL_AFTER)})(?![\p{L}]))`;
const UNIT_RE = new RegExp(`^${UNIT}`, "u");
/** The chain's pattern: the same units with their groups dropped (one alternation may not name a group twice). */
const UNIT_PLAIN = UNIT.replace(/\(\?<(?:pre|post)>/g, "(?:");
const SEPARATOR = String.raw`(?:\s*[,;/–—،-]\s*|\s+)`;

/**
 * The booked workshop's own place or a business's, not a home: "your workshop is in", "my
 * mechanic's garage is at", "the parts warehouse is in", "shipped from", "the tow truck came from".
 */
const WORKSHOP_BEFORE =
  /(?:\b(?:your|the|ur|their|his|her|my|our|\w+['’]s)\s+(?:(?:parts|mechanic['’]?s?|repair)\s+)?(?:work\s?shop|garage|shop|taller|oficina|officina|bengkel|talyer|werkstatt|atelier|servis|service centre|service center|warehouse|store|dealer(?:ship)?|depot|supplier|seller)\b[^.!?\n]{0,40}|\b(?:ship(?:s|ped)?|sent|posted|dispatched|delivered|came|comes|coming)\s+from\s*)$/i;
/**
 * A past stay, a home left, a breakdown or a trip told, or where one comes from: "we stayed at",
 * "grew up in", "my hometown is", "saya dari", "galing ako sa", "broke down at", "se averió en".
 */
const STORY_BEFORE =
  /(?:\b(?:stayed|camped|grew up|used to live|lived|holidayed|visited|went to|were on|was on|last (?:year|summer|week|month)|years ago|home ?town|native place|born in|kampung halaman|lahir di|ipinanganak sa|broke down|breaks? down|died|stalled|crashed|towed|averi[óo]|se qued[óo]|quebrou|pifou|en panne|liegen geblieben|mogok|rosak|nasiraan|tumirik|bozuldu|arızalandı)\b|\b(?:i'?m|i am|we'?re|we are|saya|aku|kami|ako|main|hum|originally)\s+(?:originally\s+)?(?:from|dari|taga|se)\s*$|\bgaling\s+(?:ako|kami)\s+sa\s*$)[^.!?\n]{0,60}$/i;
/** A question whether the place may be written in the app: "is it ok to write ... as my address?", "can I put ... in the field?". */
const FORM_QUESTION = /\b(?:(?:can|may|should|do)\s+i\s+(?:put|write|use|enter|type|list)|is\s+it\s+ok(?:ay)?\s+to\s+(?:write|put|use|enter))\b[^.!?\n]{0,60}$/i;

/**
 * Labels of areas above a home: a district, a sub-district, a municipality, a post office's area.
 * A chain of these alone names a region in passing ("flooding in Kec. Cibinong, Kab. Bogor", "the
 * plates are Tehsil Safidon, District Jind"); an address holds a unit a home is found in.
 */
export const AREA_LABELS: ReadonlySet<string> = new Set(
  `barangay brgy bgy brg tehsil teh tahsil taluka taluk tq mandal panchayat district dist distt zila zilla p.o post kecamatan kec kabupaten kab mukim township twp municipio mpio distrito freguesia kommune colonia col ward huyện huyen quận quan phường phuong tỉnh tinh gmina gm powiat pow gemeinde gemeente barrio ${unicodeSkeleton("محافظة حي ناحية").text}`.split(
    " ",
  ),
);

/** A label's key: lower case, its first word, without a final full stop ("Brgy." and "brgy" are one, "gård nr" is "gård"). */
const labelKey = (label: string): string => label.toLowerCase().split(/\s+/)[0]!.replace(/\.$/, "");

/**
 * Offices and people named by a unit's word, not places: "District Magistrate", "Village Panchayat",
 * "Purok Leader", "Barangay Captain", "Tehsil Office", "the District Line".
 */
const NOT_A_PLACE =
  /^(?:magistrate|collector|commissioner|office|officer|court|council|panchayat|leader|captain|chairman|chief|head|hall|line|attorney|manager|police|hospital|school|station|road|market|clerk|secretary|kagawad|tanod|health|kantor|camat|bupati|lurah|kades|mayor|presidente|delegado|comisario|muhtar|muhtarlığı|belediye|meclis)$/i;

/**
 * Whether the chain is a place to find someone: every unit a label with a value it may take (a
 * number-only label with a number, a name that is no office), two different labels (not "lot 4,
 * lot 5" of an auction or a parts order), and one of them a unit a home is found in, not only areas.
 */
function unitsFit(chain: string): boolean {
  let rest = chain;
  const keys = new Set<string>();
  while (rest.length > 0) {
    const m = UNIT_RE.exec(rest);
    const key = m ? fittingLabel(m) : null;
    if (!m || key === null) return false;
    keys.add(key);
    rest = rest.slice(m[0].length).replace(/^(?:\s*[,;/–—،-]\s*|\s+)/, "");
  }
  return keys.size >= 2 && [...keys].some((k) => !AREA_LABELS.has(k));
}

/** The key of a unit's label (`UNIT_RE`'s match) when the label takes the value it has (a number or a name that is no office), else null. */
function fittingLabel(m: RegExpExecArray): string | null {
  const unit = m[0];
  if (NUMBER_ONLY.test(unit) && !/\d/.test(unit)) return null;
  if (NAME_ONLY.test(unit) && /\d/.test(unit)) return null;
  const label = m.groups!["pre"] ?? m.groups!["post"] ?? "";
  const value = m.groups!["pre"] ? unit.slice(label.length).trim() : unit.slice(0, unit.length - label.length).trim();
  return value.split(/\s+/).some((w) => NOT_A_PLACE.test(w)) ? null : labelKey(label);
}

/** One unit below the district (`fittingLabel`, not an area's) opening `text`: the unit a postcode and town follow in UNIT-POSTCODE. */
function homeUnitOpens(text: string): boolean {
  const m = UNIT_RE.exec(text);
  const key = m ? fittingLabel(m) : null;
  return key !== null && !AREA_LABELS.has(key);
}

/**
 * Units listed or described, not given as where to go: a list going on ("..., Fazenda Nova and
 * Quinta da Boa Vista are on the tour"), a plural verb ("... were the two bars"), or the numbers
 * named as things ("stand 4, plot 3 numbers are on the invoice").
 */
const LISTED_AFTER =
  /^\s*,?\s*(?:(?:and|&|or|y|e|et|und|ou|dan|ve)\s+\p{Lu}|(?:are|were|sind|waren|son|eran|são|eram|sont|étaient|sono|erano|adalah|ay|numbers?|codes?|nos?\.?|names?|tags?|labels?|fees?|stickers?|signs?|fields?)\b)/u;

/** The same story told after the place: "... last summer", "... years ago", "back in 2019". */
const STORY_AFTER = /^[^.!?\n]{0,40}\b(?:last (?:year|summer|week|month|time)|years ago|back in (?:19|20)\d\d|when I was|used to|rehta tha|rehti thi|rehte the|dati|früher|eskiden|autrefois)\b/i;

const acceptPlace = (m: RegExpExecArray, text: string): boolean =>
  !negatedBefore(text, m.index) &&
  !WORKSHOP_BEFORE.test(before(text, m, 80)) &&
  !STORY_BEFORE.test(before(text, m, 80)) &&
  !STORY_AFTER.test(after(text, m, 60)) &&
  !(FORM_QUESTION.test(before(text, m, 80)) && /^[^.!\n]*\?/.test(after(text, m, 120)));

/** A farm or estate named: the words of countries where a rural home is known by its estate's name. */
const ESTATE = caseless("quinta|finca|rancho|hacienda|estancia|granja|chacra|fazenda|sítio|sitio|chácara|chacara|fattoria|cascina|masseria|podere|tenuta|ferme|domaine|farm|ranch|çiftlik|çiftliği");
const KM = String.raw`(?:${caseless("km|kilómetro|kilometro|quilômetro|quilometro|kilometre|kilometer")})\.?\s*\d{1,3}(?:[.,+]\d{1,3})?(?![\d])`;
const ROAD = caseless("carretera|ctra\\.|rodovia|estrada|ruta|route|road|highway|hwy|strada|autopista|libramiento|camino|karayolu|yolu");

/** Parks where people live or keep a caravan; a pitch number in one is where to find them. */
const PARK = String.raw`(?:(?:${caseless("holiday|caravan|camping|trailer|mobile home|static|rv|leisure|touring")})\s+(?:${caseless("park|site|village")})|${caseless("campsite|camp site|campground|campingplatz|camping-car|kamp alanı|kamp")}|${caseless("camping")}(?!\s+${caseless("world")}))(?![\p{L}])`;
const PITCH = String.raw`(?:${caseless("pitch|plot|stand|emplacement|stellplatz|standplatz|parzelle|parcela|piazzola|standplaats|kavel|site|pad")})`;

/** A unit's label somewhere in the text: the gate of the rules that read labelled units (UNIT-CHAIN, UNIT-POSTCODE). */
// Not "lt", "zone" or "colony": a chain holding them holds another label first ("Mz 12 Lt 4", "Lot 4, Mahaweli H zone"), and
// "5 lt of oil" or a "crumple zone" would run the chain's expression for nothing.
const LABEL_SAID = new RegExp(`(?<![\\p{L}])(?:${caseless(LABEL_BEFORE_ANY.replace("|lte?\\.?", ""))}|${caseless(LABEL_AFTER.replace("|zone|colony", ""))})(?![\\p{L}])`, "u");

/** A car park's or an airport's zones and lots ("lot 4, Green Zone", "Short Stay Zone"): no settlement. */
const PARKING = /\b(?:park(?:ed|ing)?|car\s*park|airport|terminal|garage|multi[\s-]?stor\w*|level)\b/i;

/**
 * An Irish rural address (round 34): a townland, maybe its town, and the county, with no street or number ("Carrowbeg,
 * Westport, Co. Mayo"). Places and a county are also where a trip went, so the sender must claim it ("we're out at", "I
 * live in", "come out to") or tell the home apart after it ("the farm with the green shed").
 */
const TOWNLAND = new RegExp(String.raw`(?<![\p{L}])${NAME}\s*,\s*(?:${NAME}\s*,\s*)?(?:Co\.?|County)\s+\p{Lu}\p{Ll}{2,}`, "gu");
const CLAIMED_BEFORE =
  /\b(?:(?:we['’]?re|we\s+are|i['’]?m|im|i\s+am)\s+(?:out\s+|up\s+|down\s+|based\s+|located\s+)?(?:at|in|near)|(?:i|we)\s+live\s+(?:at|in|near|out\s+(?:at|in))|address\s+is|come\s+(?:out\s+|up\s+|down\s+)?to|find\s+(?:us|me)\s+(?:at|in))\s*$/i;
const HOME_TOLD_APART_AFTER = /^\s*[,-]?\s*(?:the|our|my)\s+(?:farm|house|cottage|bungalow|place|yard|farmhouse|home)\s+(?:with|beside|next\s+to|opposite|behind|past|after|by)\b/i;

/**
 * A farm by name and the numbered road it stands on (round 34): "farm Rooikrans on the R62 between Oudtshoorn and Calitzdorp",
 * "Fazenda Santa Rita off the BR-116". The road's number tells the farm apart as the kilometre does in ESTATE-AT-KM.
 */
const ESTATE_ON_ROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:${ESTATE})\s+${NAME}\s*,?\s*(?:on|off|along|just\s+off|by)\s+(?:the\s+)?(?:\p{Lu}{1,2}-?\d{1,4}|(?:${ROAD})\s*\d{1,4})(?![\p{L}\d])(?:\s+between\s+${NAME}\s+and\s+${NAME})?`,
  "gu",
);

export const RURAL_ADDRESS_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS", // 1. UNIT-CHAIN: "Purok 3, Brgy. Lumbangan", "Village Khanpur, Tehsil Garhmukteshwar"
    re: new RegExp(`${UNIT_PLAIN}(?:${SEPARATOR}${UNIT_PLAIN})+`, "gu"),
    accept: (m, text) => unitsFit(m[0]) && !LISTED_AFTER.test(after(text, m, 30)) && acceptPlace(m, text) && !(/\bzone\b/i.test(m[0]) && PARKING.test(sentenceText(text, m))),
    gate: LABEL_SAID,
  },
  {
    kind: "ADDRESS", // 2. ESTATE-AT-KM: "Quinta Los Nogales, km 14 carretera a Ensenada"
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${ESTATE})\s+${NAME}\s*,?\s*(?:\p{Ll}{1,4}\s+){0,2}${KM}\s*(?:\p{Ll}{1,5}\s+){0,2}(?:(?:${ROAD})\s*(?:\p{Ll}{1,3}\s+)?(?:${NAME}|\p{Lu}{1,3}-?\d{1,4})|\p{Lu}{1,3}-?\d{1,4})|(?<![\p{L}])${KM}\s*(?:\p{Ll}{1,5}\s+){0,2}(?:${ROAD})\s*(?:\p{Ll}{1,3}\s+)?(?:${NAME}|\p{Lu}{1,3}-?\d{1,4})\s*,\s*(?:${ESTATE})\s+${NAME}`,
      "gu",
    ),
    accept: acceptPlace,
    gate: /\bk(?:m|il[oó]m)|quil[oô]m/i,
  },
  {
    kind: "ADDRESS", // 3. PARK-PITCH: "pitch C22 at the Loch Lomond holiday park"
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${PITCH})\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\p{L}?\d{1,4}\p{L}?(?![\p{L}\d])\s*,?\s*(?:(?:at|in|on|of|auf|im|am|au|du|en|no|na|del|al|nel|op|w)\s+)?(?:(?:the|dem|le|la|el|o|a|il|het|de)\s+)?(?:${NAME}\s+)?${PARK}(?:\s+${NAME})?`,
      "gu",
    ),
    accept: acceptPlace,
    gate: /park|camp|kamp/i,
  },
  {
    kind: "ADDRESS", // 4. ERF: "Erf 2231, Vryburg"
    re: new RegExp(String.raw`(?<![\p{L}])${caseless("erf")}\s*(?:no\.?\s*|nr\.?\s*|number\s*)?\d{2,6}(?![\p{L}\d])`, "gu"),
    accept: acceptPlace,
    gate: /\berf/i,
  },
  {
    kind: "ADDRESS", // 5. TOWNLAND: "we're out at Carrowbeg, Westport, Co. Mayo, the farm with the green shed"
    re: TOWNLAND,
    accept: (m, text) => (CLAIMED_BEFORE.test(before(text, m, 40)) || HOME_TOLD_APART_AFTER.test(after(text, m, 40))) && acceptPlace(m, text),
    gate: /\b(?:Co\.?|County)\s+\p{Lu}/u,
  },
  {
    kind: "ADDRESS", // 6. ESTATE-ON-ROAD: "farm Rooikrans on the R62 between Oudtshoorn and Calitzdorp"
    re: ESTATE_ON_ROAD,
    accept: acceptPlace,
    words: [
      "quinta",
      "finca",
      "rancho",
      "hacienda",
      "estancia",
      "granja",
      "chacra",
      "fazenda",
      "sitio",
      "chacara",
      "fattoria",
      "cascina",
      "masseria",
      "podere",
      "tenuta",
      "ferme",
      "domaine",
      "farm",
      "ranch",
    ],
  },
  {
    kind: "ADDRESS", // 7. UNIT-POSTCODE: one labelled unit and the postcode and town it is in, "lieu-dit Les Granges, 24200 Sarlat"
    re: new RegExp(`${UNIT_PLAIN}\\s*,\\s*\\d{4,5}\\s+\\p{Lu}\\p{L}+(?:[\\s-]+\\p{Lu}\\p{L}+)?`, "gu"),
    accept: (m, text) => homeUnitOpens(m[0]) && acceptPlace(m, text),
    // The postcode after a comma: the units' expression is dear, and "a lot of" opens the label gate in most messages.
    gate: /,\s*\d{4,5}\s+\p{Lu}/u,
  },
];
