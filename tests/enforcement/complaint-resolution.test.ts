// Admins resolve complaints; upheld complaints against a partnership from the configured number of
// customers suspend it (seed 000 "Customer complaints affect partnership"; PARTNERSHIP_COMPLAINTS_TO_SUSPEND).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, complainAbout, partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ PARTNERSHIP_COMPLAINTS_TO_SUSPEND: "2" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const RESOLVE = `mutation ($id: ID!, $o: ResolutionOutcome!, $n: String) { resolveComplaint(id: $id, outcome: $o, note: $n) { id status outcome resolutionNote resolvedAt } }`;

/** A partnered quote the customer can see, and a way for any customer to complain about a quote of theirs under its partnership. */
async function partneredQuote() {
  const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
  const complain = async (customer: CreatedUser = w.customer) => complainAbout(app, await approvedPartnerQuoteFor(app, w, customer), customer);
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
    // Each from another customer: the count is of customers (complaint-suspension-distinct-customers.test.ts).
    const [first, dismissed, second, third] = [
      await w.complain(),
      await w.complain(await createCustomer(app)),
      await w.complain(await createCustomer(app)),
      await w.complain(await createCustomer(app)),
    ];
    await app.gql(RESOLVE, { id: first, o: "UPHELD" }, admin.token);
    await app.gql(RESOLVE, { id: dismissed, o: "DISMISSED" }, admin.token);
    expect(await partnershipStatus(w.partnership.id)).toBe("ACTIVE");

    const upheld = await app.gql(RESOLVE, { id: second, o: "UPHELD" }, admin.token);
    expect(upheld.data!.resolveComplaint.outcome).toBe("UPHELD");
    expect(await partnershipStatus(w.partnership.id)).toBe("SUSPENDED");
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "partnership.suspended", entityId: w.partnership.id } });
    expect(audit).toMatchObject({ actorId: null, data: { from: "ACTIVE", complaintId: second, complainingCustomers: 2 } });

    // The mechanic cannot resume what the system suspended; an admin can, and a later upheld complaint does not suspend it again.
    const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id status } }`;
    expect((await app.gql(RESUME, { id: w.partnership.id }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(RESUME, { id: w.partnership.id }, admin.token)).data!.resumePartnership.status).toBe("ACTIVE");
    await app.gql(RESOLVE, { id: third, o: "UPHELD" }, admin.token);
    expect(await partnershipStatus(w.partnership.id)).toBe("ACTIVE");
  });
});
