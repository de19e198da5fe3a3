import { describe, expect, it } from "vitest";
import { startPeriodic } from "../../src/platform/server/periodic.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server's timed jobs (the payout run): never two at once, and stopped before the database closes. */
describe("a periodic job", () => {
  it("never overlaps itself, however much longer than the interval a run takes", async () => {
    let running = 0;
    let mostAtOnce = 0;
    let runs = 0;
    const job = startPeriodic(
      5,
      async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(30);
        runs += 1;
        running -= 1;
      },
      () => {},
    );
    await sleep(200);
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(mostAtOnce).toBe(1);
  });

  it("stop() asks the run in progress to stop, waits for it, and no run starts afterwards", async () => {
    const events: string[] = [];
    let started!: () => void;
    const firstRun = new Promise<void>((resolve) => (started = resolve));
    const job = startPeriodic(
      5,
      async (signal) => {
        events.push("start");
        started();
        while (!signal.aborted) await sleep(5); // one unit of work at a time
        await sleep(20);
        events.push("end");
      },
      () => {},
    );
    await firstRun;
    await job.stop();
    events.push("stopped");
    await sleep(50);
    expect(events).toEqual(["start", "end", "stopped"]);
  });

  it("a failed run is reported and the schedule goes on", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = startPeriodic(
      5,
      async () => {
        runs += 1;
        throw new Error(`run ${runs} failed`);
      },
      (error) => errors.push(error),
    );
    await sleep(100);
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(runs);
  });
});
