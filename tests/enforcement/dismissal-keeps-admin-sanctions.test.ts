// Why: dismissing any flag of an account an admin had banned by hand made it ACTIVE again (or
// SUSPENDED while another ladder penalty ran) and released the mechanic's withheld earnings, and
// dismissing the flag under an admin's suspension ended that suspension: the standing was
// recomputed from the ladder's penalties alone. A sanction an admin imposed (banAccount,
// suspendAccount) is ended only by liftAccountSanction or its own end; a dismissal reverses only
// its violation's penalty.
import { describe, expect, it } from "vitest";
import { paidDiagnosticSession } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, createVehicle, liftSuspension, type CreatedUser } from "../factories/index.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, admin } = world));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged } }`;
const REVIEW = `mutation ($id: ID!) { reviewViolation(id: $id, decision: DISMISS, note: "a false positive") { status } }`;
const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { status } }`;
const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { status } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { status } }`;

const standing = (userId: string) => payments.app.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { status: true, suspendedUntil: true, statusReason: true } });
const withheld = async (mechanicId: string) =>
  (await payments.app.prisma.ledgerEntry.aggregate({ where: { userId: mechanicId, account: "WITHHELD" }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

/** `mechanic` shares a phone number in a chat `offences` times (each ladder suspension set aside before the next); their violations, oldest first. */
async function offend(mechanic: CreatedUser, offences: number): Promise<string[]> {
  const customer = await createCustomer(payments.app);
  const session = await createSession(payments.app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  for (let i = 0; i < offences; i++) {
    if (i > 0) await liftSuspension(payments.app, mechanic.id);
    expect((await payments.app.gql(SEND, { sessionId: session.id, body: `call me on 415 555 01${40 + i}` }, mechanic.token)).data?.sendMessage.flagged).toBe(true);
  }
  const violations = await payments.app.prisma.contactViolation.findMany({ where: { offenderId: mechanic.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return violations.map((v) => v.id);
}

describe("dismissing a violation of an account an admin sanctioned", () => {
  it("leaves a hand ban standing, with its reason and the earnings it withheld, until the admin lifts it", async () => {
    const jordan = await createMechanic(payments.app);
    const customer = await createCustomer(payments.app);
    await paidDiagnosticSession(payments, customer, (await createVehicle(payments.app, customer.id)).id, jordan);
    const [first, second] = await offend(jordan, 2);
    expect((await payments.app.gql(BAN, { input: { userId: jordan.id, reason: "met a customer off the platform" } }, admin.token)).data).toEqual({ banAccount: { status: "BANNED" } });
    const owed = await withheld(jordan.id);
    expect(owed).toBeGreaterThan(0);
    const banned = { status: "BANNED", suspendedUntil: null, statusReason: "met a customer off the platform" };

    // The first offence's 7-day penalty still runs: the ban is not downgraded to it.
    expect((await payments.app.gql(REVIEW, { id: second }, admin.token)).data).toEqual({ reviewViolation: { status: "DISMISSED" } });
    expect(await standing(jordan.id)).toEqual(banned);
    // No ladder penalty is left: the ban still stands, and so does the withholding.
    expect((await payments.app.gql(REVIEW, { id: first }, admin.token)).data).toEqual({ reviewViolation: { status: "DISMISSED" } });
    expect(await standing(jordan.id)).toEqual(banned);
    expect(await withheld(jordan.id)).toBe(owed);
    expect(await payments.app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: jordan.id }, select: { earningsWithheld: true } })).toEqual({ earningsWithheld: true });
    expect(await payments.app.prisma.auditLog.count({ where: { subjectUserId: jordan.id, action: "account.penalty.reversed" } })).toBe(2);

    expect((await payments.app.gql(LIFT, { input: { userId: jordan.id, reason: "appeal granted" } }, admin.token)).data).toEqual({ liftAccountSanction: { status: "ACTIVE" } });
    expect(await withheld(jordan.id)).toBe(0);
  });

  it("leaves a hand suspension running to its own end, with its reason", async () => {
    const mechanic = await createMechanic(payments.app);
    const [violation] = await offend(mechanic, 1);
    const until = new Date(Date.now() + 40 * 86_400_000);
    expect((await payments.app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked a customer to pay cash", until: until.toISOString() } }, admin.token)).errors).toBeUndefined();

    expect((await payments.app.gql(REVIEW, { id: violation }, admin.token)).data).toEqual({ reviewViolation: { status: "DISMISSED" } });
    expect(await standing(mechanic.id)).toEqual({ status: "SUSPENDED", suspendedUntil: until, statusReason: "asked a customer to pay cash" });
  });
});
