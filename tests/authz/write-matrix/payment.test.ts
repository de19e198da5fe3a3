// The write-side privacy matrix of payments (issue 17), from payment.machine.ts. The moves a user
// makes through the API are exercised by the harness: a customer pays their own session's
// diagnostic (`pay`), an admin refunds part or all of a settled payment. Every other move is
// Stripe's (`who: ["SYSTEM"]`): no mutation makes it, so instead of the harness (which attempts a
// move through a GraphQL mutation) the table is checked to give no role any of them, and the one
// way in, the Stripe webhook, refuses a delivery without Stripe's signature whoever sends it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rolesOf } from "../../../src/domain/state-machine.ts";
import { paymentMachine, type PaymentMove } from "../../../src/modules/payments/payment.machine.ts";
import { PAY_DIAGNOSTIC } from "../../factories/diagnostics.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop } from "../../factories/index.ts";
import type { TestApp } from "../../setup/test-app.ts";
import type { FakeStripe } from "../../support/fake-stripe.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../../support/payments-app.ts";
import { describeWriteMatrix, type Arranged } from "./harness.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  ({ app, stripe } = payments);
});
afterAll(() => payments.close());

const REFUND = `mutation ($p: ID!, $a: Int) { refundPayment(paymentId: $p, amountCents: $a) { id status } }`;

/** The moves a user makes: the harness's subject. */
const USER_MOVES = ["pay", "refundPartially", "refundInFull"] as const satisfies readonly PaymentMove[];
const SYSTEM_MOVES = (Object.keys(paymentMachine.moves) as PaymentMove[]).filter((move) => !(USER_MOVES as readonly string[]).includes(move));
const userMachine = {
  aggregate: paymentMachine.aggregate,
  moves: Object.fromEntries(USER_MOVES.map((move) => [move, paymentMachine.moves[move]])) as Pick<typeof paymentMachine.moves, (typeof USER_MOVES)[number]>,
};

let keys = 0;
const nextKey = () => `write-matrix-${Date.now()}-${++keys}`;

/** A customer's fresh unpaid session: `pay` leaves no status (it creates the payment). */
async function unpaidSession(): Promise<Arranged> {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, paid: false });
  return { parties: { CUSTOMER: customer }, attempt: (token) => app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, token) };
}

/** A customer's diagnostic paid and settled through Stripe (SUCCEEDED), refunded by `amountCents` (null: in full). */
async function settledPayment(amountCents: number | null): Promise<Arranged> {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, paid: false });
  const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, customer.token);
  const paymentId = pay.data!.payDiagnostic.paymentId as string;
  await payments.confirmPayment(paymentId);
  expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("SUCCEEDED");
  return { parties: { CUSTOMER: customer }, attempt: (token) => app.gql(REFUND, { p: paymentId, a: amountCents }, token) };
}

describeWriteMatrix(() => app, userMachine, {
  pay: { arrange: unpaidSession },
  refundPartially: { arrange: () => settledPayment(100) },
  refundInFull: { arrange: () => settledPayment(null) },
});

describe("write matrix: payment moves only Stripe makes", () => {
  it("are given to no role by the table (so the rule map opens no mutation for them)", () => {
    expect(SYSTEM_MOVES.length).toBeGreaterThan(0);
    for (const move of SYSTEM_MOVES) expect({ move, roles: rolesOf(paymentMachine, move) }).toEqual({ move, roles: [] });
  });

  it("cannot be made through the webhook by anyone without Stripe's signature, signed in or not", async () => {
    const workshop = await createWorkshop(app);
    const callers = [undefined, ...(await Promise.all([createCustomer(app), createMechanic(app), createAdvisor(app, workshop.id), createPartner(app), createAdmin(app)])).map((user) => user.token)];
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    const forged = JSON.stringify({ id: `evt_forged_${payment.id}`, type: "payment_intent.succeeded", data: { object: stripe.confirm(payment.stripePaymentIntentId!) } });
    for (const token of callers) {
      const response = await fetch(`${app.server.url}/webhooks/stripe`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), "stripe-signature": "t=1,v1=forged" },
        body: forged,
      });
      expect(response.status).toBe(400);
    }
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("REQUIRES_PAYMENT_METHOD");
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: payment.id } })).toBe(0);
  });
});
