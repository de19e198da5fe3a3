import type { Config } from "../../app/config.ts";
import { BEFORE_COMMITMENT, customerAccessThroughSession, sessionPseudonym, type CustomerAccess } from "../../authz/customer-access.ts";
import { assertCustomerOrderReadable, assertSessionFilterReadable } from "../../authz/filter-policy.ts";
import { firstUnknownService } from "../../domain/matching/service-categories.ts";
import { cancellationRefundReason, keepsCancellationFee } from "../../domain/sessions/cancellation-refund.ts";
import { vinModelPart } from "../../domain/vehicles/vin.ts";
import { statusAt, type Viewer } from "../../platform/auth/viewer.ts";
import type { MechanicVettingStatus, SessionStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { AppError, badInputAt, conflict, ErrorCode, notFound, statusConflict } from "../../platform/errors.ts";
import { sanctionedAt } from "../accounts/account-standing.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Mechanic } from "../accounts/account.types.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { isVetted } from "../accounts/mechanic-vetting.policy.ts";
import type { VettingCheck } from "../accounts/mechanic-vetting.service.ts";
import type { UnpaidCause, UnpaidWorkCause } from "../payments/payment.machine.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { systemScope } from "../shared/scope.ts";
import { SessionOrderField, type AddVehicleInput, type CompleteSessionInput, type RequestSessionInput, type SessionOrder, type SessionWhere } from "./session.inputs.ts";
import { assertMayMake, sessionMachine, type Guard, type MoveRequest, type SessionMachine, type SessionMove } from "./session.machine.ts";
import { PAID_DIAGNOSTIC, MECHANIC_NOT_VETTED, openRequestScope, sessionActorScope, sessionCommitment, sessionScope, vehicleScope } from "./session.policy.ts";
import { ORDER_CUSTOMER_FIELD, type SessionAbsenceFacts, type SessionStore } from "./session.store.ts";
import type { DiagnosticSession, Vehicle } from "./session.types.ts";

/**
 * Defence in depth for pay before service: a session reaches a mechanic only once paid, but one
 * that is claimed and unpaid (written by hand, or refunded in full since) is not worked on.
 */
const DIAGNOSTIC_PAID_GUARD: Guard = {
  where: { payments: { some: PAID_DIAGNOSTIC } },
  refusal: "The session's diagnostic is not paid yet; the customer pays it before a mechanic works on it",
  reason: "DIAGNOSTIC_NOT_PAID",
  causes: [
    {
      // A chargeback holds the payment DISPUTED until Stripe decides it; a lost one cancels the session.
      where: { payments: { some: { kind: "DIAGNOSTIC", status: "DISPUTED" } } },
      refusal: "The diagnostic's payment is disputed at the customer's bank; the session waits until the dispute is decided (won, the work goes on; lost, the session is cancelled)",
      reason: "PAYMENT_DISPUTED",
    },
  ],
};

/** Per absence: the cancel reason the parties read, the refund's reason, and the refund's audit action. */
const ABSENCE_REFUND: Record<MechanicAbsence, { cancelReason: string; refundReason: string; action: string }> = {
  SUSPENDED: {
    cancelReason: "The mechanic was suspended; refunded at the customer's request",
    refundReason: "mechanic suspended mid-session",
    action: "session.refunded_after_suspension",
  },
  NOT_VETTED: {
    cancelReason: "The mechanic's approval was withdrawn; refunded at the customer's request",
    refundReason: "mechanic's approval withdrawn mid-session",
    action: "session.refunded_after_vetting_revoked",
  },
  NO_SHOW: {
    cancelReason: "The mechanic did not start the session in time; refunded at the customer's request",
    refundReason: "mechanic did not start the session",
    action: "session.refunded_after_no_show",
  },
};

/** The cancel reason the parties read when the diagnostic stopped being paid for, by what ended its payment. */
const UNPAID_REASON: Record<UnpaidCause, string> = {
  REFUNDED_IN_FULL: "The diagnostic was refunded in full",
  DISPUTE_LOST: "The diagnostic's payment was taken back by a dispute",
  PAYMENT_CANCELED: "The diagnostic's payment was cancelled",
};

/** What the customer is told when the session is not claimed, or completed or cancelled: no mechanic to be absent. */
const NOT_BEING_WORKED_ON = "Only a session a mechanic is working on can be reassigned or refunded";

/** What the customer is told while the mechanic is present: neither suspended nor banned, and vetted. */
const MECHANIC_PRESENT = "The session's mechanic is in good standing";

/** What the session's chat says of a late cancellation's kept fee (`keptCents`, `graceSeconds`: CANCEL_AFTER_CLAIM_GRACE_SECONDS). */
export function cancellationFeeNotice(keptCents: number, graceSeconds: number): string {
  return `The session was cancelled more than ${graceSeconds} seconds after a mechanic claimed it, so its diagnostic fee ($${(keptCents / 100).toFixed(2)}) is kept as a cancellation fee and not refunded.`;
}

/** The close reason a mechanic's sockets get once a session they held was reassigned (client-facing, no data). */
export const SESSION_REASSIGNED = "Session reassigned";

/** What sessions ask of the chat when a mechanic loses a session: ChatService, given lazily (it is built after this service). */
export interface LiveAccess {
  endLiveAccess(userId: string, reason: string): void;
  /** Tells both parties something in the session's chat: a SYSTEM message, committed and published. */
  announce(sessionId: string, body: string): Promise<void>;
}

/**
 * What the session lifecycle needs of the diagnostic's money (PaymentService): crediting the
 * mechanic who completes it, and refunding the customer in full.
 */
export interface DiagnosticMoney {
  creditDiagnostic(sessionId: string): Promise<void>;
  /** PAYMENTS_NOT_CONFIGURED when the session's diagnostic is paid and could not be refunded: asked before the move that refunds it. */
  assertMayRefundDiagnostic(sessionId: string): Promise<void>;
  refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void>;
  /** A late cancellation's fee (keepsCancellationFee) earned by the claiming mechanic: what was kept, or null when nothing was. */
  keepCancellationFee(actor: Viewer, sessionId: string): Promise<{ keptCents: number; mechanicShareCents: number } | null>;
}

/** The customer's choice when their mechanic is absent (MechanicAbsence). */
export type MechanicAbsenceChoice = "REASSIGN" | "REFUND";

/**
 * Why the mechanic counts as absent: suspended (or banned), no longer vetted (their approval
 * revoked after they claimed it), or claimed it and never started it.
 */
export type MechanicAbsence = "SUSPENDED" | "NOT_VETTED" | "NO_SHOW";

/** Where the service categories a diagnosis may recommend come from (WorkshopService.serviceCategories). */
export interface ServiceCategories {
  serviceCategories(): Promise<string[]>;
}

/**
 * Diagnostic sessions' use cases: requesting, the lifecycle (session.machine.ts) and reads
 * (session.store.ts), always within the viewer's scope (session.policy.ts). Inputs arrive parsed
 * by the resolver.
 */
export class SessionService {
  constructor(
    private readonly store: SessionStore,
    private readonly machine: SessionMachine,
    private readonly accounts: AccountService,
    private readonly config: Pick<Config, "fees" | "sessions" | "pseudonymKey">,
    /** Only an admin-approved mechanic reads the open requests, claims, starts and completes paid sessions. */
    private readonly vetting: VettingCheck,
    /** The service categories a diagnosis may recommend (WorkshopService). */
    private readonly categories: ServiceCategories,
    /** Late-bound: PaymentService is built after this service. */
    private readonly money: () => DiagnosticMoney | null = () => null,
    /** Late-bound: ChatService is built after this service. */
    private readonly liveAccess: () => LiveAccess | null = () => null,
  ) {}

  get diagnosticPriceCents(): number {
    return this.config.fees.diagnosticPriceCents;
  }

  /**
   * Sessions in the viewer's scope matching `where`, in `order`. Filters and orderings on customer
   * fields the viewer may not read are refused (FORBIDDEN) before anything runs. `fields`, the
   * session fields the caller asked for, narrows what is read: other columns and relations are left
   * out of the statement (and undefined on the nodes), except the ids and status the field resolvers use.
   */
  list(viewer: Viewer, page: PageRequest, where?: SessionWhere | null, order?: SessionOrder | null, fields?: ReadonlySet<string>): Promise<Page<DiagnosticSession>> {
    assertSessionFilterReadable(where, viewer);
    const field = order?.field ?? SessionOrderField.REQUESTED_AT;
    const customerField = ORDER_CUSTOMER_FIELD[field];
    if (customerField) assertCustomerOrderReadable(customerField, customerAccessThroughSession(viewer));
    return this.store.list(viewer, { page, where: where ?? null, order: field, direction: order?.direction === "ASC" ? "asc" : "desc", fields });
  }

  /**
   * Requested, unclaimed, paid sessions, oldest first: the queue mechanics claim from.
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic who may not claim them (as `claim`),
   *   before any customer's concern is read
   */
  async openRequests(viewer: Viewer, page: PageRequest): Promise<Page<DiagnosticSession>> {
    await this.assertMayTakePart(viewer);
    return this.store.openRequests({ viewer, where: openRequestScope(viewer) }, page);
  }

  /** @throws NOT_FOUND both for a missing session and for one outside the viewer's scope */
  async get(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    const session = await this.store.find({ viewer, where: sessionScope(viewer) }, id);
    if (!session) throw notFound("Session");
    return session;
  }

  /** A customer registers a vehicle of their own. */
  addVehicle(viewer: Viewer, input: AddVehicleInput): Promise<Vehicle> {
    return this.store.addVehicle(viewer.id, { year: input.year, make: input.make, model: input.model, color: input.color ?? null, vin: input.vin ?? null });
  }

  /**
   * A customer books a diagnostic for one of their own vehicles, at the configured price.
   * @throws NOT_FOUND when the vehicle is not one of theirs
   */
  async request(viewer: Viewer, input: RequestSessionInput): Promise<DiagnosticSession> {
    const vehicleId = await this.store.findVehicle({ viewer, where: { ownerId: viewer.id } }, input.vehicleId);
    if (!vehicleId) throw notFound("Vehicle");
    const id = await this.machine.create(viewer, { vehicleId, concern: input.concern, mediaUrls: input.mediaUrls ?? [], priceCents: this.config.fees.diagnosticPriceCents });
    return this.get(viewer, id);
  }

  /**
   * A mechanic claims an open, paid request; of two concurrent claims exactly one wins. An unpaid
   * request is not among the open ones; claiming it by id is CONFLICT `DIAGNOSTIC_NOT_PAID`, while
   * a claimed, closed or unknown one gets the same CONFLICT: a mechanic learns nothing about
   * sessions it cannot take.
   *
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic an admin has not approved (issue 18),
   *   before anything about the request is read
   */
  async claim(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    await this.assertMayWork(viewer, "claim");
    await this.machine.move(viewer, id, "claim", { actor: sessionActorScope("claim", viewer), data: { mechanicId: viewer.id, acceptedAt: new Date() }, guard: DIAGNOSTIC_PAID_GUARD });
    return this.answerOf(viewer, id, "ACCEPTED");
  }

  /**
   * The assigned mechanic starts a claimed, paid session.
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic no longer vetted (as `claim`);
   *   CONFLICT (with the status) when the session was cancelled right after the start (`answerOf`)
   */
  async start(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    await this.assertMayWork(viewer, "start");
    await this.machine.move(viewer, id, "start", { actor: sessionActorScope("start", viewer), data: { startedAt: new Date() }, guard: DIAGNOSTIC_PAID_GUARD });
    return this.answerOf(viewer, id, "IN_PROGRESS");
  }

  /**
   * The answer to a mechanic's move that reached `reached`: the session, read after the move
   * committed. A move made right after it (the customer's cancellation, a refund in full, an
   * admin's) may already have taken the session on: then the answer is that CONFLICT, with the
   * status it is in now, never a success showing a session the mechanic no longer works on.
   * @throws CONFLICT (`STATUS_CONFLICT`, `status`) when the session is no longer `reached`
   */
  private async answerOf(viewer: Viewer, id: string, reached: SessionStatus): Promise<DiagnosticSession> {
    const session = await this.store.find({ viewer, where: sessionScope(viewer) }, id);
    if (session?.status === reached) return session;
    const status = session?.status ?? "ACCEPTED";
    throw statusConflict(`The session changed right after this move: it is ${session ? status.toLowerCase().replace("_", " ") : "with another mechanic"} now`, status);
  }

  /**
   * The assigned mechanic submits the diagnosis of a started, paid session, and earns its share.
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic no longer vetted (as `claim`)
   * @throws BAD_USER_INPUT naming the first recommended service that is no service category (assertKnownServices)
   */
  async complete(viewer: Viewer, id: string, input: CompleteSessionInput): Promise<DiagnosticSession> {
    await this.assertMayWork(viewer, "complete");
    await this.assertKnownServices(input.recommendedServices);
    await this.machine.move(viewer, id, "complete", {
      actor: sessionActorScope("complete", viewer),
      data: { completedAt: new Date(), diagnosis: input.diagnosis, recommendedServices: [...new Set(input.recommendedServices)] },
      guard: DIAGNOSTIC_PAID_GUARD,
    });
    const completed = await this.get(viewer, id);
    // The mechanic who completes the diagnostic earns its share (held since the customer paid).
    await this.money()?.creditDiagnostic(id);
    return completed;
  }

  /**
   * The customer calls a session off before it is completed; the assigned mechanic's cancelSession
   * is a withdrawal instead (`withdraw`). `reason` is already validated. A paid diagnostic is
   * refunded in full after the move when cancellationRefundReason says so for the session as the
   * move found it: the customer's before a claim or within CANCEL_AFTER_CLAIM_GRACE_SECONDS of it
   * (so a claim that won a race by a moment does not cost the customer the diagnostic), or while
   * its mechanic is absent (absenceOf: as resolveMechanicAbsence REFUND would). Later than
   * that after a claim, the diagnostic fee is kept as a cancellation fee (keepsCancellationFee):
   * the claiming mechanic earns its share, the platform keeps its fee, audited
   * `session.cancelled_late`, and the session's chat tells both parties so. When that
   * refund fails the session stays cancelled and the error says so (refundDiagnosticInFull). A
   * refund this server cannot make (no Stripe) is refused before the move: nothing changes.
   * @throws PAYMENTS_NOT_CONFIGURED for a paid session whose cancellation would refund it, on a server without Stripe;
   *   PAYMENT_PROVIDER_REFUSED or SERVICE_UNAVAILABLE when its refund fails (the session cancelled)
   */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<DiagnosticSession> {
    if (viewer.role === "MECHANIC") return this.withdraw(viewer, id, reason);
    assertMayMake(viewer, "cancel");
    const at = new Date();
    const graceMs = this.config.sessions.cancelAfterClaimGraceSeconds * 1000;
    const open = { AND: [sessionActorScope("cancel", viewer), { status: { in: [...sessionMachine.moves.cancel.from] } }] };
    const before = await this.store.absenceFacts({ viewer, where: open }, id);
    // Its mechanic's absence as read before the move (a claim committed in between brings a mechanic who is present).
    const mechanicAbsent = before !== null && absenceOf(before, at, new Date(at.getTime() - this.config.sessions.noShowMinutes * 60_000)) !== null;
    if (before && cancellationRefundReason({ from: before.status, acceptedAt: before.acceptedAt, mechanicAbsent }, at, graceMs)) await this.money()?.assertMayRefundDiagnostic(id);
    const moved = { ...(await this.machine.move(viewer, id, "cancel", { actor: sessionActorScope("cancel", viewer), data: { cancelledAt: at, cancelReason: reason } })), mechanicAbsent };
    const cancelled = await this.get(viewer, id);
    // Decided on the session as the move found it, not as read before: a claim committed in between counts.
    const refund = cancellationRefundReason(moved, at, graceMs);
    if (refund) await this.money()?.refundDiagnosticInFull(viewer, id, refund);
    else if (keepsCancellationFee(moved, at, graceMs)) {
      const kept = await this.money()?.keepCancellationFee(viewer, id);
      if (kept) await this.liveAccess()?.announce(id, cancellationFeeNotice(kept.keptCents, this.config.sessions.cancelAfterClaimGraceSeconds));
    }
    return cancelled;
  }

  /**
   * The assigned mechanic withdraws from a claimed or started session (their cancelSession): it goes
   * back among the open requests, still paid, as after the customer's REASSIGN (`backToOpenRequests`),
   * and this mechanic may never claim it again (`withdrawnMechanicIds`, session.policy.ts), so a
   * claim-withdraw loop cannot hold one customer's request. A started one too: the customer paid for
   * a diagnostic, not for this mechanic, and keeps her choice: another mechanic's claim, or her own
   * cancellation, refunded in full as one before any claim. Audited `session.withdrawn_by_mechanic`
   * (the mechanic as actor, and their `reason`: admins count a mechanic's withdrawals by filtering
   * the audit log by action and actor). The answer is the request as the mechanic now reads it: an
   * open request that is no longer theirs (the customer as before a claim).
   * @throws NOT_FOUND for a session not assigned to the mechanic; CONFLICT for one completed or cancelled
   */
  private async withdraw(viewer: Viewer, id: string, reason: string): Promise<DiagnosticSession> {
    const actor = sessionActorScope("withdraw", viewer);
    await this.backToOpenRequests(
      viewer,
      id,
      "withdraw",
      { actor, data: { withdrawnMechanicIds: { push: viewer.id } }, audit: { action: "session.withdrawn_by_mechanic", data: { reason } } },
      viewer.id,
    );
    const request = await this.store.find(systemScope("the request a mechanic just withdrew from, which they no longer reach"), id);
    if (!request) throw notFound("Session");
    return request;
  }

  /**
   * Puts a claimed or started session back among the open requests, still paid (one move: no
   * mechanic, its claim and start cleared, besides what `request.data` writes): the customer's
   * REASSIGN after their mechanic's absence (`reassign`), the mechanic's own withdrawal
   * (`withdraw`). The mechanic who leaves (`leaving`) no longer reaches it: their live feeds of its
   * chat end (LiveAccess).
   * @throws as SessionMachine.move
   */
  private async backToOpenRequests(viewer: Viewer, id: string, move: "reassign" | "withdraw", request: MoveRequest, leaving: string): Promise<void> {
    await this.machine.move(viewer, id, move, { ...request, data: { ...request.data, mechanicId: null, acceptedAt: null, startedAt: null } });
    this.liveAccess()?.endLiveAccess(leaving, SESSION_REASSIGNED);
  }

  /**
   * The system cancels a session whose diagnostic is no longer paid for, in the transaction `tx` of
   * the payment move that ended it (PaymentMachine, UnpaidWork: refunded in full, a dispute lost):
   * requested (it had left the open requests, and could never be paid again), claimed or started
   * (the mechanic loses a session nobody pays for: completing it would be refused as unpaid, and
   * the customer could not pay it again), unless another payment still pays for it. Both parties
   * read why in the cancel reason; the customer may request and pay a new session. A completed
   * session keeps its refund as a refund, and a cancelled one is as it was. Audited
   * `session.cancelled` with the payment move's cause (its actor, none for Stripe's events;
   * `data.cause` says what ended the payment) and the statuses.
   */
  async cancelForUnpaidDiagnostic(tx: Tx, sessionId: string, cause: UnpaidWorkCause): Promise<void> {
    try {
      await this.machine.moveAsSystem(tx, "SYSTEM", sessionId, "cancelUnpaid", {
        data: { cancelledAt: new Date(), cancelReason: UNPAID_REASON[cause.data.cause] },
        where: { payments: { none: PAID_DIAGNOSTIC } },
        refusal: "Another payment pays for the session's diagnostic",
        action: "session.cancelled",
        cause,
      });
    } catch (error) {
      // Completed or cancelled already, or still paid for: the payment's move stands alone.
      if (!(error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT)) throw error;
    }
  }

  /**
   * The customer's choice when their mechanic is absent (issue 14): suspended or banned
   * mid-session, no longer vetted (their approval revoked after claiming it), or a no-show, having
   * claimed the session and not started it within MECHANIC_NO_SHOW_MINUTES. REASSIGN puts the request back among the open ones for another
   * mechanic (who then earns the diagnostic when completing it, the absent one never), REFUND
   * cancels the session and refunds the diagnostic in full. Audited. CONFLICT unless the session
   * is claimed, not completed, and its mechanic absent; the move is one conditional UPDATE that
   * re-checks the absence, so a mechanic who starts at the last moment keeps the session. A
   * refund that fails after the move leaves the session cancelled and answers as `cancel` does; a
   * refund this server cannot make (no Stripe) is refused before it (PAYMENTS_NOT_CONFIGURED).
   * After a REASSIGN the absent mechanic's live sockets close (LiveAccess): their feeds of its chat end.
   */
  async resolveMechanicAbsence(viewer: Viewer, id: string, choice: MechanicAbsenceChoice, now: Date = new Date()): Promise<DiagnosticSession> {
    const move: SessionMove = choice === "REASSIGN" ? "reassign" : "cancel";
    assertMayMake(viewer, move);
    const actor = sessionActorScope(move, viewer);
    const session = await this.store.absenceFacts({ viewer, where: actor }, id);
    if (!session) throw notFound("Session");
    if (!session.mechanicId || !["ACCEPTED", "IN_PROGRESS"].includes(session.status)) throw statusConflict(NOT_BEING_WORKED_ON, session.status);
    const noShowBefore = new Date(now.getTime() - this.config.sessions.noShowMinutes * 60_000);
    const absence = absenceOf(session, now, noShowBefore);
    if (!absence) {
      throw conflict(session.status === "ACCEPTED" ? `${MECHANIC_PRESENT} and has ${this.config.sessions.noShowMinutes} minutes from accepting it to start` : MECHANIC_PRESENT);
    }
    // Re-checked in the UPDATE: the same mechanic, still absent for the same reason. The mechanic is
    // the guard's, not the actor scope's: a concurrent choice that moved the session first makes
    // this one a STATUS_CONFLICT with the status it left, as when made after it, not a NOT_FOUND.
    const absent = (
      {
        SUSPENDED: { where: { mechanic: { is: sanctionedAt(now) } }, refusal: MECHANIC_PRESENT },
        NOT_VETTED: { where: MECHANIC_NOT_VETTED, refusal: MECHANIC_PRESENT },
        NO_SHOW: { where: { status: "ACCEPTED", acceptedAt: { lte: noShowBefore } }, refusal: "The session's mechanic has started it" },
      } satisfies Record<MechanicAbsence, Guard>
    )[absence];
    const guard: Guard = { where: { AND: [absent.where, { mechanicId: session.mechanicId }] }, refusal: absent.refusal };
    const audit = {
      action: choice === "REASSIGN" ? "session.reassigned" : ABSENCE_REFUND[absence].action,
      // The machine adds the move, the status it left and the one it reached.
      data: { absence, absentMechanicId: session.mechanicId },
    };
    if (choice === "REASSIGN") await this.backToOpenRequests(viewer, id, "reassign", { actor, data: {}, guard, audit }, session.mechanicId);
    else {
      await this.money()?.assertMayRefundDiagnostic(id);
      await this.machine.move(viewer, id, move, { actor, data: { cancelledAt: new Date(), cancelReason: ABSENCE_REFUND[absence].cancelReason }, guard, audit });
    }
    const result = await this.get(viewer, id);
    if (choice === "REFUND") await this.money()?.refundDiagnosticInFull(viewer, id, ABSENCE_REFUND[absence].refundReason);
    return result;
  }

  /**
   * A mechanic takes part in sessions (their queue, their chat) only while vetted; other roles pass.
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic who is not approved
   */
  async assertMayTakePart(viewer: Viewer): Promise<void> {
    if (viewer.role === "MECHANIC") await this.vetting.assertVetted(viewer, viewer.id);
  }

  /**
   * Whether the viewer passes assertMayTakePart on their vetting decision as read by the caller
   * (null: none read, or no mechanic profile), without a statement of its own: the chat reads the
   * sender's decision with its session lock. False means ask assertMayTakePart, which reads the
   * decision again and words the refusal.
   */
  passesTakePart(viewer: Viewer, vettingStatus: MechanicVettingStatus | null): boolean {
    return viewer.role !== "MECHANIC" || isVetted(vettingStatus);
  }

  /**
   * A mechanic claims and works paid sessions only while vetted (issue 18): refused before anything
   * about the session is read. `move` is checked against the machine's table first (FORBIDDEN).
   */
  /**
   * BAD_USER_INPUT at `input.recommendedServices[i]`, listing the valid values, for the first
   * recommendation outside the service categories (serviceCategories): workshops are matched on
   * these, so any other text would leave the escalation unmatched.
   */
  private async assertKnownServices(services: readonly string[]): Promise<void> {
    if (services.length === 0) return;
    const vocabulary = await this.categories.serviceCategories();
    const index = firstUnknownService(services, vocabulary);
    if (index >= 0) throw badInputAt(["input", "recommendedServices", index], `must be a service category (serviceCategories): one of ${vocabulary.join(", ")}`);
  }

  private async assertMayWork(viewer: Viewer, move: "claim" | "start" | "complete"): Promise<void> {
    assertMayMake(viewer, move);
    await this.vetting.assertVetted(viewer, viewer.id);
  }

  /** The vehicles the viewer may see (vehicleScope). */
  vehiclesOf(viewer: Viewer): Promise<Vehicle[]> {
    return this.store.vehicles({ viewer, where: vehicleScope(viewer) });
  }

  // A listed session's relations are returned as they are, not in a promise: GraphQL then completes
  // a hundred rows without a promise per relation per row.

  /**
   * The session's vehicle as the viewer reads it; the session was already scoped, so its vehicle
   * follows. Before the viewer committed to the session (BEFORE_COMMITMENT): its id a pseudonym,
   * its VIN the model part only.
   */
  vehicle(viewer: Viewer, session: DiagnosticSession): Vehicle | null | Promise<Vehicle | null> {
    if (session.preloaded) return this.vehicleSeenThrough(viewer, session.id, session.preloaded.access, session.preloaded.vehicle);
    return Promise.all([this.store.sessionVehicle(session), this.accessTo(viewer, session)]).then(([vehicle, access]) => this.vehicleSeenThrough(viewer, session.id, access, vehicle));
  }

  /** The session's mechanic, null until one claims it. */
  mechanic(session: DiagnosticSession): Mechanic | null | Promise<Mechanic | null> {
    if (session.preloaded) return session.preloaded.mechanic;
    return session.mechanicId ? this.accounts.mechanicProfile(session.mechanicId) : null;
  }

  /**
   * The session's customer, with the fields the viewer's access through the session may read; before
   * the viewer committed to the session (BEFORE_COMMITMENT), its id the viewer's pseudonym.
   */
  customer(viewer: Viewer, session: DiagnosticSession): Customer | null | Promise<Customer | null> {
    if (session.preloaded) return this.customerSeenThrough(viewer, session.id, session.preloaded.access, session.preloaded.customer);
    return Promise.resolve(this.accessTo(viewer, session)).then(async (access) =>
      access ? this.customerSeenThrough(viewer, session.id, access, await this.accounts.customerView(session.customerId, access)) : null,
    );
  }

  /**
   * The customer of session `sessionId`, which the caller already reached another way (an
   * escalation of it), as `customer` shows it to the viewer; null for an unknown session.
   */
  async customerOf(viewer: Viewer, sessionId: string): Promise<Customer | null> {
    const session = await this.store.find(systemScope("the customer of a session the viewer reached through its escalation"), sessionId);
    return session ? this.customer(viewer, session) : null;
  }

  /**
   * Of the session chat's messages `viewer` reads, the customer's with the sender as `customer`
   * shows the customer: before the viewer committed to the session, the viewer's pseudonym.
   */
  async withCustomerSeenBy<M extends { senderId: string | null }>(viewer: Viewer, sessionId: string, messages: M[]): Promise<M[]> {
    // Customers and admins read every id, and a mechanic reads the session chat only as its assigned mechanic.
    if (viewer.role !== "WORKSHOP_ADVISOR") return messages;
    const session = await this.store.find({ viewer, where: sessionScope(viewer) }, sessionId);
    if (!session) return messages;
    const access = await this.accessTo(viewer, session);
    if (!access || !BEFORE_COMMITMENT.has(access)) return messages;
    const pseudonym = sessionPseudonym(this.config.pseudonymKey, viewer.id, sessionId, "customer");
    return messages.map((message) => (message.senderId === session.customerId ? { ...message, senderId: pseudonym } : message));
  }

  /**
   * How `viewer` reaches the customer of `session` (read within their scope, not listed): as
   * customerAccessThroughSession says, committed or not (sessionCommitment). A workshop's answer is
   * read once per session object (the customer and the vehicle of one read share it).
   */
  private accessTo(viewer: Viewer, session: DiagnosticSession): CustomerAccess | null | Promise<CustomerAccess | null> {
    if (viewer.role === "MECHANIC") return customerAccessThroughSession(viewer, session.mechanicId === viewer.id);
    if (viewer.role !== "WORKSHOP_ADVISOR") return customerAccessThroughSession(viewer);
    let access = workshopAccess.get(session);
    if (!access) {
      access = this.store.find({ viewer, where: sessionCommitment(viewer) }, session.id).then((committed) => customerAccessThroughSession(viewer, committed !== null));
      workshopAccess.set(session, access);
    }
    return access;
  }

  private customerSeenThrough(viewer: Viewer, sessionId: string, access: CustomerAccess | null, customer: Customer | null): Customer | null {
    if (!customer || !access || !BEFORE_COMMITMENT.has(access)) return customer;
    return { ...customer, id: sessionPseudonym(this.config.pseudonymKey, viewer.id, sessionId, "customer") };
  }

  private vehicleSeenThrough(viewer: Viewer, sessionId: string, access: CustomerAccess | null, vehicle: Vehicle | null): Vehicle | null {
    if (!vehicle || !access || !BEFORE_COMMITMENT.has(access)) return vehicle;
    return { ...vehicle, id: sessionPseudonym(this.config.pseudonymKey, viewer.id, sessionId, "vehicle"), vin: vehicle.vin && vinModelPart(vehicle.vin) };
  }
}

/** Per session object read for a workshop (not listed): whether it took the session on, as its access. */
const workshopAccess = new WeakMap<DiagnosticSession, Promise<CustomerAccess | null>>();

/**
 * Why the session's mechanic counts as absent, or null while they are present: suspended or banned
 * at `now` first (statusAt: a suspension that ran out is good standing), then no longer vetted,
 * then a no-show (claimed at or before `noShowBefore`, not started).
 */
function absenceOf(session: SessionAbsenceFacts, now: Date, noShowBefore: Date): MechanicAbsence | null {
  if (session.mechanic && statusAt(session.mechanic, now) !== "ACTIVE") return "SUSPENDED";
  if (session.mechanic && session.mechanic.vettingStatus !== "APPROVED") return "NOT_VETTED";
  if (session.status === "ACCEPTED" && session.acceptedAt !== null && session.acceptedAt <= noShowBefore) return "NO_SHOW";
  return null;
}
