import { describe, expect, it } from "vitest";
import { penaltyFor } from "../../src/domain/enforcement/penalty-ladder.ts";
import { createAdvisor, createCustomer, createMechanic, createSession, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id } }`;
const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { id } }`;
const STANDING = `status suspendedUntil reason`;
const ACTIVE = { status: "ACTIVE", suspendedUntil: null, reason: null };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function asAdmin(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await app.gql(query, variables, admin.token);
  expect(errors).toBeUndefined();
  return data!;
}

/**
 * Admins read the standing of every kind of account they look at (a customer, a mechanic, a
 * workshop advisor, a partner organization), wherever they meet it: `standing`, the one
 * definition of "currently sanctioned" (statusAt: banned, or suspended until a time still ahead),
 * with the end of a suspension and the reason the account is told.
 */
describe("an account's standing, for admins", () => {
  it("shows a customer an admin suspended: until when and why, in the directory and alone", async () => {
    const customer = await createCustomer(app);
    const until = inDays(10);
    await asAdmin(SUSPEND, { input: { userId: customer.id, reason: "Abusive messages to mechanics", until: until.toISOString() } });
    const expected = { status: "SUSPENDED", suspendedUntil: until.toISOString(), reason: "Abusive messages to mechanics" };

    const one = await asAdmin(`query ($id: ID!) { customer(id: $id) { standing { ${STANDING} } } }`, { id: customer.id });
    expect(one.customer.standing).toEqual(expected);
    const listed = await asAdmin(`{ customers(first: 100) { nodes { id standing { ${STANDING} } } } }`);
    expect(listed.customers.nodes).toContainEqual({ id: customer.id, standing: expected });
  });

  it("shows a banned workshop advisor among their workshop's advisors", async () => {
    const workshop = await createWorkshop(app);
    const advisor = await createAdvisor(app, workshop.id);
    const colleague = await createAdvisor(app, workshop.id);
    await asAdmin(BAN, { input: { userId: advisor.id, reason: "Took customers to a cash garage" } });

    const data = await asAdmin(`query ($w: ID!) { workshopAdvisors(workshopId: $w) { id standing { ${STANDING} } } }`, { w: workshop.id });
    expect(data.workshopAdvisors).toEqual(
      expect.arrayContaining([
        { id: advisor.id, standing: { status: "BANNED", suspendedUntil: null, reason: "Took customers to a cash garage" } },
        { id: colleague.id, standing: ACTIVE },
      ]),
    );
  });

  it("reads a suspension whose end has passed as good standing, with no reason, on a session's mechanic and in the vetting queue", async () => {
    const mechanic = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: inDays(-1), statusReason: "Warning: contact details shared" });
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id });

    const data = await asAdmin(
      `query ($s: ID!) { session(id: $s) { mechanic { id standing { ${STANDING} } } } mechanicVettings(status: APPROVED, first: 100) { nodes { id accountStatus standing { status } } } }`,
      {
        s: session.id,
      },
    );
    expect(data.session.mechanic).toEqual({ id: mechanic.id, standing: ACTIVE });
    expect(data.mechanicVettings.nodes).toContainEqual({ id: mechanic.id, accountStatus: "ACTIVE", standing: { status: "ACTIVE" } });
  });

  it("shows a partner the ladder suspended, as a partnership's partner and as a violation's offender", async () => {
    const w = await partnerWorld(app, admin);
    const untouched = await partnerWorld(app, admin);
    const flagged = await app.gql(`mutation ($id: ID!) { suspendPartnership(partnershipId: $id, reason: "Quality hold, call 512 555 0143") { id } }`, { id: w.partnership.id }, w.partner.token);
    expect(flagged.errors).toBeUndefined();
    const { suspendedUntil } = await app.prisma.user.findUniqueOrThrow({ where: { id: w.partner.id } });
    const expected = { status: "SUSPENDED", suspendedUntil: suspendedUntil!.toISOString(), reason: penaltyFor(1).reason };

    const data = await asAdmin(
      `query ($p: ID!, $q: ID!, $m: ID) {
        suspended: partnership(id: $p) { partner { standing { ${STANDING} } } }
        active: partnership(id: $q) { partner { standing { ${STANDING} } } }
        violations(mechanicId: $m) { nodes { offender { standing { ${STANDING} } } } }
      }`,
      { p: w.partnership.id, q: untouched.partnership.id, m: w.partner.id },
    );
    expect(data.suspended.partner.standing).toEqual(expected);
    expect(data.active.partner.standing).toEqual(ACTIVE);
    expect(data.violations.nodes).toEqual([{ offender: { standing: expected } }]);
  });
});
