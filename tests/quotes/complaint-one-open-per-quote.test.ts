// A customer has at most one open complaint about a quote: a second one while the first awaits an
// admin is CONFLICT (ALREADY_EXISTS), so one customer cannot stack complaints against a partnership.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const FILE = `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id status } }`;
const RESOLVE = `mutation ($id: ID!, $o: ResolutionOutcome!) { resolveComplaint(id: $id, outcome: $o) { id status } }`;

describe("fileComplaint on a quote the customer already complained about", () => {
  it("is CONFLICT ALREADY_EXISTS while the first is open, even sent at once; allowed again once an admin resolved it", async () => {
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
    await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
    const complaint = { q: quote.id, b: "The quoted rotors were never fitted." };

    const results = await Promise.all([1, 2, 3].map(() => app.gql(FILE, complaint, w.customer.token)));
    const filed = results.filter((r) => r.data?.fileComplaint);
    expect(filed).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(refused.errors![0]).toMatchObject({ message: "You already complained about this quote; an admin is looking into it", extensions: { code: "CONFLICT", reason: "ALREADY_EXISTS" } });
    }
    expect(await app.prisma.complaint.count({ where: { quoteId: quote.id } })).toBe(1);

    await app.gql(RESOLVE, { id: filed[0]!.data!.fileComplaint.id, o: "DISMISSED" }, admin.token);
    expect((await app.gql(FILE, complaint, w.customer.token)).data!.fileComplaint.status).toBe("OPEN");
  });
});
