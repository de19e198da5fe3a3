// Preloaded into a benchmarked process (`node --expose-gc --import ./bench/gc-probe.mjs ...`):
// on SIGUSR2 it runs full, synchronous garbage collections and prints one line,
// `gc-probe {"heapUsed":…,"rss":…,…}` (bytes), so a benchmark reads settled memory from outside.
// Garbage still waiting for a collection is what made the per-connection figure swing and go negative.
if (typeof globalThis.gc !== "function") throw new Error("gc-probe needs node --expose-gc");
process.on("SIGUSR2", () => {
  for (let i = 0; i < 3; i++) globalThis.gc({ type: "major", execution: "sync" });
  const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`gc-probe ${JSON.stringify({ heapUsed, rss, external, arrayBuffers })}\n`);
});
