// `npm run train:contacts`: trains the contact detector's second stage (src/domain/contacts/
// second-stage/) and writes its weights to second-stage/weights.json. Deterministic: the same
// corpus gives the same file.
//
// Data: only `stageTrainingEntries()`: `trainingEntries()` (dev, fresh, fresh2, the old tuning corpus,
// and fresh3 to fresh28 without their kept-aside 40%) and, from round 41, the read blind reviews (in
// round 23: 12,522 entries, 7,690 of them contact, 68,790 labelled candidates, 37,534 positive; in
// round 24: 13,386, 8,210 contact, 74,719 candidates, 40,619 positive; in round 41: 20,189, 11,515,
// 115,644, 57,811). Never holdout, an unseen split, an unseen review or an aside entry.
// Model: L2-regularised logistic regression over sparse binary features, fitted by AdaGrad with a
// seeded shuffle. Hand-written (about 40 lines) because the npm option (ml-logistic-regression
// 2.0.0) takes dense ml-matrix rows, which for ~50,000 sparse features would need gigabytes, and has
// no regularisation to tune.
// Hyperparameters (L2 strength, the looser candidates' keep threshold; the rules' hits are always
// kept, and a looser PHONE or FULL_NAME must stand as one, `standsAs`, as in the application) are
// chosen by leave-one-writer-out cross-validation (one fold per split: 20 folds in round 22),
// scored with the eval's own entry verdicts (flagged, every secret masked). Round 22 chose L2 0.3
// and threshold 0.8 (CV recall 0.955, false-positive rate 0.010, precision 0.994; the rules alone
// on all training entries 0.947 / 0.009 / 0.994). The full grid stays: 22 folds x 4 strengths take
// about 8 min of wall time on the shared 2-core machine, so nothing was cut.
// Round 23 (22 folds, 12,522 entries): the grid's objective was flat (L2 0.03 to 1 at thresholds
// 0.75 to 0.9 all within 0.004 of the best, L2 1 / 0.75). Twelve of its points, refitted with
// `--lambda --threshold`, were compared on the kept-aside pool, which the CV folds (half of them
// dev, fresh, fresh2 and the old corpus, easier than later writers) underweight; L2 0.1 / 0.85
// was kept: +14 kept-aside entries and +1 false positive over round 22's model, where L2 0.1 / 0.8
// (+42 / +4) flagged 14 more of the reviewers' hard innocents in the review specs. The committed
// weights are `npm run train:contacts -- --lambda 0.1 --threshold 0.85`.
// Round 24 (13,386 entries with fresh21's and fresh22's read 60%): refitted at L2 0.1 / 0.85 the
// kept-aside pool moved by +2 entries and +1 false positive (noise), at L2 0.1 / 0.8 by +35 and +5;
// neither was committed, so the weights are still round 23's.
// Round 41 (the rules of round 39, which rounds 24-39 changed under round 23's weights): the data
// grew by the read half of the blind reviews (`stageTrainingEntries`: 19,180 entries, 11,015 contact,
// 111,285 labelled candidates, 55,922 positive; 38 writer folds, each review file one). The full grid
// (about 20 min) chose L2 0.1 / threshold 0.8 (CV 0.961 / 0.019 / 0.985; rules alone 0.948 / 0.018 /
// 0.986). Four blind reviews written for training were then added (20,189 entries, 11,515 contact,
// 115,644 candidates, 57,811 positive) and the model refitted at that point without a new grid: the
// committed weights are `npm run train:contacts -- --lambda 0.1 --threshold 0.8` on the data of round 41
// (a checkout of `dc2fffe`; the eight round42-train-*.json files came later).
// Round 42 (README, Round 42): with four blind training reviews more (21,212 entries) the grid chose L2 0.03 /
// threshold 0.85 (CV 0.948 / 0.025 / 0.981); with eight (22,241 entries, 12,507 contact, 127,117
// candidates, 62,460 positive) the same point (CV 0.941 / 0.029 / 0.976; rules alone 0.921 / 0.028 /
// 0.977), about 25 min each. Neither model passed its landing rule, so the committed weights stayed round 41's.
// Round 43: the second, `npm run train:contacts -- --lambda 0.03 --threshold 0.85` on the same data (the committed
// weights since round 43), passed round 42's paired rule on six unseen reviews (README, Round 43).
// Round 56: the same recipe on 53c1c4e6's data (24,569 entries, 13,875 contact, 142,892 candidates, 70,122
// positive; fresh31 to fresh36's read 60% new) failed its rule's kept-aside clause before meeting any judging set
// (pool 5,237 of 5,778 caught against 5,227, 132 of 3,831 flagged against 127: at most 2 more allowed), so it
// was not committed and fresh37 to fresh40 judged nothing of it (README, Round 56).
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { detectContactDetails } from "../src/domain/contacts/contact-detector.ts";
import type { Hit, Mapped, SecondStage } from "../src/domain/contacts/detection/types.ts";
import { candidatesOf, type Candidate } from "../src/domain/contacts/second-stage/candidates.ts";
import { keptHits, probability, weightOf, type ContactModel } from "../src/domain/contacts/second-stage/classifier.ts";
import { seededRandom } from "../src/domain/seeded-random.ts";
import { CORPUS_DETECTION_OPTIONS, evaluateEntry, figures, trainingEntries, type CorpusEntry, type EntryResult } from "./eval-contacts.ts";
import { messagesOf, reviews } from "./eval-reviews.ts";

