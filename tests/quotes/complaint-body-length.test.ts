import { describe, expect, it } from "vitest";
import { CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const FILE = `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id body } }`;
/** A customer reporting a cash deal: the content monitor masks the whole sentence to "[hidden]…". */
const CASH_DEAL = "He asked me to pay him in cash at the shop instead of paying in the app…";

let app: TestApp;
serverSpec((started) => (app = started));

/** A customer with a repair quote from a workshop to complain about. */
async function quotedCustomer() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  return { customer: scenario.customer, quoteId: quote.data!.createQuote.id as string };
}

describe("a complaint's length", () => {
  it("is what the customer wrote: a body the monitor masks to a few characters is filed, and stored and shown masked", async () => {
    const { customer, quoteId } = await quotedCustomer();
    const { data, errors } = await app.gql(FILE, { q: quoteId, b: CASH_DEAL }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.fileComplaint.body).toBe("[hidden]…");
    const stored = await app.prisma.complaint.findUniqueOrThrow({ where: { id: data!.fileComplaint.id } });
    expect(stored.body).toBe("[hidden]…");
    const flags = await app.prisma.contentFlag.findMany({ where: { entityType: "Complaint", entityId: stored.id } });
    expect(flags.map((flag) => ({ field: flag.field, original: flag.original }))).toEqual([{ field: "body", original: CASH_DEAL }]);
  });

  it("still refuses a body shorter than 10 characters once trimmed, and files nothing", async () => {
    const { customer, quoteId } = await quotedCustomer();
    for (const body of ["bad", "  too short  "]) {
      const { errors } = await app.gql(FILE, { q: quoteId, b: body }, customer.token);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body" });
    }
    expect(await app.prisma.complaint.count({ where: { quoteId } })).toBe(0);
  });
});
