// One-time split of the labelled contact corpus (issue 13): `tsx scripts/corpus-split.ts RAW.jsonl...`
// writes tests/contacts/corpus/dev.jsonl (70%, read freely while tuning the detector) and
// holdout.jsonl (30%, never read while tuning; only `npm run eval:contacts -- --split holdout`
// reads it). The split is stratified by category and decided by a hash of each entry's id, so it
// is reproducible and independent of the order the entries were written in. Run it once: rerunning
// it on the same files gives the same split, and it refuses to overwrite an existing split.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusEntry } from "./eval-contacts.ts";

const OUT = join(import.meta.dirname, "../tests/contacts/corpus");
const HOLDOUT_SHARE = 0.3;

type Entry = CorpusEntry;

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: tsx scripts/corpus-split.ts RAW.jsonl...");
if (existsSync(join(OUT, "holdout.jsonl"))) throw new Error("the corpus is already split: split it once");

const entries: Entry[] = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Entry),
);
const ids = new Set<string>();
for (const entry of entries) {
  if (ids.has(entry.id)) throw new Error(`duplicate id ${entry.id}`);
  ids.add(entry.id);
  for (const secret of entry.secrets) {
    if (!entry.messages.some((message) => message.includes(secret))) throw new Error(`${entry.id}: secret not in its messages`);
  }
}

const rank = (id: string) => createHash("sha256").update(id).digest("hex");
const byCategory = new Map<string, Entry[]>();
for (const entry of entries) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);

const dev: Entry[] = [];
const holdout: Entry[] = [];
for (const group of byCategory.values()) {
  const ordered = [...group].sort((a, b) => rank(a.id).localeCompare(rank(b.id)));
  const held = Math.round(ordered.length * HOLDOUT_SHARE);
  holdout.push(...ordered.slice(0, held));
  dev.push(...ordered.slice(held));
}
const write = (name: string, rows: Entry[]) =>
  writeFileSync(
    join(OUT, name),
    rows
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((row) => JSON.stringify(row))
      .join("\n") + "\n",
  );
write("dev.jsonl", dev);
write("holdout.jsonl", holdout);
console.log(`dev ${dev.length}, holdout ${holdout.length} (${byCategory.size} categories)`);
