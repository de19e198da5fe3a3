// The payment operations' arguments are checked at the edge (PayDiagnosticArgs, PayQuoteArgs,
// RefundPaymentArgs, PayeeTargetArgs): an id that is not an RFC 4122 uuid (one the input guard's
// uuid shape lets through), an idempotency key that is not 8 to 200 URL-safe characters, a refund
// of less than a cent or with a reason over 1,000 characters, and a payee target that is not exactly
// one id are BAD_USER_INPUT naming the argument, before anything is looked up or charged.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
let customer: CreatedUser;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  [customer, admin] = [await createCustomer(app), await createAdmin(app)];
});
afterAll(() => app.close());

const KEY = "pay-attempt-0001";

const PAY_DIAGNOSTIC = `mutation ($id: ID!, $key: String!) { payDiagnostic(sessionId: $id, idempotencyKey: $key) { clientSecret } }`;
const PAY_QUOTE = `mutation ($id: ID!, $key: String!) { payQuote(quoteId: $id, idempotencyKey: $key) { clientSecret } }`;
const REFUND = `mutation ($id: ID!, $a: Int, $r: String, $k: String!) { refundPayment(paymentId: $id, amountCents: $a, reason: $r, idempotencyKey: $k) { id } }`;
const PAYEE = `query ($u: ID, $w: ID) { payeePayoutAccount(userId: $u, workshopId: $w) { payoutsEnabled } }`;

const errorOf = (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => firstError(app, operation, variables, caller.token);
const fieldOf = async (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => {
  const { code, field } = await errorOf(operation, variables, caller);
  return `${String(code)} ${String(field)}`;
};

describe("payment operations' arguments", () => {
  it("refuse a session, quote or payment id that is not a uuid", async () => {
    expect(await errorOf(PAY_DIAGNOSTIC, { id: NOT_RFC_UUID, key: KEY }, customer)).toEqual(refusal("sessionId", "must be a session id"));
    expect(await errorOf(PAY_QUOTE, { id: NOT_RFC_UUID, key: KEY }, customer)).toEqual(refusal("quoteId", "must be a quote id"));
    expect(await errorOf(REFUND, { k: randomUUID(), id: NOT_RFC_UUID }, admin)).toEqual(refusal("paymentId", "must be a payment id"));
  });

  it("refuse an idempotency key that is not 8 to 200 URL-safe characters", async () => {
    expect(await errorOf(PAY_DIAGNOSTIC, { id: randomUUID(), key: "pay attempt 1" }, customer)).toEqual(refusal("idempotencyKey", "letters, digits and _ . : - only"));
    expect(await fieldOf(PAY_QUOTE, { id: randomUUID(), key: "short" }, customer)).toBe("BAD_USER_INPUT idempotencyKey");
    expect(await fieldOf(PAY_QUOTE, { id: randomUUID(), key: "k".repeat(201) }, customer)).toBe("BAD_USER_INPUT idempotencyKey");
  });

  it("refuse a refund of less than a cent or with a reason over 1,000 characters", async () => {
    expect(await fieldOf(REFUND, { k: randomUUID(), id: randomUUID(), a: 0 }, admin)).toBe("BAD_USER_INPUT amountCents");
    expect(await fieldOf(REFUND, { k: randomUUID(), id: randomUUID(), r: "x".repeat(1001) }, admin)).toBe("BAD_USER_INPUT reason");
  });

  it("refuse a payee target of no id, of both ids, or of an id that is not a uuid", async () => {
    expect(await errorOf(PAYEE, {}, admin)).toEqual(refusal("userId", "Give exactly one of userId and workshopId"));
    expect(await errorOf(PAYEE, { u: randomUUID(), w: randomUUID() }, admin)).toEqual(refusal("workshopId", "Give exactly one of userId and workshopId"));
    expect(await errorOf(PAYEE, { u: NOT_RFC_UUID }, admin)).toEqual(refusal("userId", "must be an id"));
    expect(await errorOf(PAYEE, { w: NOT_RFC_UUID }, admin)).toEqual(refusal("workshopId", "must be an id"));
  });
});
