// `npm run eval:reviews [-- --detector <checkout>]`: how a detector fares on the unused blind reviews
// (tests/contacts/unseen-reviews/*.json), per file and pooled, as counts only: attacks caught (flagged,
// every letter and digit of each secret masked) and innocents flagged. The pool of these files judges
// every rule branch from round 38 on (tests/contacts/unseen-reviews/README.md); nothing here prints a
// text, so running it teaches nothing about the entries.
//
// `--detector <checkout>` runs another checkout's detector (a branch's worktree) on this checkout's
// reviews, so main and a branch are compared on the same files, each in its own process.
//
// `--read` tallies the reviews read since round 40 (tests/contacts/read-reviews/, the study half of the split pool)
// instead: a branch built from them must not do worse there either.
//
// `--against <checkout>` judges every item with both detectors (A: this checkout or `--detector`'s, B: the
// other's) and counts the items the two judge apart: attacks only A or only B catches, innocents only A or only B
// flags, with the one-sided sign test's p-value that B is no better (attacks) or no worse (innocents) than A. Round
// 42's landing rule capped the pooled false positives at +1; two detectors that differ on a few innocents
// either way differ by noise, which these counts show.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** One review item: a message (or a burst of a sender's consecutive messages) and its label. */
export interface ReviewItem {
  id: string;
  /** The writer's coarse kind ("phone-digits", "hard-innocent", ...). */
  kind: string;
  contact: boolean;
  text?: string;
  messages?: string[];
  secrets: string[];
}

/** The judging helpers of a checkout's specs (tests/chat/detector-helpers.ts), the application's detector. */
interface Judge {
  caughtBy(text: string, secrets: readonly string[]): boolean;
  flaggedBy(text: string): boolean;
  replayCaught(messages: readonly string[], secrets: readonly string[]): boolean;
  replayFlagged(messages: readonly string[]): boolean;
}

/** Counts of one file or of the pool. */
export interface ReviewTally {
  caught: number;
  attacks: number;
  flagged: number;
  innocents: number;
}

/** The messages of a review item: a burst's as written, a single `text` as one message. */
export const messagesOf = (item: Pick<ReviewItem, "text" | "messages">): string[] => item.messages ?? [item.text ?? ""];

/** A tally of nothing yet. */
const noTally = (): ReviewTally => ({ caught: 0, attacks: 0, flagged: 0, innocents: 0 });

/**
 * What `judge` makes of one item: for an attack whether it is caught, for an innocent whether it is
 * flagged; a single message by `caughtBy`/`flaggedBy`, a burst as the reader is finally shown it
 * (`replayCaught`/`replayFlagged`).
 */
function verdict(item: Omit<ReviewItem, "id" | "kind">, judge: Judge): boolean {
  const messages = messagesOf(item);
  if (messages.length > 1) return item.contact ? judge.replayCaught(messages, item.secrets) : judge.replayFlagged(messages);
  return item.contact ? judge.caughtBy(messages[0]!, item.secrets) : judge.flaggedBy(messages[0]!);
}

/** Tallies `items` with `judge` (each item's `verdict`). */
export function tally(items: ReadonlyArray<Omit<ReviewItem, "id" | "kind">>, judge: Judge): ReviewTally {
  const t = noTally();
  for (const item of items) {
    const positive = verdict(item, judge);
    if (item.contact) {
      t.attacks++;
      if (positive) t.caught++;
    } else {
      t.innocents++;
      if (positive) t.flagged++;
    }
  }
  return t;
}

/** Two detectors on the same items: the items only one of them catches (attacks) or flags (innocents). */
export interface PairedTally {
  attacks: number;
  caughtOnlyByA: number;
  caughtOnlyByB: number;
  innocents: number;
  flaggedOnlyByA: number;
  flaggedOnlyByB: number;
}

/** A paired tally of nothing yet. */
const noPairedTally = (): PairedTally => ({ attacks: 0, caughtOnlyByA: 0, caughtOnlyByB: 0, innocents: 0, flaggedOnlyByA: 0, flaggedOnlyByB: 0 });

