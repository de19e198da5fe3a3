import type { Standing } from "../../domain/enforcement/standing.ts";
import { defineMachine, mayMake, refusalOf, type MoveActor } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { AccountStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, statusConflict, unauthenticated } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { AccountStatusEvent } from "../../platform/pubsub/topics.ts";
import type { AuditEntry, AuditStore } from "../audit/audit.store.ts";
import type { AccountStatusCache } from "./account-status.ts";

/**
 * An account's standing (User.status). Accounts open ACTIVE (the schema's default). The penalty
 * ladder (domain/enforcement/penalty-ladder.ts, applied by the enforcement module) suspends and
 * bans, and so does an admin by hand, with a reason; an admin lifts either (reinstate); an admin
 * dismissing a penalised violation moves the account to the standing of what still stands on it
 * (domain/enforcement/standing.ts: the ladder's other penalties and admins' sanctions). A
 * suspension that runs out needs no move: every reader takes the status at the time it reads
 * (platform/auth/viewer.ts statusAt; a stored SUSPENDED whose `suspendedUntil` passed is ACTIVE).
 */
export const ACCOUNT_MACHINE = defineMachine("account", {
  // A banned account is never suspended: a ban outranks any suspension.
  suspend: { from: ["ACTIVE", "SUSPENDED"], to: "SUSPENDED", who: ["SYSTEM"], verb: "suspended" },
  // A concurrent 4th offence bans an account its 3rd already banned: the row is rewritten, not refused.
  ban: { from: ["ACTIVE", "SUSPENDED", "BANNED"], to: "BANNED", who: ["SYSTEM"], verb: "banned" },
  // An admin's hand-made sanctions (enforcement/sanction.service.ts), with a reason; `reinstate` lifts them.
  suspendByAdmin: { from: ["ACTIVE", "SUSPENDED"], to: "SUSPENDED", who: ["ADMIN"], verb: "suspended" },
  banByAdmin: { from: ["ACTIVE", "SUSPENDED"], to: "BANNED", who: ["ADMIN"], verb: "banned" },
  reinstate: { from: ["SUSPENDED", "BANNED"], to: "ACTIVE", who: ["ADMIN"], verb: "reinstated" },
  shorten: { from: ["SUSPENDED", "BANNED"], to: "SUSPENDED", who: ["ADMIN"], verb: "given a shorter suspension" },
});

export type AccountMove = keyof typeof ACCOUNT_MACHINE.moves;

/** Who makes a move: a signed-in caller, the system (the ladder), or nobody signed in (null). */
export type AccountActor = Viewer | "SYSTEM" | null;

/** The status columns a move sets besides `status`: the end of a suspension and the reason the account shows. */
export interface StandingChange {
  suspendedUntil: Date | null;
  reason: string | null;
}

/**
 * The only writer of User.status (and of `suspendedUntil` and `statusReason` with it). A move is
 * one conditional UPDATE on (id, from-statuses) with its audit row in the caller's transaction;
 * the caller announces the returned change once that transaction committed.
 */
export class AccountMachine {
  constructor(
    private readonly audit: AuditStore,
    private readonly accountStatus: AccountStatusCache,
    private readonly pubSub: AppPubSub,
  ) {}

  /**
   * Makes `move` on account `userId` as `actor`, setting `change`, and writes `audit` (the reason
   * for the move: the penalty applied or reversed) in `tx`. Admins and the system act on every
   * account (no actor scope narrows them).
   *
   * @throws UNAUTHENTICATED without an actor; FORBIDDEN when the table's `who` lacks the actor;
   *   NOT_FOUND for an unknown account; CONFLICT (refusalOf wording) when its status is not one the move leaves
   */
  async move(tx: Tx, actor: AccountActor, userId: string, move: AccountMove, change: StandingChange, audit: AuditEntry): Promise<AccountStatusEvent> {
    if (actor === null) throw unauthenticated();
    const who: MoveActor = actor === "SYSTEM" ? "SYSTEM" : actor.role;
    if (!mayMake(ACCOUNT_MACHINE, move, who)) throw forbidden();
    const { from, to } = ACCOUNT_MACHINE.moves[move];
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: { in: [...from] } },
      data: { status: to, suspendedUntil: change.suspendedUntil, statusReason: change.reason },
    });
    if (count === 0) {
      const current = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
      if (!current) throw notFound("Account");
      throw statusConflict(refusalOf(ACCOUNT_MACHINE, move, current.status), current.status);
    }
    await this.audit.write([audit], tx);
    return { userId, status: to };
  }

  /**
   * After an admin dismissed a penalty: moves the account to `standing` (domain standingFrom, over
   * the ladder's penalties and admins' sanctions still standing): reinstated when nothing stays in
   * force, a suspension until the latest end when one still runs. A ban that stands (the ladder's
   * or an admin's) or an account already active is no move: only `audit` is written, and the
   * answer is null.
   *
   * @throws as `move`
   */
  async restore(tx: Tx, admin: AccountActor, userId: string, current: AccountStatus, standing: Standing, audit: AuditEntry): Promise<AccountStatusEvent | null> {
    const change = { suspendedUntil: standing.suspendedUntil, reason: standing.reason };
    if (standing.status === "SUSPENDED") return this.move(tx, admin, userId, "shorten", change, audit);
    if (standing.status === "ACTIVE" && current !== "ACTIVE") return this.move(tx, admin, userId, "reinstate", change, audit);
    await this.audit.write([audit], tx);
    return null;
  }

  /** After the move's transaction committed: drop cached statuses everywhere and end the account's live sockets. */
  announce(change: AccountStatusEvent): void {
    this.accountStatus.invalidate(change.userId);
    this.pubSub.publish("accountStatusChanged", change);
  }
}

/**
 * Demo data only (src/seed): inserts the standing a penalty left a demo user in (`status`, `suspendedUntil`, `statusReason`) as given, with their fixed ids and backdated
 * timestamps, written directly. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoStanding(tx: Tx, userId: string, standing: Pick<Prisma.UserUpdateInput, "status" | "suspendedUntil" | "statusReason">): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: standing });
}
