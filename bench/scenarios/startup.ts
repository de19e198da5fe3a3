// Start-up: from spawning `node scripts/start.mjs` (what `npm start` runs) to its "ready at" line,
// on the embedded database: a new data directory (copy of the migrated template, then the demo
// seed) and an already seeded one; the baseline is `node -e` printing the same line. A first run
// on a scratch directory builds what the measured runs reuse (the bundle after a source change,
// the migrated template once per set of migrations), and is reported apart. Each state is started
// RUNS times and the median reported: on a shared machine one run says little.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnApi, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import type { ScenarioResult } from "../support.ts";

const EMBEDDED = { DATABASE_URL: "", REDIS_URL: "", NODE_ENV: "development", SEED_DEMO_DATA: "auto", LOG_LEVEL: "warn" };
const TARGET_MS = { first: 5_000, seeded: 1_500 };
const RUNS = 3;

async function timed(env: Record<string, string>): Promise<SpawnedApi> {
  const api = await spawnApi({ ...EMBEDDED, ...env });
  await api.stop();
  return api;
}

/** The run with the median time to ready. */
function median(runs: SpawnedApi[]): SpawnedApi {
  return [...runs].sort((a, b) => a.readyMs - b.readyMs)[Math.floor(runs.length / 2)]!;
}

export async function startUp(): Promise<ScenarioResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "autodoctor-bench-startup-"));
  try {
    const preparation = await timed({ EMBEDDED_DATA_DIR: join(dir, "warm-up") });
    const bare = await spawnApi({}, { args: ["-e", `console.log("ready at http://127.0.0.1:1/graphql")`] });
    await bare.stop();
    const firsts: SpawnedApi[] = [];
    const seededs: SpawnedApi[] = [];
    for (let run = 0; run < RUNS; run++) {
      const dataDir = join(dir, `data-${run}`);
      firsts.push(await timed({ EMBEDDED_DATA_DIR: dataDir }));
      seededs.push(await timed({ EMBEDDED_DATA_DIR: dataDir }));
    }
    const runs = [
      { state: "first", label: "new data directory (template copy + seed)", api: median(firsts), all: firsts },
      { state: "seeded", label: "already seeded", api: median(seededs), all: seededs },
    ] as const;
    return runs.map(({ state, label, api, all }) => ({
      scenario: `6. start-up, embedded, ${label}`,
      metric: `ms spawn -> ready, median of ${RUNS} (baseline: node -e printing the line)`,
      figure: api.readyMs,
      baseline: bare.readyMs,
      ratio: api.readyMs / bare.readyMs,
      target: `< ${TARGET_MS[state]} ms`,
      pass: api.readyMs < TARGET_MS[state],
      details: {
        runsMs: all.map((run) => Math.round(run.readyMs)),
        cpuMs: all.map((run) => run.readyCpuMs),
        baselineCpuMs: bare.readyCpuMs,
        preparationMs: preparation.readyMs,
        preparationOutput: preparation.output().slice(0, 500),
      },
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
