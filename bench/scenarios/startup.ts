// Start-up: from spawning `node scripts/start.mjs` (what `npm start` runs) to its "ready at" line,
// on the embedded database: a new data directory (copy of the migrated template, then the demo
// seed) and an already seeded one; the baseline is `node -e` printing the same line. A first run
// on a scratch directory builds what the measured runs reuse (the bundle after a source change,
// the migrated template once per set of migrations), and is reported apart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnApi, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import type { ScenarioResult } from "../support.ts";

const EMBEDDED = { DATABASE_URL: "", REDIS_URL: "", NODE_ENV: "development", SEED_DEMO_DATA: "auto", LOG_LEVEL: "warn" };
const TARGET_MS = { first: 5_000, seeded: 1_500 };

async function timed(env: Record<string, string>): Promise<SpawnedApi> {
  const api = await spawnApi({ ...EMBEDDED, ...env });
  await api.stop();
  return api;
}

export async function startUp(): Promise<ScenarioResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "autodoctor-bench-startup-"));
  try {
    const preparation = await timed({ EMBEDDED_DATA_DIR: join(dir, "warm-up") });
    const bare = await spawnApi({}, { args: ["-e", `console.log("ready at http://127.0.0.1:1/graphql")`] });
    await bare.stop();
    const first = await timed({ EMBEDDED_DATA_DIR: join(dir, "data") });
    const seeded = await timed({ EMBEDDED_DATA_DIR: join(dir, "data") });
    const runs = [
      { state: "first", label: "new data directory (template copy + seed)", api: first },
      { state: "seeded", label: "already seeded", api: seeded },
    ] as const;
    return runs.map(({ state, label, api }) => ({
      scenario: `6. start-up, embedded, ${label}`,
      metric: "ms spawn -> ready (baseline: node -e printing the line)",
      figure: api.readyMs,
      baseline: bare.readyMs,
      ratio: api.readyMs / bare.readyMs,
      target: `< ${TARGET_MS[state]} ms`,
      pass: api.readyMs < TARGET_MS[state],
      details: { cpuMs: api.readyCpuMs, baselineCpuMs: bare.readyCpuMs, preparationMs: preparation.readyMs, preparationOutput: preparation.output().slice(0, 500) },
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
