import type { MatchRecord, UnmatchedReason } from "../../domain/matching/workshop-matcher.ts";
import { defineMachine, mayMake, whoOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { EscalationStatus, OfferStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { isSqlStatements, rowsIn, type AnyTx } from "../../platform/db/sql.ts";
import { forbidden } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";

/**
 * An escalation's status: matching holds it with a workshop (AWAITING_WORKSHOP, ACCEPTED) or finds
 * nobody (UNMATCHED); quoting, the customer's approval and the repair's completion move it on.
 * SYSTEM moves are matching's own (after an answer, an expiry or a decline). The other moves are
 * made by a person through another aggregate's mutation, as that person, on escalations of their
 * own (escalation.policy.ts `escalationActorScope`): an advisor accepting an offer
 * (respondToEscalation), a workshop or partnered mechanic quoting (createQuote, reviseQuote,
 * createPartnerQuote), the customer approving a quote (approveQuote), the fulfiller completing
 * the repair (markRepairComplete). A SYSTEM move takes an APPROVED escalation back to QUOTED when its
 * approved quote is called off (`reopen`: its partnership ended before it was paid, or its payment
 * was refunded in full). One move leaves the status where it is (`to: null`): the
 * customer widening an open escalation to one more workshop (requestAnotherQuote), which records
 * in `quotesRequested` how many workshops the customer has asked for (the limit,
 * MAX_COMPARED_WORKSHOPS, counts the workshops asked: EscalationStore.workshopsAsked).
 */
export const escalationMachine = defineMachine<EscalationMove, EscalationStatus, null>("escalation", {
  hold: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "AWAITING_WORKSHOP", who: ["SYSTEM"], verb: "offered" },
  accept: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "ACCEPTED", who: ["WORKSHOP_ADVISOR", "SYSTEM"], verb: "accepted" },
  unmatch: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "UNMATCHED", who: ["SYSTEM"], verb: "unmatched" },
  quote: { from: ["ACCEPTED", "QUOTED"], to: "QUOTED", who: ["WORKSHOP_ADVISOR", "MECHANIC"], verb: "quoted" },
  approve: { from: ["ACCEPTED", "QUOTED"], to: "APPROVED", who: ["CUSTOMER"], verb: "approved" },
  complete: { from: ["APPROVED"], to: "COMPLETED", who: ["WORKSHOP_ADVISOR", "PARTNER"], verb: "completed" },
  // The approved quote was called off (nobody pays for it any more): the escalation takes quotes again, as after a decline.
  reopen: { from: ["APPROVED"], to: "QUOTED", who: ["SYSTEM"], verb: "reopened" },
  widen: { from: ["AWAITING_WORKSHOP", "ACCEPTED", "QUOTED"], to: null, who: ["CUSTOMER"], verb: "widened" },
});
export type EscalationMove = "hold" | "accept" | "unmatch" | "quote" | "approve" | "complete" | "reopen" | "widen";

/**
 * One workshop's turn: open (OFFERED) until its advisor answers (respondToEscalation, on offers to
 * the advisor's own workshop: `offerActorScope`) or it expires (the expiry timer); CLOSED when the
 * customer approves another workshop's quote (a SYSTEM side effect of the quote's approval).
 */
export const offerMachine = defineMachine<OfferMove, OfferStatus>("offer", {
  accept: { from: ["OFFERED"], to: "ACCEPTED", who: ["WORKSHOP_ADVISOR"], verb: "accepted" },
  decline: { from: ["OFFERED"], to: "DECLINED", who: ["WORKSHOP_ADVISOR"], verb: "declined" },
  expire: { from: ["OFFERED"], to: "EXPIRED", who: ["SYSTEM"], verb: "expired" },
  close: { from: ["OFFERED", "ACCEPTED"], to: "CLOSED", who: ["SYSTEM"], verb: "closed" },
});
export type OfferMove = "accept" | "decline" | "expire" | "close";

/** Who makes an escalation or offer move: the viewer, or the system (matching, the expiry timer, a quote's approval). */
export type EscalationActor = Viewer | "SYSTEM";

/**
 * The policy's actor scopes (escalation.policy.ts), handed in by the container: whose escalation
 * or offer each move is for a viewer. The policy reads this file's tables for the rule map, so
 * this file cannot import it.
 */
