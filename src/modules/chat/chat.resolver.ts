import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { sendMessageArgs, sessionIdArgs } from "./chat.inputs.ts";
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
}
