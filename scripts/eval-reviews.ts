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

/** Tallies `items` with `judge`: a single message by `caughtBy`/`flaggedBy`, a burst as the reader is finally shown it (`replayCaught`/`replayFlagged`). */
export function tally(items: ReadonlyArray<Omit<ReviewItem, "id" | "kind">>, judge: Judge): ReviewTally {
  const t = noTally();
  for (const item of items) {
    const messages = messagesOf(item);
    const burst = messages.length > 1;
    if (item.contact) {
      t.attacks++;
      if (burst ? judge.replayCaught(messages, item.secrets) : judge.caughtBy(messages[0]!, item.secrets)) t.caught++;
    } else {
      t.innocents++;
      if (burst ? judge.replayFlagged(messages) : judge.flaggedBy(messages[0]!)) t.flagged++;
    }
  }
  return t;
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

async function main(): Promise<void> {
  const at = process.argv.indexOf("--detector");
  const checkout = at < 0 ? ROOT : resolve(process.argv[at + 1] ?? ROOT);
  // type-graphql's decorators in the modules the detector imports need the metadata polyfill first.
  await import(pathToFileURL(join(checkout, "node_modules/reflect-metadata/Reflect.js")).href);
  const judge = (await import(pathToFileURL(join(checkout, "tests/chat/detector-helpers.ts")).href)) as Judge;
  const pool = noTally();
  const line = (name: string, t: ReviewTally): string => `${name.padEnd(36)} caught ${t.caught}/${t.attacks}  flagged ${t.flagged}/${t.innocents}`;
  for (const { file, items } of reviews(process.argv.includes("--read") ? "read" : "unseen")) {
    const t = tally(items, judge);
    for (const k of Object.keys(pool) as Array<keyof ReviewTally>) pool[k] += t[k];
    console.log(line(file, t));
  }
  console.log(line("pool", pool));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
