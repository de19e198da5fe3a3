import { z } from "zod";
import { chatParticipantScope } from "../../authz/scopes.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { FlagStatus, SessionStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { conflict, forbidden, notFound } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import type { AccountStatusCache } from "../accounts/account-status.ts";
import type { EnforcementService } from "../enforcement/enforcement.service.ts";
import { sessionScope } from "../sessions/session.policy.ts";
import { afterTimestamp, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { toChatMessage, toChatMessageEvent, type ChatMessage, type SendMessagePayload } from "./chat.types.ts";
import { detectAcrossMessages, type ContactKind } from "./contact-detector.ts";
import { growMask } from "./retroactive-mask.ts";
import { senderBurst, SPLIT_DETAIL_MAX_EARLIER } from "./split-detail.ts";

/** Statuses in which the chat takes new messages; before and after, the history is read-only. */
export const CHAT_OPEN_STATUSES: readonly SessionStatus[] = ["ACCEPTED", "IN_PROGRESS"];
export const MAX_MESSAGE_LENGTH = 2000;

const sessionId = z.string().uuid("must be a session id");
const sendSchema = z.object({
  sessionId,
  body: z.string().trim().min(1, "is required").max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
});
const sessionIdSchema = z.object({ sessionId });

const messageSelect = (admin: boolean) =>
  ({
    id: true,
    sessionId: true,
    senderId: true,
    kind: true,
    // The original text is read from the database for admins only.
    body: admin,
    deliveredBody: true,
    flaggedKinds: true,
    createdAt: true,
    editedAt: true,
    sender: { select: { role: true } },
  }) as const;
type StoredMessage = Prisma.ChatMessageGetPayload<{ select: ReturnType<typeof messageSelect> }>;

/**
 * The platform messenger: every message is checked for contact details before it is stored;
 * what is found is masked for everyone but admins, and a mechanic who shares contact details is
 * penalised in the same transaction. Messages are stored, then published, so a subscriber that
 * missed an event finds it with `history(after:)`.
 */
export class ChatService {
  /** Live subscriptions per session on this instance (for metrics, and for tests to know a subscriber is listening). */
  private readonly live = new Map<string, number>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly pubSub: AppPubSub,
    private readonly accountStatus: AccountStatusCache,
    private readonly enforcement: EnforcementService,
    /** Told of every flagged message (the server counts them for its metrics). */
    private readonly onFlagged: () => void = () => {},
  ) {}

  /**
   * The session's customer or assigned mechanic sends a message while the session is accepted or
   * in progress. Customers' flagged messages are masked but not penalised: the ladder enforces the
   * mechanic terms of service, and a customer offering their own number is protected by the mask.
   *
   * The message is read together with the sender's burst (see SPLIT_DETAIL_MAX_EARLIER), so a
   * detail split over messages is caught: the new message is stored masked, and each earlier
   * message whose mask grows is masked retroactively (`editedAt`, audited) and published again,
   * before the new message, so no reader is ever shown all the parts unmasked together.
   *
   * One burst is one offence: a mechanic is penalised once, on the message that completes the
   * detail, for the kinds it revealed (in it and in the earlier parts). The split "303 555" /
   * "0178" is one violation; a detail of a kind already penalised in the burst, sent while that
   * penalty is still in force (a send racing the suspension), is masked but not penalised twice
   * (see isNewOffence).
   */
  async send(viewer: Viewer, rawSessionId: string, rawBody: string): Promise<SendMessagePayload> {
    if (viewer.role !== "CUSTOMER" && viewer.role !== "MECHANIC") throw forbidden();
    const { sessionId, body } = validateInput(sendSchema, { sessionId: rawSessionId, body: rawBody });

    const { message, edited, detection, offenceKinds, penalty } = await this.prisma.$transaction(async (tx) => {
      // Locking the session row orders this send against completion/cancellation (which update it)
      // and against other sends, so createdAt order is commit order within a session, and the
      // burst read below cannot change until this message is stored.
      const [session] = await tx.$queryRaw<{ status: SessionStatus; customerId: string; mechanicId: string | null }[]>`
        SELECT status::text AS status, "customerId"::text AS "customerId", "mechanicId"::text AS "mechanicId"
        FROM "DiagnosticSession" WHERE id = ${sessionId}::uuid FOR UPDATE`;
      const participant = session && (viewer.role === "CUSTOMER" ? session.customerId === viewer.id : session.mechanicId === viewer.id);
      if (!session || !participant) throw notFound("Session");
      if (!CHAT_OPEN_STATUSES.includes(session.status)) {
        throw conflict(`The chat of a ${session.status.toLowerCase().replace("_", " ")} session is read-only`);
      }
      const latest = await tx.chatMessage.findMany({
        where: { sessionId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        // The newest also orders createdAt below, hence at least one.
        take: Math.max(1, SPLIT_DETAIL_MAX_EARLIER),
        select: { ...messageSelect(true), violation: { select: { kinds: true, status: true } } },
      });
      // Strictly increasing timestamps per session, so (createdAt, id) cursors never skip a message.
      const now = new Date();
      const last = latest[0];
      const createdAt = last && last.createdAt >= now ? new Date(last.createdAt.getTime() + 1) : now;

      const burst = senderBurst(latest, viewer.id, createdAt);
      const sequence = detectAcrossMessages(
        burst.map((row) => row.body),
        body,
      );
      const current = sequence.current;

      // Earlier messages whose part of a detail was only visible until now. The original bodies
      // are never changed; what readers get is masked further (never less than before).
      const edited: StoredMessage[] = [];
      const revealedKinds = new Set<ContactKind>(current.kinds);
      for (const [i, row] of burst.entries()) {
        const found = sequence.earlier[i];
        const deliveredBody = found ? growMask(row.body, row.deliveredBody, found.masked) : null;
        if (!found || deliveredBody === null) continue;
        const flaggedKinds = [...new Set([...row.flaggedKinds, ...found.kinds])].sort();
        for (const kind of found.kinds) revealedKinds.add(kind);
        edited.push(
          await tx.chatMessage.update({
            where: { id: row.id },
            data: { deliveredBody, flaggedKinds, editedAt: createdAt },
            select: messageSelect(true),
          }),
        );
      }

      const stored = await tx.chatMessage.create({
        data: { sessionId, senderId: viewer.id, kind: "USER", body, deliveredBody: current.masked, flaggedKinds: current.kinds, createdAt },
        select: messageSelect(true),
      });
      if (edited.length > 0) {
        await tx.auditLog.createMany({
          data: edited.map((row) => ({
            actorId: null,
            actorRole: null,
            action: "chat.message.masked_retroactively",
            entityType: "ChatMessage",
            entityId: row.id,
            subjectUserId: viewer.id,
            fields: ["deliveredBody", "flaggedKinds", "editedAt"],
            data: { sessionId, completedByMessageId: stored.id, flaggedKinds: row.flaggedKinds },
          })),
        });
      }

      const offenceKinds = [...revealedKinds].sort();
      const applied =
        viewer.role === "MECHANIC" && (await this.isNewOffence(tx, viewer.id, burst, offenceKinds))
          ? await this.enforcement.penalise(tx, { offenderId: viewer.id, messageId: stored.id, sessionId, kinds: offenceKinds })
          : null;
      return { message: stored, edited, detection: current, offenceKinds, penalty: applied };
    });

    // The suspension goes out before the messages, so no instance delivers them to the offender's sockets.
    if (penalty) this.enforcement.announceStatus(viewer.id, penalty.status);
    if (offenceKinds.length > 0) this.onFlagged();
    // Edits first: a reader replaces the earlier message (same id) before the part that completes it arrives.
    for (const row of edited) this.pubSub.publish("chatMessageAdded", sessionId, toChatMessageEvent({ ...row, senderRole: row.sender?.role ?? null }));
    const source = { ...message, senderRole: message.sender?.role ?? null };
    this.pubSub.publish("chatMessageAdded", sessionId, toChatMessageEvent(source));
    return { message: toChatMessage(source, false), flagged: detection.kinds.length > 0, flaggedKinds: detection.kinds };
  }

  /**
   * Writes a SYSTEM message (no sender, never masked: `body` is what everyone sees) inside the
   * caller's transaction, so the message commits with the change it announces (a quote). The
   * session row is locked as `send` locks it, so createdAt stays strictly increasing per session
   * and cursors never skip it. Returns the event to hand to `publish` once the transaction has
   * committed: subscribers then find it in `history` too.
   */
  async writeSystemMessage(tx: Prisma.TransactionClient, sessionId: string, body: string): Promise<ChatMessageEvent> {
    await tx.$queryRaw`SELECT id FROM "DiagnosticSession" WHERE id = ${sessionId}::uuid FOR UPDATE`;
    const last = await tx.chatMessage.findFirst({ where: { sessionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
    const now = new Date();
    const createdAt = last && last.createdAt >= now ? new Date(last.createdAt.getTime() + 1) : now;
    const stored = await tx.chatMessage.create({
      data: { sessionId, senderId: null, kind: "SYSTEM", body, deliveredBody: body, flaggedKinds: [], createdAt },
      select: messageSelect(true),
    });
    return toChatMessageEvent({ ...stored, senderRole: null });
  }

  /** Publishes committed messages on `chatMessageAdded`, as `send` does for its own. */
  publish(events: readonly ChatMessageEvent[]): void {
    for (const event of events) this.pubSub.publish("chatMessageAdded", event.sessionId, event);
  }

  /**
   * Whether a mechanic's burst holds an offence not yet penalised: a detected kind that no earlier
   * message of the burst was penalised for, by a violation that still stands, while the account is
   * still under that penalty. The last condition is what a second penalty for the same detail
   * would otherwise need: a send that raced the suspension (it was authorized before the first
   * part's penalty committed). Once the account is active again, a new attempt climbs the ladder.
   */
  private async isNewOffence(
    tx: Prisma.TransactionClient,
    senderId: string,
    burst: ReadonlyArray<{ violation: { kinds: ContactKind[]; status: FlagStatus } | null }>,
    kinds: readonly ContactKind[],
  ): Promise<boolean> {
    if (kinds.length === 0) return false;
    const penalised = new Set(burst.flatMap((row) => (row.violation && row.violation.status !== "DISMISSED" ? row.violation.kinds : [])));
    if (kinds.some((kind) => !penalised.has(kind))) return true;
    const { status } = await tx.user.findUniqueOrThrow({ where: { id: senderId }, select: { status: true } });
    return status === "ACTIVE";
  }

  /**
   * A session's messages in ascending (createdAt, id) order; `after` continues strictly after a
   * message's cursor. Readable by whoever may see the session (an escalated workshop, read-only).
   */
  async history(viewer: Viewer, rawSessionId: string, page: PageRequest): Promise<Page<ChatMessage>> {
    const { sessionId } = validateInput(sessionIdSchema, { sessionId: rawSessionId });
    const visible = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id: sessionId }, sessionScope(viewer)] }, select: { id: true } });
    if (!visible) throw notFound("Session");
    const admin = viewer.role === "ADMIN";
    const [rows, totalCount] = await Promise.all([
      this.prisma.chatMessage.findMany({
        where: { AND: [{ sessionId }, afterTimestamp("createdAt", page.after, "asc")] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: page.take + 1,
        select: messageSelect(admin),
      }),
      this.prisma.chatMessage.count({ where: { sessionId } }),
    ]);
    const messages = rows.map((row) => toChatMessage({ ...row, senderRole: row.sender?.role ?? null }, admin));
    return toPage(messages, page, totalCount, (message) => message.createdAt);
  }

  /**
   * The live feed of a session for a subscriber, authorized now (NOT_FOUND unless the subscriber
   * is its customer, its mechanic or an admin). Every event re-checks that the subscriber's
   * account is still active (cached per user, invalidated by penalties), and ends the feed with
   * FORBIDDEN once it is not. Events are passed on as the same object, so the fan-out can share
   * one execution among subscribers of a permission class.
   */
  async subscribe(viewer: Viewer, rawSessionId: string): Promise<AsyncIterableIterator<ChatMessageEvent>> {
    const { sessionId } = validateInput(sessionIdSchema, { sessionId: rawSessionId });
    const session = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id: sessionId }, chatParticipantScope(viewer)] }, select: { id: true } });
    if (!session) throw notFound("Session");

    const source = this.pubSub.subscribe("chatMessageAdded", sessionId);
    // The first pull starts the listener now, not when the transport first asks for an event.
    let pending: Promise<IteratorResult<ChatMessageEvent>> | null = source.next();
    this.live.set(sessionId, (this.live.get(sessionId) ?? 0) + 1);
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      const left = (this.live.get(sessionId) ?? 1) - 1;
      if (left > 0) this.live.set(sessionId, left);
      else this.live.delete(sessionId);
      void source.return(undefined);
    };
    const accountStatus = this.accountStatus;

    const iterator: AsyncIterableIterator<ChatMessageEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      async next(): Promise<IteratorResult<ChatMessageEvent>> {
        if (!open) return { done: true, value: undefined };
        const result = await (pending ?? source.next());
        pending = null;
        if (result.done || !open) {
          close();
          return { done: true, value: undefined };
        }
        if (!(await accountStatus.isActive(viewer.id))) {
          close();
          throw forbidden("This account is suspended");
        }
        return { done: false, value: result.value };
      },
      async return(): Promise<IteratorResult<ChatMessageEvent>> {
        close();
        return { done: true, value: undefined };
      },
      async throw(error?: unknown): Promise<IteratorResult<ChatMessageEvent>> {
        close();
        throw error;
      },
    };
    return iterator;
  }

  liveSubscriberCount(sessionId: string): number {
    return this.live.get(sessionId) ?? 0;
  }
}
