import { describe, expect, it } from "vitest";
import { startToExit } from "../setup/spawn-api.ts";

/**
 * README Configuration: without DATABASE_URL the embedded database lives in EMBEDDED_DATA_DIR,
 * which configuration validation checks like any other setting. One the process cannot create or
 * write stops the start with the line naming EMBEDDED_DATA_DIR and exit 1, before the directory is
 * locked or a database opened: never a start that hangs (/proc), nor an error-level log first.
 */
describe("an EMBEDDED_DATA_DIR the process cannot create or write", () => {
  it.each([
    ["/proc/nope", "/proc/nope cannot be created in /proc (ENOENT)"],
    ["/dev/null/x", "/dev/null is not a directory"],
  ])(
    "%s stops `npm start` with the configuration error naming EMBEDDED_DATA_DIR, exit 1",
    async (dataDir, why) => {
      const run = await startToExit({ NODE_ENV: "development", DATABASE_URL: "", EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: "info" }, 60_000);

      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        "Invalid configuration:",
        `  - EMBEDDED_DATA_DIR: ${why}: the embedded database cannot be kept there; set EMBEDDED_DATA_DIR to a writable directory, or DATABASE_URL`,
      ]);
      expect(run.stdout).not.toContain('"level":50');
      expect(run.stdout).not.toContain("database:");
    },
    120_000,
  );
});
