import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { conversationArgs, sendMessageArgs, sendWorkshopMessageArgs, sessionIdArgs } from "./chat.inputs.ts";
import { seesOriginal } from "./chat.policy.ts";
import { ChatMessage, ChatMessageConnection, SendMessagePayload, toChatMessage } from "./chat.types.ts";

@Resolver(() => ChatMessage)
export class ChatResolver {
  @Query(() => ChatMessageConnection, {
    description: "A session's chat, oldest first. After a reconnect, pass the last received message's `cursor` as `after` to get what was missed.",
  })
  messages(@Arg("sessionId", () => ID) sessionId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(page);
    return ctx.services.chat.history(viewer, validateInput(sessionIdArgs, { sessionId }).sessionId, request);
  }

  @Mutation(() => SendMessagePayload, {
    description: "The session's customer or mechanic sends a message while it is accepted or in progress. Contact details are masked and flagged; a mechanic is penalised.",
  })
  sendMessage(@Arg("sessionId", () => ID) sessionId: string, @Arg("body", () => String) body: string, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    const viewer = requireViewer(ctx);
    const args = validateInput(sendMessageArgs, { sessionId, body });
    return ctx.services.chat.send(viewer, args.sessionId, args.body);
  }

  @Subscription(() => ChatMessage, {
    description: "New messages of a session, for its customer, its mechanic and admins, masked like `messages`.",
    subscribe: ({ args, context }) => {
      const viewer = requireViewer(context as Context);
      return (context as Context).services.chat.subscribe(viewer, validateInput(sessionIdArgs, args).sessionId);
    },
  })
  chatMessageAdded(@Root() event: ChatMessageEvent, @Arg("sessionId", () => ID) _sessionId: string, @Ctx() ctx: Context): ChatMessage {
    return toChatMessage(event, seesOriginal(requireViewer(ctx)));
  }

  @Query(() => ChatMessageConnection, {
    description:
      "The conversation between a session's customer and a workshop that accepted its escalation, oldest first, masked like `messages`. Advisors read their own workshop's; the customer, the referring mechanic (read-only) and admins name `workshopId` (default: the escalation's current workshop). Resume with `after` like `messages`.",
  })
  workshopConversation(
    @Arg("escalationId", () => ID) escalationId: string,
    @Arg("workshopId", () => ID, { nullable: true }) workshopId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const viewer = requireViewer(ctx);
    const args = validateInput(conversationArgs, { escalationId, workshopId });
    return ctx.services.chat.conversationHistory(viewer, args.escalationId, args.workshopId, toPageRequest(page));
  }

  @Mutation(() => SendMessagePayload, {
    description:
      "The customer or an advisor of the workshop sends a message in their workshop conversation while the escalation is accepted, quoted or approved. Contact details are masked and flagged; an advisor is penalised. The referring mechanic cannot send.",
  })
  sendWorkshopMessage(
    @Arg("escalationId", () => ID) escalationId: string,
    @Arg("workshopId", () => ID, { nullable: true }) workshopId: string | null,
    @Arg("body", () => String) body: string,
    @Ctx() ctx: Context,
  ): Promise<SendMessagePayload> {
    const viewer = requireViewer(ctx);
    const args = validateInput(sendWorkshopMessageArgs, { escalationId, workshopId, body });
    return ctx.services.chat.sendToWorkshop(viewer, args.escalationId, args.workshopId, args.body);
  }

  @Subscription(() => ChatMessage, {
    description: "New messages of a workshop conversation, for its readers (see `workshopConversation`), masked like `workshopConversation`.",
    subscribe: ({ args, context }) => {
      const viewer = requireViewer(context as Context);
      const { escalationId, workshopId } = validateInput(conversationArgs, args);
      return (context as Context).services.chat.followWorkshop(viewer, escalationId, workshopId);
    },
  })
  workshopMessageAdded(
    @Root() event: ChatMessageEvent,
    @Arg("escalationId", () => ID) _escalationId: string,
    @Arg("workshopId", () => ID, { nullable: true }) _workshopId: string | null,
    @Ctx() ctx: Context,
  ): ChatMessage {
    return toChatMessage(event, seesOriginal(requireViewer(ctx)));
  }
}
