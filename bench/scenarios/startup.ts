// Start-up: from spawning `node --import tsx src/main.ts` to its "ready at" line, on the embedded
// database: empty (migrate + seed) and already seeded; the baseline is node + tsx printing the line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnApi } from "../../tests/setup/spawn-api.ts";
import type { ScenarioResult } from "../support.ts";

const EMBEDDED = { DATABASE_URL: "", REDIS_URL: "", NODE_ENV: "development", SEED_DEMO_DATA: "auto", LOG_LEVEL: "warn" };

export async function startUp(): Promise<ScenarioResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "autodoctor-bench-startup-"));
  try {
    const bare = await spawnApi({}, { args: ["--input-type=module", "-e", `console.log("ready at http://127.0.0.1:1/graphql")`] });
    await bare.stop();
    const times: Record<string, number> = {};
    for (const state of ["empty", "seeded"] as const) {
      const api = await spawnApi({ ...EMBEDDED, EMBEDDED_DATA_DIR: join(dir, "data") });
      times[state] = api.readyMs;
      await api.stop();
    }
    return (["empty", "seeded"] as const).map((state) => ({
      scenario: `6. start-up, embedded, ${state === "empty" ? "empty (migrate + seed)" : "already seeded"}`,
      metric: "ms spawn -> ready (baseline: node + tsx, empty script)",
      figure: times[state]!,
      baseline: bare.readyMs,
      ratio: times[state]! / bare.readyMs,
      target: "reported",
      pass: null,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
