// Issue 18: a customer reports solicitation "on a session, a message, a quote or a conversation",
// the workshop conversation included; admins' flag and violation views show which workshop
// conversation a flagged message is in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, type CreatedUser } from "../factories/index.ts";
import { acceptedEscalation, SEND_TO_WORKSHOP } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.code;
const REPORT = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id subjectType subjectId sessionId workshopId accusedId status } }`;

/** An accepted escalation whose advisor wrote `body` in the conversation; the message's id. */
async function advisorWrote(body: string) {
  const world = await acceptedEscalation(app);
  const sent = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body }, world.workshop.advisor.token);
  if (sent.errors) throw new Error(JSON.stringify(sent.errors));
  return { ...world, messageId: sent.data!.sendWorkshopMessage.message.id as string };
}

describe("a solicitation report on a workshop conversation", () => {
  it("names the advisor who last wrote in it, and the workshop", async () => {
    const world = await advisorWrote("Pay me directly and we skip the platform fee");
    const reported = await app.gql(REPORT, { input: { subjectType: "CONVERSATION", subjectId: world.escalationId } }, world.customer.token);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportSolicitation).toMatchObject({
      subjectType: "CONVERSATION",
      subjectId: world.escalationId,
      sessionId: world.sessionId,
      workshopId: world.workshop.id,
      accusedId: world.workshop.advisor.id,
      status: "OPEN",
    });
    // Named explicitly, the same conversation: one open report per conversation.
    const again = await app.gql(REPORT, { input: { subjectType: "CONVERSATION", subjectId: world.escalationId, workshopId: world.workshop.id } }, world.customer.token);
    expect(codeOf(again)).toBe("CONFLICT");
    const listed = await app.gql(`{ solicitationReports(status: OPEN, first: 100) { nodes { id workshopId accusedId } } }`, {}, admin.token);
    expect(listed.data!.solicitationReports.nodes).toContainEqual({ id: reported.data!.reportSolicitation.id, workshopId: world.workshop.id, accusedId: world.workshop.advisor.id });
  });

  it("on a message of the conversation names the advisor who sent it", async () => {
    const world = await advisorWrote("Let's settle this between us");
    const reported = await app.gql(REPORT, { input: { subjectType: "MESSAGE", subjectId: world.messageId } }, world.customer.token);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportSolicitation).toMatchObject({ subjectType: "MESSAGE", sessionId: world.sessionId, workshopId: world.workshop.id, accusedId: world.workshop.advisor.id });
  });

  it("accuses nobody yet when no advisor has written", async () => {
    const world = await acceptedEscalation(app);
    const reported = await app.gql(REPORT, { input: { subjectType: "CONVERSATION", subjectId: world.escalationId } }, world.customer.token);
    expect(reported.data!.reportSolicitation).toMatchObject({ workshopId: world.workshop.id, accusedId: null });
  });

  it("is NOT_FOUND for another customer, and a workshopId with another subject is BAD_USER_INPUT", async () => {
    const world = await advisorWrote("Hello from the workshop");
    const stranger = await createCustomer(app);
    expect(codeOf(await app.gql(REPORT, { input: { subjectType: "CONVERSATION", subjectId: world.escalationId } }, stranger.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(REPORT, { input: { subjectType: "MESSAGE", subjectId: world.messageId } }, stranger.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(REPORT, { input: { subjectType: "SESSION", subjectId: world.sessionId, workshopId: world.workshop.id } }, world.customer.token))).toBe("BAD_USER_INPUT");
  });
});

describe("admins' flag and violation views", () => {
  it("show a flagged workshop-conversation message with its workshop, apart from the session chat", async () => {
    const world = await advisorWrote("Call me on 415 555 0142 and we sort the price out");
    const flagged = await app.gql(`{ flaggedConversations(first: 100) { totalCount nodes { session { id } workshopId flaggedMessageCount } } }`, {}, admin.token);
    expect(flagged.errors).toBeUndefined();
    const ofSession = flagged.data!.flaggedConversations.nodes.filter((node: { session: { id: string } }) => node.session.id === world.sessionId);
    expect(ofSession).toEqual([{ session: { id: world.sessionId }, workshopId: world.workshop.id, flaggedMessageCount: 1 }]);

    const violations = await app.gql(
      `query ($m: ID) { violations(mechanicId: $m) { nodes { offenderId message { id sessionId workshopId originalBody } } } }`,
      { m: world.workshop.advisor.id },
      admin.token,
    );
    expect(violations.errors).toBeUndefined();
    expect(violations.data!.violations.nodes).toEqual([
      {
        offenderId: world.workshop.advisor.id,
        message: { id: world.messageId, sessionId: world.sessionId, workshopId: world.workshop.id, originalBody: "Call me on 415 555 0142 and we sort the price out" },
      },
    ]);

    const triggers = await app.gql(`{ investigationTriggers { recentContactMessages { id sessionId workshopId } } }`, {}, admin.token);
    expect(triggers.data!.investigationTriggers.recentContactMessages).toContainEqual({ id: world.messageId, sessionId: world.sessionId, workshopId: world.workshop.id });
  });

  it("page flagged conversations one thread at a time, each once", async () => {
    for (let i = 0; i < 2; i++) await advisorWrote(`Text me at 415 555 01${40 + i}`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await app.gql(
        `query ($a: String) { flaggedConversations(first: 1, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { session { id } workshopId } } }`,
        { a: after },
        admin.token,
      );
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.flaggedConversations.nodes.map((node: { session: { id: string }; workshopId: string | null }) => `${node.session.id}/${node.workshopId}`));
      if (!page.data.flaggedConversations.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.data.flaggedConversations.totalCount);
        break;
      }
      after = page.data.flaggedConversations.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
  });
});
