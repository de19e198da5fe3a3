import type { Viewer } from "../../platform/auth/viewer.ts";
import type { SanctionKind } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, badInputAt } from "../../platform/errors.ts";
import type { AccountMachine, AccountMove } from "../accounts/account.machine.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import { releaseEarnings, withholdEarnings } from "../payments/withholding.ts";
import type { EnforcementStore } from "./enforcement.store.ts";
import type { AccountSanction, SanctionInput, SuspendAccountInput } from "./sanction.types.ts";

/** The longest suspension, in days (five years): beyond that an admin means a ban, which says so. */
export const MAX_SUSPENSION_DAYS = 5 * 365;
/**
 * What each sanction does to the account: the machine's move, the audit action, and what standing
 * on the account it ends (EnforcementStore.endInForce): a lift ends everything, a suspension the
 * suspensions it replaces, a ban nothing (it outranks them).
 */
const SANCTION: Record<SanctionKind, { move: AccountMove; action: string; ends: "ALL" | "SUSPENSIONS" | null }> = {
  SUSPENSION: { move: "suspendByAdmin", action: "account.sanction.suspended", ends: "SUSPENSIONS" },
  BAN: { move: "banByAdmin", action: "account.sanction.banned", ends: null },
  LIFT: { move: "reinstate", action: "account.sanction.lifted", ends: "ALL" },
};

/**
 * Admins' hand-made sanctions, beside the automatic penalty ladder: suspend an account until a
 * date, ban it for good, lift either, each with a reason the account shows (statusReason). Seed
 * 003 "Meeting customers off-platform = permanent ban + withhold unpaid earnings": a ban withholds
 * a mechanic's unpaid earnings, booked once under the sanction's id; a lift releases them.
 *
 * A suspension or ban stands until a lift or its own end: dismissing a violation never ends it
 * (EnforcementService.review recomputes the standing with it). A lift marks every penalty and
 * sanction it ended as ended (`endedAt`, `endedBySanctionId`), and a suspension the suspensions
 * it replaced, so a later recomputation never brings them back.
 */
export class SanctionService {
  constructor(
    private readonly store: EnforcementStore,
    private readonly accountStore: AccountStore,
    private readonly accountMachine: AccountMachine,
  ) {}

  /**
   * Suspends an active or suspended account until `until`, replacing the suspensions running (the
   * ladder's and admins', marked ended by this one).
   * Each input here arrives parsed by the resolver (SuspendAccountInput, SanctionInput).
   *
   * @throws BAD_USER_INPUT for an end not in the future or more than MAX_SUSPENSION_DAYS ahead; NOT_FOUND for an
   *   unknown account; FORBIDDEN for an admin's account; CONFLICT for a banned one
   */
  suspend(admin: Viewer, { userId, reason, until }: SuspendAccountInput, now: Date = new Date()): Promise<AccountSanction> {
    if (until.getTime() <= now.getTime()) throw badInputAt(["input", "until"], "must be in the future");
    if (until.getTime() > now.getTime() + MAX_SUSPENSION_DAYS * 86_400_000)
      throw badInputAt(["input", "until"], `must be at most ${MAX_SUSPENSION_DAYS} days ahead; ban the account to end it for good`);
    return this.sanction(admin, "SUSPENSION", userId, reason, until, now);
  }

  /**
   * Bans an active or suspended account for good; a mechanic's unpaid earnings are withheld.
   *
   * @throws as `suspend`; CONFLICT for an account already banned
   */
  ban(admin: Viewer, { userId, reason }: SanctionInput): Promise<AccountSanction> {
    return this.sanction(admin, "BAN", userId, reason, null);
  }

  /**
   * Lifts a suspension or a ban (by hand or from the ladder): the account is active again, every
   * penalty and sanction then standing is marked ended by this lift, and a mechanic's withheld
   * earnings are released. Its violations keep counting on the ladder.
   *
   * @throws as `suspend`; CONFLICT for an active account
   */
  lift(admin: Viewer, { userId, reason }: SanctionInput): Promise<AccountSanction> {
    return this.sanction(admin, "LIFT", userId, reason, null);
  }

  private async sanction(admin: Viewer, kind: SanctionKind, userId: string, reason: string, until: Date | null, now: Date = new Date()): Promise<AccountSanction> {
    const { move, action, ends } = SANCTION[kind];
    const { sanction, change } = await this.store.transaction(async (tx) => {
      const account = await this.accountStore.standingOf(tx, userId);
      if (!account) throw notFound("Account");
      if (account.role === "ADMIN") throw forbidden("Admin accounts are not sanctioned here");
      const sanction = await this.store.createSanction(tx, { userId, kind, reason, endsAt: until, createdById: admin.id });
      const ended = ends ? await this.store.endInForce(tx, userId, sanction.id, now, ends) : null;
      const earnings = await this.earnings(tx, kind, userId, account.role === "MECHANIC", sanction.id);
      const change = await this.accountMachine.move(tx, admin, userId, move, kind === "LIFT" ? { suspendedUntil: null, reason: null } : { suspendedUntil: until, reason }, {
        actor: admin,
        action,
        entityType: "AccountSanction",
        entityId: sanction.id,
        subjectUserId: userId,
        fields: ["status", "suspendedUntil", "statusReason", ...(earnings ? ["earningsWithheld"] : [])],
        data: { reason, until: until?.toISOString() ?? null, from: account.status, ...(ended ? { endedPenaltyIds: ended.penaltyIds, endedSanctionIds: ended.sanctionIds } : {}), ...earnings },
      });
      return { sanction, change };
    });
    this.accountMachine.announce(change);
    return { ...sanction, status: change.status };
  }

  /**
   * A ban withholds a mechanic's unpaid earnings, a lift releases what is withheld: what moved, for
   * the sanction's audit row (`withheldCents` or `releasedCents`, and `ledgerTransactionKey`, the
   * ledger transaction of the move); null when the sanction moves no money (a suspension, an
   * account other than a mechanic's, a lift with nothing withheld).
   */
  private async earnings(tx: Tx, kind: SanctionKind, userId: string, mechanic: boolean, sanctionId: string): Promise<Record<string, number | string | null> | null> {
    if (!mechanic || kind === "SUSPENSION") return null;
    if (kind === "BAN") {
      await this.accountStore.withholdEarnings(tx, userId);
      return withholdEarnings(tx, userId, sanctionId);
    }
    if (!(await this.accountStore.resetWithheldEarnings(tx, userId, false))) return null;
    return releaseEarnings(tx, userId, sanctionId);
  }
}
