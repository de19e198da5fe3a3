// The write-side privacy matrix of payments (issue 17), from payment.machine.ts. The moves a user
// makes through the API are exercised by the harness: a customer pays their own session's
// diagnostic or approved repair quote (`pay`), an admin refunds part or all of a settled payment,
// or in full an escrowed repair only authorized (`release`).
// Every other move of the payment machine, and every move of the dispute and connected-payout
// machines, is Stripe's (`who: ["SYSTEM"]`): no mutation makes it, so instead of the harness (which
// attempts a move through a GraphQL mutation) the tables are checked to give no role any of them,
// and the one way in, the Stripe webhook, refuses a delivery without Stripe's signature whoever sends it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rolesOf } from "../../../src/domain/state-machine.ts";
import { connectedPayoutMachine, disputeMachine, paymentMachine, type PaymentMove } from "../../../src/modules/payments/payment.machine.ts";
import type { PaymentStatus } from "../../../src/platform/db/generated/enums.ts";
import { PAY_DIAGNOSTIC } from "../../factories/diagnostics.ts";
import { APPROVE, CREATE_QUOTE, REPAIR_1200 } from "../../factories/escalations.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop, type CreatedUser } from "../../factories/index.ts";
import { acceptedEscalation, authorizedRepair } from "../../factories/workshop-conversations.ts";
import type { TestApp } from "../../setup/test-app.ts";
import type { FakeStripe } from "../../support/fake-stripe.ts";
import { ESCROWING_REPAIRS, startPaymentsTestApp, type PaymentsTestApp } from "../../support/payments-app.ts";
import { describeWriteMatrix, traceOf, type MoveScenario } from "./harness.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", ...ESCROWING_REPAIRS });
  ({ app, stripe } = payments);
  admin = await createAdmin(app);
});
afterAll(() => payments.close());

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId amountCents } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { id status } }`;

/** The moves a user makes: the harness's subject. */
const USER_MOVES = ["pay", "refundPartially", "refundInFull", "release"] as const satisfies readonly PaymentMove[];
const SYSTEM_MOVES = (Object.keys(paymentMachine.moves) as PaymentMove[]).filter((move) => !(USER_MOVES as readonly string[]).includes(move));
const userMachine = {
  aggregate: paymentMachine.aggregate,
  moves: Object.fromEntries(USER_MOVES.map((move) => [move, paymentMachine.moves[move]])) as Pick<typeof paymentMachine.moves, (typeof USER_MOVES)[number]>,
};

let keys = 0;
const nextKey = () => `write-matrix-${Date.now()}-${++keys}`;

/**
 * The trace of what `pay` creates: the status of the payment of `where` (null before it exists),
 * and the audit rows naming `id` (the session or quote paid for).
 */
const paymentOf = (id: string, where: { sessionId: string } | { quoteId: string }) =>
  traceOf(app, id, async () => (await app.prisma.payment.findFirst({ where, orderBy: { createdAt: "desc" } }))?.status);

/** A customer's fresh unpaid session: `pay` leaves no status (it creates the payment). */
const unpaidSession: MoveScenario<PaymentStatus> = {
  label: "a diagnostic",
  conflict: null,
  async arrange() {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: false });
    return { parties: { CUSTOMER: customer }, attempt: (token) => app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, token), trace: paymentOf(session.id, { sessionId: session.id }) };
  },
};

/** A workshop's repair quote its customer approved and has not paid: payQuote creates the payment. */
const unpaidQuote: MoveScenario<PaymentStatus> = {
  label: "a repair quote",
  conflict: null,
  async arrange() {
    const world = await acceptedEscalation(app);
    const created = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
    if (created.errors) throw new Error(created.body);
    const quoteId = created.data!.createQuote.id as string;
    if ((await app.gql(APPROVE, { quoteId }, world.customer.token)).errors) throw new Error("the approval failed");
    return {
      parties: { CUSTOMER: world.customer, MECHANIC: world.mechanic, WORKSHOP_ADVISOR: world.workshop.advisor },
      attempt: (token) => app.gql(PAY_QUOTE, { q: quoteId, k: nextKey() }, token),
      trace: paymentOf(quoteId, { quoteId }),
    };
  },
};

/**
 * An admin's refund of `amountCents` (null: in full) of a customer's diagnostic paid and settled
 * through Stripe (SUCCEEDED), first refunded in part (PARTIALLY_REFUNDED) or in full (REFUNDED,
 * for the CONFLICT test) when the harness asks for that status.
 */
const refund = (amountCents: number | null): MoveScenario<PaymentStatus> => ({
  conflict: "REFUNDED",
  async arrange(from) {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    await payments.confirmPayment(paymentId);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("SUCCEEDED");
    if (from !== "SUCCEEDED" && (await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: from === "REFUNDED" ? null : 100 }, admin.token)).errors) throw new Error("the first refund failed");
    return {
      parties: { CUSTOMER: customer },
      attempt: (token) => app.gql(REFUND, { k: randomUUID(), p: paymentId, a: amountCents }, token),
      trace: traceOf(app, paymentId, async () => (await app.prisma.payment.findUnique({ where: { id: paymentId } }))?.status),
    };
  },
});

/**
 * An admin's full refund of a repair its customer only authorized (REQUIRES_CAPTURE, escrowed on
 * this server): the release; released already (CANCELED) for the CONFLICT test.
 */
const authorized: MoveScenario<PaymentStatus> = {
  conflict: "CANCELED",
  async arrange(from) {
    const { world, paymentId } = await authorizedRepair(payments);
    if (from === "CANCELED" && (await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: null }, admin.token)).errors) throw new Error("the first release failed");
    return {
      parties: { CUSTOMER: world.customer, MECHANIC: world.mechanic, WORKSHOP_ADVISOR: world.workshop.advisor },
      attempt: (token) => app.gql(REFUND, { k: randomUUID(), p: paymentId, a: null }, token),
      trace: traceOf(app, paymentId, async () => (await app.prisma.payment.findUnique({ where: { id: paymentId } }))?.status),
    };
  },
};

describeWriteMatrix(() => app, userMachine, {
  pay: [unpaidSession, unpaidQuote],
  refundPartially: refund(100),
  refundInFull: refund(null),
  release: authorized,
});

describe("write matrix: payment, dispute and connected-payout moves only Stripe makes", () => {
  it("are given to no role by the tables (so the rule map opens no mutation for them)", () => {
    expect(SYSTEM_MOVES.length).toBeGreaterThan(0);
    for (const move of SYSTEM_MOVES) expect({ move, roles: rolesOf(paymentMachine, move) }).toEqual({ move, roles: [] });
    for (const machine of [disputeMachine, connectedPayoutMachine]) {
      for (const [move, { who }] of Object.entries(machine.moves)) expect({ machine: machine.aggregate, move, who }).toEqual({ machine: machine.aggregate, move, who: ["SYSTEM"] });
    }
  });

  it("cannot be made through the webhook by anyone without Stripe's signature, signed in or not", async () => {
    const workshop = await createWorkshop(app);
    const callers = [undefined, ...(await Promise.all([createCustomer(app), createMechanic(app), createAdvisor(app, workshop.id), createPartner(app), createAdmin(app)])).map((user) => user.token)];
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: nextKey() }, customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    const intent = stripe.confirm(payment.stripePaymentIntentId!);
    const payoutId = `po_forged_${payment.id}`;
    // A payment's success, a dispute lost on it, a payee's payout failed: one event per machine.
    const forgeries = [
      { type: "payment_intent.succeeded", object: intent },
      { type: "charge.dispute.closed", object: { id: `dp_forged_${payment.id}`, object: "dispute", payment_intent: intent.id, amount: payment.amountCents, status: "lost", reason: "fraudulent" } },
      { type: "payout.failed", object: { id: payoutId, object: "payout", amount: 1000, currency: "usd", status: "failed", failure_code: "account_closed" } },
    ];
    for (const { type, object } of forgeries) {
      for (const token of callers) {
        const response = await fetch(`${app.server.url}/webhooks/stripe`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), "stripe-signature": "t=1,v1=forged" },
          body: JSON.stringify({ id: `evt_forged_${type}_${payment.id}`, type, data: { object } }),
        });
        expect({ type, status: response.status }).toEqual({ type, status: 400 });
      }
    }
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("REQUIRES_PAYMENT_METHOD");
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: payment.id } })).toBe(0);
    expect(await app.prisma.dispute.count({ where: { paymentId: payment.id } })).toBe(0);
    expect(await app.prisma.connectedPayout.count({ where: { stripePayoutId: payoutId } })).toBe(0);
  });
});
