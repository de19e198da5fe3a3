/**
 * Innocent look-alikes of a look-up or an app (issue 13, round 12): hits the pattern families make
 * on text that only resembles a contact attempt, dropped after the patterns run and before any
 * span is widened to its sentence.
 *
 *   1. A CODE looked up: what is searched is a fault code, a part or VIN number, or a number typed
 *      with letters ("search p0420 on google", "google the part number", "look up the fault code
 *      on youtube"), not a name or handle to find someone by.
 *   2. An app's name in its everyday sense, told by the word after it: "the line manager", "line
 *      item", "signal strength", "teams of two", "zoom in".
 *   3. A TOPIC searched: a quoted search with a model year or a word of symptoms and how-tos is a
 *      question ("search \"2012 civic ac not cold\" on reddit", "\"tyre pressure light reset\""),
 *      not a name; a lower-case name ("'engine swaps by dusty'") has neither.
 *   4. The request kept IN-CHAT by the words right after it: "hit me up in here", "ping me in this
 *      chat", "call me right here".
 *   5. An app asked about as a TOOL: "what app do you use for the scanner?" (read by the
 *      normaliser as an app's name) is about software for the job.
 */
import type { ContactKind, Hit } from "./types.ts";

/** Kinds a look-up or an app word makes. */
const LOOKUP_KINDS: ReadonlySet<ContactKind> = new Set(["SOCIAL_HANDLE", "OFF_PLATFORM_REQUEST", "MESSAGING_APP"]);

/**
 * A search for a code: the verb, then a diagnostic code (P0420, U0100), a code or number word
 * ("the fault code", "the part number", "the VIN"), or a part-number-shaped token (three digits or
 * more, at most three letters before the first: "5Q0121251", not the handle "carlover2003"), then
 * at most a site ("on google").
 */
const CODE_LOOKUP =
  /\b(?:search(?:\s+for)?|google|look\s+up|look\s+for|type(?:\s+in)?|check)\s+(?:up\s+)?(?:the\s+|that\s+|this\s+|your\s+)?(?:[pbcu][0-3][0-9a-f]{3}\b|(?:(?:error|fault|trouble|obd2?|dtc|engine|diagnostic|fault\s+code)\s+)?codes?\b(?:\s+[pbcu][0-3][0-9a-f]{3}\b)?|(?:part|vin|serial|model|oem|casting|reference|ref)\s*(?:number|no\.?|#)?s?\b|(?=[a-z]{0,3}\d)(?=(?:[a-z-]*\d){3})[a-z0-9-]{4,}\b)(?:\s+(?:on|in|into)\s+(?:the\s+)?[a-z]+(?:\s+maps)?)?/gi;

/** A quoted search term: the verb, the quoted words, and the site after them. */
const QUOTED_SEARCH =
  /\b(?:search(?:\s+for)?|google|look\s+up|type(?:\s+in)?)\s+["“'‘](?<q>[^"”'’\n]{3,80})["”'’](?:\s+(?:on|in|into)\s+(?:the\s+)?[\w'’]+(?:\s+(?:help|support|faq)(?:\s+(?:section|page|centre|center))?)?)?/gi;
/** Words of symptoms, faults and how-tos: what a searched question is made of. */
const SYMPTOM_WORD =
  /\b(?:not|no|won['’]?t|doesn['’]?t|noise|noisy|squeal\w*|grind\w*|rattl\w*|knock\w*|leak\w*|reset|interval|light|warning|pressure|flush|fault|error|code|how|why|what|problem|issue|symptoms?|fix|replace\w*|stuck|cold|hot|idle|stall\w*|misfire|overheat\w*|vibrat\w*|torque|spec|specs|diagram|location|recall)\b/i;
/** A quoted term that is a topic: a model year or a word of symptoms and how-tos among its words. */
const isTopic = (q: string): boolean => /\b(?:19[89]\d|20[0-3]\d)\b/.test(q) || SYMPTOM_WORD.test(q);
/** Right after a request: the chat itself named as where to do it. */
const IN_CHAT_AFTER = /^\s*(?:in\s+here|right\s+here|in\s+(?:this|the)\s+chat|in\s+chat|on\s+this\s+chat|here\s+in\s+(?:the\s+)?(?:chat|app))\b/i;
/** After an app's name: a question about the software used for the job. */
const TOOL_QUESTION_AFTER = /^\s*(?:do|does|would|should|did)\s+(?:you|u|ya)\s+(?:use|recommend|like|run|prefer)\s+(?:for|to|with|on)\b/i;

/** Words after an app's name that give it its everyday sense. */
const EVERYDAY_SENSE: Readonly<Record<string, RegExp>> = {
  line: /^\s*(?:manager|supervisor|boss|lead(?:er)?|worker|staff|cook|item|items|cost|costs|total|of\s+(?:the|credit|work|code|sight)|up|out|by\s+line|number\s+\d)\b/i,
  signal: /^\s*(?:strength|bars?|booster|is\s+(?:weak|bad|poor|down|gone))\b/i,
  teams: /^\s*(?:of\s+\w+|at\s+the|are|were)\b/i,
  zoom: /^\s*(?:in|out|into|on\s+(?:the\s+)?(?:photo|picture|pic|image|video|camera|screen))\b/i,
};

/**
 * Drops the hits of `LOOKUP_KINDS` that lie inside a code or topic search, that the chat itself
 * follows, or that are an app's name read in its everyday sense or asked about as a tool. `hits` is edited in place; normalised offsets.
 */
export function dropInnocentLookAlikes(text: string, hits: Hit[]): void {
  if (!hits.some((h) => LOOKUP_KINDS.has(h.kind))) return;
  const codeSearches: Array<[number, number]> = [];
  CODE_LOOKUP.lastIndex = 0;
  for (let m = CODE_LOOKUP.exec(text); m !== null; m = CODE_LOOKUP.exec(text)) codeSearches.push([m.index, m.index + m[0].length]);
  QUOTED_SEARCH.lastIndex = 0;
  for (let m = QUOTED_SEARCH.exec(text); m !== null; m = QUOTED_SEARCH.exec(text)) if (isTopic(m.groups?.q ?? "")) codeSearches.push([m.index, m.index + m[0].length]);
  const innocent = (h: Hit): boolean => {
    if (!LOOKUP_KINDS.has(h.kind)) return false;
    if (codeSearches.some(([s, e]) => h.start >= s && h.end <= e)) return true;
    const next = text.slice(h.end, h.end + 40);
    if (h.kind !== "SOCIAL_HANDLE" && IN_CHAT_AFTER.test(next)) return true;
    if (h.kind === "MESSAGING_APP" && TOOL_QUESTION_AFTER.test(next)) return true;
    const word = /(\w+)$/.exec(text.slice(h.start, h.end))?.[1]?.toLowerCase() ?? "";
    const sense = EVERYDAY_SENSE[word];
    return sense !== undefined && sense.test(text.slice(h.end, h.end + 30));
  };
  for (let i = hits.length - 1; i >= 0; i--) if (innocent(hits[i]!)) hits.splice(i, 1);
}
