import type { AccountStatus, ContactKind, MessageKind, Role } from "../db/generated/enums.ts";

/**
 * A chat message as it travels between API instances: plain JSON (dates as ISO strings), so the
 * in-process and the Redis transport deliver exactly the same value. It carries the original
 * body because admins may subscribe; what a subscriber receives is decided when it is delivered.
 */
export interface ChatMessageEvent {
  id: string;
  sessionId: string;
  /** The thread: null for the session chat, the workshop of a workshop conversation. */
  workshopId: string | null;
  senderId: string | null;
  senderRole: Role | null;
  kind: MessageKind;
  body: string;
  deliveredBody: string;
  flaggedKinds: ContactKind[];
  createdAt: string;
  /** Set when this replaces a message already published (same id): part of it was masked after delivery. */
  editedAt: string | null;
}

/** An account's status changed (a penalty, or its reversal): caches drop it, live sockets may end. */
export interface AccountStatusEvent {
  userId: string;
  status: AccountStatus;
}

/**
 * An account lost access it held when its live sockets opened (an advisor removed from their
 * workshop, a password changed or reset): every instance closes the account's sockets, so the
 * subscriptions authorized under the old access end and a reconnect is authorized afresh.
 */
export interface AccountAccessRevokedEvent {
  userId: string;
  /** The close reason the sockets get (client-facing, no data): "Workshop access removed". */
  reason: string;
  /**
   * A password change or reset: the account's credential version now. Only the sockets opened with
   * a token it revoked close (one opened with the new token stays); absent, every socket closes.
   */
  credentialVersion?: number;
}

/** A workshop was offered an escalation (new, re-matched, or auto-accepted). Ids only: views are loaded per subscriber. */
export interface EscalationOfferedEvent {
  escalationId: string;
  offerId: string;
  workshopId: string;
}

/** A repair quote changed status (created, revised, approved, declined, closed, completed). */
export interface QuoteStatusChangedEvent {
  quoteId: string;
  escalationId: string;
  status: string;
}

/**
 * A quote reached the customer (a new quote, a revision, a partnered quote once the partner's
 * approval is given): routed by the session, whose customer and admins may subscribe. Ids only.
 */
export interface QuoteAddedEvent {
  quoteId: string;
  escalationId: string;
  sessionId: string;
}

/**
 * Every topic and its payload, declared once. Payloads carry ids or what every subscriber of the
 * topic may see; each subscriber's resolver loads the rest under its own access. `[id, payload]` topics are routed by id (one channel
 * per session), so an instance only receives the sessions its subscribers watch.
 */
export type Topics = {
  /** Routed by thread: the session id for the session chat, `<sessionId>/<workshopId>` for a workshop conversation. */
  chatMessageAdded: [thread: string, event: ChatMessageEvent];
  accountStatusChanged: [event: AccountStatusEvent];
  accountAccessRevoked: [event: AccountAccessRevokedEvent];
  escalationOffered: [event: EscalationOfferedEvent];
  quoteStatusChanged: [event: QuoteStatusChangedEvent];
  quoteAdded: [sessionId: string, event: QuoteAddedEvent];
};
