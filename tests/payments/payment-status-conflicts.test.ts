// Paying or refunding what its status does not allow is CONFLICT STATUS_CONFLICT with the status of
// the record in the way: the session or quote paid for, or the payment refunded. (An escrowed
// repair only authorized is not refused: its authorization is released, release-authorized-repair.test.ts.)
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "0" });
  app = payments.app;
  admin = await createAdmin(app);
});
afterAll(() => payments.close());

const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`;
const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;
const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, reason: "Goodwill", idempotencyKey: $k) { id } }`;

const refusalOf = (answer: Awaited<ReturnType<TestApp["gql"]>>) => answer.errors?.[0]?.extensions;
const statusConflict = (status: string) => ({ code: "CONFLICT", reason: "STATUS_CONFLICT", status });

describe("payment moves a status does not allow", () => {
  it("paying a cancelled session's diagnostic names the session's status", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, status: "CANCELLED" });
    expect(refusalOf(await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: `k-${randomUUID()}` }, customer.token))).toEqual(statusConflict("CANCELLED"));
  });

  it("paying a quote that is no longer approved names the quote's status", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const { escalationId } = await escalateAndAccept(app, scenario, workshop);
    const quoteId = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote.id as string;
    expect(refusalOf(await app.gql(PAY_QUOTE, { q: quoteId, k: `k-${randomUUID()}` }, scenario.customer.token))).toEqual(statusConflict("PENDING"));
    expect((await app.gql(APPROVE, { quoteId }, scenario.customer.token)).errors).toBeUndefined();
    await app.prisma.repairQuote.update({ where: { id: quoteId }, data: { status: "CLOSED" } });
    expect(refusalOf(await app.gql(PAY_QUOTE, { q: quoteId, k: `k-${randomUUID()}` }, scenario.customer.token))).toEqual(statusConflict("CLOSED"));
  });

  it.each(["CANCELED", "DISPUTED", "REFUNDED"] as const)("refunding a %s payment names its status", async (status) => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id });
    const id = randomUUID();
    await app.prisma.payment.create({
      data: { id, kind: "DIAGNOSTIC", customerId: customer.id, sessionId: session.id, amountCents: 2_500, status, transferGroup: `payment_${id}`, idempotencyKey: `factory:${id}` },
    });
    // A REFUNDED one also says 0 cents remain (refund-of-fully-refunded-says-none-remain.test.ts).
    expect(refusalOf(await app.gql(REFUND, { k: randomUUID(), p: id }, admin.token))).toMatchObject(statusConflict(status));
  });
});
