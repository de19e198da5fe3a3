import { describe, expect, it } from "vitest";
import { PENALISED_ROLES } from "../../src/domain/enforcement/penalty-ladder.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SUSPEND = `mutation ($id: ID!, $r: String!) { suspendPartnership(partnershipId: $id, reason: $r) { id statusReason } }`;
const VIOLATIONS = `query ($m: ID) { violations(mechanicId: $m) { nodes { offenderId content { authorRole } offender { __typename id displayName ... on PartnerOrganization { organizationName verified } } } } }`;
const OFFENDERS = `{ violations(first: 100) { nodes { offenderId offender { __typename id } } } }`;

/**
 * Every author the penalty ladder walks (mechanics, workshop advisors, partners) comes back to the
 * admin as the violation's offender, with its own GraphQL type: a partner is the partner
 * organization it is (PartnerOrganization, a Professional), not null.
 */
describe("a partner's contact violation", () => {
  it("names the partner organization as its offender", async () => {
    const w = await partnerWorld(app, admin);
    const suspended = await app.gql(SUSPEND, { id: w.partnership.id, r: "Quality hold, call us on 512 555 0143 to sort it out" }, w.partner.token);
    expect(suspended.errors).toBeUndefined();
    const { organizationName } = await app.prisma.partnerProfile.findUniqueOrThrow({ where: { userId: w.partner.id } });

    const { data, errors } = await app.gql(VIOLATIONS, { m: w.partner.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.violations.nodes).toEqual([
      {
        offenderId: w.partner.id,
        content: { authorRole: "PARTNER" },
        offender: { __typename: "PartnerOrganization", id: w.partner.id, displayName: organizationName, organizationName, verified: true },
      },
    ]);
  });

  it("leaves no violation of a penalised role without its offender, the roles' types side by side in one list", async () => {
    expect([...PENALISED_ROLES].sort()).toEqual(["MECHANIC", "PARTNER", "WORKSHOP_ADVISOR"]);
    const w = await partnerWorld(app, admin);
    await app.gql(SUSPEND, { id: w.partnership.id, r: "Quality hold, mail partner@example.test" }, w.partner.token);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    await app.gql(`mutation ($s: ID!) { sendMessage(sessionId: $s, body: "text me on 512 555 0144") { flagged } }`, { s: session.id }, mechanic.token);

    const { data, errors } = await app.gql(OFFENDERS, {}, admin.token);
    expect(errors).toBeUndefined();
    const nodes = data!.violations.nodes as { offenderId: string; offender: { __typename: string; id: string } | null }[];
    expect(nodes.filter((node) => node.offender === null)).toEqual([]);
    expect(nodes.find((node) => node.offenderId === w.partner.id)!.offender).toEqual({ __typename: "PartnerOrganization", id: w.partner.id });
    expect(nodes.find((node) => node.offenderId === mechanic.id)!.offender).toEqual({ __typename: "Mechanic", id: mechanic.id });
  });
});
