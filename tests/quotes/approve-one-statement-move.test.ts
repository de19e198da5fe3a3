import { describe, expect, it } from "vitest";
import type { EscalationMove } from "../../src/modules/escalations/escalation.machine.ts";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { AppError } from "../../src/platform/errors.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

/**
 * approveQuote's escalation move (and widen, and the SYSTEM moves) is one UPDATE that locks the
 * row in a sub-select and returns the status it left. What it must keep: one winner under
 * contention and one audit row for it; a move from a status it may not leave, or outside the
 * actor's scope (only the escalation's own customer approves or widens), writes nothing; a quote
 * the customer may not approve leaves the escalation as it was, its move rolled back.
 */
let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const viewer = (user: CreatedUser, role: Viewer["role"], workshopId: string | null = null): Viewer => ({ id: user.id, role, workshopId });

async function quoted() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  if (created.errors) throw new Error(created.body);
  return { scenario, workshop, escalationId, quoteId: created.data!.createQuote.id as string };
}

/** The escalation's row and its audit rows: what a refused move must leave exactly as it was. */
async function traceOf(escalationId: string) {
  const row = await app.prisma.escalation.findUniqueOrThrow({ where: { id: escalationId }, select: { status: true, workshopId: true, quotesRequested: true, updatedAt: true } });
  const audit = await app.prisma.auditLog.findMany({ where: { entityType: "Escalation", entityId: escalationId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, data: true } });
  return { row, audit };
}

/** `move` on the server's own escalation machine, as `actor`, in a transaction of its own: the transitions, or the AppError code it threw. */
async function attempt(actor: Viewer | "SYSTEM", escalationId: string, move: EscalationMove, data: Record<string, unknown> = {}) {
  try {
    return await app.prisma.$transaction((tx) => app.machines.escalation.move(tx, actor, escalationId, move, { data }));
  } catch (error) {
    if (error instanceof AppError) return error.extensions.code as string;
    throw error;
  }
}

describe("approveQuote under contention", () => {
  it("20 approvals of one quote at once: one wins, 19 CONFLICT; one escalation move audited, one quote history row", async () => {
    const { scenario, workshop, escalationId, quoteId } = await quoted();
    const before = await traceOf(escalationId);
    const attempts = await Promise.all(Array.from({ length: 20 }, () => app.gql(APPROVE, { quoteId }, scenario.customer.token)));
    expect(attempts.filter((a) => a.data?.approveQuote?.status === "APPROVED")).toHaveLength(1);
    expect(attempts.filter((a) => !a.data?.approveQuote).map((a) => a.errors?.[0]?.extensions?.code)).toEqual(Array(19).fill("CONFLICT"));
    const after = await traceOf(escalationId);
    expect(after.row).toMatchObject({ status: "APPROVED", workshopId: workshop.id });
    expect(after.audit.slice(before.audit.length)).toEqual([
      { action: "escalation.approved", actorId: scenario.customer.id, data: { move: "approve", from: "QUOTED", to: "APPROVED", workshopId: workshop.id } },
    ]);
    const history = await app.prisma.quoteStatusChange.findMany({ where: { quoteId, toStatus: "APPROVED" } });
    expect(history).toHaveLength(1);
    expect(app.logLines.filter((line) => line.includes("internal error"))).toEqual([]);
  });

  it("an approval racing the customer's decline of the same quote: one of them wins, and a lost approval leaves the escalation unmoved", async () => {
    const { scenario, escalationId, quoteId } = await quoted();
    const before = await traceOf(escalationId);
    const [approved, declined] = await Promise.all([
      app.gql(APPROVE, { quoteId }, scenario.customer.token),
      app.gql(`mutation ($q: ID!) { declineQuote(quoteId: $q) { status } }`, { q: quoteId }, scenario.customer.token),
    ]);
    const outcomes = [approved.data?.approveQuote?.status ?? approved.errors?.[0]?.extensions?.code, declined.data?.declineQuote?.status ?? declined.errors?.[0]?.extensions?.code];
    expect([
      ["APPROVED", "CONFLICT"],
      ["CONFLICT", "DECLINED"],
    ]).toContainEqual(outcomes);
    const after = await traceOf(escalationId);
    if (outcomes[0] === "APPROVED") expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(["escalation.approved"]);
    else expect(after).toEqual(before);
  });
});

