// A customer who cancels a paid request as a mechanic claims it cannot tell which came first, so
// a customer's cancellation within CANCEL_AFTER_CLAIM_GRACE_SECONDS of the claim is refunded in
// full as one before the claim is; later ones are not (an admin can). Sent together, whichever
// commits first: the customer is refunded once, and the claim answers the session it claimed
// (ACCEPTED) or a CONFLICT that says the session moved on, never a success with a cancelled session.
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/** Not the default: the spec shows the configured grace is the one applied. */
const GRACE_SECONDS = 90;
let payments: PaymentsTestApp;
let app: TestApp;
refundSpec((world) => ({ payments, app } = world), { CANCEL_AFTER_CLAIM_GRACE_SECONDS: String(GRACE_SECONDS) });

const CANCEL = `mutation ($id: ID!) { cancelSession(id: $id, reason: "Found a garage nearby") { id status } }`;
const ROUNDS = 6;

/** A customer's request, paid through the API. */
async function paidRequest(): Promise<{ customer: CreatedUser; sessionId: string; paymentId: string }> {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  return { customer, sessionId, paymentId: await payForDiagnostic(payments, customer, sessionId) };
}

const paymentOf = (id: string) => app.prisma.payment.findUniqueOrThrow({ where: { id }, select: { status: true, refundedCents: true } });
const claimedAgo = (sessionId: string, seconds: number) => app.prisma.diagnosticSession.update({ where: { id: sessionId }, data: { acceptedAt: new Date(Date.now() - seconds * 1000) } });

describe("a customer's cancellation right after a mechanic's claim", () => {
  it("within the grace: refunded in full, once", async () => {
    const { customer, sessionId, paymentId } = await paidRequest();
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).data!.claimSession.status).toBe("ACCEPTED");
    await claimedAgo(sessionId, GRACE_SECONDS - 5);

    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");
    expect(await paymentOf(paymentId)).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
  });

  it("after the grace: cancelled, not refunded (an admin can)", async () => {
    const { customer, sessionId, paymentId } = await paidRequest();
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: sessionId }, mechanic.token);
    await claimedAgo(sessionId, GRACE_SECONDS + 5);

    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");
    expect(await paymentOf(paymentId)).toEqual({ status: "SUCCEEDED", refundedCents: 0 });
  });

  it(`sent together with the claim (${ROUNDS} times): refunded once whichever commits first; the claim answers ACCEPTED or CONFLICT`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { customer, sessionId, paymentId } = await paidRequest();
      const mechanic = await createMechanic(app);
      const [claimed, cancelled] = await Promise.all([app.gql(CLAIM, { id: sessionId }, mechanic.token), app.gql(CANCEL, { id: sessionId }, customer.token)]);

      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data!.cancelSession.status).toBe("CANCELLED");
      if (claimed.errors) expect(claimed.errors[0]!.extensions).toMatchObject({ code: "CONFLICT" });
      else expect(claimed.data!.claimSession.status).toBe("ACCEPTED");
      expect(await paymentOf(paymentId)).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
      expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(1);
    }
  });
});
