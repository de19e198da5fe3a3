import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startToExit } from "../setup/spawn-api.ts";

/**
 * README Configuration: a REDIS_URL that does not answer at start-up fails the start the way a bad
 * DATABASE_URL does (one line naming it, exit 1, within seconds), instead of an instance reported
 * ready that waits out Redis retries on every operation and loses live delivery. An outage after
 * start is the fault suite's (tests/faults/redis-outage*.test.ts): live delivery degrades, the
 * process carries on.
 */
describe("a REDIS_URL nothing answers at start-up", () => {
  it("stops `npm start` with one line naming REDIS_URL, exit 1, within seconds, before any database is opened", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));

    const run = await startToExit({ NODE_ENV: "development", DATABASE_URL: "", REDIS_URL: `redis://:a-redis-password@127.0.0.1:${port}/0`, LOG_LEVEL: "info" });

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `REDIS_URL (redis://127.0.0.1:${port}) does not answer: connect ECONNREFUSED 127.0.0.1:${port}. Start Redis there, correct REDIS_URL, or unset it for in-process pub/sub (a single instance).`,
    ]);
    expect(run.stdout).not.toContain("database:");
    expect(run.stdout).not.toContain('"level":50');
    expect(run.stdout + run.stderr).not.toContain("a-redis-password");
    // The start bundle may be rebuilt first (about 10 s under load); Redis itself is given 5 s.
    expect(run.ms).toBeLessThan(60_000);
  }, 120_000);
});
