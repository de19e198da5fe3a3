// Seed 000 "Partnership Verification: ... Identity verification required": a partnership is usable
// only while its mechanic is APPROVED at vetting. An admin revoking the approval (rejectMechanic)
// stops an ACTIVE partnership without a move of it: it reads activeNow false, inactiveReason
// MECHANIC_NOT_VETTED, and no quote is written, partner-approved or customer-approved under it
// (PARTNERSHIP_NOT_ACTIVE with that reason) until an admin approves the mechanic again.
import { describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const PARTNERSHIP = `query ($id: ID!) { partnership(id: $id) { status activeNow inactiveReason } }`;
const REJECT_MECHANIC = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`;
const APPROVE_MECHANIC = `mutation ($id: ID!) { approveMechanic(mechanicId: $id) { status } }`;
const APPROVE_QUOTE = `mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`;
const NOT_VETTED = { code: "PARTNERSHIP_NOT_ACTIVE", reason: "MECHANIC_NOT_VETTED" };

/** A partnership's world with a quote awaiting the partner and one awaiting the customer, written while the mechanic was vetted. */
async function quotedWorld() {
  const w = await partnerWorld(app, admin);
  const awaitingPartner = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id as string;
  const customer = await createCustomer(app);
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
  const withCustomer = (await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id as string;
  expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: withCustomer }, w.partner.token)).errors).toBeUndefined();
  return { ...w, awaitingPartner, withCustomer, customer2: customer };
}

describe("a partnership whose mechanic's vetting an admin revoked", () => {
  it("reads not active, MECHANIC_NOT_VETTED, to both parties, and is active again once the mechanic is approved again", async () => {
    const w = await partnerWorld(app, admin);
    expect((await app.gql(REJECT_MECHANIC, { id: w.mechanic.id, reason: "Licence revoked by the state board" }, admin.token)).errors).toBeUndefined();
    for (const token of [w.mechanic.token, w.partner.token, admin.token]) {
      expect((await app.gql(PARTNERSHIP, { id: w.partnership.id }, token)).data!.partnership).toEqual({ status: "ACTIVE", activeNow: false, inactiveReason: "MECHANIC_NOT_VETTED" });
    }
    expect((await app.gql(APPROVE_MECHANIC, { id: w.mechanic.id }, admin.token)).errors).toBeUndefined();
    expect((await app.gql(PARTNERSHIP, { id: w.partnership.id }, w.partner.token)).data!.partnership).toEqual({ status: "ACTIVE", activeNow: true, inactiveReason: null });
  });

  it("writes no quote, and neither the partner nor the customer approves one, under it", async () => {
    const w = await quotedWorld();
    await app.gql(REJECT_MECHANIC, { id: w.mechanic.id, reason: "Licence revoked by the state board" }, admin.token);

    const customer = await createCustomer(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(created.errors?.[0]).toMatchObject({ message: "This partnership is not active (mechanic not vetted)", extensions: NOT_VETTED });
    expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: w.awaitingPartner }, w.partner.token)).errors?.[0]?.extensions).toMatchObject(NOT_VETTED);
    expect((await app.gql(APPROVE_QUOTE, { q: w.withCustomer }, w.customer2.token)).errors?.[0]?.extensions).toMatchObject(NOT_VETTED);

    // Nothing written: the quotes wait as they were, no new one.
    expect(await app.prisma.repairQuote.findMany({ where: { partnershipId: w.partnership.id }, select: { id: true, status: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { id: w.awaitingPartner, status: "PENDING_PARTNER_APPROVAL" },
      { id: w.withCustomer, status: "PENDING" },
    ]);
  });
});
