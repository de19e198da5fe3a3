// `node --expose-gc --import tsx bench/detection-gc-tail.ts [git-ref] [passes]`: the contact
// detector's tail when full garbage collections happen between messages, as in a long-running
// server. Over the detection bench's 300 messages of 2,000 characters, with the trained second
// stage, a full `gc()` is forced before every tenth message and only the detect call is timed
// (wall time, `performance.now`); after one untimed warm-up pass, `passes` (default 3) timed
// passes. Prints p50, p99, max and how many calls took over 50 ms (the figure), then the same
// percentiles of the calls' CPU time (the whole process's, GC threads included), which waiting
// for a core on a loaded machine does not count, to read the figure by. A full GC makes V8
// forget its compilation cache, so an expression that is copied or built again (matchAll's
// copy, a `new RegExp` per call) is compiled from scratch on the next message: that is this tail.
// Without a ref it runs the working tree; with one, that commit's detector (unpacked beside this
// checkout, as detection-ab does). One version per process: compare two by alternating runs, e.g.
//   for i in 1 2 3; do node --expose-gc --import tsx bench/detection-gc-tail.ts main; node --expose-gc --import tsx bench/detection-gc-tail.ts; done
import "reflect-metadata"; // chat.inputs.ts (MAX_MESSAGE_LENGTH) declares type-graphql inputs
import { loadavg } from "node:os";
import { corpusMessages, longMessages } from "./detection-messages.ts";
import { detectorAt, detectorIn, ROOT, type Detect } from "./detector-at.ts";
import { percentile } from "./support.ts";

const GC_EVERY = 10;
const SLOW_MS = 50;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("usage: node --expose-gc --import tsx bench/detection-gc-tail.ts [git-ref] [passes]");
  process.exit(2);
}
const [ref, passesArg] = process.argv.slice(2);
const PASSES = Number(passesArg ?? 3);

const { detect, remove }: { detect: Detect; remove: () => void } = ref ? await detectorAt(ref, true) : { detect: await detectorIn(ROOT, true), remove: () => {} };
try {
  const messages = longMessages(corpusMessages(), 300);
  for (const m of messages) detect(m); // warm-up: JIT and lazily built tables
  const times: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    messages.forEach((m, i) => {
      if (i % GC_EVERY === 0) gc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      detect(m);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    });
  }
  const f = (x: number): string => x.toFixed(1);
  console.log(
    `${ref ?? "working tree"}: ${times.length} calls (${PASSES} passes, full GC every ${GC_EVERY} messages), p50 ${f(percentile(times, 50))} p99 ${f(percentile(times, 99))} max ${f(Math.max(...times))} ms, over ${SLOW_MS} ms: ${times.filter((t) => t > SLOW_MS).length} | CPU p50 ${f(percentile(cpu, 50))} p99 ${f(percentile(cpu, 99))} max ${f(Math.max(...cpu))} ms | load ${loadavg()[0]!.toFixed(2)}`,
  );
} finally {
  remove();
}
