// Lifting a suspension makes a partnership ACTIVE again, so it passes what an admin's verification
// checks (one rule, activationTermsProblem): a commission above its type's today, or a monthly
// limit above the platform's highest today, is not resumed (CONFLICT), the partnership stays
// SUSPENDED; the partner lowers the limit, or the parties apply again with terms in range.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendPartnership(partnershipId: $id, reason: $reason) { status } }`;
const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { status } }`;
const UPDATE_PERMISSIONS = `mutation ($id: ID!, $input: PartnershipPermissionsInput!) { updatePartnershipPermissions(partnershipId: $id, input: $input) { maxQuoteAmountCents } }`;

async function suspended() {
  const w = await partnerWorld(app, admin);
  expect((await app.gql(SUSPEND, { id: w.partnership.id, reason: "Quality review" }, w.partner.token)).errors).toBeUndefined();
  return w;
}

describe("resuming a partnership checks its terms as verifying does", () => {
  it("a commission above the type's today (the platform lowered it) is not resumed", async () => {
    const w = await suspended();
    // As the configured SUPPLIER commission lowered below the agreed one would leave it.
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { commissionBasisPoints: 1_001 } });
    const refused = await app.gql(RESUME, { id: w.partnership.id }, w.partner.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Its commission (1001 bp) is above the platform's SUPPLIER commission (1000 bp): the mechanic applies again with terms in range",
      extensions: { code: "CONFLICT" },
    });
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).status).toBe("SUSPENDED");
    expect(await app.prisma.auditLog.count({ where: { entityType: "Partnership", entityId: w.partnership.id, action: "partnership.resumed" } })).toBe(0);
  });

  it("a monthly limit above the platform's highest today is not resumed until the partner lowers it", async () => {
    const w = await suspended();
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { maxQuoteAmountCents: 5_000_001 } });
    const refused = await app.gql(RESUME, { id: w.partnership.id }, admin.token);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(refused.errors?.[0]?.message).toContain("monthly quote limit (5000001 cents) is above the platform's highest (5000000 cents)");
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).status).toBe("SUSPENDED");

    expect((await app.gql(UPDATE_PERMISSIONS, { id: w.partnership.id, input: { maxQuoteAmountCents: 5_000_000 } }, w.partner.token)).errors).toBeUndefined();
    expect((await app.gql(RESUME, { id: w.partnership.id }, w.partner.token)).data!.resumePartnership.status).toBe("ACTIVE");
  });
});