export interface EscalationActorScopes {
  escalation(move: EscalationMove, viewer: Viewer): Prisma.EscalationWhereInput;
  /**
   * The same scope as SQL on the "Escalation" row aliased `e`, for the moves that have one (null:
   * the move runs through `escalation`, one UPDATE per status it leaves).
   */
  escalationSql?(move: EscalationMove, viewer: Viewer): Prisma.Sql | null;
  offer(move: OfferMove, viewer: Viewer): Prisma.EscalationOfferWhereInput;
}

/** What an escalation move writes besides the status, and why. */
export interface EscalationMoveRequest {
  /** Columns that move with the status. */
  data?: {
    /** The workshop now holding (or approved for) the escalation; null for none. Omitted: unchanged. */
    workshopId?: string | null;
    /** Why matching found nobody (with `unmatch`); cleared by the other matching moves. */
    unmatchedReason?: UnmatchedReason | null;
    /** How many workshops the customer has asked for now (with `widen`). */
    quotesRequested?: number;
  };
  /** A condition beyond the move's from-statuses (an advisor's accept only while the escalation awaits a workshop). */
  guard?: Prisma.EscalationWhereInput;
  /** For a SYSTEM move: the viewer whose action caused it (the audit row's actor); none for a timer. */
  cause?: Viewer | null;
}

/** What an offer move writes besides the status, and why. */
export interface OfferMoveRequest {
  /** Columns that move with the status: when the workshop answered (or the offer expired), and a decline's reason. */
  data?: Pick<Prisma.EscalationOfferUncheckedUpdateManyInput, "respondedAt" | "declineReason">;
  /** For a SYSTEM move: the viewer whose action caused it (the audit row's actor); none for a timer. */
  cause?: Viewer | null;
}

/** An escalation's status change, audited (`escalation.<to>`). */
export interface EscalationTransition {
  escalationId: string;
  from: EscalationStatus;
  to: EscalationStatus;
}

/** An offer's status change, audited (`escalation.offer.<to>`). */
export interface OfferTransition {
  offerId: string;
  escalationId: string;
  from: OfferStatus;
  to: OfferStatus;
}

/** A new escalation: AWAITING_WORKSHOP while matching runs, or QUOTED at once for a partner quote. */
export interface NewEscalation {
  sessionId: string;
  mechanicId: string;
  status: Extract<EscalationStatus, "AWAITING_WORKSHOP" | "QUOTED">;
  workshopId?: string | null;
  notes: string | null;
  quotesRequested?: number;
  estimatedAmountCents?: number | null;
  /** The workshop the customer preferred (their session's choice, else their account's). */
  preferredWorkshopId?: string | null;
}

/** A new offer: OFFERED, or ACCEPTED at once by the workshop's auto-accept rule. */
export interface NewOffer {
  escalationId: string;
  workshopId: string;
  autoAccepted: boolean;
  /** The matcher's input and outcome, stored as JSON so the match can be replayed. */
  matchInputs: MatchRecord;
  matchReason: string;
  offeredAt: Date;
  expiresAt: Date;
}

/**
 * The only writer of Escalation.status and EscalationOffer.status (creation included), with the
 * one move shape of domain/state-machine.ts: FORBIDDEN for an actor the move's `who` lacks, before
 * any row is read; a conditional UPDATE on (target, the viewer's actor scope, the statuses the move
 * leaves, the guard), so of concurrent moves exactly one wins; an audit row per record moved, in
 * the caller's transaction. Escalations keep no status history and no client subscribes to their
 * status, so nothing is published; new offers' events are published by the caller after commit.
 *
 * LOCK ORDER, for every transaction that writes an escalation, its offers or its quotes: the
 * escalation's row first (a move of it, or `lock`), then its quotes, then its offers, then the
 * workshops matching locks and the catalog stock an approval reserves (each in id order). Never
 * an escalation after one of its quotes or offers: an approval (escalation, quote, other quotes,
 * other offers) and a workshop's decline (offer, then the re-match's settle of the escalation)
 * would each wait on the other. So an offer's answer and expiry (EscalationService.respond,
 * expireStaleOffers) and a request for another quote `lock` the escalation first, quoting and
 * completing move it before the quote. A transaction that locks quotes of no escalation it then
 * moves (a customer's decline, an expiry, a partner's decision, a partnership's withdrawal, a
 * payment) needs no escalation lock; a partner quote takes its partnership's lock before all.
 */
export class EscalationMachine {
  constructor(
    private readonly audit: AuditService,
    private readonly scopes: EscalationActorScopes,
  ) {}

