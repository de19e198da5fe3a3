// Why: an admin lifted Sam's confirmed 7-day suspension; Sam offended again (the 30-day rung) and
// the admin dismissed that flag as a false positive: Sam was SUSPENDED again ("suspension still
// running"), because the lift had set the status but left the first penalty in force. A lift marks
// every penalty and sanction it ended (endedAt, endedBySanctionId), a suspension those it replaced,
// and a recomputed standing leaves them out: after the dismissal Sam is as before the false positive.
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, liftSuspension, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged } }`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!) { reviewViolation(id: $id, decision: $decision) { status } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { id status } }`;
const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id status } }`;

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const standing = (userId: string) => app.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { status: true, suspendedUntil: true, statusReason: true } });

/** A chat where `mechanic` can offend; `offend(n)` shares the n-th phone number and answers the new violation's id. */
async function chat(mechanic: CreatedUser) {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return async (n: number): Promise<string> => {
    expect((await app.gql(SEND, { sessionId: session.id, body: `text me 415 555 01${50 + n}` }, mechanic.token)).data?.sendMessage.flagged).toBe(true);
    return (await app.prisma.contactViolation.findFirstOrThrow({ where: { offenderId: mechanic.id }, orderBy: { createdAt: "desc" }, select: { id: true } })).id;
  };
}

describe("a sanction an admin lifted or replaced", () => {
  it("stays ended when a later false positive is dismissed: the account is active again", async () => {
    const sam = await createMechanic(app);
    const offend = await chat(sam);
    const first = await offend(1);
    expect((await app.gql(REVIEW, { id: first, decision: "CONFIRM" }, admin.token)).errors).toBeUndefined();
    const lift = await app.gql(LIFT, { input: { userId: sam.id, reason: "served enough" } }, admin.token);
    expect(lift.data!.liftAccountSanction.status).toBe("ACTIVE");

    const second = await offend(2);
    expect((await standing(sam.id)).status).toBe("SUSPENDED");
    expect((await app.gql(REVIEW, { id: second, decision: "DISMISS" }, admin.token)).errors).toBeUndefined();
    expect(await standing(sam.id)).toEqual({ status: "ACTIVE", suspendedUntil: null, statusReason: null });
    expect((await app.gql(`{ me { status } }`, {}, sam.token)).data).toEqual({ me: { status: "ACTIVE" } });
    // The confirmed offence keeps counting on the ladder.
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: sam.id }, select: { violationCount: true } })).toEqual({ violationCount: 1 });
    // The lift marked the penalty it ended, and its audit row names it.
    const firstPenalty = await app.prisma.penalty.findUniqueOrThrow({ where: { violationId: first }, select: { reversedAt: true, endedAt: true, endedBySanctionId: true } });
    expect(firstPenalty).toMatchObject({ reversedAt: null, endedBySanctionId: lift.data!.liftAccountSanction.id });
    expect(firstPenalty.endedAt).toBeInstanceOf(Date);
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "account.sanction.lifted", subjectUserId: sam.id }, select: { data: true } });
    expect(audit.data).toMatchObject({ endedPenaltyIds: [expect.any(String)] });
  });

  it("a suspension an admin set in place of the running ones is what remains after a dismissal", async () => {
    const mechanic = await createMechanic(app);
    const offend = await chat(mechanic);
    const first = await offend(1);
    await liftSuspension(app, mechanic.id);
    await offend(2);
    // The admin shortens the 30-day rung to two days.
    const until = new Date(Date.now() + 2 * 86_400_000);
    expect((await app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "two days will do", until: until.toISOString() } }, admin.token)).errors).toBeUndefined();

    expect((await app.gql(REVIEW, { id: first, decision: "DISMISS" }, admin.token)).errors).toBeUndefined();
    expect(await standing(mechanic.id)).toEqual({ status: "SUSPENDED", suspendedUntil: until, statusReason: "two days will do" });
  });
});