describe("approveQuote of a quote the customer may not approve leaves the escalation as it was", () => {
  it("withdrawn (CANCELLED), expired, declined, superseded, closed, already approved: CONFLICT, no escalation move, no audit row", async () => {
    for (const status of ["CANCELLED", "EXPIRED", "DECLINED", "SUPERSEDED", "CLOSED", "APPROVED"] as const) {
      const { scenario, escalationId, quoteId } = await quoted();
      await app.prisma.repairQuote.update({ where: { id: quoteId }, data: { status } });
      const before = await traceOf(escalationId);
      const answer = await app.gql(APPROVE, { quoteId }, scenario.customer.token);
      expect({ status, code: answer.errors?.[0]?.extensions?.code }).toEqual({ status, code: "CONFLICT" });
      expect(await traceOf(escalationId)).toEqual(before);
    }
  });

  it("a pending quote past its validity: CONFLICT QUOTE_EXPIRED, the escalation unmoved", async () => {
    const { scenario, escalationId, quoteId } = await quoted();
    await app.prisma.repairQuote.update({ where: { id: quoteId }, data: { validUntil: new Date(Date.now() - 1000) } });
    const before = await traceOf(escalationId);
    expect((await app.gql(APPROVE, { quoteId }, scenario.customer.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "QUOTE_EXPIRED" });
    expect(await traceOf(escalationId)).toEqual(before);
  });

  it("another customer, the mechanic, the advisor, an admin, a suspended customer: a coded refusal, nothing written", async () => {
    const { scenario, workshop, escalationId, quoteId } = await quoted();
    const stranger = await createCustomer(app);
    const before = await traceOf(escalationId);
    const codes = {
      stranger: (await app.gql(APPROVE, { quoteId }, stranger.token)).errors?.[0]?.extensions?.code,
      mechanic: (await app.gql(APPROVE, { quoteId }, scenario.mechanic.token)).errors?.[0]?.extensions?.code,
      advisor: (await app.gql(APPROVE, { quoteId }, workshop.advisor.token)).errors?.[0]?.extensions?.code,
      admin: (await app.gql(APPROVE, { quoteId }, admin.token)).errors?.[0]?.extensions?.code,
    };
    expect(codes).toEqual({ stranger: "NOT_FOUND", mechanic: "FORBIDDEN", advisor: "FORBIDDEN", admin: "FORBIDDEN" });
    // The quote's own customer, suspended meanwhile.
    await app.prisma.user.update({ where: { id: scenario.customer.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000), statusReason: "test" } });
    const refused = await app.gql(APPROVE, { quoteId }, scenario.customer.token);
    expect(refused.data?.approveQuote ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED|ACCOUNT_SUSPENDED)$/);
    expect(refused.body).not.toMatch(/at \w+ \(|\.ts:\d+/);
    expect(await traceOf(escalationId)).toEqual(before);
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } })).status).toBe("PENDING");
  });
});