interface Example {
  entry: number;
  features: string[];
  y: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The rules' hits, the normalised text and the allowed domains of one message (the second stage's input). */
function ruleInput(text: string): { norm: Mapped; hits: Hit[]; allowedDomains: readonly string[] } {
  let captured: { norm: Mapped; hits: Hit[]; allowedDomains: readonly string[] } | null = null;
  const capture: SecondStage = {
    select(norm, hits, allowedDomains) {
      captured = { norm, hits: [...hits], allowedDomains };
      return [...hits];
    },
  };
  detectContactDetails(text, { ...CORPUS_DETECTION_OPTIONS, secondStage: capture });
  return captured!;
}

/** Offsets (in the messages joined by "\n") of every letter and digit of every secret occurrence. */
function secretPositions(joined: string, secrets: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const secret of secrets) {
    for (let i = joined.indexOf(secret); i >= 0; i = joined.indexOf(secret, i + 1)) {
      for (let k = i; k < i + secret.length; k++) if (LETTER_OR_DIGIT.test(joined[k]!)) at.add(k);
    }
  }
  return at;
}

/**
 * Labelled candidates of one entry, from each message alone and from the messages joined (as the
 * detector sees a burst). A candidate is positive when it covers a letter or digit of a secret;
 * a sentence only when it holds secret characters no finer candidate covers (otherwise it is left
 * out, so sentences are learnt as the fallback they are). Contact entries without secrets (the old
 * tuning corpus) teach only their rule hits, as positives.
 */
