import { detectAcrossMessages, nothingFound, type ContactKind, type DetectionOptions } from "../../domain/contacts/contact-detector.ts";
import { maskOwnDetails, maskOwnDetailsAcross, type OwnDetails } from "../../domain/contacts/own-details.ts";
import { growMask } from "../../domain/contacts/retroactive-mask.ts";
import { DRIP_LOOKBACK, sideBurst } from "../../domain/contacts/split-detail.ts";
import { isNewChatOffence } from "../../domain/enforcement/penalty-ladder.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { EscalationStatus, OfferStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { notFound, type AppError } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import { SHARED_SOURCE, type SharedSource } from "../../platform/server/shared-subscribe.ts";
import type { LiveAccountStatus } from "../accounts/account-status.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { EnforcementService } from "../enforcement/enforcement.service.ts";
import type { SessionService } from "../sessions/session.service.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import {
  assertConversationOpen,
  assertMayFollow,
  assertMayPost,
  assertMaySend,
  channelOf,
  conversationWorkshop,
  feedRefusal,
  historyScope,
  joinedConversation,
  kindOf,
  seesOriginal,
  type Thread,
} from "./chat.policy.ts";
import { nextCreatedAt, type ChatStore, type NewMessage, type RetroactiveMask, type SendTx, type StoredMessage } from "./chat.store.ts";
import { toChatMessage, toChatMessageEvent, type ChatMessage, type SendMessagePayload } from "./chat.types.ts";

/**
 * What the chat reads of escalations to find a workshop conversation (EscalationService, given
 * lazily by the container, which builds it after the chat): the escalation in the viewer's read
 * scope (NOT_FOUND outside it) and its offers as the viewer sees them.
 */
export interface ConversationEscalations {
  get(viewer: Viewer, escalationId: string): Promise<{ id: string; sessionId: string; workshopId: string | null; status: EscalationStatus }>;
  offers(viewer: Viewer, escalation: { id: string }): Promise<{ workshopId: string; status: OfferStatus }[]>;
}

/** `write`'s answer when the sender's vetting needs the sessions module's own check (see `post`). */
const UNSETTLED_VETTING = Symbol("unsettled vetting");

/**
 * The platform messenger, for both kinds of thread (the session chat, and the workshop
 * conversations of issue 18): every message is checked for contact details before it is stored;
 * what is found is masked for everyone but admins, and the thread's professional who shares
 * contact details (a mechanic, an advisor: isNewChatOffence) is penalised in the same transaction. Messages are stored, then published, so a subscriber that
 * missed an event finds it with `history(after:)`.
 */
export class ChatService {
  /** Live subscriptions per thread channel (channelOf) on this instance (for metrics, and for tests to know a subscriber is listening). */
  private readonly live = new Map<string, number>();

  constructor(
    private readonly store: ChatStore,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly accountStatus: LiveAccountStatus,
    private readonly enforcement: EnforcementService,
    /** The contact detector's options: the platform's own domains (config.platformDomains) among them. */
    private readonly detection: DetectionOptions,
    /** The sender's own private details, hidden from the other side too (AccountService.ownPrivateDetails; null: none). */
    private readonly ownDetails: (viewer: Viewer) => Promise<OwnDetails | null>,
    /** Told of every flagged message (the server counts them for its metrics). */
    private readonly onFlagged: () => void = () => {},
    private readonly escalations: () => ConversationEscalations = () => {
      throw new Error("workshop conversations need the escalations service");
    },
  ) {}

  /**
   * The session's customer or assigned mechanic sends a message while the session is accepted or
   * in progress. Customers' flagged messages are masked but not penalised: the ladder enforces the
   * mechanic terms of service, and a customer offering their own number is protected by the mask.
   *
   * The message is read together with its side's burst (see sideBurst: the side's latest messages
   * within minutes, the other side's replies between them passed over, further back for a number
   * dripped a few digits a message; in a workshop conversation the workshop's advisors are one side), so a detail split over messages is caught: the new
   * message is stored masked, and each earlier message whose mask grows is masked retroactively
   * (`editedAt`, audited about its own sender) and published again, before the new message, so no
   * reader is ever shown all the parts unmasked together.
   *
   * One burst is one offence: a mechanic is penalised once, on the message that completes the
   * detail, for the kinds it revealed (in it and in the earlier parts). When two advisors wrote
   * the pieces, the one whose message completes the detail is the offender: only that send is
   * known to make a detail (an earlier piece, "our line is 512 447", was innocent alone, and a
   * colleague could otherwise get it penalised by typing digits after it); the earlier pieces'
   * retroactive masks are audited about their own senders, for an admin to review. The split "303 555" /
   * "0178" is one violation; a detail of a kind already penalised in the burst, sent while that
   * penalty is still in force (a send racing the suspension), is masked but not penalised twice
   * (see isNewChatOffence).
   *
   * @throws AppError FORBIDDEN (`MECHANIC_NOT_VETTED`) for a mechanic whose approval was revoked
   */
  async send(viewer: Viewer, sessionId: string, body: string): Promise<SendMessagePayload> {
    assertMaySend(viewer, "SESSION");
    // A mechanic whose approval was revoked keeps no line to the customer while an admin reassigns:
    // the send reads the vetting decision with its lock (`write`).
    return this.post(viewer, { sessionId, workshopId: null }, body);
  }