describe("the escalation machine's one-statement moves keep their actor scope and from-statuses", () => {
  it("approve and widen: only the escalation's own customer; another customer, or the customer of another escalation, moves nothing; other roles FORBIDDEN", async () => {
    const { scenario, workshop, escalationId } = await quoted();
    const other = await quoted();
    const stranger = await createCustomer(app);
    const before = await traceOf(escalationId);
    for (const move of ["approve", "widen"] as const) {
      const data = move === "approve" ? { workshopId: workshop.id } : { quotesRequested: 3 };
      expect(await attempt(viewer(stranger, "CUSTOMER"), escalationId, move, data)).toEqual([]);
      expect(await attempt(viewer(other.scenario.customer, "CUSTOMER"), escalationId, move, data)).toEqual([]);
      // A customer id passed with another role is still refused by the role first.
      expect(await attempt(viewer(scenario.customer, "ADMIN"), escalationId, move, data)).toBe("FORBIDDEN");
      expect(await attempt(viewer(scenario.mechanic, "MECHANIC"), escalationId, move, data)).toBe("FORBIDDEN");
      expect(await attempt(viewer(workshop.advisor, "WORKSHOP_ADVISOR", workshop.id), escalationId, move, data)).toBe("FORBIDDEN");
      expect(await attempt(viewer(admin, "ADMIN"), escalationId, move, data)).toBe("FORBIDDEN");
      expect(await attempt("SYSTEM", escalationId, move, data)).toBe("FORBIDDEN");
    }
    expect(await traceOf(escalationId)).toEqual(before);
    expect((await traceOf(other.escalationId)).row.status).toBe("QUOTED");
  });

  it("widen by the own customer keeps the status, records quotesRequested, audits once with from = to", async () => {
    const { scenario, escalationId } = await quoted();
    const before = await traceOf(escalationId);
    expect(await attempt(viewer(scenario.customer, "CUSTOMER"), escalationId, "widen", { quotesRequested: 2 })).toEqual([{ escalationId, from: "QUOTED", to: "QUOTED" }]);
    const after = await traceOf(escalationId);
    expect(after.row).toMatchObject({ status: "QUOTED", quotesRequested: 2 });
    expect(after.row.updatedAt.getTime()).toBeGreaterThan(before.row.updatedAt.getTime());
    expect(after.audit.slice(before.audit.length)).toEqual([{ action: "escalation.widen", actorId: scenario.customer.id, data: { move: "widen", from: "QUOTED", to: "QUOTED", quotesRequested: 2 } }]);
  });

  it("from a status a move may not leave: nothing moves, nothing is audited, the row is untouched", async () => {
    const cases: [EscalationMove, "customer" | "SYSTEM", string][] = [
      ["approve", "customer", "AWAITING_WORKSHOP"],
      ["approve", "customer", "APPROVED"],
      ["approve", "customer", "COMPLETED"],
      ["approve", "customer", "UNMATCHED"],
      ["approve", "customer", "CANCELLED"],
      ["widen", "customer", "APPROVED"],
      ["widen", "customer", "UNMATCHED"],
      ["hold", "SYSTEM", "QUOTED"],
      ["accept", "SYSTEM", "APPROVED"],
      ["unmatch", "SYSTEM", "COMPLETED"],
    ];
    for (const [move, who, status] of cases) {
      const { scenario, workshop, escalationId } = await quoted();
      await app.prisma.escalation.update({ where: { id: escalationId }, data: { status: status as never } });
      const before = await traceOf(escalationId);
      const actor = who === "SYSTEM" ? "SYSTEM" : viewer(scenario.customer, "CUSTOMER");
      const data = move === "widen" ? { quotesRequested: 3 } : move === "unmatch" ? { workshopId: null, unmatchedReason: null } : { workshopId: workshop.id };
      expect({ move, status, moved: await attempt(actor, escalationId, move, data) }).toEqual({ move, status, moved: [] });
      expect(await traceOf(escalationId)).toEqual(before);
    }
  });

  it("SYSTEM moves from the statuses they leave: hold and unmatch from ACCEPTED, accept from AWAITING_WORKSHOP, each audited once without a person", async () => {
    const { escalationId, workshop } = await quoted();
    await app.prisma.escalation.update({ where: { id: escalationId }, data: { status: "ACCEPTED" } });
    const before = await traceOf(escalationId);
    expect(await attempt("SYSTEM", escalationId, "hold", { workshopId: workshop.id, unmatchedReason: null })).toEqual([{ escalationId, from: "ACCEPTED", to: "AWAITING_WORKSHOP" }]);
    expect(await attempt("SYSTEM", escalationId, "accept", { workshopId: workshop.id, unmatchedReason: null })).toEqual([{ escalationId, from: "AWAITING_WORKSHOP", to: "ACCEPTED" }]);
    expect(await attempt("SYSTEM", escalationId, "unmatch", { workshopId: null, unmatchedReason: "ALL_DECLINED_OR_EXPIRED" })).toEqual([{ escalationId, from: "ACCEPTED", to: "UNMATCHED" }]);
    const after = await traceOf(escalationId);
    expect(after.row).toMatchObject({ status: "UNMATCHED", workshopId: null });
    expect(after.audit.slice(before.audit.length).map((a) => [a.action, a.actorId])).toEqual([
      ["escalation.awaiting_workshop", null],
      ["escalation.accepted", null],
      ["escalation.unmatched", null],
    ]);
  });
});
