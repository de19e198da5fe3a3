import { describe, expect, it } from "vitest";
import { platformRevenue, type PlatformRevenue } from "../../src/domain/ledger/postings.ts";
import { inBatches, paidDiagnosticSession } from "../factories/diagnostics.ts";
import { APPROVE, CREATE_QUOTE, createMatchableWorkshop, ESCALATE, RESPOND } from "../factories/escalations.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import { activePartnership, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, createPartnerOrg, part, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { unbalancedTransactions } from "../support/ledger.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";
import { seedMonth } from "./seed-months.ts";

/**
 * The seeds' revenue tables, read from `adminMetrics` after building the month through the API
 * (booking, payment and Stripe's webhook, claim, diagnosis, escalation, quote, approval, payment).
 * A full month is thousands of requests, so each is built at a smaller scale with the seed's
 * ratios; the pure postings (seed-months.ts) must give the same figures at that scale, and give
 * the seed's exact figures at full scale (asserted here and in fee-policy.test.ts).
 */
let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, app, admin } = world));

const METRICS = `query ($from: DateTimeISO!, $to: DateTimeISO!) { adminMetrics(from: $from, to: $to) {
  completedSessions escalatedSessions onPlatformTransactionRate quotes quoteApprovalRate averageQuoteCents
  diagnosticFeesCents repairFeesCents platformFeesCents referralFeesPaidCents commissionsPaidCents netRevenueCents } }`;

async function metricsOver(from: Date) {
  const result = await app.gql(METRICS, { from: from.toISOString(), to: new Date(Date.now() + 1_000).toISOString() }, admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.adminMetrics;
}

const money = (m: PlatformRevenue & Record<string, unknown>): PlatformRevenue => ({
  diagnosticFeesCents: m.diagnosticFeesCents,
  repairFeesCents: m.repairFeesCents,
  referralFeesPaidCents: m.referralFeesPaidCents,
  commissionsPaidCents: m.commissionsPaidCents,
  netRevenueCents: m.netRevenueCents,
});

const REPAIR_800 = { lineItems: [{ kind: "PART", description: "Brake caliper assembly", partNumber: "CA-800", quantity: 1, unitPriceCents: 80_000 }], validDays: 14 };

describe("seed 003's monthly revenue table", () => {
  it("1,000 diagnostics at $25, 300 escalations, $800 repairs, 60% approved: $2,500 + $14,400 - $7,200 = $9,700 net", async () => {
    // At 1/20 scale: 50 diagnostics, 15 escalations, 9 approved (60%) and paid, 6 declined.
    const SCALE = 20;
    const from = new Date();
    const city = `Retention ${from.getTime()}`;
    const customer = await createCustomer(app, { city });
    const vehicle = await createVehicle(app, customer.id);
    const mechanic = await createMechanic(app);
    const workshop = await createMatchableWorkshop(app, { city, maxOpenEscalations: 100 });

    const sessions = await inBatches(50, 10, () => paidDiagnosticSession(payments, customer, vehicle.id, mechanic));
    const quotes = await inBatches(15, 5, async (i) => {
      const escalated = await app.gql(ESCALATE, { sessionId: sessions[i]!.sessionId, input: { quotesRequested: 1 } }, mechanic.token);
      expect(escalated.errors).toBeUndefined();
      await app.gql(RESPOND, { offerId: escalated.data!.escalate.offers[0].id, accept: true }, workshop.advisor.token);
      const quote = await app.gql(CREATE_QUOTE, { escalationId: escalated.data!.escalate.id, input: REPAIR_800 }, workshop.advisor.token);
      expect(quote.errors).toBeUndefined();
      return quote.data!.createQuote.id as string;
    });
    await inBatches(15, 5, async (i) => {
      if (i >= 9) {
        expect((await app.gql(`mutation ($q: ID!) { declineQuote(quoteId: $q, reason: "too expensive") { status } }`, { q: quotes[i] }, customer.token)).errors).toBeUndefined();
        return;
      }
      expect((await app.gql(APPROVE, { quoteId: quotes[i] }, customer.token)).errors).toBeUndefined();
      const pay = await app.gql(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quotes[i], k: `repair-${quotes[i]}` }, customer.token);
      await payments.confirmPayment(pay.data!.payQuote.paymentId);
    });

    const metrics = await metricsOver(from);
    expect(metrics).toMatchObject({ completedSessions: 50, escalatedSessions: 15, onPlatformTransactionRate: 0.3, quotes: 15, quoteApprovalRate: 0.6, averageQuoteCents: 80_000 });
    // The sample, as the ledger booked it through the services, is what the pure postings give for it.
    const sample = platformRevenue(seedMonth({ diagnostics: 50, escalatedRepairs: 9, partneredRepairs: 0, repairCents: 80_000 }));
    expect(money(metrics)).toEqual(sample);
    expect(metrics.platformFeesCents).toBe(sample.diagnosticFeesCents + sample.repairFeesCents);
    // And scaled to the seed's month, the table to the cent.
    const month = Object.fromEntries(Object.entries(money(metrics)).map(([k, v]) => [k, v * SCALE]));
    expect(month).toEqual({ diagnosticFeesCents: 250_000, repairFeesCents: 1_440_000, referralFeesPaidCents: 720_000, commissionsPaidCents: 0, netRevenueCents: 970_000 });
    expect(platformRevenue(seedMonth({ diagnostics: 1_000, escalatedRepairs: 180, partneredRepairs: 0, repairCents: 80_000 }))).toEqual(month);
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
  }, 180_000); // builds a month through the API: dozens of paid diagnostics and repairs
});

