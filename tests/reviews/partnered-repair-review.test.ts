// A partnered repair is reviewed by who did it. Under a WORKSHOP partnership the partner's workshop
// fulfilled it, so the customer rates that workshop with reviewWorkshop. Under a SUPPLIER (or
// NETWORK) partnership no workshop did the work: the customer's own completed, paid quote answers a
// clear CONFLICT (reason NO_WORKSHOP_TO_REVIEW) pointing to reviewMechanic, never NOT_FOUND, which
// stays for a quote that is not hers.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REVIEW_WORKSHOP = `mutation ($q: ID!) { reviewWorkshop(quoteId: $q, input: { rating: 4, comment: "Quick and tidy" }) { id rating } }`;
const QUOTE = `query ($q: ID!) { quote(id: $q) { id status } }`;

/** A partnered repair of a fresh customer, completed and paid (written as the factories write paid work). */
async function completedPartneredRepair(type: "WORKSHOP" | "SUPPLIER", workshopId?: string) {
  const w = await partnerWorld(app, admin, { type }, workshopId ? { workshopId } : {});
  const customer = await createCustomer(app);
  const quoteId = await approvedPartnerQuoteFor(app, w, customer);
  const quote = await app.prisma.repairQuote.update({ where: { id: quoteId }, data: { status: "COMPLETED" } });
  const id = randomUUID();
  await app.prisma.payment.create({
    data: { id, kind: "REPAIR", customerId: customer.id, quoteId, amountCents: quote.totalCents, status: "SUCCEEDED", transferGroup: `payment_${id}`, idempotencyKey: `factory:${id}` },
  });
  return { customer, quoteId };
}

describe("reviewing a partnered repair", () => {
  it("under a SUPPLIER partnership is CONFLICT NO_WORKSHOP_TO_REVIEW for the customer who reads the quote, not NOT_FOUND", async () => {
    const { customer, quoteId } = await completedPartneredRepair("SUPPLIER");
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toEqual({ id: quoteId, status: "COMPLETED" });

    const refused = await app.gql(REVIEW_WORKSHOP, { q: quoteId }, customer.token);
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.extensions).toEqual({ code: "CONFLICT", reason: "NO_WORKSHOP_TO_REVIEW" });
    expect(refused.errors![0]!.message).toMatch(/SUPPLIER partnership.*reviewMechanic/);
    expect(await app.prisma.review.count({ where: { quoteId } })).toBe(0);

    // Someone else's quote stays NOT_FOUND: the answer tells no stranger that it exists.
    const stranger = await app.gql(REVIEW_WORKSHOP, { q: quoteId }, (await createCustomer(app)).token);
    expect(stranger.errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });

  it("under a WORKSHOP partnership rates the partner's workshop that fulfilled it", async () => {
    const workshop = await createWorkshop(app);
    const { customer, quoteId } = await completedPartneredRepair("WORKSHOP", workshop.id);
    const reviewed = await app.gql(REVIEW_WORKSHOP, { q: quoteId }, customer.token);
    expect(reviewed.errors, reviewed.body).toBeUndefined();
    expect(reviewed.data!.reviewWorkshop.rating).toBe(4);
    expect(await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).toMatchObject({ ratingHundredths: 400, ratingCount: 1 });
  });
});
