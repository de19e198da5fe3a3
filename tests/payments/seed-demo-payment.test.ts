import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoWorld } from "../../src/db/seed.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { ledgerOf, unbalancedTransactions } from "../support/ledger.ts";

/** The demo world's open request is paid (pay before service), so it reaches mechanics as the demo promises. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app.prisma)).toBe(true);
});
afterAll(() => app.close());

describe("the demo seed", () => {
  it("pays its open request, with the split a settled diagnostic books, so a demo mechanic can see and claim it", async () => {
    const open = await app.prisma.diagnosticSession.findMany({ where: { status: "REQUESTED" }, select: { id: true } });
    expect(open.length).toBeGreaterThan(0);
    for (const session of open) {
      const payment = await app.prisma.payment.findFirstOrThrow({ where: { sessionId: session.id } });
      expect(payment).toMatchObject({ kind: "DIAGNOSTIC", status: "SUCCEEDED", amountCents: 2_500 });
      expect(await ledgerOf(app.prisma, payment.id)).toEqual({
        payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": 2_250 },
      });
    }
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);

    const mechanic = DEMO_ACCOUNTS.find((a) => a.role === "MECHANIC" && !a.suspended)!;
    const signIn = await app.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: mechanic.email, p: DEMO_PASSWORD });
    const token = signIn.data!.signIn.token as string;
    const requests = await app.gql(`{ openSessionRequests { nodes { id } } }`, {}, token);
    expect(requests.errors).toBeUndefined();
    expect(requests.data!.openSessionRequests.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(open.map((s) => s.id)));
    const claimed = await app.gql(`mutation ($id: ID!) { claimSession(id: $id) { status } }`, { id: open[0]!.id }, token);
    expect(claimed.data?.claimSession.status).toBe("ACCEPTED");
  });
});
