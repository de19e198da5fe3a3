import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { requestedFields } from "../shared/selection.ts";
import { parseInput } from "../shared/validation.ts";
import { ChatSessionArgs, ConversationArgs, SendMessageArgs, SendWorkshopMessageArgs } from "./chat.inputs.ts";
import { seesOriginal } from "./chat.policy.ts";
import { ChatMessage, ChatMessageConnection, SendMessagePayload, toChatMessage } from "./chat.types.ts";

@Resolver(() => ChatMessage)
export class ChatResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Admins: what the sender wrote, before masking. A read of an original that was masked is written to the audit log (`content.original.read`) before it is returned.",
  })
  originalBody(@Root() message: ChatMessage, @Ctx() ctx: Context): string | null | Promise<string> {
    const original = message.originalBody;
    if (original === undefined) return null;
    if (original === message.body) return original; // nothing was hidden from its readers
    const read = { action: "content.original.read", entityType: "ChatMessage", entityId: message.id, subjectUserId: message.senderId, field: "originalBody" };
    return ctx.reads.record(read).then(() => original);
  }

  @Query(() => ChatMessageConnection, {
    description: "A session's chat, oldest first. After a reconnect, pass the last received message's `cursor` as `after` to get what was missed.",
  })
  messages(@Args(() => ChatSessionArgs) args: ChatSessionArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(page);
    return ctx.services.chat.history(viewer, parseInput(ChatSessionArgs, args).sessionId, request, requestedFields(info, ["nodes"]));
  }

  @Mutation(() => SendMessagePayload, {
    description: "The session's customer or mechanic sends a message while it is accepted or in progress. Contact details are masked and flagged; a mechanic is penalised.",
  })
  sendMessage(@Args(() => SendMessageArgs) args: SendMessageArgs, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    const viewer = requireViewer(ctx);
    const { sessionId, body } = parseInput(SendMessageArgs, args);
    return ctx.services.chat.send(viewer, sessionId, body);
  }

  @Subscription(() => ChatMessage, {
    description: "New messages of a session, for its customer, its mechanic and admins, masked like `messages`.",
    subscribe: ({ args, context }) => {
      const viewer = requireViewer(context as Context);
      return (context as Context).services.chat.subscribe(viewer, parseInput(ChatSessionArgs, args).sessionId);
    },
  })
  chatMessageAdded(@Root() event: ChatMessageEvent, @Args(() => ChatSessionArgs) _args: ChatSessionArgs, @Ctx() ctx: Context): ChatMessage {
    return toChatMessage(event, seesOriginal(requireViewer(ctx)));
  }

  @Query(() => ChatMessageConnection, {
    description:
      "The conversation between a session's customer and a workshop that accepted its escalation, oldest first, masked like `messages`. Advisors read their own workshop's; the customer, the referring mechanic (read-only) and admins name `workshopId` (default: the escalation's current workshop). Resume with `after` like `messages`.",
  })
  workshopConversation(@Args(() => ConversationArgs) args: ConversationArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const viewer = requireViewer(ctx);
    const { escalationId, workshopId } = parseInput(ConversationArgs, args);
    return ctx.services.chat.conversationHistory(viewer, escalationId, workshopId, toPageRequest(page), requestedFields(info, ["nodes"]));
  }

  @Mutation(() => SendMessagePayload, {
    description:
      "The customer or an advisor of the workshop sends a message in their workshop conversation while the escalation is accepted, quoted or approved. Contact details are masked and flagged; an advisor is penalised. The referring mechanic cannot send.",
  })
  sendWorkshopMessage(@Args(() => SendWorkshopMessageArgs) args: SendWorkshopMessageArgs, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    const viewer = requireViewer(ctx);
    const { escalationId, workshopId, body } = parseInput(SendWorkshopMessageArgs, args);
    return ctx.services.chat.sendToWorkshop(viewer, escalationId, workshopId, body);
  }

  @Subscription(() => ChatMessage, {
    description: "New messages of a workshop conversation, for its readers (see `workshopConversation`), masked like `workshopConversation`.",
    subscribe: ({ args, context }) => {
      const viewer = requireViewer(context as Context);
      const { escalationId, workshopId } = parseInput(ConversationArgs, args);
      return (context as Context).services.chat.followWorkshop(viewer, escalationId, workshopId);
    },
  })
  workshopMessageAdded(@Root() event: ChatMessageEvent, @Args(() => ConversationArgs) _args: ConversationArgs, @Ctx() ctx: Context): ChatMessage {
    return toChatMessage(event, seesOriginal(requireViewer(ctx)));
  }
}
