import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnApi, startToExit, type SpawnedApi } from "../setup/spawn-api.ts";

/**
 * README Troubleshooting: PGlite has no lock of its own, and two API processes writing one
 * EMBEDDED_DATA_DIR corrupt it. The second `npm start` on a directory another process has open
 * refuses with one line naming the directory and that process, before it opens the database.
 */
const root = mkdtempSync(join(tmpdir(), "autodoctor-data-dir-"));
let first: SpawnedApi | undefined;
afterAll(async () => {
  await first?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("an embedded data directory in use", () => {
  it("stops a second `npm start` on it with one line naming the directory and the first process, before opening the database", async () => {
    const dataDir = join(root, "data");
    const env = { DATABASE_URL: "", NODE_ENV: "development", EMBEDDED_DATA_DIR: dataDir, SEED_DEMO_DATA: "never", LOG_LEVEL: "info" };
    first = await spawnApi(env);

    const second = await startToExit(env);

    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toEqual([
      `The embedded database in ${dataDir} (EMBEDDED_DATA_DIR) is in use by another process (pid ${first.child.pid}): stop it, or start this one with another EMBEDDED_DATA_DIR.`,
    ]);
    expect(second.stdout).not.toContain("database:");
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
  }, 180_000);
});