  /**
   * Creates an escalation in its initial status, audited as reaching it (`escalation.<status>`, by
   * the escalating or quoting mechanic), as every later move is.
   * @throws Prisma P2002 when the session was already escalated (the unique session id)
   */
  async create(tx: Tx, actor: Viewer, data: NewEscalation): Promise<{ id: string }> {
    const created = await tx.escalation.create({ data, select: { id: true } });
    await this.audit.write(
      [{ actor, action: `escalation.${data.status.toLowerCase()}`, entityType: "Escalation", entityId: created.id, data: { move: "create", from: null, to: data.status, sessionId: data.sessionId } }],
      tx,
    );
    return created;
  }

  /**
   * Makes `move` on escalation `escalationId` when it is in a status the move leaves, within the
   * actor's scope and the guard.
   * Moves with a one-statement form (moveLocked: a SQL actor scope, no guard) run in either kind
   * of transaction; the others in Prisma's only.
   * @returns the transition made (none: another status, outside the scope or the guard); the caller words the CONFLICT
   * @throws FORBIDDEN when the move's `who` lacks the actor
   */
  async move(tx: AnyTx, actor: EscalationActor, escalationId: string, move: EscalationMove, request: EscalationMoveRequest = {}): Promise<EscalationTransition[]> {
    if (!mayMake(escalationMachine, move, whoOf(actor))) throw forbidden();
    const { from, to: target } = escalationMachine.moves[move];
    const scopeSql = actor === "SYSTEM" ? Prisma.sql`TRUE` : (this.scopes.escalationSql?.(move, actor) ?? null);
    if (scopeSql && !request.guard) return this.moveLocked(tx, actor, escalationId, move, request, scopeSql);
    // Prisma's where-inputs (the scope, the guard) run in Prisma's transaction only.
    if (isSqlStatements(tx)) throw new Error(`The escalation move ${move} has no one-statement form: run it in Prisma's transaction`);
    const scope = actor === "SYSTEM" ? {} : this.scopes.escalation(move, actor);
    // One status at a time, so the transition knows what it left; a move whose target is among its
    // from-statuses (accept: ACCEPTED to ACCEPTED) stops at the first that took.
    for (const status of from) {
      const to = target ?? status;
      const moved = await tx.escalation.updateMany({ where: { AND: [{ id: escalationId, status }, scope, request.guard ?? {}] }, data: { ...request.data, status: to } });
      if (moved.count === 1) {
        const transition: EscalationTransition = { escalationId, from: status, to };
        await this.audit.write(
          [{ actor: auditActor(actor, request.cause), action: escalationAction(move), entityType: "Escalation", entityId: escalationId, data: { move, from: status, to, ...request.data } }],
          tx,
        );
        return [transition];
      }
    }
    return [];
  }

