// Waiting for asynchronous deliveries in specs (the chat fan-out's): a fixed pause is outrun by a
// loaded CI machine, so a check is retried until it holds.
import { vi } from "vitest";

/** A short pause (10 ms) in which pending deliveries get their turn. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * Waits until `check` passes (retried every 5 ms, for up to 5 s), then checks once more after
 * `settle`: a delivery that must not happen gets its chance to, and fails the check.
 */
export async function settled(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 5000, interval: 5 });
  await settle();
  check();
}
