import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession, createWorkshop } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const REVIEW_MECHANIC = `mutation ($s: ID!, $input: ReviewInput!) { reviewMechanic(sessionId: $s, input: $input) { id subject rating comment mechanicId } }`;
const REVIEW_WORKSHOP = `mutation ($q: ID!, $input: ReviewInput!) { reviewWorkshop(quoteId: $q, input: $input) { id subject rating workshopId } }`;
const MECHANIC_REVIEWS = `query ($m: ID!) { mechanicReviews(mechanicId: $m, first: 10) { totalCount nodes { rating comment } } }`;
const REPUTATION = `query ($m: ID!) { mechanicReputation(mechanicId: $m) { score escalations ratingHundredths ratingCount } }`;

let app: TestApp;
serverSpec((started) => (app = started));

const ratingOfMechanic = (id: string) => app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: id }, select: { ratingHundredths: true, ratingCount: true } });

/** A completed repair quote of `workshopId` on a completed session, paid by its customer when `paid`. */
async function repair(customerId: string, mechanicId: string, workshopId: string, paid = true) {
  const session = await createSession(app, { customerId, mechanicId, status: "COMPLETED", escalatedToWorkshopId: workshopId });
  const escalation = await app.prisma.escalation.findUniqueOrThrow({ where: { sessionId: session.id } });
  const quote = await app.prisma.repairQuote.create({
    data: {
      escalationId: escalation.id,
      workshopId,
      createdById: mechanicId,
      status: "COMPLETED",
      subtotalCents: 10_000,
      totalCents: 10_000,
      platformFeeCents: 1_000,
      mechanicFeeCents: 500,
      validUntil: new Date(Date.now() + 86_400_000),
    },
  });
  if (paid) {
    const id = randomUUID();
    await app.prisma.payment.create({
      data: { id, kind: "REPAIR", customerId, quoteId: quote.id, amountCents: 10_000, status: "SUCCEEDED", transferGroup: `payment_${id}`, idempotencyKey: `test:${id}` },
    });
  }
  return quote;
}

describe("a review of a mechanic", () => {
  it("rates the mechanic of a completed, paid session and recomputes the rating customers see", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const first = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    const second = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    const { data, errors } = await app.gql(REVIEW_MECHANIC, { s: first.id, input: { rating: 5, comment: "Quick and clear" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.reviewMechanic).toMatchObject({ subject: "MECHANIC", rating: 5, comment: "Quick and clear", mechanicId: mechanic.id });
    await app.gql(REVIEW_MECHANIC, { s: second.id, input: { rating: 4 } }, customer.token);
    expect(await ratingOfMechanic(mechanic.id)).toEqual({ ratingHundredths: 450, ratingCount: 2 });
    const shown = await app.gql(`{ me { mechanic { rating ratingCount } } }`, {}, mechanic.token);
    expect(shown.data!.me.mechanic).toEqual({ rating: 4.5, ratingCount: 2 });
  });

  it("is refused a second time with ALREADY_EXISTS", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    await app.gql(REVIEW_MECHANIC, { s: session.id, input: { rating: 3 } }, customer.token);
    const { errors } = await app.gql(REVIEW_MECHANIC, { s: session.id, input: { rating: 1 } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(await ratingOfMechanic(mechanic.id)).toEqual({ ratingHundredths: 300, ratingCount: 1 });
  });

  it("is NOT_FOUND for a session that is not the caller's", async () => {
    const owner = await createCustomer(app);
    const stranger = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: owner.id, mechanicId: mechanic.id, status: "COMPLETED" });
    const { errors } = await app.gql(REVIEW_MECHANIC, { s: session.id, input: { rating: 1 } }, stranger.token);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("is a CONFLICT with WORK_NOT_COMPLETED before the session is completed and paid", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const running = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const unpaid = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    for (const session of [running, unpaid]) {
      const { errors } = await app.gql(REVIEW_MECHANIC, { s: session.id, input: { rating: 5 } }, customer.token);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "WORK_NOT_COMPLETED" });
    }
  });

  it("masks contact details in the comment for every reader and flags them for admins, without penalising the customer", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    const { data } = await app.gql(REVIEW_MECHANIC, { s: session.id, input: { rating: 5, comment: "Great, text me at 512-555-0147" } }, customer.token);
    expect(data!.reviewMechanic.comment).not.toContain("0147");
    const read = await app.gql(MECHANIC_REVIEWS, { m: mechanic.id }, mechanic.token);
    expect(read.body).not.toContain("0147");
    expect(read.data!.mechanicReviews.totalCount).toBe(1);
    const flags = await app.prisma.contentFlag.findMany({ where: { entityType: "Review", entityId: data!.reviewMechanic.id } });
    expect(flags.map((flag) => flag.original)).toEqual(["Great, text me at 512-555-0147"]);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: customer.id } })).status).toBe("ACTIVE");
  });

  it("may be written by customers only", async () => {
    const mechanic = await createMechanic(app);
    const { errors } = await app.gql(REVIEW_MECHANIC, { s: randomUUID(), input: { rating: 5 } }, mechanic.token);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a review of a workshop", () => {
  it("rates the workshop of a completed, paid repair once, and recomputes its rating", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const workshop = await createWorkshop(app);
    const quote = await repair(customer.id, mechanic.id, workshop.id);
    const { data, errors } = await app.gql(REVIEW_WORKSHOP, { q: quote.id, input: { rating: 4 } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.reviewWorkshop).toMatchObject({ subject: "WORKSHOP", rating: 4, workshopId: workshop.id });
    expect(await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id }, select: { ratingHundredths: true, ratingCount: true } })).toEqual({ ratingHundredths: 400, ratingCount: 1 });
    const again = await app.gql(REVIEW_WORKSHOP, { q: quote.id, input: { rating: 1 } }, customer.token);
    expect(again.errors?.[0]?.extensions?.reason).toBe("ALREADY_EXISTS");
  });

  it("is a CONFLICT with WORK_NOT_COMPLETED for an unpaid repair", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const workshop = await createWorkshop(app);
    const quote = await repair(customer.id, mechanic.id, workshop.id, false);
    const { errors } = await app.gql(REVIEW_WORKSHOP, { q: quote.id, input: { rating: 4 } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "WORK_NOT_COMPLETED" });
  });
});

describe("a mechanic's reputation", () => {
  it("is computed from escalations, approved quotes and ratings, for admins only", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const workshop = await createWorkshop(app);
    await repair(customer.id, mechanic.id, workshop.id);
    const { data, errors } = await app.gql(REPUTATION, { m: mechanic.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.mechanicReputation).toMatchObject({ escalations: 1, ratingCount: 0 });
    expect(data!.mechanicReputation.score).toBeGreaterThan(60);
    expect((await app.gql(REPUTATION, { m: mechanic.id }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
