// `npm run eval:contacts [-- --split <one of SPLITS>] [--aside 0.4] [--stage trained|rules]` (or `--split aside`: the kept-aside 40% of every split in `WITH_KEPT_ASIDE`, totals only): the contact detector's figures on a
// labelled corpus, overall, per category and per kind, as the application runs it (the rules and the trained second stage; `--stage rules`: the rules alone). `dev` (the default), `fresh`, `fresh2` and
// (from round 5, after it was measured unseen in rounds 3 and 4) `fresh3` may be read while tuning
// and list every miss and false positive; from round 6 `fresh4` is tuning data too, but listed only
// with `--aside 0.4` so its kept-aside 40% is never shown (likewise `fresh5` and `fresh6` from round 8); `holdout` is for the final, honest figure and lists
// nothing, so evaluating it teaches nothing about its entries; `tuning` is the old corpus
// the rules were first written against (tests/chat/contact-corpus.json), kept for comparison.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { detectionOptionsFor, type ContactDetection, type DetectionOptions } from "../src/domain/contacts/contact-detector.ts";
import { hiddenRanges, replayBurst } from "../src/domain/contacts/retroactive-mask.ts";

/** One labelled entry: 1-5 consecutive messages of one sender, oldest first (read as `BURST_READING` says). */
export interface CorpusEntry {
  id: string;
  category: string;
  contact: boolean;
  kinds: string[];
  messages: string[];
  /** Substrings whose every letter and digit must end up masked. */
  secrets: string[];
}

/** Tuning splits (fresh4 from round 6 on, fresh5 and fresh6 from round 8, fresh7 from round 9, fresh8 from round 10, fresh9 from round 11, fresh10 from round 12, fresh11 from round 17, fresh12 from round 18, fresh13 from round 19, fresh14 from round 20, fresh15 and fresh16 from round 21, fresh17 and fresh18 from round 22, fresh19 and fresh20 from round 23, fresh21 and fresh22 from round 24, fresh23 and fresh24 from round 25, fresh25 and fresh26 from round 26, fresh27 and fresh28 from round 27, fresh31 and fresh32 from round 52, fresh33 and fresh34 from round 53, fresh35 and fresh36 from round 55, fresh37 and fresh38 from round 56) that are listed only with `--aside`: their aside part is never shown. */
const READ_WITH_ASIDE = [
  "fresh4",
  "fresh5",
  "fresh6",
  "fresh7",
  "fresh8",
  "fresh9",
  "fresh10",
  "fresh11",
  "fresh12",
  "fresh13",
  "fresh14",
  "fresh15",
  "fresh16",
  "fresh17",
  "fresh18",
  "fresh19",
  "fresh20",
  "fresh21",
  "fresh22",
  "fresh23",
  "fresh24",
  "fresh25",
  "fresh26",
  "fresh27",
  "fresh28",
  "fresh31",
  "fresh32",
  "fresh33",
  "fresh34",
  "fresh35",
  "fresh36",
  "fresh37",
  "fresh38",
] as const;

/**
 * The labelled splits. `holdout`, in round 56 `fresh39` and `fresh40`, and in rounds 27 to 40 `fresh29` and `fresh30` (nothing of round 27's tuning landed, so rounds 28 to 40 tune on the same data), are unseen: evaluated for totals and
 * per-category figures only, never listed while tuning. The others are tuning data (fresh4 to fresh28 and fresh31 to fresh38 listed only with `--aside`; each
 * was unseen in the round before it was read, measured at that round's start and end: fresh19 and
 * fresh20 in round 22, read from round 23; fresh21 and fresh22 in round 23, read from round 24; fresh23
 * and fresh24 in round 24, read from round 25; fresh25 and fresh26 in round 25, read from round 26; fresh27
 * and fresh28 in round 26, read from round 27).
 */
export const SPLITS = ["dev", "fresh", "fresh2", "fresh3", ...READ_WITH_ASIDE, "fresh29", "fresh30", "fresh39", "fresh40", "holdout", "tuning"] as const;
export type Split = (typeof SPLITS)[number];

const root = fileURLToPath(new URL("..", import.meta.url));

