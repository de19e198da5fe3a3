import { statusAt, type StoredStanding, type Viewer } from "../../platform/auth/viewer.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import type { VettingCheck } from "../accounts/mechanic-vetting.service.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ChatService } from "../chat/chat.service.ts";
import { toChatMessage, type ChatMessage } from "../chat/chat.types.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { sessionMachine, type Guard, type SessionMachine } from "./session.machine.ts";
import { PAID_DIAGNOSTIC, sessionActorScope, sessionScope, strandedFilter } from "./session.policy.ts";
import { SESSION_REASSIGNED, type DiagnosticMoney } from "./session.service.ts";
import type { SessionStore } from "./session.store.ts";
import type { DiagnosticSession } from "./session.types.ts";

/** What reassigning asks of the accounts module: the target mechanic's vetting and standing. */
export interface ReassignTargets extends VettingCheck {
  /** The account's standing if it is a mechanic's, else null. */
  mechanicStanding(mechanicId: string): Promise<StoredStanding | null>;
}

/**
 * Admins' operations on sessions (issue 18 item 7): a note in the conversation as the platform,
 * cancelling (a paid diagnostic refunded in full), reassigning to another vetted mechanic, and the
 * sessions stranded by a suspended, banned or no longer vetted mechanic. Status changes are moves of
 * session.machine.ts (`adminCancel`, `adminReassign`, ADMIN only); everything is audited.
 */
export class SessionAdminService {
  constructor(
    private readonly store: SessionStore,
    private readonly machine: SessionMachine,
    private readonly chat: ChatService,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
    private readonly mechanics: ReassignTargets,
    /** Late-bound: PaymentService is built after this service. */
    private readonly money: () => DiagnosticMoney | null,
  ) {}

  /**
   * Posts `body` (already masked at the edge: FREE_TEXT) into the session's conversation as the
   * platform: a SYSTEM message every party reads, published live once committed, in any status;
   * with `conversation`, into that escalation's workshop conversation (the customer, the workshop's
   * advisors and the referring mechanic read it). The message, its content flags and the audit row
   * (`session.platform_note`) commit together.
   * @throws NOT_FOUND for an unknown session, or a conversation that does not exist or is not this session's
   */
  async postNote(admin: Viewer, sessionId: string, body: string, conversation: { escalationId: string; workshopId?: string | null } | null = null): Promise<ChatMessage> {
    await this.get(admin, sessionId);
    const thread = conversation ? await this.chat.conversationThread(admin, conversation.escalationId, conversation.workshopId) : { sessionId, workshopId: null };
    if (thread.sessionId !== sessionId) throw notFound("Conversation");
    const event = await this.store.transaction(async (tx) => {
      const written = await this.chat.writeSystemMessage(tx, sessionId, body, thread.workshopId);
      await this.contentFlags.record(tx, admin, { type: "ChatMessage", id: written.id });
      await this.audit.write(
        [
          {
            actor: admin,
            action: "session.platform_note",
            entityType: "DiagnosticSession",
            entityId: sessionId,
            data: { messageId: written.id, ...(thread.workshopId ? { workshopId: thread.workshopId } : {}) },
          },
        ],
        tx,
      );
      return written;
    });
    this.chat.publish([event]);
    return toChatMessage(event, true);
  }

  /**
   * Cancels a session that is not completed, with `reason` (FREE_TEXT, shown to its parties as the
   * cancel reason), audited `session.cancelled_by_admin`. The customer did not get the diagnostic,
   * so a paid one is refunded in full (RefundService.refundDiagnosticInFull: nothing when unpaid)
   * and no mechanic is credited. The refund follows the cancellation: when Stripe refuses or is
   * unavailable, the session stays cancelled, nothing is refunded or booked, and the error says so
   * (an admin then retries with `refundPayment`). A refund this server cannot make (no Stripe) is
   * refused before the move, so nothing changes.
   * @throws NOT_FOUND; CONFLICT for a completed or cancelled session; PAYMENTS_NOT_CONFIGURED for a
   *   paid one on a server without Stripe; PAYMENT_PROVIDER_REFUSED or SERVICE_UNAVAILABLE when
   *   the refund fails (RefundService.refundDiagnosticInFull)
   */
  async cancel(admin: Viewer, sessionId: string, reason: string): Promise<DiagnosticSession> {
    const before = await this.get(admin, sessionId);
    if (sessionMachine.moves.adminCancel.from.includes(before.status)) await this.money()?.assertMayRefundDiagnostic(sessionId);
    await this.machine.move(admin, sessionId, "adminCancel", {
      actor: sessionActorScope("adminCancel", admin),
      data: { cancelledAt: new Date(), cancelReason: reason },
      audit: { action: "session.cancelled_by_admin", data: { mechanicId: before.mechanicId } },
    });
    await this.money()?.refundDiagnosticInFull(admin, sessionId, "cancelled by the platform");
    return this.get(admin, sessionId);
  }

  /**
   * Hands an open, paid session to `mechanicId`, an approved mechanic in good standing other than
   * its current one: ACCEPTED by them now, to start afresh (whoever completes it earns the
   * diagnostic). `reason` goes to the audit row (`session.reassigned_by_admin`) only.
   * The former mechanic's live sockets close (ChatService.endLiveAccess): their feeds of its chat end.
   * @throws NOT_FOUND for an unknown session or mechanic; FORBIDDEN (`MECHANIC_NOT_VETTED`) for an
   *   unapproved mechanic; CONFLICT for a suspended or banned one, the current one, a closed or unpaid session
   */
  async reassign(admin: Viewer, sessionId: string, mechanicId: string, reason: string, now = new Date()): Promise<DiagnosticSession> {
    const before = await this.get(admin, sessionId);
    const standing = await this.mechanics.mechanicStanding(mechanicId);
    if (!standing) throw notFound("Mechanic");
    await this.mechanics.assertVetted(admin, mechanicId);
    if (statusAt(standing, now) !== "ACTIVE") {
      throw conflict("The mechanic is suspended or banned");
    }
    const guard: Guard = {
      where: { payments: { some: PAID_DIAGNOSTIC }, OR: [{ mechanicId: null }, { mechanicId: { not: mechanicId } }] },
      refusal: "Only a paid session can be reassigned, and only to another mechanic",
    };
    await this.machine.move(admin, sessionId, "adminReassign", {
      actor: sessionActorScope("adminReassign", admin),
      data: { mechanicId, acceptedAt: now, startedAt: null },
      guard,
      audit: { action: "session.reassigned_by_admin", data: { fromMechanicId: before.mechanicId, toMechanicId: mechanicId, reason } },
    });
    // The former mechanic no longer reaches the session: their live feeds of its chat end too.
    if (before.mechanicId) this.chat.endLiveAccess(before.mechanicId, SESSION_REASSIGNED);
    return this.get(admin, sessionId);
  }

  /** Sessions claimed or in progress whose mechanic is suspended, banned or no longer vetted (strandedFilter), oldest request first. */
  stranded(admin: Viewer, page: PageRequest, now = new Date()): Promise<Page<DiagnosticSession>> {
    return this.store.oldestFirst({ viewer: admin, where: { AND: [sessionScope(admin), strandedFilter(now)] } }, page);
  }

  private async get(admin: Viewer, id: string): Promise<DiagnosticSession> {
    const session = await this.store.find({ viewer: admin, where: sessionScope(admin) }, id);
    if (!session) throw notFound("Session");
    return session;
  }
}
