import type { UnmatchedReason } from "../../domain/matching/workshop-matcher.ts";
import { defineMachine } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { EscalationStatus, OfferStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AuditService } from "../audit/audit.service.ts";

/**
 * An escalation's status: matching holds it with a workshop (AWAITING_WORKSHOP, ACCEPTED) or finds
 * nobody (UNMATCHED); quoting, the customer's approval and the repair's completion move it on.
 * SYSTEM moves are matching's own (after an answer, an expiry or a decline) and the quote
 * aggregate's (a quote written, approved or completed moves its escalation with it).
 */
export const escalationMachine = defineMachine<EscalationMove, EscalationStatus>("escalation", {
  hold: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "AWAITING_WORKSHOP", who: ["SYSTEM"], verb: "offered" },
  accept: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "ACCEPTED", who: ["WORKSHOP_ADVISOR", "SYSTEM"], verb: "accepted" },
  unmatch: { from: ["AWAITING_WORKSHOP", "ACCEPTED"], to: "UNMATCHED", who: ["SYSTEM"], verb: "unmatched" },
  quote: { from: ["ACCEPTED", "QUOTED"], to: "QUOTED", who: ["WORKSHOP_ADVISOR", "MECHANIC"], verb: "quoted" },
  approve: { from: ["ACCEPTED", "QUOTED"], to: "APPROVED", who: ["CUSTOMER"], verb: "approved" },
  complete: { from: ["APPROVED"], to: "COMPLETED", who: ["WORKSHOP_ADVISOR", "PARTNER"], verb: "completed" },
});
export type EscalationMove = "hold" | "accept" | "unmatch" | "quote" | "approve" | "complete";

/**
 * One workshop's turn: open (OFFERED) until its advisor answers or it expires; CLOSED when the
 * customer approves another workshop's quote (a SYSTEM move made by the quote aggregate).
 */
export const offerMachine = defineMachine<OfferMove, OfferStatus>("offer", {
  accept: { from: ["OFFERED"], to: "ACCEPTED", who: ["WORKSHOP_ADVISOR"], verb: "accepted" },
  decline: { from: ["OFFERED"], to: "DECLINED", who: ["WORKSHOP_ADVISOR"], verb: "declined" },
  expire: { from: ["OFFERED"], to: "EXPIRED", who: ["SYSTEM"], verb: "expired" },
  close: { from: ["OFFERED", "ACCEPTED"], to: "CLOSED", who: ["SYSTEM"], verb: "closed" },
});
export type OfferMove = "accept" | "decline" | "expire" | "close";

/** Columns that move with an escalation's status. */
export interface EscalationMoveData {
  /** The workshop now holding (or approved for) the escalation; null for none. Omitted: unchanged. */
  workshopId?: string | null;
  /** Why matching found nobody (with `unmatch`); cleared by the other matching moves. */
  unmatchedReason?: UnmatchedReason | null;
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
}

/** A new offer: OFFERED, or ACCEPTED at once by the workshop's auto-accept rule. */
export interface NewOffer {
  escalationId: string;
  workshopId: string;
  autoAccepted: boolean;
  matchInputs: Prisma.InputJsonObject;
  matchReason: string;
  offeredAt: Date;
  expiresAt: Date;
}

/**
 * The only writer of Escalation.status and EscalationOffer.status (creation included). Every move
 * is a conditional UPDATE on (id, the actor's scope, the statuses the move leaves), so of
 * concurrent moves exactly one wins; offer moves write their audit row in the same transaction.
 * Escalation moves publish nothing; new offers' events are published by the caller after commit.
 */
export class EscalationMachine {
  constructor(private readonly audit: AuditService) {}

  /**
   * Creates an escalation in its initial status.
   * @throws Prisma P2002 when the session was already escalated (the unique session id)
   */
  create(tx: Tx, data: NewEscalation): Promise<{ id: string }> {
    return tx.escalation.create({ data, select: { id: true } });
  }

  /**
   * Moves the escalation when it is in a status `move` leaves and matches `scope` (the actor's
   * scope, or nothing for SYSTEM moves).
   * @returns whether it moved (false: another status, or outside the scope); the caller words the CONFLICT
   */
  async move(tx: Tx, move: EscalationMove, escalationId: string, data: EscalationMoveData = {}, scope: Prisma.EscalationWhereInput = {}): Promise<boolean> {
    const { from, to } = escalationMachine.moves[move];
    const moved = await tx.escalation.updateMany({ where: { AND: [{ id: escalationId, status: { in: [...from] } }, scope] }, data: { ...data, status: to } });
    return moved.count === 1;
  }

  /** Creates an offer, ACCEPTED at once when `autoAccepted` (answered at `offeredAt`). */
  createOffer(tx: Tx, offer: NewOffer): Promise<{ id: string }> {
    return tx.escalationOffer.create({
      data: { ...offer, status: offer.autoAccepted ? "ACCEPTED" : "OFFERED", respondedAt: offer.autoAccepted ? offer.offeredAt : null },
      select: { id: true },
    });
  }

  /**
   * An offer's answer or expiry: moves it when it is still OFFERED and `where` (the answering
   * workshop's actor scope, the deadline) holds, and writes the audit row `escalation.offer.<to>`.
   * @returns whether it moved
   */
  async moveOffer(
    tx: Tx,
    actor: Viewer | null,
    move: Exclude<OfferMove, "close">,
    offerId: string,
    where: Prisma.EscalationOfferWhereInput,
    offer: { escalationId: string; respondedAt: Date; declineReason?: string | null },
  ): Promise<boolean> {
    const { from, to } = offerMachine.moves[move];
    const moved = await tx.escalationOffer.updateMany({
      where: { AND: [where, { id: offerId, status: { in: [...from] } }] },
      data: { status: to, respondedAt: offer.respondedAt, ...(move === "decline" || move === "accept" ? { declineReason: offer.declineReason ?? null } : {}) },
    });
    if (moved.count !== 1) return false;
    await this.audit.write([{ actor, action: `escalation.offer.${to.toLowerCase()}`, entityType: "EscalationOffer", entityId: offerId, data: { escalationId: offer.escalationId } }], tx);
    return true;
  }

  /** Closes the other workshops' live offers once the customer approved `workshopId`'s quote (SYSTEM, for the quote aggregate). */
  async closeOtherOffers(tx: Tx, escalationId: string, workshopId: string | null): Promise<void> {
    await tx.escalationOffer.updateMany({
      where: { escalationId, workshopId: { not: workshopId ?? undefined }, status: { in: [...offerMachine.moves.close.from] } },
      data: { status: offerMachine.moves.close.to },
    });
  }
}

/**
 * Demo data only (src/seed): inserts a demo escalation and its offers, each in the status it is given as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoEscalation(tx: Tx, escalation: Prisma.EscalationUncheckedCreateInput, offers: Prisma.EscalationOfferCreateManyInput[]): Promise<void> {
  await tx.escalation.create({ data: escalation });
  await tx.escalationOffer.createMany({ data: offers });
}
