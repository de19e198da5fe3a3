import type { PrismaClient } from "../db/prisma.ts";
import type { AccountStatus, Role } from "../db/generated/enums.ts";
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

const viewerSelect = {
  id: true,
  role: true,
  status: true,
  suspendedUntil: true,
  statusReason: true,
  advisor: { select: { workshopId: true } },
} as const;

/**
 * Resolves an `Authorization` header (or graphql-ws `connection_init` value) to a viewer.
 * No header is an anonymous caller; a malformed or invalid one is UNAUTHENTICATED. The account
 * is re-read on every request so a suspension takes effect at once.
 */
export async function authenticate(
  authorization: unknown,
  deps: { prisma: PrismaClient; tokens: TokenService },
): Promise<Viewer | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  const match = typeof authorization === "string" ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim()) : null;
  if (!match?.[1]) throw unauthenticated("Authorization must be 'Bearer <token>'");
  const identity = await deps.tokens.verify(match[1]);

  const user =
    identity.source === "local"
      ? await deps.prisma.user.findUnique({ where: { id: identity.userId }, select: viewerSelect })
      : await findExternalUser(deps.prisma, identity.subject, identity.email);
  if (!user) throw unauthenticated("Invalid or expired token");
  assertAccountActive(user);
  return { id: user.id, role: user.role, workshopId: user.advisor?.workshopId ?? null, credentialExpiresAt: identity.expiresAt };
}

/** An external identity maps to the account linked to its subject, or links on first sign-in by verified email. */
async function findExternalUser(prisma: PrismaClient, subject: string, email: string | undefined) {
  const linked = await prisma.user.findUnique({ where: { externalSubject: subject }, select: viewerSelect });
  if (linked || !email) return linked;
  const byEmail = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, externalSubject: true } });
  if (!byEmail || byEmail.externalSubject) return null;
  return prisma.user.update({ where: { id: byEmail.id }, data: { externalSubject: subject }, select: viewerSelect });
}
