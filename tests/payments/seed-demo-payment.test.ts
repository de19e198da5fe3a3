import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoWorld } from "../../src/seed/seed.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { ledgerOf, unbalancedTransactions } from "../support/ledger.ts";

/** The demo world's open request is paid (pay before service), so it reaches mechanics as the demo promises. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
});
afterAll(() => app.close());

const HELD_SPLIT = { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": 2_250 };

describe("the demo seed", () => {
  it("pays every session past REQUESTED that a mechanic claimed, as the server would have, and its ledger balances", async () => {
    const claimed = await app.prisma.diagnosticSession.findMany({ where: { mechanicId: { not: null } }, select: { id: true, status: true, mechanicId: true, escalation: { select: { id: true } } } });
    // Accepted, in progress, completed and escalated (a completed session with an escalation).
    expect(new Set(claimed.map((s) => s.status))).toEqual(new Set(["ACCEPTED", "IN_PROGRESS", "COMPLETED"]));
    expect(claimed.some((s) => s.escalation !== null)).toBe(true);
    const pastRequested = await app.prisma.diagnosticSession.findMany({ where: { status: { not: "REQUESTED" } }, select: { id: true, status: true, mechanicId: true } });
    for (const session of pastRequested) {
      const payments = await app.prisma.payment.findMany({ where: { sessionId: session.id, kind: "DIAGNOSTIC" } });
      // The cancelled request was called off before it was paid, and before any mechanic saw it.
      if (session.status === "CANCELLED" && !session.mechanicId) {
        expect(payments).toEqual([]);
        continue;
      }
      expect(payments).toMatchObject([{ status: "SUCCEEDED", amountCents: 2_500, refundedCents: 0 }]);
      const payment = payments[0]!;
      expect(await app.prisma.auditLog.count({ where: { entityType: "Payment", entityId: payment.id } })).toBe(2);
      expect(await ledgerOf(app.prisma, payment.id)).toEqual(
        session.status === "COMPLETED"
          ? { payment: HELD_SPLIT, "diagnostic-earned": { "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": -2_250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 } }
          : { payment: HELD_SPLIT },
      );
      if (session.status === "COMPLETED") {
        const credited = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId: payment.id, account: "MECHANIC_PAYABLE" } });
        expect(credited.userId).toBe(session.mechanicId);
      }
    }
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
    // Every transaction of the seeded ledger sums to zero, and so does the whole ledger.
    expect((await app.prisma.ledgerEntry.aggregate({ _sum: { amountCents: true } }))._sum.amountCents).toBe(0);
  });

  it("books the demo's revenue: six paid diagnostics and Priya's paid $600 repair, whose referral Maya earned and whose share Mile High is owed", async () => {
    const totals = await app.prisma.ledgerEntry.groupBy({ by: ["account", "userId", "workshopId"], _sum: { amountCents: true } });
    const sam = await app.prisma.user.findUniqueOrThrow({ where: { email: "mechanic.sam@demo.autodoctor.test" } });
    const maya = await app.prisma.user.findUniqueOrThrow({ where: { email: "mechanic.maya@demo.autodoctor.test" } });
    const mileHigh = await app.prisma.workshop.findFirstOrThrow({ where: { name: "Mile High Motor Works" } });
    const sum = (account: string, who: { userId?: string | null; workshopId?: string | null } = {}) =>
      totals
        .filter((t) => t.account === account && (who.userId === undefined || t.userId === who.userId) && (who.workshopId === undefined || t.workshopId === who.workshopId))
        .reduce((cents, t) => cents + t._sum.amountCents!, 0);
    // 6 x $2.50 diagnostic fees + the repair's $60 platform fee - its $30 referral.
    expect(sum("PLATFORM_REVENUE")).toBe(6 * 250 + 6_000 - 3_000);
    expect(sum("PLATFORM_CASH")).toBe(-(6 * 2_500 + 60_000));
    // Earned: Sam's completed diagnosis; Maya's two and her referral. Held: the three sessions not completed.
    expect(sum("MECHANIC_PAYABLE", { userId: sam.id })).toBe(2_250);
    expect(sum("MECHANIC_PAYABLE", { userId: maya.id })).toBe(2 * 2_250 + 3_000);
    expect(sum("DIAGNOSTIC_CLEARING")).toBe(3 * 2_250);
    expect(sum("WORKSHOP_PAYABLE", { workshopId: mileHigh.id })).toBe(54_000);
    expect(sum("WORKSHOP_PAYABLE")).toBe(54_000);
  });

  it("a demo mechanic can start, and complete, their paid accepted session, and is credited once", async () => {
    const sam = DEMO_ACCOUNTS.find((a) => a.email.startsWith("mechanic.sam"))!;
    const token = (await app.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: sam.email, p: DEMO_PASSWORD })).data!.signIn.token as string;
    const accepted = await app.prisma.diagnosticSession.findFirstOrThrow({ where: { status: "ACCEPTED", mechanic: { email: sam.email } } });
    expect((await app.gql(`mutation ($id: ID!) { startSession(id: $id) { status } }`, { id: accepted.id }, token)).data?.startSession.status).toBe("IN_PROGRESS");
    const done = await app.gql(
      `mutation ($id: ID!) { completeSession(id: $id, input: { diagnosis: "Worn serpentine belt", recommendedServices: ["engine"] }) { status } }`,
      { id: accepted.id },
      token,
    );
    expect(done.data?.completeSession.status).toBe("COMPLETED");
    const payment = await app.prisma.payment.findFirstOrThrow({ where: { sessionId: accepted.id } });
    expect(await ledgerOf(app.prisma, payment.id)).toEqual({ payment: HELD_SPLIT, "diagnostic-earned": { "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": -2_250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 } });
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
  });

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