/** Reads a split: JSON Lines for dev/holdout, the old JSON array (single messages, no secrets) for tuning. */
export function loadSplit(split: Split): CorpusEntry[] {
  if (split === "tuning") {
    const old = JSON.parse(readFileSync(`${root}tests/chat/contact-corpus.json`, "utf8")) as Array<{ text: string; contact: boolean; kinds?: string[] }>;
    return old.map((e, i) => ({
      id: `tuning-${i}`,
      category: e.contact ? `contact:${e.kinds?.[0] ?? "?"}` : "innocent",
      contact: e.contact,
      kinds: e.kinds ?? [],
      messages: [e.text],
      secrets: [],
    }));
  }
  return readFileSync(`${root}tests/contacts/corpus/${split}.jsonl`, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusEntry);
}

/**
 * The platform's domains as the corpus's writers named it: dev and fresh write autodoctor.app, later
 * writers a platform at fixmyride-app.com (its help, terms and rating pages, its receipts), fresh17's
 * to fresh20's writers help pages at wrenchcall.test, wrenchly.test, wrenchwise.test and fixmate.test, fresh21's and fresh22's
 * at wrenchline.test, fresh23's and fresh24's at wrenchgate.test, fresh25's at wrenchpoint.test, fresh26's at
 * wrenchhub.test, fresh27's at wrenchdesk.test, fresh28's at wrenchbay.test, fresh29's at wrenchyard.test, fresh30's at
 * wrenchforge.test, fresh31's at gearmate.test, fresh32's at torqly.test, fresh33's at spannerly.test, fresh34's at boltwise.test, fresh35's at gearlyft.test, fresh36's at cogwise.test, fresh37's at pitstopr.test, fresh38's at torquetap.test, fresh39's at lugnutly.test and fresh40's at sparkwise.test (named in their briefs and notes). The corpus is measured as the operator of that
 * platform would run the detector, with all of them as its
 * `PLATFORM_DOMAINS`; every other domain is judged as in production.
 */
const CORPUS_PLATFORM_DOMAINS: readonly string[] = [
  "autodoctor.app",
  "fixmyride-app.com",
  "wrenchcall.test",
  "wrenchly.test",
  "wrenchwise.test",
  "fixmate.test",
  "wrenchline.test",
  "wrenchgate.test",
  "wrenchpoint.test",
  "wrenchhub.test",
  "wrenchdesk.test",
  "wrenchbay.test",
  "wrenchyard.test",
  "wrenchforge.test",
  "gearmate.test",
  "torqly.test",
  "spannerly.test",
  "boltwise.test",
  "gearlyft.test",
  "cogwise.test",
  "pitstopr.test",
  "torquetap.test",
  "lugnutly.test",
  "sparkwise.test",
];

/** The rules' options for the corpus (see `CORPUS_PLATFORM_DOMAINS`): what the specs, the snapshot and the trainer read. */
export const CORPUS_DETECTION_OPTIONS: DetectionOptions = detectionOptionsFor(CORPUS_PLATFORM_DOMAINS);

/** The application's default for the corpus: the rules and the trained second stage. */
export const CORPUS_TRAINED_OPTIONS: DetectionOptions = detectionOptionsFor(CORPUS_PLATFORM_DOMAINS, "trained");

/**
 * How the evaluation reads an entry's messages, printed with every report: as the chat's send path
 * reads them (`replayBurst`: each message with the earlier ones `sideBurst` hands the detector, at
 * most SPLIT_DETAIL_MAX_EARLIER or a drip's reach), not as one unbounded burst. The corpus records
 * no senders or times: an entry is taken as one sender's consecutive messages, seconds apart.
 */
export const BURST_READING = "bursts read as the chat sends them (sideBurst: one sender, consecutive, seconds apart)";

/** What the messenger finally shows for each message of an entry (see `replayBurst`). */
function finalDetections(entry: CorpusEntry, options: DetectionOptions): ContactDetection[] {
  return replayBurst(entry.messages, options);
}

/**
 * Per character of `text`: true when the reader does not see it, read off the delivered text
 * (`masked`), not the spans: what counts is what the reader receives. A masked text that does not
 * line up with the message (not expected) hides nothing here, so it can only cost recall.
 */
