// The platform pays a partnered mechanic's commission out of its own partnership fee (seed 000
// "Revised Model": 15% fee, 10% commission), so the partner, who pays none of it, has no reason to
// refuse a high one. Seed 000 "For Platform": at a commission as high as the fee the platform keeps
// $0 of every partnered repair, above it "NET: -$675/month per mechanic (LOSS!)". An application is
// therefore bounded by the platform's commission for its type, and a partnership verified before
// that rule with a commission that leaves the platform nothing is left as agreed but quotes nothing.
import { describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { APPLY, applyInput, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, createPartnerOrg, expectVerifyRefusesStoredTerms, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const PARTNERSHIP = `query ($id: ID!) { partnership(id: $id) { commissionBasisPoints platformFeeBasisPoints activeNow inactiveReason } }`;

describe("a partnership's commission leaves the platform a margin of its fee", () => {
  it("an application for more than the type's 10% commission is refused, naming the limit: at 15% the platform would keep nothing", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    for (const commissionBasisPoints of [1_001, 1_500]) {
      const refused = await app.gql(APPLY, { input: applyInput(partner.id, { type: "SUPPLIER", commissionBasisPoints }) }, mechanic.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: "input.commissionBasisPoints: must be at most 1000, the platform's SUPPLIER commission (paid out of its 1500 partnership fee)",
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    expect(await app.prisma.partnership.count({ where: { mechanicId: mechanic.id } })).toBe(0);
    const applied = await app.gql(APPLY, { input: applyInput(partner.id, { type: "SUPPLIER", commissionBasisPoints: 1_000 }) }, mechanic.token);
    expect(applied.data!.applyForPartnership.commissionBasisPoints).toBe(1_000);
  });

  it("an admin does not verify an application stored with a commission above the type's", async () => {
    // As applications before the limit could be.
    await expectVerifyRefusesStoredTerms(
      app,
      admin,
      {},
      { commissionBasisPoints: 1_500 },
      "Its commission (1500 bp) is above the platform's SUPPLIER commission (1000 bp): the mechanic applies again with terms in range",
    );
  });

  it("an active partnership verified with the whole fee as commission keeps its terms, but no quote is written or approved under it", async () => {
    const w = await partnerWorld(app, admin);
    // A quote awaiting the partner from before, then the terms as the defect let them be verified.
    const earlier = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    const awaiting = earlier.data!.createPartnerQuote.quote.id;
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { commissionBasisPoints: 1_500 } });

    const shown = await app.gql(PARTNERSHIP, { id: w.partnership.id }, w.partner.token);
    expect(shown.data!.partnership).toEqual({ commissionBasisPoints: 1_500, platformFeeBasisPoints: 1_500, activeNow: false, inactiveReason: "NO_PLATFORM_MARGIN" });

    const customer = await createCustomer(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(refused.errors?.[0]).toMatchObject({ message: "This partnership is not active (no platform margin)", extensions: { code: "PARTNERSHIP_NOT_ACTIVE", reason: "NO_PLATFORM_MARGIN" } });
    const approval = await app.gql(APPROVE_PARTNER_QUOTE, { q: awaiting }, w.partner.token);
    expect(approval.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_NOT_ACTIVE", reason: "NO_PLATFORM_MARGIN" });

    // Nothing rewritten: the commission, the status and the waiting quote are as they were.
    expect(await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).toMatchObject({ status: "ACTIVE", commissionBasisPoints: 1_500 });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: awaiting } })).status).toBe("PENDING_PARTNER_APPROVAL");
    expect(await app.prisma.repairQuote.count({ where: { partnershipId: w.partnership.id } })).toBe(1);
  });
});
