// An admin's vetting decision and its reason are about the mechanic: the mechanic and admins read
// them (FORBIDDEN MECHANIC_NOT_VETTED with vettingStatus and vettingReason), while a partner
// refused a move for that mechanic's sake (resuming their partnership) gets a neutral refusal:
// the same code and reason, without the status or the admin's text.
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
const NOTE = "Background check flagged an unrelated fraud case";

describe("who reads why a mechanic is not vetted", () => {
  it("the partner resuming their partnership is refused without the vetting status or the admin's note", async () => {
    const w = await partnerWorld(app, admin);
    await app.gql(SUSPEND, { id: w.partnership.id, reason: "Quality review" }, w.partner.token);
    await app.gql(`mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`, { id: w.mechanic.id, reason: NOTE }, admin.token);

    const refused = await app.gql(RESUME, { id: w.partnership.id }, w.partner.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED" });
    expect(JSON.stringify(refused)).not.toContain("fraud");

    // The admin reads the decision and its reason.
    const byAdmin = await app.gql(RESUME, { id: w.partnership.id }, admin.token);
    expect(byAdmin.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: "REJECTED", vettingReason: NOTE });
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).status).toBe("SUSPENDED");
  });
});
