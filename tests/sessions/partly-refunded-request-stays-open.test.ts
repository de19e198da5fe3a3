// A diagnostic refunded in part is still paid for (PAYS_FOR_WORK), as a partly refunded repair is:
// a request refunded in part before any mechanic claimed it stays among the open requests, and is
// claimed, started and completed like any paid one.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, COMPLETE, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const OPEN = `{ openSessionRequests(first: 100) { nodes { id } } }`;

describe("a diagnostic refunded in part before a claim", () => {
  it("leaves the request open to mechanics, who claim, start and complete it", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 1_000 }, admin.token)).data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });

    const open = await app.gql(OPEN, {}, mechanic.token);
    expect(open.data!.openSessionRequests.nodes.map((n: { id: string }) => n.id)).toContain(sessionId);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).data!.claimSession.status).toBe("ACCEPTED");
    expect((await app.gql(START, { id: sessionId }, mechanic.token)).data!.startSession.status).toBe("IN_PROGRESS");
    const done = await app.gql(COMPLETE, { id: sessionId, input: { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(done.data!.completeSession.status).toBe("COMPLETED");
  });
});
