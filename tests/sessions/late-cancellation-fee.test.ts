// A customer's cancelSession later than CANCEL_AFTER_CLAIM_GRACE_SECONDS after a mechanic claimed
// the session is not refunded: the diagnostic fee is kept as a cancellation fee, as ride-hailing
// marketplaces keep a late cancellation's. The claiming mechanic earns the share completing the
// session would have earned (the same ledger move and key, `diagnostic-earned:<payment>`), the
// platform keeps its fee, the cancellation is audited `session.cancelled_late` with what was kept,
// and the session's chat tells both parties. A payout pays the share like any earned share.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, admin } = world));

const CANCEL = `mutation ($id: ID!) { cancelSession(id: $id, reason: "Found a shop nearby") { id status } }`;
const CHAT = `query ($s: ID!) { messages(sessionId: $s, first: 100) { nodes { kind body } } }`;
const AUDIT = `query ($a: String!) { auditLog(filter: { action: $a }) { nodes { entityId actorId data } } }`;
const RUN_DUE = `mutation { runDuePayouts { transferCount amountCents } }`;

/** A paid diagnostic claimed by a mechanic (with a connected account taking payouts when `payoutsEnabled`), the claim `claimedSecondsAgo` old. */
async function claimedPaidSession(claimedSecondsAgo: number, payoutsEnabled = true) {
  const { app } = payments;
  const customer = await createCustomer(app);
  const vehicle = await createVehicle(app, customer.id);
  const sessionId = await bookDiagnostic(app, customer, vehicle.id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  const mechanic = await createMechanic(app);
  const account = `acct_late_${randomUUID().slice(0, 8)}`;
  await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: account, payoutsEnabled } });
  expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
  await app.prisma.diagnosticSession.update({ where: { id: sessionId }, data: { acceptedAt: new Date(Date.now() - claimedSecondsAgo * 1000) } });
  return { customer, mechanic, account, sessionId, paymentId };
}

describe("a customer's cancellation later than the grace after a claim", () => {
  it("keeps the fee: the claiming mechanic earns the held share, the platform its fee, nothing is refunded", async () => {
    const { app } = payments;
    const { customer, mechanic, sessionId, paymentId } = await claimedPaidSession(120);

    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");

    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    const ledger = await ledgerOf(app.prisma, paymentId);
    expect(ledger["diagnostic-earned"]).toEqual({ "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": -2250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2250 });
    const credit = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId, account: "MECHANIC_PAYABLE", kind: "DIAGNOSTIC_FEE" } });
    expect(credit).toMatchObject({ userId: mechanic.id, transactionKey: `diagnostic-earned:${paymentId}` });
    expect(ledger.payment).toMatchObject({ "PLATFORM_REVENUE/PLATFORM_FEE": 250 });
    // Transferred at once to a mechanic taking payouts.
    expect(ledger["payout MECHANIC"]).toEqual({ "MECHANIC_PAYABLE/PAYOUT": -2250, "PLATFORM_CASH/PAYOUT": 2250 });
  });

  it("is no fee when the mechanic is suspended (or otherwise absent): the customer is refunded in full, the suspended mechanic earns nothing", async () => {
    const { app } = payments;
    const { customer, mechanic, sessionId, paymentId } = await claimedPaidSession(120);
    await app.prisma.user.update({ where: { id: mechanic.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 7 * 86_400_000) } });

    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");

    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2500 });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE", amountCents: { gt: 0 } } })).toBe(0);
    const late = (await app.gql(AUDIT, { a: "session.cancelled_late" }, admin.token)).data!.auditLog.nodes.filter((n: { entityId: string }) => n.entityId === sessionId);
    expect(late).toEqual([]);
  });

  it("is audited session.cancelled_late with the amount kept, the payment and the mechanic credited: admins list them by action", async () => {
    const { app } = payments;
    const { customer, mechanic, sessionId, paymentId } = await claimedPaidSession(120);
    await app.gql(CANCEL, { id: sessionId }, customer.token);
    const listed = (await app.gql(AUDIT, { a: "session.cancelled_late" }, admin.token)).data!.auditLog.nodes.filter((n: { entityId: string }) => n.entityId === sessionId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ entityId: sessionId, actorId: customer.id });
    expect(JSON.parse(listed[0].data)).toEqual({ paymentId, mechanicId: mechanic.id, keptCents: 2500, mechanicShareCents: 2250 });
  });

  it("tells the customer (and the mechanic) in the session's chat that the fee was kept", async () => {
    const { app } = payments;
    const { customer, sessionId } = await claimedPaidSession(120);
    await app.gql(CANCEL, { id: sessionId }, customer.token);
    const messages = (await app.gql(CHAT, { s: sessionId }, customer.token)).data!.messages.nodes;
    expect(messages.at(-1)).toEqual({
      kind: "SYSTEM",
      body: "The session was cancelled more than 60 seconds after a mechanic claimed it, so its diagnostic fee ($25.00) is kept as a cancellation fee and not refunded.",
    });
  });

  it("leaves the share owed to a mechanic not taking payouts yet: the payout run pays it like any earned share", async () => {
    const { app } = payments;
    const { customer, mechanic, sessionId, paymentId } = await claimedPaidSession(120, false);
    await app.gql(CANCEL, { id: sessionId }, customer.token);
    expect(await app.prisma.transfer.count({ where: { paymentId } })).toBe(0);

    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { payoutsEnabled: true } });
    expect((await app.gql(RUN_DUE, {}, admin.token)).data!.runDuePayouts.transferCount).toBeGreaterThanOrEqual(1);
    expect(await app.prisma.transfer.findMany({ where: { paymentId }, select: { recipient: true, amountCents: true, stripeTransferId: true } })).toEqual([
      { recipient: "MECHANIC", amountCents: 2250, stripeTransferId: expect.any(String) },
    ]);
  });

  it("within the grace is refunded in full, as before: nothing is kept", async () => {
    const { app } = payments;
    const { customer, sessionId, paymentId } = await claimedPaidSession(5);
    await app.gql(CANCEL, { id: sessionId }, customer.token);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2500 });
    expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: "session.cancelled_late" } })).toBe(0);
  });
});