  /**
   * The customer or an advisor of the workshop sends a message in their workshop conversation
   * (issue 18), checked, masked, flagged and penalised exactly as `send` does in the session chat,
   * the advisor walking the ladder (isNewChatOffence). The referring mechanic reads it only.
   *
   * @param workshopId which workshop's conversation (customers; an advisor's is their own; default the escalation's workshop)
   * @throws AppError FORBIDDEN for roles that do not send in a workshop conversation (the mechanic)
   * @throws AppError NOT_FOUND "Escalation not found" / "Conversation not found" outside the viewer's scope or before the workshop accepted
   * @throws AppError CONFLICT once the escalation is completed or cancelled (read-only)
   */
  async sendToWorkshop(viewer: Viewer, escalationId: string, workshopId: string | null | undefined, body: string): Promise<SendMessagePayload> {
    assertMaySend(viewer, "WORKSHOP");
    const { thread, escalation } = await this.conversation(viewer, escalationId, workshopId);
    assertConversationOpen(escalation);
    return this.post(viewer, thread, body);
  }

  /**
   * Stores a message in a thread whose sender passed the thread kind's checks, with the monitor's
   * findings (see `send`). The session row is locked in both kinds: it orders sends, notices and the
   * session's own moves, so createdAt is commit order within each thread.
   *
   * Most sends write their message alone: their transaction runs on one pg connection
   * (`sqlTransaction`), without Prisma's transaction manager and its compile per statement. A send
   * that masks an earlier message retroactively or penalises its sender also writes audit and
   * enforcement rows, which go through Prisma's transaction (Tx): the first transaction writes
   * nothing and ends, and the send runs again, whole, in Prisma's. So does a mechanic's send whose
   * vetting the lock's read does not settle, after SessionService.assertMayTakePart (which reads the
   * pool: never inside a transaction, which may hold the embedded database's one connection).
   */
  private async post(viewer: Viewer, thread: Thread, body: string): Promise<SendMessagePayload> {
    // Read before the transaction (the pool, never inside one: see above); a profile edit racing the send is read on the next one.
    const own = await this.ownDetails(viewer);
    let written = await this.store.sqlTransaction((tx) => this.write(viewer, thread, body, own, tx, null, kindOf(thread) === "WORKSHOP"));
    if (written === UNSETTLED_VETTING) await this.sessions.assertMayTakePart(viewer);
    // Past the first transaction, the vetting is settled.
    if (written === null || written === UNSETTLED_VETTING) written = await this.store.transaction((tx) => this.write(viewer, thread, body, own, tx, tx, true));
    if (written === null || written === UNSETTLED_VETTING) throw new Error("a send with a writer and its vetting settled wrote nothing");
    const { message, edited, detection, offenceKinds, penalty } = written;

    // The suspension goes out before the messages, so no instance delivers them to the offender's sockets.
    if (penalty) this.enforcement.announceStatus(viewer.id, penalty.status);
    if (offenceKinds.length > 0) this.onFlagged();
    // Edits first: a reader replaces the earlier message (same id) before the part that completes it arrives.
    const channel = channelOf(thread);
    for (const row of edited) this.pubSub.publish("chatMessageAdded", channel, toChatMessageEvent({ ...row, senderRole: row.sender?.role ?? null }));
    const source = { ...message, senderRole: message.sender?.role ?? null };
    this.pubSub.publish("chatMessageAdded", channel, toChatMessageEvent(source));
    return { message: toChatMessage(source, false), flagged: detection.kinds.length > 0, flaggedKinds: detection.kinds };
  }

