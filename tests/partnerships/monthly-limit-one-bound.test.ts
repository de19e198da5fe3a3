// A partnership's monthly quote limit has one upper bound, the platform's highest
// (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS), so any value above it answers the same message and field
// path, from a mechanic's application and from the partner's settings alike.
import { describe, expect, it } from "vitest";
import { createMechanic, type CreatedUser } from "../factories/index.ts";
import { APPLY, applyInput, createPartnerOrg, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const UPDATE_PERMISSIONS = `mutation ($id: ID!, $input: PartnershipPermissionsInput!) { updatePartnershipPermissions(partnershipId: $id, input: $input) { maxQuoteAmountCents } }`;
const ABOVE = [5_000_001, 100_000_001, 2_147_483_647];

describe("the monthly quote limit's upper bound", () => {
  it("an application above it is refused with one message and field, however far above", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    for (const maxQuoteAmountCents of ABOVE) {
      const refused = await app.gql(APPLY, { input: applyInput(partner.id, { permissions: { maxQuoteAmountCents } }) }, mechanic.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: "input.permissions.maxQuoteAmountCents: must be at most 5000000, the platform's highest monthly quote limit",
        extensions: { code: "BAD_USER_INPUT", field: "input.permissions.maxQuoteAmountCents" },
      });
    }
  });

  it("the partner's setting above it is refused with one message and field, however far above", async () => {
    const w = await partnerWorld(app, admin);
    for (const maxQuoteAmountCents of ABOVE) {
      const refused = await app.gql(UPDATE_PERMISSIONS, { id: w.partnership.id, input: { maxQuoteAmountCents } }, w.partner.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: "input.maxQuoteAmountCents: must be at most 5000000, the platform's highest monthly quote limit",
        extensions: { code: "BAD_USER_INPUT", field: "input.maxQuoteAmountCents" },
      });
    }
  });
});
