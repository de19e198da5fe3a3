/**
 * SOCIAL_HANDLE and MESSAGING_APP: a handle, or a platform named as the place to find someone.
 *
 * A bare platform name is innocent ("I watched a youtube video", "turn signal", "fuel line"), so
 * every pattern needs a handle or a cue ("find/add/follow me on ...", "my insta is ...",
 * "signal: rick.17"). The handle is the detail and is masked; the invitation around it is hidden with its sentence
 * afterwards (contact-detector.ts, `hideSolicitations`).
 */
import { appInTheCar, busyElsewhere } from "./apps-in-passing.ts";
import { after, anyWord, before, caseless, groupSpan, negatedBefore, type Pattern, sentenceAt, sentenceText, uniqueAlternatives } from "./context.ts";
import { concededUpTo, NEGATED_ABROAD } from "./deal-talk.ts";
import { PUBLISHERS } from "./links.ts";
import { sameNameOfSomeoneElse } from "./someone-elses-name.ts";
import type { Hit } from "./types.ts";
import { CAR_MAKES, foldAccents, isEnglishWord } from "./vocabulary.ts";

/** Classifieds of the marketplace's other countries, where a seller is found by name and goods are searched. */
const CLASSIFIEDS_ABROAD_SITES = ["wallapop", "milanuncios", "leboncoin", "(?:ebay\\s+)?kleinanzeigen", "subito(?:\\.it)?", "trade\\s?me", "carousell"];
/** A classifieds site abroad named in a text (`CLASSIFIEDS_ABROAD_SITES`): "search Kleinanzeigen for Golf 7 Scheinwerfer" searches goods. */
export const CLASSIFIEDS_ABROAD = new RegExp(`\\b(?:${CLASSIFIEDS_ABROAD_SITES.join("|")})\\b`, "i");

/**
 * Sites and apps where a person or a business is looked up by name: directories, review and
 * trades sites, classifieds, maps. One list, shared by the handle rules here and the look-up
 * rules of `phrases.ts`; add a site here and every "find me on <site>" form knows it.
 */
export const LOOKUP_SITES = [
  "yelp",
  "thumbtack",
  "hipages",
  "oneflare",
  "airtasker",
  "bark(?:\\.com)?",
  "fixr",
  "g-?maps",
  "goog",
  "f-?book",
  "fbk",
  "bbb",
  "angi",
  "angie'?s(?:\\s+list)?",
  "homeadvisor",
  "home\\s+advisor",
  "taskrabbit",
  "houzz",
  "nextdoor",
  "checkatrade",
  "trustatrader",
  "trustpilot",
  "mybuilder",
  "rated\\s+people",
  "yell(?:\\.com)?",
  "freeindex",
  "cylex",
  "justdial",
  "sulekha",
  "indiamart",
  "urbanclap",
  "urban\\s+company",
  "donedeal",
  "gumtree",
  "kijiji",
  "craigslist",
  "olx",
  "mercado\\s?libre",
  ...CLASSIFIEDS_ABROAD_SITES,
  // directories of the marketplace's other countries
  "pagine\\s?gialle",
  "pages\\s?jaunes",
  "gelbe\\s?seiten",
  "autotrader",
  "cargurus",
  "carfax",
  "repairpal",
  "mechanicadvisor",
  "yellow\\s*pages",
  "white\\s*pages",
  "superpages",
  "manta",
  "alignable",
  "foursquare",
  "tripadvisor",
  "mapquest",
  "apple\\s+maps",
  "google\\s+maps",
  "waze",
  "bing",
  // company registers, where a trading name leads to the address and phone ("search the company register for Thorne Mechanical Pty Ltd")
  "compan(?:y|ies)\\s+regist(?:er|ry)",
  "companies\\s+house",
  "business\\s+regist(?:er|ry)",
  "abn\\s+lookup",
  "handelsregister",
  "kvk",
  "registro\\s+mercantil",
  "registro\\s+(?:delle\\s+)?imprese",
  "infogreffe",
  "societe\\.com",
].join("|");

/** Google as a place to find someone, not its other products ("google pay", "google drive"). */
export const GOOGLE_SITE = "google(?!\\s+(?:pay|wallet|drive|docs|translate|play|photos|assistant|lens|home|nest|fi)\\b)";

const PLATFORM = uniqueAlternatives(
  "(?:insta|1nsta)(?:gram)?|ig|sn[a4]?p(?:ch[a4]t)?|sc|vk|kakao(?:talk)?|tik\\s?tok|tt|facebook|fb|twitter|x\\.com|threads|discord|youtube|yt|linkedin|reddit|twitch|pinterest|yelp|nextdoor|" +
    GOOGLE_SITE +
    "(?:\\s+maps)?|craigslist|marketplace|fb\\s+marketplace|kijiji|gumtree|bluesky|the\\s+gram|" +
    LOOKUP_SITES,
);
/** Platforms where a person has a handle (Google, Yelp and marketplaces are places to look someone up). */
const HANDLE_PLATFORM =
  "(?:insta|1nsta)(?:gram)?|linktree|linktr\\.ee|beacons|ig|sn[a4]?p(?:ch[a4]t)?|sc|vk|kakao(?:talk)?|tik\\s?tok|tt|facebook|fb|twitter|threads|discord|youtube|yt|linkedin|reddit|twitch|pinterest|bluesky|psn|xbox(?:\\s+(?:gt|gamertag|live))?|gamertag|gt|steam|epic|kik|skype|threema|tele|sig";
/** Payment apps that pay to a phone number: MobilePay, Vipps, Swish, TWINT, PayNow, BLIK, Satispay, Lydia. */
export const PHONE_PAYMENT_APPS = "mobile\\s?pay|vipps|swish|twint|pay\\s?now|blik|satispay|lydia";
const APP =
  "w+h?a?t+s+\\s?a+p+|wpp|wsp|guasap|wh?assap|wa|vk|kakao(?:talk)?|group\\s?me|telegr?a?m|tele|tg|signal|sig|viber|we\\s?chat|skype|imessage|i\\s?message|facetime|kik|line|messenger|fb\\s+messenger|zoom|teams|threema";
/** A handle: letters, digits, "_", "." and "-", at least one letter. */
export const HANDLE = String.raw`@?(?=[\w.\-]*[a-z])[a-z0-9_](?:[\w.\-]{0,30}[a-z0-9_])?`;
/** A handle said aloud: "hector dot motors", "mike underscore revs" (a dot or underscore the normaliser could not close up). */
const SPOKEN_HANDLE = String.raw`${HANDLE}(?:(?:\s+(?:dot|underscore|period)\s+|[ \t]\.[ \t])[a-z0-9_]{2,20}){0,3}`;
const HANDLE_STOP =
  /^(?:me|us|you|it|is|the|a|an|my|our|your|and|or|for|to|too|on|in|at|as|if|so|then|now|later|here|there|please|pls|thanks|thank|asap|tonight|today|tomorrow|instead|ok|okay|too|anytime|whenever|if|when|app|account|page|profile|name|handle|username|id|number|works|working|better|best|easier|fine|same|also|though|first|back|quick|real|private|direct|dm|dms|messages|message|chat|call|calls|video|group|link|channel|just|only|still|not|no|yes|sure|plz|mate|bro|man|dude|guys|down|broken|dead|hacked|gone|off|suspended|banned|deleted|lagging|glitching)$/i;

export const handleOk = (h: string | undefined): boolean => h !== undefined && !HANDLE_STOP.test(h.replace(/^@/, ""));

/** Watching or reading someone's posts: the name after it is a creator, not an account to reach. */
const WATCHED_BEFORE = /\b(?:watch(?:ed|ing)?|saw|seen|viewed|video\s+(?:by|from)|videos?\s+of|read|learn(?:ed|t)\s+from)\s+(?:\w+\s+)?$/i;

/**
 * Words that describe the app or open a clause after "is", never an account name: "signal is bad",
 * "whatsapp is full", "is really slow", "my manager's line is that ...".
 */
const PREDICATE_WORD =
  /^(?:that|really|very|so|pretty|super|always|never|kinda|quite|getting|terrible|awful|bad|weak|patchy|spotty|rubbish|crap|full|blocked|restricted|censored|illegal|unavailable|available|popular|encrypted|safe|safer|unsafe|slow|useless|worse|down|everywhere|common|expensive|huge|big|mandatory|required|great|good|annoying|overrated|not)$/i;

/** Car words that share a name with an app ("turn signal", "fuel line", "zoom on the camera"). */
const CAR_SENSE_AFTER = /^\s*(?:wire|wiring|light|lamp|bulb|switch|stalk|relay|flasher|indicator|lever|module|circuit|cable|leak|pressure|fitting|clamp|pipe)s?\b/i;
// Also "line" as a line of a document: "Quote line: ignition coil", "first line of the invoice".
const CAR_SENSE_BEFORE =
  /\b(?:quote|invoice|order|receipt|estimate|bill|subject|bottom|top|first|next|last|each|punch|tag|turn|indicator|blinker|signal\s+light|light|lamp|tail|brake\s+light|hazard|fuel|brake|vacuum|coolant|oil|gas|power|steering|return|feed|hard|ac|a\/c|hydraulic|cruise|pit|bluetooth|carplay|android\s+auto|radio|stereo|camera|backup|reverse|in|the|a|my|your|this|that)\s*$/i;
const INFOTAINMENT = /\b(?:carplay|android\s+auto|bluetooth|infotainment|head\s*unit|stereo|sync|screen|radio|dash|display)\b/i;

/** Having none, where `NEGATED_ABROAD` has no word for it: Tagalog "wala akong whatsapp", "wala kaming". */
const HAVE_NONE_BEFORE = /\bwala(?:ng)?\s+(?:akong|ako|kaming|kami|kong)\b[^,.!?;\n]{0,30}$/i;
/**
 * Negated before `at` in its clause, in English (`negatedBefore`) or another language (`NEGATED_ABROAD`: "não tenho
 * whatsapp", "ich habe kein WhatsApp", "nie mam whatsappa", "je n'ai pas WhatsApp", and `HAVE_NONE_BEFORE`), from the last "but" before it on (`concededUpTo`).
 */
const refused = (text: string, at: number): boolean => {
  // A negation before a "but" denies the app it names, not this one ("nie mam WhatsAppa ale mam Telegram").
  const opens = concededUpTo(text, Math.max(0, at - 60), at);
  return negatedBefore(text, at) || NEGATED_ABROAD.test(text.slice(opens, at)) || HAVE_NONE_BEFORE.test(text.slice(Math.max(opens, at - 40), at));
};
/**
 * The sender saying they do not use or have the app, in the other languages (English is `negatedBefore`'s): a first-person
 * verb of using or having, negated, right before the app ("não uso WhatsApp", "no tengo Telegram", "je n'utilise pas
 * WhatsApp", "ich nutze kein WhatsApp", "non uso Instagram", "nie mam WhatsAppa", "ik heb geen WhatsApp", "nu folosesc
 * Telegram", "gak punya WA", "wala akong Viber", "sina WhatsApp"), or verb-final after it ("WhatsApp kullanmıyorum",
 * "WhatsApp nahi use karta", "Telegram habe ich nicht"). Only the sender's own verb and nothing between: "¿no tienes
 * WhatsApp?" asks the reader, and "no tengo WhatsApp pero sí Telegram" still names Telegram.
 */
const APP_NOT_USED_BEFORE =
  /(?:\b(?:nao|no|non)\s+(?:uso|tenho|tengo|utilizo|ho|instalei|instale)|\bje\s+n['’]?\s?(?:utilise|ai|ai\s+meme|ai\s+plus)\s+(?:pas|plus|jamais)(?:\s+de)?|\bj['’]?\s?(?:ai|utilise)\s+pas(?:\s+de)?|\bich\s+(?:nutze|benutze|habe|hab|verwende)\s+(?:gar\s+)?(?:kein\w*|nicht)|\bnie\s+(?:mam|uzywam|korzystam\s+z)|\b(?:ik\s+)?(?:heb|gebruik)\s+(?:ik\s+)?geen|\bnu\s+(?:am|folosesc|utilizez)|(?<!\b(?:kamu|anda|lu|lo|km|kau)\s+)\b(?:tidak|tdk|nggak|gak|ga|enggak)\s+(?:punya|pakai|pake|install)|\bwala\s+akong|\bhindi\s+ako\s+(?:gumagamit|nag\w+)\s+ng|\b(?:sina|situmii))\s+$/i;
const APP_NOT_USED_AFTER = /^\w*\s+(?:kullanm(?:iyorum|iyoruz|am)|yok|(?:nahi|nahin)\s+(?:hai|use\s+kar\w*|chala\w*)|hab[e]?\s+ich\s+(?:nicht|keins?)|nie\s+mam|nao\s+tenho|no\s+tengo)\b/i;

