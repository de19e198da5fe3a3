/**
 * LINK and EMAIL: written addresses are found by linkify-it (markdown-it's link finder: schemes,
 * "www.", bare domains and e-mail addresses, with the full IANA TLD list from the `tlds` package so
 * ".shop" or ".site" count as much as ".com"); spoken and half-written e-mail addresses ("pete AT
 * petesautoworks DOT com", "rick.hollis on gmail", "hotmail: kev_92") by our own patterns, since
 * no library reads them.
 *
 * linkify-it scans with one large alternation over 1,400 TLDs, about 1 ms per 2,000 characters
 * (measured), so it runs only on the whitespace-delimited tokens that could hold an address (a dot
 * between letters, an "@" or "://"): the same result, since neither a URL nor an address contains
 * whitespace, at a fraction of the cost on ordinary chat.
 */
import { domainToASCII } from "node:url";
import { LinkifyIt } from "linkify-it";
import { after, anyWord, before, groupSpan, matchesOf, negatedBefore, type Pattern, sentenceStart } from "./context.ts";
import { isNorthAmericanNumber } from "./phone.ts";
import { TLD_SET, TLDS } from "./tlds.ts";
import type { Hit, Mapped } from "./types.ts";
import { CAR_MAKES, isEnglishWord, isFirstName } from "./vocabulary.ts";

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false, tlds: [...TLDS] });

/** Sites whose links are themselves a way to reach or find a person. */
const SOCIAL_HOSTS =
  /(?:^|\.)(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|tiktok\.com|twitter\.com|x\.com|snapchat\.com|linkedin\.com|threads\.net|pinterest\.com|reddit\.com|discord\.gg|discord\.com|yelp\.com|nextdoor\.com|linktr\.ee|beacons\.ai|bio\.link)$/;
const MESSAGING_HOSTS = /(?:^|\.)(?:wa\.me|whatsapp\.com|t\.me|telegram\.me|m\.me|signal\.me|viber\.com|line\.me|wechat\.com|skype\.com|calendly\.com|zoom\.us)$/;
/** A YouTube page that is a person's channel rather than a video: a handle, not a reference. */
const CHANNEL_PATH = /^\/(?:@|c\/|channel\/|user\/)/;
/** Marketplaces on the allow-list for their listings, whose seller pages are a person's own shop. */
const MARKETPLACE_HOSTS = /(?:^|\.)(?:ebay|amazon|walmart|etsy)\.[a-z.]+$/;
/** A seller's page on a marketplace: "ebay.com/str/dieselparts", "ebay.com/usr/kev92", "amazon.com/shops/x", "?_ssn=kev92". */
const STOREFRONT_PATH = /^\/(?:str|usr|shops?|stores?|sellers?|sp|profile|users?|u|people)(?:\/|$)|[?&](?:_ssn|seller|sid|me)=/i;

/**
 * Words that end a sentence typed without a space after the full stop ("fine.now it rattles",
 * "ok.so", "done.it"): with 1,400 TLDs, many ordinary words are TLDs, so "<common word>.<tld>"
 * without a path or "www." is a typing slip, not a domain.
 */
const COMMON_WORDS = new Set(
  (
    "ok okay so yes yeah yep no nope and but or then now it is its was were be been this that there here thanks thank thx ty lol " +
    "fine good great cool done sure right well also again too too later soon today tomorrow tonight yesterday morning night " +
    "car truck van engine it's one two three time work working works broke broken fixed noise issue problem same more much " +
    "please sorry hi hey hello bye cheers hmm ah oh um anyway though though what why how when where who which all any some " +
    "me you him her us them my your our their new old first last next back home out up down off on in at to for of with " +
    "light lights check codes code test drive car's weird odd bad worse better best fast slow hot cold wet dry"
  ).split(" "),
);
/** TLDs that are also file extensions people mention ("video.mov", "logs.zip"). */
const FILE_TLDS = new Set(["zip", "mov", "sh", "py", "rs", "md", "pl", "so", "ps", "ai", "pm", "bat", "exe", "dll", "mp"]);

/**
 * Public domains that may be linked freely, with all their subdomains, on every deployment: YouTube
 * (repair videos; a channel page still counts as a handle), the NHTSA (recalls), and public
 * references through which nobody can be contacted: vehicle makers' sites (recall and owner pages)
 * and the big parts retailers customers compare prices on.
 */
export const PUBLIC_ALLOWED_DOMAINS: readonly string[] = [
  "youtube.com",
  "youtu.be",
  "nhtsa.gov",
  ...[
    "honda.com",
    "toyota.com",
    "ford.com",
    "chevrolet.com",
    "gm.com",
    "nissanusa.com",
    "hyundaiusa.com",
    "kia.com",
    "subaru.com",
    "mazdausa.com",
    "vw.com",
    "bmwusa.com",
    "mbusa.com",
    "tesla.com",
    "jeep.com",
    "ramtrucks.com",
    "dodge.com",
    "mopar.com",
  ],
  ...["rockauto.com", "autozone.com", "oreillyauto.com", "advanceautoparts.com", "napaonline.com", "partsgeek.com", "carparts.com", "amazon.com", "ebay.com", "walmart.com"],
];

/**
 * Public pages nobody can be reached through, decided by the class of host rather than by a list
 * of the pages people happen to link (issue 13 round 5: links to recall notices, encyclopaedia
 * articles and valuation sites were masked as if they were a person's site):
 *   - public bodies in any country's form: .gov/.mil/.edu/.int, gov.<cc>, gob.<cc>, gouv.<cc>,
 *     govt.<cc>, go.<cc>, ac.<cc>, edu.<cc>, canada.ca, gc.ca, europa.eu;
 *   - reference and consumer-information hosts: encyclopaedias, Q&A and forum hosts, car valuation,
 *     reviews-of-cars, safety and motoring-club sites, search engines, news;
 *   - any carmaker's own site under any country code (toyota.co.uk, ford.ca), like the allow-list;
 *   - a page whose path has the shape of content (a video, a wiki article, a recall page, a forum
 *     thread or article), on any host, unless the sender calls it theirs or a place to book.
 */
const PUBLIC_BODY_HOST = /(?:^|\.)(?:gov|mil|edu|int|(?:gov|gob|gouv|govt|go|ac|edu|mil)\.[a-z]{2}|canada\.ca|gc\.ca|europa\.eu)$/;
const REFERENCE_HOST =
  /(?:^|\.)(?:wikipedia\.org|wikimedia\.org|wikihow\.com|wiktionary\.org|archive\.org|stackexchange\.com|quora\.com|kbb\.com|edmunds\.com|caranddriver\.com|motortrend\.com|consumerreports\.org|carcomplaints\.com|iihs\.org|euroncap\.com|fueleconomy\.gov|adac\.de|which\.co\.uk|theaa\.com|rac\.co\.uk|aaa\.com|caa\.ca|nrma\.com\.au|racv\.com\.au|whatcar\.com|autoexpress\.co\.uk|parkers\.co\.uk|honestjohn\.co\.uk|jdpower\.com|cars\.com|carfax\.com|autoblog\.com|jalopnik\.com|roadandtrack\.com|topgear\.com|vimeo\.com|bing\.com|duckduckgo\.com|bbc\.co\.uk|bbc\.com|cnn\.com|nytimes\.com|reuters\.com|theguardian\.com|apnews\.com|obd-codes\.com|engine-codes\.com)$/;
const CARMAKERS = new Set(
  "honda toyota ford chevrolet chevy gm nissan hyundai kia subaru mazda vw volkswagen bmw mercedes-benz mercedes audi tesla jeep ramtrucks dodge mopar lexus acura volvo porsche mitsubishi suzuki renault peugeot citroen fiat skoda seat opel vauxhall landrover jaguar mini infiniti genesis buick gmc cadillac chrysler lincoln".split(
    " ",
  ),
);
/**
 * Carmakers' own sites whose name is more than the make, by their real registrable label (round 25's review of fp25: a guessed make
 * plus "motors", "cars", "auto" or "owners" is what an independent specialist names its own site, "hondaauto.co.uk", "kia-motors.com").
 */
const MAKER_SITE_LABELS = new Set(
  "mitsubishi-motors mitsubishicars volvocars marutisuzuki hondacarindia mbusa mercedes-benz jaguarlandrover landroverusa alfaromeo alfaromeousa fiatusa miniusa infinitiusa skoda-auto tatamotors mgmotor isuzuute globalsuzuki suzukiauto toyota-europe toyota-global nissan-global subaru-global volkswagen-group volkswagenag renaultgroup stellantis polestar dacia holden mahindra perodua proton ssangyong byd".split(
    " ",
  ),
);
/** The makes a maker's country or group site is named with: `CARMAKERS`, and the chat vocabulary's makes that are no English word or first name ("maruti", not "martin"). */
let makerNames: readonly string[] | null = null;
function makers(): readonly string[] {
  makerNames ??= [...new Set([...CARMAKERS, ...[...CAR_MAKES].filter((w) => w.length >= 3 && !isEnglishWord(w) && !isFirstName(w))])];
  return makerNames;
}
/** A country or group a maker names its regional or corporate site for ("hyundaiusa", "nissan-global", "bmwusa"): no trade's word. */
const MAKER_SITE_REGION = /^-?(?<region>usa|us|uk|canada|australia|india|europe|global|group)$/;
/**
 * The endings a make-and-region site is under: .com, or the region's own country code ("hyundaiindia.in", "nissanuk.co.uk",
 * "toyotaaustralia.com.au"); "hondaus.com.ng" is no maker's (round 25's second review of fp25).
 */
const REGION_ENDING: Readonly<Record<string, RegExp>> = {
  uk: /\.(?:com|co\.uk)$/,
  australia: /\.(?:com|com\.au)$/,
  india: /\.(?:com|in|co\.in)$/,
  canada: /\.(?:com|ca)$/,
};
/**
 * The endings a maker's own site is registered under: .com, a country's second level ("com.au", "co.uk") or a country code, not a
 * generic ending anyone registers on the cheap (.online, .shop, .site, .pro, .club, .info, .net) nor a country code sold as one (bare .co, .io, .me).
 */
const MAKER_SITE_ENDING = /\.(?:com|(?:com?|net|org)\.[a-z]{2}|(?!(?:co|io|me|tv|cc|ws|ly|to|gg|ai|so|sh|fm|am|la|li|vc|gs|nu|st|tk|ml|ga|cf|gq|xyz)$)[a-z]{2})$/;

/**
 * A carmaker's own site by its name beyond the make alone: a real label of one (`MAKER_SITE_LABELS`: "mitsubishi-motors.com.au",
 * "volvocars.com", "marutisuzuki.com") or a make and a country or group (`MAKER_SITE_REGION`: "hyundaiusa.com", "nissan-global.com"),
 * under an ending makers register (`MAKER_SITE_ENDING`; for a region, its own: `REGION_ENDING`). Only the whole label: "toyota-dave" or "hondaguy" is someone's own.
 */
