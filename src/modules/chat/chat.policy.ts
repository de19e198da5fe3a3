import type { IRules } from "graphql-shield";
import { audienceOf, hasRole, isAdmin, isSignedIn, withinScope } from "../../authz/rules.ts";
import { JOINED_ESCALATION_STATUSES } from "../../authz/scopes.ts";
import type { LiveAdmission, Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { EscalationStatus, OfferStatus, SessionStatus } from "../../platform/db/generated/enums.ts";
import { conflict, forbidden, notFound, type AppError } from "../../platform/errors.ts";
import { sessionScopeSql } from "../sessions/session.policy.ts";
import type { StoreScope } from "../shared/scope.ts";

/**
 * Who may do what with a session's chat (issue 17: one place per aggregate). The chat aggregate
 * has two kinds of thread (ThreadKind), each with its own participants:
 *
 * SESSION, the session chat (customer and mechanic):
 * - Read the history (`messages`): whoever may see the session (historyScope compiles the
 *   session's read scope into the page's statement: its customer, its mechanic, the workshop
 *   holding its escalation, admins).
 * - Send (`sendMessage`): the session's customer or assigned mechanic, while the chat is open.
 * - Follow live (`chatMessageAdded`): the session's customer, its mechanic and admins, as long as
 *   their account stays active; an escalated workshop reads the history only.
 *
 * WORKSHOP, the conversation of the session's customer with one workshop (issue 18), which exists
 * once that workshop accepted the session's escalation (`joinedConversation`):
 * - Read and follow live (`workshopConversation`, `workshopMessageAdded`): the customer, that
 *   workshop's advisors, the referring mechanic (read-only) and admins; anyone else, advisors of
 *   other workshops and partners included, gets NOT_FOUND (EscalationService.get's scope).
 * - Send (`sendWorkshopMessage`): the customer and that workshop's advisors, while the escalation
 *   is being quoted or repaired (CONVERSATION_OPEN_STATUSES). The mechanic is FORBIDDEN.
 *
 * Both kinds: the same monitor masks contact details for everyone but admins (across a sender's
 * messages too); the thread's professional walks the penalty ladder (isNewChatOffence in domain/enforcement/penalty-ladder.ts). What a
 * sender actually wrote and what the monitor found: admins only.
 */

/** The kinds of thread of the chat aggregate: the session chat, and a workshop conversation. */
export type ThreadKind = "SESSION" | "WORKSHOP";

/**
 * One thread of a session's chat: the session chat (`workshopId` null), or the conversation of
 * the session's customer with the workshop `workshopId`. Messages, cursors and live feeds are per thread.
 */
export interface Thread {
  sessionId: string;
  workshopId: string | null;
}

/** The kind of a thread. */
export const kindOf = (thread: Thread): ThreadKind => (thread.workshopId === null ? "SESSION" : "WORKSHOP");

/** The pub/sub channel of a thread: the session id for the session chat (unchanged), `<session>/<workshop>` for a conversation. */
export const channelOf = (thread: Thread): string => (thread.workshopId === null ? thread.sessionId : `${thread.sessionId}/${thread.workshopId}`);

/** Escalation statuses in which a workshop conversation takes new messages: from acceptance until the repair is completed. */
export const CONVERSATION_OPEN_STATUSES: readonly EscalationStatus[] = ["ACCEPTED", "QUOTED", "APPROVED"];

/** Escalation statuses in which the escalation's current workshop has joined the conversation. */
const JOINED_STATUSES: readonly EscalationStatus[] = JOINED_ESCALATION_STATUSES;

/** An escalation as the conversation check reads it (EscalationService.get, in the viewer's scope). */
export interface EscalationView {
  sessionId: string;
  workshopId: string | null;
  status: EscalationStatus;
}

/**
 * Whether `workshopId` has joined the escalation's conversation: it accepted its offer (still
 * live), or it is the escalation's workshop past acceptance (a partner's quote, an approved quote).
 * workshopJoinedEscalation (authz/scopes.ts) is the same test as a database filter.
 */
export function joinedConversation(escalation: EscalationView, offers: readonly { workshopId: string; status: OfferStatus }[], workshopId: string): boolean {
  if (escalation.workshopId === workshopId && JOINED_STATUSES.includes(escalation.status)) return true;
  return offers.some((offer) => offer.workshopId === workshopId && offer.status === "ACCEPTED");
}

/**
 * Which workshop's conversation a viewer means: an advisor always their own workshop (naming
 * another is NOT_FOUND), anyone else the one named or the escalation's current workshop.
 *
 * @throws AppError NOT_FOUND "Conversation not found" when there is none to mean
 */
export function conversationWorkshop(viewer: Viewer, escalation: EscalationView, requested: string | null | undefined): string {
  const workshopId = viewer.role === "WORKSHOP_ADVISOR" ? viewer.workshopId : (requested ?? escalation.workshopId);
  if (!workshopId || (requested && requested !== workshopId)) throw notFound("Conversation");
  return workshopId;
}

/**
 * The send-time check of a workshop conversation, after `joinedConversation`: the escalation is
 * still being quoted or repaired.
 *
 * @throws AppError CONFLICT "The conversation of a <status> escalation is read-only" otherwise
 */
export function assertConversationOpen(escalation: EscalationView): void {
  if (!CONVERSATION_OPEN_STATUSES.includes(escalation.status)) {
    throw conflict(`The conversation of a ${escalation.status.toLowerCase().replaceAll("_", " ")} escalation is read-only`);
  }
}

/** Statuses in which the chat takes new messages; before and after, the history is read-only. */
export const CHAT_OPEN_STATUSES: readonly SessionStatus[] = ["ACCEPTED", "IN_PROGRESS"];

/** The session's two parties, who send in its chat (the session itself says which customer and mechanic). */
const isChatParty = hasRole("CUSTOMER", "MECHANIC");
/** Who sends in a workshop conversation: the customer and the workshop's advisors (conversationWorkshop says which workshop). */
const isConversationParty = hasRole("CUSTOMER", "WORKSHOP_ADVISOR");

/**
 * The rule-map entries of the chat's root fields and of its object types, spread into
 * authz/permissions.ts. `ChatMessage` names each field: chat.fanout.ts derives the live fan-out's
 * permission classes from these rules, so a field must have a rule that depends on the role alone.
 */
export const chatRules = {
  Query: {
    // Scoped in the service: participants, the escalated workshop (read-only) and admins.
    messages: isSignedIn,
    // Scoped in the service through the escalation's read scope: NOT_FOUND for strangers of every role.
    workshopConversation: isSignedIn,
  },
  Mutation: {
    sendMessage: isChatParty,
    sendWorkshopMessage: isConversationParty,
  },
  Subscription: {
    // Guards each delivered event; the subscribe phase is authorized by ChatService.subscribe
    // through `assertMayFollow` (participants and admins, NOT_FOUND otherwise).
    chatMessageAdded: isSignedIn,
    // Authorized by ChatService.followWorkshop (the conversation's readers, NOT_FOUND otherwise).
    workshopMessageAdded: isSignedIn,
  },
  ChatMessage: {
    id: withinScope,
    sessionId: withinScope,
    workshopId: withinScope,
    senderId: withinScope,
    senderRole: withinScope,
    kind: withinScope,
    body: withinScope,
    createdAt: withinScope,
    editedAt: withinScope,
    cursor: withinScope,
    // What the sender actually wrote and what the monitor found: admins only (and only loaded for them).
    originalBody: isAdmin,
    flaggedKinds: isAdmin,
  },
  ChatMessageConnection: withinScope,
  SendMessagePayload: withinScope,
} satisfies IRules;

/** Roles that follow a session chat live: the session's parties, and admins (who oversee every chat). */
const FOLLOWERS = new Set([...audienceOf(isChatParty), ...audienceOf(isAdmin)]);

/** The send rule of each thread kind. */
const SEND_RULES = { SESSION: chatRules.Mutation.sendMessage, WORKSHOP: chatRules.Mutation.sendWorkshopMessage } as const;

/**
 * Whether a viewer is given the original text and detected kinds of messages (loaded from the
 * database, and put on the object): exactly who the rule of `ChatMessage.originalBody` admits.
 */
export function seesOriginal(viewer: Viewer): boolean {
  return audienceOf(chatRules.ChatMessage.originalBody).has(viewer.role);
}

/**
 * Defence in depth for callers other than the API (the rule map refuses these roles first).
 *
 * @throws AppError FORBIDDEN for a role the send rule of the thread's kind does not admit (the mechanic in a workshop conversation)
 */
export function assertMaySend(viewer: Viewer, kind: ThreadKind = "SESSION"): void {
  if (!audienceOf(SEND_RULES[kind]).has(viewer.role)) throw forbidden();
}

/** A session's chat as a send sees it: its status and its two parties (read with the session row locked). */
export interface Conversation {
  status: SessionStatus;
  customerId: string;
  mechanicId: string | null;
}

/**
 * The actor check of a send: the viewer is the session's customer or its assigned mechanic, and
 * the session is accepted or in progress.
 *
 * @throws AppError NOT_FOUND "Session not found" for a missing session or one the viewer is no party to
 * @throws AppError CONFLICT "The chat of a <status> session is read-only" outside CHAT_OPEN_STATUSES
 */
export function assertMayPost(viewer: Viewer, conversation: Conversation | null): asserts conversation is Conversation {
  const party = conversation && (viewer.role === "CUSTOMER" ? conversation.customerId === viewer.id : conversation.mechanicId === viewer.id);
  if (!conversation || !party) throw notFound("Session");
  if (!CHAT_OPEN_STATUSES.includes(conversation.status)) {
    throw conflict(`The chat of a ${conversation.status.toLowerCase().replace("_", " ")} session is read-only`);
  }
}

/**
 * The role half of the subscribe-time check; the caller then reads the session through
 * SessionService.get, whose scope for these roles is exactly the session's customer, its mechanic
 * and every session for admins.
 *
 * @throws AppError NOT_FOUND "Session not found" for any other role (an escalated workshop reads the history only)
 */
export function assertMayFollow(viewer: Viewer): void {
  if (!FOLLOWERS.has(viewer.role)) throw notFound("Session");
}

/**
 * Checked on every event of a live feed, before it is delivered: the subscriber's account must
 * still be active (`admission`: the per-user cache's answer for the account alone, invalidated by
 * penalties; the transport checks the socket's credential itself).
 *
 * @returns null while it is; FORBIDDEN "This account is suspended" once it is not (the feed ends with it)
 */
export function feedRefusal(admission: LiveAdmission): AppError | null {
  return admission === "ADMITTED" ? null : forbidden("This account is suspended");
}

/**
 * The messages of one thread a viewer reads, as SQL on a "ChatMessage" row aliased `m`, so the
 * page, its count and the check are one statement (ChatStore.page):
 * - the session chat: the session's messages outside any workshop conversation, if the session
 *   is in the viewer's session scope (sessionScopeSql). Reaching the session is the check: a
 *   session outside the scope lists nothing (ChatService.history then answers NOT_FOUND through
 *   SessionService.get). The session is named by its id, not through the row, so the check runs
 *   once per statement rather than once per message (a correlated EXISTS was 1,000 index look-ups
 *   for the count and 1,000 more for the page of a 1,000-message chat).
 * - a workshop conversation: its messages, once the escalation's scope and `joinedConversation`
 *   found it for the viewer (ChatService.conversationHistory): reaching the thread is the check,
 *   so the filter is the thread itself.
 */
export function historyScope(viewer: Viewer, thread: Thread): StoreScope<Prisma.Sql> {
  const messages = Prisma.sql`m."sessionId" = ${thread.sessionId}::uuid`;
  if (thread.workshopId !== null) return { viewer, where: Prisma.sql`${messages} AND m."workshopId" = ${thread.workshopId}::uuid` };
  return {
    viewer,
    where: Prisma.sql`${messages} AND m."workshopId" IS NULL AND EXISTS (SELECT 1 FROM "DiagnosticSession" s WHERE s.id = ${thread.sessionId}::uuid AND ${sessionScopeSql(viewer)})`,
  };
}
