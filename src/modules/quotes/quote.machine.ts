import type { PricedLineItem } from "../../domain/money/pricing.ts";
import { defineMachine, mayMake, whoOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { rowsIn, type AnyTx } from "../../platform/db/sql.ts";
import { forbidden } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { quoteSelect, type QuoteRow } from "./quote.store.ts";

/**
 * A repair quote's status. A workshop quote is created PENDING (sent to the customer); a partnered
 * mechanic's is created PENDING_PARTNER_APPROVAL unless under the partner's auto-approval
 * threshold. Each person's move is made on quotes of their own (quote.policy.ts `quoteActorScope`).
 * SYSTEM moves: expiry (found on the customer's next action), closing the other quotes of a
 * compared set when one is approved, withdrawal when the partnership ends, and calling off an
 * approved repair nobody pays for any more (`callOff`: its partnership ended before it was paid,
 * or its payment was refunded in full, lost to a dispute or its escrowed authorization released
 * before the repair was complete).
 * A declined quote can be re-quoted by its workshop (`requote`: a new version supersedes it).
 */
export const quoteMachine = defineMachine<QuoteMove, QuoteStatus>("quote", {
  supersede: { from: ["PENDING"], to: "SUPERSEDED", who: ["WORKSHOP_ADVISOR"], verb: "revised" },
  approve: { from: ["PENDING"], to: "APPROVED", who: ["CUSTOMER"], verb: "approved" },
  decline: { from: ["PENDING"], to: "DECLINED", who: ["CUSTOMER"], verb: "declined" },
  expire: { from: ["PENDING"], to: "EXPIRED", who: ["SYSTEM"], verb: "expired" },
  // A partner's quote still awaiting the partner is closed too (and first, by `move`'s UPDATE per
  // status: a partner approval committing between the two UPDATEs is then caught as PENDING;
  // moveLocked re-reads each locked row instead), so an approval leaves no quote of its
  // escalation that can still reach the customer.
  close: { from: ["PENDING_PARTNER_APPROVAL", "PENDING"], to: "CLOSED", who: ["SYSTEM"], verb: "closed" },
  complete: { from: ["APPROVED"], to: "COMPLETED", who: ["WORKSHOP_ADVISOR", "PARTNER"], verb: "completed" },
  partnerApprove: { from: ["PENDING_PARTNER_APPROVAL"], to: "PENDING", who: ["PARTNER"], verb: "approved by the partner" },
  partnerReject: { from: ["PENDING_PARTNER_APPROVAL"], to: "REJECTED_BY_PARTNER", who: ["PARTNER"], verb: "rejected by the partner" },
  withdraw: { from: ["PENDING_PARTNER_APPROVAL", "PENDING"], to: "CANCELLED", who: ["SYSTEM"], verb: "withdrawn" },
  callOff: { from: ["APPROVED"], to: "CANCELLED", who: ["SYSTEM"], verb: "called off" },
  requote: { from: ["DECLINED"], to: "SUPERSEDED", who: ["WORKSHOP_ADVISOR"], verb: "re-quoted" },
});
export type QuoteMove = "supersede" | "approve" | "decline" | "expire" | "close" | "complete" | "partnerApprove" | "partnerReject" | "withdraw" | "callOff" | "requote";

/** A status change made: its history row and audit row are written; publish it after commit (QuoteMachine.publish). */
export interface QuoteTransition {
  quoteId: string;
  escalationId: string;
  from: QuoteStatus | null;
  to: QuoteStatus;
  reason: string | null;
}

/** Who makes a quote move: the viewer, or the system (expiry, a compared set's closing, a partnership's end). */
export type QuoteActor = Viewer | "SYSTEM";

/**
 * The policy's actor scope (quote.policy.ts `quoteActorScope`), handed in by the container: whose
 * quotes `move` is for a viewer. The policy reads this file's table for the rule map, so this file
 * cannot import it.
 */
export type QuoteActorScope = (move: QuoteMove, viewer: Viewer) => Prisma.RepairQuoteWhereInput;

/** The same scope as SQL on the "RepairQuote" row aliased `q` (quote.policy.ts `quoteActorScopeSql`), for the moves that have one; null for the others. */
export type QuoteActorScopeSql = (move: QuoteMove, viewer: Viewer) => Prisma.Sql | null;

/** The SQL type of each column a move may write besides the status (QuoteMoveRequest's `data`). */
const DATA_COLUMN_TYPES = {
  customerDecisionAt: "timestamp",
  declineReason: "text",
  partnerApprovedById: "uuid",
  partnerApprovedAt: "timestamp",
  partnerRejectReason: "text",
  validUntil: "timestamp",
} as const;

/** The quotes a `moveLocked` is about: one quote (still valid at `validAt`, when given), or every quote of an escalation but one. */
export type QuoteTarget = { quoteId: string; validAt?: Date } | { escalationId: string; exceptQuoteId: string };

/** A QuoteTarget as SQL on the row aliased `q`. */
function targetSql(target: QuoteTarget): Prisma.Sql {
  if ("escalationId" in target) return Prisma.sql`q."escalationId" = ${target.escalationId}::uuid AND q.id <> ${target.exceptQuoteId}::uuid`;
  const valid = target.validAt ? Prisma.sql` AND q."validUntil" > ${target.validAt.toISOString()}::timestamp` : Prisma.empty;
  return Prisma.sql`q.id = ${target.quoteId}::uuid${valid}`;
}

/** What a quote move writes besides the status, and why. */
export interface QuoteMoveRequest {
  /** Columns that move with the status (customer decision, partner decision, a renewed validity). */
  data?: Pick<Prisma.RepairQuoteUncheckedUpdateManyInput, "customerDecisionAt" | "declineReason" | "partnerApprovedById" | "partnerApprovedAt" | "partnerRejectReason" | "validUntil">;
  /** The history row's reason ("revised as version 2"). */
  reason?: string | null;
  /** For a SYSTEM move: the viewer whose action caused it (the history's and audit's actor); none for a timer. */
  cause?: Viewer | null;
  /** More of the audit row's data, beside from, to and the escalation (the payment whose refund called a repair off). */
  auditData?: Record<string, string | number>;
}

/** One priced line as stored: position in the quote, the part number and the partner price list entry it came from. */
export interface NewQuoteLine extends PricedLineItem {
  partNumber: string | null;
  catalogPartId?: string | null;
  laborRateId?: string | null;
  /** The catalog part's lead time in days when the line was quoted; null for other lines. */
  leadTimeDays?: number | null;
}

/** A new quote (or a new version of one), priced: amounts in cents, `validUntil` an instant. */
export interface NewQuote {
  status: Extract<QuoteStatus, "PENDING" | "PENDING_PARTNER_APPROVAL">;
  escalationId: string;
  workshopId: string | null;
  partnershipId?: string | null;
  createdById: string;
  version?: number;
  previousVersionId?: string | null;
  notes: string | null;
  subtotalCents: number;
  totalCents: number;
  platformFeeCents: number;
  mechanicFeeCents: number;
  validUntil: Date;
  partnerApprovedAt?: Date | null;
  lines: NewQuoteLine[];
}

/**
 * The only writer of RepairQuote.status (creation included), with the one move shape of
 * domain/state-machine.ts: FORBIDDEN for an actor the move's `who` lacks, before any row is read; a
 * conditional UPDATE on (target, the viewer's actor scope, the statuses the move leaves), so of
 * concurrent moves exactly one wins; every quote moved gets a QuoteStatusChange row and an AuditLog
 * row (`quote.<to>`) in the same transaction; its event is published after commit (`publish`).
 */
export class QuoteMachine {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly actorScope: QuoteActorScope,
    /** For moveLocked: the actor scope as SQL; without it, only SYSTEM moves run there. */
    private readonly actorScopeSql: QuoteActorScopeSql = () => null,
  ) {}

  /** Creates a quote with its line items in its initial status, and records that first transition. */
  async create(tx: Tx, actor: Viewer, quote: NewQuote, reason: string | null = null): Promise<{ row: QuoteRow; transition: QuoteTransition }> {
    const { lines, ...columns } = quote;
    const row = await tx.repairQuote.create({
      data: {
        ...columns,
        lineItems: {
          create: lines.map((line, position) => ({
            position,
            kind: line.kind,
            description: line.description,
            partNumber: line.partNumber,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            totalCents: line.totalCents,
            catalogPartId: line.catalogPartId ?? null,
            laborRateId: line.laborRateId ?? null,
            leadTimeDays: line.leadTimeDays ?? null,
          })),
        },
      },
      select: quoteSelect,
    });
    const transition: QuoteTransition = { quoteId: row.id, escalationId: quote.escalationId, from: null, to: quote.status, reason };
    await this.record(tx, actor, [transition]);
    return { row, transition };
  }

  /**
   * Makes `move` on every quote matching `target` (a quote's id and a guard such as its validity;
   * the other quotes of an escalation; a partnership's quotes) in a status the move leaves and
   * within the actor's scope.
   * @returns the transitions made (none: every match was in another status, or nothing matched); publish them after commit
   * @throws FORBIDDEN when the move's `who` lacks the actor
   */
  async move(tx: Tx, actor: QuoteActor, target: Prisma.RepairQuoteWhereInput, move: QuoteMove, request: QuoteMoveRequest = {}): Promise<QuoteTransition[]> {
    if (!mayMake(quoteMachine, move, whoOf(actor))) throw forbidden();
    const { from, to } = quoteMachine.moves[move];
    const scope = actor === "SYSTEM" ? {} : this.actorScope(move, actor);
    const reason = request.reason ?? null;
    const transitions: QuoteTransition[] = [];
    for (const status of from) {
      const moved = await tx.repairQuote.updateManyAndReturn({ where: { AND: [target, scope, { status }] }, data: { ...request.data, status: to }, select: { id: true, escalationId: true } });
      transitions.push(...moved.map((quote) => ({ quoteId: quote.id, escalationId: quote.escalationId, from: status, to, reason })));
    }
    await this.record(tx, actor === "SYSTEM" ? (request.cause ?? null) : actor, transitions, request.auditData);
    return transitions;
  }

  /**
   * `move` as ONE statement, in either kind of transaction: a sub-select locks the quotes matching
   * `target` (QuoteTarget) in a status the move leaves and within the actor's scope,
   * in id order (FOR NO KEY UPDATE: after waiting on a concurrent move it reads a row as that move
   * committed it, and skips it when that status is not one the move leaves, so a partner approval
   * committing meanwhile is caught as PENDING), they are moved, and their history and audit rows are
   * written from the UPDATE's RETURNING (CTEs). Where `move` runs an UPDATE per status the move
   * leaves and two INSERTs after them, this is one round trip: a lost race answers after it.
   * @returns the transitions made (none: every match was in another status, or nothing matched); publish them after commit
   * @throws FORBIDDEN when the move's `who` lacks the actor; Error for a viewer's move without an SQL actor scope
   */
  async moveLocked(tx: AnyTx, actor: QuoteActor, target: QuoteTarget, move: QuoteMove, request: QuoteMoveRequest = {}): Promise<QuoteTransition[]> {
    if (!mayMake(quoteMachine, move, whoOf(actor))) throw forbidden();
    const { from, to } = quoteMachine.moves[move];
    const scope = actor === "SYSTEM" ? Prisma.sql`TRUE` : this.actorScopeSql(move, actor);
    if (!scope) throw new Error(`The quote move ${move} has no SQL actor scope: use move`);
    const now = new Date().toISOString();
    const sets = [
      Prisma.sql`status = ${to}::"QuoteStatus"`,
      // As Prisma's @updatedAt writes it: the client's clock, in UTC (the cast drops the Z: the column has no zone).
      Prisma.sql`"updatedAt" = ${now}::timestamp`,
      ...Object.entries(request.data ?? {}).flatMap(([column, value]) => {
        if (value === undefined) return [];
        const type = DATA_COLUMN_TYPES[column as keyof typeof DATA_COLUMN_TYPES];
        return [Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value instanceof Date ? value.toISOString() : value}::${Prisma.raw(type)}`];
      }),
    ];
    const rows = await rowsIn<{ quoteId: string; escalationId: string; from: QuoteStatus }>(
      tx,
      Prisma.sql`
      WITH moved AS (
        UPDATE "RepairQuote" m SET ${Prisma.join(sets)}
        FROM (SELECT q.id, q.status FROM "RepairQuote" q WHERE ${targetSql(target)} AND ${scope} AND q.status::text IN (${Prisma.join(from)}) ORDER BY q.id FOR NO KEY UPDATE) old
        WHERE m.id = old.id
        RETURNING m.id AS "quoteId", m."escalationId", old.status::text AS "from", ${to}::text AS "to", ${request.reason ?? null}::text AS reason
      ), ${this.recordSql(actor === "SYSTEM" ? (request.cause ?? null) : actor, Prisma.sql`moved`, now, request.auditData)}
      SELECT "quoteId"::text, "escalationId"::text, "from" FROM moved ORDER BY "quoteId"`,
    );
    const reason = request.reason ?? null;
    return rows.map((row) => ({ quoteId: row.quoteId, escalationId: row.escalationId, from: row.from, to, reason }));
  }

  /** Publishes committed transitions to the quotes' subscribers; call after the transaction. */
  publish(transitions: readonly QuoteTransition[]): void {
    for (const t of transitions) this.pubSub.publish("quoteStatusChanged", { quoteId: t.quoteId, escalationId: t.escalationId, status: t.to });
  }

  /** One QuoteStatusChange and one AuditLog row per transition: who, when, from what to what, and `auditData` (one statement). */
  private async record(tx: AnyTx, actor: Viewer | null, transitions: QuoteTransition[], auditData?: Record<string, string | number>): Promise<void> {
    if (transitions.length === 0) return;
    const values = transitions.map((t) => Prisma.sql`(${t.quoteId}::uuid, ${t.escalationId}::uuid, ${t.from}::text, ${t.to}::text, ${t.reason}::text)`);
    await rowsIn(
      tx,
      Prisma.sql`
      WITH moved ("quoteId", "escalationId", "from", "to", reason) AS (VALUES ${Prisma.join(values)}),
      ${this.recordSql(actor, Prisma.sql`moved`, new Date().toISOString(), auditData)}
      SELECT count(*)::int AS recorded FROM moved`,
    );
  }

  /**
   * The CTEs (`history`, `audited`) that write a QuoteStatusChange and an AuditLog row
   * (`quote.<to>`) per row of `moved`, a relation of ("quoteId", "escalationId", "from", "to",
   * reason) with the statuses as text: the one shape of a quote move's record, for `record`'s
   * VALUES and moveLocked's RETURNING alike. `now` (ISO) dates the history rows; `auditData` joins the audit rows' data.
   */
  private recordSql(actor: Viewer | null, moved: Prisma.Sql, now: string, auditData: Record<string, string | number> = {}): Prisma.Sql {
    const audit = this.audit.insertSql({
      actor,
      action: Prisma.sql`'quote.' || lower(${moved}."to")`,
      entityType: "RepairQuote",
      entityId: Prisma.sql`${moved}."quoteId"::text`,
      data: Prisma.sql`jsonb_build_object('from', ${moved}."from", 'to', ${moved}."to", 'escalationId', ${moved}."escalationId"::text) || ${JSON.stringify(auditData)}::jsonb`,
      from: moved,
    });
    return Prisma.sql`history AS (
        INSERT INTO "QuoteStatusChange" (id, "quoteId", "fromStatus", "toStatus", "actorId", reason, "createdAt")
        SELECT gen_random_uuid(), ${moved}."quoteId", ${moved}."from"::"QuoteStatus", ${moved}."to"::"QuoteStatus", ${actor?.id ?? null}::uuid, ${moved}.reason, ${now}::timestamp FROM ${moved}
      ), audited AS (${audit})`;
  }
}

/**
 * Demo data only (src/seed): a demo repair quote created by `QuoteMachine.create` as `author`
 * (its lines, first history row and audit row are the machine's; date the audit with a machine
 * over `AuditService.asOf`), with its fixed id and backdated `createdAt`, which its history row
 * takes too. Not for product code.
 */
export async function restoreDemoQuote(tx: Tx, machine: QuoteMachine, author: Viewer, quote: NewQuote & { id: string; createdAt: Date }): Promise<void> {
  // The id and createdAt ride along with the columns the machine spreads into the new row.
  await machine.create(tx, author, quote);
  await tx.quoteStatusChange.updateMany({ where: { quoteId: quote.id }, data: { createdAt: quote.createdAt } });
}

/**
 * Demo data only (src/seed): the customer's approval of a demo quote, made by `QuoteMachine.move`
 * as `customer` (its history and audit rows are the machine's; date the audit with a machine over
 * `AuditService.asOf`), with the decision and its history row dated `approvedAt`. Not for product code.
 * @throws Error when the quote was not PENDING and the customer's
 */
export async function restoreDemoApproval(tx: Tx, machine: QuoteMachine, customer: Viewer, quoteId: string, approvedAt: Date): Promise<void> {
  const approved = await machine.move(tx, customer, { id: quoteId }, "approve", { data: { customerDecisionAt: approvedAt } });
  if (approved.length !== 1) throw new Error(`demo quote ${quoteId} was not approved`);
  await tx.quoteStatusChange.updateMany({ where: { quoteId, toStatus: "APPROVED" }, data: { createdAt: approvedAt } });
}
