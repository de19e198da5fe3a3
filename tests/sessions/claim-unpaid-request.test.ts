// A mechanic who claims a request whose diagnostic is not paid (yet, or any more: refunded in full
// after it was listed) is told so: CONFLICT with reason DIAGNOSTIC_NOT_PAID, not the answer a
// claimed or closed request gets, so they know to try again later rather than give up on it.
// Claimed, closed and unknown requests still share one answer (no existence oracle).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CLAIM } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, markDiagnosticPaid } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const refusalOf = async (id: string, token: string) => {
  const { data, errors } = await app.gql(CLAIM, { id }, token);
  expect(data).toBeNull();
  return errors!.map(({ message, extensions }) => ({ message, extensions }));
};

describe("claiming an unpaid request", () => {
  it("is CONFLICT saying the diagnostic is not paid yet, with reason DIAGNOSTIC_NOT_PAID", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const unpaid = await createSession(app, { customerId: customer.id, paid: false });

    const [refusal] = await refusalOf(unpaid.id, mechanic.token);
    expect(refusal!.message).toMatch(/not paid yet/);
    expect(refusal!.message).not.toMatch(/already been claimed/);
    expect(refusal!.extensions).toEqual({ code: "CONFLICT", reason: "DIAGNOSTIC_NOT_PAID" });
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: unpaid.id } })).status).toBe("REQUESTED");

    // Once paid, the same mechanic claims it.
    await markDiagnosticPaid(app, unpaid);
    expect((await app.gql(CLAIM, { id: unpaid.id }, mechanic.token)).data!.claimSession.status).toBe("ACCEPTED");
  });

  it("leaves claimed, closed and unknown requests one answer, without the reason", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const claimed = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "ACCEPTED", paid: false });
    const cancelled = await createSession(app, { customerId: customer.id, status: "CANCELLED", paid: false });
    const unknown = await refusalOf(randomUUID(), mechanic.token);
    expect(unknown).toEqual([{ message: "This request has already been claimed or is no longer open", extensions: { code: "CONFLICT" } }]);
    expect(await refusalOf(claimed.id, mechanic.token)).toEqual(unknown);
    expect(await refusalOf(cancelled.id, mechanic.token)).toEqual(unknown);
  });
});
