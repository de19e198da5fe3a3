import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AccountStatusCache } from "../../src/modules/accounts/account-status.ts";
import type { AccountStatus } from "../../src/platform/db/generated/enums.ts";

/**
 * The per-user status cache behind live delivery: `admissionNow` answers without waiting, so one
 * event to thousands of sockets costs no promise per socket, and it is looked up again before it
 * expires, so a steady stream of events never finds every entry expired at once.
 */
const TTL_MS = 1_000;
const USER = "00000000-0000-4000-8000-000000000001";

/** An accounts store whose status the spec sets, counting its reads. */
function accounts() {
  const store = {
    status: "ACTIVE" as AccountStatus,
    credentialVersion: 0,
    reads: 0,
    async viewerRow(id: string) {
      store.reads++;
      return { id, role: "CUSTOMER" as const, workshopId: null, credentialVersion: store.credentialVersion, status: store.status, suspendedUntil: null, statusReason: null };
    },
  };
  return store;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("AccountStatusCache.admissionNow", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("knows nothing before a lookup, then the looked-up answer until it expires", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    expect(cache.admissionNow(USER)).toBeUndefined();
    expect(await cache.admission(USER)).toBe("ADMITTED");
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    vi.advanceTimersByTime(TTL_MS);
    expect(cache.admissionNow(USER)).toBeUndefined();
    expect(store.reads).toBe(1);
  });

  it("looks the status up again in the second half of an entry's life, once, and the answer is never older than the TTL", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    await cache.admission(USER);
    vi.advanceTimersByTime(TTL_MS * 0.4);
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    expect(store.reads).toBe(1);
    vi.advanceTimersByTime(TTL_MS * 0.2);
    store.status = "SUSPENDED";
    // Still the old answer while the second lookup runs; asked again, no third lookup.
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    expect(store.reads).toBe(2);
    await settle();
    expect(cache.admissionNow(USER)).toBe("SUSPENDED");
    // The new answer counts from when it was looked up: it expires a TTL after that, not later.
    vi.advanceTimersByTime(TTL_MS * 0.4);
    expect(cache.admissionNow(USER)).toBe("SUSPENDED");
    vi.advanceTimersByTime(TTL_MS * 0.6);
    expect(cache.admissionNow(USER)).toBeUndefined();
  });

  it("drops a lookup's answer when the entry was invalidated meanwhile (a penalty landed)", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    await cache.admission(USER);
    vi.advanceTimersByTime(TTL_MS * 0.6);
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    cache.invalidate(USER);
    await settle();
    expect(cache.admissionNow(USER)).toBeUndefined();
  });

  it("answers every token of the account from one lookup: REVOKED for a token issued before the account's credential version, once it is read", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    expect(await cache.admission(USER, 0)).toBe("ADMITTED");
    store.credentialVersion = 1;
    cache.invalidate(USER);
    expect(await cache.admission(USER, 0)).toBe("REVOKED");
    expect(cache.admissionNow(USER, 0)).toBe("REVOKED");
    expect(cache.admissionNow(USER, 1)).toBe("ADMITTED");
    // The account alone (a feed's check, an external identity): not a token's revocation.
    expect(cache.admissionNow(USER)).toBe("ADMITTED");
    expect(store.reads).toBe(2);
    store.status = "BANNED";
    cache.invalidate(USER);
    expect(await cache.admission(USER, 1)).toBe("SUSPENDED");
  });

  it("looks the account up again for a token newer than the standing it holds (a password changed on another instance)", async () => {
    const store = accounts();
    const cache = new AccountStatusCache(store, TTL_MS);
    expect(await cache.admission(USER, 0)).toBe("ADMITTED");
    store.credentialVersion = 1;
    expect(cache.admissionNow(USER, 1)).toBeUndefined();
    expect(await cache.admission(USER, 1)).toBe("ADMITTED");
    expect(cache.admissionNow(USER, 0)).toBe("REVOKED");
    expect(store.reads).toBe(2);
  });
});