export function examplesOf(entry: CorpusEntry, index: number): Example[] {
  const joined = entry.messages.join("\n");
  const secret = secretPositions(joined, entry.secrets);
  const texts: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const m of entry.messages) {
    texts.push({ text: m, offset });
    offset += m.length + 1;
  }
  if (entry.messages.length > 1) texts.push({ text: joined, offset: 0 });
  // The detector also reads a burst glued without a break (a word cut by the send button).
  const glued = entry.messages.length > 1 ? entry.messages.join("") : null;
  const out: Example[] = [];
  if (glued !== null) texts.push({ text: glued, offset: -1 });
  for (const { text, offset } of texts) {
    const { norm, hits, allowedDomains } = ruleInput(text);
    const { shared, candidates } = candidatesOf(norm, hits, allowedDomains);
    const range = (c: Candidate): [number, number] => [norm.from[c.start] ?? 0, norm.to[c.end - 1] ?? 0];
    const covers = (c: Candidate, p: number): boolean => {
      const [s, e] = range(c);
      const at = offset >= 0 ? p - offset : p;
      return at >= s && at < e;
    };
    // Secret offsets in the glued text: each "\n" of the joined text is gone.
    const inText = offset >= 0 ? [...secret].filter((p) => p >= offset && p < offset + text.length) : [...secret].map((p) => p - joined.slice(0, p).split("\n").length + 1);
    const fine = candidates.filter((c) => c.generator !== "sentence");
    for (const c of candidates) {
      let y: number | null;
      if (!entry.contact) y = 0;
      else if (entry.secrets.length === 0) y = c.generator === "rule" ? 1 : null;
      else if (c.generator !== "sentence") y = inText.some((p) => covers(c, p)) ? 1 : 0;
      else {
        const held = inText.filter((p) => covers(c, p));
        y = held.length === 0 ? 0 : held.some((p) => !fine.some((f) => covers(f, p))) ? 1 : null;
      }
      if (y !== null) out.push({ entry: index, features: [...shared, ...c.features], y });
    }
  }
  return out;
}

const EPOCHS = 12;
const RATE = 0.2;

