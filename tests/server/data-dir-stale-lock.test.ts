import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../../src/platform/db/data-dir-lock.ts";
import { spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";

/**
 * README Troubleshooting: the lock a process keeps in EMBEDDED_DATA_DIR while it has the database
 * open outlives a process that was killed (SIGKILL, a crash, the machine's OOM killer), and must
 * not stop the restart: a lock whose process is gone is taken over. The restarted process holds
 * the directory in its turn, and gives it up when it stops.
 */
const root = mkdtempSync(join(tmpdir(), "autodoctor-stale-lock-"));
const started: SpawnedApi[] = [];
afterAll(async () => {
  for (const api of started) await api.stop("SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

describe("the lock of a killed process", () => {
  it("does not block a restart on its directory, which then holds it until it stops", async () => {
    const dataDir = join(root, "data");
    const env = { DATABASE_URL: "", NODE_ENV: "development", EMBEDDED_DATA_DIR: dataDir, SEED_DEMO_DATA: "never", LOG_LEVEL: "info" };
    const killed = await spawnApi(env);
    started.push(killed);
    const staleLock = join(dataDir, lockFileOf(killed.child.pid!));
    expect(existsSync(staleLock)).toBe(true);
    await killed.stop("SIGKILL");
    expect(existsSync(staleLock)).toBe(true);

    const restarted = await spawnApi(env);
    started.push(restarted);

    expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
    expect(existsSync(staleLock)).toBe(false);
    const lock = join(dataDir, lockFileOf(restarted.child.pid!));
    expect(existsSync(lock)).toBe(true);
    expect(await restarted.stop()).toBe(0);
    expect(existsSync(lock)).toBe(false);
  }, 180_000);
});
