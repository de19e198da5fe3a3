// Completing a paid diagnostic moves the session to COMPLETED, credits its mechanic and transfers
// their share at Stripe. When Stripe cannot make that transfer now, the session is still completed
// and answered as such (the mechanic cannot complete it twice): the mechanic is owed the share in
// the ledger, the transfer is audited as deferred and the payout run sends it, once. Before, the
// answer was INTERNAL_SERVER_ERROR for a session that was completed (finding F8).
import { describe, expect, it } from "vitest";
import { COMPLETE, PAY_DIAGNOSTIC } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

/** A started session whose diagnostic the customer paid through Stripe's fake; its mechanic takes payouts. */
async function startedPaidSession() {
  const { app, payments } = world;
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: `acct_me_${mechanic.id.slice(0, 8)}`, payoutsEnabled: true } });
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS", paid: false });
  const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: `diag-${session.id}` }, customer.token);
  expect(pay.errors).toBeUndefined();
  const paymentId = pay.data!.payDiagnostic.paymentId as string;
  await payments.confirmPayment(paymentId);
  return { mechanic, sessionId: session.id, paymentId };
}

const mechanicOwed = async (paymentId: string) =>
  (await world.app.prisma.ledgerEntry.aggregate({ where: { paymentId, account: "MECHANIC_PAYABLE" }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
const transfersOf = (paymentId: string) => world.app.prisma.transfer.findMany({ where: { paymentId }, select: { recipient: true, amountCents: true, stripeTransferId: true } });

describe("completeSession while Stripe cannot transfer the mechanic's share", () => {
  it("completes the session, owes the mechanic the share, audits the deferred transfer; the payout run sends it once", async () => {
    const { app, payments, admin } = world;
    const { mechanic, sessionId, paymentId } = await startedPaidSession();
    payments.stripe.failNext("POST /v1/transfers", "unavailable", EVERY_ATTEMPT);

    const completed = await app.gql(COMPLETE, { id: sessionId, input: { diagnosis: "Worn pads", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeSession).toEqual({ id: sessionId, status: "COMPLETED" });
    expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: "session.completed" } })).toBe(1);
    expect(await mechanicOwed(paymentId)).toBe(2_250);
    expect(await transfersOf(paymentId)).toEqual([{ recipient: "MECHANIC", amountCents: 2_250, stripeTransferId: null }]);
    const deferred = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.payout_deferred" } });
    expect(deferred.data).toMatchObject({ sessionId, message: expect.stringMatching(/\S/) });

    const run = await app.gql(`mutation { runDuePayouts { transferCount failedCount } }`, {}, admin.token);
    expect(run.data!.runDuePayouts).toEqual({ transferCount: 1, failedCount: 0 });
    expect(await transfersOf(paymentId)).toEqual([{ recipient: "MECHANIC", amountCents: 2_250, stripeTransferId: expect.any(String) }]);
    expect(await mechanicOwed(paymentId)).toBe(0);
    expect([...payments.stripe.transfers.values()].filter((t) => t.transfer_group === `payment_${paymentId}`)).toHaveLength(1);
  });
});