/** Logistic regression by AdaGrad with L2 (`lambda` per example), over features seen at least twice. */
export function fit(examples: readonly Example[], lambda: number): Omit<ContactModel, "threshold"> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= 2) index.set(f, index.size);
  const rows = examples.map((e) => Int32Array.from(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = examples.map((_, i) => i);
  // Seeded, so shuffles repeat exactly.
  const random = seededRandom(13);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const row = rows[k]!;
      let z = bias;
      for (const i of row) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - examples[k]!.y;
      biasG2 += err * err;
      bias -= (RATE * err) / Math.sqrt(biasG2);
      for (const i of row) {
        const g = err + lambda * w[i]!;
        g2[i]! += g * g;
        w[i]! -= (RATE * g) / Math.sqrt(g2[i]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights[f] = v;
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/**
 * A stage for the evaluation: scores each text's candidates once per model (cached by text), then
 * keeps the rules' hits and the looser candidates at or above the current threshold.
 */
export function cachedStage(model: Omit<ContactModel, "threshold">, keep: Pick<ContactModel, "threshold">): SecondStage {
  const cache = new Map<string, Array<{ candidate: Candidate; p: number }>>();
  return {
    select(norm, hits, allowedDomains) {
      let scored = cache.get(norm.text + "\u0000" + hits.length);
      if (!scored) {
        const full = { ...model, threshold: 0 };
        const { shared, candidates } = candidatesOf(norm, hits, allowedDomains);
        const common = weightOf(full, shared);
        scored = candidates.map((c) => ({ candidate: c, p: probability(full, c, common) }));
        cache.set(norm.text + "\u0000" + hits.length, scored);
      }
      return keptHits(
        scored.filter((s) => s.candidate.generator === "rule" || s.p >= keep.threshold).map((s) => s.candidate),
        norm.text,
      );
    },
  };
}

const f3 = (n: number): string => (Number.isNaN(n) ? "  -  " : n.toFixed(3));
const line = (label: string, results: readonly EntryResult[]): string => {
  const f = figures(results);
  return `${label.padEnd(28)} recall ${f3(f.recall)}  false-positive rate ${f3(f.falsePositiveRate)}  precision ${f3(f.precision)}`;
};

const LAMBDAS = [0.03, 0.1, 0.3, 1];
const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9];

/** Cross-validated choice: highest recall minus three times the false-positive rate. */
const objective = (results: readonly EntryResult[]): number => {
  const f = figures(results);
  return f.recall - 3 * f.falsePositiveRate;
};

/**
 * `--lambda L --threshold T`: fit with these instead of cross-validating (about a minute instead of
 * eight), to compare a few of the grid's near-ties on the kept-aside pool (`eval:contacts -- --split
 * aside`), which the trainer never reads. Undefined when not given.
 */
function givenHyperparameters(): { lambda: number; threshold: number } | undefined {
  const value = (flag: string): number | undefined => {
    const at = process.argv.indexOf(flag);
    return at < 0 ? undefined : Number(process.argv[at + 1]);
  };
  const lambda = value("--lambda");
  const threshold = value("--threshold");
  if (lambda === undefined && threshold === undefined) return undefined;
  if (!(lambda! > 0) || !(threshold! > 0 && threshold! < 1)) throw new Error("give both --lambda (> 0) and --threshold (0..1)");
  return { lambda: lambda!, threshold: threshold! };
}

/**
 * Everything the stage learns from, each entry with its writer: `trainingEntries()` (writer = its
 * split) and, from round 41, the read half of the blind reviews (tests/contacts/read-reviews/, one
 * writer per file; a burst's `messages` as written, a single `text` as one message). Never an
 * unseen review, holdout, an unseen split or a kept-aside entry.
 */
export function stageTrainingEntries(): Array<{ writer: string; entry: CorpusEntry }> {
  const corpus = trainingEntries().map(({ split, entry }) => ({ writer: split as string, entry }));
  const read = reviews("read").flatMap(({ file, items }) =>
    items.map((item) => ({
      writer: file,
      entry: { id: item.id, category: item.kind, contact: item.contact, kinds: item.contact ? [item.kind] : [], messages: messagesOf(item), secrets: item.secrets },
    })),
  );
  return [...corpus, ...read];
}

function main(): void {
  const sourced = stageTrainingEntries();
  const entries = sourced.map((s) => s.entry);
  // One fold per writer (leave-one-writer-out): the error that matters is on a writer never seen.
  const writers = [...new Set(sourced.map((s) => s.writer))];
  const foldOf = new Map(sourced.map((s) => [s.entry, writers.indexOf(s.writer)]));
  const fold = (e: CorpusEntry): number => foldOf.get(e)!;
  console.log(`training entries: ${entries.length} (${entries.filter((e) => e.contact).length} contact)`);
  console.log(
    line(
      "rules alone, all training",
      entries.map((e) => evaluateEntry(e)),
    ),
  );
  const examples = entries.flatMap(examplesOf);
  console.log(`candidates: ${examples.length} (${examples.filter((e) => e.y === 1).length} positive)`);

  // The L2 strength and the looser candidates' threshold together; the rules' hits are always kept.
  const crossValidate = (lambda: number): ((threshold: number) => number) => {
    const keep = { threshold: 0 };
    const stages = Array.from({ length: writers.length }, (_, k) =>
      cachedStage(
        fit(
          examples.filter((e) => fold(entries[e.entry]!) !== k),
          lambda,
        ),
        keep,
      ),
    );
    return (threshold) => {
      keep.threshold = threshold;
      const results = entries.map((e) => evaluateEntry(e, { ...CORPUS_DETECTION_OPTIONS, secondStage: stages[fold(e)]! }));
      console.log(line(`cv lambda ${lambda} t ${threshold}`, results));
      return objective(results);
    };
  };
  let best = { score: -Infinity, lambda: LAMBDAS[0]!, threshold: THRESHOLDS[0]! };
  const given = givenHyperparameters();
  if (given) best = { score: NaN, ...given };
  else
    for (const lambda of LAMBDAS) {
      const run = crossValidate(lambda);
      for (const threshold of THRESHOLDS) {
        const score = run(threshold);
        if (score > best.score) best = { score, lambda, threshold };
      }
    }
  console.log(`${given ? "given" : "chosen"}: lambda ${best.lambda}, threshold ${best.threshold} (looser candidates; rule hits always kept)`);
  const model: ContactModel = { ...fit(examples, best.lambda), threshold: best.threshold };
  const out = fileURLToPath(new URL("../src/domain/contacts/second-stage/weights.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify({ bias: model.bias, threshold: model.threshold, weights: model.weights }, null, 2)}\n`);
  console.log(`wrote ${Object.keys(model.weights).length} weights to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
