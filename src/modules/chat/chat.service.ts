import { detectAcrossMessages, type ContactKind } from "../../domain/contacts/contact-detector.ts";
import { growMask } from "../../domain/contacts/retroactive-mask.ts";
import { senderBurst, SPLIT_DETAIL_MAX_EARLIER } from "../../domain/contacts/split-detail.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { FlagStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import type { AccountStatusCache } from "../accounts/account-status.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { EnforcementService } from "../enforcement/enforcement.service.ts";
import type { SessionService } from "../sessions/session.service.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { assertMayFollow, assertMayPost, assertMaySend, feedRefusal, historyScope, seesOriginal } from "./chat.policy.ts";
import { nextCreatedAt, type ChatStore, type RecentMessage, type StoredMessage } from "./chat.store.ts";
import { toChatMessage, toChatMessageEvent, type ChatMessage, type SendMessagePayload } from "./chat.types.ts";

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
    private readonly store: ChatStore,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
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
  async send(viewer: Viewer, sessionId: string, body: string): Promise<SendMessagePayload> {
    assertMaySend(viewer);
    const { message, edited, detection, offenceKinds, penalty } = await this.store.transaction(async (tx) => {
      // The session row stays locked until commit, so the burst read below cannot change until
      // this message is stored.
      assertMayPost(viewer, await this.store.lockConversation(tx, sessionId));
      // The newest also orders createdAt below, hence at least one.
      const latest = await this.store.latest(tx, sessionId, SPLIT_DETAIL_MAX_EARLIER);
      const createdAt = nextCreatedAt(latest[0]);

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
        edited.push(await this.store.maskRetroactively(tx, row.id, { deliveredBody, flaggedKinds, editedAt: createdAt }));
      }

      const stored = await this.store.create(tx, { sessionId, senderId: viewer.id, kind: "USER", body, deliveredBody: current.masked, flaggedKinds: current.kinds, createdAt });
      await this.audit.write(
        edited.map((row) => ({
          actor: null,
          action: "chat.message.masked_retroactively",
          entityType: "ChatMessage",
          entityId: row.id,
          subjectUserId: viewer.id,
          fields: ["deliveredBody", "flaggedKinds", "editedAt"],
          data: { sessionId, completedByMessageId: stored.id, flaggedKinds: row.flaggedKinds },
        })),
        tx,
      );

      const offenceKinds = [...revealedKinds].sort();
      const applied =
        viewer.role === "MECHANIC" && isNewOffence(burst, offenceKinds) ? await this.enforcement.penalise(tx, { offenderId: viewer.id, messageId: stored.id, sessionId, kinds: offenceKinds }) : null;
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
  async writeSystemMessage(tx: Tx, sessionId: string, body: string): Promise<ChatMessageEvent> {
    await this.store.lockConversation(tx, sessionId);
    const createdAt = nextCreatedAt(await this.store.newest(tx, sessionId));
    const stored = await this.store.create(tx, { sessionId, senderId: null, kind: "SYSTEM", body, deliveredBody: body, flaggedKinds: [], createdAt });
    return toChatMessageEvent({ ...stored, senderRole: null });
  }

  /** Publishes committed messages on `chatMessageAdded`, as `send` does for its own. */
  publish(events: readonly ChatMessageEvent[]): void {
    for (const event of events) this.pubSub.publish("chatMessageAdded", event.sessionId, event);
  }

  /**
   * A session's messages in ascending (createdAt, id) order; `after` continues strictly after a
   * message's cursor. Readable by whoever may see the session (an escalated workshop, read-only).
   */
  async history(viewer: Viewer, sessionId: string, page: PageRequest): Promise<Page<ChatMessage>> {
    await this.sessions.get(viewer, sessionId);
    const withOriginal = seesOriginal(viewer);
    const { rows, totalCount } = await this.store.page(historyScope(viewer, sessionId), page, withOriginal);
    const messages = rows.map((row) => toChatMessage({ ...row, senderRole: row.sender?.role ?? null }, withOriginal));
    return toPage(messages, page, totalCount, (message) => message.createdAt);
  }

  /**
   * The live feed of a session for a subscriber, authorized now (NOT_FOUND unless the subscriber
   * is its customer, its mechanic or an admin). Every event re-checks that the subscriber's
   * account is still active (cached per user, invalidated by penalties), and ends the feed with
   * FORBIDDEN once it is not. Events are passed on as the same object, so the fan-out can share
   * one execution among subscribers of a permission class.
   */
  async subscribe(viewer: Viewer, sessionId: string): Promise<AsyncIterableIterator<ChatMessageEvent>> {
    assertMayFollow(viewer);
    await this.sessions.get(viewer, sessionId);

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
        const refusal = await feedRefusal(viewer, (userId) => accountStatus.isActive(userId));
        if (refusal) {
          close();
          throw refusal;
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

/**
 * Whether a mechanic's burst holds an offence not yet penalised: a detected kind that no earlier
 * message of the burst was penalised for, by a violation that still stands, while the account is
 * still under that penalty. The last condition is what a second penalty for the same detail
 * would otherwise need: a send that raced the suspension (it was authorized before the first
 * part's penalty committed). Once the account is active again, a new attempt climbs the ladder.
 * The sender's status is the one read with the burst, under the session lock (every message of
 * a burst is the sender's, and a penalised kind means the burst is not empty).
 */
function isNewOffence(burst: ReadonlyArray<{ violation: { kinds: ContactKind[]; status: FlagStatus } | null; sender: RecentMessage["sender"] }>, kinds: readonly ContactKind[]): boolean {
  if (kinds.length === 0) return false;
  const penalised = new Set(burst.flatMap((row) => (row.violation && row.violation.status !== "DISMISSED" ? row.violation.kinds : [])));
  if (kinds.some((kind) => !penalised.has(kind))) return true;
  return burst[0]!.sender!.status === "ACTIVE";
}
