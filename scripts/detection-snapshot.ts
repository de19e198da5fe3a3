// `npx tsx scripts/detection-snapshot.ts record|check <file>`: the contact detector's complete
// output (kinds, spans, masked text) over the readable corpus, for a change that must not alter
// it (a speed-up, a refactor). `record` on the commit before the change, `check` after: every
// difference is listed, and the exit code is 1 when there is one.
//
// Inputs: every message alone, every burst as the messenger replays it (`replayBurst`), the same
// with the trained second stage, and 2,000-character messages glued from the corpus (the longest
// a chat message may be, as the detection bench builds them). Splits: eval-contacts' tuning splits
// and the old tuning corpus. Never holdout. The kept-aside share of the splits listed only with
// `--aside` goes through the detector too, but only a hash of its output is stored and a
// difference there names the entry id alone, so its text is never shown.
import "reflect-metadata"; // chat.inputs.ts (MAX_MESSAGE_LENGTH) declares type-graphql inputs
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { DEFAULT_DETECTION_OPTIONS, detectContactDetails, type DetectionOptions } from "../src/domain/contacts/contact-detector.ts";
import { replayBurst } from "../src/domain/contacts/retroactive-mask.ts";
import { TRAINED_STAGE } from "../src/domain/contacts/second-stage/classifier.ts";
import { MAX_MESSAGE_LENGTH } from "../src/modules/chat/chat.inputs.ts";
import { ASIDE_SHARE, keepAside, LISTED_WITH_ASIDE_ONLY, loadSplit, TUNING_SPLITS, type CorpusEntry, type Split } from "./eval-contacts.ts";

/** One checked output: `out` (the detection as JSON) is kept only for readable inputs. */
interface Item {
  key: string;
  hash: string;
  out?: string;
}

// The same lists as eval-contacts', so a new labelled set is snapshotted as soon as it is listed there.
const READABLE: readonly Split[] = [...TUNING_SPLITS, "tuning"];
const WITH_ASIDE = LISTED_WITH_ASIDE_ONLY;
const TRAINED: DetectionOptions = { ...DEFAULT_DETECTION_OPTIONS, secondStage: TRAINED_STAGE };

/** The corpus entries, each marked readable or kept aside (only hashed). */
function entries(): Array<{ entry: CorpusEntry; readable: boolean }> {
  const out = READABLE.flatMap((split) => loadSplit(split).map((entry) => ({ entry, readable: true })));
  for (const split of WITH_ASIDE) {
    const { tuning, aside } = keepAside(
      loadSplit(split).map((entry) => ({ entry })),
      ASIDE_SHARE,
    );
    out.push(...tuning.map(({ entry }) => ({ entry, readable: true })), ...aside.map(({ entry }) => ({ entry, readable: false })));
  }
  return out;
}

/** Messages glued (with a space) until MAX_MESSAGE_LENGTH, cut there: every message lands in one. */
function longMessages(messages: readonly string[]): string[] {
  const out: string[] = [];
  let text = "";
  for (const m of messages) {
    text += `${m} `;
    if (text.length >= MAX_MESSAGE_LENGTH) {
      out.push(text.slice(0, MAX_MESSAGE_LENGTH));
      text = "";
    }
  }
  return out;
}

function items(): Item[] {
  const out: Item[] = [];
  const add = (key: string, value: unknown, readable: boolean): void => {
    const json = JSON.stringify(value);
    out.push({ key, hash: createHash("sha256").update(json).digest("hex"), ...(readable ? { out: json } : {}) });
  };
  const all = entries();
  for (const { entry, readable } of all) {
    entry.messages.forEach((m, i) => {
      add(`${entry.id}#${i}`, detectContactDetails(m), readable);
      add(`${entry.id}#${i}:trained`, detectContactDetails(m, TRAINED), readable);
    });
    if (entry.messages.length > 1) add(`${entry.id}:burst`, replayBurst(entry.messages), readable);
  }
  const readableMessages = all.filter((e) => e.readable).flatMap((e) => e.entry.messages);
  longMessages(readableMessages).forEach((m, i) => add(`long-${i}`, detectContactDetails(m), true));
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== "record" && mode !== "check") || !file) {
  console.error("usage: tsx scripts/detection-snapshot.ts record|check <file>");
  process.exit(2);
}
const t0 = performance.now();
const now = items();
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (mode === "record") {
  writeFileSync(file, now.map((item) => JSON.stringify(item)).join("\n") + "\n");
  console.log(`recorded ${now.length} outputs to ${file} (${seconds} s)`);
} else {
  const before = new Map(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Item)
      .map((item) => [item.key, item]),
  );
  let differences = 0;
  for (const item of now) {
    const was = before.get(item.key);
    if (was?.hash === item.hash) continue;
    differences++;
    if (!was) console.log(`${item.key}: not in the snapshot`);
    else if (!item.out) console.log(`${item.key}: differs (kept aside: not shown)`);
    else console.log(`${item.key}: differs\n  was ${was.out}\n  now ${item.out}`);
  }
  if (before.size !== now.length) console.log(`snapshot has ${before.size} outputs, now ${now.length}`);
  console.log(`${now.length} outputs checked, ${differences} differ (${seconds} s)`);
  process.exit(differences === 0 && before.size === now.length ? 0 : 1);
}