  /**
   * `move` as ONE statement: the sub-select locks the row when it is in a status the move leaves
   * (FOR NO KEY UPDATE, as an UPDATE locks: after waiting on a concurrent move it reads the row as
   * that move committed it, and skips it when that status is not one the move leaves), the row is
   * moved within the actor's scope, its audit row is written from the UPDATE's RETURNING (a CTE),
   * and the status it left is returned. A concurrent move that lost answers after this one
   * statement. The loop in `move` needs an UPDATE per status the move leaves to know which it left
   * (two for an approval of a QUOTED escalation, the first finding nothing). A row in another
   * status is not locked, as the loop's UPDATEs do not lock it: a SYSTEM settle of a QUOTED
   * escalation does not wait on an approval holding it.
   */
  private async moveLocked(tx: AnyTx, actor: EscalationActor, escalationId: string, move: EscalationMove, request: EscalationMoveRequest, scopeSql: Prisma.Sql): Promise<EscalationTransition[]> {
    const { from, to: target } = escalationMachine.moves[move];
    const data = request.data ?? {};
    const sets = [
      target === null ? Prisma.sql`status = old.status` : Prisma.sql`status = ${target}::"EscalationStatus"`,
      // As Prisma's @updatedAt writes it: the client's clock, in UTC (the cast drops the Z: the column has no zone).
      Prisma.sql`"updatedAt" = ${new Date().toISOString()}::timestamp`,
      ...(data.workshopId !== undefined ? [Prisma.sql`"workshopId" = ${data.workshopId ?? null}::uuid`] : []),
      ...(data.unmatchedReason !== undefined ? [Prisma.sql`"unmatchedReason" = ${data.unmatchedReason ?? null}::"EscalationUnmatchedReason"`] : []),
      ...(data.quotesRequested !== undefined ? [Prisma.sql`"quotesRequested" = ${data.quotesRequested}`] : []),
    ];
    // The audit row's data is { move, from, to, ...request.data }: `from` (and `to`, for a move that keeps the status) from the row.
    const audit = this.audit.insertSql({
      actor: auditActor(actor, request.cause),
      action: Prisma.sql`${escalationAction(move)}`,
      entityType: "Escalation",
      entityId: Prisma.sql`${escalationId}`,
      data: Prisma.sql`jsonb_build_object('from', moved."from", 'to', ${target === null ? Prisma.sql`moved."from"` : Prisma.sql`${target}::text`}) || ${JSON.stringify({ move, ...data })}::jsonb`,
      from: Prisma.sql`moved`,
    });
    const [moved] = await rowsIn<{ from: EscalationStatus }>(
      tx,
      Prisma.sql`
      WITH moved AS (
        UPDATE "Escalation" e SET ${Prisma.join(sets)}
        FROM (SELECT id, status FROM "Escalation" WHERE id = ${escalationId}::uuid AND status::text IN (${Prisma.join(from)}) FOR NO KEY UPDATE) old
        WHERE e.id = old.id AND ${scopeSql}
        RETURNING old.status::text AS "from"
      ), audited AS (${audit})
      SELECT "from" FROM moved`,
    );
    if (!moved) return [];
    return [{ escalationId, from: moved.from, to: target ?? moved.from }];
  }

  /**
   * A quote's approval closes the other workshops' offers of its escalation (`close`, SYSTEM, on
   * the viewer's behalf: `cause`): every offer not of `keptWorkshopId` (all of them when it is
   * null) in a status the move leaves, in ONE statement that locks them in a sub-select (id
   * order), moves them, writes their audit rows from its RETURNING and returns the status each
   * left, where `moveOffer` runs one UPDATE per status and an INSERT. Runs in either kind of
   * transaction. The caller holds the escalation's row already (its approve move: LOCK ORDER).
   * @returns the transitions made, each audited like `moveOffer`'s
   */
  async closeOtherOffers(tx: AnyTx, escalationId: string, keptWorkshopId: string | null, cause: Viewer): Promise<OfferTransition[]> {
    const { from, to } = offerMachine.moves.close;
    // Each offer's audit row, as auditOffers writes it, from the UPDATE's RETURNING (a CTE): one statement.
    const audit = this.audit.insertSql({
      actor: auditActor("SYSTEM", cause),
      action: Prisma.sql`${offerAction(to)}`,
      entityType: "EscalationOffer",
      entityId: Prisma.sql`moved."offerId"::text`,
      data: Prisma.sql`jsonb_build_object('escalationId', ${escalationId}::text, 'from', moved."from", 'to', ${to}::text)`,
      from: Prisma.sql`moved`,
    });
    const moved = await rowsIn<{ offerId: string; from: OfferStatus }>(
      tx,
      Prisma.sql`
      WITH moved AS (
        UPDATE "EscalationOffer" o SET status = ${to}::"OfferStatus"
        FROM (
          SELECT id, status FROM "EscalationOffer"
          WHERE "escalationId" = ${escalationId}::uuid AND "workshopId" IS DISTINCT FROM ${keptWorkshopId}::uuid AND status::text IN (${Prisma.join(from)})
          ORDER BY id
          FOR NO KEY UPDATE
        ) old
        WHERE o.id = old.id
        RETURNING o.id::text AS "offerId", old.status::text AS "from"
      ), audited AS (${audit})
      SELECT "offerId", "from" FROM moved`,
    );
    return moved.map((offer): OfferTransition => ({ offerId: offer.offerId, escalationId, from: offer.from, to }));
  }

