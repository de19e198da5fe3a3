// The platform's highest monthly quote limit (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS, here lowered to
// $1,000) bounds every partnership in use, not only the limits proposed or set from now on: one
// stored above it (older data, or a cap lowered since) is held to the cap in the quote builder's
// preview, when quoting, and in its earnings' remaining amount, and an admin does not verify an
// application whose limit is above it (CONFLICT, as for a commission above the type's).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createAdmin, createCustomer, type CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, expectVerifyRefusesStoredTerms, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS: "100000" });
  admin = await createAdmin(app);
});
afterAll(() => app?.close());

const PREVIEW = `query ($input: PartnerQuoteInput!) { previewPartnerQuote(input: $input) { totalCents monthlyLimitCents } }`;
const EARNINGS = `query ($id: ID!) { partnership(id: $id) { maxQuoteAmountCents earnings { quotedThisMonthCents remainingThisMonthCents } } }`;

/** An ACTIVE partnership whose stored monthly limit is $10,000, ten times today's cap. */
async function storedAboveCap() {
  const w = await partnerWorld(app, admin, { permissions: { maxQuoteAmountCents: 100_000, quoteApprovalRequired: false } });
  await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { maxQuoteAmountCents: 1_000_000 } });
  return w;
}

describe("a monthly limit stored above the platform's highest", () => {
  it("is held to the cap in the preview and when quoting: a second $620 quote would pass $1,000", async () => {
    const w = await storedAboveCap();
    expect((await app.gql(PREVIEW, { input: linesOf(w.partnership) }, w.mechanic.token)).data!.previewPartnerQuote).toEqual({ totalCents: 62_000, monthlyLimitCents: 100_000 });
    expect((await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).errors).toBeUndefined();

    const customer = await createCustomer(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_LIMIT_REACHED", limitCents: 100_000, quotedThisMonthCents: 62_000, remainingCents: 38_000 });
    expect(await app.prisma.repairQuote.count({ where: { partnershipId: w.partnership.id } })).toBe(1);

    // The stored terms are not rewritten; what remains is counted against the cap.
    expect((await app.gql(EARNINGS, { id: w.partnership.id }, w.partner.token)).data!.partnership).toEqual({
      maxQuoteAmountCents: 1_000_000,
      earnings: { quotedThisMonthCents: 62_000, remainingThisMonthCents: 38_000 },
    });
  });

  it("is not verified: the partner lowers it first", async () => {
    await expectVerifyRefusesStoredTerms(
      app,
      admin,
      { permissions: { maxQuoteAmountCents: 100_000 } },
      { maxQuoteAmountCents: 1_000_000 },
      "Its monthly quote limit (1000000 cents) is above the platform's highest (100000 cents): the partner lowers it first",
    );
  });
});
