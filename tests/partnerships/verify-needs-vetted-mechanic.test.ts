// Seed 000 "Partnership Verification: ... Identity verification required": a partnership becomes
// ACTIVE (an admin's verification, or lifting a suspension) only for a mechanic an admin approved
// at vetting; anyone else is FORBIDDEN with reason MECHANIC_NOT_VETTED, as claiming a session is,
// and the partnership stays as it was.
import { describe, expect, it } from "vitest";
import { createMechanic, type CreatedUser } from "../factories/index.ts";
import { ACCEPT, APPLY, applyInput, createPartnerOrg, partnerWorld, VERIFY } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendPartnership(partnershipId: $id, reason: $reason) { id status } }`;
const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id status } }`;

/** A partnership both parties accepted, awaiting the admin's verification, of a mechanic in `vetting`. */
async function acceptedBy(vetting: "PENDING" | "REJECTED") {
  const mechanic = await createMechanic(app, { vetting });
  const partner = await createPartnerOrg(app);
  const applied = await app.gql(APPLY, { input: applyInput(partner.id) }, mechanic.token);
  const id = applied.data!.applyForPartnership.id as string;
  expect((await app.gql(ACCEPT, { id }, partner.token)).errors).toBeUndefined();
  return { mechanic, partner, id };
}

describe("only a vetted mechanic's partnership becomes ACTIVE", () => {
  for (const vetting of ["PENDING", "REJECTED"] as const) {
    it(`verifying a partnership of a mechanic whose vetting is ${vetting} is FORBIDDEN (MECHANIC_NOT_VETTED) and leaves it PENDING`, async () => {
      const { id } = await acceptedBy(vetting);
      const refused = await app.gql(VERIFY, { id }, admin.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: vetting });
      expect(await app.prisma.partnership.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", verifiedAt: null });
      expect(await app.prisma.auditLog.count({ where: { entityType: "Partnership", entityId: id, action: "partnership.verified" } })).toBe(0);
    });
  }

  it("once an admin approves the mechanic, the same partnership is verified", async () => {
    const { mechanic, id } = await acceptedBy("PENDING");
    expect((await app.gql(VERIFY, { id }, admin.token)).errors?.[0]?.extensions?.reason).toBe("MECHANIC_NOT_VETTED");
    const approved = await app.gql(`mutation ($id: ID!) { approveMechanic(mechanicId: $id) { status } }`, { id: mechanic.id }, admin.token);
    expect(approved.errors).toBeUndefined();
    expect((await app.gql(VERIFY, { id }, admin.token)).data!.verifyPartnership).toMatchObject({ status: "ACTIVE", activeNow: true });
  });

  it("a suspended partnership of a mechanic rejected since is not resumed", async () => {
    const w = await partnerWorld(app, admin);
    expect((await app.gql(SUSPEND, { id: w.partnership.id, reason: "Quality review" }, w.partner.token)).data!.suspendPartnership.status).toBe("SUSPENDED");
    await app.prisma.mechanicProfile.update({ where: { userId: w.mechanic.id }, data: { vettingStatus: "REJECTED", vettingReason: "Licence could not be verified" } });
    // The partner's refusal is neutral (vetting-note-stays-with-admins.test.ts).
    const refused = await app.gql(RESUME, { id: w.partnership.id }, w.partner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED" });
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).status).toBe("SUSPENDED");
  });
});