function maskedChars(text: string, d: ContactDetection): boolean[] {
  const hidden = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of hiddenRanges(text, d.masked) ?? []) for (let i = start; i < end; i++) hidden[i] = true;
  return hidden;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Why a secret is not fully hidden, or null when it is. Every occurrence in every message must be
 * masked; a secret written across messages (it occurs in none alone) is looked up in the messages
 * joined by a line break and checked piece by piece.
 */
function secretLeak(secret: string, messages: readonly string[], hidden: readonly boolean[][]): string | null {
  let found = false;
  for (let k = 0; k < messages.length; k++) {
    const text = messages[k]!;
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      found = true;
      for (let i = at; i < at + secret.length; i++) {
        if (LETTER_OR_DIGIT.test(text[i]!) && !hidden[k]![i]) return `"${secret}" visible in message ${k + 1}`;
      }
    }
  }
  if (found) return null;
  const offsets: number[] = [];
  let joined = "";
  messages.forEach((m, k) => {
    if (k > 0) joined += "\n";
    offsets.push(joined.length);
    joined += m;
  });
  const at = joined.indexOf(secret);
  if (at < 0) return `"${secret}" does not occur in the messages (corpus error)`;
  for (let i = at; i < at + secret.length; i++) {
    if (!LETTER_OR_DIGIT.test(joined[i]!)) continue;
    let k = offsets.length - 1;
    while (offsets[k]! > i) k--;
    if (!hidden[k]![i - offsets[k]!]) return `"${secret}" visible in message ${k + 1}`;
  }
  return null;
}

export interface EntryResult {
  entry: CorpusEntry;
  flagged: boolean;
  /** Kinds detected in any message. */
  detected: string[];
  /** Contact entries: flagged and every secret hidden. */
  caught: boolean;
  reason: string | null;
  masked: string[];
}

/** How `entry` fares with the detector configured by `options` (default: the corpus's, `CORPUS_DETECTION_OPTIONS`). */
export function evaluateEntry(entry: CorpusEntry, options: DetectionOptions = CORPUS_DETECTION_OPTIONS): EntryResult {
  const detections = finalDetections(entry, options);
  const detected = [...new Set(detections.flatMap((d) => d.kinds))].sort();
  const flagged = detected.length > 0;
  const masked = detections.map((d) => d.masked);
  if (!entry.contact) return { entry, flagged, detected, caught: false, reason: flagged ? `flagged ${detected.join(",")}` : null, masked };
  if (!flagged) return { entry, flagged, detected, caught: false, reason: "not flagged", masked };
  const hidden = entry.messages.map((text, i) => maskedChars(text, detections[i]!));
  for (const secret of entry.secrets) {
    const leak = secretLeak(secret, entry.messages, hidden);
    if (leak) return { entry, flagged, detected, caught: false, reason: `flagged ${detected.join(",")} but ${leak}`, masked };
  }
  return { entry, flagged, detected, caught: true, reason: null, masked };
}

export interface Figures {
  contacts: number;
  innocents: number;
  caught: number;
  falsePositives: number;
  /** Flagged contact entries (whether or not every secret was hidden), for precision. */
  flaggedContacts: number;
  recall: number;
  falsePositiveRate: number;
  precision: number;
}

export function figures(results: readonly EntryResult[]): Figures {
  const contacts = results.filter((r) => r.entry.contact);
  const innocents = results.filter((r) => !r.entry.contact);
  const caught = contacts.filter((r) => r.caught).length;
  const flaggedContacts = contacts.filter((r) => r.flagged).length;
  const falsePositives = innocents.filter((r) => r.flagged).length;
  return {
    contacts: contacts.length,
    innocents: innocents.length,
    caught,
    falsePositives,
    flaggedContacts,
    recall: contacts.length === 0 ? Number.NaN : caught / contacts.length,
    falsePositiveRate: innocents.length === 0 ? Number.NaN : falsePositives / innocents.length,
    precision: flaggedContacts + falsePositives === 0 ? Number.NaN : flaggedContacts / (flaggedContacts + falsePositives),
  };
}

export function evaluateSplit(split: Split, options: DetectionOptions = CORPUS_DETECTION_OPTIONS): { results: EntryResult[]; overall: Figures } {
  const results = loadSplit(split).map((entry) => evaluateEntry(entry, options));
  return { results, overall: figures(results) };
}