  /**
   * Takes escalation `escalationId`'s row lock until `tx` ends (FOR NO KEY UPDATE: what its moves'
   * UPDATEs take, so it queues behind them and they behind it, and it does not block the inserts
   * of offers and quotes that reference it): the first statement of a transaction that moves its
   * offers (LOCK ORDER). Nothing when there is no such escalation.
   */
  async lock(tx: Tx, escalationId: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "Escalation" WHERE id = ${escalationId}::uuid FOR NO KEY UPDATE`;
  }

  /**
   * Creates an offer, ACCEPTED at once when `autoAccepted` (answered at `offeredAt`), audited as
   * offered (`escalation.offer.offered`, no actor: matching's) with the status it starts in; the
   * caller audits an auto-acceptance as the SYSTEM's answer.
   */
  async createOffer(tx: Tx, offer: NewOffer): Promise<{ id: string }> {
    const status: OfferStatus = offer.autoAccepted ? "ACCEPTED" : "OFFERED";
    const created = await tx.escalationOffer.create({
      data: { ...offer, matchInputs: asJson(offer.matchInputs), status, respondedAt: offer.autoAccepted ? offer.offeredAt : null },
      select: { id: true },
    });
    await this.audit.write(
      [
        {
          actor: null,
          action: offerAction("OFFERED"),
          entityType: "EscalationOffer",
          entityId: created.id,
          data: { escalationId: offer.escalationId, workshopId: offer.workshopId, from: null, to: status },
        },
      ],
      tx,
    );
    return created;
  }

  /**
   * Makes `move` on every offer matching `target` (an offer's id and its deadline) in a status the
   * move leaves and within the actor's scope. The caller has locked the offers' escalation first
   * (`lock`: LOCK ORDER).
   * @returns the transitions made (none: every match was in another status, or nothing matched)
   * @throws FORBIDDEN when the move's `who` lacks the actor
   */
  async moveOffer(tx: Tx, actor: EscalationActor, target: Prisma.EscalationOfferWhereInput, move: OfferMove, request: OfferMoveRequest = {}): Promise<OfferTransition[]> {
    if (!mayMake(offerMachine, move, whoOf(actor))) throw forbidden();
    const { from, to } = offerMachine.moves[move];
    const scope = actor === "SYSTEM" ? {} : this.scopes.offer(move, actor);
    const transitions: OfferTransition[] = [];
    for (const status of from) {
      const moved = await tx.escalationOffer.updateManyAndReturn({
        where: { AND: [target, scope, { status }] },
        data: { ...request.data, status: to },
        select: { id: true, escalationId: true },
      });
      transitions.push(...moved.map((offer) => ({ offerId: offer.id, escalationId: offer.escalationId, from: status, to })));
    }
    if (transitions.length > 0) await this.auditOffers(transitions, actor, request.cause, tx);
    return transitions;
  }

  /** One audit row per offer moved (`escalation.offer.<to>`). */
  private auditOffers(transitions: readonly OfferTransition[], actor: EscalationActor, cause: Viewer | null | undefined, tx: Tx): Promise<void> {
    return this.audit.write(
      transitions.map((t) => ({
        actor: auditActor(actor, cause),
        action: offerAction(t.to),
        entityType: "EscalationOffer",
        entityId: t.offerId,
        data: { escalationId: t.escalationId, from: t.from, to: t.to },
      })),
      tx,
    );
  }
}

/** An escalation move's audit action: `escalation.<status it moves to>`, or `escalation.<move>` for a move that keeps the status. */
function escalationAction(move: EscalationMove): string {
  const { to } = escalationMachine.moves[move];
  return to ? `escalation.${to.toLowerCase()}` : `escalation.${move}`;
}

/** An offer move's audit action: `escalation.offer.<status it moved to>`. */
const offerAction = (to: OfferStatus): string => `escalation.offer.${to.toLowerCase()}`;

/** The actor an audit row names: the viewer, or for a SYSTEM move the viewer whose action caused it (none: a timer). */
function auditActor(actor: EscalationActor, cause: Viewer | null | undefined): Viewer | null {
  return actor === "SYSTEM" ? (cause ?? null) : actor;
}

/**
 * Demo data only (src/seed): inserts a demo escalation and its offers, each in the status it is given as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoEscalation(
  tx: Tx,
  escalation: Prisma.EscalationCreateManyInput,
  offers: (Omit<Prisma.EscalationOfferCreateManyInput, "matchInputs"> & { matchInputs: MatchRecord })[],
): Promise<void> {
  await tx.escalation.create({ data: escalation });
  await tx.escalationOffer.createMany({ data: offers.map((offer) => ({ ...offer, matchInputs: asJson(offer.matchInputs) })) });
}

/** A match record as the JSON column takes it (its interfaces carry no index signature, so TypeScript needs telling). */
const asJson = (record: MatchRecord) => record as unknown as Prisma.InputJsonObject;
