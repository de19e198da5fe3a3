import { customerProfileSelect, type CustomerAccess } from "../../authz/customer-access.ts";
import type { ViewerAccount, ViewerAccounts } from "../../platform/auth/viewer.ts";
import { asClientError } from "../../platform/db/constraint-errors.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { AccountStatus, Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { SqlReader } from "../../platform/db/sql.ts";
import { conflict, ErrorReason } from "../../platform/errors.ts";
import { afterTimestamp, keysetAfter, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import { advisorSelect } from "./advisor.store.ts";

/** The account columns the API shows (User). */
export const userSelect = { id: true, email: true, role: true, status: true, suspendedUntil: true, createdAt: true } as const;
export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/** The public mechanic profile's columns, for loaders that fetch it with something else. */
export const mechanicProfileSelect = { userId: true, displayName: true, ratingHundredths: true, ratingCount: true } as const;
export type MechanicProfileRow = Prisma.MechanicProfileGetPayload<{ select: typeof mechanicProfileSelect }>;

/** A customer profile loaded with `customerProfileSelect(access)`: the columns access may not read are absent. */
export interface CustomerProfileRow {
  userId: string;
  firstName: string;
  lastName?: string;
  city?: string;
  phone?: string;
  addressLine1?: string;
  addressLine2?: string | null;
  postalCode?: string | null;
  user?: { email: string } | null;
}

/** What a new account is made of (the password already hashed); its status starts ACTIVE (the schema's default). */
export type NewAccount = { email: string; passwordHash: string } & (
  | { role: "CUSTOMER"; profile: { firstName: string; lastName: string; phone: string; addressLine1: string; addressLine2: string | null; city: string; postalCode: string | null } }
  | { role: "MECHANIC"; profile: { displayName: string } }
  | { role: "WORKSHOP_ADVISOR"; profile: { displayName: string; workshopId: string } }
  | { role: "PARTNER"; profile: { organizationName: string; workshopId: string | null } }
  | { role: "ADMIN" }
);

/** The profile columns a profile edit changes, per profile (only the caller's role's one is given). */
export interface ProfileChange {
  email?: string;
  customer?: Partial<{ firstName: string; lastName: string; phone: string; addressLine1: string; addressLine2: string | null; city: string; postalCode: string | null }>;
  mechanic?: { displayName: string };
  advisor?: { displayName: string };
}

/**
 * Every read and write of the account tables (User and its profiles) except the status, which
 * only AccountMachine changes. Implements the platform's ViewerAccounts, so authentication reads
 * the caller's account through here.
 */
export class AccountStore implements ViewerAccounts {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  // ── accounts ──────────────────────────────────────────────────────────────

  /**
   * Creates an account with its profile (none for an admin).
   *
   * @throws CONFLICT when the email is taken (the unique constraint settles concurrent sign-ups)
   */
  async create(account: NewAccount): Promise<UserRow> {
    const { email, passwordHash } = account;
    const profile =
      account.role === "CUSTOMER"
        ? { customer: { create: account.profile } }
        : account.role === "MECHANIC"
          ? { mechanic: { create: account.profile } }
          : account.role === "WORKSHOP_ADVISOR"
            ? { advisor: { create: account.profile } }
            : account.role === "PARTNER"
              ? { partner: { create: account.profile } }
              : {};
    try {
      return await this.prisma.user.create({ select: userSelect, data: { email, passwordHash, role: account.role, ...profile } });
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("An account with this email already exists", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /**
   * Whether no account exists at all (a new database, before the demo world is seeded). Written by
   * hand, as `emailTaken`: start-up asks both before it listens, and through Prisma they loaded and
   * compiled its query compiler first (0.1 to 0.25 s of a seeded start's main thread).
   */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.sql.rows<{ any: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM "User") AS "any"`);
    return !row?.any;
  }

  /** Whether an account already has `email` (lower case). */
  async emailTaken(email: string): Promise<boolean> {
    const [row] = await this.sql.rows<{ taken: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM "User" WHERE email = ${email}) AS "taken"`);
    return row?.taken === true;
  }

  /** For sign-in: the account with `email` (lower case) with its password hash, standing and credential version, or null. */
  forSignIn(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true, statusReason: true, credentialVersion: true } });
  }

  /** For a password or email change: the account `id` with its password hash and standing, or null. */
  forPasswordChange(id: string) {
    return this.prisma.user.findUnique({ where: { id }, select: { ...userSelect, passwordHash: true, statusReason: true, credentialVersion: true } });
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** The editable profile of account `id`: its email, role and the profile columns its role has, or null. */
  editableProfile(id: string) {
    return this.prisma.user.findUnique({
      where: { id },
      select: {
        id: true,
        email: true,
        role: true,
        customer: { select: { firstName: true, lastName: true, phone: true, addressLine1: true, addressLine2: true, city: true, postalCode: true } },
        mechanic: { select: { displayName: true } },
        advisor: { select: { displayName: true } },
      },
    });
  }

  /**
   * Writes the changed profile fields of account `id` in `tx`: `email` on the account, the rest on
   * the profile its role has (the service passes only the columns of that profile).
   *
   * @throws CONFLICT (reason ALREADY_EXISTS) when the new email is taken
   */
  async updateProfile(tx: Tx, id: string, change: ProfileChange): Promise<UserRow> {
    const { email, customer, mechanic, advisor } = change;
    try {
      return await tx.user.update({
        where: { id },
        select: userSelect,
        data: {
          ...(email !== undefined ? { email } : {}),
          ...(customer ? { customer: { update: customer } } : {}),
          ...(mechanic ? { mechanic: { update: mechanic } } : {}),
          ...(advisor ? { advisor: { update: advisor } } : {}),
        },
      });
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("An account with this email already exists", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /** Sets account `id`'s password hash and bumps its credential version (revoking its tokens) in `tx`; the new version. */
  async setPassword(tx: Tx, id: string, passwordHash: string): Promise<number> {
    const { credentialVersion } = await tx.user.update({ where: { id }, data: { passwordHash, credentialVersion: { increment: 1 } }, select: { credentialVersion: true } });
    return credentialVersion;
  }

  // ── password resets ───────────────────────────────────────────────────────

  /** Stores a reset token (its SHA-256 only) for account `userId`, valid until `expiresAt`. */
  async createResetToken(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.prisma.passwordResetToken.create({ data: { userId, tokenHash, expiresAt }, select: { id: true } });
  }

  /**
   * Uses the reset token with this hash, once, in `tx`: the account it was issued for, or null when
   * it is unknown, used or expired at `now`. Every other unused token of that account is used up too.
   */
  async consumeResetToken(tx: Tx, tokenHash: string, now: Date): Promise<string | null> {
    const token = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true } });
    if (!token) return null;
    const { count } = await tx.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count === 0) return null;
    await tx.passwordResetToken.updateMany({ where: { userId: token.userId, usedAt: null }, data: { usedAt: now } });
    return token.userId;
  }

  /** The account `id` as the API shows it, when `scope` reaches it (the viewer's own, or any for admins). */
  account(scope: StoreScope<Prisma.UserWhereInput>, id: string): Promise<UserRow | null> {
    return this.prisma.user.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: userSelect });
  }

  /** An account's role and status, in `tx` (a move or a penalty reads it before it writes), or null. */
  standingOf(tx: Tx, userId: string) {
    return tx.user.findUnique({ where: { id: userId }, select: { role: true, status: true } });
  }

  /** Accounts' standing columns as stored (status, end of a suspension, the reason shown), by id: one read for a batch. */
  standings(ids: readonly string[]): Promise<{ id: string; status: AccountStatus; suspendedUntil: Date | null; statusReason: string | null }[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, status: true, suspendedUntil: true, statusReason: true } });
  }

  /**
   * Accounts `ids` with the profile of their role, for admins reading professionals (a violation's
   * offender): a mechanic's public profile, an advisor's, a partner organization's public columns.
   * One batch of ids, one read per table whatever its size.
   */
  professionals(ids: readonly string[]) {
    return this.prisma.user.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        mechanic: { select: mechanicProfileSelect },
        advisor: { select: advisorSelect },
        partner: { select: { userId: true, organizationName: true, verifiedAt: true, workshopId: true } },
      },
    });
  }

  // ── authentication (platform/auth/viewer.ts) ─────────────────────────────

  /**
   * The account `id` as authentication needs it (role, standing, an advisor's workshop). Every
   * authenticated request runs this, so it is one hand-written statement, where Prisma would read
   * the profile in a second.
   */
  viewerRow(id: string): Promise<ViewerAccount | null> {
    return this.viewerAccount(Prisma.sql`u.id = ${id}::uuid`);
  }

  /** The account linked to an external identity's subject, or null. */
  viewerRowBySubject(subject: string): Promise<ViewerAccount | null> {
    return this.viewerAccount(Prisma.sql`u."externalSubject" = ${subject}`);
  }

  /**
   * Links an external subject to the account with this verified email (lower-cased here) when
   * that account has none linked yet; the linked account's id, or null.
   */
  async linkSubjectByEmail(email: string, subject: string): Promise<string | null> {
    const byEmail = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, externalSubject: true } });
    if (!byEmail || byEmail.externalSubject) return null;
    await this.prisma.user.update({ where: { id: byEmail.id }, data: { externalSubject: subject }, select: { id: true } });
    return byEmail.id;
  }

  private async viewerAccount(where: Prisma.Sql): Promise<ViewerAccount | null> {
    const [account] = await this.sql.rows<ViewerAccount>(Prisma.sql`
      SELECT u.id, u.role, u.status, u."suspendedUntil", u."statusReason", u."credentialVersion", a."workshopId"
      FROM "User" u LEFT JOIN "AdvisorProfile" a ON a."userId" = u.id
      WHERE ${where}`);
    return account ?? null;
  }

  // ── customers ─────────────────────────────────────────────────────────────

  /** A customer's profile with only the columns `access` may read (customerProfileSelect), or null. */
  customerProfile(customerId: string, access: CustomerAccess): Promise<CustomerProfileRow | null> {
    return this.prisma.customerProfile.findUnique({ where: { userId: customerId }, select: customerProfileSelect(access) }) as Promise<CustomerProfileRow | null>;
  }

  /**
   * One page of customer accounts within `scope` and matching `filter` (customerWhereToPrisma),
   * newest first (keyset after `page.after`, `page.take + 1` rows), with the admin's columns of
   * each profile, and the total count.
   */
  async customers(scope: StoreScope<Prisma.UserWhereInput>, filter: Prisma.UserWhereInput, page: PageRequest) {
    const where: Prisma.UserWhereInput = { AND: [whereOf(scope) ?? {}, filter] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.user.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: { id: true, createdAt: true, customer: { select: customerProfileSelect("ADMIN") } },
      }),
      this.prisma.user.count({ where }),
    ]);
    return { rows: rows as { id: string; createdAt: Date; customer: CustomerProfileRow | null }[], totalCount };
  }

  // ── mechanics ─────────────────────────────────────────────────────────────

  /** A mechanic's public profile (also what partnerships show of a partnership's mechanic), or null. */
  mechanicProfile(mechanicId: string): Promise<MechanicProfileRow | null> {
    return this.prisma.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: mechanicProfileSelect });
  }

  /** For reviews: a mechanic's rating as recomputed from their reviews, in `tx`. */
  async setMechanicRating(tx: Tx, mechanicId: string, rating: { ratingHundredths: number; ratingCount: number }): Promise<void> {
    await tx.mechanicProfile.update({ where: { userId: mechanicId }, data: rating, select: { userId: true } });
  }

  /** Mechanic accounts, and those of them with no standing violation (the compliance rate). */
  async mechanicCompliance(): Promise<{ mechanicCount: number; compliantCount: number }> {
    const [mechanicCount, compliantCount] = await Promise.all([this.prisma.mechanicProfile.count(), this.prisma.mechanicProfile.count({ where: { user: { violationCount: 0 } } })]);
    return { mechanicCount, compliantCount };
  }

  // ── the penalty ladder's counter and earnings (enforcement) ──────────────

  /**
   * Counts one more standing violation, atomically: concurrent offences get distinct counts.
   * Answers the new count (the ladder's rung) and the offender's role.
   */
  countViolation(tx: Tx, userId: string): Promise<{ violationCount: number; role: Role }> {
    return tx.user.update({ where: { id: userId }, data: { violationCount: { increment: 1 } }, select: { violationCount: true, role: true } });
  }

  /** A dismissed violation stops counting (never below zero). */
  async uncountViolation(tx: Tx, userId: string): Promise<void> {
    await tx.user.updateMany({ where: { id: userId, violationCount: { gt: 0 } }, data: { violationCount: { decrement: 1 } } });
  }

  /** Withholds a banned mechanic's earnings (the flag payments reads). */
  async withholdEarnings(tx: Tx, mechanicId: string): Promise<void> {
    await tx.mechanicProfile.update({ where: { userId: mechanicId }, data: { earningsWithheld: true } });
  }

  /** Sets a mechanic's withheld flag to `withheld` where it is set now; whether it was set (a mechanic with withheld earnings). */
  async resetWithheldEarnings(tx: Tx, mechanicId: string, withheld: boolean): Promise<boolean> {
    const { count } = await tx.mechanicProfile.updateMany({ where: { userId: mechanicId, earningsWithheld: true }, data: { earningsWithheld: withheld } });
    return count > 0;
  }

  // ── partners (partnerships) ──────────────────────────────────────────────

  /** For partnerships: a partner's organisation name and workshop (a WORKSHOP partnership's), or null. */
  partnerProfile(partnerId: string, tx: Tx | PrismaClient = this.prisma): Promise<{ userId: string; organizationName: string; workshopId: string | null } | null> {
    return tx.partnerProfile.findUnique({ where: { userId: partnerId }, select: { userId: true, organizationName: true, workshopId: true } });
  }

  /**
   * For partnerships' directory: one page of partner organizations by name then user id (keyset
   * after `page.after`, `page.take + 1` rows so the caller knows whether more follow), their public
   * columns only, and the number of partners.
   */
  async partnerOrganizations(page: PageRequest): Promise<{ rows: { userId: string; organizationName: string; verifiedAt: Date | null; workshopId: string | null }[]; totalCount: number }> {
    const [rows, totalCount] = await Promise.all([
      this.prisma.partnerProfile.findMany({
        where: keysetAfter(page.after, "asc", (comparison, value) => ({ organizationName: { [comparison]: value } }), "userId"),
        orderBy: [{ organizationName: "asc" }, { userId: "asc" }],
        take: page.take + 1,
        select: { userId: true, organizationName: true, verifiedAt: true, workshopId: true },
      }),
      this.prisma.partnerProfile.count(),
    ]);
    return { rows, totalCount };
  }

  /** For partnerships: marks a partner verified by `adminId` at `at`, the first time only. */
  async verifyPartner(tx: Tx, partnerId: string, adminId: string, at: Date): Promise<void> {
    await tx.partnerProfile.updateMany({ where: { userId: partnerId, verifiedAt: null }, data: { verifiedAt: at, verifiedById: adminId } });
  }
}

