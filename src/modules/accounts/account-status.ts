import { credentialRevoked, statusAt, type LiveAdmission, type ViewerAccounts } from "../../platform/auth/viewer.ts";

/** How long a looked-up status is trusted when no change event arrives (a missed event costs at most this). */
export const ACCOUNT_STATUS_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/** What the cache keeps of an account: whether it is active, and its credential version; null when there is no such account. */
type Standing = { active: boolean; credentialVersion: number } | null;

/**
 * Whether an account may still receive live events, per user, cached briefly. Delivering one chat
 * event to N subscribers costs at most one query per distinct user per TTL; a penalty or its
 * reversal invalidates the entry at once (locally, and on every instance through the
 * `accountStatusChanged` topic), as does a password change or reset (`accountAccessRevoked`).
 */
interface Entry {
  standing: Promise<Standing>;
  /** The answer, once looked up. */
  settled?: Standing;
  expiresAt: number;
  /** A lookup to replace this entry before it expires is under way. */
  refreshing?: boolean;
}

/** What a live feed asks of an account before each event it delivers (AccountStatusCache). */
export type LiveAccountStatus = Pick<AccountStatusCache, "admission" | "admissionNow">;

/**
 * Benchmarks only (the server's `withoutPermissionsForBenchmark`): every account active, nothing
 * looked up, so the fan-out can be measured without its per-subscriber checks.
 */
export const EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK: LiveAccountStatus = { admission: () => Promise.resolve("ADMITTED"), admissionNow: () => "ADMITTED" };

/**
 * Whether a token issued at `credentialVersion` is newer than the standing looked up: the password
 * changed since the look-up (on another instance, its announcement not here yet), so the standing
 * is stale and would refuse the new token.
 */
const staleFor = (standing: Standing, credentialVersion: number | undefined) => standing !== null && credentialVersion !== undefined && credentialVersion > standing.credentialVersion;

/** A looked-up standing's answer for a credential issued at `credentialVersion` (undefined: the account alone is asked). */
function admissionOf(standing: Standing, credentialVersion: number | undefined): LiveAdmission {
  if (!standing?.active) return "SUSPENDED";
  return credentialRevoked(credentialVersion, standing) ? "REVOKED" : "ADMITTED";
}

export class AccountStatusCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** The accounts store's authentication read (one statement per lookup). */
    private readonly accounts: Pick<ViewerAccounts, "viewerRow">,
    private readonly ttlMs = ACCOUNT_STATUS_TTL_MS,
  ) {}

  /**
   * Whether user `userId` may go on receiving live events: SUSPENDED when the account is suspended,
   * banned or gone; with `credentialVersion` (the caller's token's), REVOKED when a password change
   * or reset moved the account past it. One lookup per user per TTL, whatever the versions asked
   * (and one more for a token newer than the standing looked up). Rejects when the lookup fails
   * (not cached: the next call asks again).
   */
  async admission(userId: string, credentialVersion?: number): Promise<LiveAdmission> {
    let standing = await this.standing(userId);
    if (staleFor(standing, credentialVersion)) {
      this.invalidate(userId);
      standing = await this.standing(userId);
    }
    return admissionOf(standing, credentialVersion);
  }

  /**
   * What `admission` would answer, when it is known now without waiting (cached, looked up, not
   * expired); undefined otherwise. Lets a hot loop (one event to thousands of sockets) skip a
   * promise per subscriber. Asked in the second half of an entry's life, it looks the status up
   * again, so a steady stream of events never finds the entry expired (and never goes through the
   * slow path all at once) while no answer is older than the TTL.
   */
  admissionNow(userId: string, credentialVersion?: number): LiveAdmission | undefined {
    const now = Date.now();
    const cached = this.entries.get(userId);
    if (!cached || cached.expiresAt <= now || cached.settled === undefined || staleFor(cached.settled, credentialVersion)) return undefined;
    if (!cached.refreshing && cached.expiresAt - now < this.ttlMs / 2) this.refresh(userId, cached, now);
    return admissionOf(cached.settled, credentialVersion);
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }

  /** The account's standing, cached for the TTL. */
  private standing(userId: string): Promise<Standing> {
    const now = Date.now();
    const cached = this.entries.get(userId);
    if (cached && cached.expiresAt > now) return cached.standing;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const standing = this.lookup(userId);
    const entry: Entry = { standing, expiresAt: now + this.ttlMs };
    this.entries.set(userId, entry);
    standing.then(
      (settled) => (entry.settled = settled),
      // A failed lookup is not cached: the next event asks again.
      () => this.entries.get(userId) === entry && this.entries.delete(userId),
    );
    return standing;
  }

  /** Looks the status up again before `entry` expires; the answer replaces it unless it was invalidated meanwhile. */
  private refresh(userId: string, entry: Entry, now: number): void {
    entry.refreshing = true;
    const standing = this.lookup(userId);
    standing.then(
      (settled) => {
        if (this.entries.get(userId) === entry) this.entries.set(userId, { standing, settled, expiresAt: now + this.ttlMs });
      },
      () => (entry.refreshing = false),
    );
  }

  private async lookup(userId: string): Promise<Standing> {
    const account = await this.accounts.viewerRow(userId);
    return account && { active: statusAt(account) === "ACTIVE", credentialVersion: account.credentialVersion };
  }
}
