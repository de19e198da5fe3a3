import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../../src/platform/db/data-dir-lock.ts";

/**
 * README Troubleshooting: `npm run db:reset` on the embedded database deletes its directory, so it
 * must refuse while another live process has that directory open (its lock file names it), and
 * leave every file in place. Here the live process is this test's own: its lock stands for a server.
 */
const root = mkdtempSync(join(tmpdir(), "autodoctor-reset-in-use-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("db:reset on an embedded directory a live process holds", () => {
  it("refuses with one line naming the directory and the process, and deletes nothing", () => {
    const dataDir = join(root, "data");
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, lockFileOf(process.pid)), `${process.pid}\n`);
    writeFileSync(join(dataDir, "PG_VERSION"), "16\n");

    const reset = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "reset"], {
      env: { ...process.env, DATABASE_URL: "", EMBEDDED_DATA_DIR: dataDir, NODE_ENV: "development" },
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(reset.status).toBe(1);
    expect(reset.stderr.trim().split("\n")).toEqual([expect.stringContaining(`is in use by another process (pid ${process.pid})`)]);
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
    expect(existsSync(join(dataDir, lockFileOf(process.pid)))).toBe(true);
  }, 90_000);
});
