import type { IRules } from "graphql-shield";
import { audienceOf, hasRole, isAdmin, isSignedIn, withinScope } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { SessionStatus } from "../../platform/db/generated/enums.ts";
import { conflict, forbidden, notFound, type AppError } from "../../platform/errors.ts";
import type { StoreScope } from "../shared/scope.ts";

/**
 * Who may do what with a session's chat (issue 17: one place per aggregate).
 *
 * - Read the history (`messages`): whoever may see the session (SessionService.get applies the
 *   session's read scope: its customer, its mechanic, the workshop holding its escalation, admins).
 * - Send (`sendMessage`): the session's customer or assigned mechanic, while the chat is open.
 * - Follow live (`chatMessageAdded`): the session's customer, its mechanic and admins, as long as
 *   their account stays active; an escalated workshop reads the history only.
 * - Read what a sender actually wrote and what the monitor found: admins only.
 */

/** Statuses in which the chat takes new messages; before and after, the history is read-only. */
export const CHAT_OPEN_STATUSES: readonly SessionStatus[] = ["ACCEPTED", "IN_PROGRESS"];

/** The session's two parties, who send in its chat (the session itself says which customer and mechanic). */
const isChatParty = hasRole("CUSTOMER", "MECHANIC");

/**
 * The rule-map entries of the chat's root fields and of its object types, spread into
 * authz/permissions.ts. `ChatMessage` names each field: chat.fanout.ts derives the live fan-out's
 * permission classes from these rules, so a field must have a rule that depends on the role alone.
 */
export const chatRules = {
  Query: {
    // Scoped in the service: participants, the escalated workshop (read-only) and admins.
    messages: isSignedIn,
  },
  Mutation: {
    sendMessage: isChatParty,
  },
  Subscription: {
    // Guards each delivered event; the subscribe phase is authorized by ChatService.subscribe
    // through `assertMayFollow` (participants and admins, NOT_FOUND otherwise).
    chatMessageAdded: isSignedIn,
  },
  ChatMessage: {
    id: withinScope,
    sessionId: withinScope,
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

/** Roles that follow a chat live: the session's parties, and admins (who oversee every chat). */
const FOLLOWERS = new Set([...audienceOf(isChatParty), ...audienceOf(isAdmin)]);

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
 * @throws AppError FORBIDDEN for a role `sendMessage`'s rule does not admit
 */
export function assertMaySend(viewer: Viewer): void {
  if (!audienceOf(chatRules.Mutation.sendMessage).has(viewer.role)) throw forbidden();
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
 * still be active (`isActive` is the per-user cache, invalidated by penalties).
 *
 * @returns null while it is; FORBIDDEN "This account is suspended" once it is not (the feed ends with it)
 */
export async function feedRefusal(viewer: Viewer, isActive: (userId: string) => Promise<boolean>): Promise<AppError | null> {
  return (await isActive(viewer.id)) ? null : forbidden("This account is suspended");
}

/**
 * The messages of one session a viewer reads, once SessionService.get found the session in the
 * viewer's session scope: reaching the session is the check, so the filter is the session itself.
 */
export function historyScope(viewer: Viewer, sessionId: string): StoreScope<Prisma.ChatMessageWhereInput> {
  return { viewer, where: { sessionId } };
}