/** The app not used or had by the sender (`APP_NOT_USED_BEFORE`, `APP_NOT_USED_AFTER`), in a sentence that asks nothing. */
function appNotUsedAbroad(m: RegExpExecArray, text: string): boolean {
  const notUsed = APP_NOT_USED_BEFORE.test(before(text, m, 40)) || APP_NOT_USED_AFTER.test(after(text, m, 40));
  return notUsed && !/^[^.!\n]*\?/.test(after(text, m, 120));
}

/** The reader asked, not the sender refusing: "¿no tienes WhatsApp?", "você não tem WhatsApp?", "don't you have WhatsApp?", "hast du kein Telegram?". */
const YOU_BEFORE =
  /\b(?:you|u|ya|tienes|tenes|tiene\s+usted|usas|tens|tem|voce|você|vc|usa|hast|habt|nutzt|haben\s+sie|as[\s-]tu|avez|tu\s+as|vous\s+avez|hai|usi|ha|masz|macie|pan|pani|kamu|km|lu|anda|heb\s+je|hebt|gebruik\s+je)\b[^.!?\n]{0,30}$/i;
const askedOfReader = (m: RegExpExecArray, text: string): boolean => /^[^.!\n]{0,20}\?/.test(after(text, m, 40)) && YOU_BEFORE.test(before(text, m, 40));

/** What a car's screen does with an app, right after its name: its messages or calls, a fault, built in, another app beside it. */
const INFOTAINMENT_FEATURE_AFTER =
  /^['’-]?\s*(?:(?:and|&|or)\s+[\w-]+\s+)?(?:-?style\s+)?(?:messages?|notifications?|alerts?|calls?|audio|chats?|texts?|won'?t|doesn'?t|don'?t|isn'?t|aren'?t|keeps?|both|lags?|lagging|crash\w*|freez\w*|built[\s-]in|integration|support|pops?\s+up)\b/i;

/** The rest of the match's sentence, up to `n` characters. */
const sentenceAfter = (text: string, m: RegExpExecArray, n: number): string => after(text, m, n).split(/[.!?\n]/, 1)[0]!;

/** A named app is a contact channel unless the car sense or an infotainment complaint explains it. */
function appIsChannel(m: RegExpExecArray, text: string, app: string): boolean {
  const a = app.toLowerCase().replace(/\s+/g, "");
  if ((refused(text, m.index) && !askedOfReader(m, text)) || appNotUsedAbroad(m, text)) return false;
  const head = before(text, m, 40);
  const tail = after(text, m, 30);
  // "WeChat Pay", "Kakao T", "KakaoMap", "Kakao Pay": the company's other apps, a payment, a taxi or a map.
  if (/^(?:wechat|kakao)$/.test(a) && /^\s?(?:pay|wallet|t(?![a-z])|taxi|map|maps|navi|bank|mobility)\b/i.test(tail)) return false;
  // The app as a feature of the car's screen (round 51: the screen named after it too: "whatsapp notifications don't come
  // through android auto", "instagram and whatsapp both lag on the head unit", "telegram-style notifications pop up on the head unit").
  if ((INFOTAINMENT.test(head) || INFOTAINMENT.test(sentenceAfter(text, m, 80))) && INFOTAINMENT_FEATURE_AFTER.test(tail)) return false;
  if (appInTheCar(text, m.index, m.index + m[0].length) || busyElsewhere(text, m.index, m.index + m[0].length)) return false;
  if (/^(?:signal|line|messenger|zoom|teams|session|wire|element|matrix|wa|tg)$/.test(a) && (CAR_SENSE_BEFORE.test(head) || CAR_SENSE_AFTER.test(tail))) return false;
  // "the app's video call", "the video chat froze": the platform's own call feature; not "facetime me" (round 32), Apple's own
  // call asked for by its verb, unless the platform follows it at once ("facetime me here").
  const facetimeMe = a === "facetime" && /^\s+(?:me|us)\b(?!\s*(?:here|in\s+the\s+app|on\s+here|through\s+the\s+app)\b)/i.test(tail);
  if (!facetimeMe && /^(?:video|zoom|teams|facetime)/.test(a) && /\bapp\b|\bhere\b|froze|frozen|lag|drop/i.test(head + tail)) return false;
  // "my brother sent me a whatsapp voice note ... can I upload audio here?", "a 'facetime' style call? first
  // time using this app": the app names a kind of recording or call, and the sender brings it here.
  if (APP_AS_THING_AFTER.test(tail) && HERE_POINTER.test(text)) return false;
  // "whatsapp is down today", "my snapchat memories", "discord? nah", "a whatsapp group? never
  // mind": the app's state, a thing it keeps, or the app waved away.
  const rest = after(text, m, 60);
  if (APP_STATE_AFTER.test(tail) || APP_KEEPS_AFTER.test(tail) || wavedAway(m[0].endsWith("?") ? `?${rest}` : rest)) return false;
  if (REFUSED_AFTER.test(tail) && !ASKED_AFTER.test(after(text, m, 60))) return false;
  if (SOMEONE_ELSE_USES_BEFORE.test(head) && !OFFERED_AFTER.test(after(text, m, 80))) return false;
  // "my cousin goes by the same name on snapchat", "the scam account had the same name on whatsapp": someone else's name there (round 52).
  const sameName = SAME_NAME_ON_BEFORE.exec(head);
  if (sameName && sameNameOfSomeoneElse(text, m.index - head.length + sameName.index)) return false;
  // "the in-app video is better than whatsapp anyway": the platform's own feature preferred to the
  // app, which is named only as the worse choice.
  if (preferredToTheApp(text, m)) return false;
  // "the telegram I got from the DVLA": a telegram as a message on paper, after an article.
  return !(a === "telegram" && /\b(?:a|the|that|this)\s+$/i.test(head) && !/\b(?:on|via|in|through|over)\s+the\s+$/i.test(head) && !/^\s+(?:app|group|channel|account|chat)\b/i.test(tail));
}

