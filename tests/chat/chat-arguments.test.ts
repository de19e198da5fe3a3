// The chat operations' arguments are checked at the edge (ChatSessionArgs, SendMessageArgs,
// ConversationArgs, SendWorkshopMessageArgs): an id that is not an RFC 4122 uuid (one the input
// guard's uuid shape lets through) and a workshop message's body blank or over MAX_MESSAGE_LENGTH
// once trimmed are BAD_USER_INPUT naming the argument, before anything is looked up.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
let customer: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  customer = await createCustomer(app);
});
afterAll(() => app.close());

const errorOf = (operation: string, variables: Record<string, unknown>) => firstError(app, operation, variables, customer.token);

const MESSAGES = `query ($s: ID!) { messages(sessionId: $s) { totalCount } }`;
const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { message { id } } }`;
const CONVERSATION = `query ($e: ID!, $w: ID) { workshopConversation(escalationId: $e, workshopId: $w) { totalCount } }`;
const SEND_TO_WORKSHOP = `mutation ($e: ID!, $w: ID, $body: String!) { sendWorkshopMessage(escalationId: $e, workshopId: $w, body: $body) { message { id } } }`;

describe("chat operations' arguments", () => {
  it("refuse a session, escalation or workshop id that is not a uuid", async () => {
    expect(await errorOf(MESSAGES, { s: NOT_RFC_UUID })).toEqual(refusal("sessionId", "must be a session id"));
    expect(await errorOf(SEND, { s: NOT_RFC_UUID, body: "Hello" })).toEqual(refusal("sessionId", "must be a session id"));
    expect(await errorOf(CONVERSATION, { e: NOT_RFC_UUID })).toEqual(refusal("escalationId", "must be an escalation id"));
    expect(await errorOf(CONVERSATION, { e: randomUUID(), w: NOT_RFC_UUID })).toEqual(refusal("workshopId", "must be a workshop id"));
    expect(await errorOf(SEND_TO_WORKSHOP, { e: NOT_RFC_UUID, body: "Hello" })).toEqual(refusal("escalationId", "must be an escalation id"));
  });

  it("refuse a workshop message's body blank or over 2000 characters once trimmed", async () => {
    expect(await errorOf(SEND_TO_WORKSHOP, { e: randomUUID(), body: "   " })).toEqual(refusal("body", "is required"));
    expect(await errorOf(SEND_TO_WORKSHOP, { e: randomUUID(), body: ` ${"x".repeat(2001)} ` })).toEqual(refusal("body", "must be at most 2000 characters"));
  });
});