/**
 * Demo data only (src/seed): inserts demo users and their role profiles as given, with their fixed
 * ids and backdated timestamps. No checks, history, audit or events: the seed builds a consistent
 * world itself. Not for product code. The rows' types leave out the state columns (User.status,
 * MechanicProfile.vettingStatus): each row starts in its column's default, and only its machine
 * (account.machine.ts, mechanic-vetting.machine.ts) moves it on.
 */
export async function insertDemoAccounts(
  tx: Tx,
  rows: {
    users: Omit<Prisma.UserCreateManyInput, "status">[];
    customers: Prisma.CustomerProfileCreateManyInput[];
    mechanics: Omit<Prisma.MechanicProfileCreateManyInput, "vettingStatus">[];
    advisors: Prisma.AdvisorProfileCreateManyInput[];
    partners: Prisma.PartnerProfileCreateManyInput[];
  },
): Promise<void> {
  await tx.user.createMany({ data: rows.users });
  await tx.customerProfile.createMany({ data: rows.customers });
  await tx.mechanicProfile.createMany({ data: rows.mechanics });
  await tx.advisorProfile.createMany({ data: rows.advisors });
  await tx.partnerProfile.createMany({ data: rows.partners });
}

/** Whether a user with this (exact, stored) email exists, in `client` (a transaction or the pool). Used by the seed to seed once. */
export async function accountExists(client: Pick<Tx, "user">, email: string): Promise<boolean> {
  return (await client.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

/**
 * Locks a partner's profile row until `tx` ends (SELECT ... FOR UPDATE), for the partnerships
 * module: applications to one partner run one after the other, so two cannot both pass its
 * one-live-partnership check. Nothing happens for a user without a partner profile.
 */
export async function lockPartnerProfile(tx: Tx, partnerId: string): Promise<void> {
  await tx.$queryRaw`SELECT "userId" FROM "PartnerProfile" WHERE "userId" = ${partnerId}::uuid FOR UPDATE`;
}