  /**
   * A send's transaction (see `post`): the session's lock with the sender's burst (and vetting,
   * unless `vetted`), the monitor, then the writes. `writer` is Prisma's transaction, for the audit
   * rows of retroactive masks and a penalty; without it (`tx` on a pg connection), a send that
   * needs either writes nothing and answers null. A mechanic's send in the session chat whose
   * vetting decision is not APPROVED (or was not read: no such session) answers UNSETTLED_VETTING,
   * before anything else is checked, for `post` to ask the sessions module.
   */
  private async write(viewer: Viewer, thread: Thread, body: string, own: OwnDetails | null, tx: SendTx, writer: Tx | null, vetted: boolean) {
    const { sessionId } = thread;
    // The lock's read may miss a send committed while it waited (lockForSend); the message is then
    // not stored, and the send reads again, under the lock, and so current.
    for (let read = 1; ; read++) {
      const locked = await this.store.lockForSend(tx, thread, viewer.id, DRIP_LOOKBACK);
      if (!vetted && !this.sessions.passesTakePart(viewer, locked?.senderVetting ?? null)) return UNSETTLED_VETTING;
      // The session chat checks its parties under the lock; a workshop conversation's were checked
      // through the escalation (`conversation`).
      if (kindOf(thread) === "SESSION") assertMayPost(viewer, locked?.conversation ?? null);
      // The newest also orders createdAt below, hence at least one.
      const latest = locked?.latest ?? [];
      const createdAt = nextCreatedAt(latest[0]);

      const burst = sideBurst(latest, viewer, createdAt, body);
      // An earlier message stored unflagged had nothing found in it alone: it is not detected again.
      const detected = detectAcrossMessages(
        burst.map((row) => row.body),
        body,
        this.detection,
        burst.map((row) => (row.flaggedKinds.length === 0 ? nothingFound(row.body) : null)),
      );
      // The sender's own details are hidden as well, however plainly written (`maskOwnDetails`) and
      // when split across the burst ("Kow" then "alczyk": `maskOwnDetailsAcross`).
      const sequence =
        own && burst.length
          ? maskOwnDetailsAcross(
              burst.map((row) => row.body),
              body,
              detected,
              own,
            )
          : detected;
      const current = (own && maskOwnDetails(body, sequence.current, own)) || sequence.current;

      // Earlier messages whose part of a detail was only visible until now. The original bodies
      // are never changed; what readers get is masked further (never less than before).
      const masks: { id: string; mask: RetroactiveMask }[] = [];
      const revealedKinds = new Set<ContactKind>(current.kinds);
      for (const [i, row] of burst.entries()) {
        const found = sequence.earlier[i];
        const deliveredBody = found ? growMask(row.body, row.deliveredBody, found.masked) : null;
        if (!found || deliveredBody === null) continue;
        masks.push({ id: row.id, mask: { deliveredBody, flaggedKinds: [...new Set([...row.flaggedKinds, ...found.kinds])].sort(), editedAt: createdAt } });
        for (const kind of found.kinds) revealedKinds.add(kind);
      }
      const offenceKinds = [...revealedKinds].sort();
      const offence = isNewChatOffence(viewer.role, burst, offenceKinds);
      if (!writer && (masks.length > 0 || offence)) return null;

      // Stored first, on the read it was checked against; the masks and the penalty follow in the same transaction.
      const stored = await this.store.createAfter(tx, this.newMessage(viewer, thread, body, current, createdAt), latest[0]?.id ?? null);
      if (!stored) {
        if (read > 1) throw new Error(`a message was stored in session ${sessionId} without its lock`);
        continue;
      }
      if (!writer) return { message: stored, edited: [] as StoredMessage[], detection: current, offenceKinds, penalty: null };

      const edited: StoredMessage[] = [];
      for (const { id, mask } of masks) edited.push(await this.store.maskRetroactively(writer, id, mask));
      await this.audit.write(
        edited.map((row) => ({
          actor: null,
          action: "chat.message.masked_retroactively",
          entityType: "ChatMessage",
          entityId: row.id,
          subjectUserId: row.senderId ?? viewer.id,
          fields: ["deliveredBody", "flaggedKinds", "editedAt"],
          data: { sessionId, ...(thread.workshopId ? { workshopId: thread.workshopId } : {}), completedByMessageId: stored.id, flaggedKinds: row.flaggedKinds },
        })),
        writer,
      );
      const penalty = offence ? await this.enforcement.penalise(writer, { offenderId: viewer.id, messageId: stored.id, sessionId, kinds: offenceKinds }) : null;
      return { message: stored, edited, detection: current, offenceKinds, penalty };
    }
  }

