import type { TestApp } from "../setup/test-app.ts";
import type { PaymentsTestApp } from "../support/payments-app.ts";
import type { CreatedUser } from "./index.ts";

export const REQUEST_SESSION = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id status priceCents } }`;
export const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId amountCents status } }`;
export const CLAIM = `mutation ($id: ID!) { claimSession(id: $id) { id status } }`;
export const START = `mutation ($id: ID!) { startSession(id: $id) { id status } }`;
export const COMPLETE = `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id status } }`;

async function ok<T = any>(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await app.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** The customer books a diagnostic for their vehicle through the API. */
export async function bookDiagnostic(app: TestApp, customer: CreatedUser, vehicleId: string): Promise<string> {
  return (await ok(app, REQUEST_SESSION, { input: { vehicleId, concern: "Grinding noise from the front brakes" } }, customer.token)).requestSession.id;
}

/** The customer pays the session's diagnostic and Stripe confirms it (signed webhook). */
export async function payForDiagnostic(payments: PaymentsTestApp, customer: CreatedUser, sessionId: string): Promise<string> {
  const paymentId = (await ok(payments.app, PAY_DIAGNOSTIC, { s: sessionId, k: `diag-${sessionId}` }, customer.token)).payDiagnostic.paymentId as string;
  await payments.confirmPayment(paymentId);
  return paymentId;
}

/** The mechanic claims and starts the session. */
export async function startDiagnosis(app: TestApp, mechanic: CreatedUser, sessionId: string): Promise<void> {
  await ok(app, CLAIM, { id: sessionId }, mechanic.token);
  await ok(app, START, { id: sessionId }, mechanic.token);
}

/** The mechanic completes their started session with a brake diagnosis. */
export async function completeDiagnosis(app: TestApp, mechanic: CreatedUser, sessionId: string): Promise<void> {
  await ok(app, COMPLETE, { id: sessionId, input: { diagnosis: "Front pads worn to the indicator; rotors scored", recommendedServices: ["brakes"] } }, mechanic.token);
}

/** The mechanic claims, starts and completes the session with a brake diagnosis. */
export async function diagnose(app: TestApp, mechanic: CreatedUser, sessionId: string): Promise<void> {
  await startDiagnosis(app, mechanic, sessionId);
  await completeDiagnosis(app, mechanic, sessionId);
}

/** Book, pay, claim, start, complete: one paid diagnostic, all through the API. The payment id. */
export async function paidDiagnosticSession(payments: PaymentsTestApp, customer: CreatedUser, vehicleId: string, mechanic: CreatedUser): Promise<{ sessionId: string; paymentId: string }> {
  const sessionId = await bookDiagnostic(payments.app, customer, vehicleId);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  await diagnose(payments.app, mechanic, sessionId);
  return { sessionId, paymentId };
}

/** `count` of `task`, at most `width` at a time. */
export async function inBatches<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, j) => task(start + j)))));
  }
  return results;
}
