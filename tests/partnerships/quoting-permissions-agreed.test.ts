// The quoting permissions a mechanic proposes for themselves when applying (the monthly limit,
// the auto-approval threshold, waiving the partner's approval) are bounded by the platform's
// highest monthly limit (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS; seed 000 "Pricing Controls: Max
// quote amount limits"), as the partner's own settings are; the partner sees them before
// accepting, and the acceptance's audit row records the terms accepted (seed 000 "Both parties
// must agree to terms").
import { describe, expect, it } from "vitest";
import { createMechanic, type CreatedUser } from "../factories/index.ts";
import { ACCEPT, APPLY, applyInput, createPartnerOrg, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const UPDATE_PERMISSIONS = `mutation ($id: ID!, $input: PartnershipPermissionsInput!) { updatePartnershipPermissions(partnershipId: $id, input: $input) { maxQuoteAmountCents } }`;
const TERMS = `query ($id: ID!) { partnership(id: $id) { commissionBasisPoints canCreateQuotes quoteApprovalRequired autoApproveBelowCents maxQuoteAmountCents } }`;
/** The attacker's proposal: $1M a month, all of it approved without the partner. */
const SELF_GRANTED = { maxQuoteAmountCents: 100_000_000, autoApproveBelowCents: 100_000_000, quoteApprovalRequired: false };

describe("the quoting permissions a partnership may have, and the partner's agreement to them", () => {
  it("an application with a monthly limit above the platform's highest ($50,000 by default) is refused, naming the limit", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const refused = await app.gql(APPLY, { input: applyInput(partner.id, { permissions: SELF_GRANTED }) }, mechanic.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: "input.permissions.maxQuoteAmountCents: must be at most 5000000, the platform's highest monthly quote limit",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await app.prisma.partnership.count({ where: { mechanicId: mechanic.id } })).toBe(0);
  });

  it("the partner's own settings are bounded the same way", async () => {
    const w = await partnerWorld(app, admin);
    const refused = await app.gql(UPDATE_PERMISSIONS, { id: w.partnership.id, input: { maxQuoteAmountCents: 5_000_001 } }, w.partner.token);
    expect(refused.errors?.[0]).toMatchObject({ message: "input.maxQuoteAmountCents: must be at most 5000000, the platform's highest monthly quote limit", extensions: { code: "BAD_USER_INPUT" } });
    expect((await app.gql(UPDATE_PERMISSIONS, { id: w.partnership.id, input: { maxQuoteAmountCents: 5_000_000 } }, w.partner.token)).errors).toBeUndefined();
  });

  it("the partner reads the proposed permissions before accepting, and the acceptance records the terms accepted", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const proposed = { maxQuoteAmountCents: 2_000_000, autoApproveBelowCents: 2_000_000, quoteApprovalRequired: false };
    const applied = await app.gql(APPLY, { input: applyInput(partner.id, { permissions: proposed }) }, mechanic.token);
    const id = applied.data!.applyForPartnership.id;
    const read = await app.gql(TERMS, { id }, partner.token);
    expect(read.data!.partnership).toEqual({ commissionBasisPoints: 1_000, canCreateQuotes: true, ...proposed });
    expect((await app.gql(ACCEPT, { id }, partner.token)).errors).toBeUndefined();
    const accepted = await app.prisma.auditLog.findFirstOrThrow({ where: { entityType: "Partnership", entityId: id, action: "partnership.partner_accepted" } });
    expect(accepted.actorId).toBe(partner.id);
    expect(accepted.data).toMatchObject({
      from: "PENDING",
      terms: { type: "SUPPLIER", commissionBasisPoints: 1_000, paymentTerms: "NET_30", canCreateQuotes: true, ...proposed },
    });
  });
});