  /** The row a user's message is stored as: what they wrote, and what readers get (`detection.masked`). */
  private newMessage(viewer: Viewer, thread: Thread, body: string, detection: { masked: string; kinds: ContactKind[] }, createdAt: Date): NewMessage {
    return { sessionId: thread.sessionId, workshopId: thread.workshopId, senderId: viewer.id, kind: "USER", body, deliveredBody: detection.masked, flaggedKinds: detection.kinds, createdAt };
  }

  /**
   * Writes a SYSTEM message (no sender, never masked: `body` is what everyone sees) inside the
   * caller's transaction, so the message commits with the change it announces (a quote). The
   * session row is locked as `send` locks it, so createdAt stays strictly increasing per session
   * and cursors never skip it. Returns the event to hand to `publish` once the transaction has
   * committed: subscribers then find it in `history` too. `workshopId` names a workshop
   * conversation of the session instead of its chat.
   */
  async writeSystemMessage(tx: Tx, sessionId: string, body: string, workshopId: string | null = null): Promise<ChatMessageEvent> {
    await this.store.lockConversation(tx, sessionId);
    const createdAt = nextCreatedAt(await this.store.newest(tx, { sessionId, workshopId }));
    const stored = await this.store.create(tx, { sessionId, workshopId, senderId: null, kind: "SYSTEM", body, deliveredBody: body, flaggedKinds: [], createdAt });
    return toChatMessageEvent({ ...stored, senderRole: null });
  }

  /** Writes a SYSTEM message in the session's chat in a transaction of its own, and publishes it once committed (LiveAccess). */
  async announce(sessionId: string, body: string): Promise<void> {
    const event = await this.store.transaction((tx) => this.writeSystemMessage(tx, sessionId, body));
    this.publish([event]);
  }

  /** Publishes committed messages on `chatMessageAdded`, as `send` does for its own. */
  publish(events: readonly ChatMessageEvent[]): void {
    for (const event of events) this.pubSub.publish("chatMessageAdded", channelOf({ sessionId: event.sessionId, workshopId: event.workshopId }), event);
  }

  /**
   * A session's messages in ascending (createdAt, id) order; `after` continues strictly after a
   * message's cursor. Readable by whoever may see the session (an escalated workshop, read-only).
   * `fields`, the ChatMessage fields asked for, narrows what is read (all of them when absent).
   */
  async history(viewer: Viewer, sessionId: string, page: PageRequest, fields?: ReadonlySet<string>): Promise<Page<ChatMessage>> {
    const history = await this.page(viewer, { sessionId, workshopId: null }, page, fields);
    // The session chat's scope (historyScope) lists nothing outside the viewer's sessions: an empty chat, or NOT_FOUND.
    if (history.totalCount === 0) await this.sessions.get(viewer, sessionId);
    // A workshop offered the escalation reads the customer's messages under the customer's pseudonym.
    return { ...history, nodes: await this.sessions.withCustomerSeenBy(viewer, sessionId, history.nodes) };
  }

  /**
   * A workshop conversation's messages, as `history` pages them: for the customer, the workshop's
   * advisors, the referring mechanic (read-only) and admins.
   *
   * @throws AppError NOT_FOUND for anyone else (another workshop's advisor, another mechanic, a partner) and before the workshop accepted
   */
  async conversationHistory(viewer: Viewer, escalationId: string, workshopId: string | null | undefined, page: PageRequest, fields?: ReadonlySet<string>): Promise<Page<ChatMessage>> {
    const { thread } = await this.conversation(viewer, escalationId, workshopId);
    return this.page(viewer, thread, page, fields);
  }

  /**
   * One page of a thread's messages in the viewer's history scope (historyScope: the session chat's
   * check is in its statement), and their count. `fields` (the ChatMessage fields asked for) narrows
   * what is read: the messages carry only those fields.
   */
  private async page(viewer: Viewer, thread: Thread, page: PageRequest, fields?: ReadonlySet<string>): Promise<Page<ChatMessage>> {
    const withOriginal = seesOriginal(viewer);
    const { rows, totalCount } = await this.store.page(historyScope(viewer, thread), page, withOriginal, fields);
    const messages = rows.map((row) => toChatMessage(row, withOriginal));
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
    return this.feed(viewer, sessionId);
  }

  /**
   * The live feed of a workshop conversation, for whoever reads it (`conversationHistory`'s
   * readers, the referring mechanic included), re-checked per event like `subscribe`.
   *
   * @throws AppError NOT_FOUND for anyone else, before anything is delivered
   */
  async followWorkshop(viewer: Viewer, escalationId: string, workshopId: string | null | undefined): Promise<AsyncIterableIterator<ChatMessageEvent>> {
    const { thread } = await this.conversation(viewer, escalationId, workshopId);
    return this.feed(viewer, channelOf(thread));
  }

