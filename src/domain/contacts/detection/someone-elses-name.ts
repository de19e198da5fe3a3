/**
 * "The same name on <app>" said of someone else (round 52): "watch out, a guy with the same name on facebook is a scammer" warns
 * of another's account, where "same name on the gram" and "I'm on insta, same name" give the sender's own. Read by the rules that
 * take "the same name" for a handle (search-by-name.ts, social.ts) and by the trained stage's floor for the spoken address it
 * reads in "name on instagram" (second-stage/candidates.ts).
 */
import { sentenceAt } from "./context.ts";

/** The sender said to be on an app: "I'm on", "we're also on", "find me", "add us", "hmu". */
export const SENDER_THERE = /\b(?:(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+(?:also\s+|too\s+)?(?:on|over\s+on)|(?:find|add|follow|dm|message|msg)\s+(?:me|us)|hmu|hit\s+(?:me|us)\s+up)\b/i;

/**
 * Someone other than the sender as the one holding the name, before it in its sentence: an indefinite or a fraudulent party ("a
 * guy with", "another shop with", "some scammer has", "anyone with", "the fake page had"), a relative or a friend ("my cousin has"),
 * a third person ("she's got", "they use", "someone's impersonating me") or "there's" ("theres a page with"). "The shop" or "this
 * garage" alone is how a workshop names itself, so only an indefinite one is someone else's.
 */
const OTHER_HOLDER = new RegExp(
  String.raw`\b(?:(?:a|an|another|some|any|one|other)\s+(?:[\w'’-]+\s+){0,2}?(?:guy|bloke|fella|dude|man|woman|lady|girl|person|people|chap|mate|account|page|profile|shop|garage|business|company|workshop|mechanic|seller|user|group|channel|listing|ad|clown|idiot|muppet|cowboy|fraud|crook|scammer|fake|impersonator|imposter|impostor|clone|copycat|bot)s?|(?:the|this|that|these|those)\s+(?:(?:other|fake|scam|scammer['’]?s|dodgy|cloned?|copycat|impersonator['’]?s)\s+(?:[\w'’-]+\s+)?(?:guy|bloke|dude|man|woman|person|people|account|page|profile|shop|garage|business|one)s?|(?:guy|bloke|dude|fella|woman|lady|scammer|fake|impersonator|imposter|impostor|clone|copycat)s?)|anyone|anybody|someone|somebody|some\s+one|people|(?:he|she|they)(?:['’](?:s|re|ve|d))?|there(?:['’]?s|\s+(?:is|are|was|were))\s+(?:a|an|another|some|other|loads|lots|two|three|four|five|few|several|many|\d+)|(?:my|his|her|their|our)\s+(?:cousin|mate|brother|bro|sister|sis|dad|father|mum|mom|mother|son|daughter|wife|husband|partner|friend|neighbou?r|uncle|aunt|nephew|niece|ex|boss|colleague|namesake)(?:['’]s)?)\b`,
  "gi",
);
/**
 * The sender as the subject before the name: "I'm", "we're", "I go by", or their own thing as one ("my page has", "our shop's",
 * "my name is"); not as an object ("some clown copied our shop and uses ..."), and a relative of theirs is `OTHER_HOLDER`.
 */
const SENDER_HOLDER = /\b(?:i|i['’]?m|im|i['’]?ve|ive|we|we['’]?re|we['’]?ve)\b|\b(?:my|our)(?:\s+(?!(?:and|or|but|then)\b)[\w-]+){1,2}(?:['’]s\b|\s+(?:is|are|was|has|have|had|goes|go|uses|use)\b)/gi;
/**
 * The account with the name said not to be the sender's, or to be a fraud itself: "not us", "isn't me", "nothing to do with us",
 * "a different shop", an impersonation, "it's a scam page". Not a warning about fakes in general ("beware of fakes", "check for
 * the blue tick"): a sender giving their own account says that too.
 */
const NAME_DISOWNED =
  /\bnot\s+(?:me|us|mine|ours|affiliated|related)\b|\bisn['’]?t\s+(?:me|us|mine|ours)\b|\b(?:nothing|not)\s+to\s+do\s+with\s+(?:me|us)\b|\bdifferent\s+(?:shop|garage|business|company|person|guy|people|one|account|page)\b|\bimpersonat\w*|\bpretend\w*|\b(?:is|are|was|it['’]?s|its|that['’]?s|thats)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:scam\w*|fake|fraud|clone|copycat|impersonator)\b/i;
/** The sender vouching for the account as theirs: "not a scammer lol", "not the fake one", "the real one", "it's really me", "is ours". */
const OWN_VOUCHED =
  /\bnot\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:fake|scam\w*|bot|clone|copycat|impersonator)|\b(?:the\s+)?real\s+(?:one|me|us|page|account|profile)\b|\b(?:it['’]?s|its)\s+(?:really\s+|actually\s+|genuinely\s+)?(?:me|us)\b|\b(?:is|are|['’]s)\s+(?:ours|mine)\b|\bthat['’]?s\s+(?:us|me)\b/i;

/**
 * The reader sent to the account all the same, another party's or one said of no one: "my brother has the same name on fb, message
 * him there", "a page with the same name on fb ..., follow it" (not "don't message him", not "report it").
 */
const SENT_TO_THEM =
  /(?<!\b(?:don['’]?t|dont|do\s+not|never|not)\s+(?:\w+\s+)?)\b(?:(?:message|msg|dm|pm|add|follow|contact|hit\s+up|reach\s+out\s+to)\s+(?:him|her|them)|(?:follow|like|message|msg|dm|check\s+out)\s+(?:it|the\s+(?:page|account|profile)))\b/i;

/** The last match of `re` (global) in `text`, by where it ends; -1 when none. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = Math.max(end, m.index + m[0].length);
  return end;
}

/**
 * "The same name on facebook" said of someone else's account, not offered as the sender's (round 52), `at` where the phrase opens
 * ("same name ...", "my name's the same ...": the sender's by its "my"): the holder before it in its sentence is another party (`OTHER_HOLDER`: "watch out,
 * a guy with the same name on facebook is a scammer", "my cousin has the same name on fb"), or, with no holder said, the message
 * disowns the account or calls it a fraud (`NAME_DISOWNED`: "Heads up: same name on facebook but different shop, not us"). Still the
 * sender's when the sentence invites the reader there (`SENDER_THERE`: "not a scammer lol, same name on the gram, add me"; or to
 * the other party, `SENT_TO_THEM`: "my brother has the same name on fb, message him there"), vouches for the account (`OWN_VOUCHED`:
 * "same name on ig, not the fake one"), or names the sender as the holder after the other party ("my mate told me about this app,
 * I'm on insta, same name").
 */
export function sameNameOfSomeoneElse(text: string, at: number): boolean {
  if (/^(?:my|our)\b/i.test(text.slice(at, at + 4))) return false;
  const [start, end] = sentenceAt(text, at, at);
  const sentence = text.slice(start, end);
  if (SENDER_THERE.test(sentence) || SENT_TO_THEM.test(sentence) || OWN_VOUCHED.test(sentence)) return false;
  const before = text.slice(start, at);
  const other = lastEnd(OTHER_HOLDER, before);
  const sender = lastEnd(
    SENDER_HOLDER,
    before.replace(OTHER_HOLDER, (p) => "_".repeat(p.length)),
  );
  if (other >= 0 || sender >= 0) return other > sender;
  return NAME_DISOWNED.test(text);
}
