import { describe, expect, it } from "vitest";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession, liftSuspension } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged flaggedKinds message { id body } } }`;
const ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body } }`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!, $note: String) { reviewViolation(id: $id, decision: $decision, note: $note) { id status reviewNote penalty { kind reversedAt } } }`;
const DAY = 86_400_000;

const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.code;

async function chat() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { customer, mechanic, session };
}

async function state(mechanicId: string) {
  const user = await app.prisma.user.findUniqueOrThrow({ where: { id: mechanicId }, include: { mechanic: true, penalties: { orderBy: { startsAt: "asc" } }, violations: true } });
  // The ladder's counter lives on the user (advisors and partners climb it too); read beside the profile.
  return {
    status: user.status,
    suspendedUntil: user.suspendedUntil,
    statusReason: user.statusReason,
    profile: { ...user.mechanic!, violationCount: user.violationCount },
    penalties: user.penalties,
    violations: user.violations,
  };
}

describe("a mechanic shares contact details", () => {
  it("is masked, flagged, penalised at once, and loses HTTP access and live subscriptions", async () => {
    const { customer, mechanic, session } = await chat();
    const customerFeed = live(app.ws(customer.token), ADDED, { sessionId: session.id });
    const mechanicFeed = live(app.ws(mechanic.token), ADDED, { sessionId: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 2);

    const sent = await app.gql(SEND, { sessionId: session.id, body: "cheaper if you text me on 415 555 0132" }, mechanic.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendMessage.flagged).toBe(true);
    expect(sent.data!.sendMessage.flaggedKinds).toEqual(expect.arrayContaining(["PHONE"]));
    expect(sent.data!.sendMessage.message.body).not.toContain("555");

    // The customer gets the masked message; the original never leaves the server for them.
    const delivered = await customerFeed.next();
    expect(delivered.data!.chatMessageAdded.body).toContain("[hidden]");
    expect(JSON.stringify(delivered).replace(UUID, "<id>")).not.toContain("0132"); // a random id may hold "0132"

    const after = await state(mechanic.id);
    expect(after.status).toBe("SUSPENDED");
    expect(after.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY);
    expect(after.suspendedUntil!.getTime()).toBeLessThan(Date.now() + 7.1 * DAY);
    expect(after.profile.violationCount).toBe(1);
    expect(after.penalties.map((p) => p.kind)).toEqual(["WARNING_SUSPENSION_7_DAYS"]);
    expect(after.violations).toHaveLength(1);
    expect(after.violations[0]).toMatchObject({ status: "OPEN", messageId: sent.data!.sendMessage.message.id });
    const audit = await app.prisma.auditLog.findMany({ where: { subjectUserId: mechanic.id }, orderBy: { action: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["account.penalty.applied", "chat.contact_violation.detected"]);

    // The next request is refused through the normal auth path...
    const next = await app.gql(`{ me { id } }`, {}, mechanic.token);
    expect(next.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", status: "SUSPENDED" });
    // ...and the live subscription ends: the socket is closed with 4403, before the message reached it.
    const ended = await mechanicFeed.ended;
    expect(ended.error?.code).toBe(4403);
    expect(mechanicFeed.results).toEqual([]);
    // A new connection is refused too.
    const again = live(app.ws(mechanic.token), ADDED, { sessionId: session.id });
    expect((await again.ended).error?.code).toBe(4403);
  });

  it("climbs the ladder: 30 days on the second offence, a permanent ban with earnings withheld on the third", async () => {
    const { mechanic, session } = await chat();
    const offend = async () => {
      const sent = await app.gql(SEND, { sessionId: session.id, body: "whatsapp me, it's quicker" }, mechanic.token);
      expect(sent.data!.sendMessage.flagged).toBe(true);
      await liftSuspension(app, mechanic.id);
    };
    await offend();
    await offend();
    let now = await state(mechanic.id);
    expect(now.penalties.map((p) => p.kind)).toEqual(["WARNING_SUSPENSION_7_DAYS", "SUSPENSION_30_DAYS"]);
    expect(now.penalties[1]!.endsAt!.getTime() - now.penalties[1]!.startsAt.getTime()).toBe(30 * DAY);

    await app.gql(SEND, { sessionId: session.id, body: "email me: mech@example.com" }, mechanic.token);
    now = await state(mechanic.id);
    expect(now).toMatchObject({ status: "BANNED", suspendedUntil: null, profile: { violationCount: 3, earningsWithheld: true } });
    expect(now.penalties.at(-1)).toMatchObject({ kind: "PERMANENT_BAN", endsAt: null });
    expect((await app.gql(`{ me { id } }`, {}, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", status: "BANNED" });
  });

  it("does not penalise a customer who shares their own details, but still masks and flags them", async () => {
    const { customer, mechanic, session } = await chat();
    const sent = await app.gql(SEND, { sessionId: session.id, body: "just call me on 415 555 0132" }, customer.token);
    expect(sent.data!.sendMessage.flagged).toBe(true);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: customer.id } })).toBe(0);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: customer.id } })).status).toBe("ACTIVE");
    const history = await app.gql(`query ($id: ID!) { messages(sessionId: $id) { nodes { body } } }`, { id: session.id }, mechanic.token);
    expect(history.body).not.toContain("0132");
  });

  it("flags a phrase-only request for review without a penalty", async () => {
    const { mechanic, session } = await chat();
    const sent = await app.gql(SEND, { sessionId: session.id, body: "just call me later about the brakes" }, mechanic.token);
    expect(sent.data!.sendMessage).toMatchObject({ flagged: true, flaggedKinds: ["OFF_PLATFORM_REQUEST"] });
    const after = await state(mechanic.id);
    expect(after).toMatchObject({ status: "ACTIVE", penalties: [], profile: { violationCount: 0 } });
    expect(after.violations).toHaveLength(1);
    expect(after.violations[0]).toMatchObject({ status: "OPEN", kinds: ["OFF_PLATFORM_REQUEST"], messageId: sent.data!.sendMessage.message.id });
  });

  it("leaves a clean message alone", async () => {
    const { mechanic, session } = await chat();
    const sent = await app.gql(SEND, { sessionId: session.id, body: "Part number 04465-33450, about $120 with labor" }, mechanic.token);
    expect(sent.data!.sendMessage).toMatchObject({ flagged: false, flaggedKinds: [] });
    expect((await state(mechanic.id)).status).toBe("ACTIVE");
  });
});

describe("admin review", () => {
  it("dismissing a false positive reverses the penalty and restores the account; confirming keeps it", async () => {
    const admin = await createAdmin(app);
    const { mechanic, session } = await chat();
    await app.gql(SEND, { sessionId: session.id, body: "call me at 512-555-0100" }, mechanic.token);
    const [violation] = (await state(mechanic.id)).violations;

    expect(codeOf(await app.gql(REVIEW, { id: violation!.id, decision: "DISMISS" }, (await createMechanic(app)).token))).toBe("FORBIDDEN");
    const dismissed = await app.gql(REVIEW, { id: violation!.id, decision: "DISMISS", note: "Shop's public number" }, admin.token);
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.reviewViolation).toMatchObject({ status: "DISMISSED", reviewNote: "Shop's public number", penalty: { kind: "WARNING_SUSPENSION_7_DAYS" } });
    expect(dismissed.data!.reviewViolation.penalty.reversedAt).toBeTruthy();
    expect(await state(mechanic.id)).toMatchObject({ status: "ACTIVE", suspendedUntil: null, profile: { violationCount: 0, earningsWithheld: false } });
    expect((await app.gql(`{ me { id } }`, {}, mechanic.token)).errors).toBeUndefined();
    expect(codeOf(await app.gql(REVIEW, { id: violation!.id, decision: "CONFIRM" }, admin.token))).toBe("CONFLICT");

    await app.gql(SEND, { sessionId: session.id, body: "my insta is @wrench_guy" }, mechanic.token);
    const second = (await state(mechanic.id)).violations.find((v) => v.status === "OPEN")!;
    const confirmed = await app.gql(REVIEW, { id: second.id, decision: "CONFIRM" }, admin.token);
    expect(confirmed.data!.reviewViolation).toMatchObject({ status: "CONFIRMED", penalty: { kind: "WARNING_SUSPENSION_7_DAYS", reversedAt: null } });
    expect((await state(mechanic.id)).status).toBe("SUSPENDED");
  });

  it("dismissing a ban lifts it and releases the withheld earnings, unless another penalty still stands", async () => {
    const admin = await createAdmin(app);
    const { mechanic, session } = await chat();
    for (let i = 0; i < 3; i++) {
      await app.gql(SEND, { sessionId: session.id, body: "text me 415 555 0132" }, mechanic.token);
      if (i < 2) await liftSuspension(app, mechanic.id);
    }
    const violations = (await state(mechanic.id)).violations.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await app.gql(REVIEW, { id: violations[2]!.id, decision: "DISMISS" }, admin.token);
    // The 30-day suspension of the second offence is still running.
    expect(await state(mechanic.id)).toMatchObject({ status: "SUSPENDED", profile: { violationCount: 2, earningsWithheld: false } });
    await app.gql(REVIEW, { id: violations[1]!.id, decision: "DISMISS" }, admin.token);
    await app.gql(REVIEW, { id: violations[0]!.id, decision: "DISMISS" }, admin.token);
    expect(await state(mechanic.id)).toMatchObject({ status: "ACTIVE", profile: { violationCount: 0 } });
  });
});

describe("admin dashboards", () => {
  it("lists violations, flagged conversations, the compliance rate and the investigation triggers", async () => {
    const admin = await createAdmin(app);
    const { customer, mechanic, session } = await chat();
    await app.gql(SEND, { sessionId: session.id, body: "hit me up on telegram" }, mechanic.token);
    await app.gql(SEND, { sessionId: session.id, body: "here's my email casey@example.com" }, customer.token);

    const violations = await app.gql(
      `query ($m: ID) { violations(mechanicId: $m, status: OPEN) { totalCount nodes { offender { id } kinds message { body originalBody } penalty { kind } } } }`,
      { m: mechanic.id },
      admin.token,
    );
    expect(violations.errors).toBeUndefined();
    expect(violations.data!.violations.totalCount).toBe(1);
    expect(violations.data!.violations.nodes[0]).toMatchObject({ offender: { id: mechanic.id }, message: { originalBody: "hit me up on telegram" }, penalty: { kind: "WARNING_SUSPENSION_7_DAYS" } });

    const flagged = await app.gql(`{ flaggedConversations(first: 100) { totalCount nodes { session { id } flaggedMessageCount lastFlaggedAt } } }`, {}, admin.token);
    expect(flagged.errors).toBeUndefined();
    expect(flagged.data!.flaggedConversations.nodes).toContainEqual(expect.objectContaining({ session: { id: session.id }, flaggedMessageCount: 2 }));
    const firstPage = await app.gql(`{ flaggedConversations(first: 1) { pageInfo { endCursor hasNextPage } nodes { session { id } } } }`, {}, admin.token);
    if (firstPage.data!.flaggedConversations.pageInfo.hasNextPage) {
      const next = await app.gql(
        `query ($a: String) { flaggedConversations(first: 1, after: $a) { nodes { session { id } } } }`,
        { a: firstPage.data!.flaggedConversations.pageInfo.endCursor },
        admin.token,
      );
      expect(next.data!.flaggedConversations.nodes[0].session.id).not.toBe(firstPage.data!.flaggedConversations.nodes[0].session.id);
    }

    const rate = await app.gql(`{ complianceRate { mechanicCount compliantCount basisPoints } }`, {}, admin.token);
    const mechanics = await app.prisma.mechanicProfile.count();
    const compliant = await app.prisma.mechanicProfile.count({ where: { user: { violationCount: 0 } } });
    expect(rate.data!.complianceRate).toEqual({ mechanicCount: mechanics, compliantCount: compliant, basisPoints: Math.floor((compliant * 10_000) / mechanics) });

    // A busy mechanic who never escalates: 11 completed diagnostics, no escalation.
    const busy = await createMechanic(app);
    for (let i = 0; i < 11; i++) await createSession(app, { customerId: customer.id, mechanicId: busy.id, status: "COMPLETED" });
    const triggers = await app.gql(
      `{ investigationTriggers { mechanicsWithoutEscalations { mechanic { id } completedDiagnostics escalations } recentContactMessages { sessionId originalBody } } }`,
      {},
      admin.token,
    );
    expect(triggers.errors).toBeUndefined();
    expect(triggers.data!.investigationTriggers.mechanicsWithoutEscalations).toContainEqual({ mechanic: { id: busy.id }, completedDiagnostics: 11, escalations: 0 });
    expect(triggers.data!.investigationTriggers.mechanicsWithoutEscalations.map((m: { mechanic: { id: string } }) => m.mechanic.id)).not.toContain(mechanic.id);
    expect(triggers.data!.investigationTriggers.recentContactMessages).toContainEqual({ sessionId: session.id, originalBody: "hit me up on telegram" });

    for (const query of [`{ complianceRate { basisPoints } }`, `{ violations { totalCount } }`, `{ flaggedConversations { totalCount } }`]) {
      expect(codeOf(await app.gql(query, {}, customer.token))).toBe("FORBIDDEN");
    }
  });

  it("keeps old flagged messages out of the recent list", async () => {
    const admin = await createAdmin(app);
    const { customer, session } = await chat();
    await createChatMessage(app, {
      sessionId: session.id,
      senderId: customer.id,
      body: "old 555-0000",
      deliveredBody: "old [hidden]",
      flaggedKinds: ["PHONE"],
      createdAt: new Date(Date.now() - 40 * DAY),
    });
    const triggers = await app.gql(`{ investigationTriggers(days: 30) { recentContactMessages { sessionId } } }`, {}, admin.token);
    expect(triggers.data!.investigationTriggers.recentContactMessages.map((m: { sessionId: string }) => m.sessionId)).not.toContain(session.id);
  });
});