describe("seed 000's revised partnership model", () => {
  it("one mechanic, 50 diagnostics and 20 partnered $800 quotes: $125 + $2,400 - $1,600 = $925 net", async () => {
    // At 1/10 scale: 5 diagnostics, 2 partnered quotes of $800 on two of them, approved and paid.
    const SCALE = 10;
    const from = new Date();
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const partnership = await activePartnership(app, { mechanic, partner, admin }, { type: "SUPPLIER", permissions: { quoteApprovalRequired: false } });
    const caliper = await app.gql(UPSERT_PART, { p: partnership.id, input: part("CA-800", 50_000, 80_000) }, partner.token);

    const sessions = await inBatches(5, 5, () => paidDiagnosticSession(payments, customer, vehicle.id, mechanic));
    for (const { sessionId } of sessions.slice(0, 2)) {
      const created = await app.gql(
        CREATE_PARTNER_QUOTE,
        { s: sessionId, input: { partnershipId: partnership.id, parts: [{ catalogPartId: caliper.data!.upsertCatalogPart.id, quantity: 1 }] } },
        mechanic.token,
      );
      expect(created.errors).toBeUndefined();
      const quote = created.data!.createPartnerQuote.quote;
      expect(created.data!.createPartnerQuote.commission).toMatchObject({ totalCents: 80_000, platformFeeCents: 12_000, mechanicCommissionCents: 8_000, partnerShareCents: 68_000 });
      if (quote.status === "PENDING_PARTNER_APPROVAL") await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, partner.token);
      expect((await app.gql(APPROVE, { quoteId: quote.id }, customer.token)).errors).toBeUndefined();
      const pay = await app.gql(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quote.id, k: `partner-${quote.id}` }, customer.token);
      await payments.confirmPayment(pay.data!.payQuote.paymentId);
    }

    const metrics = await metricsOver(from);
    const sample = platformRevenue(seedMonth({ diagnostics: 5, escalatedRepairs: 0, partneredRepairs: 2, repairCents: 80_000 }));
    expect(money(metrics)).toEqual(sample);
    const month = Object.fromEntries(Object.entries(money(metrics)).map(([k, v]) => [k, v * SCALE]));
    // "Diagnostic fees: $125; Repair fees: 20 × $800 × 15% = $2,400; Commission paid: -$1,600; NET: $925/month per mechanic"
    expect(month).toEqual({ diagnosticFeesCents: 12_500, repairFeesCents: 240_000, referralFeesPaidCents: 0, commissionsPaidCents: 160_000, netRevenueCents: 92_500 });
    expect(platformRevenue(seedMonth({ diagnostics: 50, escalatedRepairs: 0, partneredRepairs: 20, repairCents: 80_000 }))).toEqual(month);
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
  }, 180_000); // builds a month through the API: dozens of paid diagnostics and repairs
});
