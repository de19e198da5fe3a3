import { describe, expect, it } from "vitest";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const FILE = `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id quoteId status } }`;
const PERFORMANCE = `{ partnerPerformance { partnershipId complaints } }`;

describe("customer complaints", () => {
  it("count against the partnership of the quote, and only the quote's customer may file one", async () => {
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
    const complaint = { q: quote.id, b: "The quoted rotors were never fitted." };

    // Before the partner approves, the customer cannot see the quote at all.
    expect((await app.gql(FILE, complaint, w.customer.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);

    expect((await app.gql(FILE, complaint, (await createCustomer(app)).token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(FILE, complaint, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(FILE, { ...complaint, b: "bad" }, w.customer.token)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body" });

    const filed = await app.gql(FILE, complaint, w.customer.token);
    expect(filed.data!.fileComplaint).toMatchObject({ quoteId: quote.id, status: "OPEN" });
    const performance = await app.gql(PERFORMANCE, {}, w.partner.token);
    expect(performance.data!.partnerPerformance).toEqual([{ partnershipId: w.partnership.id, complaints: 1 }]);
    const listed = await app.gql(`{ complaints(status: OPEN) { nodes { id quoteId } } }`, {}, admin.token);
    expect(listed.data!.complaints.nodes).toContainEqual({ id: filed.data!.fileComplaint.id, quoteId: quote.id });
    expect(await app.prisma.auditLog.count({ where: { action: "complaint.filed", entityId: filed.data!.fileComplaint.id } })).toBe(1);
  });
});
