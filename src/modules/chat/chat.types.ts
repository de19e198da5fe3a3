import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ContactKind, MessageKind, Role } from "../../platform/db/generated/enums.ts";
import { isoOf, type Instant } from "../../platform/db/sql.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import { encodeCursor, ConnectionType } from "../shared/pagination.ts";

registerEnumType(ContactKind, { name: "ContactKind", description: "Kinds of contact detail the chat monitor masks." });
registerEnumType(MessageKind, { name: "MessageKind" });

/**
 * A chat message as the caller may see it. Everyone reads `body`, the text with any contact
 * details masked; only admins read what the sender actually wrote and what was detected. The
 * object never carries the original for a non-admin (see `toChatMessage`), so no field rule slip
 * can leak it. No field depends on who is reading beyond admin vs not, which is what lets live
 * delivery execute the selection once per permission class (see chat.fanout.ts).
 *
 * The live feed may deliver a message twice: an event whose id the client already has replaces
 * that message (`editedAt` is set), because the platform masked part of it after delivery, when
 * the sender's next message completed a contact detail split across messages.
 */
@ObjectType({
  // Plain properties (the cursor a getter of the class): read as fields without type-graphql's per-field wrapper.
  simpleResolvers: true,
  description:
    "A chat message. In `chatMessageAdded`, an event whose id you already have replaces that message: the platform masked part of it after delivery (`editedAt` is set), because the sender's next message completed a contact detail split across messages.",
})
export class ChatMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: "The workshop whose conversation with the customer this message is in; null in the session chat (customer and mechanic)." })
  workshopId!: string | null;

  @Field(() => ID, { nullable: true, description: "Null for system messages." })
  senderId!: string | null;

  @Field(() => Role, { nullable: true })
  senderRole!: Role | null;

  @Field(() => MessageKind)
  kind!: MessageKind;

  @Field(() => String, { description: 'The text as delivered: contact details are replaced by "[hidden]".' })
  body!: string;

  /** What the sender wrote, set for admins only; served by ChatResolver.originalBody, which audits a read of a masked one. */
  originalBody?: string;

  @Field(() => [ContactKind], { nullable: true, description: "Admins: the kinds of contact detail detected (empty when clean)." })
  flaggedKinds?: ContactKind[];

  @Field(() => Date)
  createdAt!: Instant;

  @Field(() => Date, {
    nullable: true,
    description: "When the platform masked part of this message after it was delivered (a contact detail the sender completed in a later message); null when never edited.",
  })
  editedAt!: Instant | null;

  /**
   * Encoded when read: most pages never ask for it (a page of 100 spent a twentieth of its time
   * here). A getter of the class, not of each object: an object literal with a getter of its own
   * is built about 40 times slower (2 us a message, measured with 101 rows in Node 20), and read slower.
   */
  @Field(() => String, { description: "Pass as `after` to `messages` to fetch everything after this message (e.g. on reconnect)." })
  get cursor(): string {
    return encodeCursor({ value: isoOf(this.createdAt), id: this.id });
  }
}

export const ChatMessageConnection = ConnectionType("ChatMessage", ChatMessage);

@ObjectType({ description: "The result of sending a message. When `flagged`, contact details were masked before delivery." })
export class SendMessagePayload {
  @Field(() => ChatMessage)
  message!: ChatMessage;

  @Field(() => Boolean, { description: "True when the message contained contact details; they were not delivered." })
  flagged!: boolean;

  @Field(() => [ContactKind])
  flaggedKinds!: ContactKind[];
}

/** The row or event fields a ChatMessage is built from. */
export interface ChatMessageSource {
  id: string;
  sessionId: string;
  /** The thread's workshop; absent where the loader does not select it (read as the session chat). */
  workshopId?: string | null;
  senderId: string | null;
  senderRole: Role | null;
  kind: MessageKind;
  /** The original; absent when the loader did not select it for a non-admin. */
  body?: string;
  deliveredBody: string;
  flaggedKinds: ContactKind[];
  /** A Date, or its ISO text (an event's, a list page's). */
  createdAt: Instant;
  /** Absent where the loader does not select it (read as never edited). */
  editedAt?: Instant | null;
}

/**
 * The caller's view of a message: the original text and detected kinds only for admins. Times are
 * passed on as they came (ISO text stays text: the DateTimeISO scalar writes it as it is).
 */
export function toChatMessage(source: ChatMessageSource, admin: boolean): ChatMessage {
  // Assigned one by one in a fixed order, so every message of a page shares one object shape.
  const view = new ChatMessage();
  view.id = source.id;
  view.sessionId = source.sessionId;
  view.workshopId = source.workshopId ?? null;
  view.senderId = source.senderId;
  view.senderRole = source.senderRole;
  view.kind = source.kind;
  view.body = source.deliveredBody;
  view.createdAt = source.createdAt;
  view.editedAt = source.editedAt || null;
  if (admin) {
    view.originalBody = source.body;
    view.flaggedKinds = source.flaggedKinds;
  }
  return view;
}

/** The JSON event published for a stored message. */
export function toChatMessageEvent(source: ChatMessageSource & { body: string; createdAt: Date }): ChatMessageEvent {
  return {
    id: source.id,
    sessionId: source.sessionId,
    workshopId: source.workshopId ?? null,
    senderId: source.senderId,
    senderRole: source.senderRole,
    kind: source.kind,
    body: source.body,
    deliveredBody: source.deliveredBody,
    flaggedKinds: source.flaggedKinds,
    createdAt: source.createdAt.toISOString(),
    editedAt: source.editedAt ? new Date(source.editedAt).toISOString() : null,
  };
}
