import type { Client as WsClient } from "graphql-ws";

export interface LiveResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** A live subscription whose results are queued, so a test can await them one at a time. */
export interface LiveSubscription<T> {
  /** Every result received so far. */
  results: LiveResult<T>[];
  /** The next result not yet taken; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<LiveResult<T>>;
  /** Resolves when the server completes or errors the subscription (a close event for a closed socket). */
  ended: Promise<{ completed: boolean; error?: any }>;
  unsubscribe(): void;
}

export function live<T = Record<string, any>>(client: WsClient, query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
  const results: LiveResult<T>[] = [];
  const waiters: Array<(value: LiveResult<T>) => void> = [];
  let taken = 0;
  let end!: (value: { completed: boolean; error?: any }) => void;
  const ended = new Promise<{ completed: boolean; error?: any }>((resolve) => (end = resolve));
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        results.push(value as LiveResult<T>);
        waiters.shift()?.(results[taken++]!);
      },
      error: (error) => end({ completed: false, error }),
      complete: () => end({ completed: true }),
    },
  );
  return {
    results,
    ended,
    unsubscribe,
    next(timeoutMs = 5_000) {
      if (taken < results.length) return Promise.resolve(results[taken++]!);
      return new Promise((resolve, reject) => {
        const waiter = (value: LiveResult<T>) => {
          clearTimeout(timer);
          resolve(value);
        };
        // A waiter that timed out leaves the queue: the next result goes to the next caller, not to it.
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no live result within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
  };
}

/** Polls until `check` is true (e.g. the server has a subscriber listening), or fails after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves false when nothing arrives within `ms`: for asserting that a subscriber received nothing. */
export async function receivesNothing<T>(subscription: LiveSubscription<T>, ms = 300): Promise<boolean> {
  try {
    await subscription.next(ms);
    return false;
  } catch {
    return true;
  }
}