function isMakersOwnSite(host: string): boolean {
  if (!MAKER_SITE_ENDING.test(host)) return false;
  const label = siteLabel(host);
  if (CARMAKERS.has(label) || MAKER_SITE_LABELS.has(label)) return true;
  return makers().some((make) => {
    const region = label.startsWith(make) ? MAKER_SITE_REGION.exec(label.slice(make.length))?.groups?.["region"] : undefined;
    return region !== undefined && (REGION_ENDING[region] ?? /\.com$/).test(host);
  });
}
/**
 * The sender presenting a maker-named site as theirs or as where to go instead of the platform, before or after it ("go to",
 * "that's me", "ask for Dave", "our independent garage site", "cheaper", "pick a slot", "skip the fees", "see you there", "I'm on there", "goes straight to me", "I answer
 * personally", "half what they charge", "enquire").
 */
const MAKER_SITE_PRESENTED =
  /\b(?:go\s+(?:to|on)|head\s+(?:to|over)|pop\s+(?:to|over)|that['’]?s\s+(?:me|us|mine|ours|my|our)|(?:it['’]?s|is)\s+(?:me|us|mine|ours)|ask\s+for|(?:my|our|me|us|i|we)\b[^.!?\n]{0,40}\b(?:site|website|page|garage|shop|workshop|business|run|own)|cheaper|less\s+than|half\s+(?:price|the\s+price)|skip|fees?|cut|slots?|direct|see\s+you|tell\s+(?:him|her|them)|sent\s+you|mention|i['’]?m\s+on\s+there|straight\s+to\s+me|personally|half\s+what|enquir\w*)\b/i;
const CONTENT_PATH = /^\/(?:[\w-]+\/)*?(?:watch|shorts|wiki|recalls?|forums?|threads?|showthread(?:\.php)?|topics?|t|questions|articles?|news|faq|manuals?|tsb|reviews?|check-[\w-]+)(?:[\/?#.]|$)/i;
/** The sender presents the page as theirs or as where to book or pay ("my site", "book at"). */
const OWN_PAGE_BEFORE = /\b(?:my|our|we|we'?re|us|me|book|booking|schedule|order|buy|pay|deposit|contact|message|dm|hmu|visit|find\s+(?:me|us))\b[^.!?\n]{0,30}$/i;

/**
 * Hosts whose pages are a person's or a business's own channel whatever their path: booking,
 * payment, forms, file sharing, maps, classified ads, site builders and link shorteners (beside
 * `SOCIAL_HOSTS` and `MESSAGING_HOSTS`).
 */
const PERSONAL_PAGE_HOST =
  /(?:^|\.)(?:google\.[a-z.]+|goo\.gl|g\.page|forms\.gle|apple\.com|craigslist\.[a-z.]+|gumtree\.[a-z.]+|kijiji\.ca|olx\.[a-z.]+|squareup\.com|square\.site|wixsite\.com|wix\.com|squarespace\.com|godaddysites\.com|weebly\.com|carrd\.co|cal\.com|calendly\.com|setmore\.com|acuityscheduling\.com|housecallpro\.com|joist\.com|booksy\.com|fresha\.com|vagaro\.com|stripe\.com|paypal\.(?:me|com)|venmo\.com|cash\.app|bit\.ly|tinyurl\.com|t\.ly|rebrand\.ly|shorturl\.at|qrco\.de|wa\.link|yelp\.to|linktr\.ee|beacons\.ai|bio\.link|dropbox\.com|onedrive\.live\.com|waze\.com|tally\.so|typeform\.com|jotform\.com|forms\.office\.com|formstack\.com|etsy\.com)$/;
/** Path words of a page to book, pay, ask for a quote or reach someone. */
const PERSONAL_PATH_WORD =
  /(?:^|[\/?#&=_.-])(?:book|booking|bookings|schedule|appointments?|reserve|rdv|termin|cita|quote|rates|pricing|contact|contact-us|about|about-us|pay|invoice|checkout|members?|profile|user|usr|u|str|shops|sellers?|_ssn|maps?|place|forms?|whatsapp|chat)(?:$|[\/?#&=_.-])/i;
/** A file people link to show something: a photo, a video, a document. */
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|heic|mp4|mov|webm|pdf)(?:[?#]|$)/i;
/**
 * The last segment of a deep path that names a piece of content: words joined by "-", "+" or "_"
 * ("wiper-blades", "Toyota+Camry+Brake+Pad"), a numeric id ("12345"), or a page file ("x.html").
 */
const CONTENT_SLUG = /^(?:[a-z0-9]+(?:[-+_][a-z0-9]+)+|\d{3,}|[\w+-]+\.(?:html?|php|aspx?))$/i;

/**
 * A page of content on some site rather than someone's own channel (issue 13 round 6: guides,
 * catalogue and product pages, manuals and photos were masked as personal links): a media file, or
 * a path of at least two segments ending in a content slug, on a host that is no booking, payment,
 * classified-ads or social host, without a word of booking or contact in it.
 */
function isContentPage(host: string, path: string): boolean {
  if (PERSONAL_PAGE_HOST.test(host) || SOCIAL_HOSTS.test(host) || MESSAGING_HOSTS.test(host)) return false;
  const clean = path.replace(/[?#].*$/, "");
  if (PERSONAL_PATH_WORD.test(clean)) return false;
  if (MEDIA_FILE.test(clean)) return true;
  const segments = clean.split("/").filter((x) => x.length > 0);
  // "/en-us/honda/civic": a page about a vehicle, named by its make.
  if (segments.length >= 2 && segments.some((x) => CARMAKERS.has(x.toLowerCase()))) return true;
  return segments.length >= 2 && CONTENT_SLUG.test(segments[segments.length - 1]!);
}

/** The sender presents the page as theirs in so many words ("my site:", "our booking page"). */
const OWN_SITE_BEFORE = /\b(?:my|our)\s+(?:\w+\s+)?(?:site|website|web\s*site|page|shop|store|listing|ad|profile|link|booking|calendar)\b[^.!?\n]{0,20}$/i;

/**
 * A site quoted as the source of something read, found or compared ("I read on X that...", "X says
 * it's worth...", "X shows 2 in stock"): a public page, not a way to reach the sender.
 */
// Also a tool asked about ("do you use alldata.com or identifix?").
const SOURCE_BEFORE =
  /\b(?:(?:read|saw|seen|found|looked|checked|according\s+to|as\s+per|per)\b(?:\s+(?:it|that|this|them|the\s+\w+))?\s+(?:on|at|in|from|to)?|(?:do|did|would)\s+(?:you|u|ya)\s+(?:use|recommend|trust)|(?:have|has)\s+(?:you|u)\s+(?:used|tried)|ever\s+(?:used|tried))\s*$/i;
// "X had it cheaper", "(X) shows a different belt": the site as where something was seen or sold.
const SOURCE_AFTER =
  /^[)\]]?[,]?\s+(?:says|said|shows|showed|lists|listed|reports|reported|rates|rated|claims|recommends|quotes|values|sells|sold|stocks|stocked|(?:had|has)\s+(?:it|them|one|the\s+\w+)\s+(?:cheaper|for\s+(?:less|[$£€]?\d)|in\s+stock))\b/i;

/**
 * A reference document about a car or a part (a guide, a manual, a diagram, a spec or data sheet,
 * a bulletin or recall, instructions, a chart), named as published on the site that follows: "the
 * repair guide on X", "the spec sheet is on X", "found the wiring diagram on the Haynes site, X",
 * "a forum thread about it on X".
 * The site is where the document lives, as a book's publisher is, not a way to reach the sender.
 */
const DOCUMENT = String.raw`(?:guides?|how-?tos?|manuals?|diagrams?|schematics?|spec(?:ification)?s?(?:\s+sheets?)?|data\s*sheets?|bulletins?|tsbs?|recalls?(?:\s+notices?)?|instructions|tutorials?|walk-?throughs?|procedures?|write-?ups?|articles?|charts?|tables?|pdfs?|documentation|catalog(?:ue)?s?|(?:forum\s+)?(?:threads?|posts?)|discussions?)`;
const DOCUMENT_ON_BEFORE = new RegExp(
  String.raw`\b${DOCUMENT}(?:\s+(?:about|for|on|of)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:\s+(?:is|are|was|were)(?:\s+(?:all|also|up|posted|listed|online))?)?\s+(?:on|at|from|in)\s+(?:the\s+(?:[\w&'’-]+\s+){0,2}(?:site|website|page)\s*,?\s*)?$`,
  "i",
);
/**
 * Where the sender bought, paid or compared something, or where a delivery came from ("I got the
 * part from X", "I ordered the pads off X", "I paid through X", "the tyres came from X"): a shop or
 * service the sender used, told in the past, not an address given to reach anyone.
 */
const BOUGHT_FROM_BEFORE =
  /\b(?:i|i'?ve|i\s+have|i\s+just|i\s+already)\s+(?:just\s+|already\s+)?(?:got|bought|ordered|purchased|picked\s+up|paid|compared|checked|tracked)\b(?:[^.,;:!?\n]{0,30}?\s+)?(?:from|off|on|at|through|via|with)\s+$|\b(?:came|arrived|shipped|delivered)\s+(?:from|via|by)\s+$/i;

/** The sender's side or an invitation before the link ("book at", "message me on", "we are on"); "my" and "our" name the sender's account with a company here. */
const REACH_BEFORE = /\b(?:we|we'?re|us|me|book|booking|schedule|order|buy|pay|contact|message|msg|dm|hmu|visit|find|call|text|e-?mail|reach)\b[^.!?\n]*$/i;

/** What a business publishes to sell or be booked (prices, rates, services, reviews): never a reference document. */
const BUSINESS_PAGE_WORD =
  /\b(?:prices?|pricing|rates?|quotes?|menu|services|availability|hours|reviews?|portfolio|specials?|offers?|coupons?|discounts?|bookings?|appointments?|contact)\b[^.!?\n]*$/i;
/**
 * The rest of the message treats the site as the sender's business: its rates, prices, forms or a
 * direct deal ("... has my rates", "the quote form there is cheaper", "scroll to the bottom for the
 * number", "get in touch through the site"). A document or a purchase named with that is a pretext.
 */
const BUSINESS_AFTER =
  /\b(?:my|our)\s+(?:rates?|prices?|number|site|page|shop|business|work)\b|\b(?:rates?|prices?|pricing|quotes?|forms?|direct(?:ly)?|cheaper|discount|\d+\s?%|off\s+the\s+app|the\s+app\s+(?:fee|cut)|get\s+in\s+touch|contact|number|book(?:ing)?|skip\s+the\s+app|through\s+(?:there|the\s+site|it))\b/i;
/** The sender made the document ("I wrote a how-to on X", "I posted the guide on X"): their own page. */
const MADE_BY_SENDER_BEFORE = /\b(?:i|we)\s+(?:just\s+)?(?:wrote|made|posted|put|uploaded|filmed|did|created|published|host|keep)\b[^.!?\n]*$/i;

/** An invitation to reach the sender through the site, after it ("... message me there", "book with us"). */
const REACH_AFTER = /^[^.!?\n]{0,40}\b(?:(?:message|msg|contact|call|text|dm|email|e-mail|ping|book|order|reach|find)\s+(?:me|us)|(?:my|our)\s+(?:site|page|shop|business))\b/i;

/**
 * The sender's own account with a company that repairs nothing (an insurer, a bank or lender, a
 * warranty or breakdown provider): "my insurance claim portal is X", "my bank's app", "my insurer is
 * X", "my breakdown cover is with X". The site is the company's, though the sender calls the account theirs.
 */
const THIRD_PARTY_ACCOUNT_BEFORE =
  /\b(?:my|our)\s+(?:car\s+)?(?:insurance(?:\s+company)?|insurer|bank|lender|finance\s+company|leasing\s+company|lease\s+company|extended\s+warranty|warranty\s+(?:company|provider)|breakdown(?:\s+cover)?|roadside\s+(?:assistance|cover)|recovery\s+cover)(?:['’]s)?(?:\s+(?:(?:claims?|customer|member|policy|online)\s+)?(?:portal|site|website|page|app|account|login))?\s*(?:is|was|'s|:|=|-)?\s*(?:(?:with|through|via|from|by)\s+)?$|\bmy\s+(?:warranty|cover|policy)\s+(?:is\s+|was\s+)?(?:with|through|via|from)\s+$/i;

/**
 * Makers of parts, fluids and tools and publishers of repair manuals and data, whose sites hold the
 * guides, data sheets and diagrams people quote (beside the carmakers of `CARMAKERS`).
 */
export const PUBLISHERS: ReadonlySet<string> = new Set(
  "bosch valvoline castrol mobil shell motul liquimoly liqui-moly pennzoil quakerstate ngk denso brembo ebc mintex ferodo textar pagid akebono wagner raybestos centric powerstop mann mahle fram wix purolator k&n gates dayco contitech continental michelin bridgestone goodyear pirelli dunlop yokohama hankook monroe bilstein strutmasters kyb koni sachs moog trw lemforder febi meyle delphi acdelco motorcraft mopar aisin exedy luk valeo hella osram philips sylvania optima varta yuasa haynes chilton ifixit repairpal youcanic 2carpros fixya alldata alldatadiy mitchell1 identifix autodata prodemand snapon snap-on blueprint permatex loctite wd40 crc stp redline royalpurple amsoil".split(
    " ",
  ),
);
/**
 * A site named for the documents it holds ("tsbsearch.net", "wiringdiagrams.com") or for a forum of
 * owners ("audizine.com", "bimmerfest.com", "fordforums.com"): a library or a forum, not someone's
 * shop. A trade's word ("wiring", "boards") is no such name: "bradswiring.com" is an electrician's.
 */
const DOCUMENT_SITE_WORD = /tsb|manuals?|diagrams?|datasheets?|recalls?|schematics?|workshop-?data|forums?|zine|fest|vortex/;
/**
 * Insurers, banks and lenders, warranty and breakdown providers: words their sites are named with,
 * and the big ones named by brand alone (a sender's account with them is theirs, not the sender's site).
 */
const INSTITUTION_SITE_WORD = /insur|assur|bank|warranty|financ|credit|lending|leasing|mutual|breakdown|roadside/;
const INSTITUTIONS = new Set(
  "progressive geico statefarm allstate libertymutual nationwide usaa esurance metromile lemonade directline admiral aviva axa allianz zurich churchill hastingsdirect hastings ageas comparethemarket gocompare confused moneysupermarket theaa rac greenflag aaa caa chase wellsfargo bankofamerica bofa citi citibank capitalone usbank pnc truist americanexpress amex barclays hsbc lloyds natwest santander halifax monzo revolut starling rbs rbc scotiabank bmo cibc commbank anz westpac nab endurance carshield carchex autoprotect".split(
    " ",
  ),
);
/**
 * Hosts or paths that are a way to reach, follow, book or pay someone: messaging, social, booking and
 * payment hosts, a contact or booking page, and a name after a ".me" host ("revolut.me/brad",
 * "monzo.me/brad": a payment or chat link, whatever company's).
 */
function isReachChannel(host: string, path: string): boolean {
  if (/\.me$/.test(host) && /^\/[^/?#]/.test(path)) return true;
  return PERSONAL_PAGE_HOST.test(host) || SOCIAL_HOSTS.test(host) || MESSAGING_HOSTS.test(host) || PERSONAL_PATH_WORD.test(host) || PERSONAL_PATH_WORD.test(path);
}

/** A single path segment that is no English word ("/bradsbrakes" on a bank's site): a person's page there, not the company's. */
function isNamePath(path: string): boolean {
  const segments = path
    .replace(/[?#].*$/, "")
    .split("/")
    .filter((x) => x.length > 0);
  return segments.length === 1 && !segments[0]!.split(/[-_.]/).every((w) => w.length === 0 || isEnglishWord(w));
}

/** The registrable label of a host, the one before the public suffix ("toyota" in toyota.co.uk, ford.ca). */
function siteLabel(host: string): string {
  const labels = host.split(".");
  return (labels.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]!) ? labels[labels.length - 3] : labels[labels.length - 2]) ?? "";
}

/** True when `label` is one of `names`, has one as a hyphenated part, or begins with a long one ("bosch-mobility", "alldatadiy"). */
function namedFor(label: string, names: ReadonlySet<string>): boolean {
  if (names.has(label) || label.split("-").some((part) => names.has(part))) return true;
  for (const name of names) if (name.length >= 6 && label.startsWith(name)) return true;
  return false;
}

/**
 * Positive evidence that a site named for a document is a third party's, not the sender's: a
 * carmaker's or a parts maker's or manual publisher's name in it, or a name made of document or
 * owners'-forum words. The mere absence of an invitation proves nothing, and neither does a brand
 * named beside the site ("the BradsBrakes manual is on bradsbrakes.com": the sender's business may be the brand).
 */
function isPublisherSite(host: string): boolean {
  const label = siteLabel(host);
  return namedFor(label, CARMAKERS) || namedFor(label, PUBLISHERS) || DOCUMENT_SITE_WORD.test(label);
}

/** Positive evidence that a site called the sender's insurer's, bank's or warranty provider's is one: its name says so, or it is a known one's. */
function isInstitutionSite(host: string): boolean {
  const label = siteLabel(host);
  return INSTITUTION_SITE_WORD.test(label) || namedFor(label, INSTITUTIONS);
}

/** A run of capitalised words, maybe joined by "and", "of", "the", "for", "&": an organisation's name ("The Caravan and Motorhome Club"). */
const ORGANISATION_NAME = /\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for|&)\s+)?[A-Z][\w'’-]*)+/g;
/** A reference document named in a stretch of text, anywhere ("has a tyre guide", "their recall list"). */
const DOCUMENT_NAMED = new RegExp(String.raw`\b${DOCUMENT}\b`, "i");

/**
 * A word that makes a name an institution's, not a trader's ("The Caravan and Motorhome Club", "the Tyre Industry Federation",
 * "The Motor Ombudsman", "the Jaguar Heritage Trust"): a business names itself after its trade, which `TRADE_WORD` refuses as the name's last word
 * ("Jake Harris Motors", "Precision Diesel Tuning", round 24's review; "the Tyre Industry Federation" is an institution).
 */
const INSTITUTION_WORD =
  /\b(?:Club|Association|Federation|Institute|Institution|Society|Council|Agency|Ombudsman|Trust|Authority|Foundation|Commission|Board|Bureau|Organi[sz]ation|Heritage|Museum|Register|Registry|Department|Ministry|Union|Guild|Alliance)\b/;
const TRADE_WORD = /\b(?:Motors?|Tuning|Garages?|Repairs?|Tyres?|Tires?|Auto|Autos|Mechanics?|Services|Sons|Ltd|Limited|LLC|Inc|GmbH|Performance|Detailing|Bodyshop|Bodywork)$/;

/**
 * True when the site's name is the name, or the initials, of an organisation named before it in
 * `head` ("The Caravan and Motorhome Club has a tyre guide, camc.com/tyre-safety", "the Tyre
 * Industry Federation guide at tif.co.uk", "Which? Car's charts on whichcar.com"), and a reference
 * document is named around it: the organisation's own page of guidance, cited, not the sender's.
 * Initials are read with and without the joining words ("camc" and "cmc"). Only a name with an
 * institution's word (`INSTITUTION_WORD`) and no trade word (`TRADE_WORD`).
 */
function organisationNamedBefore(host: string, head: string, tail: string): boolean {
  if (!DOCUMENT_NAMED.test(head) && !DOCUMENT_NAMED.test(tail.slice(0, 60))) return false;
  const label = siteLabel(host).replace(/-/g, "");
  if (label.length < 3) return false;
  for (const m of matchesOf(ORGANISATION_NAME, head)) {
    const words = m[0].split(/\s+/).filter((w) => w !== "&" && !/^the$/i.test(w));
    const main = words.filter((w) => /^[A-Z]/.test(w));
    if (main.length < 2 || !INSTITUTION_WORD.test(m[0]) || TRADE_WORD.test(m[0])) continue;
    const initials = [words.map((w) => w[0]!).join(""), main.map((w) => w[0]!).join("")].map((x) => x.toLowerCase());
    const joined = main
      .join("")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
    if (initials.includes(label) || joined === label) return true;
  }
  return false;
}

/** Big parts retailers and marketplaces, by the label their sites are named with. */
const RETAILERS = new Set(
  "amazon ebay walmart etsy rockauto autozone advanceautoparts advance oreillyauto oreilly napaonline napa halfords eurocarparts gsfcarparts gsf partsgeek fcpeuro ecstuning carparts autodoc".split(
    " ",
  ),
);
/**
 * A site name made only of shop and part words ("partsdirect", "carpartsnow", "wipersonline",
 * "pricespy", "splitit"): a retailer's or a service's, with no person's or business's own name in
 * it ("bradsbrakes" has "brads").
 */
const RETAIL_SITE_NAME =
  /^(?:(?:car|cars|auto|autos|motor|motors|parts?|spares?|direct|now|online|express|depot|warehouse|supply|supplies|discount|world|store|shop|price|prices|compare|spy|split|it|pay|tyres?|tires?|wipers?|brakes?|pads?|filters?|bulbs?|batter(?:y|ies)|oil|the|4|-))+$/;
/** A product page: "/products/...", "/dp/B0...", "/itm/...", "/parts/...", "/catalog/...". */
const PRODUCT_PATH = /\/(?:products?|parts?|dp|gp\/product|itm|item|catalog(?:ue)?|sku)\b/i;

/** Positive evidence that a site the sender bought from or paid through is a third party's: a known retailer, a maker, a retail name, or a product page. */
function isRetailSite(host: string, path: string): boolean {
  const label = siteLabel(host);
  return namedFor(label, RETAILERS) || isPublisherSite(host) || RETAIL_SITE_NAME.test(label) || PRODUCT_PATH.test(path);
}

/** How far after the link (characters) a source's verb is looked for ("X had it cheaper"). */
const SOURCE_AFTER_REACH = 20;

/**
 * A public content page (see `REFERENCE_HOST` and the rest above), given the text before the link
 * and, when known, the text after it.
 */
export function isPublicPage(host: string, path: string, head: string, tail = ""): boolean {
  if (isContentPage(host, path) && !OWN_SITE_BEFORE.test(head)) return true;
  // A site named for a document, an account or a purchase: never a reach channel, whatever is said around it.
  if (!isReachChannel(host, path) && !REACH_AFTER.test(tail) && !BUSINESS_AFTER.test(tail) && !MADE_BY_SENDER_BEFORE.test(head)) {
    if (DOCUMENT_ON_BEFORE.test(head) && !OWN_PAGE_BEFORE.test(head) && !BUSINESS_PAGE_WORD.test(head) && isPublisherSite(host)) return true;
    if (THIRD_PARTY_ACCOUNT_BEFORE.test(head) && !REACH_BEFORE.test(head) && isInstitutionSite(host) && !isNamePath(path)) return true;
    if (BOUGHT_FROM_BEFORE.test(head) && !REACH_BEFORE.test(head) && isRetailSite(host, path)) return true;
    if (organisationNamedBefore(host, head, tail) && !REACH_BEFORE.test(head) && !OWN_PAGE_BEFORE.test(head) && !BUSINESS_PAGE_WORD.test(head) && !isNamePath(path)) return true;
  }
  if ((SOURCE_BEFORE.test(head) || SOURCE_AFTER.test(tail.slice(0, SOURCE_AFTER_REACH))) && !OWN_PAGE_BEFORE.test(head) && !PERSONAL_PAGE_HOST.test(host)) return true;
  if (PUBLIC_BODY_HOST.test(host) || REFERENCE_HOST.test(host)) return true;
  if (/(?:^|\.)google\.[a-z.]+$/.test(host) && /^\/search\b/.test(path)) return true;
  if (/(?:^|\.)reddit\.com$/.test(host)) return /^\/r\//i.test(path);
  if (CARMAKERS.has(siteLabel(host))) return true;
  // A maker's site named with a word such sites add: its recall, owners' and service pages, unless the sender presents it as theirs.
  if (
    isMakersOwnSite(host) &&
    !isReachChannel(host, path) &&
    !OWN_PAGE_BEFORE.test(head) &&
    !REACH_BEFORE.test(head) &&
    !REACH_AFTER.test(tail) &&
    !BUSINESS_AFTER.test(tail) &&
    !MAKER_SITE_PRESENTED.test(head.slice(-60) + " " + /^[^.!?\n]{0,80}/.exec(tail)![0]) &&
    !isNamePath(path)
  )
    return true;
  return CONTENT_PATH.test(path) && !OWN_PAGE_BEFORE.test(head);
}

/** True when `host` is one of `allowed` or a subdomain of one. */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return allowed.some((d) => h === d || h.endsWith(`.${d}`));
}

/** An e-mail address inside a link's path, query or fragment ("rockauto.com/carmen.r@gmail.com", "?email=..."). */
const EMAIL_IN_PATH = /[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+([a-z]{2,})\b/gi;
/** A UUID, the key storage services name uploads by: its digit groups are no number. */
export const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/**
 * A run of digits in a link's path, maybe grouped by the characters a path separates with ("-", ".",
 * "_", "+", ",", a space, "/"): a file name ("IMG5035550142.jpg", "512_555_0143.jpg") or folders
 * ("/u/512/555/0143.jpg").
 */
const DIGITS_IN_PATH = /(?<!\d)\d(?:[-._+, /]?\d){9,10}(?!\d)/g;
/** Ten or eleven digits in one piece. */
const SOLID_DIGITS = /(?<!\d)\d{10,11}(?!\d)/g;

/**
 * The contact detail a link on a trusted host carries in its path, query or fragment, or null:
 * an e-mail address (any trusted host), or, on the platform's own hosts (`platform`: not public
 * pages, whose product and article ids are any digits), a North American phone number. The host
 * vouches for the page, not for what is written after it. Read percent-decoded, as often as it
 * was encoded ("%2540" is "@"), UUIDs left out.
 */
export function detailInPath(path: string, platform: boolean): "EMAIL" | "PHONE" | null {
  if (path.length < 2) return null;
  let text = path;
  for (let i = 0; i < 3 && text.includes("%"); i++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break; // a stray "%": read as written
    }
  }
  for (const m of text.matchAll(EMAIL_IN_PATH)) if (TLD_SET.has(m[1]!.toLowerCase())) return "EMAIL";
  if (!platform) return null;
  const named = text.replace(UUID, " ");
  // Grouped as a phone across separators ("512/555/0143"), or ten digits in one piece after any id ("1/5125550143").
  const runs = [...[...named.matchAll(DIGITS_IN_PATH)].map((m) => m[0]).filter(groupedAsAPhone), ...[...named.matchAll(SOLID_DIGITS)].map((m) => m[0])];
  return runs.some((run) => isNorthAmericanNumber(run.replace(/\D/g, ""))) ? "PHONE" : null;
}

/** Digits in one piece, or in a North American number's groups (1-)3-3-4: not a time stamp and its counter ("1763799163_5"). */
function groupedAsAPhone(run: string): boolean {
  const groups = run
    .split(/\D/)
    .map((group) => group.length)
    .join("-");
  return !groups.includes("-") || groups === "3-3-4" || groups === "1-3-3-4";
}

function hostAndPath(url: string): { host: string; path: string } {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/)?(?:[^@\/?#\s]*@)?([^\/?#:\s]+)(?::\d+)?([\/?#].*)?$/i.exec(url);
  return { host: (m?.[1] ?? "").toLowerCase(), path: m?.[2] ?? "" };
}

/** A schemeless "word.tld" that is a sentence typed without a space, not a domain. */
function isTypingSlip(raw: string, host: string, path: string): boolean {
  if (/^(?:www\.|[a-z][a-z0-9+.-]*:)/i.test(raw) || path.length > 1) return false;
  const labels = host.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length === 2 && FILE_TLDS.has(tld)) return true;
  // "quoted 1,960.Is the ...": a number and a sentence run together, not a domain.
  if (labels.length === 2 && /^\d+$/.test(labels[0] ?? "")) return true;
  return labels.length === 2 && COMMON_WORDS.has(labels[0] ?? "");
}

/**
 * A premises' number label written with a dot and "No", "number" ("H.No 12-2-345/A", "D.No 5-8-293",
 * "Plot.No 45", "S.No #12" in Indian addresses: house, door, plot, survey), read by the TLD list as
 * a domain on Norway's ".no". It is one only when no premises' number follows (`LABELLED_NUMBER`):
 * no .no domain is one letter long, and a building's part never is a site.
 */
const NUMBER_LABEL = /^(?:h|d|s|r|p|sy|flat|plot|shop|door|house|room|gala|bldg|block|blk)\.no$/i;
/**
 * What follows a number label: its number, maybe after a full stop, "#" or ":", as premises are
 * numbered ("12-2-345/A", "5-8-293", "302"): no run of eight digits or more, spaces between them
 * read away, for that is a phone given as the number ("H.No 98765432", "D.No 4 91234567").
 */
const LABELLED_NUMBER = /^\.?[\s:]*#?\s*\d(?![\d\s,]*?(?:\d\s*){7})/;

/** Where an address may be: a dot between a letter or digit and a letter, an "@", or "://". */
const ADDRESS_MARK = /[A-Za-z0-9-]\.[A-Za-z]|@|:\/\//g;

/** The whitespace-delimited tokens holding an `ADDRESS_MARK`, as [start, end]. */
function candidateTokens(text: string): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  ADDRESS_MARK.lastIndex = 0;
  for (let m = ADDRESS_MARK.exec(text); m !== null; m = ADDRESS_MARK.exec(text)) {
    let start = m.index;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    tokens.push([start, end]);
    ADDRESS_MARK.lastIndex = end;
  }
  return tokens;
}

/** A dot and a known top-level domain ending a label: what every schemeless link needs. */
const DOT_LABEL = /\.(xn--[a-z0-9-]{2,59}|[a-z]{2,63})(?![a-z])/gi;

/**
 * Whether linkify-it could find anything in a token: a scheme, an "@", a non-ASCII character
 * (internationalised domains), or a dot before a label that is a top-level domain. Most tokens with
 * a dot in chat are "3.5L", "e.g." or "fine.thanks"; skipping them saves linkify's large scan.
 */
function mayHoldAddress(token: string): boolean {
  if (token.includes("@") || token.includes("://") || /[^\p{ASCII}]/u.test(token)) return true;
  DOT_LABEL.lastIndex = 0;
  for (let m = DOT_LABEL.exec(token); m !== null; m = DOT_LABEL.exec(token)) if (TLD_SET.has(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * Links and written e-mail addresses of the normalised text (see the file comment).
 *
 * @returns the [start, end) ranges of the links judged innocent (allowed or public pages), so the
 *   other rules can leave what lies inside them alone ("reddit.com/r/x/comments/rattle.123456" holds
 *   no handle)
 */
export function findLinks(text: string, allowed: readonly string[], hits: Hit[]): Array<[number, number]> {
  const innocent: Array<[number, number]> = [];
  for (const [tokenStart, tokenEnd] of candidateTokens(text)) {
    const token = text.slice(tokenStart, tokenEnd);
    if (!mayHoldAddress(token)) continue;
    const matches = linkify.match(token);
    if (!matches) continue;
    for (const m of matches) {
      const start = tokenStart + m.index;
      if (m.schema === "mailto:") {
        const end = tokenStart + m.lastIndex;
        const [local = "", domain = ""] = m.url.replace(/^mailto:/i, "").split("@");
        // Mail on an allowed domain (the platform's receipts) is innocent, and so is its local part to the other rules.
        if (isAllowedHost(domain, allowed)) innocent.push([start, end]);
        else if (!isQuotedSender(local, domain, text, start, end)) hits.push({ kind: "EMAIL", start, end, detail: true });
        continue;
      }
      // linkify-it ends a link at a userinfo's "@", but "http://autodoctor.app@evil.io/pay" goes to
      // evil.io: with a scheme, the whole authority and path are read.
      let url = m.url;
      let end = tokenStart + m.lastIndex;
      if (m.schema !== "" && token[m.lastIndex] === "@") {
        const rest = /^\S*/.exec(token.slice(m.lastIndex))![0];
        url += rest;
        end += rest.length;
      }
      const { host, path } = hostAndPath(url);
      if (m.schema === "" && (isTypingSlip(m.raw, host, path) || (NUMBER_LABEL.test(m.raw) && LABELLED_NUMBER.test(text.slice(end))))) continue;
      if (isAllowedHost(host, allowed)) {
        const carried = detailInPath(path, !isAllowedHost(host, PUBLIC_ALLOWED_DOMAINS));
        if (carried) hits.push({ kind: carried, start, end, detail: true });
        else if (/(?:^|\.)youtube\.com$/.test(host) && CHANNEL_PATH.test(path)) hits.push({ kind: "SOCIAL_HANDLE", start, end, detail: true });
        else if (MARKETPLACE_HOSTS.test(host) && STOREFRONT_PATH.test(path)) hits.push({ kind: "LINK", start, end, detail: true });
        else innocent.push([start, end]);
        continue;
      }
      if (isPublicPage(host, path, text.slice(Math.max(0, start - 60), start), text.slice(end, end + 160))) {
        const carried = detailInPath(path, false);
        if (carried) hits.push({ kind: carried, start, end, detail: true });
        else innocent.push([start, end]);
        continue;
      }
      hits.push({ kind: "LINK", start, end, detail: true });
      if (SOCIAL_HOSTS.test(host)) hits.push({ kind: "SOCIAL_HANDLE", start, end, detail: true });
      if (MESSAGING_HOSTS.test(host)) hits.push({ kind: "MESSAGING_APP", start, end, detail: true });
    }
  }
  return innocent;
}

/** The ideographic, fullwidth and halfwidth full stops, which IDNA reads as a domain's dots. */
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;
/** A letter outside ASCII beside a dot of any of those kinds: where an internationalised domain ("алиса.рф") may be written. */
const NON_ASCII_BESIDE_DOT = /[^\p{ASCII}][.\u3002\uff0e\uff61]|[.\u3002\uff0e\uff61][^\p{ASCII}]/u;

/**
 * Links on internationalised domains ("карменавто.рф", "мастер-авто.рус"), found in `message` as
 * written: normalising reads their letters as Latin look-alikes ("кapмehabto.pф"), which leaves no
 * domain for `findLinks`. Each is a LINK unless its host (in its ASCII form) is allowed or a hit
 * already covers it ("münchen-autos.de" reads through its accents), pushed in the offsets of the
 * normalised text `norm`.
 */
export function findInternationalLinks(message: string, norm: Mapped, allowed: readonly string[], hits: Hit[]): void {
  if (!NON_ASCII_BESIDE_DOT.test(message)) return;
  // The full stops browsers read as dots in a domain ("карменавто。рф"), one code unit each, so offsets stay.
  const dotted = message.replace(IDEOGRAPHIC_DOTS, ".");
  for (const m of linkify.match(dotted) ?? []) {
    const { host } = hostAndPath(m.url);
    if (!/[^\p{ASCII}]/u.test(host) || isAllowedHost(domainToASCII(host), allowed)) continue;
    const span = normalisedSpan(norm, m.index, m.lastIndex);
    if (span && !hits.some((h) => h.start < span[1] && span[0] < h.end)) hits.push({ kind: "LINK", start: span[0], end: span[1], detail: true });
  }
}

/** The normalised characters that came from [start, end) of the message, as [start, end) of `norm.text`; null when none did. */
function normalisedSpan(norm: Mapped, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < norm.text.length; i++) {
    if (norm.from[i]! >= start && norm.to[i]! <= end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last + 1];
}

// ----- spoken and half-written e-mail addresses -------------------------------------------

export const PROVIDERS =
  "gmail|googlemail|g\\s?mail|" +
  // the provider described or typed in disguise: "the usual google mail", "the big G mail", "gm@il", "gmale", "hotmale"
  "(?:the\\s+)?(?:usual\\s+|big\\s+|good\\s+old\\s+|old\\s+|regular\\s+|normal\\s+)?(?:google|goog|gee|big\\s+g)\\s*-?\\s*mail|gm[a@4]il|g-?male|hot-?male|" +
  // round 50: a provider's initial with a word for its logo ("the big Y mail", "the blue G mail"), or the provider as a side
  // or a place ("over on the yahoo side", "at hotmail land"), not a side of something else ("the yahoo side of the forum")
  "(?:the\\s+)?(?:big|blue|purple|red|little|usual|old)\\s+(?:g|y|h|o)\\s*-?\\s*mail|(?:the\\s+)?(?:gmail|google|yahoo|hotmail|outlook|aol|icloud|proton)\\s+(?:side|land|world|camp)(?!\\s+of\\b)|" +
  "yahoo|ymail|hotmail|outlook|live|msn|icloud|me\\.com|protonmail|proton|pm\\.me|aol|gmx|yandex|zoho|comcast|att|verizon|sbcglobal|btinternet|bigpond|shaw|rogers|sympatico|fastmail|hushmail|mail\\.com";
const PROVIDER_RE = new RegExp(`^(?:${PROVIDERS})$`, "i");
/** Whether `word` names a mail provider ("gmail", "yahoo", "hotmale", "the big G mail"). */
export const isMailProvider = (word: string): boolean => PROVIDER_RE.test(word);
/** Words that say mail is meant: "email", "mail", "addy", "inbox", "write", "send", "reach", "contact". */
const MAIL_CUE = /\b(?:e-?mail|mail|addy|address|inbox|write|send|reach|contact)\b/i;
/** How far (characters) before and after a spoken address `mailCueBeside` reads. */
const MAIL_CUE_BEFORE = 60;
const MAIL_CUE_AFTER = 40;
/**
 * Whether a mail cue (`MAIL_CUE`) stands within 60 characters before or 40 after the spoken address
 * at [start, end) of `text`: "mail cue ... at the shop dot com"-style hits need one near.
 */
export function mailCueBeside(text: string, start: number, end: number): boolean {
  return MAIL_CUE.test(text.slice(Math.max(0, start - MAIL_CUE_BEFORE), start) + text.slice(end, end + MAIL_CUE_AFTER));
}
/** The providers as the words a message holds ("g mail" is "g" and "mail"). */
const PROVIDER_WORDS =
  "gmail googlemail g mail google goog gee gm@il gm4il gmale g-male hotmale hot-male yahoo ymail hotmail outlook live msn icloud me protonmail proton pm aol gmx yandex zoho comcast att verizon sbcglobal btinternet bigpond shaw rogers sympatico fastmail hushmail".split(
    " ",
  );
/**
 * A word glued to a provider by its "@" ("samfixes@gmail", what "s a m f i x e s @ g m a i l" is
 * once its letters are closed up): the message's words hold no provider on its own then.
 */
const GLUED_PROVIDER = new RegExp(`@(?:${PROVIDERS})\\b`, "i");
const hasProviderWord = (words: ReadonlySet<string>): boolean => PROVIDER_WORDS.some((w) => words.has(w)) || anyWord(words, GLUED_PROVIDER);
/** "@ gmail", "at hotmail", "on yahoo" right after a word: that word is a mailbox after all. */
const PROVIDER_AFTER = new RegExp(String.raw`^\s*(?:@|at\b|on\s+(?:${PROVIDERS}))`, "i");
const ROLE_MAILBOXES = new Set(["info", "contact", "sales", "service", "hello", "admin", "office", "bookings", "support", "enquiries", "mail", "shop", "repairs", "parts"]);
const LOCAL_WORD = String.raw`[a-z0-9](?:[a-z0-9_%+-]*[a-z0-9])?`;
// "_" and "-" live inside LOCAL_WORD only; also allowing them as joiners would make the
// pattern ambiguous and backtrack exponentially on inputs like "a_a_a_a_...!".
const LOCAL = String.raw`${LOCAL_WORD}(?:(?:\.|\s+\.\s+|\s+(?:dot|period|underscore|dash|hyphen)\s+)${LOCAL_WORD}){0,4}`;
const AT = String.raw`(?:\s*@\s*|\s+(?:at|@|on|via)\s+|\s*\(\s*at\s*\)\s*)`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
const DOMAIN_DOT = String.raw`(?:\s*\.\s*|\s+(?:dot|period|point)\s+)`;

/**
 * Mailboxes that only send and are never read: "noreply@...", "do-not-reply@...",
 * "mailer-daemon@...". Quoting one ("the receipt came from noreply@stripe.com") gives no way to
 * reach anyone.
 */
const UNANSWERED_MAILBOX = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|no[-_.]?response|mailer[-_.]?daemon|postmaster|bounces?)$/i;
/** Said just before the address: a message came from it ("came from", "got a reminder from"). */
const FROM_BEFORE = /\bfrom\s*[:"'(]?\s*$/i;
/** Said just after the address: it sent something ("do-not-reply@dvla.gov.uk sent me the reminder"). */
const SENT_AFTER = /^\s*[)"']?\s*(?:sent|emailed|e-mailed|mailed|says|said|bounced)\b/i;
/** An ask to write to, reply to or reach the address, or the address called the writer's own. */
const ASK_TO_WRITE =
  /\b(?:write|reply|respond|answer|reach|message|msg|contact|dm|ping|inbox|directly|mine)\b|\b(?:e-?mail|mail|send|text|drop)\s+(?:me|us|there|it|him|her|them|to|back|a\s+line)\b|\bmy\s+(?:\w+\s+)?(?:e-?mail|address|addy|mailbox)\b|\b(?:it'?s|is)\s+(?:me|mine|ours)\b/i;

/**
 * True when a send-only mailbox is quoted as where a message came from: the mailbox is exactly a
 * send-only name, its domain is no free mail provider (where anyone may register that name), the
 * sentence says the message came from it or it sent one, and nothing in the sentence asks to write
 * to it or calls it the writer's. Offsets `start`/`end` are the address's in `text` (UTF-16 units).
 */
function isQuotedSender(local: string, domain: string, text: string, start: number, end: number): boolean {
  if (!UNANSWERED_MAILBOX.test(local.trim())) return false;
  const firstLabel = domain.trim().split(/\s*\.\s*|\s+(?:dot|period|point)\s+/)[0] ?? "";
  if (PROVIDER_RE.test(firstLabel) || PROVIDER_RE.test(domain.replace(/\s+/g, ""))) return false;
  const sentenceBefore =
    text
      .slice(0, start)
      .split(/[!?\n]|\.\s/)
      .pop() ?? "";
  // (a spoken address's match may stop inside its domain: "noreply@dvla.gov" of "...gov.uk sent")
  const sentenceAfter =
    text
      .slice(end)
      .replace(/^(?:\.[a-z0-9-]+)+/i, "")
      .split(/[!?\n]|\.\s/)[0] ?? "";
  if (!FROM_BEFORE.test(sentenceBefore) && !SENT_AFTER.test(sentenceAfter)) return false;
  return !ASK_TO_WRITE.test(`${sentenceBefore} ${sentenceAfter}`);
}

/** A provider told as a side or a place ("the yahoo side", "hotmail land"), the looser of `PROVIDERS`' descriptions. */
const PROVIDER_AS_A_PLACE = /\s(?:side|land|world|camp)$/i;

/** A word shaped as a mailbox: with a dot, an underscore or a digit, or a coined word of four letters or more. */
const shapedAsAMailbox = (word: string): boolean => /[._\d]/.test(word) || (word.length >= 4 && !isEnglishWord(word));

/** A domain's further labels, written right after a spoken address's first ending (".uk", ".au"). */
const FURTHER_LABELS = /^(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/i;

/** The word "at" is everywhere ("I got it at rockauto dot com"); trust it only when the rest looks like mail. */
function plausibleSpokenEmail(m: RegExpExecArray, text: string): boolean {
  const local = (m[1] ?? "").toLowerCase();
  const sep = (m[2] ?? "").toLowerCase();
  const domain = (m[3] ?? "").toLowerCase();
  const tld = (m[4] ?? "").toLowerCase();
  if (isQuotedSender(local, tld ? `${domain}.${tld}` : domain, text, m.index, m.index + m[0].length)) return false;
  if (tld && !TLD_SET.has(tld.replace(/\s+/g, ""))) return false;
  // The match ends at the first ending its shape allows ("rac.co" of "rac.co.uk",
  // "mitsubishi-motors.com" of "...com.au/owners"): the site is judged by its whole name.
  const moreLabels = tld ? (FURTHER_LABELS.exec(after(text, m, 80))?.[0] ?? "") : "";
  // "a fix at bimmerfest.com/threads/...": a domain with a path is a page, not a mailbox.
  if (tld && /^\/\w/.test(text.slice(m.index + m[0].length + moreLabels.length, m.index + m[0].length + moreLabels.length + 2))) return false;
  const firstLabel = domain.split(/\s*\.\s*|\s+(?:dot|period|point)\s+/)[0] ?? "";
  const provider = PROVIDER_RE.test(firstLabel) || PROVIDER_RE.test(domain.replace(/\s+/g, ""));
  const host = `${domain.replace(/\s+/g, "")}.${tld}${moreLabels.toLowerCase()}`;
  // "I'm on the yahoo side myself": a provider told as a side or a place is a mailbox only after a word shaped as one, or
  // one before an adverb of place ("danaw88 over on the yahoo side").
  if (PROVIDER_AS_A_PLACE.test(domain) && !shapedAsAMailbox(local) && !shapedAsAMailbox(/(\S+)\s+(?:over|out|up|down|back)\s*$/i.exec(before(text, m, 40) + local)?.[1] ?? "")) return false;
  // "the owner's manual at bmw-motorrad.de": a document at a site, said with a spoken "at", is a public page, not a mailbox.
  const spokenAt = /^\s+(?:at|on)\s+$/.test(m[2] ?? "");
  if (tld && spokenAt && !provider && isPublicPage(host, "", text.slice(Math.max(0, m.index - 60), m.index + (m[1] ?? "").length + (m[2] ?? "").length), after(text, m, 160))) return false;
  if (
    /^(?:i|we|you|he|she|they|it|that|this|me|him|her|them|us|there|here|and|or|but|is|was|be|am|im|look|looked|got|get|bought|ordered|found|saw|checked|cheaper|price|prices|parts|part|one|best|deal|deals|sale|sales|was|is|are|were|them|those|these|place|places|store|stores|shop|shops|online|site|website)$/.test(
      local,
    ) &&
    // "I am at live music": a provider said without its ending is no mailbox after a common word.
    (!provider || !tld)
  )
    return false;
  if (sep.includes("@") || sep.includes("(") || /\bAT\b/.test(m[2] ?? "")) return true;
  // "mail ... at the shop dot com"-style false hits need a mail cue somewhere near.
  const cue = mailCueBeside(text, m.index, m.index + m[0].length);
  // "statistics on adac.de", "a thread on reddit.com": "on" before a site is where something was
  // read, an address only with a mail provider or a mail cue.
  if (/\bon\b|\bvia\b/.test(sep) && !provider && !cue) return false;
  // "pete at petesautoworks dot com" (the normaliser has made the spoken dot a "."): a name, "at",
  // and a whole domain is an address, unless the domain is a public page. Mail on an allowed domain
  // (the platform's own, "support at autodoctor dot app") is let through by the caller, which knows
  // the configured domains (`onAllowedMailHost`).
  if (tld && !isPublicPage(host, "", "")) return true;
  return provider || /[._\d+-]|\s(?:dot|period|underscore|dash|hyphen)\s/.test(local) || ROLE_MAILBOXES.has(local) || cue;
}

const emailSpan = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

/** The domain closing a spoken or half-written address, after its last "at" ("support at wrenchhub dot net"). */
const SPOKEN_MAIL_DOMAIN = new RegExp(String.raw`${AT}(${LABEL}(?:${DOMAIN_DOT}${LABEL})+)$`, "i");
const DOMAIN_DOTS = new RegExp(DOMAIN_DOT, "gi");

/**
 * Whether an address the rules found (normalised text, e.g. "billing at wrenchhub dot net") is mail
 * on one of the `allowed` domains or their subdomains: the platform's own mail, no contact detail,
 * like a written address on them (`findLinks`). False for an address without a whole domain
 * ("bob at gmail").
 */
export function onAllowedMailHost(address: string, allowed: readonly string[]): boolean {
  const domain = SPOKEN_MAIL_DOMAIN.exec(address)?.[1];
  return domain !== undefined && isAllowedHost(domain.replace(DOMAIN_DOTS, "."), allowed);
}

/**
 * A mailbox given after its provider ("gmail, bigtruckguy77", "outlook -> linda_mcb1979", "icloud,
 * username rudy_r_73"): the provider is half the address, so the span runs from it to the mailbox.
 */
const providerToMailbox = (m: RegExpExecArray): [number, number] | null => {
  const h = groupSpan(m, "h");
  return h ? [m.index, h[1]] : null;
};

/** A handle-shaped mailbox of at least `letters` letters: with digits, or words joined by "." or "_". */
const mailboxShaped = (letters: number): RegExp => new RegExp(String.raw`^(?=(?:[^a-z]*[a-z]){${letters}})[a-z][a-z0-9._]*(?:\d|[._][a-z0-9])[a-z0-9._]*$`);
const MAILBOX_SHAPED = mailboxShaped(4);
/** Three letters are enough ("kev_92") for a mailbox alone on its line next to its provider alone on the next. */
const MAILBOX_ON_ITS_LINE = mailboxShaped(3);

export const SPOKEN_EMAIL_PATTERNS: Pattern[] = [
  {
    kind: "EMAIL", // "pete AT petesautoworks DOT com", "sarah dot jones at icloud dot com", "bob @ proton . me"
    re: new RegExp(String.raw`(?<![\w.+-])(${LOCAL})(${AT})(${LABEL}(?:${DOMAIN_DOT}${LABEL}){0,3}?)${DOMAIN_DOT}([a-z]{2,24})\b`, "gi"),
    // The normaliser has already closed up spaced dots ("tonyfixes . com"), so a domain's dot is tight here.
    gate: /(?:@|\bat\b|\(at\)|\bon\b|\bvia\b)[^!?\n]{1,60}?(?:[a-z0-9]\.[a-z]{2}|\s(?:dot|period|point)\s)/i,
    accept: plausibleSpokenEmail,
    span: emailSpan,
  },
  {
    kind: "EMAIL", // "bobsmith85 at gmail", "rick.hollis on gmail", "kev_92 @ hotmail", "s a m f i x e s @ g m a i l"
    re: new RegExp(String.raw`(?<![\w.+-])(${LOCAL})(${AT})(${PROVIDERS})()\b`, "gi"),
    wordTest: hasProviderWord,
    accept: plausibleSpokenEmail,
    span: emailSpan,
  },
  {
    kind: "EMAIL", // "hotmail: kev_92", "my gmail is bobsmith1985", "email is rick.hollis", "gmail - dana.w"
    re: new RegExp(String.raw`\b(?:${PROVIDERS}|e-?mail(?:\s+address)?|addy)(?:\s+(?:address|account|addy))?\s*(?:'s|is|:|=|-|\bis\s+just)\s*(?<local>(?=[\w.+-]*[a-z])[a-z0-9][\w.+-]{2,40})`, "gid"),
    words: [...PROVIDER_WORDS, "email", "e-mail", "addy"],
    accept: (m, text) => {
      const local = (m.groups?.local ?? "").toLowerCase();
      // "my email is linked to my account", "email is working again": a plain word that reads as
      // the sentence going on (a participle, a state) is no mailbox.
      if (/^[a-z]+(?:ed|ing)$/.test(local) && !PROVIDER_AFTER.test(after(text, m, 20))) return false;
      return !/^(?:the|a|an|on|in|at|my|your|same|fine|ok|okay|not|down|up|above|below|attached|here|there|probably|in|still|just|better|best|easier|quicker|faster|slow|broken|working)$/.test(local);
    },
    // "hotmail: kev_92": the provider is part of the address; "email is x": only x is. A local
    // part said as words ("my outlook is sal vega 78") takes the words that end its clause.
    span: (m) => {
      const range: [number, number] | null = /^(?:e-?mail|addy)/i.test(m[0]) ? groupSpan(m, "local") : [m.index, m.index + m[0].length];
      return range ? [range[0], range[1] + spokenLocalTail(m.input.slice(m.index + m[0].length))] : null;
    },
  },
  {
    kind: "EMAIL", // "priyanka sethi, all one word, at gmail", "dave o neill no spaces @ outlook": words the sender says to join
    // Found from the instruction (a regular expression that started at every word would cost more
    // on long messages), then widened back over the up to four words it applies to.
    re: new RegExp(String.raw`\b(?:all\s+(?:one|1)\s+word|(?:one|1)\s+word|no\s+spaces?|together|joined\s+up|run\s+together)\s*,?\s+(?:at|@|on)\s+(?:${PROVIDERS}|${LABEL}\.[a-z]{2,24})\b`, "gi"),
    accept: (m, text) => /[a-z0-9]\s*,?\s*$/i.test(before(text, m, 4)),
    span: (m) => {
      const words = /(?:[a-z0-9]+[\s,]+){1,4}$/i.exec(m.input.slice(Math.max(0, m.index - 60), m.index));
      return [m.index - (words?.[0].length ?? 0), m.index + m[0].length];
    },
    words: ["word", "spaces", "space", "together", "joined"],
  },
  {
    kind: "EMAIL", // "gmail is the same as my username here plus 77, so jwalsh77": a provider, then a mailbox-shaped word in the sentence
    re: new RegExp(String.raw`\b(?:${PROVIDERS})\b[^.!?\n@]{0,60}?(?<![\w.@-])(?<h>[a-z][a-z0-9._]*(?:\d|[._][a-z0-9])[a-z0-9._]*)(?![\w@-])`, "gid"),
    accept: (m, text) => MAILBOX_SHAPED.test(m.groups?.h ?? "") && !PROVIDER_RE.test(m.groups?.h ?? "") && !negatedBefore(text, m.index),
    span: providerToMailbox,
    words: PROVIDER_WORDS,
  },
  {
    kind: "EMAIL", // "gmail. username is rickyfixescars", "icloud, first name last name no dots, jessicaharlow": a mail provider, then the mailbox introduced as such
    re: new RegExp(
      String.raw`\b(?:${PROVIDERS})\b[^!?\n@]{0,60}?\b(?:(?:user\s*name|username|handle|mailbox|login|name|address)\s*(?:is|'s|:|=)|no\s+(?:dots?|spaces?|periods?)|all\s+(?:one|1)\s+word|(?:one|1)\s+word|together|lowercase|lower\s+case)\s*[,:\-]?\s*(?<h>[a-z][a-z0-9._-]{3,40}[a-z0-9])(?![\w@])`,
      "gid",
    ),
    accept: (m, text) =>
      !PROVIDER_RE.test(m.groups?.h ?? "") &&
      !/^(?:the|same|what|just|your|mine|fine|here|there|below|above|then|and|but|with|from|like|that|this)$/i.test(m.groups?.h ?? "") &&
      !negatedBefore(text, m.index),
    span: providerToMailbox,
    words: PROVIDER_WORDS,
  },
];

/**
 * A mailbox-shaped word and a mail provider ending consecutive lines, either way round, maybe after
 * a short label ("first part: d.w88" / "second: gmail"); a provider inside a sentence ("my gmail
 * notifications are off") does not end its line.
 */
const MAILBOX_LINE = String.raw`[a-z][a-z0-9._]*(?:\d|[._][a-z0-9])[a-z0-9._]*`;
const LABEL_ON_LINE = String.raw`(?:[^\n]{0,20}?[ \t:])?`;
SPOKEN_EMAIL_PATTERNS.push({
  kind: "EMAIL", // a mailbox sent in one message and its provider in the next ("j.marquez" / "proton me", "gmail" / "rhollis.atx")
  re: new RegExp(
    String.raw`(?<![\w.@])(?<h>${MAILBOX_LINE})[ \t]*\n${LABEL_ON_LINE}(?:@\s*|at\s+)?(?:${PROVIDERS})\b(?:[ \t.]*(?:dot[ \t]+)?(?:com|me|net|co\.uk|de|fr|es|it))?(?=[ \t.!]*(?:\n|$))|\b(?:${PROVIDERS})\b[ \t.!]*\n${LABEL_ON_LINE}(?<g>${MAILBOX_LINE})(?=[ \t.!]*(?:\n|$))`,
    "gid",
  ),
  accept: (m) => {
    const h = m.groups?.h ?? m.groups?.g ?? "";
    return MAILBOX_ON_ITS_LINE.test(h) && !PROVIDER_RE.test(h);
  },
  words: PROVIDER_WORDS,
  gate: /\n/,
});

/**
 * A mailbox dictated in labelled pieces over consecutive lines: the first piece named as such
 * ("first part", "part 1", "before the @", "user", "local part") and the second as the rest
 * ("second part", "after the @", "domain", "provider"), ending on a provider or a domain. The labels
 * say it is one address, so the mailbox may be a plain word ("first part mattfixes" / "second part
 * is gmail", "user: roadking_74" / "domain: example.net").
 */
const FIRST_PIECE = String.raw`(?:(?:the\s+)?(?:first|1st|front|start)\s+(?:part|half|bit|piece)|part\s*(?:1|one)|(?:the\s+)?(?:bit\s+)?before\s+the\s+(?:@|at(?:\s+sign)?)|user(?:\s*name)?|local\s+part|name\s+part)`;
const SECOND_PIECE = String.raw`(?:(?:the\s+)?(?:second|2nd|last|other|back|end)\s+(?:part|half|bit|piece)|part\s*(?:2|two)|(?:the\s+)?(?:bit\s+)?after\s+the\s+(?:@|at(?:\s+sign)?)|domain|provider|host)`;
const PIECE_SAYS = String.raw`\s*(?:is|'s|:|=|-|–|it'?s)?\s*`;
SPOKEN_EMAIL_PATTERNS.push({
  kind: "EMAIL", // "first part mattfixes" / "second part is gmail", "user: roadking_74" / "domain: example.net"
  re: new RegExp(
    String.raw`\b${FIRST_PIECE}${PIECE_SAYS}(?<h>[a-z0-9][\w.+-]{1,40})[ \t.!]*\n[ \t]*${SECOND_PIECE}${PIECE_SAYS}(?:@\s*|at\s+)?(?:${PROVIDERS}|${LABEL}(?:\.${LABEL}){0,2}\.[a-z]{2,24})\b`,
    "gid",
  ),
  accept: (m) => !PROVIDER_RE.test(m.groups?.h ?? ""),
  gate: /\n/,
});

/**
 * A mailbox dictated piece by piece, each piece strung on with "then" ("it's ray then 77 then at, then wrenchhouse, then dot
 * com"): an "at" said as a piece of its own, then a domain and its ending, the ending maybe described ("the dot test thing").
 * The whole clause from its start is the address, since the pieces before the "at" are the mailbox.
 */
const DICTATED_MAIL = new RegExp(
  String.raw`\b(?:then|and|next)\s+(?:an?\s+|the\s+)?(?:at(?:\s+(?:sign|symbol))?|@)\s*,?\s+(?:then\s+)?(?<dom>[a-z0-9][a-z0-9-]{1,30})\s*,?\s*(?:then\s*)?(?:the\s+)?(?:\.\s*|dot\s+)(?<tld>[a-z]{2,10})\b(?<said>\s+(?:thing|one|ending|bit))?`,
  "gid",
);
SPOKEN_EMAIL_PATTERNS.push({
  kind: "EMAIL",
  re: DICTATED_MAIL,
  gate: /\bthen\s+(?:an?\s+|the\s+)?(?:at|@)\b|\b(?:and|next)\s+(?:an?\s+|the\s+)?(?:at|@)\s*,?\s+then\b/i,
  accept: (m, text) => (TLD_SET.has((m.groups?.tld ?? "").toLowerCase()) || m.groups?.said !== undefined) && !negatedBefore(text, m.index),
  span: (m) => [sentenceStart(m.input, m.index), m.index + m[0].length],
});

/**
 * A mailbox spelled letter by letter ("j o e s g a r a g e a t y a h o o d o t c o m", which the normaliser closes up into one
 * word): a mailbox, "at", a domain and a spoken "dot" before a known ending, all glued; a provider's domain or a word of mail beside it.
 */
SPOKEN_EMAIL_PATTERNS.push({
  kind: "EMAIL",
  re: /\b[a-z0-9]{2,40}at(?<dom>[a-z0-9]{2,30})dot(?:com|net|org|co|info|biz|me|io|uk|us|ca|au|nz|ie|de|fr|es|it|nl|test)\b/dgi,
  gate: /dot(?:com|net|org|co|info|biz|me|io|uk|us|ca|au|nz|ie|de|fr|es|it|nl|test)\b/i,
  // A glued site ("batterydotcom") splits the same way: a mail provider after the "at", or mail talked of beside it.
  accept: (m, text) => (PROVIDER_RE.test(m.groups?.dom ?? "") || mailCueBeside(text, m.index, m.index + m[0].length)) && !negatedBefore(text, m.index),
});

/** The sender's name on the platform, which the reader can see: "my username here", "my display name on the app". */
const ON_HERE = String.raw`(?:here|on\s+here|on\s+(?:the|this)\s+app|in\s+the\s+app)`;
const NAME_HERE = String.raw`my\s+(?:(?:user\s*name|username|handle|display\s+name|profile\s+name)(?:\s+${ON_HERE})?|name\s+${ON_HERE})`;
/** The clause goes on about the platform's own mail to the sender: "so I get the app's receipts fine". */
const PLATFORM_MAIL =
  /\b(?:receipts?|notifications?|verification|confirmations?|invoices?)\b[^.!?\n]*\b(?:fine|ok|okay|already|from\s+(?:the|this)\s+app)\b|\bthe\s+app['’]s\b|\bfrom\s+(?:the|this)\s+app\b/i;
SPOKEN_EMAIL_PATTERNS.push({
  // "my gmail is the same as my name here: dana whitfield", "email is same as my username here @ gmail",
  // "my username here @ yahoo", "outlook, same handle as my display name but with a 7 at the end":
  // a mailbox made of the name the reader already sees, with its provider. The clause is the address.
  kind: "EMAIL",
  re: new RegExp(String.raw`\b(?:${PROVIDERS}|e-?mail)\b[^.!?\n]{0,30}?\bsame\s+(?:\w+\s+)?as\s+${NAME_HERE}[^.!?\n]*|\b${NAME_HERE}\s*(?:@|\bat\b|\bon\b)\s*(?:${PROVIDERS})\b[^.!?\n]*`, "gi"),
  words: [...PROVIDER_WORDS, "email", "e-mail"],
  accept: (m, text) => !negatedBefore(text, m.index) && !/\b(?:not|isn'?t|aren'?t|never)\b/i.test(m[0]) && !PLATFORM_MAIL.test(m[0]),
});

/**
 * An instruction that builds a mailbox out of a detail already given (attack55 finding 1d, round 56):
 * "I'm Ana Li. Add 77 at the end for my gmail", "put a 9 after it and that's my hotmail", "my outlook:
 * stick an underscore between them". The name or handle it edits may be hidden or shown; the edit and
 * the provider are what is left to rebuild the address, so the clause is the address. A piece put at a
 * place of the word (`BUILD`), then the provider claimed as the sender's in the same sentence, or the
 * provider first and the piece after it. "Add oil at the end of the service", "gmail adds a 2 at the
 * end of the subject" have no piece put at a place of a word and no mailbox claimed.
 */
const BUILD_PIECE = String.raw`(?:an?\s+|the\s+)?(?:\d{1,4}|[a-z]|dot|period|full\s+stop|underscore|dash|hyphen|(?:my\s+)?(?:birth\s*year|year\s+of\s+birth|birthday|age|initials?))`;
const BUILD_PLACE = String.raw`(?:at|on|to|onto)\s+the\s+(?:end|front|start|beginning|back)|(?:after|before|behind)\s+(?:it|that|them|the\s+(?:name|surname|first\s+name)|my\s+(?:name|surname|first\s+name))|in\s+(?:front|between|the\s+middle)|between\s+(?:them|the\s+(?:names|two|words))`;
const BUILD = String.raw`\b(?:add|put|stick|tack|append|pop|slap|throw|plus|with)\s+${BUILD_PIECE}\s+(?:${BUILD_PLACE})\b`;
const MAILBOX_CLAIMED = String.raw`(?:\bmy|\bfor\s+my|\bthat['’]?s\s+my|\bit['’]?s\s+my|\bis\s+my|@|\bat)\s*(?:${PROVIDERS}|e-?mail(?:\s+address)?|mailbox|addy)\b`;
SPOKEN_EMAIL_PATTERNS.push({
  kind: "EMAIL",
  re: new RegExp(String.raw`${BUILD}[^.!?\n]{0,40}?${MAILBOX_CLAIMED}|\bmy\s+(?:${PROVIDERS}|e-?mail(?:\s+address)?)\b[^.!?\n]{0,30}?${BUILD}`, "gi"),
  words: [...PROVIDER_WORDS, "email", "e-mail", "mailbox", "addy"],
  accept: (m, text) => !negatedBefore(text, m.index) && !/\b(?:not|isn'?t|never|don['’]?t)\b/i.test(m[0]),
});

/** A dot, underscore or dash said inside a mailbox, in the languages chat is written in ("jose punto r88", "piotr kropka nowak"). */
const SPOKEN_LOCAL_DOTS = "dot|punto|ponto|punkt|point|period|underscore|dash|hyphen|kropka|nokta|punt|titik|punct|tecka|bodka|pont";
/**
 * Mail providers of other countries (Italy, France, Germany, Czechia, Poland, Brazil, Russia, Korea,
 * China, India): read only after a mailbox-shaped word and an "on", where none is an everyday word.
 */
const PROVIDERS_ABROAD = String.raw`libero|virgilio|tiscali|alice|orange|free|laposte|wanadoo|sfr|t-online|freenet|web\.de|seznam|centrum|wp|onet|interia|o2|uol|bol|terra|mail\.ru|rambler|naver|daum|qq|163|rediff(?:mail)?`;
/**
 * "On" or "at" before a provider in other languages: Spanish/Portuguese "en", "no", "na", "em",
 * French "sur", "chez", German "auf", "bei", "im", Dutch "op", Italian "su", "sul", Indonesian "di",
 * Romanian "pe", Tagalog "sa", Polish "na", "w", Hindi "pe", "par", Turkish "de".
 */
const ON_ABROAD = "en|no|na|em|sur|chez|auf|bei|im|op|su|sul|di|pe|sa|w|u|v|par|ni|de|da";
/** A case ending glued to the provider: Polish "na gmailu", "gmailem", Turkish "gmail'de", "hotmailden". */
const PROVIDER_CASE = String.raw`(?:['’]?(?:u|a|e|em|ie|de|da|den|dan|te|ta|ten|tan))?`;
/** File names look like mailboxes ("img_4032.jpg"). */
const FILE_NAME = /\.(?:jpe?g|png|gif|heic|pdf|docx?|xlsx?|txt|csv|mp[34]|mov|zip|apk)$/i;
/**
 * Those providers as the words a message holds (not "mail" of "mail.ru": a word of every message about mail), and a
 * provider's word with a case ending ("gmailu"; "gmail'de" holds "gmail" itself).
 */
const PROVIDER_WORDS_ABROAD =
  "libero virgilio tiscali alice orange free laposte wanadoo sfr t-online freenet web seznam centrum wp onet interia o2 uol bol terra rambler naver daum qq 163 rediff rediffmail".split(" ");
const PROVIDER_WITH_CASE = /^(?:gmail|hotmail|yahoo|outlook|icloud|gmx|onet|interia)(?:u|a|e|em|ie|de|da|den|dan|te|ta|ten|tan)$/;
const hasProviderWordAbroad = (words: ReadonlySet<string>): boolean => hasProviderWord(words) || PROVIDER_WORDS_ABROAD.some((w) => words.has(w)) || anyWord(words, PROVIDER_WITH_CASE);

/** Providers abroad that are everyday words too ("centrum" a town centre, "terra" earth, "libero" free, "orange", "free", "web"). */
const PROVIDER_EVERYDAY_WORD = /^(?:centrum|centrum[aeu]|terra|libero|orange|free|alice|web|bol|o2)$/i;
/** Mail talked about, in the languages of `ON_ABROAD`. */
const MAIL_TALK = /\b(?:e-?mail\w*|mail\w*|correo|poczt\w*|adres\w*|endere[cç]o|indirizzo|posta|courriel|skrzynk\w*|inbox)\b/i;

/** A dot said as a word inside a mailbox ("jose punto r88"), to be read as the dot. */
const SPOKEN_LOCAL_DOT = new RegExp(String.raw`\s+(?:${SPOKEN_LOCAL_DOTS})\s+`, "gi");

SPOKEN_EMAIL_PATTERNS.push({
  // "sou o joao.silva77 no hotmail", "sono luca.rossi91 su libero", "jestem piotr.nowak88 na gmailu", "sunt ion.popescu pe yahoo",
  // "jose punto r88 en gmail": the mailbox, the word for "on" of the sender's language, and the provider (the "@").
  kind: "EMAIL",
  re: new RegExp(
    String.raw`(?<![\w.@+-])(?<h>[a-z][\w+-]*(?:(?:\.|\s+(?:${SPOKEN_LOCAL_DOTS})\s+)[a-z0-9][\w+-]*){0,3})\s+(?:${ON_ABROAD})\s+(?:${PROVIDERS}|${PROVIDERS_ABROAD})${PROVIDER_CASE}(?![\w@-]|\.[a-z])`,
    "gid",
  ),
  wordTest: hasProviderWordAbroad,
  accept: (m, text) => {
    const local = (m.groups?.h ?? "").replace(SPOKEN_LOCAL_DOT, ".");
    if (!MAILBOX_SHAPED.test(local.toLowerCase()) || FILE_NAME.test(local) || negatedBefore(text, m.index)) return false;
    // "astra3 w centrum", "polo9n w centrum miasta", "golf4 na terra", "sono libero": a provider that is an everyday word of
    // the sender's language is read only after a mailbox with a dot, an underscore or a dash, or where mail is talked about.
    const provider = /\S+$/.exec(m[0])?.[0].toLowerCase() ?? "";
    return !PROVIDER_EVERYDAY_WORD.test(provider) || /[._+-]/.test(local) || MAIL_TALK.test(text);
  },
});

/** Words that go on with the sentence rather than spell a mailbox ("... bob42 if you need it"). */
const SENTENCE_WORD =
  /^(?:if|and|or|but|so|then|for|to|the|a|an|you|u|me|it|is|are|was|thanks|thx|cheers|pls|please|when|once|after|before|because|cause|cuz|ok|okay|lol|mate|bro|sir|too|also|now|asap|today|tomorrow)$/i;

/**
 * How many characters after a mailbox's first word still belong to it: one to three short words,
 * initials or numbers that run to the end of the clause ("sal vega 78", "brenda l chase"), else 0.
 */
function spokenLocalTail(rest: string): number {
  const m = /^(?:[ \t]+[a-z0-9]{1,12}){1,3}(?=[ \t]*(?:$|[,.;:!?\n]|[ \t]+(?:all\s+(?:one|1)\s+word|no\s+spaces?|together)\b))/i.exec(rest);
  if (
    !m ||
    m[0]
      .trim()
      .split(/\s+/)
      .some((w) => SENTENCE_WORD.test(w))
  )
    return 0;
  return m[0].length;
}

/** Spoken joiners inside a mailbox: "taller punto gomez", "werkstatt punkt huber", "sarah k plus cars". */
const MAILBOX_JOINER = new RegExp(`^(?:${SPOKEN_LOCAL_DOTS}|plus)$`, "i");
/** Words that end a mailbox said in words on the left: the cue and the sentence around it. */
const NOT_MAILBOX_WORD = /^(?:e-?mail|mail|correo|courriel|is|it'?s|its|es|est|é|ist|at|to|me|my|mi|meu|mon|ma|mein|meine|an|a|the|and|or|send|write|reach|contact|address|addy|is:|at:|on|via)$/i;
const LAST_WORD = /(\S+)[ \t]+$/;
/** An instruction to write the words of an address together, right after it. */
const JOIN_INSTRUCTION = /^\s*,?\s*(?:all\s+(?:one|1)\s+word|(?:one|1)\s+word|no\s+spaces?|no\s+gaps|together|joined\s+up|run\s+together)\b/i;

/** A mail provider's name closing an e-mail hit ("... on yahoo"). */
const PROVIDER_AT_END = /\b(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|icloud|proton(?:mail)?|aol|gmx|zoho|yandex)$/i;
/** The name in that mailbox, right after the provider: " as sofia_c", " under tonyfixes". */
const PROVIDER_THEN_NAME = /^[ \t]+(?:as|under)[ \t]+@?[a-z0-9][\w.-]{2,40}/i;

/**
 * A mailbox said in several words reaches left of what the e-mail rules matched: over a spoken
 * joiner and the word before it ("taller punto [gomez@gmail.com]"), and from a lone initial to the
 * name before it ("priya [s at zoho dot com]"), so no piece of the address stays readable.
 */
export function extendSpokenMailboxes(text: string, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "EMAIL" && h.kind !== "LINK") continue;
    // "linda mcb at icloud dot com, all one word", "hollis auto dot com no spaces": the instruction
    // says the words before belong to the address, and is part of it.
    const joined = JOIN_INSTRUCTION.exec(text.slice(h.end, h.end + 30));
    if (joined) h.end += joined[0].length;
    if (h.kind !== "EMAIL") continue;
    // "I'm on yahoo as sofia_c", "on gmail under tonyfixes": a mailbox named by its provider, then the name in it.
    const named = PROVIDER_THEN_NAME.exec(text.slice(h.end, h.end + 50));
    if (named && PROVIDER_AT_END.test(text.slice(h.start, h.end))) h.end += named[0].length;
    let joins = joined ? 3 : 0;
    // "d whitfield 88 at gmail" ("eighty eight" read as digits): a number opening the mailbox follows the name it belongs to.
    let mustTake = /^\d+(?=[\s@])/.test(text.slice(h.start, h.end));
    for (let k = 0; k < 8; k++) {
      const prev = LAST_WORD.exec(text.slice(Math.max(0, h.start - 40), h.start));
      if (!prev) break;
      const word = prev[1]!;
      if (MAILBOX_JOINER.test(word) && !mustTake) {
        h.start -= prev[0].length;
        mustTake = true;
        continue;
      }
      const first = /^\S+?(?=[\s@]|$)/.exec(text.slice(h.start, h.end))?.[0] ?? "";
      const initial = /^[a-z]$/i.test(word) && !/^(?:a|i)$/i.test(word);
      if ((mustTake || joins > 0 || initial || /^[a-z0-9]$/i.test(first)) && /^[a-z0-9][\w.-]*$/i.test(word) && !NOT_MAILBOX_WORD.test(word) && !SENTENCE_WORD.test(word)) {
        h.start -= prev[0].length;
        mustTake = false;
        joins--;
        continue;
      }
      break;
    }
  }
}
