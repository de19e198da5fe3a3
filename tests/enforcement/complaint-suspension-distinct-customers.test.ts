// Upheld complaints suspend a partnership when they come from PARTNERSHIP_COMPLAINTS_TO_SUSPEND
// distinct customers (seed 000 "Customer complaints affect partnership"): one customer's
// complaints about several quotes count once.
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

const RESOLVE = `mutation ($id: ID!, $o: ResolutionOutcome!) { resolveComplaint(id: $id, outcome: $o) { id } }`;

/** `customer`'s complaint about a new partnered quote of theirs under `w`'s partnership, upheld by the admin: its id. */
async function upheldComplaint(w: Awaited<ReturnType<typeof partnerWorld>>, customer: CreatedUser): Promise<string> {
  const id = await complainAbout(app, await approvedPartnerQuoteFor(app, w, customer), customer);
  await app.gql(RESOLVE, { id, o: "UPHELD" }, admin.token);
  return id;
}

const statusOf = async (id: string) => (await app.prisma.partnership.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("the automatic suspension of a partnership", () => {
  it("counts customers, not complaints: one customer's upheld complaints on two quotes do not suspend it", async () => {
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    await upheldComplaint(w, w.customer);
    await upheldComplaint(w, w.customer);
    expect(await statusOf(w.partnership.id)).toBe("ACTIVE");
  });

  it("suspends it when a second customer's complaint is upheld, audited with the number of customers", async () => {
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    await upheldComplaint(w, w.customer);
    await upheldComplaint(w, w.customer);
    const second = await upheldComplaint(w, await createCustomer(app));
    expect(await statusOf(w.partnership.id)).toBe("SUSPENDED");
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "partnership.suspended", entityId: w.partnership.id } });
    expect(audit).toMatchObject({ actorId: null, data: { complaintId: second, complainingCustomers: 2, reason: "upheld complaints from 2 customers" } });

    // Resumed by an admin, a later upheld complaint from a customer already counted does not suspend it again.
    await app.gql(`mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id } }`, { id: w.partnership.id }, admin.token);
    await upheldComplaint(w, w.customer);
    expect(await statusOf(w.partnership.id)).toBe("ACTIVE");
  });
});