/**
 * Divides a split into a tuning part and a part kept aside (`share` of each category, 0..1, chosen
 * by the same sha256-of-id ranking as scripts/corpus-split.ts), so a round that tunes on a split can
 * still show how it does on entries of that split it has not read.
 */
export function keepAside<T extends { entry: CorpusEntry }>(results: readonly T[], share: number): { tuning: T[]; aside: T[] } {
  const rank = (id: string) => createHash("sha256").update(`aside:${id}`).digest("hex");
  const byCategory = new Map<string, T[]>();
  for (const r of results) byCategory.set(r.entry.category, [...(byCategory.get(r.entry.category) ?? []), r]);
  const tuning: T[] = [];
  const aside: T[] = [];
  for (const group of byCategory.values()) {
    const ordered = [...group].sort((a, b) => rank(a.entry.id).localeCompare(rank(b.entry.id)));
    const held = Math.round(ordered.length * share);
    aside.push(...ordered.slice(0, held));
    tuning.push(...ordered.slice(held));
  }
  return { tuning, aside };
}

/** Share of each split in `WITH_KEPT_ASIDE` kept aside (`--aside 0.4`): never read while tuning or training. */
export const ASIDE_SHARE = 0.4;

/**
 * The entries a trained stage may learn from: dev, fresh, fresh2, the old tuning corpus, and
 * the splits of `WITH_KEPT_ASIDE` without their kept-aside share (dropped here, before anything reads them).
 * Never holdout. Each entry comes with the split (the writer) it belongs to.
 */
export function trainingEntries(): Array<{ split: Split; entry: CorpusEntry }> {
  const all = (split: Split): Array<{ split: Split; entry: CorpusEntry }> => loadSplit(split).map((entry) => ({ split, entry }));
  const notAside = (split: Split): Array<{ split: Split; entry: CorpusEntry }> => keepAside(all(split), ASIDE_SHARE).tuning;
  return [...all("dev"), ...all("fresh"), ...all("fresh2"), ...WITH_KEPT_ASIDE.flatMap(notAside), ...all("tuning")];
}

/** Splits whose misses and false positives are listed: read while tuning (fresh3 from round 5 on). */
export const TUNING_SPLITS: readonly Split[] = ["dev", "fresh", "fresh2", "fresh3"];

/** See `READ_WITH_ASIDE`. */
export const LISTED_WITH_ASIDE_ONLY: readonly Split[] = READ_WITH_ASIDE;

/**
 * The splits with a kept-aside share: fresh3 and every split listed only with `--aside`. A trained
 * stage learns from them without that share (`trainingEntries`), and `--split aside` pools it: one
 * list, so the two can never disagree about which text is unread.
 */
const WITH_KEPT_ASIDE: readonly Split[] = ["fresh3", ...LISTED_WITH_ASIDE_ONLY];

const f3 = (n: number): string => (Number.isNaN(n) ? "  -  " : n.toFixed(3));