  /**
   * The thread of a workshop conversation the viewer reaches (see `workshopConversation`), for
   * what is filed about it (solicitation reports).
   *
   * @throws NOT_FOUND when the viewer reaches no such conversation
   */
  async conversationThread(viewer: Viewer, escalationId: string, workshopId: string | null | undefined): Promise<Thread> {
    return (await this.conversation(viewer, escalationId, workshopId)).thread;
  }

  /**
   * A workshop conversation a viewer reaches: the escalation in the viewer's escalation scope, the
   * workshop the viewer means (conversationWorkshop), which must have joined (joinedConversation).
   */
  private async conversation(viewer: Viewer, escalationId: string, requested: string | null | undefined) {
    const escalations = this.escalations();
    const escalation = await escalations.get(viewer, escalationId);
    const workshopId = conversationWorkshop(viewer, escalation, requested);
    if (!joinedConversation(escalation, await escalations.offers(viewer, escalation), workshopId)) throw notFound("Conversation");
    return { thread: { sessionId: escalation.sessionId, workshopId } satisfies Thread, escalation };
  }

  /**
   * A subscriber's feed of one thread's channel (channelOf), already authorized. It offers its
   * source for sharing (SHARED_SOURCE): every feed of a channel yields the same events, so the
   * live fan-out may read one source for all the channel's subscribers, and runs each
   * subscriber's own check (its account still active) before each event it delivers.
   */
  private async feed(viewer: Viewer, channel: string): Promise<AsyncIterableIterator<ChatMessageEvent>> {
    const source = this.pubSub.subscribe("chatMessageAdded", channel);
    // The first pull starts the listener now, not when the transport first asks for an event.
    let pending: Promise<IteratorResult<ChatMessageEvent>> | null = source.next();
    this.live.set(channel, (this.live.get(channel) ?? 0) + 1);
    let open = true;
    // Handed over to a shared reader, which closes it.
    let adopted = false;
    const close = () => {
      if (!open) return;
      open = false;
      const left = (this.live.get(channel) ?? 1) - 1;
      if (left > 0) this.live.set(channel, left);
      else this.live.delete(channel);
      if (!adopted) void source.return(undefined);
    };
    const accountStatus = this.accountStatus;
    // The account alone, not the viewer's credential: feeds of one account share one check per
    // event (SharedSource.account); graphql-ws checks each socket's credential itself.
    const refusal = (): AppError | null | Promise<AppError | null> => {
      const admission = accountStatus.admissionNow(viewer.id);
      return admission === undefined ? accountStatus.admission(viewer.id).then(feedRefusal) : feedRefusal(admission);
    };
    const shared: SharedSource = {
      key: `chatMessageAdded\u0000${channel}`,
      account: viewer.id,
      adopt() {
        adopted = true;
        let first = pending;
        pending = null;
        return {
          next: () => {
            const step = first ?? source.next();
            first = null;
            return step;
          },
          return: (value?: unknown) => source.return(value as undefined),
        };
      },
      refusal,
      leave: close,
    };

    const iterator: AsyncIterableIterator<ChatMessageEvent> & { [SHARED_SOURCE]: SharedSource } = {
      [SHARED_SOURCE]: shared,
      [Symbol.asyncIterator]: () => iterator,
      async next(): Promise<IteratorResult<ChatMessageEvent>> {
        if (!open) return { done: true, value: undefined };
        const result = await (pending ?? source.next());
        pending = null;
        if (result.done || !open) {
          close();
          return { done: true, value: undefined };
        }
        const refused = await refusal();
        if (refused) {
          close();
          throw refused;
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

  /**
   * Ends a user's live feeds on every instance once they lost their part in a session (a mechanic
   * reassigned away from it): a feed is authorized when it is subscribed, and would go on
   * delivering the session's messages. As for an advisor removed from a workshop, the account's
   * sockets close (4403, `reason`) through `accountAccessRevoked`; a reconnect is authorized with
   * the access it has now.
   */
  endLiveAccess(userId: string, reason: string): void {
    this.pubSub.publish("accountAccessRevoked", { userId, reason });
  }

  /** Live subscriptions on this instance to a thread: a session's chat by its id, a workshop conversation by `<sessionId>/<workshopId>` (channelOf). */
  liveSubscriberCount(channel: string): number {
    return this.live.get(channel) ?? 0;
  }
}
