import { assertAccountActive, type ViewerAccounts } from "../../platform/auth/viewer.ts";

/** How long a looked-up status is trusted when no change event arrives (a missed event costs at most this). */
export const ACCOUNT_STATUS_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/**
 * Whether an account may still receive live events, per user, cached briefly. Delivering one chat
 * event to N subscribers costs at most one query per distinct user per TTL; a penalty or its
 * reversal invalidates the entry at once (locally, and on every instance through the
 * `accountStatusChanged` topic).
 */
interface Entry {
  active: Promise<boolean>;
  /** The answer, once looked up. */
  settled?: boolean;
  expiresAt: number;
  /** A lookup to replace this entry before it expires is under way. */
  refreshing?: boolean;
}

/** What a live feed asks of an account before each event it delivers (AccountStatusCache). */
export type LiveAccountStatus = Pick<AccountStatusCache, "isActive" | "activeNow">;

/**
 * Benchmarks only (the server's `withoutPermissionsForBenchmark`): every account active, nothing
 * looked up, so the fan-out can be measured without its per-subscriber checks.
 */
export const EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK: LiveAccountStatus = { isActive: () => Promise.resolve(true), activeNow: () => true };

export class AccountStatusCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** The accounts store's authentication read (one statement per lookup). */
    private readonly accounts: Pick<ViewerAccounts, "viewerRow">,
    private readonly ttlMs = ACCOUNT_STATUS_TTL_MS,
  ) {}

  isActive(userId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.entries.get(userId);
    if (cached && cached.expiresAt > now) return cached.active;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const active = this.lookup(userId);
    const entry: Entry = { active, expiresAt: now + this.ttlMs };
    this.entries.set(userId, entry);
    active.then(
      (settled) => (entry.settled = settled),
      // A failed lookup is not cached: the next event asks again.
      () => this.entries.get(userId) === entry && this.entries.delete(userId),
    );
    return active;
  }

  /**
   * What `isActive` would answer, when it is known now without waiting (cached, looked up, not
   * expired); undefined otherwise. Lets a hot loop (one event to thousands of sockets) skip a
   * promise per subscriber. Asked in the second half of an entry's life, it looks the status up
   * again, so a steady stream of events never finds the entry expired (and never goes through the
   * slow path all at once) while no answer is older than the TTL.
   */
  activeNow(userId: string): boolean | undefined {
    const now = Date.now();
    const cached = this.entries.get(userId);
    if (!cached || cached.expiresAt <= now) return undefined;
    if (cached.settled !== undefined && !cached.refreshing && cached.expiresAt - now < this.ttlMs / 2) this.refresh(userId, cached, now);
    return cached.settled;
  }

  /** Looks the status up again before `entry` expires; the answer replaces it unless it was invalidated meanwhile. */
  private refresh(userId: string, entry: Entry, now: number): void {
    entry.refreshing = true;
    const active = this.lookup(userId);
    active.then(
      (settled) => {
        if (this.entries.get(userId) === entry) this.entries.set(userId, { active, settled, expiresAt: now + this.ttlMs });
      },
      () => (entry.refreshing = false),
    );
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }

  private async lookup(userId: string): Promise<boolean> {
    const account = await this.accounts.viewerRow(userId);
    if (!account) return false;
    try {
      assertAccountActive(account);
      return true;
    } catch {
      return false;
    }
  }
}
