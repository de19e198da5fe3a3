import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { requiredText } from "../shared/text.ts";
import { Check } from "../shared/validation.ts";

export const MAX_MESSAGE_LENGTH = 2000;

/** A message body: trimmed, 1 to MAX_MESSAGE_LENGTH characters. */
const body = requiredText(MAX_MESSAGE_LENGTH);

/** The session of `messages` and `chatMessageAdded` (extended by `sendMessage`'s arguments). */
@ArgsType()
export class ChatSessionArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a session id"))
  sessionId!: string;
}

/** `sendMessage`'s arguments: the session and the body. */
@ArgsType()
export class SendMessageArgs extends ChatSessionArgs {
  @Field(() => String)
  @Check(body)
  body!: string;
}

/** The workshop conversation of `workshopConversation` and `workshopMessageAdded` (extended by `sendWorkshopMessage`'s arguments). */
@ArgsType()
export class ConversationArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be an escalation id"))
  escalationId!: string;

  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be a workshop id").nullish())
  workshopId?: string | null;
}

/** `sendWorkshopMessage`'s arguments: the conversation and the body, as `sendMessage` takes it. */
@ArgsType()
export class SendWorkshopMessageArgs extends ConversationArgs {
  @Field(() => String)
  @Check(body)
  body!: string;
}
