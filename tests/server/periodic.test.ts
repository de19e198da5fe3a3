import { describe, expect, it } from "vitest";
import { startPeriodic } from "../../src/platform/server/periodic.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A counter and a promise of its reaching `target`: a test waits for runs, not for a time a busy machine may not keep. */
function counter(target: number) {
  let reached!: () => void;
  const done = new Promise<void>((resolve) => (reached = resolve));
  const state = {
    count: 0,
    done,
    add() {
      state.count += 1;
      if (state.count === target) reached();
    },
  };
  return state;
}

/** The server's timed jobs (the payout run): never two at once, and stopped before the database closes. */
describe("a periodic job", () => {
  it("never overlaps itself, however much longer than the interval a run takes", async () => {
    let running = 0;
    let mostAtOnce = 0;
    const runs = counter(3);
    const job = startPeriodic(
      5,
      async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(30);
        runs.add();
        running -= 1;
      },
      () => {},
    );
    await runs.done;
    await job.stop();
    expect(runs.count).toBeGreaterThanOrEqual(3);
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
    const reported = counter(2);
    let runs = 0;
    const job = startPeriodic(
      5,
      async () => {
        runs += 1;
        throw new Error(`run ${runs} failed`);
      },
      (error) => {
        errors.push(error);
        reported.add();
      },
    );
    await reported.done; // a second run after the first one failed
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(runs);
  });
});
