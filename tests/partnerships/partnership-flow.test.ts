import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApprovePartnerQuoteDocument, PartnerQuotesAwaitingApprovalDocument } from "../../client/generated/graphql.ts";
import { createCompletedSession, createMatchableWorkshop } from "../factories/escalations.ts";
import { createAdmin, createMechanic, type CreatedUser } from "../factories/index.ts";
import {
  ACCEPT,
  APPLY,
  applyInput,
  APPROVE_PARTNER_QUOTE,
  CREATE_PARTNER_QUOTE,
  createPartnerOrg,
  linesOf,
  part,
  partnerWorld,
  REJECT_PARTNER_QUOTE,
  UPSERT_PART,
  VERIFY,
  type PartnershipTerms,
} from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  ({ app, stripe } = payments);
  admin = await createAdmin(app);
});
afterAll(() => payments.close());

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId amountCents } }`;
const CUSTOMER_QUOTE = `query ($q: ID!) { quote(id: $q) { id status totalCents verifiedPartner partnerOrganizationName } }`;

const webhook = async (type: string, object: Record<string, any>) => (await payments.webhook(type, object)).status;

const world = (terms: PartnershipTerms = {}, partnerOptions: Parameters<typeof createPartnerOrg>[1] = {}) => partnerWorld(app, admin, terms, partnerOptions);

describe("partnership end to end, for each type", () => {
  // Seed 000's revised model: a 15% platform fee, out of which the platform pays the mechanic's
  // commission (10% by default for every type, and at most that; the supplier case applies for 7.5%).
  // The partner receives the rest of the total: $620 - $93 = $527, whatever the commission.
  const cases = [
    { type: "WORKSHOP", commissionBasisPoints: null, commission: 6_200, partnerShare: 52_700 },
    { type: "SUPPLIER", commissionBasisPoints: 750, commission: 4_650, partnerShare: 52_700 },
    { type: "NETWORK", commissionBasisPoints: null, commission: 6_200, partnerShare: 52_700 },
  ] as const;

  for (const c of cases) {
    it(`${c.type}: apply -> accept -> verify -> quote -> partner approval -> customer approval -> signed webhook -> ledger to the cent`, async () => {
      const workshop = c.type === "WORKSHOP" ? await createMatchableWorkshop(app) : null;
      const w = await world({ type: c.type, commissionBasisPoints: c.commissionBasisPoints }, { workshopId: workshop?.id });
      const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
      expect(created.errors).toBeUndefined();
      const { quote, commission } = created.data!.createPartnerQuote;
      expect(commission).toMatchObject({ totalCents: 62_000, platformFeeCents: 9_300, mechanicCommissionCents: c.commission, partnerShareCents: c.partnerShare, requiresPartnerApproval: true });
      expect(quote.status).toBe("PENDING_PARTNER_APPROVAL");
      expect(quote.lineItems.map((l: any) => l.totalCents)).toEqual([16_000, 22_000, 24_000]);

      // Invisible to the customer until the partner approves: NOT_FOUND, exactly like a missing quote.
      const hidden = await app.gql(CUSTOMER_QUOTE, { q: quote.id }, w.customer.token);
      expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const early = await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { id } }`, { q: quote.id }, w.customer.token);
      expect(early.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

      // The partner works from the approvals screen's typed operations.
      const awaiting = await app.gql(PartnerQuotesAwaitingApprovalDocument, {}, w.partner.token);
      expect(awaiting.data!.partnershipQuotes.nodes.map((q) => q.id)).toContain(quote.id);
      const approved = await app.gql(ApprovePartnerQuoteDocument, { quoteId: quote.id }, w.partner.token);
      expect(approved.data!.approvePartnerQuote.status).toBe("PENDING");
      const seen = await app.gql(CUSTOMER_QUOTE, { q: quote.id }, w.customer.token);
      expect(seen.data!.quote).toMatchObject({ status: "PENDING", totalCents: 62_000, verifiedPartner: true, partnerOrganizationName: expect.stringMatching(/^Partner /) });

      expect((await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`, { q: quote.id }, w.customer.token)).data!.approveQuote.status).toBe("APPROVED");
      const pay = await app.gql(PAY_QUOTE, { q: quote.id, k: `partner-pay-${c.type}` }, w.customer.token);
      expect(pay.data!.payQuote.amountCents).toBe(62_000);
      const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payQuote.paymentId } });
      expect(await webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!))).toBe(200);

      const entries = await app.prisma.ledgerEntry.findMany({ where: { paymentId: payment.id } });
      expect(Object.fromEntries(entries.map((e) => [`${e.account}/${e.kind}`, e.amountCents]))).toEqual({
        "PLATFORM_CASH/PAYMENT_RECEIVED": -62_000,
        "PLATFORM_REVENUE/PLATFORM_FEE": 9_300,
        "PLATFORM_REVENUE/COMMISSION": -c.commission,
        "MECHANIC_PAYABLE/COMMISSION": c.commission,
        "PARTNER_PAYABLE/PARTNER_SHARE": c.partnerShare,
      });
      expect(entries.find((e) => e.kind === "COMMISSION" && e.account === "MECHANIC_PAYABLE")!.userId).toBe(w.mechanic.id);
      expect(entries.find((e) => e.kind === "PARTNER_SHARE")!.userId).toBe(w.partner.id);

      const earnings = await app.gql(
        `query ($id: ID!) { partnership(id: $id) { earnings { mechanicCommissionCents partnerShareCents quotedThisMonthCents } } }`,
        { id: w.partnership.id },
        w.mechanic.token,
      );
      expect(earnings.data!.partnership.earnings).toEqual({ mechanicCommissionCents: c.commission, partnerShareCents: c.partnerShare, quotedThisMonthCents: 62_000 });
      if (workshop) expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quote.id } })).workshopId).toBe(workshop.id);
    });
  }

  it("the mechanic applies (accepting), but only both acceptances and an admin's verification make it ACTIVE", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const applied = await app.gql(APPLY, { input: applyInput(partner.id, { type: "NETWORK" }) }, mechanic.token);
    expect(applied.data!.applyForPartnership).toMatchObject({ status: "PENDING", commissionBasisPoints: 1_000, activeNow: false, inactiveReason: "PENDING" });
    const id = applied.data!.applyForPartnership.id;
    expect((await app.gql(VERIFY, { id }, admin.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await app.gql(ACCEPT, { id }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherPartner = await createPartnerOrg(app);
    expect((await app.gql(ACCEPT, { id }, otherPartner.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await app.gql(ACCEPT, { id }, partner.token);
    expect((await app.gql(VERIFY, { id }, admin.token)).data!.verifyPartnership).toMatchObject({ status: "ACTIVE", activeNow: true });
    expect(await app.prisma.auditLog.count({ where: { entityType: "Partnership", entityId: id } })).toBe(3);
    expect((await app.gql(APPLY, { input: applyInput(partner.id, { type: "NETWORK" }) }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("what blocks quoting, with a clear code", () => {
  it("the monthly limit, checked atomically: of concurrent quotes only those that fit are written", async () => {
    const w = await world({ permissions: { maxQuoteAmountCents: 130_000 } });
    const more = await Promise.all([1, 2, 3].map(() => createCompletedSession(app, { customerId: w.customer.id, mechanicId: w.mechanic.id })));
    const sessions = [w.sessionId, ...more.map((s) => s.id)];
    // Four concurrent $620 quotes against a $1,300 limit: exactly two fit.
    const results = await Promise.all(sessions.map((s) => app.gql(CREATE_PARTNER_QUOTE, { s, input: linesOf(w.partnership) }, w.mechanic.token)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["OK", "OK", "PARTNERSHIP_LIMIT_REACHED", "PARTNERSHIP_LIMIT_REACHED"]);
    const refused = results.find((r) => r.errors)!;
    expect(refused.errors![0]!.extensions).toMatchObject({ limitCents: 130_000, quotedThisMonthCents: 124_000, remainingCents: 6_000 });
    const total = await app.prisma.repairQuote.aggregate({ where: { partnershipId: w.partnership.id }, _sum: { totalCents: true } });
    expect(total._sum.totalCents).toBe(124_000);
    // A rejected quote frees its share of the limit.
    const first = results.find((r) => !r.errors)!.data!.createPartnerQuote.quote.id;
    await app.gql(REJECT_PARTNER_QUOTE, { q: first, r: "Rotors not needed yet" }, w.partner.token);
    const retry = await app.gql(CREATE_PARTNER_QUOTE, { s: sessions[results.findIndex((r) => r.errors)]!, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(retry.errors).toBeUndefined();
  });

  it("an expired contract (past its end date, no autoRenew) is not active; with autoRenew it is", async () => {
    const past = "2021-01-01";
    const w = await world({ contractStartDate: "2020-01-01", contractEndDate: "2020-12-31" });
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { contractEndDate: new Date(`${past}T00:00:00Z`) } });
    const expired = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_NOT_ACTIVE", reason: "EXPIRED" });
    await app.prisma.partnership.update({ where: { id: w.partnership.id }, data: { autoRenew: true } });
    expect((await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).errors).toBeUndefined();
  });

  it("suspension blocks quoting and partner approval; only the suspending party lifts it", async () => {
    const w = await world();
    const pending = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id;
    await app.gql(`mutation ($id: ID!) { suspendPartnership(partnershipId: $id, reason: "Quality review") { status } }`, { id: w.partnership.id }, w.partner.token);
    const other = await createCompletedSession(app, { customerId: w.customer.id, mechanicId: w.mechanic.id });
    const blocked = await app.gql(CREATE_PARTNER_QUOTE, { s: other.id, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_NOT_ACTIVE", reason: "SUSPENDED" });
    expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: pending }, w.partner.token)).errors?.[0]?.extensions?.code).toBe("PARTNERSHIP_NOT_ACTIVE");
    const byMechanic = await app.gql(`mutation ($id: ID!) { resumePartnership(partnershipId: $id) { status } }`, { id: w.partnership.id }, w.mechanic.token);
    expect(byMechanic.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const resumed = await app.gql(`mutation ($id: ID!) { resumePartnership(partnershipId: $id) { status } }`, { id: w.partnership.id }, w.partner.token);
    expect(resumed.data!.resumePartnership.status).toBe("ACTIVE");
  });

  it("termination (a partner may cite quality issues) blocks quoting and cancels open quotes", async () => {
    const w = await world();
    const pending = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id;
    const TERMINATE = `mutation ($id: ID!, $q: Boolean) { terminatePartnership(partnershipId: $id, reason: "Repeated overquoting", qualityIssue: $q) { status statusReason } }`;
    expect((await app.gql(TERMINATE, { id: w.partnership.id, q: true }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(TERMINATE, { id: w.partnership.id, q: true }, w.partner.token)).data!.terminatePartnership).toEqual({ status: "TERMINATED", statusReason: "Repeated overquoting" });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: pending } })).status).toBe("CANCELLED");
    const other = await createCompletedSession(app, { customerId: w.customer.id, mechanicId: w.mechanic.id });
    const blocked = await app.gql(CREATE_PARTNER_QUOTE, { s: other.id, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: "PARTNERSHIP_NOT_ACTIVE", reason: "TERMINATED" });
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: w.partnership.id, action: "partnership.terminated" } });
    expect(audit.data).toMatchObject({ qualityIssue: true });
  });

  it("canCreateQuotes false is FORBIDDEN; another mechanic's partnership is NOT_FOUND", async () => {
    const w = await world({ permissions: { canCreateQuotes: false } });
    expect((await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const stranger = await createMechanic(app);
    const session = await createCompletedSession(app, { customerId: w.customer.id, mechanicId: stranger.id });
    expect((await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("quotes at or under the auto-approval threshold go straight to the customer", async () => {
    const w = await world({ permissions: { autoApproveBelowCents: 62_000 } });
    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(created.data!.createPartnerQuote.quote.status).toBe("PENDING");
    expect(created.data!.createPartnerQuote.commission.requiresPartnerApproval).toBe(false);
  });
});

describe("partner price list", () => {
  it("only entries valid today price a quote, and a price change never alters a sent quote", async () => {
    const w = await world();
    const future = await app.gql(UPSERT_PART, { p: w.partnership.id, input: part("FUT-1", 100, 200, "2999-01-01") }, w.partner.token);
    const input = { partnershipId: w.partnership.id, parts: [{ catalogPartId: future.data!.upsertCatalogPart.id, quantity: 1 }] };
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input }, w.mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parts[0].catalogPartId" });

    const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
    await app.gql(UPSERT_PART, { p: w.partnership.id, input: part("BP-1", 4_000, 99_000) }, w.partner.token);
    const lines = await app.prisma.quoteLineItem.findMany({ where: { quoteId: quote.id }, orderBy: { position: "asc" } });
    expect(lines[0]!.unitPriceCents).toBe(8_000);
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quote.id } })).totalCents).toBe(62_000);
  });

  it("bulk import is all or nothing and reports each rejected row", async () => {
    const w = await world();
    const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;
    const header = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";
    const bad = [header, "IMP-1,Oil filter,engine,500,900,10,1,2020-01-01,", 'IMP-2,"Belt, 6-rib",engine,abc,900,10,1,2020-01-01,', "IMP-3,Wiper,body,700,600,10,1,2020-01-01,"].join("\n");
    const report = await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: bad }, w.partner.token);
    expect(report.data!.importCatalog).toEqual({
      applied: false,
      importedCount: 0,
      rejected: [
        { row: 2, field: "wholesalePriceCents", reason: "must be a whole number of cents" },
        { row: 3, field: "retailPriceCents", reason: "must not be below wholesalePriceCents" },
      ],
    });
    expect(report.body).not.toContain("abc");
    expect(await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id, partNumber: { startsWith: "IMP-" } } })).toBe(0);

    const good = [header, "IMP-1,Oil filter,engine,500,900,10,1,2020-01-01,", '"IMP-2","Belt, 6-rib",engine,1900,4400,10,1,2020-01-01,2999-12-31'].join("\r\n");
    expect((await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: good }, w.partner.token)).data!.importCatalog).toEqual({ applied: true, importedCount: 2, rejected: [] });
    const json = JSON.stringify([part("IMP-9", 100, 150), { ...part("IMP-9", 100, 150) }]);
    const dup = await app.gql(IMPORT, { p: w.partnership.id, f: "JSON", c: json }, w.partner.token);
    expect(dup.data!.importCatalog.rejected).toEqual([{ row: 2, field: "partNumber", reason: "repeats an earlier row with the same validFrom" }]);
    // The mechanic may not manage the partner's prices.
    expect((await app.gql(IMPORT, { p: w.partnership.id, f: "JSON", c: "[]" }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("dashboards", () => {
  it("partner: approval queue and per-mechanic performance; admin: pending verification and abuse signals", async () => {
    const w = await world();
    const q = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote.id;
    const queue = await app.gql(`{ partnershipQuotes(status: PENDING_PARTNER_APPROVAL) { totalCount nodes { id totalCents } } }`, {}, w.partner.token);
    expect(queue.data!.partnershipQuotes).toEqual({ totalCount: 1, nodes: [{ id: q, totalCents: 62_000 }] });
    await app.gql(REJECT_PARTNER_QUOTE, { q, r: "Labor estimate too high" }, w.partner.token);
    const mine = await app.gql(`{ partnershipQuotes { nodes { id status partnerRejectReason } } }`, {}, w.mechanic.token);
    expect(mine.data!.partnershipQuotes.nodes).toEqual([{ id: q, status: "REJECTED_BY_PARTNER", partnerRejectReason: "Labor estimate too high" }]);
    const perf = await app.gql(`{ partnerPerformance { partnershipId quotes approvedByPartner rejectedByPartner approvalRate converted conversionRate complaints } }`, {}, w.partner.token);
    expect(perf.data!.partnerPerformance).toEqual([
      { partnershipId: w.partnership.id, quotes: 1, approvedByPartner: 0, rejectedByPartner: 1, approvalRate: 0, converted: 0, conversionRate: 0, complaints: 0 },
    ]);

    const m = await createMechanic(app);
    const p = await createPartnerOrg(app);
    const applied = await app.gql(APPLY, { input: applyInput(p.id) }, m.token);
    await app.gql(ACCEPT, { id: applied.data!.applyForPartnership.id }, p.token);
    const pendingList = await app.gql(`{ partnershipsPendingVerification(first: 100) { nodes { id } } }`, {}, admin.token);
    expect(pendingList.data!.partnershipsPendingVerification.nodes.map((x: any) => x.id)).toContain(applied.data!.applyForPartnership.id);

    // A price list far above the partner's own cost: 8x wholesale.
    const gouge = await world();
    const pricey = await app.gql(UPSERT_PART, { p: gouge.partnership.id, input: part("GOUGE-1", 1_000, 8_000) }, gouge.partner.token);
    const gq = await app.gql(
      CREATE_PARTNER_QUOTE,
      { s: gouge.sessionId, input: { partnershipId: gouge.partnership.id, parts: [{ catalogPartId: pricey.data!.upsertCatalogPart.id, quantity: 1 }] } },
      gouge.mechanic.token,
    );
    const signals = await app.gql(`{ partnershipAbuseSignals { kind partnershipId quoteId markupBasisPoints } }`, {}, admin.token);
    expect(signals.data!.partnershipAbuseSignals).toContainEqual({
      kind: "QUOTE_FAR_ABOVE_CATALOG",
      partnershipId: gouge.partnership.id,
      quoteId: gq.data!.createPartnerQuote.quote.id,
      markupBasisPoints: 80_000,
    });
    expect((await app.gql(`{ partnershipAbuseSignals { kind } }`, {}, w.partner.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
