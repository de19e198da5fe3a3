// `npx tsx bench/detection-ab.ts <git-ref> [rounds]`: the contact detector of the working tree (B)
// against the one of <git-ref> (A), in one process, interleaved message by message, over the
// detection bench's 300 messages of 2,000 characters (DETECTION_AB_SHORT=1: the corpus messages
// themselves). On a machine shared with other work a wall-clock bench run moves by more than most
// speed-ups; here both detectors meet the same load, each message's figure is the median of its
// rounds (CPU time, which waiting for a core does not count), and the ratio is per message. Prints
// how many outputs differ (a speed change must show 0), p50/p99 of the per-message medians and the
// median per-message ratio B/A, in CPU and in wall time. `--stage trained`: both detectors run with
// their own version's trained second stage (`TRAINED_STAGE` of that commit's
// second-stage/classifier.ts, over that version's `DEFAULT_DETECTION_OPTIONS`), so the figures are
// those of the rules plus the stage.
import "reflect-metadata"; // chat.inputs.ts (MAX_MESSAGE_LENGTH) declares type-graphql inputs
import { loadavg } from "node:os";
import { DEFAULT_DETECTION_OPTIONS as defaultsB, detectContactDetails as detectContactDetailsB } from "../src/domain/contacts/contact-detector.ts";
import { TRAINED_STAGE as stageB } from "../src/domain/contacts/second-stage/classifier.ts";
import { corpusMessages, longMessages } from "./detection-messages.ts";
import { configured, detectorAt, type Detect } from "./detector-at.ts";
import { percentile } from "./support.ts";

const args = process.argv.slice(2);
const stageAt = args.indexOf("--stage");
const stage = stageAt >= 0 ? args.splice(stageAt, 2)[1] : undefined;
const [ref, roundsArg] = args;
if (!ref || (stage !== undefined && stage !== "trained")) {
  console.error("usage: npx tsx bench/detection-ab.ts <git-ref> [rounds] [--stage trained]");
  process.exit(2);
}
const TRAINED = stage === "trained";
const ROUNDS = Number(roundsArg ?? 6);
const detectB = configured(detectContactDetailsB, defaultsB, stageB, TRAINED);

const median = (values: number[]): number => percentile(values, 50);

function cpuMs(detect: Detect, message: string): number {
  const c0 = process.cpuUsage();
  detect(message);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function wallMs(detect: Detect, message: string): number {
  const t0 = performance.now();
  detect(message);
  return performance.now() - t0;
}

const { detect: detectA, remove } = await detectorAt(ref, TRAINED);
try {
  const corpus = corpusMessages();
  const messages = process.env.DETECTION_AB_SHORT ? corpus : longMessages(corpus, 300);
  for (const m of [...messages, ...corpus.slice(0, 500)]) {
    detectA(m); // warm-up: JIT and lazily built tables
    detectB(m);
  }
  const differing = messages.filter((m) => JSON.stringify(detectA(m)) !== JSON.stringify(detectB(m))).length;
  const samples = { cpuA: messages.map((): number[] => []), cpuB: messages.map((): number[] => []), wallA: messages.map((): number[] => []), wallB: messages.map((): number[] => []) };
  for (let round = 0; round < ROUNDS; round++) {
    messages.forEach((m, i) => {
      // Alternating which goes first, so neither always meets the other's warm caches.
      const order: Array<[Detect, number[], number[]]> = [
        [detectA, samples.cpuA[i]!, samples.wallA[i]!],
        [detectB, samples.cpuB[i]!, samples.wallB[i]!],
      ];
      if ((round + i) % 2 === 1) order.reverse();
      for (const [detect, cpu] of order) cpu.push(cpuMs(detect, m));
      for (const [detect, , wall] of order) wall.push(wallMs(detect, m));
    });
  }
  console.log(
    `${ref} (A) vs working tree (B)${TRAINED ? ", rules + trained stage" : ""}: ${messages.length} messages, ${ROUNDS} rounds, outputs differing: ${differing}, load ${loadavg()[0]!.toFixed(2)}`,
  );
  for (const [label, a, b] of [
    ["CPU ", samples.cpuA, samples.cpuB],
    ["wall", samples.wallA, samples.wallB],
  ] as const) {
    const medA = a.map(median);
    const medB = b.map(median);
    const ratio = median(medA.map((x, i) => medB[i]! / x));
    const f = (x: number): string => x.toFixed(2);
    console.log(
      `${label} per-message medians  A p50 ${f(percentile(medA, 50))} p99 ${f(percentile(medA, 99))} ms | B p50 ${f(percentile(medB, 50))} p99 ${f(percentile(medB, 99))} ms | median ratio B/A ${ratio.toFixed(3)}`,
    );
  }
} finally {
  remove();
}
