/** A job the server repeats on a timer; see `startPeriodic`. */
export interface PeriodicJob {
  /** Cancels the next run, asks a run in progress to stop, and resolves once it has. */
  stop(): Promise<void>;
}

/**
 * Runs `job` every `intervalMs`, never two at once: the next run is timed from the end of the
 * previous one, however long it took. The job gets a signal that is aborted on `stop()`, so it can
 * finish the unit of work in hand and return before the database closes. A failed run is handed
 * to `onError` and the schedule goes on.
 */
export function startPeriodic(intervalMs: number, job: (signal: AbortSignal) => Promise<void>, onError: (error: unknown) => void): PeriodicJob {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const schedule = () => {
    timer = setTimeout(() => {
      running = job(stopping.signal)
        .catch(onError)
        .finally(() => {
          running = null;
          if (!stopping.signal.aborted) schedule();
        });
    }, intervalMs).unref();
  };
  schedule();
  return {
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
