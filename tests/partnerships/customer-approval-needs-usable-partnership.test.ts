// A customer approves a partner quote only while its partnership is usable: no quote is approved
// under a suspended partnership, nor under terms that leave the platform no margin (the
// NO_PLATFORM_MARGIN docs). Refused with PARTNERSHIP_NOT_ACTIVE naming why, the quote left PENDING
// for when the partnership is usable again. (Paying a quote approved before the partnership stopped
// is CheckoutService's rule, unchanged: refused while suspended or terminated.)
import { describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const APPROVE_QUOTE = `mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`;
const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendPartnership(partnershipId: $id, reason: $reason) { status } }`;
const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { status } }`;

/** A partner quote the partner approved, with its customer. */
async function quoteWithCustomer() {
  const w = await partnerWorld(app, admin);
  const customer = await createCustomer(app);
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
  const quoteId = (await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id as string;
  expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: quoteId }, w.partner.token)).errors).toBeUndefined();
  return { ...w, customer, quoteId };
}

describe("a customer approving a partner quote", () => {
  it("is refused while the partnership is suspended, and approves once it is resumed", async () => {
    const w = await quoteWithCustomer();
    expect((await app.gql(SUSPEND, { id: w.partnership.id, reason: "Quality review" }, w.partner.token)).errors).toBeUndefined();
    const refused = await app.gql(APPROVE_QUOTE, { q: w.quoteId }, w.customer.token);
    expect(refused.errors?.[0]).toMatchObject({ message: "This partnership is not active (suspended)", extensions: { code: "PARTNERSHIP_NOT_ACTIVE", reason: "SUSPENDED" } });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: w.quoteId } })).status).toBe("PENDING");

    expect((await app.gql(RESUME, { id: w.partnership.id }, w.partner.token)).errors).toBeUndefined();
    expect((await app.gql(APPROVE_QUOTE, { q: w.quoteId }, w.customer.token)).data!.approveQuote.status).toBe("APPROVED");
  });

  it("is refused under terms that leave the platform no margin", async () => {
    const w = await quoteWithCustomer();
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { commissionBasisPoints: 1_500 } });
    const refused = await app.gql(APPROVE_QUOTE, { q: w.quoteId }, w.customer.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_NOT_ACTIVE", reason: "NO_PLATFORM_MARGIN" });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: w.quoteId } })).status).toBe("PENDING");
  });
});
