import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { activePartnership, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, createPartnerOrg } from "../factories/partnerships.ts";
import { leakedCanaries, makeCanaries, type Canaries } from "../factories/privacy-world.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * The privacy canary for the partner role: a partner reaches partnership quotes (pending its
 * approval and after), their line items and history, and the partnership dashboards; no canary
 * contact value of the customer behind those quotes may come back on any path.
 */
let app: TestApp;
let canaries: Canaries;
let partner: CreatedUser;
let quoteId: string;
let partnershipId: string;
let sessionId: string;

const ALL = "id firstName lastInitial lastName city phone email address";
const queries = {
  approvalQueue: `{ partnershipQuotes { nodes { id status notes lineItems { description } statusHistory { reason } workshop { name } } } }`,
  quoteCustomer: `{ partnershipQuotes { nodes { customer { ${ALL} } escalation { customer { ${ALL} } session { customer { ${ALL} } } } } } }`,
  quoteById: `query ($q: ID!) { quote(id: $q) { customer { ${ALL} } } }`,
  partnerships: `{ partnerships { nodes { id statusReason mechanic { displayName } partner { organizationName } earnings { partnerShareCents } catalogParts { name } } } }`,
  partnership: `query ($p: ID!) { partnership(id: $p) { id mechanic { id displayName } } }`,
  performance: `{ partnerPerformance { mechanicName quotes } }`,
  sessions: `{ sessions(first: 50) { nodes { customer { ${ALL} } } } }`,
  session: `query ($s: ID!) { session(id: $s) { customer { ${ALL} } } }`,
  escalations: `{ escalations { nodes { customer { ${ALL} } } } }`,
  approve: `mutation ($q: ID!) { approvePartnerQuote(quoteId: $q) { id customer { ${ALL} } } }`,
};

beforeAll(async () => {
  app = await startTestApp();
  canaries = makeCanaries();
  const admin = await createAdmin(app);
  const customer = await createCustomer(app, { firstName: "Robin", lastName: canaries.lastName, phone: canaries.phone, email: canaries.email, addressLine1: canaries.address, city: canaries.city });
  const mechanic = await createMechanic(app);
  partner = await createPartnerOrg(app);
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  sessionId = session.id;
  const p = await activePartnership(app, { mechanic, partner, admin });
  partnershipId = p.id;
  const created = await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: { partnershipId: p.id, parts: [{ catalogPartId: p.padsId, quantity: 1 }], notes: "Front pads" } }, mechanic.token);
  quoteId = created.data!.createPartnerQuote.quote.id;
});
afterAll(() => app.close());

describe("a partner never receives the customer's contact details", () => {
  it("over HTTP, before and after approving the quote", async () => {
    for (const stage of ["pending approval", "approved"]) {
      if (stage === "approved") await app.gql(APPROVE_PARTNER_QUOTE, { q: quoteId }, partner.token);
      for (const [shape, query] of Object.entries(queries)) {
        const { body } = await app.gql(query, { q: quoteId, p: partnershipId, s: sessionId }, partner.token);
        expect(leakedCanaries(body, canaries), `${stage} / ${shape}`).toEqual([]);
        expect(body.includes(canaries.city), `${stage} / ${shape} city`).toBe(false);
      }
    }
    const queue = await app.gql(queries.approvalQueue, {}, partner.token);
    expect(queue.data!.partnershipQuotes.nodes).toHaveLength(1);
  });

  it("over graphql-ws", async () => {
    const client = app.ws(partner.token);
    for (const query of Object.values(queries)) {
      // A refused operation (the approval selecting the customer, which a partner may never read) is an answer too.
      const result = await wsExecute(client, query, { q: quoteId, p: partnershipId, s: sessionId }).catch((errors: unknown) => ({ errors }));
      expect(leakedCanaries(JSON.stringify(result), canaries)).toEqual([]);
    }
  });

  it("in no log line", () => {
    expect(leakedCanaries(app.logLines.join("\n"), canaries)).toEqual([]);
  });
});