/** The app refused after its name, as Hindi and Turkish say it: "whatsapp nahi hai", "whatsapp kullanmıyorum", "whatsapp'ım yok". */
const REFUSED_AFTER = /^['’]?\w{0,4}\s+(?:nahi|nahin|nai|yok|kullanmiyorum|kullanmiyoruz|kullanmam)\b/i;
/**
 * The reader asked whether they have it, right after: "whatsapp nahi hai kya?", "WhatsApp'ın yok mu?", "telegram nahi
 * hai aapke paas?", "WhatsApp'ınız yok mu": a question, no refusal (as `appNotUsedAbroad` asks of its sentence).
 */
const ASKED_AFTER = /^[^.!\n]*?(?:\?|\b(?:kya|kyaa|kia|na)\s*$|\b(?:mu|mi|mı|mü|musun|misin|musunuz|misiniz)\b)/i;
/**
 * Someone else, or everyone, who uses the app, said right before it: "my cousin uses", "minha mãe
 * usa", "everyone here uses", "mein Sohn ist ständig auf" is talk about the app, not a channel offered.
 */
const SOMEONE_ELSE_USES_BEFORE =
  /\b(?:(?:my|his|her|their|minha|meu|mi|mis|meine?|mia|mio|moja|moj|ma|mon)\s+(?:\w+\s+)?(?:cousin|wife|husband|brother|sister|mum|mom|mother|dad|father|son|daughter|kids?|friends?|mate|neighbou?r|boss|family|parents|mae|pai|irma|irmao|filho|filha|primo|prima|esposa|marido|madre|padre|hermano|hermana|hijo|hija|amigo|amiga|frau|mann|sohn|tochter|bruder|schwester|mutter|vater|moglie|marito|figlio|figlia|fratello|sorella|mere|pere|femme|frere|soeur)|everyone|everybody|people|todo\s+mundo|todos|alle|tutti|tout\s+le\s+monde)\s+(?:here\s+|aqui\s+)?(?:uses?|usa|usan|nutzt|benutzt|utilise|(?:is|are|ist|sind)\s+(?:(?:always|constantly|standig|immer)\s+)?(?:on|auf)|lives\s+on|loves|posts\s+on)\s+$/i;
/** "The same name" right before the app it is said to be on: "same name on", "the same handle over on". */
const SAME_NAME_ON_BEFORE = /\bsame\s+(?:user\s*name|name|handle|@|tag)\s+(?:over\s+)?(?:on|in)\s+(?:the\s+)?$/i;
/** The app offered after all in the rest of the sentence: someone to write to there, a number or a handle. */
const OFFERED_AFTER =
  /\b(?:me|us|him|her|them|add|message|msg|text|call|contact|reach|dm|ask)\b|\d{3,}|[@#]\w|[a-z\d][._][a-z\d]|\bwith\s+(?:you|u|ya)\b|\b(?:you|u)\s+there\b|\b(?:com|pra|para)\s+(?:voce|você|vc|o\s+senhor|a\s+senhora)\b|\bcontigo\b|\b(?:te|ti|vous|dir|dich|ihnen|sana|size|seninle|sizinle)\s+(?:\w+\s+)?(?:escrib\w*|llam\w*|mand\w*|contact\w*|escrev\w*|cham\w*|scriv\w*|chiam\w*|ecri\w*|écri\w*|appel\w*|schreib\w*|ruf\w*|melde\w*|yaz\w*|ara\w*|ulas\w*)|\b(?:por|de)\s+(?:alli|allí|ahi|ahí|ali|alí)\b|\b(?:la|lá)\s+com\b|\bdort\s+mit\b|\boradan\b|\b(?:schreibt|ruft|meldet)\s+(?:dir|dich|ihnen|euch)\b|\b(?:t['’]|te\s+)(?:ecrit|écrit|appelle|contacte)\b/i;

/** A comparison that the app loses, said right before it: "better than", "easier than", "rather ... than", "beats". */
const PREFERRED_OVER_BEFORE =
  /\b(?:(?:better|easier|clearer|simpler|safer|nicer|quicker|faster|smoother|handier|sharper|more\s+\w+)\s+than|rather\b[^.!?\n]{0,40}\bthan|beats|over)\s+(?:(?:on|using|via|with|through|a|an|the)\s+)?$/i;
/** The platform's own feature on the winning side: "the in-app video", "this chat", "the app's call", "here". */
const PLATFORM_FEATURE =
  /\bin[\s-]app\b|\bhere\b|\bthis\s+(?:app|chat|thread|platform)\b|\bthe\s+app['’]s\b|\b(?:the|this)\s+(?:app|platform)\s+(?:video|call|chat|camera)\b|\bvideo\s+call\s+(?:in|on)\s+(?:the\s+)?app\b/i;

/**
 * The platform's own call, video or chat preferred to a named app ("the in-app video is better than
 * whatsapp anyway, i can zoom", "I'd rather do the call here than on whatsapp"): the app is the
 * losing side of a comparison whose other side, earlier in the sentence, is the platform, and
 * nothing after it comes round to the app ("... but add me there anyway").
 */
function preferredToTheApp(text: string, m: RegExpExecArray): boolean {
  const head = (
    before(text, m, 100)
      .split(/[.!?\n]/)
      .pop() ?? ""
  ).toString();
  if (!PREFERRED_OVER_BEFORE.test(head)) return false;
  const winner = head.replace(/\b(?:than|beats|over)\s+(?:(?:on|using|via|with|through|a|an|the)\s+)?$/i, "");
  return PLATFORM_FEATURE.test(winner) && !COMES_ROUND_AFTER.test(after(text, m, 80)) && !/\b(?:add|msg|message|text|call|ring|hit|dm|find|reach)\s+(?:me|us)\b/i.test(after(text, m, 80));
}

/** The app's state: "whatsapp is down", "telegram's been glitchy", "signal was not working". */
const APP_STATE_AFTER =
  /^['’]?s?\s+(?:is|was|(?:has\s+)?been|keeps)\s+(?:(?:so|really|totally|completely|still)\s+)?(?:down|out|broken|dead|crashing|crashed|glitch\w*|lagg?(?:ing|y)|buggy|acting\s+up|not\s+(?:working|loading|sending)|banned|blocked)\b/i;
/** Things an app keeps or makes for its user: "my snapchat memories", "instagram reels", "the whatsapp update". */
const APP_KEEPS_AFTER = /^['’]?s?\s+(?:memories|streaks?|filters?|lens(?:es)?|stories|reels|feed|updates?|outage|algorithm|ads?)\b/i;
/** The app named, then waved away within its sentence: "discord? nah i'm too old for that", "a whatsapp group? never mind". */
const WAVED_AWAY_AFTER = /^[^.!\n]{0,30}?\?\s*(?:nah|nope|no(?:\s+thanks|\s*[,.!]|\s*$)|never\s*mind|nvm|forget\s+it|scratch\s+that)/i;
/**
 * After the wave, the sender coming round ("ok fine", "actually", "but") or giving something a
 * handle or number is made of ("wrenchy#4412", "@wrenchy", "kev_92", "07700"): the app is not waved away.
 */
const COMES_ROUND_AFTER =
  /\b(?:ok(?:ay)?[\s,]+fine|fine\s+then|go\s+on\s+then|actually|jk|kidding|but|oh\s+well|(?:add|dm|msg|message|hit|find|text|call)\s+me|tag|user(?:name)?|handle)\b|[@#]\s*\w|\d{3,}|[a-z\d][._][a-z\d]/i;

/**
 * True when the app is waved away in its sentence ("discord? nah i'm too old for that") and the
 * rest of the message `rest` (what follows the app's name) does not come round to it.
 */
function wavedAway(rest: string): boolean {
  const wave = WAVED_AWAY_AFTER.exec(rest);
  return wave !== null && !COMES_ROUND_AFTER.test(rest.slice(wave[0].length));
}

/** An app's name used for a thing it makes: "whatsapp voice note", "facetime-style call", "my whatsapp is full of photos". */
const APP_AS_THING_AFTER = /^['"’”]?[\s-]*(?:voice\s+(?:notes?|messages?|memos?)|videos?|photos?|pics?|pictures?|clips?|recordings?|audio|gallery|backup|style|is\s+full)\b/i;
/** The platform pointed at in the same message: "upload it here", "this app", "in-app". */
const HERE_POINTER = /\bhere\b|\bthis\s+(?:app|chat|thread)\b|\bin[\s-]app\b/i;

/** Every app, platform and look-up site name as one regex alternation (for the trained second stage's candidates). */
export const CHANNEL_NAMES = `${HANDLE_PLATFORM}|${APP}|${PLATFORM}`;

/** CHANNEL_NAMES with each name once (they share many): the same matches, fewer tries. */
const ANY_CHANNEL = uniqueAlternatives(CHANNEL_NAMES);
/**
 * Portuguese and Polish "no"/"na" before an app is "on" ("no insta é o mesmo nome daqui"), not a
 * negation: read as such, the clause before `at` is refused only by its other words (`refused`).
 */
const ON_APP_ABROAD = new RegExp(String.raw`\bn[oa]\s+(?=(?:${ANY_CHANNEL})\b)`, "gi");
const refusedOnAppAbroad = (text: string, at: number): boolean => {
  const head = before(text, { index: at }, 80).replace(ON_APP_ABROAD, "em ");
  return refused(head, head.length);
};

/**
 * An app or platform named anywhere in a stretch of text (built once: accepts run per match). Every
 * name opens on an ASCII letter or digit: "(?=[a-z0-9])" says so first, and the engine leaves every
 * other position before the word-boundary test and the hundred-odd names (about 40% faster on the
 * windows the accepts read).
 */
const PLATFORM_NAMED = new RegExp(String.raw`(?=[a-z0-9])\b(?:${ANY_CHANNEL})\b`, "i");
/** An app or platform named within the last 50 characters before a sentence break ("!" or "?"). */
const PLATFORM_NAMED_LATELY = new RegExp(String.raw`(?=[a-z0-9])\b(?:${ANY_CHANNEL})\b[^!?]{0,50}$`, "i");
/** A platform, an app or a follow cue near a plain "@name". */
const FOLLOW_CUE = new RegExp(`\\b(?:${PLATFORM}|${APP}|follow|add|dm|handle|find|look|search|account|page)\\b`, "i");

/** A person's or a role's name as a mention: capitalised words run together, maybe an initial ("TechSupport", "MikeR", "SamOkafor"). */
const ADDRESSED_NAME = /^(?:[A-Z][a-z]+){1,3}[A-Z]?$/;
/** Where a mention opens what is said to someone: the message's or a sentence's start, or after a greeting or thanks. */
const MENTION_OPENS = /(?:^|\n|[.!?]\s+|\b(?:hi|hey|hello|thanks|thank\s+you|thx|cheers|ok|okay|sorry)[,!]?\s+)$/i;
/** A clause said to the person after the mention, not the mention called the sender's ("is me", "that's my page") or placed on a site ("on ig"). */
const SAID_TO_AFTER = /^[,:]?\s+(?!(?:is|that'?s|it'?s|=)\s+(?:me|us|my|our|mine)\b|(?:on|at|via|in)\b)[a-z]/i;
/**
 * The mention pointed at as a place to go, look, follow, post or write, not spoken to: described
 * by a statement ("@X is where I post", "@X, that's where my stuff is"), sent to ("check it out",
 * "come see my reels", "send me a message on there"), or named for the sender's work or trade ("for
 * my other jobs", "all my builds", "for bookings"). A question ("@X is the car ready?") is still
 * said to the person.
 */
const POINTED_AFTER =
  /^[,:]?\s+(?:is|are|was|=|'s|’s)\b[^?]*$|^[,:]?\s+(?:that|this|it|which)\s*(?:is|'s|’s|was)\s+(?:where|my|our|me|us|the\s+(?:page|place|account|one|profile|channel))\b|\bfor\s+(?:more|bookings?|quotes?|prices?|pricing|rates?|enquiries|inquiries|appointments?|availability|hire|work|jobs|pics|photos|videos|reviews|details|info)\b|\b(?:check\s+(?:it|me|us|this|that|them)\s+out|(?:come|go|pop)\s+(?:and\s+|over\s+and\s+)?(?:see|check|look|watch|visit)|(?:see|watch|view|check)\s+(?:all\s+|out\s+)?(?:of\s+)?(?:my|our)|(?:send|drop|shoot|leave)\s+(?:me|us)\s+(?:a\s+)?(?:message|msg|line|pm|note|text|request)|(?:message|msg|pm|text|ping|hit|reach|contact|tag|sub(?:scribe)?(?:\s+to)?)\s+(?:me|us)|(?:i|we)\s+(?:post|upload|share|put|show)|(?:for|of|with)\s+(?:all\s+)?(?:my|our)|(?:all|more)\s+(?:of\s+)?(?:my|our)|(?:on|over|through|via|from)\s+there|subscribe|like\s+and)\b/i;
/**
 * A caption after the mention: showcase nouns with no verb ("@X pics of previous jobs", "@X before
 * and after pics", "@X, reviews and pics"), the label of a page, where a message to the person has a
 * verb ("@X photos won't upload", "@X pics attached").
 */
const CAPTION_AFTER =
  /^[,:]?\s+(?:(?:some|more|all|loads\s+of|lots\s+of|my|our)\s+)?(?:pics?|photos?|pictures?|videos?|vids?|reels?|clips?|reviews?|builds?|projects?|portfolio|work|before\s*(?:and|&|\/)\s*afters?)\b/i;
const VERB_WORD =
  /\b(?:is|are|was|were|am|be|been|do|does|did|have|has|had|will|would|should|could|can|may|might|must|\w+n[’']t|\w+ed|keeps?|looks?|came|comes?|sent|shows?|showing|uploads?|loads?|attach(?:ed)?|need|needs|went|got|take|took|see|saw)\b/i;

/** Someone else's page or account, its owner named before the label: "the facebook page", "his insta account". */
const SOMEONE_ELSES_LABEL_BEFORE = /\b(?:the|his|her|their|that|its)\s+(?:[\w-]+\s+)?$/i;
/** A sentence that still sends the reader to the page: "dm", "follow", "look it up", "there". */
const SENDS_THE_READER = /\b(?:dm|pm|message|msg|follow|add|find|look\s+(?:it|me|us)?\s*up|search|hit\s+(?:me|us)\s+up|check|there|me|us|my|our|mine|ours)\b/i;

/**
 * What became of someone else's page, told with a past-tense verb right after its label ("the
 * number went dead, the facebook page disappeared", "his insta account closed"): a sentence, not a
 * handle, when nothing sends the reader to the page. A handle given after "is" or ":" is not this.
 */
function whatBecameOfSomeonesPage(m: RegExpExecArray, text: string, sentence: string): boolean {
  const h = m.groups?.h ?? "";
  const word = h.split(/\s/)[0] ?? "";
  return (
    /(?:page|account|profile|channel)\s+$/i.test(m[0].slice(0, m[0].length - h.length)) &&
    /^[a-z]+ed$/.test(word) &&
    isEnglishWord(word) &&
    SOMEONE_ELSES_LABEL_BEFORE.test(before(text, m, 40)) &&
    !SENDS_THE_READER.test(sentence)
  );
}

/** A creator's video told of right after the name: "ChrisFix shows this repair", "X has a good video on it", "Y did a vid on the CV axle". */
const CREATOR_SHOWS_AFTER =
  /^\s*(?:also\s+|actually\s+)?(?:shows?|showed|explains?|explained|covers?|covered|demonstrates?|walks?\s+(?:you\s+)?through|goes\s+(?:over|through)|has\s+(?:a|an|the|some|loads\s+of|lots\s+of)\s+(?:\w+\s+){0,2}?(?:videos?|vids?|guides?|tutorials?|walkthroughs?)|did\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:video|vid|guide|tutorial))\b/i;
/** The sender's own channel, or the reader sent to it to get in touch. */
const OWN_OR_REACHED = /\b(?:my|our|mine|ours|dm|pm|message|msg|contact|reach|hmu|hit\s+(?:me|us)\s+up|add\s+(?:me|us)|follow\s+(?:me|us))\b/i;

/**
 * Someone else's videos named as a how-to (round 51): "youtube channel ChrisFix shows this repair". The name (group `h`)
 * is followed by what its video shows, and the sentence neither owns the channel nor sends the reader to reach it.
 */
function creatorsHowTo(m: RegExpExecArray, text: string): boolean {
  const h = groupSpan(m, "h");
  if (h === null) return false;
  // The name's first word: a name read on over capitalised words ("ChrisFix shows this", case-blind) ends there.
  const nameEnd = h[0] + (/^@?\s?\S+/.exec(text.slice(h[0], h[1]))?.[0].length ?? 0);
  const [start, end] = sentenceAt(text, m.index, h[1]);
  return CREATOR_SHOWS_AFTER.test(text.slice(nameEnd, nameEnd + 60)) && !OWN_OR_REACHED.test(text.slice(start, end));
}

/** A role of someone on the job, named right before a mention: "the mechanic", "your technician", "that tow driver". */
const ROLE_BEFORE_MENTION =
  /\b(?:the|your|this|that)\s+(?:(?:service|tow|mobile|support)\s+)?(?:mechanic|technician|tech|fitter|advisor|adviser|engineer|inspector|driver|agent|specialist|electrician|detailer|valeter)\s*,?\s*$/i;
/** What that person did or was, said of them right after the mention: "was super helpful", "fixed it", "said", "explained". */
const SPOKEN_OF_AFTER =
  /^[,:]?\s+(?:(?:really|also|just|even|actually)\s+)?(?:was|were|is|has|had|did|does|said|says|told|knew|knows|got|came|went|seemed|looked|sorted|fixed|explained|found|replaced|diagnosed|arrived|answered|showed|helped|spotted|checked|[a-z]+ed)\b/i;
/** What would still send the reader to the person: a follow cue or an app (`FOLLOW_CUE`), a way to reach them, a deal. */
const SENT_TO_THE_PERSON =
  /\b(?:dms?|pms?|message|msg|text|call|ring|contact|reach|hit\s+(?:him|her|them)\s+up|(?:add|look\s+up|search|find|tell|ask|save|follow)\s+(?:him|her|them)|(?:look|search)\s+(?:(?:him|her|them|that|the|his|her)\s+)?(?:name|handle)|direct(?:ly)?|cheaper|discount|for\s+less|cash|off\s+(?:the\s+)?(?:app|platform)|outside|private(?:ly)?|on\s+the\s+side|socials?|page|insta|ig|whatsapp)\b/i;

/**
 * A mention of the person who worked on the job, named by role before it and spoken of after it
 * ("the mechanic @Carlos_WL was super helpful", "your technician @dana.k fixed it in an hour"): an
 * in-app name in a review of the work, not a handle to look up, unless the message sends the
 * reader to them anywhere in it (a follow cue, an app, a way to reach them, DMs, "add him", "look
 * her up", private jobs, "for less", socials or a page, a deal). "my mechanic @x" is left a
 * handle: the sender's own contact passed on.
 */
function mentionOfTheOneWhoWorkedOnIt(m: RegExpExecArray, text: string): boolean {
  // The whole message, not the sentence: "the mechanic @x was super helpful. DM him for cheaper jobs" (round 24's review).
  return ROLE_BEFORE_MENTION.test(before(text, m, 40)) && SPOKEN_OF_AFTER.test(after(text, m, 40)) && !FOLLOW_CUE.test(text) && !SENT_TO_THE_PERSON.test(text);
}

export const SOCIAL_PATTERNS: Pattern[] = [
  {
    kind: "SOCIAL_HANDLE", // "follow @ torque.tom": a handle with a space after the @
    re: /\b(?:follow|add|dm|tag|hmu|find)\s+(?:me\s+)?@\s+(?<h>[A-Za-z_][\w.]{2,29})/dgi,
    gate: /@\s/,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "@mikes_garage", but not "@Sam thanks" (a mention of a person in this chat)
    re: /(?<![\w.@])@[A-Za-z_][A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_]/g,
    accept: (m, text) => {
      const name = m[0].slice(1);
      // A platform or a follow cue near the mention, not negated.
      const followCued = (): boolean => FOLLOW_CUE.test(`${before(text, m, 40)} ${after(text, m, 40)}`) && !negatedBefore(text, m.index);
      // A plain first name: a handle only when a platform or a follow cue is near.
      if (/^[A-Za-z][a-z]*$/.test(name) && name.length <= 12) return followCued();
      // "@TechSupport the upload button is greyed out", "@MikeR, the part came": a name of capitalised
      // words opening what is said to someone in this chat, like a first name without a follow cue.
      const clause = after(text, m, 80).split(/[.!\n]/)[0] ?? "";
      if (
        ADDRESSED_NAME.test(name) &&
        MENTION_OPENS.test(before(text, m, 20)) &&
        SAID_TO_AFTER.test(after(text, m, 30)) &&
        !POINTED_AFTER.test(clause) &&
        !(CAPTION_AFTER.test(clause) && !VERB_WORD.test(clause))
      ) {
        return followCued();
      }
      // "the mechanic @Carlos_WL was super helpful": someone who worked on the job through the
      // platform, named by role and spoken of, not sent to.
      if (mentionOfTheOneWhoWorkedOnIt(m, text)) return false;
      // "@AutoDoctor support": the platform's own account.
      return !/^\d/.test(name) && !/^autodoctor/i.test(name);
    },
  },
  {
    kind: "SOCIAL_HANDLE", // "my insta is mikesgarage", "insta: wrench.wizard", "IG - @x", "snap turboTom99", "my discord is wrenchy#4412"
    re: new RegExp(
      String.raw`\b(?:${HANDLE_PLATFORM})(?<what>(?:\s+(?:handle|username|user\s*name|name|account|page|profile|channel|id|tag|gt))*\s*(?:is|'s|:|=|-|–|@|→|➡|👉|\s)\s*(?:just\s+|at\s+|@\s)?)(?<h>${SPOKEN_HANDLE}(?:#\d{4}|\s\d{1,4}\b)?)`,
      "gid",
    ),
    accept: (m, text) => {
      const h = m.groups?.h ?? "";
      if (!handleOk(h.split(/\s/)[0]) || negatedBefore(text, m.index) || creatorsHowTo(m, text)) return false;
      const what = m.groups?.what ?? "";
      const shaped = /^@|[\d_]|\w\.\w|[a-z][A-Z]|\s(?:dot|underscore|period|\.)\s/.test(h);
      // "insta: x", "IG - x", "ig @x": a label; "my insta is x": a statement. "insta is full of
      // these videos" is neither, and "my snap ring" has no separator at all.
      if (/[:=@→➡👉]|\s[-–]\s|\b(?:handle|username|user\s*name|id|tag|gt)\b/iu.test(what)) return true;
      // "IG is tunedbytony": the abbreviation is only ever the platform.
      if (/^(?:IG|FB|TT|SC|YT|PSN)\b/.test(m[0]) && /\b(?:is|'s)\b/i.test(what)) return true;
      if (/\b(?:is|'s)\b|'s/i.test(what)) return shaped || /\b(?:my|our|his|her|the\s+shop'?s?)\s*$/i.test(before(text, m, 20));
      return shaped;
    },
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "I'm on IG as wrench.wizard", "find us on tiktok under brakeboss", "@handle on ig"
    re: new RegExp(String.raw`\bon\s+(?:${PLATFORM})\s+(?:as|under|at|@)\s+(?<h>${HANDLE})`, "gid"),
    accept: (m) => handleOk(m.groups?.h),
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "mikesgarage on ig", "wrench.wizard on insta" (a handle-shaped word right before)
    re: new RegExp(String.raw`(?<h>(?<![\w.@])@?(?=[\w.]*[\d_.])[a-z][\w.]{2,30}[a-z0-9_])\s+on\s+(?:${PLATFORM})\b`, "gid"),
    // "I watched chrisfix on youtube": a creator whose videos the sender watched, not the sender's account.
    accept: (m, text) => handleOk(m.groups?.h) && !negatedBefore(text, m.index) && !WATCHED_BEFORE.test(before(text, m, 30)),
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "find me on facebook", "look us up on yelp", "find my shop on google", "we're on insta", "search Mike's Mobile Mechanic on facebook"
    re: new RegExp(
      String.raw`\b(?:${caseless(String.raw`(?:(?:find|add|follow|look|search|check|hit|catch|friend|dm|pm|message|msg|reach|ping|google)\s+(?:me|us|my\s+\w+|our\s+\w+|for\s+me)(?:\s+up|\s+out)?|look\s+(?:me|us)\s+up|hmu|dms?|(?:i'?m|i\s+am|we'?re|we\s+are|are\s+(?:you|u)|r\s+u))`)}|(?:search|look\s+up|google)\s+(?:for\s+)?(?<name>(?:[A-Z][\w'’&.-]*\s+){1,5}?))\s+(?:up\s+)?${caseless("(?:on|via|through|at|over|in)")}\s+(?:my\s+|our\s+)?(?:${caseless(PLATFORM)})\b(?:\s*[,:-]?\s*(?:(?:username|user\s*name|name|handle|page|listed\s+as|as|under|it'?s|look\s+for)\s+)?(?<tail>@?[A-Z@][\w.'’&-]*(?:[ \t]+[A-Z@&][\w.'’&-]*){0,4}|@[\w.]+|[\w.]*[\d_.][\w.]*))?`,
      "gd",
    ),
    // "I'm on thumbtack looking for a mechanic", "are you on yelp? I want to leave a review": the
    // sender uses the site, nobody is told where to find them.
    accept: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/^(?:the|a|my)$/i.test(m.groups?.name ?? "") &&
      !(
        /^(?:i'?m|i\s+am|we'?re|we\s+are|are\s+(?:you|u)|r\s+u)\b/i.test(m[0]) &&
        (/^[\s?,.!]*(?:(?:and\s+)?(?:looking|searching|trying|browsing)|to\s+find|(?:i\s+)?(?:want|wanna|wanted)\s+to\s+(?:leave|write|post|give)|[^.!?\n]{0,40}\breview)/i.test(after(text, m, 60)) ||
          busyElsewhere(text, m.index + m[0].search(/\S+$/), m.index + m[0].length))
      ),
  },
  { kind: "SOCIAL_HANDLE", re: /(?<![\w\/])u\/[A-Za-z0-9_-]{3,}/g },
];

SOCIAL_PATTERNS.push(
  {
    kind: "SOCIAL_HANDLE", // "kik me carlover_2003", "tele me @ roadside_rudy", "snap me turboTom99"
    re: new RegExp(String.raw`\b(?:${APP}|${HANDLE_PLATFORM})\s+me\s+(?:at\s+|on\s+)?(?:@\s?)?(?<h>(?=[\w.\-]*[\d_.])${HANDLE})`, "gid"),
    accept: (m, text) => handleOk(m.groups?.h) && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "my name there is Mecanico Pepe", "name's cheapbrakesatx", "username brakeboss.04", "same name as on here" (no)
    re: /\b(?:(?:my\s+)?(?:user\s*name|name|handle|id|gamertag|gt|tag|channel|page|account|profile)(?:'s|\s+(?:name|there|on\s+there|on\s+it|over\s+there))?\s*(?:is|:|=|-|–)?\s*)(?<h>@?\s?(?=[\w.\-]*[a-z])[a-z0-9_](?:[\w.\-]{0,30}[a-z0-9_])?(?:\s+[A-Z][a-z]+){0,2})/dgi,
    gate: /\b(?:user\s*name|name|handle|id|gamertag|gt|tag|channel|page|account|profile)\b/i,
    accept: (m, text) => {
      const h = (m.groups?.h ?? "").replace(/^@\s?/, "");
      if (!handleOk(h.split(/\s/)[0]) || negatedBefore(text, m.index) || /^(?:same|different|on|in|the|a|my|your)\b/i.test(h) || creatorsHowTo(m, text)) return false;
      // Only where an app or platform is named, and the name is shaped like one or said after "there".
      const sentence = before(text, m, 80) + " " + after(text, m, 40);
      const platformNamed = PLATFORM_NAMED.test(sentence);
      return (
        platformNamed &&
        (/[\d_.]|[a-z][A-Z]/.test(h) || /\s[A-Z]/.test(h) || /\b(?:there|username|handle|gt|gamertag|name's|channel)\b/i.test(m[0]) || /^[a-z]{6,}$/.test(h)) &&
        !whatBecameOfSomeonesPage(m, text, sentence)
      );
    },
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "skype live:.cid.5d2f9a11c0b"
    re: /\bskype(?:\s+(?:id|name))?\s*(?:is|:)?\s*(?<h>live:[\w.:-]+)/dgi,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "my insta is my shop name with underscores, reyes_auto_repair_atx": a handle-shaped word near a platform
    re: /(?<![\w.@\/])@?_?(?=[a-z0-9]*[_.][a-z0-9])(?=[\w.]*[a-z]{3})[a-z][a-z0-9]*(?:[_.][a-z0-9]+){1,4}_?(?![\w@])/gi,
    gate: /[a-z0-9][_.][a-z]/i,
    wordTest: (words) => hasPlatformWord(words),
    accept: (m, text) => {
      const sentence = before(text, m, 80) + " " + after(text, m, 60);
      return PLATFORM_NAMED.test(sentence) && !/^(?:e\.g|i\.e|a\.m|p\.m|etc)\b/i.test(m[0]) && !/\.(?:com|net|org|jpg|png|pdf|mp4|mov)$/i.test(m[0]) && !negatedBefore(text, m.index);
    },
  },
);

SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "same as my insta lol: slammedsubi_", "my insta is the shop name all lowercase no spaces: vegaautoworks"
  re: new RegExp(String.raw`\b(?:${HANDLE_PLATFORM}|${APP})\b(?<said>[^.!?:\n]{0,60}?)(?::|,\s*(?:it'?s|its|it\s+is))\s*(?<h>@?[a-z0-9][\w.]{2,29})(?=\s*(?:$|[,.!?\n]))`, "gid"),
  gate: /:|,\s*it/i,
  wordTest: (words) => hasPlatformWord(words),
  accept: (m, text) => {
    const h = m.groups?.h ?? "";
    if (!handleOk(h) || negatedBefore(text, m.index) || /^\d+$/.test(h)) return false;
    // Shaped like a handle, or announced as one ("is", "name", "same as", "all one word").
    if (/[\d_.]|[a-z][A-Z]/.test(h) || /\b(?:name|handle|same|lower\s*case|one\s+word|no\s+spaces)\b/i.test(m.groups?.said ?? "")) return true;
    // "add my discord, its fuelinjectedfrank": the sender's own account, then its name.
    return /,\s*(?:it'?s|its|it\s+is)\s*$/i.test(m[0].slice(0, m[0].length - h.length)) && /\b(?:my|our)\s*$/i.test(before(text, m, 8)) && h.length >= 5;
  },
  span: (m) => groupSpan(m, "h"),
});

/**
 * The name one goes by here (or one's own name) as the base of a handle elsewhere: "same as my
 * username here", "my ig is my name", "it's this name on here".
 */
const NAME_AS_BASE = String.raw`(?:(?:the\s+)?same\s+(?:as\s+)?|like\s+|is\s+|=\s*|:\s*)(?:just\s+)?(?:my|this|the)\s+(?:(?:first|full|real|last|display|profile|user)\s*)?(?:name|username|handle|nick(?:name)?|initials|surname)`;
/** The name here, said as this platform's. */
const ON_HERE = String.raw`\s*(?:here|on\s+here|in\s+here|on\s+(?:this|the)\s+(?:app|site|platform)|in\s+(?:this|the)\s+app)\b`;
/**
 * An edit that turns the base into the handle: something added, swapped or put at an end ("but
 * with _au at the end", "plus the year I was born", "then 94", "with the o as a zero").
 */
const NAME_EDIT = String.raw`[^.!?\n]{0,20}?\b(?:but|plus|with|and|then|followed\s+by|\+|add|adding|swap|replace|change|put|stick)\s+[^.!?\n]{0,50}?(?:\b(?:at|on|to)\s+the\s+(?:end|front|start|back)|\bin\s+front|\bafter\s+it|\bunderscore|\bdot\b|\bdash\b|\byear|\bborn\b|\bbirthday|\bbirth|\binstead\s+of|\bfor\s+an?\s+(?:zero|one|number|\d)|\bas\s+an?\s+(?:zero|one|number|\d)|[_\d])[^.!?\n,]{0,20}`;

/** A mailbox by its provider or as mail. */
const MAILBOX = String.raw`(?:e-?mail|g-?mail|hotmail|outlook|yahoo|icloud|proton\w*|mail)`;
const MAILBOX_NAMED = new RegExp(String.raw`\b${MAILBOX}\b`, "i");

SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "insta same as my username here but with _au at the end", "my ig is my name plus the year i was born": a handle told as an edit of a name
  re: new RegExp(String.raw`\b(?:(?:${HANDLE_PLATFORM}|${APP}|${PLATFORM}|page|account|profile)\b[^.!?\n]{0,40}?)?${NAME_AS_BASE}(?<here>${ON_HERE})?${NAME_EDIT}`, "gid"),
  // A name or handle said somewhere, and the base itself ("is my username") somewhere: every match
  // holds the base, so a text without one is not scanned with the platform alternation in front.
  gate: new RegExp(String.raw`^(?=[\s\S]*?(?:name|handle|initials)\b)[\s\S]*?${NAME_AS_BASE}`, "i"),
  // Said of this platform's name, or of one's own name where a platform is named: the edit gives the
  // handle away. A mailbox told this way ("gmail is my username here plus 77") is the email rules' own.
  accept: (m, text) => (m.groups?.here !== undefined || PLATFORM_NAMED.test(m[0])) && !MAILBOX_NAMED.test(before(text, m, 40) + m[0]) && !negatedBefore(text, m.index),
});

SOCIAL_PATTERNS.push(
  {
    kind: "SOCIAL_HANDLE", // "my snap is same as my insta", "my sc is the same as my username here", "same name as here": the handle, given by reference
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:${HANDLE_PLATFORM}|${APP}|${PLATFORM})\b[^.!?\n]{0,40}?\bsame\s+(?:as|name|handle|username|user\s*name|@|one|thing)\b[^.!?\n,]{0,30}|\bsame\s+(?:name|handle|username|user\s*name|@)\s+(?:as|on|like)\s+(?:here|on\s+here|this\s+app|the\s+app|my\s+\w+|everywhere|mine)\b` +
        // a mailbox or an app said to be the sender's account elsewhere (round 51): "hotmail is the same as my insta"
        String.raw`|\b(?:${MAILBOX}|${HANDLE_PLATFORM}|${APP})\s+(?:is|['’]s)\s+(?:the\s+)?same\s+as\s+(?:my|our)\s+(?:${HANDLE_PLATFORM}|${APP}|${PLATFORM}|handle|username|user\s*name|@)\b`,
      "gi",
    ),
    gate: /\bsame\s/i,
    // "a guy with the same name as here on insta keeps messaging me": someone else's name (round 52), not the sender's handle.
    accept: (m, text) => !negatedBefore(text, m.index) && PLATFORM_NAMED.test(before(text, m, 80) + " " + m[0] + " " + after(text, m, 40)) && !sameNameOfSomeoneElse(text, m.index),
  },
  {
    kind: "SOCIAL_HANDLE", // "im 'sparkyy' there", "find me as "wrenchwitch"": a quoted name said as the sender's, where a platform is named
    re: /\b(?:i'?m|im|as|under|name'?s|name\s+is|called|username|handle)\s+['"‘“](?<h>[\w.\-]{3,30})['"’”]/dgi,
    gate: /['"‘“][\w.\-]{3,30}['"’”]/,
    accept: (m, text) => !negatedBefore(text, m.index) && PLATFORM_NAMED.test(before(text, m, 80) + " " + after(text, m, 40)),
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "estoy en wsp como Rafa Torres Mecánico", "Name's there under Big Lou's Garage", "saved as Mike Mobile Mech"
    re: /\b(?:como|as|under|listed\s+as|saved\s+as)\s+(?<n>[A-Z][\w'’.&-]*(?:[ \t]+(?:&|and|of|de|del|la|the|[A-Z][\w'’.&-]*)){1,4})/dg,
    gate: /\b(?:como|as|under)\s+[A-Z]/,
    wordTest: (words) => hasPlatformWord(words),
    accept: (m, text) => {
      if (negatedBefore(text, m.index) || /^(?:The|A|I|It|My|Your|Our|This|That)\b/.test(m.groups?.n ?? "")) return false;
      // The app or platform is named just before, as the place the name is found.
      return PLATFORM_NAMED_LATELY.test(before(text, m, 60)) && /\b(?:en|on|in|there|name'?s|saved|listed|find|look|search|me|us|i'?m|we'?re|estoy|estamos)\b/i.test(before(text, m, 60));
    },
    span: (m) => groupSpan(m, "n"),
  },
);

/**
 * "The same name" in the languages chat is written in: Spanish "el mismo nombre", Portuguese "o mesmo
 * nome", Italian "lo stesso nome", French "le même pseudo", German "den gleichen Namen", "heiße ich
 * genauso", Dutch "dezelfde naam", Polish "ten sam nick", Turkish "aynı isim", "ismimle aynı",
 * Indonesian "nama yang sama", Tagalog "parehong pangalan", Hinglish "same naam".
 */
const SAME_NAME_ABROAD = String.raw`(?:mism[oa]|mesm[oa]|stess[oa]|meme)\s+(?:nombre|nome|nom|usuario|utente|user(?:name)?|nick(?:name)?|pseudo|identifiant|perfil|profilo|profil|cuenta|conta|@)|(?:gleiche|selbe)n?\s+(?:name|namen|nick|benutzernamen?)|hei(?:ss|ß)e?\s+ich\s+(?:genauso|gleich|auch\s+so)|(?:de)?zelfde\s+(?:naam|gebruikersnaam)|(?:10|ten|taki)\s+sam\s+(?:nick|login|nazwa)|sam\w*\s+(?:nick|login)|tak\s+samo\s+jak|ayni\s+(?:isim|ad|kullanici\s*adi|nick)|(?:ismimle|adimla|isimle|nickimle)\s+ayni|nama\s+(?:yang\s+)?sama|pareho(?:ng|\s+(?:ng|sa))\s+(?:pangalan|name|username)|(?:same|wahi|yahi)\s+naam`;
/** This platform, said in those languages: "aquí", "daqui", "hier", "qui", "ici", "tutaj", "burada", "di sini", "dito", "yahan". */
const HERE_ABROAD = String.raw`aqui|daqui|aca|hier|qui|ici|tutaj|burada\w*|di\s*sini|dito|yahan|here|(?:la|na|die|l['’]|esta|questa|cette)\s*(?:app|aplicacion|aplicativo|applicazione|application|plataforma|piattaforma|plateforme)`;
/** A channel named with a case ending glued to it: Turkish "instagramda", "tiktok'ta", Polish "instagramie". */
const CASE_ENDING = "(?:['’]?(?:da|de|ta|te|dan|den|tan|ten|ie|u))";
const CHANNEL_WITH_CASE = new RegExp(String.raw`\b(?:${ANY_CHANNEL})${CASE_ENDING}?\b`, "i");
const CASED_CHANNEL_WORD = new RegExp(String.raw`^(?:insta(?:gram)?|tiktok|face(?:book)?|snap(?:chat)?|telegram|whatsapp|twitter|youtube|discord)${CASE_ENDING}$`);

SOCIAL_PATTERNS.push({
  // "encuéntrame en ig con el mismo nombre que aquí", "no insta é o mesmo nome daqui", "auf Insta heiße ich genauso wie hier",
  // "instagramda buradaki ismimle aynı": the handle given by reference to the name here, abroad (the English is "same name as here").
  kind: "SOCIAL_HANDLE",
  re: new RegExp(String.raw`\b(?:${SAME_NAME_ABROAD})\b[^.!?\n]{0,40}?\b(?:${HERE_ABROAD})\b|\b(?:${HERE_ABROAD})\b[^.!?\n]{0,30}?\b(?:${SAME_NAME_ABROAD})\b`, "gi"),
  wordTest: (words) => hasPlatformWord(words) || anyWord(words, CASED_CHANNEL_WORD),
  accept: (m, text) => !refusedOnAppAbroad(text, m.index) && CHANNEL_WITH_CASE.test(before(text, m, 80) + " " + m[0] + " " + after(text, m, 40)),
});

/**
 * The sender's account on a platform named in another language, then "is" and the name: "mi usuario
 * de tiktok es tallerjose", "meu perfil do insta é joaomecanico", "il mio nome su ig è luca.auto",
 * "mój nick na insta to piotr_auto", "benim instagram hesabım ahmet.oto", "akun ig saya budi.bengkel".
 */
const ACCOUNT_ABROAD = String.raw`usuario|user(?:name)?|cuenta|perfil|nombre|nome|conta|utente|profilo|account|nick(?:name)?|konto|profil|login|hesab\w*|kullanici\s+adi|akun|gebruikersnaam|naam|pseudo|compte|identifiant`;
const MY_ABROAD = String.raw`mi|meu|minha|mio|mia|il\s+mio|la\s+mia|mein|meine|mon|ma|mijn|moj|moja|moje|benim|saya|ko|mera|meri`;
const IS_ABROAD = String.raw`es|e|è|é|ist|est|c['’]est|is|jest|to|adalah|ay|hai|:|=|-`;
/** The possessive that follows the noun in Indonesian and Tagalog: "akun ig saya", "ig ko". */
const MY_AFTER = String.raw`saya|aku|ku|ko|mo`;
/** Words that go on with a sentence after "is" in those languages ("es muy activo", "é privado"), never a name. */
const SENTENCE_ON_ABROAD =
  /^(?:muy|el|la|un|una|muito|o|a|um|uma|sehr|ein|eine|molto|il|bardzo|cok|sangat|yang|privado|privada|privato|privat|prive|nuevo|novo|neu|nuovo|nouveau|nowy|yeni|baru|este|esta|this|the)$/i;
SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE",
  re: new RegExp(
    String.raw`\b(?:${MY_ABROAD})\s+(?:${ACCOUNT_ABROAD})\s+(?:(?:de|do|da|del|en|no|na|su|sul|di|auf|bei|w|op|sur|pe|sa|ng)\s+)?(?:${HANDLE_PLATFORM})(?:\s+(?:${MY_ABROAD}))?\s*(?:${IS_ABROAD})\s*(?<h>${HANDLE})|\b(?:${MY_ABROAD})\s+(?:${HANDLE_PLATFORM})\s+(?:${ACCOUNT_ABROAD})(?:\s+(?:${MY_ABROAD}))?\s*(?:${IS_ABROAD})?\s*(?<g>${HANDLE})|\b(?:${ACCOUNT_ABROAD})\s+(?:${HANDLE_PLATFORM})\s+(?:${MY_AFTER})\s*(?:${IS_ABROAD})?\s*(?<f>${HANDLE})`,
    "gid",
  ),
  accept: (m, text) => {
    const h = m.groups?.h ?? m.groups?.g ?? m.groups?.f ?? "";
    return handleOk(h) && !SENTENCE_ON_ABROAD.test(h) && !refusedOnAppAbroad(text, m.index);
  },
  span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g") ?? groupSpan(m, "f"),
});

/** Things numbered with "#" in repair chat: an order, a ticket, a part, a cylinder ("order#1234", "ticket#4521"). */
const NUMBERED_THING =
  /^(?:order|ticket|invoice|inv|job|case|ref|part|item|unit|bay|claim|num|number|serial|model|lot|batch|tracking|receipt|quote|estimate|account|acct|policy|booking|issue|bug|task|store|shop|pump|stall|lane|page|step|pin|fuse|relay|cyl|cylinder|coil|injector|plug|tire|tyre|wheel|suite|apt|flat|house|room|door|gate|spot)s?$|^(?:pedidos?|ordem|ordens|orden|ordenes|ordine|ordini|encomendas?|encargos?|facturas?|faturas?|fatturas?|fatture|factures?|faktur[ay]?|rechnungs?|rechnungen|bestellungs?|bestellungen|auftrag|auftrags|commandes?|zamowieni[ea]|zlecenie|siparis|siparisi|fis|fisi|reservas?|reservierung|buchung|prenotazion[ei]|reservations?|rezerwacj[aie]|rezervasyon|recibos?|ricevuta|quittung|beleg|ticket|tickets|boletos?|bilhete|biglietto|pezzo|pieza|peca|teil|piece|czesc|parca|numero|nummer|nr|no|nº|n|pesanan|nota|nf|kwitancja|paragon)$/iu;
/** The whole word before a "#" tag, its accents dropped, "ł" and "ı" read as "l" and "i" ("zamówienie#5678", "sipariş#1234"): a numbered thing of another language. */
const wordBeforeTag = (text: string, end: number): string => foldAccents(/[\p{L}\p{N}_]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? "", ["ł", "ı"]);
SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "add me mikey#4821", "dc: davefixes#0001": a Discord tag, a name and four digits after "#"
  re: /(?<![\w.#@])(?<h>[a-z][\w.]{1,31}#\d{4})(?![\w#])/gi,
  gate: /[a-z]#\d{4}/i,
  accept: (m, text) => {
    const name = (m.groups?.h ?? "").split("#")[0]!;
    // "bosch#0261", "toyota#4821": a maker's name and a part number.
    const maker = PUBLISHERS.has(name.toLowerCase()) || CAR_MAKES.has(name.toLowerCase());
    if (maker || NUMBERED_THING.test(name) || NUMBERED_THING.test(wordBeforeTag(text, m.index + name.length)) || (name.match(/[a-z]/gi) ?? []).length < 3 || negatedBefore(text, m.index)) return false;
    // A plain English word before the tag ("bolt#1234") is a tag only where Discord or a friend request is said.
    return !isEnglishWord(name) || /[\d_.]/.test(name) || /\b(?:discord|dc|add|friend|tag|user(?:name)?)\b/i.test(text);
  },
});

/** A platform or app by its bare abbreviation, the way a handle is tagged with it: "ig", "fb", "snap", "tg", "wa". */
const BARE_ABBREVIATION = "ig|insta|fb|sc|snap|tt|yt|tg|wa|kik|instagram|tiktok|facebook|snapchat|twitter|telegram|youtube";
/** Where a clause ends, or goes on with a word of the same request ("... ig pls", "... ig or fb"). */
const CLAUSE_ENDS = String.raw`(?=[ \t]*(?:$|[,.!?;:)\n])|[ \t]+(?:pls|plz|please|thx|thanks|lol|too|or|and)\b)`;
/**
 * A handle-shaped word with at least three letters: "samfixes77", "sam_fixes"; not an engine, a
 * model or a trouble code ("k24a2", "s2000", "P0300"), which have fewer.
 */
const taggableHandle = (h: string | undefined): boolean => h !== undefined && ((handleShaped(h) && (h.match(/[a-z]/gi) ?? []).length >= 3) || coinedName(h));

/**
 * A plain word no dictionary holds, long enough to be an account name ("rosecityfix",
 * "mayafixescars"): beside an app or a platform's abbreviation it is the handle, as a word with
 * digits is; an English word there ("photos on snap", "ig everything") is not.
 */
const coinedName = (h: string): boolean => /^[a-z]{6,30}$/i.test(h) && !isEnglishWord(h);

SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "samfixes77 ig", "ig samfixes77", "sam_fixes fb", "rosecityfix on snap": a handle tagged with a bare abbreviation, ending its clause ("my v6 ig coil" is a coil)
  re: new RegExp(
    String.raw`(?<![\w.@])(?<h>@?[a-z][\w.]{2,30}[a-z0-9_])[ \t]+(?:(?:on|at|via)[ \t]+)?(?:${BARE_ABBREVIATION})\b${CLAUSE_ENDS}|\b(?:${BARE_ABBREVIATION})[ \t]+(?<g>@?[a-z][\w.]{2,30}[a-z0-9_])(?![\w.@])${CLAUSE_ENDS}`,
    "gid",
  ),
  accept: (m, text) => taggableHandle(m.groups?.h ?? m.groups?.g) && !refused(text, m.index) && !WATCHED_BEFORE.test(before(text, m, 30)),
  span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
});

SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "search instagram for brakeboss", "look up rosecitygarage on facebook": a coined or handle-shaped name to search a platform for
  re: new RegExp(
    String.raw`\b(?:search|find|look\s+up|look\s+for)\s+(?:me\s+|us\s+)?(?:on\s+)?(?:${BARE_ABBREVIATION})\s+(?:for\s+)?(?<h>@?[a-z][\w.]{2,30}[a-z0-9_])(?![\w.@])|\b(?:search|find|look\s+up|look\s+for)\s+(?<g>@?[a-z][\w.]{2,30}[a-z0-9_])\s+on\s+(?:${BARE_ABBREVIATION})\b`,
    "gid",
  ),
  accept: (m, text) => taggableHandle(m.groups?.h ?? m.groups?.g) && !negatedBefore(text, m.index),
  span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
});

SOCIAL_PATTERNS.push({
  kind: "SOCIAL_HANDLE", // "my @ is carla.fixes on everything"
  re: new RegExp(String.raw`\b(?:my|our)\s+@\s*(?:is|'s|:|=)?\s*(?<h>${HANDLE})`, "gid"),
  gate: /@\s/,
  accept: (m, text) => handleOk(m.groups?.h) && !negatedBefore(text, m.index),
  span: (m) => groupSpan(m, "h"),
});

// Every pattern above needs a platform or app word, an "@" or "u/": checked on the message's word
// set (one pass for all patterns) instead of scanning the text once per pattern.
/** The site names of two words, held whole ("trade me", not every "trade"): [first, second] as lower-case words. */
const TWO_WORD_SITES: readonly (readonly [string, string])[] = [
  ["trade", "me"],
  ["pages", "jaunes"],
  ["pagine", "gialle"],
  ["gelbe", "seiten"],
];
/** True when a message's `words` hold a two-word site name whole (`TWO_WORD_SITES`): a bare "trade" or "pages" names no site. */
export const holdsTwoWordSite = (words: ReadonlySet<string>): boolean => TWO_WORD_SITES.some(([a, b]) => words.has(a) && words.has(b));
/** The classifieds, directories and company registers of LOOKUP_SITES not named in English lists, as words: one list for the platform and the look-up words. */
export const SITES_ABROAD_WORDS =
  "wallapop milanuncios leboncoin kleinanzeigen subito trademe carousell paginegialle pagesjaunes gelbeseiten register registry companies abn handelsregister kvk registro infogreffe societe";
const PLATFORM_WORDS = new Set(
  (
    "insta instagram ig snap snapchat sc tiktok tik tok tt facebook fb twitter threads discord youtube yt linkedin reddit twitch pinterest yelp nextdoor " +
    "google craigslist marketplace kijiji gumtree bluesky psn xbox gamertag gt kik skype threema tele sig tg wa telegram signal viber wechat " +
    "linktree beacons imessage facetime messenger zoom whats whatsapp wats wpp wsp wtsp wp zap zapzap botim gram guasap wassap wasap groupme kakao kakaotalk vk imo 1nsta snpchat " +
    // LOOKUP_SITES, as words
    "thumbtack bbb angi angies angie's homeadvisor home taskrabbit houzz checkatrade trustatrader trustpilot mybuilder rated yell freeindex cylex justdial sulekha " +
    "indiamart urbanclap urban donedeal olx mercado mercadolibre autotrader cargurus carfax repairpal mechanicadvisor yellow yellowpages white whitepages " +
    "superpages manta alignable foursquare tripadvisor mapquest apple maps waze bing hipages oneflare airtasker bark fixr gmaps g-maps goog fbook f-book fbk " +
    SITES_ABROAD_WORDS
  ).split(" "),
);
/** Look-alike and run-together app spellings ("whazzap", "wasap", "s1gnal", "telеgram" after normalising). */
const FUZZY_APP_WORD = /^(?:w\S{0,3}[a4@]\S{0,3}p|wh?a?t+s+a+p|t[e3]l[e3]|[s5][i1!|]gn|i?message|guasap)/;
// Asked by every social and messaging pattern about the same message: answered once per word set
// (the fuzzy test walks every word of a 2,000-character message).
const platformWordSeen = new WeakMap<ReadonlySet<string>, boolean>();
const hasPlatformWord = (words: ReadonlySet<string>): boolean => {
  let seen = platformWordSeen.get(words);
  if (seen === undefined) {
    seen = false;
    for (const w of PLATFORM_WORDS) if (words.has(w)) seen = true;
    if (!seen) seen = holdsTwoWordSite(words);
    if (!seen) seen = anyWord(words, FUZZY_APP_WORD);
    platformWordSeen.set(words, seen);
  }
  return seen;
};
for (const p of SOCIAL_PATTERNS) {
  if (p.gate || p.wordTest) continue;
  if (p.re.source.startsWith("(?<![\\w.@])@")) p.gate = /@/;
  else if (p.re.source.includes("u\\/")) p.gate = /u\//;
  else if (p.re.source.includes("(?:my|our)\\s+@")) continue;
  else p.wordTest = hasPlatformWord;
}

// Patterns above report the whole cue when there is no handle; split cue from detail for masking.
const FIND_ME = SOCIAL_PATTERNS.find((p) => p.re.source.includes("(?<tail>"))!;
/** The handle or name after "find me on <platform>", unless the words after are the sender going on ("..., I'm in the Hillcrest area"). */
const PRONOUN_TAIL = /^(?:I|I'?m|Im|I'?ll|I'?ve|We|We'?re|We'?ll|It|It'?s|Its|You|He|She|They|The|A|My|Our|Just|But|And|So|Or|Then|Thanks|Cheers)$/;
const tailSpan = (m: RegExpExecArray): [number, number] | null => (PRONOUN_TAIL.test(m.groups?.tail ?? "") ? null : groupSpan(m, "tail"));
FIND_ME.span = (m) => tailSpan(m) ?? groupSpan(m, "name");
// Without a handle or a name, the platform named as the channel is the detail: "message me on insta
// instead" shows "message me on [hidden] instead", as a named messaging app does.
const PLATFORM_AT_END = new RegExp(String.raw`\b(?:${PLATFORM})\b(?![\s\S]*\b(?:${PLATFORM})\b)`, "i");
SOCIAL_PATTERNS.push({
  ...FIND_ME,
  span: (m) => {
    if (tailSpan(m) ?? groupSpan(m, "name")) return null;
    const p = PLATFORM_AT_END.exec(m[0]);
    return p ? [m.index + p.index, m.index + p.index + p[0].length] : [m.index, m.index + m[0].length];
  },
});

/** The platform named right after a video call to hop on: "through here", "on here", "in the app", "via the app". */
const PLATFORM_RIGHT_AFTER = /^\s*(?:here\b|on\s+here\b|(?:through|thru|via|in|on|using)\s+(?:here\b|(?:the|this)\s+(?:app|platform|chat)\b))/i;
/**
 * Another way offered beside the platform's call, anywhere in the message: "or ...", "instead", another phone or account, a number,
 * ringing or dialling, cash, the booking skipped, "the usual", "same name" (round 22's review of 436272d); or a detail to be shown,
 * read or spelled on the camera, or payment: "I'll hold my card up", "show you my QR", "spell out my handle", "read you my digits"
 * (round 25's review of fp25); the same told or held up in other words: "deets", an email or socials, "tell you my", "hold it up" on
 * paper, "verbally", the fee saved ("saves the fee", not "the fee is paid"), "privately" (its second review).
 */
const ANOTHER_WAY_BESIDE_THE_CALL =
  /\b(?:or|instead|else|other\s+(?:one|app|thing|phone|number|way)|phone|mobile|cell|number|bio|ring|dial|text|cash|booking|without|usual|same\s+name|icon|green|blue|link|account|laptop|duo|whats\s*app|my\s+(?:end|work|wife|husband|2nd|second|other)|card|(?:my|contact|bank|account|payment)\s+details|details\s+on\s+it|qr|handle|digits|spell(?:\s+it)?\s+out|spell\s+(?:it|my)|read\s+(?:you|u)\s+my|show\s+(?:you|u)\s+my\s+(?:code|number|page|profile|account|bank|name|id)|payment|bank|sort\s+code|between\s+(?:us|ourselves)|deets|(?:my|our|the)\s+e-?mail(?!\s+(?:notifications?|alerts?|inbox|app))|socials|insta(?:gram)?|ig|snap(?:chat)?|tik\s*tok|fb|facebook|(?:biz|business)\s+(?:details|card|name|page|number)|tell\s+(?:you|u|ya)\s+my|hold\s+(?:it|them|up)|write\b[^.!?\n]{0,40}\bdown|paper|verbally|out\s+loud|(?:save|saves|saving|skip|dodge|avoid|no)\s+(?:the\s+|that\s+|any\s+)?fees?|privately)\b/i;

/** "can we jump on a video call through here?": the platform's own call, named at once, with no other way beside it. */
function inAppVideoCall(m: RegExpExecArray, text: string): boolean {
  return /\bvideo\s+call$/i.test(m[0]) && PLATFORM_RIGHT_AFTER.test(after(text, m, 30)) && !ANOTHER_WAY_BESIDE_THE_CALL.test(text);
}

/**
 * Signal preferred as the channel with the reader sent to look the sender up (round 50): "Signal is easier for me, search my
 * name", "signal works better, look me up by name". The car's signal ("the turn signal is easier to reach", "signal light is
 * easier to swap") is neither preferred for talking nor comes with a look-up.
 */
const SIGNAL_PREFERRED =
  /(?<=(?:^|[,.;:!?(]\s*|\b(?:but|so|honestly|tbh|actually|and|on|use|via|over|through)\s+))signal(?:\s+(?:app|messenger))?(?:\s+(?:is|would\s+be|works|might\s+be)|['’]s)\s+(?:(?:much|way|a\s+lot|so|just|probably|a\s+bit)\s+)?(?:easier|better|faster|quicker|simpler|best|easiest|handier)\b(?!\s+(?:to|than\s+(?:the|a|that|this)\s+(?:bulb|light|lamp|wire|switch|stalk|relay|flasher|one)))/gi;

/** The sender looked up on the app: "search my name", "look me up", "find me under", "add me", "I'm on there as". */
const LOOKED_UP =
  /\b(?:search|look\s+up|look\s+for|find|add)\s+(?:for\s+)?(?:me|my\s+(?:name|full\s+name|number)|my\s+name\s+on\s+there)\b|\blook\s+me\s+up\b|\b(?:under|as)\s+my\s+name\b|\b(?:message|text|hit|ping|msg)\s+me\b|\b(?:i['’]?m|im)\s+on\s+(?:there|it)\b/i;

export const MESSAGING_PATTERNS: Pattern[] = [
  {
    kind: "MESSAGING_APP", // round 50: "Signal is easier for me, search my name"
    re: SIGNAL_PREFERRED,
    words: ["signal"],
    accept: (m, text) =>
      LOOKED_UP.test(sentenceText(text, m) + " " + after(text, m, 80)) &&
      !CAR_SENSE_BEFORE.test(before(text, m, 30).replace(/\s*(?:but|so|honestly|tbh|actually|and|on|use|via|over|through)\s*$/i, "")) &&
      !negatedBefore(text, m.index),
  },
  {
    kind: "MESSAGING_APP", // "send em to my wa", "pasame tu whats", "sending u my wp", "wtsp me", "imo pe call karo", "do you have imo or botim?", "WA better"
    re: /(?<=\b(?:to|on|send|sending|add|p[aá]same|dame|manda|give\s+me|what'?s|whats|gimme)\s+(?:\w+\s+)?(?:my|your|ur|tu|mi|su|our|his|her|the\s+(?:shop|garage|business|company)'?s)\s+)(?:wa|wp|wpp|wsp|wtsp|whats|zap|imo|snap|sc|insta|ig|discord)\b|\bwtsp(?=\s+me\b)|\bimo(?=\s+(?:pe|par)\s)|\bimo(?=\s+(?:or|and|\/)\s*(?:botim|whats|wa|viber|telegram|signal|skype)\b)|(?<=\b(?:have|use|on|get|download)\s+)imo(?=\s*(?:\?|or\b|and\b|app\b))|\bbotim\b|\bWA(?=\s+(?:is\s+)?(?:better|easier|faster|quicker|pls|please)\b)/g,
    accept: (m, text) => !negatedBefore(text, m.index),
  },
  {
    kind: "MESSAGING_APP", // short names and leetspeak, only as a channel: "WA me", "W/A me", "TG me", "tele me", "s1gnal me", "sig: x", "hmu on tele"
    re: /\b(?:WA|W\/A|TG|tele|[s5][i1!|]gn[a4@]l|sig|snap|sc|insta|ig|kik|fb|messenger|dm)(?=\s+me\b|\s*:\s*\S)|(?<=\b(?:on|via|through|por|en|in|to|use)\s+(?:the\s+)?)(?:WA|tele|TG|[s5][i1!|]gn[a4@]l|insta|1nsta|snap|snpchat|signal|whats|wasap|guasap|wassap|wpp|wsp|zap|GroupMe|Kakao|VK)\b|\b(?:[Nn]o|[Pp]elo|[Tt]em|[Pp]or)\s+zap(?:zap)?\b/g,
    accept: (m, text) => !negatedBefore(text, m.index) && appIsChannel(m, text, m[0]) && !(/^(?:ig|insta|snap|sc|fb|dm)$/i.test(m[0]) && /^\s+me\b/.test(after(text, m, 5)) === false),
  },
  {
    kind: "MESSAGING_APP", // "whatsapp me", "are you on telegram?", "add me on viber", "facetime?"
    re: /\b(?:w+h?[a4@]?t+[s5$]+\s?[a4@]+p+|wh?[a4@]z+[a4@]p+|w[a4@]s+[a4@]p+|w[a4@]ts[a4@]p+|telegr?a?m|t[e3]l[e3]gr[a4@]m|viber|we\s?chat|skype|imessage|i\s?message|facetime|kik|threema|snapchat|snpchat|zalo|line\s+app|wpp|wsp|guasap|wh?assap|group\s?me|kakao\s?talk|(?:fb|facebook)\s+messenger)\b/gi,
    accept: (m, text) => appIsChannel(m, text, m[0]),
  },
  {
    kind: "MESSAGING_APP", // "message me on signal", "you on signal?", "u got signal?", "signal app", "on messenger", "zoom call"
    re: new RegExp(
      String.raw`\b(?:(?:signal|line|session|imo)(?=\s*(?:or|and|\/|,)\s*(?:w+h?a?t+s+\s?a+p+|telegr?a?m|viber|we\s?chat|skype|kik|threema))|(?<=(?:w+h?a?t+s+\s?a+p+|telegr?a?m|viber|we\s?chat|skype|kik|threema)\s*(?:or|and|\/|,)\s*)(?:signal|line|session|imo)|(?:hop|jump|get)\s+on\s+(?:a\s+)?(?:quick\s+)?(?:zoom|facetime|video\s+call|google\s+meet)|(?:message|msg|text|call|reach|contact|hit|add|find|ping|dm|pm|chat|talk|move\s+(?:this|it)|send\s+(?:it|them|me\s+a\s+msg|the\s+\w+))\s+(?:me\s+|us\s+)?(?:up\s+)?(?:on|via|over|through|in|to)\s+(?:the\s+)?(?<a>${APP})|(?:are\s+(?:you|u)|r\s+u|you|u|i'?m|we'?re)\s+on\s+(?<b>${APP})|(?:do\s+(?:you|u)\s+(?:use|have)|download|get|use)\s+(?<c>${APP})(?:\s+app)?|(?:(?:you|u|ya)\s+got|have\s+(?:you|u)\s+got)\s+(?<e>${APP})(?=\s*\?)|(?<d>signal|line|session|wire)\s+app|on\s+(?:fb\s+)?messenger|(?:zoom|teams|google\s+meet|facetime)\s+(?:call|meeting|chat)|on\s+zoom|google\s+meet)\b`,
      "gid",
    ),
    // "the app's video call", "the video chat froze": the platform's own call feature; "can we jump on a video call through here?"
    // too, when the platform follows the call at once and nothing offers another way (`inAppVideoCall`).
    accept: (m, text) =>
      !negatedBefore(text, m.index) &&
      !inAppVideoCall(m, text) &&
      !(m.groups?.["b"] !== undefined && busyElsewhere(text, m.index + m[0].length - m.groups["b"].length, m.index + m[0].length)) &&
      !(/^(?:zoom|teams|google|facetime|video)/i.test(m[0]) && /\bapp'?s?\b|\bhere\b|froze|frozen|lag|dropp?ed/i.test(before(text, m, 40) + after(text, m, 40))),
  },
  {
    kind: "SOCIAL_HANDLE", // the id after an app: "signal: rick.17", "my wechat id is li_auto88", "kik me: wrenchboy", "on telegram as turbotim", "Line ID: kenji"
    re: new RegExp(String.raw`\b(?:${APP})(?:\s+me)?(?:\s+(?:id|name|handle|username|user\s*name|number|is)){0,2}\s*(?:is|:|=|-|–|@|\bas|\bat)\s*(?<h>${HANDLE}(?:#\d{4})?)`, "gid"),
    accept: (m, text) => {
      const h = m.groups?.h ?? "";
      if (!handleOk(h) || /^\d+$/.test(h.replace(/[.\-]/g, ""))) return false;
      if (/^(?:signal|line|wire|session|zoom|teams)$/i.test(m[0].split(/[\s:=@-]/)[0] ?? "") && (CAR_SENSE_BEFORE.test(before(text, m, 30)) || CAR_SENSE_AFTER.test(m[0].slice(m[0].search(/\s/)))))
        return false;
      // "my manager's line is that ...", "signal is bad in my garage", "my whatsapp is full of photos":
      // after a bare "is", a describing word names no account.
      if (PREDICATE_WORD.test(h) && !/[:=@]|\b(?:id|name|handle|username|as)\b/i.test(m[0])) return false;
      // "line - it was dripping": a plain word after a dash needs a handle shape.
      return /(?::|=|@|\bid\b|\bname\b|\bhandle\b|\bis\b|\bas\b)/i.test(m[0]) || /[\d_.]/.test(h);
    },
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "MESSAGING_APP", // the app named by that same id pattern
    re: new RegExp(String.raw`\b(?:${APP})(?=(?:\s+me)?(?:\s+(?:id|name|handle|username|user\s*name))?\s*(?::|=|\bid\b|\bis\b)\s*@?[\w.]*[\d_.][\w.]*)`, "gi"),
    // "my other line: 737", "Signal: 3 bars", "one more line: 5 quarts": a bare number after the
    // word is a count or a reading, not an id (a phone number there is caught as PHONE anyway).
    accept: (m, text) => !/^(?:\s+me)?(?:\s+(?:id|name|handle|username|user\s*name))?\s*(?::|=|\bid\b|\bis\b)\s*[\d.,]+(?![\w@])/i.test(after(text, m, 40)) && appIsChannel(m, text, m[0]),
  },
];

SOCIAL_PATTERNS.push({
  // An app named by its colour or icon to dodge the filter: "the green app", "the blue app with the
  // paper plane" (WhatsApp, Telegram, Messenger). A colour before "app" names no car part.
  kind: "MESSAGING_APP",
  re: /\bthe\s+(?:green|blue|purple|yellow)\s+(?:(?:chat|messaging|message|bubble|speech\s+bubble|phone|ghost)\s+)?app\b(?:\s+with\s+the\s+(?:paper\s+plane|plane|phone|ghost|bubble|speech\s+bubble|bird|camera|lightning)\b)?/gi,
  accept: (m, text) => !negatedBefore(text, m.index),
  words: ["green", "blue", "purple", "yellow"],
});

SOCIAL_PATTERNS.push({
  // The same app named by its logo alone: "the app with the paper plane logo", "find me on the app
  // with the ghost", "the app with the little ghost icon" (Telegram, Snapchat, WhatsApp, Messenger).
  kind: "MESSAGING_APP",
  // A bubble or a bird of any colour is a logo too (round 51: "hmu on the app with the green bubble").
  re: /\bthe\s+app\s+with\s+the\s+(?:(?:little|white|yellow|blue|green|small)\s+)*(?:paper\s+(?:plane|airplane)|ghost|(?:speech\s+|chat\s+|text\s+)?bubble|bird|green\s+phone|lightning\s+bolt)(?:\s+(?:logo|icon|symbol))?\b/gi,
  accept: (m, text) => !negatedBefore(text, m.index),
  words: ["plane", "airplane", "ghost", "bubble", "bird", "phone", "bolt"],
});

SOCIAL_PATTERNS.push({
  // The app named by its first letter (round 51): "you know the app that starts with W?", "the app beginning with a T". A
  // letter alone ends it: "the app that starts with a login screen" names no app.
  kind: "MESSAGING_APP",
  re: /\bthe\s+(?:(?:chat|messaging|other)\s+)?(?:app|one)\s+(?:(?:that|which)\s+(?:starts|begins)|starting|beginning)\s+with\s+(?:(?:an?|the\s+letter)\s+)?["'‘“]?[a-z]["'’”]?(?=\s*(?:[?,.!;:)]|$|\s+(?:and|then|same|yeah|right|you|if|on|for|lol|haha)\b))/gi,
  accept: (m, text) => !negatedBefore(text, m.index),
  words: ["starts", "begins", "starting", "beginning"],
});

const APP_WORDS = [...PLATFORM_WORDS, "dm", "zalo", "meet", "video", "line", "session", "teams", "w", "whatssapp", "hangouts", "gchat", "g-chat", "wapp"];
const appWordSeen = new WeakMap<ReadonlySet<string>, boolean>();
const hasAppWord = (words: ReadonlySet<string>): boolean => {
  let seen = appWordSeen.get(words);
  if (seen === undefined) {
    seen = APP_WORDS.some((w) => words.has(w)) || hasPlatformWord(words);
    appWordSeen.set(words, seen);
  }
  return seen;
};
for (const p of MESSAGING_PATTERNS) p.wordTest = hasAppWord;

/** A handle's shape when no label says it is one: a digit, "_" or "." inside, or camelCase; not an everyday word. */
const HANDLE_SHAPED = /^@?(?=[\w.]*[a-z])[a-z][\w.]{2,30}[a-z0-9_]$/i;
const handleShaped = (h: string): boolean => HANDLE_SHAPED.test(h) && (/[\d_]|\w\.\w|[a-z][A-Z]/.test(h) || h.startsWith("@")) && handleOk(h);
/** Joiners between an app and the handle after it: "snap me - x", "tele @ x", "insta → x", "kik: x". */
const HANDLE_AFTER_APP = /^(?:\s+(?:me|us))?\s*(?:[-–—:=→>|,]|\bon\b|\bat\b|\bas\b|\bis\b|\bid\b|\busername\b|\bhandle\b|\bname\b)*\s*(@?[a-z][\w.]{2,30}[a-z0-9_])(?![\w@])/i;
/** The handle before an app: "jaycarguy99 on snap", "add grease_monkey77 (snap)". */
const HANDLE_BEFORE_APP = /(?<![\w.@])(@?[a-z][\w.]{2,30}[a-z0-9_])\s*(?:\(|on\s+|at\s+|via\s+|[-–—:|,]\s*)$/i;

/**
 * The short names and nicknames of messaging and payment apps that reach a person by phone number
 * ("WA", "zap zap", "whatsup", "tg", "MobilePay", "twint"): read as the channel only right before
 * a number the phone rule found.
 */
const APP_BEFORE_NUMBER = new RegExp(
  String.raw`(?<![\w.@])(?:${APP}|wh?at'?s\s?up+|whats|wp|wpp|wsp|wtsp|zap(?:\s?zap)?|imo|botim|${PHONE_PAYMENT_APPS})(?:\s+(?:me|us))?(?:\s+(?:on|at|to|no|na|pe))?\s*[:=\-–—>]*\s*$`,
  "i",
);

/**
 * An app named right before a phone number is the number's channel and part of the detail ("WA
 * 98450 12345", "zap zap 11 98765 4321", "whatsup me on 0491 570 156"): masked with it. Runs after
 * the rules, on their PHONE hits.
 */
export function findAppsBeforeNumbers(text: string, hits: Hit[]): void {
  const found: Hit[] = [];
  for (const h of hits) {
    if (h.kind !== "PHONE") continue;
    const head = text.slice(Math.max(0, h.start - 24), h.start);
    const m = APP_BEFORE_NUMBER.exec(head);
    if (m) found.push({ kind: "MESSAGING_APP", start: h.start - head.length + m.index, end: h.start, detail: true });
  }
  hits.push(...found);
}

/**
 * A handle typed beside an app or platform the message names as a channel ("snap me - jaycarguy99",
 * "wrench_wiz88 on kik"): whatever the joiner, a handle-shaped word right next to the app is the
 * account. Runs after the rules, on their MESSAGING_APP and SOCIAL_HANDLE hits.
 */
export function findHandlesBesideApps(text: string, hits: Hit[]): void {
  const found: Hit[] = [];
  for (const h of hits) {
    if (h.kind !== "MESSAGING_APP" && h.kind !== "SOCIAL_HANDLE") continue;
    const next = HANDLE_AFTER_APP.exec(text.slice(h.end, h.end + 40));
    if (next && (handleShaped(next[1]!) || coinedName(next[1]!))) {
      const start = h.end + next.index + next[0].length - next[1]!.length;
      found.push({ kind: "SOCIAL_HANDLE", start, end: start + next[1]!.length, detail: true });
    }
    const prev = HANDLE_BEFORE_APP.exec(text.slice(Math.max(0, h.start - 40), h.start));
    if (prev && (handleShaped(prev[1]!) || coinedName(prev[1]!))) {
      const start = Math.max(0, h.start - 40) + prev.index;
      found.push({ kind: "SOCIAL_HANDLE", start, end: start + prev[1]!.length, detail: true });
    }
  }
  hits.push(...found);
}

// ----- the channel grammar -----------------------------------------------------------------
// How people send each other to an app, whatever its name looks like (the normaliser has already
// read "vib3r", "tele-gram", "what s app" and "telegarm" back to the app's name):
//   1. the app as a verb to the reader:      APP (me|us)                  "zoom me", "W.A. me", "hangouts me"
//   2. the app asked about:                  (do) (you|u) (have|got|use|on) APP ?, got APP ?, APP ? (a question of its own)
//   3. the sender's account, by a name no dictionary holds or shaped like a handle:
//                                            (my|our) APP is NAME, (I'm|we're|add|find|follow|search) NAME on APP
//   4. the name the sender is under, lower case too, once an app is named: I'm (under|as|saved as) NAME
//   5. the handle after a few words about it: my (@|APP) is ...: HANDLE
//   6. a forum or group as the platform: I'm HANDLE on the <topic> forum, on the <topic> forum as HANDLE
//   7. the chat moved to an app: (move|switch|continue|talk) (on|to|over to) APP
//   8. the app the reader may have, then what to do there; an app's id "same as here"
//   9. the name one goes by on every app; the handle "on there"
// The app's word (or the account's name) is the detail. A negation before it ("I don't have
// whatsapp") and the car senses of "signal", "line" and "zoom" keep it out.

/** An account's name as the grammar reads one: shaped like a handle or a word no dictionary holds, and no stop word. */
export const accountName = (h: string): boolean => (handleShaped(h) || coinedName(h.replace(/^@/, ""))) && handleOk(h);

/** A forum, group or server named as the place an account is: "the corvette forum", "the r/cars subreddit". */
const FORUM = String.raw`(?:the\s+)?[\w\/-]+\s+(?:forums?|subreddit|server|discord|group\s+chat|fb\s+group|facebook\s+group)\b`;
/** Every app by its full name and the short forms people type for it. */
const ANY_APP = String.raw`(?:whatsapp|telegram|signal|snapchat|instagram|facebook|messenger|discord|wechat|viber|skype|tiktok|twitter|linkedin|facetime|imessage|threema|kakao(?:talk)?|microsoft\s+teams|kik|insta|snap|ig|fb|wa|w\.a\.?|w[\s-]?app|wapp|w\/a|tg|tele|hangouts|google\s+(?:duo|chat|hangouts)|g-?chat|zoom|whats|wp|wpp|wsp|zalo|line)`;
const CHANNEL_GRAMMAR: Pattern[] = [
  {
    kind: "MESSAGING_APP", // 1. "zoom me tomorrow", "W.A. me later", "w app me", "hangouts me"
    re: new RegExp(String.raw`(?<![\w@.\/])${ANY_APP}(?=\s+(?:me|us)\b)`, "gi"),
    accept: (m, text) => !negatedBefore(text, m.index) && appIsChannel(m, text, m[0]) && !/^\s+(?:me|us)\s+(?:in|out|up)\b/i.test(after(text, m, 12)),
  },
  {
    kind: "MESSAGING_APP", // 2. "u have snap?", "got WA?", "do you use viber?", "insta?", "viber or whatsapp?"
    re: new RegExp(
      String.raw`(?:\b(?:(?:do|d)\s+)?(?:you|u|ya|y'?all)\s+(?:have|got|use|on)\s+(?:an?\s+)?|\b(?:got|have|use)\s+|(?:^|(?<=[.!?\n]\s*))\s*)(?<app>${ANY_APP})(?:\s*(?:or|\/)\s*${ANY_APP})?(?:\s+(?:app|account|too|by\s+any\s+chance))?\s*\?`,
      "gid",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && appIsChannel(m, text, m.groups?.app ?? ""),
    span: (m) => {
      const app = groupSpan(m, "app");
      return app ? [app[0], m.index + m[0].replace(/\s*\?$/, "").length] : null;
    },
  },
  {
    kind: "SOCIAL_HANDLE", // 3. "my snap is wrenchmaster", "I'm wrenchguy on discord", "add rosecitywrench on insta"
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:${HANDLE_PLATFORM}|${APP})\s+(?:is|=|:)\s+(?<h>@?[a-z][\w.]{4,30}[a-z0-9_])(?![\w@])|\b(?:i'?m|im|i\s+am|we'?re|we\s+are|add|find|follow|search(?:\s+for)?|look\s+for)\s+(?<g>@?[a-z][\w.]{4,30}[a-z0-9_])\s+on\s+(?:${HANDLE_PLATFORM}|${APP})\b`,
      "gid",
    ),
    accept: (m, text) => {
      const h = m.groups?.h ?? m.groups?.g ?? "";
      return accountName(h) && !negatedBefore(text, m.index) && appIsChannel(m, text, m[0]);
    },
    span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
  },
  {
    kind: "SOCIAL_HANDLE", // 4. the name the sender is under, after the app is named: "u on whatsapp? im under carlos vega mx", "on signal I'm saved as rick the brake guy"
    re: /\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:under|listed\s+as|saved\s+as|as)\s+(?<n>[a-z0-9][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,3})(?=\s*(?:[,.!?;\n(]|$))/dgi,
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      if (/^(?:the|a|an|my|your|our|well|usual|always|before|here|there|it|that|this|long|far|much|soon|good|bad)\b/i.test(n) || negatedBefore(text, m.index)) return false;
      return PLATFORM_NAMED.test(before(text, m, 80)) && (/\s/.test(n.trim()) || coinedName(n) || handleShaped(n));
    },
    span: (m) => groupSpan(m, "n"),
  },
  {
    kind: "SOCIAL_HANDLE", // 5. the handle after a few words about it: "my @ is the same everywhere: sparkplug_sally", "my ig is the usual one - x.y"
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:@|${HANDLE_PLATFORM}|${APP})\s+(?:is|'s)\b[^:\n]{0,40}?(?::|\s[-–—]\s|,\s*(?:so\s+)?(?:like|aka|i\.e\.?|basically)\s*,?)\s*(?<h>@?[a-z][\w.]{2,30}[a-z0-9_])(?![\w@])`,
      "gid",
    ),
    accept: (m, text) => {
      const h = m.groups?.h ?? "";
      return accountName(h) && !negatedBefore(text, m.index);
    },
    gate: /\bmy\s+@|\b(?:my|our)\s+\w+\s+(?:is|'s)\b/i,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // 6. a forum or group is a platform too: "i'm ChevyChase77 on the corvette forum", "on the passat forum as TDI_Terry"
    re: new RegExp(
      String.raw`\b(?:i'?m|im|i\s+am|we'?re|find\s+me|add\s+me)\s+(?<h>@?[a-z][\w.]{2,30}[a-z0-9_])\s+on\s+${FORUM}|\bon\s+${FORUM}\s+(?:as|under)\s+(?<g>@?[a-z][\w.]{2,30}[a-z0-9_])`,
      "gid",
    ),
    accept: (m, text) => {
      const h = m.groups?.h ?? m.groups?.g ?? "";
      return accountName(h) && !negatedBefore(text, m.index);
    },
    gate: /\b(?:forums?|subreddit|server|group)\b/i,
    span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
  },
  {
    kind: "MESSAGING_APP", // 7. moving the chat to an app: "can we continue on wa?", "could we move to Microsoft Teams?", "pwede ba sa messenger"
    re: new RegExp(
      String.raw`\b(?:move|switch|continue|go|talk|chat|jump|carry\s+on|take\s+(?:this|it))\s+(?:this\s+|it\s+)?(?:on|to|over\s+to|via|sa|en|no|na)\s+(?<app>(?!line\b)${ANY_APP})\b|\bsa\s+(?<b>${ANY_APP})\s+na\s+lang\b`,
      "gid",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && appIsChannel(m, text, m.groups?.app ?? m.groups?.b ?? ""),
    span: (m) => groupSpan(m, "app") ?? groupSpan(m, "b"),
  },
  {
    kind: "MESSAGING_APP", // 8. the app the reader may have, then what to do there: "if u have google duo we can video there", "kakao id is same as here"
    re: new RegExp(
      String.raw`\b(?:if|do|since)\s+(?:you|u|ya)\s+(?:have|got|use)\s+(?<app>${ANY_APP})\b(?=[^.!?\n]{0,30}\b(?:we\s+can|i\s+can|i'?ll|let'?s|then|there)\b)|\b(?<b>${ANY_APP})\s+(?:id|name|username|user\s*name|handle|@)\s+(?:is\s+)?(?:the\s+)?same\s+(?:as|one)\b`,
      "gid",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && appIsChannel(m, text, m.groups?.app ?? m.groups?.b ?? ""),
    span: (m) => groupSpan(m, "app") ?? groupSpan(m, "b"),
  },
  {
    kind: "SOCIAL_HANDLE", // 9. the name one goes by everywhere, or the handle "on there": "I go by hondahannah on pretty much every app", "my username on there is big.block.betty"
    re: /\b(?:i|we)\s+go\s+by\s+(?<h>@?[a-z][\w.]{3,30}[a-z0-9_])\s+on\s+(?:pretty\s+much\s+|just\s+about\s+)?(?:every|all|any)\s+(?:app|apps|platform|platforms|socials?|site|sites)\b|\b(?:user\s*name|handle|@|id)\s+(?:on\s+)?there\s+is\s+(?<g>@?[a-z][\w.]{2,30}[a-z0-9_])(?![\w@])/dgi,
    accept: (m, text) => {
      const h = m.groups?.h ?? m.groups?.g ?? "";
      return accountName(h) && !negatedBefore(text, m.index);
    },
    gate: /\bgo\s+by\b|\bthere\s+is\b/i,
    span: (m) => groupSpan(m, "h") ?? groupSpan(m, "g"),
  },
];
// Patterns 5, 6 and 9 may name no app (a "@", a forum, "every app"): each has its own gate; the
// others run only on a message that names an app.
for (const p of CHANNEL_GRAMMAR) if (!p.gate) p.wordTest = hasAppWord;
MESSAGING_PATTERNS.push(...CHANNEL_GRAMMAR);
