import type { AccountStatus, Role } from "../db/generated/enums.ts";
import { ErrorReason, forbidden, unauthenticated } from "../errors.ts";
import type { TokenService } from "./tokens.ts";

/** The signed-in caller, as every authorization rule and scope sees it. */
export interface Viewer {
  id: string;
  role: Role;
  /** The workshop a WORKSHOP_ADVISOR works for. */
  workshopId: string | null;
  /** When the credential expires: a long-lived WebSocket is closed then. */
  credentialExpiresAt?: Date | null;
  /**
   * The account's credential version our own token was issued at (its `cv`): a long-lived
   * WebSocket stops once a password change or reset moves the account past it. Undefined for an
   * external issuer's identity, which no password of ours revokes.
   */
  credentialVersion?: number;
}

/** An account's standing columns as stored (User.status and the end of a suspension). */
export interface StoredStanding {
  status: AccountStatus;
  suspendedUntil: Date | null;
}

interface AccountState extends StoredStanding {
  statusReason: string | null;
}

/**
 * The one definition of an account's standing at `now`, for every reader (authentication, `me`,
 * admins' views, a customer's mechanic-absence choice; the accounts module's `sanctionedAt` is its
 * SQL twin). A suspension ends by its date with no write: a stored SUSPENDED whose `suspendedUntil`
 * has passed is ACTIVE. A suspension without an end (none is made today) runs until lifted.
 */
export function statusAt(account: StoredStanding, now: Date = new Date()): AccountStatus {
  if (account.status === "SUSPENDED" && account.suspendedUntil !== null && account.suspendedUntil <= now) return "ACTIVE";
  return account.status;
}

/** The standing as the API shows it at `now` (statusAt): `suspendedUntil` only while suspended, null otherwise. */
export function standingAt(account: StoredStanding, now: Date = new Date()): StoredStanding {
  const status = statusAt(account, now);
  return { status, suspendedUntil: status === "SUSPENDED" ? account.suspendedUntil : null };
}

/**
 * Suspended and banned accounts are refused (statusAt: a suspension that ran out is not):
 * `extensions.reason` says which (ACCOUNT_SUSPENDED, ACCOUNT_BANNED), `statusReason` why in words,
 * `until` when a suspension ends.
 */
export function assertAccountActive(account: AccountState, now = new Date()): void {
  const status = statusAt(account, now);
  if (status === "BANNED") {
    throw forbidden("This account is banned", { reason: ErrorReason.ACCOUNT_BANNED, statusReason: account.statusReason ?? "Account banned", status: "BANNED" });
  }
  if (status === "SUSPENDED") {
    throw forbidden("This account is suspended", {
      reason: ErrorReason.ACCOUNT_SUSPENDED,
      statusReason: account.statusReason ?? "Account suspended",
      status: "SUSPENDED",
      until: account.suspendedUntil?.toISOString() ?? null,
    });
  }
}

/** The caller's account as authentication reads it. */
export interface ViewerAccount extends AccountState {
  id: string;
  role: Role;
  /** The workshop of a WORKSHOP_ADVISOR. */
  workshopId: string | null;
  /** Bumped by a password change or reset; our own tokens carry the version they were issued at. */
  credentialVersion: number;
}

/**
 * Whether a credential issued at `credentialVersion` (undefined: an external identity's, which
 * carries none) was revoked by a password change or reset since: the account's version moved on.
 */
export function credentialRevoked(credentialVersion: number | undefined, account: { credentialVersion: number }): boolean {
  return credentialVersion !== undefined && credentialVersion !== account.credentialVersion;
}

/**
 * Whether a signed-in caller may go on using a live connection (each operation, each event):
 * ADMITTED; SUSPENDED when the account is suspended, banned or gone; REVOKED when the caller's
 * credential was revoked since it was issued (credentialRevoked).
 */
export type LiveAdmission = "ADMITTED" | "SUSPENDED" | "REVOKED";

/**
 * Where authentication reads accounts (app/ passes the accounts module's store: platform code
 * never touches the User table itself).
 */
export interface ViewerAccounts {
  /** The account with this id, or null. */
  viewerRow(id: string): Promise<ViewerAccount | null>;
  /** The account linked to an external identity's subject, or null. */
  viewerRowBySubject(subject: string): Promise<ViewerAccount | null>;
  /** Links `subject` to the account with this verified email if it has no subject yet: its id, or null. */
  linkSubjectByEmail(email: string, subject: string): Promise<string | null>;
}

/**
 * The one `Authorization` header of an HTTP request, from all its values (`headersDistinct`), or
 * undefined without one. Node keeps only the first of repeated ones in `headers`, so a second
 * (a proxy's, an attacker's beside the client's) would be dropped silently; it is refused instead.
 * @throws AppError UNAUTHENTICATED when the request carries more than one
 */
export function singleAuthorization(values: readonly string[] | undefined): string | undefined {
  if (values && values.length > 1) throw unauthenticated(`Send one Authorization header: this request carries ${values.length}`);
  return values?.[0];
}

/**
 * The authorization a graphql-ws `connection_init` payload carries: its value under the header's
 * name in any case ("authorization", "Authorization"), as HTTP reads header names; undefined when
 * none. Two (one under each spelling, in either order) are refused as two Authorization headers
 * are (singleAuthorization): one of them would run silently as someone else.
 * @throws AppError UNAUTHENTICATED when the payload carries more than one
 */
export function connectionAuthorization(params: Readonly<Record<string, unknown>> | undefined): unknown {
  const values = Object.entries(params ?? {}).flatMap(([name, value]) => (name.toLowerCase() === "authorization" ? [value] : []));
  if (values.length > 1) throw unauthenticated(`Send one authorization in connection_init: this one carries ${values.length}`);
  return values[0];
}

/**
 * Resolves an `Authorization` header (or graphql-ws `connection_init` value) to a viewer.
 * No header is an anonymous caller; a malformed or invalid one is UNAUTHENTICATED. The account
 * is re-read on every request so a suspension takes effect at once.
 */
export async function authenticate(authorization: unknown, deps: { accounts: ViewerAccounts; tokens: TokenService }): Promise<Viewer | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  // HTTP reads an authentication scheme in any case (RFC 9110 11.1): "bearer" is "Bearer".
  const match = typeof authorization === "string" ? /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim()) : null;
  if (!match?.[1]) throw unauthenticated("Authorization must be 'Bearer <token>'");
  const identity = await deps.tokens.verify(match[1]);

  const account = identity.source === "local" ? await deps.accounts.viewerRow(identity.userId) : await findExternalAccount(deps.accounts, identity.subject, identity.email);
  if (!account) throw unauthenticated("Invalid or expired token");
  // A token issued before the password last changed is revoked (the change signed every other session out).
  const credentialVersion = identity.source === "local" ? identity.credentialVersion : undefined;
  if (credentialRevoked(credentialVersion, account)) throw unauthenticated("Invalid or expired token");
  assertAccountActive(account);
  return { id: account.id, role: account.role, workshopId: account.workshopId, credentialExpiresAt: identity.expiresAt, credentialVersion };
}

/** An external identity maps to the account linked to its subject, or links on first sign-in by verified email. */
async function findExternalAccount(accounts: ViewerAccounts, subject: string, email: string | undefined): Promise<ViewerAccount | null> {
  const linked = await accounts.viewerRowBySubject(subject);
  if (linked || !email) return linked;
  const id = await accounts.linkSubjectByEmail(email, subject);
  return id ? accounts.viewerRow(id) : null;
}

/** Who a rule or a visible schema is for: a role, or a caller without a token. */
export type Audience = Role | "ANONYMOUS";
