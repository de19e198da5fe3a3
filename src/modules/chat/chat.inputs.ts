import { z } from "zod";

export const MAX_MESSAGE_LENGTH = 2000;

const sessionId = z.string().uuid("must be a session id");

/** `sendMessage(sessionId, body)`: the body trimmed, 1 to MAX_MESSAGE_LENGTH characters. Validated by the resolver. */
export const sendMessageArgs = z.object({
  sessionId,
  body: z.string().trim().min(1, "is required").max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
});

/** `messages(sessionId)` and `chatMessageAdded(sessionId)`. Validated by the resolver. */
export const sessionIdArgs = z.object({ sessionId });

const escalationId = z.string().uuid("must be an escalation id");
const workshopId = z.string().uuid("must be a workshop id").nullish();

/** `workshopConversation(escalationId, workshopId)` and `workshopMessageAdded(...)`. Validated by the resolver. */
export const conversationArgs = z.object({ escalationId, workshopId });

/** `sendWorkshopMessage(escalationId, workshopId, body)`: the body as `sendMessage` takes it. Validated by the resolver. */
export const sendWorkshopMessageArgs = conversationArgs.extend({ body: sendMessageArgs.shape.body });
