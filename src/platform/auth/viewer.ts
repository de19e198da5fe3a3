import { Prisma } from "../db/generated/client.ts";
import type { AccountStatus, Role } from "../db/generated/enums.ts";
import type { PrismaClient } from "../db/prisma.ts";
import type { SqlReader } from "../db/sql.ts";
import { forbidden, unauthenticated } from "../errors.ts";
import type { TokenService } from "./tokens.ts";

/** The signed-in caller, as every authorization rule and scope sees it. */
export interface Viewer {
  id: string;
  role: Role;
  /** The workshop a WORKSHOP_ADVISOR works for. */
  workshopId: string | null;
  /** When the credential expires: a long-lived WebSocket is closed then. */
  credentialExpiresAt?: Date | null;
}

interface AccountState {
  status: AccountStatus;
  suspendedUntil: Date | null;
  statusReason: string | null;
}

/** Suspended and banned accounts are refused with the reason and, for a suspension, its end. */
export function assertAccountActive(account: AccountState, now = new Date()): void {
  if (account.status === "BANNED") {
    throw forbidden("This account is banned", { reason: account.statusReason ?? "Account banned", status: "BANNED" });
  }
  if (account.status === "SUSPENDED" && (!account.suspendedUntil || account.suspendedUntil > now)) {
    throw forbidden("This account is suspended", {
      reason: account.statusReason ?? "Account suspended",
      status: "SUSPENDED",
      until: account.suspendedUntil?.toISOString() ?? null,
    });
  }
}

/**
 * Resolves an `Authorization` header (or graphql-ws `connection_init` value) to a viewer.
 * No header is an anonymous caller; a malformed or invalid one is UNAUTHENTICATED. The account
 * is re-read on every request so a suspension takes effect at once.
 */
export async function authenticate(authorization: unknown, deps: { prisma: PrismaClient; sql: SqlReader; tokens: TokenService }): Promise<Viewer | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  const match = typeof authorization === "string" ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim()) : null;
  if (!match?.[1]) throw unauthenticated("Authorization must be 'Bearer <token>'");
  const identity = await deps.tokens.verify(match[1]);

  const account = identity.source === "local" ? await findAccount(deps.sql, Prisma.sql`u.id = ${identity.userId}::uuid`) : await findExternalAccount(deps, identity.subject, identity.email);
  if (!account) throw unauthenticated("Invalid or expired token");
  assertAccountActive(account);
  return { id: account.id, role: account.role, workshopId: account.workshopId, credentialExpiresAt: identity.expiresAt };
}

interface Account extends AccountState {
  id: string;
  role: Role;
  /** The workshop of a WORKSHOP_ADVISOR. */
  workshopId: string | null;
}

/**
 * The account matching `where` (on "User" u), with an advisor's workshop. Every authenticated
 * request runs this, so it is one hand-written statement, where Prisma would read the profile in
 * a second.
 */
async function findAccount(sql: SqlReader, where: Prisma.Sql): Promise<Account | null> {
  const [account] = await sql.rows<Account>(Prisma.sql`
    SELECT u.id, u.role, u.status, u."suspendedUntil", u."statusReason", a."workshopId"
    FROM "User" u LEFT JOIN "AdvisorProfile" a ON a."userId" = u.id
    WHERE ${where}`);
  return account ?? null;
}

/** An external identity maps to the account linked to its subject, or links on first sign-in by verified email. */
async function findExternalAccount({ prisma, sql }: { prisma: PrismaClient; sql: SqlReader }, subject: string, email: string | undefined): Promise<Account | null> {
  const linked = await findAccount(sql, Prisma.sql`u."externalSubject" = ${subject}`);
  if (linked || !email) return linked;
  const byEmail = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, externalSubject: true } });
  if (!byEmail || byEmail.externalSubject) return null;
  await prisma.user.update({ where: { id: byEmail.id }, data: { externalSubject: subject }, select: { id: true } });
  return findAccount(sql, Prisma.sql`u.id = ${byEmail.id}::uuid`);
}

/** Who a rule or a visible schema is for: a role, or a caller without a token. */
export type Audience = Role | "ANONYMOUS";
