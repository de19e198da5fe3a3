import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AccountStatusCache } from "../../src/modules/accounts/account-status.ts";
import type { AccountStatus } from "../../src/platform/db/generated/enums.ts";

/**
 * The per-user status cache behind live delivery: `activeNow` answers without waiting, so one
 * event to thousands of sockets costs no promise per socket, and it is looked up again before it
 * expires, so a steady stream of events never finds every entry expired at once.
 */
const TTL_MS = 1_000;
const USER = "00000000-0000-4000-8000-000000000001";

/** An accounts store whose status the spec sets, counting its reads. */
function accounts() {
  const store = {
    status: "ACTIVE" as AccountStatus,
    reads: 0,
    async viewerRow(id: string) {
      store.reads++;
      return { id, role: "CUSTOMER" as const, workshopId: null, credentialVersion: 0, status: store.status, suspendedUntil: null, statusReason: null };
    },
  };
  return store;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("AccountStatusCache.activeNow", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("knows nothing before a lookup, then the looked-up answer until it expires", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    expect(cache.activeNow(USER)).toBeUndefined();
    expect(await cache.isActive(USER)).toBe(true);
    expect(cache.activeNow(USER)).toBe(true);
    vi.advanceTimersByTime(TTL_MS);
    expect(cache.activeNow(USER)).toBeUndefined();
    expect(store.reads).toBe(1);
  });

  it("looks the status up again in the second half of an entry's life, once, and the answer is never older than the TTL", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    await cache.isActive(USER);
    vi.advanceTimersByTime(TTL_MS * 0.4);
    expect(cache.activeNow(USER)).toBe(true);
    expect(store.reads).toBe(1);
    vi.advanceTimersByTime(TTL_MS * 0.2);
    store.status = "SUSPENDED";
    // Still the old answer while the second lookup runs; asked again, no third lookup.
    expect(cache.activeNow(USER)).toBe(true);
    expect(cache.activeNow(USER)).toBe(true);
    expect(store.reads).toBe(2);
    await settle();
    expect(cache.activeNow(USER)).toBe(false);
    // The new answer counts from when it was looked up: it expires a TTL after that, not later.
    vi.advanceTimersByTime(TTL_MS * 0.4);
    expect(cache.activeNow(USER)).toBe(false);
    vi.advanceTimersByTime(TTL_MS * 0.6);
    expect(cache.activeNow(USER)).toBeUndefined();
  });

  it("drops a lookup's answer when the entry was invalidated meanwhile (a penalty landed)", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    await cache.isActive(USER);
    vi.advanceTimersByTime(TTL_MS * 0.6);
    expect(cache.activeNow(USER)).toBe(true);
    cache.invalidate(USER);
    await settle();
    expect(cache.activeNow(USER)).toBeUndefined();
  });
});