/** Judges each of `items` with `a` and with `b` (`verdict`) and counts where they part. */
export function pairedTally(items: ReadonlyArray<Omit<ReviewItem, "id" | "kind">>, a: Judge, b: Judge): PairedTally {
  const t = noPairedTally();
  for (const item of items) {
    const byA = verdict(item, a);
    const byB = verdict(item, b);
    if (item.contact) t.attacks++;
    else t.innocents++;
    if (byA === byB) continue;
    if (item.contact && byA) t.caughtOnlyByA++;
    else if (item.contact) t.caughtOnlyByB++;
    else if (byA) t.flaggedOnlyByA++;
    else t.flaggedOnlyByB++;
  }
  return t;
}

/**
 * The one-sided sign test: the probability of `k` or more of `n` items parting one way when either
 * way is as likely (a binomial tail at 1/2), 1 when `n` is 0. Exact for the counts here (n below a few hundred).
 */
export function signTestP(k: number, n: number): number {
  let term = 0.5 ** n; // C(n, 0) / 2^n
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term = (term * (n - i)) / (i + 1);
  }
  return Math.max(0, 1 - below);
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * One half of the pool of blind reviews, file by file in name order: "read" (tests/contacts/read-reviews/, which a
 * trained stage may learn from) or "unseen" (tests/contacts/unseen-reviews/, which judges and is never read).
 */
export function reviews(half: "read" | "unseen"): Array<{ file: string; items: ReviewItem[] }> {
  const dir = join(ROOT, `tests/contacts/${half}-reviews`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, items: JSON.parse(readFileSync(join(dir, file), "utf8")) as ReviewItem[] }));
}

/** The checkout named after `flag` on the command line, `fallback` when the flag is absent. */
function checkoutAfter(flag: string, fallback: string | null): string | null {
  const at = process.argv.indexOf(flag);
  return at < 0 ? fallback : resolve(process.argv[at + 1] ?? ROOT);
}

/** The judging helpers of `checkout`'s specs, its detector with them. */
async function judgeOf(checkout: string): Promise<Judge> {
  // type-graphql's decorators in the modules the detector imports need the metadata polyfill first.
  await import(pathToFileURL(join(checkout, "node_modules/reflect-metadata/Reflect.js")).href);
  return (await import(pathToFileURL(join(checkout, "tests/chat/detector-helpers.ts")).href)) as Judge;
}

/**
 * Prints `count` of each file of `half`, then of the pool (`pool`, a tally of nothing yet, summed
 * file by file), one line each by `line`; returns the pool.
 */
function printTallies<T extends object>(half: ReturnType<typeof reviews>, count: (items: ReviewItem[]) => T, pool: T, line: (name: string, t: T) => string): T {
  for (const { file, items } of half) {
    const t = count(items);
    for (const k of Object.keys(pool) as Array<keyof T>) pool[k] = ((pool[k] as number) + (t[k] as number)) as T[keyof T];
    console.log(line(file, t));
  }
  console.log(line("pool", pool));
  return pool;
}

async function main(): Promise<void> {
  const judge = await judgeOf(checkoutAfter("--detector", ROOT)!);
  const against = checkoutAfter("--against", null);
  const half = reviews(process.argv.includes("--read") ? "read" : "unseen");
  if (against === null) {
    printTallies(
      half,
      (items) => tally(items, judge),
      noTally(),
      (name, t) => `${name.padEnd(36)} caught ${t.caught}/${t.attacks}  flagged ${t.flagged}/${t.innocents}`,
    );
    return;
  }
  const other = await judgeOf(against);
  const pool = printTallies(
    half,
    (items) => pairedTally(items, judge, other),
    noPairedTally(),
    (name, t) =>
      `${name.padEnd(36)} caught only by A ${t.caughtOnlyByA}, only by B ${t.caughtOnlyByB} (of ${t.attacks})  flagged only by A ${t.flaggedOnlyByA}, only by B ${t.flaggedOnlyByB} (of ${t.innocents})`,
  );
  const p = (k: number, n: number): string => signTestP(k, n).toFixed(3);
  console.log(
    `sign test, one-sided: B catches more p = ${p(pool.caughtOnlyByB, pool.caughtOnlyByA + pool.caughtOnlyByB)}, B flags more p = ${p(pool.flaggedOnlyByB, pool.flaggedOnlyByA + pool.flaggedOnlyByB)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
