// Admins resolve complaints; upheld complaints against a partnership suspend it at the configured
// number (seed 000 "Customer complaints affect partnership"; PARTNERSHIP_COMPLAINTS_TO_SUSPEND).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ PARTNERSHIP_COMPLAINTS_TO_SUSPEND: "2" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const FILE = `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id status outcome } }`;
const RESOLVE = `mutation ($id: ID!, $o: ResolutionOutcome!, $n: String) { resolveComplaint(id: $id, outcome: $o, note: $n) { id status outcome resolutionNote resolvedAt } }`;

/** A partnered quote the customer can see, and a way to complain about it. */
async function partneredQuote() {
  const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
  const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
  await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
  const complain = async () => (await app.gql(FILE, { q: quote.id, b: "The quoted rotors were never fitted." }, w.customer.token)).data!.fileComplaint.id as string;
  return { ...w, complain };
}

const partnershipStatus = async (id: string) => (await app.prisma.partnership.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("complaint resolution", () => {
  it("records the admin's outcome and note once, and only an admin resolves", async () => {
    const w = await partneredQuote();
    const id = await w.complain();
    expect((await app.gql(RESOLVE, { id, o: "UPHELD" }, w.customer.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(RESOLVE, { id, o: "UPHELD" }, w.partner.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const resolved = await app.gql(RESOLVE, { id, o: "DISMISSED", n: "The invoice shows the rotors." }, admin.token);
    expect(resolved.data!.resolveComplaint).toMatchObject({ id, status: "REJECTED", outcome: "DISMISSED", resolutionNote: "The invoice shows the rotors." });
    expect(resolved.data!.resolveComplaint.resolvedAt).not.toBeNull();
    const again = await app.gql(RESOLVE, { id, o: "UPHELD" }, admin.token);
    expect(again.errors?.[0]).toMatchObject({ message: "A rejected complaint cannot be resolved", extensions: { code: "CONFLICT" } });
    expect((await app.gql(RESOLVE, { id: "00000000-0000-4000-8000-000000000000", o: "UPHELD" }, admin.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await app.prisma.auditLog.count({ where: { action: "complaint.dismissed", entityId: id, actorId: admin.id } })).toBe(1);
  });

  it("suspends the partnership as the system when its upheld complaints reach the configured number; dismissed ones do not count", async () => {
    const w = await partneredQuote();
    const [first, dismissed, second, third] = [await w.complain(), await w.complain(), await w.complain(), await w.complain()];
    await app.gql(RESOLVE, { id: first, o: "UPHELD" }, admin.token);
    await app.gql(RESOLVE, { id: dismissed, o: "DISMISSED" }, admin.token);
    expect(await partnershipStatus(w.partnership.id)).toBe("ACTIVE");

    const upheld = await app.gql(RESOLVE, { id: second, o: "UPHELD" }, admin.token);
    expect(upheld.data!.resolveComplaint.outcome).toBe("UPHELD");
    expect(await partnershipStatus(w.partnership.id)).toBe("SUSPENDED");
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "partnership.suspended", entityId: w.partnership.id } });
    expect(audit).toMatchObject({ actorId: null, data: { from: "ACTIVE", complaintId: second, upheldComplaints: 2 } });

    // The mechanic cannot resume what the system suspended; an admin can, and a later upheld complaint does not suspend it again.
    const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id status } }`;
    expect((await app.gql(RESUME, { id: w.partnership.id }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(RESUME, { id: w.partnership.id }, admin.token)).data!.resumePartnership.status).toBe("ACTIVE");
    await app.gql(RESOLVE, { id: third, o: "UPHELD" }, admin.token);
    expect(await partnershipStatus(w.partnership.id)).toBe("ACTIVE");
  });
});
