/**
 * A handle given under the nickname of its app (issue 13, round 17). Gamers and teenagers rarely
 * write the app's name: Discord is "disc", "dc", "cord" or "disco", Snapchat "snap" or "sc",
 * Instagram "the gram", TikTok "tok"; and a handle may be given for every app at once ("my handle
 * everywhere is x"). Most nicknames are car words too ("my disc is scored", "the dc voltage", "the
 * charger cord"), so the grammar is the statement of one's own account:
 *
 *   OWNER x NICKNAME x (label word)? x IS x HANDLE   "my disc is lil_wrench", "ur cord tag = x#1234"
 *   ADD-ON x NICKNAME x HANDLE                       "add me on dc, torque_dad"
 *   OWNER x handle x EVERYWHERE x IS x HANDLE        "my handle everywhere is turbo_tess"
 *
 * and the handle must look like one (a digit, "_", a dot inside, "#1234", camelCase) or come with
 * a cue of the app's use ("add me", "dm me", "lets vc", "hmu"). The handle is masked.
 */
import { after, groupSpan, negatedBefore, type Pattern } from "./context.ts";
import { HANDLE as SOCIAL_HANDLE, handleOk } from "./social.ts";

/** Nicknames of social apps. */
const NICKNAME = String.raw`(?:disc|discord|disco|dc|cord|snap|snapchat|sc|the\s+gram|gram|tok|tiktok)`;

/** A handle (social.ts's), with a Discord "#1234" tag allowed. */
const HANDLE = String.raw`${SOCIAL_HANDLE}(?:#\d{4})?`;

/** A word shaped like a handle and not like an English word. */
const SHAPED = /^@|[\d_#]|\w\.\w|[a-z][A-Z]/;

/** A cue of an app's use after the handle: adding, messaging, a voice chat, a server. */
const USE_CUE =
  /^[^.!?\n]{0,40}\b(?:add\s+me(?!\s+to\b)|dm\s+me|msg\s+me|message\s+me|hmu|hit\s+me\s+up|vc|voice\s*chat|call\s+on\s+there|server|friend\s+request|send\s+(?:a\s+)?(?:request|friend))\b/i;

/** A measurement after a car sense of the nickname: "my dc is 12v", "the cord is 2m". */
const MEASUREMENT = /^\d+(?:\.\d+)?[a-z]{0,3}$/i;

/** A word of a part's label: a side, a position, a length or a size ("RH", "front", "3m", "long", "12mm"). */
const LABEL_WORD =
  /^(?:lh|rh|l|r|ns|os|nsf|nsr|osf|osr|lhf|rhf|lhr|rhr|front|rear|back|left|right|inner|outer|upper|lower|top|bottom|side|long|short|new|old|spare|oem|worn|driver|passenger|\d+(?:\.\d+)?[a-z]{0,3})$/i;

/** A part's label typed with "_" or "-" between its words ("RH_front", "3m_long"): no handle. */
const partLabel = (h: string): boolean => /[_-]/.test(h) && h.split(/[_-]+/).every((w) => LABEL_WORD.test(w));

const handleFound = (m: RegExpExecArray, text: string): boolean => {
  const h = m.groups?.h ?? "";
  if (!handleOk(h) || MEASUREMENT.test(h) || partLabel(h) || negatedBefore(text, m.index)) return false;
  return SHAPED.test(h) || USE_CUE.test(after(text, m, 50));
};

export const APP_NICKNAME_PATTERNS: Pattern[] = [
  {
    kind: "SOCIAL_HANDLE", // "my disc is lil_wrench", "ur cord tag = pistonpete", "my handle everywhere is turbo_tess"
    re: new RegExp(
      String.raw`\b(?:my|our|me|his|her)\s+(?:${NICKNAME}(?:\s+(?:name|tag|handle|username|user|id|acc|account|@))?|(?:handle|username|user\s*name|@)\s+(?:everywhere|on\s+everything|on\s+all\s+(?:the\s+)?(?:apps|socials|platforms)|across\s+(?:all\s+)?(?:the\s+)?(?:apps|socials|platforms)))\s*(?:is|['’]s|=|:|-)\s*(?<h>${HANDLE})`,
      "gid",
    ),
    accept: handleFound,
    span: (m) => groupSpan(m, "h"),
  },
  {
    kind: "SOCIAL_HANDLE", // "add me on dc, torque_dad", "add me on cord: pistonpete"
    re: new RegExp(String.raw`\b(?:add|friend|find)\s+(?:me|us)\s+on\s+${NICKNAME}\s*(?:[,:\-]|\s)\s*(?:it['’]?s\s+|as\s+|@\s?)?(?<h>${HANDLE})`, "gid"),
    accept: (m, text) => handleOk(m.groups?.h) && !MEASUREMENT.test(m.groups?.h ?? "") && !negatedBefore(text, m.index),
    span: (m) => groupSpan(m, "h"),
  },
];
