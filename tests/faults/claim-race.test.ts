import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const CLAIM = `mutation ($id: ID!) { claimSession(id: $id) { id status mechanic { id } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

describe("50 mechanics claiming one request at once", () => {
  it("lets exactly one win; the others get CONFLICT and the session is the winner's", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: true });
    const mechanics = await Promise.all(Array.from({ length: 50 }, () => createMechanic(app)));

    const results = await Promise.all(mechanics.map((mechanic) => app.gql(CLAIM, { id: session.id }, mechanic.token)));
    const winners = results.flatMap((result, i) => (result.data?.claimSession ? [mechanics[i]!] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.data?.claimSession).map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(49).fill("CONFLICT"));

    const stored = await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id }, select: { status: true, mechanicId: true } });
    expect(stored).toEqual({ status: "ACCEPTED", mechanicId: winners[0]!.id });
  });
});
