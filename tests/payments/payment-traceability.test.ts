// A payment says what it paid for, and what was paid for leads to its payment: `Payment.sessionId`
// / `quoteId`, `payments(where: { sessionId | quoteId })`, and `DiagnosticSession.payment` /
// `RepairQuote.payment`. An admin finds the paymentId refundPayment needs from a session; a customer
// tells her payments apart. Payees (the mechanic, the workshop) see no more than before: a payment
// is the customer's and admins' only, so the new fields are FORBIDDEN to them and name no payment.
import { describe, expect, it } from "vitest";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { paidRepair } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const PAYMENT = `id kind status sessionId quoteId`;
const SESSION_PAYMENT = `query ($id: ID!) { session(id: $id) { id payment { ${PAYMENT} } } }`;
const QUOTE_PAYMENT = `query ($id: ID!) { quote(id: $id) { id payment { ${PAYMENT} } } }`;
const SESSIONS_PAYMENTS = `{ sessions(first: 10) { nodes { id payment { id } } } }`;
const PAYMENTS = `query ($where: PaymentWhere) { payments(first: 10, where: $where) { totalCount nodes { ${PAYMENT} } } }`;

async function world() {
  const repair = await paidRepair(app);
  const [diagnostic, repairPayment] = await Promise.all([
    app.prisma.payment.findFirstOrThrow({ where: { sessionId: repair.sessionId, kind: "DIAGNOSTIC" } }),
    app.prisma.payment.findFirstOrThrow({ where: { quoteId: repair.quoteId, kind: "REPAIR" } }),
  ]);
  return { ...repair, diagnosticId: diagnostic.id, repairPaymentId: repairPayment.id };
}

const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
  const response = await app.gql(query, variables, token);
  expect(response.errors, response.body).toBeUndefined();
  return response.data!;
};

describe("a payment and what it paid for", () => {
  it("lead to each other for the customer: the session's and the quote's payment, and payments filtered by them", async () => {
    const w = await world();
    const token = w.customer.token;
    expect((await ok(SESSION_PAYMENT, { id: w.sessionId }, token)).session.payment).toEqual({ id: w.diagnosticId, kind: "DIAGNOSTIC", status: "SUCCEEDED", sessionId: w.sessionId, quoteId: null });
    expect((await ok(QUOTE_PAYMENT, { id: w.quoteId }, token)).quote.payment).toEqual({ id: w.repairPaymentId, kind: "REPAIR", status: "SUCCEEDED", sessionId: null, quoteId: w.quoteId });
    expect((await ok(SESSIONS_PAYMENTS, {}, token)).sessions.nodes).toEqual([{ id: w.sessionId, payment: { id: w.diagnosticId } }]);

    const all = await ok(PAYMENTS, {}, token);
    expect(all.payments.totalCount).toBe(2);
    const bySession = await ok(PAYMENTS, { where: { sessionId: w.sessionId } }, token);
    expect(bySession.payments.nodes.map((p: { id: string }) => p.id)).toEqual([w.diagnosticId]);
    const byQuote = await ok(PAYMENTS, { where: { quoteId: w.quoteId } }, token);
    expect(byQuote.payments).toMatchObject({ totalCount: 1, nodes: [{ id: w.repairPaymentId }] });
  });

  it("lets an admin find the payment of a session to refund, and filter all payments by it", async () => {
    const w = await world();
    expect((await ok(SESSION_PAYMENT, { id: w.sessionId }, admin.token)).session.payment.id).toBe(w.diagnosticId);
    expect((await ok(QUOTE_PAYMENT, { id: w.quoteId }, admin.token)).quote.payment.id).toBe(w.repairPaymentId);
    expect((await ok(PAYMENTS, { where: { sessionId: w.sessionId } }, admin.token)).payments).toMatchObject({ totalCount: 1, nodes: [{ id: w.diagnosticId }] });
  });

  it("filters within the caller's own payments: another customer's session filters to nothing", async () => {
    const w = await world();
    const stranger = await createCustomer(app);
    expect((await ok(PAYMENTS, { where: { sessionId: w.sessionId } }, stranger.token)).payments).toEqual({ totalCount: 0, nodes: [] });
    expect((await ok(PAYMENTS, { where: { quoteId: w.quoteId } }, stranger.token)).payments).toEqual({ totalCount: 0, nodes: [] });
    const refused = await app.gql(PAYMENTS, { where: { sessionId: "not-a-session" } }, stranger.token);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "where.sessionId" });
  });

  it("shows payees no payment: the mechanic's session and the workshop's quote refuse the field, naming no payment", async () => {
    const w = await world();
    const readings = [
      await app.gql(SESSION_PAYMENT, { id: w.sessionId }, w.mechanic.token),
      await app.gql(`query ($id: ID!) { session(id: $id) { id payment { id } } }`, { id: w.sessionId }, w.workshop.advisor.token),
      await app.gql(`query ($id: ID!) { quote(id: $id) { id payment { id } } }`, { id: w.quoteId }, w.workshop.advisor.token),
      await app.gql(`query ($id: ID!) { quote(id: $id) { id p: payment { id } } }`, { id: w.quoteId }, w.mechanic.token),
      await app.gql(PAYMENTS, { where: { sessionId: w.sessionId } }, w.mechanic.token),
    ];
    for (const reading of readings) {
      expect(reading.errors?.map((error) => error.extensions?.code)).toContain("FORBIDDEN");
      expect(reading.body).not.toContain(w.diagnosticId);
      expect(reading.body).not.toContain(w.repairPaymentId);
    }
  });
});
