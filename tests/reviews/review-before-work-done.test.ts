import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, createWorkshop } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const REVIEW_MECHANIC = `mutation ($s: ID!) { reviewMechanic(sessionId: $s, input: { rating: 5 }) { id } }`;
const REVIEW_WORKSHOP = `mutation ($q: ID!) { reviewWorkshop(quoteId: $q, input: { rating: 5 }) { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/** A repair quote of `workshopId` in `status` on an escalated session of `customerId`, not paid. */
async function quoteIn(customerId: string, status: "PENDING" | "APPROVED") {
  const mechanic = await createMechanic(app);
  const workshop = await createWorkshop(app);
  const session = await createSession(app, { customerId, mechanicId: mechanic.id, status: "COMPLETED", escalatedToWorkshopId: workshop.id });
  const escalation = await app.prisma.escalation.findUniqueOrThrow({ where: { sessionId: session.id } });
  return app.prisma.repairQuote.create({
    data: {
      escalationId: escalation.id,
      workshopId: workshop.id,
      createdById: mechanic.id,
      status,
      subtotalCents: 10_000,
      totalCents: 10_000,
      platformFeeCents: 1_000,
      mechanicFeeCents: 500,
      validUntil: new Date(Date.now() + 86_400_000),
    },
  });
}

/**
 * A customer who reviews their own work too early is told the work is not done (CONFLICT,
 * WORK_NOT_COMPLETED), whatever stage it is at, a request no mechanic took yet included; someone
 * else's session or quote stays NOT_FOUND, so the answer never reveals that it exists.
 */
describe("a review of work that is not completed and paid yet", () => {
  it("of the customer's own session, at any stage, is a CONFLICT with WORK_NOT_COMPLETED", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const requested = await createSession(app, { customerId: customer.id });
    const paidRequest = await createSession(app, { customerId: customer.id, paid: true });
    const cancelled = await createSession(app, { customerId: customer.id, status: "CANCELLED" });
    const accepted = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED" });
    for (const session of [requested, paidRequest, cancelled, accepted]) {
      const { errors } = await app.gql(REVIEW_MECHANIC, { s: session.id }, customer.token);
      expect(errors?.[0]?.extensions, session.status).toMatchObject({ code: "CONFLICT", reason: "WORK_NOT_COMPLETED" });
    }
  });

  it("of the customer's own repair quote, pending or approved, is a CONFLICT with WORK_NOT_COMPLETED", async () => {
    const customer = await createCustomer(app);
    for (const status of ["PENDING", "APPROVED"] as const) {
      const quote = await quoteIn(customer.id, status);
      const { errors } = await app.gql(REVIEW_WORKSHOP, { q: quote.id }, customer.token);
      expect(errors?.[0]?.extensions, status).toMatchObject({ code: "CONFLICT", reason: "WORK_NOT_COMPLETED" });
    }
  });

  it("of another customer's session or quote, in the same stages, stays NOT_FOUND", async () => {
    const owner = await createCustomer(app);
    const stranger = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const requested = await createSession(app, { customerId: owner.id });
    const accepted = await createSession(app, { customerId: owner.id, mechanicId: mechanic.id, status: "ACCEPTED" });
    for (const session of [requested, accepted]) {
      const { errors } = await app.gql(REVIEW_MECHANIC, { s: session.id }, stranger.token);
      expect(errors?.[0]?.extensions?.code, session.status).toBe("NOT_FOUND");
      expect(errors?.[0]?.extensions?.reason).toBeUndefined();
    }
    const quote = await quoteIn(owner.id, "PENDING");
    const { errors } = await app.gql(REVIEW_WORKSHOP, { q: quote.id }, stranger.token);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0]?.extensions?.reason).toBeUndefined();
  });
});