function printReport(split: Split, results: EntryResult[], overall: Figures, listed = TUNING_SPLITS.includes(split)): void {
  console.log(`split ${split}: ${results.length} entries (${overall.contacts} contact, ${overall.innocents} innocent)`);
  console.log(`overall  recall ${f3(overall.recall)}  false-positive rate ${f3(overall.falsePositiveRate)}  precision ${f3(overall.precision)}`);
  console.log(`targets  recall >= 0.970  false-positive rate <= 0.010  precision >= 0.980\n`);

  console.log("per category");
  const categories = [...new Set(results.map((r) => r.entry.category))].sort();
  for (const c of categories) {
    const fig = figures(results.filter((r) => r.entry.category === c));
    const line = fig.contacts > 0 ? `recall ${f3(fig.recall)} (${fig.caught}/${fig.contacts})` : `false-positive rate ${f3(fig.falsePositiveRate)} (${fig.falsePositives}/${fig.innocents})`;
    console.log(`  ${c.padEnd(40)} ${line}`);
  }

  console.log("\nper kind (recall over entries labelled with the kind; false positives: innocent entries flagged with it)");
  const kinds = [...new Set(results.flatMap((r) => [...r.entry.kinds, ...r.detected]))].sort();
  for (const k of kinds) {
    const labelled = results.filter((r) => r.entry.contact && r.entry.kinds.includes(k));
    const caught = labelled.filter((r) => r.caught).length;
    const named = labelled.filter((r) => r.detected.includes(k)).length;
    const fp = results.filter((r) => !r.entry.contact && r.detected.includes(k)).length;
    const recall = labelled.length === 0 ? "  -  " : f3(caught / labelled.length);
    console.log(`  ${k.padEnd(22)} recall ${recall} (${caught}/${labelled.length}), kind named ${named}/${labelled.length}, false positives ${fp}`);
  }

  if (!listed) return;
  const misses = results.filter((r) => r.entry.contact && !r.caught);
  const falsePositives = results.filter((r) => !r.entry.contact && r.flagged);
  console.log(`\nmisses (${misses.length})`);
  for (const r of misses) console.log(`  ${r.entry.id} [${r.entry.category}] ${r.reason}\n      ${JSON.stringify(r.entry.messages)} -> ${JSON.stringify(r.masked)}`);
  console.log(`\nfalse positives (${falsePositives.length})`);
  for (const r of falsePositives) console.log(`  ${r.entry.id} [${r.entry.category}] ${r.reason}\n      ${JSON.stringify(r.entry.messages)} -> ${JSON.stringify(r.masked)}`);
}

/**
 * `--split aside`: totals only, per split and pooled, of the kept-aside 40% of `WITH_KEPT_ASIDE`,
 * the unread text a choice between detectors is made on (holdout and the unseen sets stay out of it).
 */
function printKeptAside(options: DetectionOptions): void {
  const pooled: EntryResult[] = [];
  const line = (label: string, f: Figures): string =>
    `${label.padEnd(8)} ${String(f.contacts + f.innocents).padStart(5)} entries  recall ${f3(f.recall)} (${f.caught}/${f.contacts})  false-positive rate ${f3(f.falsePositiveRate)} (${f.falsePositives}/${f.innocents})  precision ${f3(f.precision)}`;
  for (const split of WITH_KEPT_ASIDE) {
    const { aside } = keepAside(
      loadSplit(split).map((entry) => ({ entry })),
      ASIDE_SHARE,
    );
    const results = aside.map(({ entry }) => evaluateEntry(entry, options));
    pooled.push(...results);
    console.log(line(split, figures(results)));
  }
  console.log(line("pooled", figures(pooled)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--split");
  const split = (at >= 0 ? process.argv[at + 1] : "dev") as Split | "aside";
  if (split !== "aside" && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`unknown split ${split}: use ${SPLITS.join(", ")} or aside`);
    process.exit(2);
  }
  // `--stage trained` (the default, as the application runs it): the rules and the trained second
  // stage (second-stage/classifier.ts); `--stage rules`: the rules alone.
  const stageAt = process.argv.indexOf("--stage");
  const stage = stageAt >= 0 ? process.argv[stageAt + 1] : "trained";
  if (stage !== "trained" && stage !== "rules") {
    console.error(`unknown stage ${stage}: use trained or rules`);
    process.exit(2);
  }
  console.log(stage === "trained" ? "detector: rules + trained second stage (the application's default)" : "detector: rules alone");
  console.log(BURST_READING);
  const options = stage === "trained" ? CORPUS_TRAINED_OPTIONS : CORPUS_DETECTION_OPTIONS;
  if (split === "aside") {
    printKeptAside(options);
    process.exit(0);
  }
  const { results, overall } = evaluateSplit(split, options);
  const asideAt = process.argv.indexOf("--aside");
  if (asideAt < 0) printReport(split, results, overall);
  else {
    // `--aside 0.4`: list only the tuning part; the aside part's totals stand in for unseen text.
    const { tuning, aside } = keepAside(results, Number(process.argv[asideAt + 1]));
    const kept = figures(aside);
    printReport(split, tuning, figures(tuning), TUNING_SPLITS.includes(split) || LISTED_WITH_ASIDE_ONLY.includes(split));
    console.log(`\nkept aside: ${aside.length} entries  recall ${f3(kept.recall)}  false-positive rate ${f3(kept.falsePositiveRate)}  precision ${f3(kept.precision)}`);
  }
}
