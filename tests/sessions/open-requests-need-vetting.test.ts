// The open requests (customers' concerns) are read only by mechanics who may claim them: one not
// approved yet, or rejected, is refused FORBIDDEN `MECHANIC_NOT_VETTED`, as a claim is; approved
// mechanics and admins read the queue.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const OPEN_REQUESTS = `query { openSessionRequests(first: 100) { totalCount nodes { id concern } } }`;

describe("openSessionRequests", () => {
  it("is FORBIDDEN (MECHANIC_NOT_VETTED) to a pending or rejected mechanic, and shows them no concern", async () => {
    const customer = await createCustomer(app);
    await createSession(app, { customerId: customer.id, paid: true });
    for (const vetting of ["PENDING", "REJECTED"] as const) {
      const mechanic = await createMechanic(app, { vetting });
      const refused = await app.gql(OPEN_REQUESTS, {}, mechanic.token);
      expect(refused.errors?.[0]?.extensions, vetting).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: vetting });
      expect(refused.data?.openSessionRequests ?? null, vetting).toBeNull();
    }
  });

  it("lists the open, paid requests to an approved mechanic and to admins", async () => {
    const customer = await createCustomer(app);
    const request = await createSession(app, { customerId: customer.id, paid: true });
    for (const reader of [await createMechanic(app), await createAdmin(app)]) {
      const ids = (await app.gql(OPEN_REQUESTS, {}, reader.token)).data!.openSessionRequests.nodes.map((n: { id: string }) => n.id);
      expect(ids).toContain(request.id);
    }
  });
});
