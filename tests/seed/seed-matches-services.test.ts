import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { matchRecord } from "../../src/domain/matching/workshop-matcher.ts";
import { SEED_FEE_POLICY, splitRepair } from "../../src/domain/money/fee-policy.ts";
import { priceLineItems } from "../../src/domain/money/pricing.ts";
import { marginBasisPoints } from "../../src/domain/partnerships/catalog-import.ts";
import { quoteNotice } from "../../src/modules/quotes/quote-notice.ts";
import { DEMO_MECHANIC_REVIEWS, demoMatch, seedDemoWorld } from "../../src/seed/seed.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The demo world is what the services would have written: every derived figure and text in it is
 * recomputed here by the domain function the service uses and compared with the stored row.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
});
afterAll(() => app.close());

describe("the demo world matches what the services produce", () => {
  it("prices the quote with priceLineItems, 0-based positions, and takes its fees from splitRepair", async () => {
    const quote = await app.prisma.repairQuote.findFirstOrThrow({ include: { lineItems: { orderBy: { position: "asc" } } } });
    expect(quote.lineItems.map((line) => line.position)).toEqual(quote.lineItems.map((_, i) => i));
    const priced = priceLineItems(quote.lineItems.map(({ kind, description, quantity, unitPriceCents }) => ({ kind, description, quantity, unitPriceCents })));
    expect(quote.lineItems.map((line) => line.totalCents)).toEqual(priced.lines.map((line) => line.totalCents));
    expect({ subtotalCents: quote.subtotalCents, totalCents: quote.totalCents }).toEqual({ subtotalCents: priced.subtotalCents, totalCents: priced.totalCents });
    const split = splitRepair({ totalCents: quote.totalCents, platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints, mechanicFeeBasisPoints: SEED_FEE_POLICY.referralFeeBasisPoints });
    expect({ platformFeeCents: quote.platformFeeCents, mechanicFeeCents: quote.mechanicFeeCents }).toEqual({ platformFeeCents: split.platformFeeCents, mechanicFeeCents: split.mechanicFeeCents });
    // The design notes' worked example.
    expect(quote).toMatchObject({ totalCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000 });
  });

  it("announces the quote in the session's chat with the quote notice's text", async () => {
    const quote = await app.prisma.repairQuote.findFirstOrThrow({ include: { workshop: true, escalation: true } });
    const notices = await app.prisma.chatMessage.findMany({ where: { sessionId: quote.escalation.sessionId, kind: "SYSTEM" } });
    const text = quoteNotice(quote, quote.workshop!.name);
    expect(notices).toMatchObject([{ senderId: null, body: text, deliveredBody: text, flaggedKinds: [] }]);
  });

  it("computes every mechanic's and workshop's rating from its reviews, and rates nothing without one", async () => {
    const reviews = await app.prisma.review.findMany();
    expect(reviews).toHaveLength(DEMO_MECHANIC_REVIEWS.length);
    const ratingOf = (rated: { rating: number }[]) => ({
      ratingHundredths: rated.length === 0 ? 0 : Math.round((rated.reduce((sum, r) => sum + r.rating, 0) * 100) / rated.length),
      ratingCount: rated.length,
    });
    const mechanics = await app.prisma.mechanicProfile.findMany({ select: { userId: true, ratingHundredths: true, ratingCount: true } });
    for (const { userId, ...rating } of mechanics) expect(rating).toEqual(ratingOf(reviews.filter((r) => r.subject === "MECHANIC" && r.mechanicId === userId)));
    const workshops = await app.prisma.workshop.findMany({ select: { id: true, ratingHundredths: true, ratingCount: true } });
    for (const { id, ...rating } of workshops) expect(rating).toEqual(ratingOf(reviews.filter((r) => r.subject === "WORKSHOP" && r.workshopId === id)));
    expect(mechanics.filter((m) => m.ratingCount > 0)).toHaveLength(2);
  });

  it("reviews only completed sessions with a settled diagnostic, with comments the content monitor finds nothing in", async () => {
    const reviews = await app.prisma.review.findMany({ include: { session: { include: { payments: true } } } });
    for (const review of reviews) {
      expect(review.session.status).toBe("COMPLETED");
      expect(review.session.payments.some((p) => p.kind === "DIAGNOSTIC" && p.status === "SUCCEEDED")).toBe(true);
      expect(detectContactDetails(review.comment ?? "").kinds).toEqual([]);
    }
  });

  it("records the offer's matchInputs and reason as escalation matching does", async () => {
    const offer = await app.prisma.escalationOffer.findFirstOrThrow({ include: { escalation: true } });
    const { input, result } = demoMatch();
    expect(offer.workshopId).toBe(result.workshopId);
    expect(offer.matchReason).toBe(result.reason);
    expect(offer.matchInputs).toEqual(JSON.parse(JSON.stringify(matchRecord(input, offer.escalation.estimatedAmountCents, result))));
    // jsonb does not keep key order: the shape is the set of keys.
    expect(Object.keys(offer.matchInputs as object).sort()).toEqual([
      "candidates",
      "customerCity",
      "estimatedAmountCents",
      "excludeWorkshopIds",
      "preferredWorkshopId",
      "ranked",
      "recommendedServices",
    ]);
  });

  it("delivers every chat message as the contact detector masks it, and flags exactly the detected ones", async () => {
    const messages = await app.prisma.chatMessage.findMany({ where: { kind: "USER" }, include: { violation: true } });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      const detection = detectContactDetails(message.body);
      expect({ deliveredBody: message.deliveredBody, flaggedKinds: message.flaggedKinds }, message.body).toEqual({ deliveredBody: detection.masked, flaggedKinds: detection.kinds });
      expect(message.violation?.kinds ?? [], message.body).toEqual(detection.kinds);
    }
    expect(messages.filter((m) => m.flaggedKinds.length > 0).map((m) => m.deliveredBody)).toEqual(["Sounds like torque converter shudder. [hidden]."]);
  });

  it("records the quote's creation as the quote machine does: one history row and one audit row, at the quote's time", async () => {
    const quote = await app.prisma.repairQuote.findFirstOrThrow({ include: { statusChanges: true } });
    expect(quote.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "PENDING", actorId: quote.createdById, reason: null, createdAt: quote.createdAt }]);
    const audit = await app.prisma.auditLog.findMany({ where: { entityType: "RepairQuote", entityId: quote.id } });
    expect(audit).toMatchObject([
      { action: "quote.pending", actorId: quote.createdById, actorRole: "WORKSHOP_ADVISOR", data: { from: null, to: "PENDING", escalationId: quote.escalationId }, createdAt: quote.createdAt },
    ]);
  });

  it("audits each payment as the payment machine's pay and succeed moves do, when it was paid", async () => {
    const payments = await app.prisma.payment.findMany();
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) {
      const audit = await app.prisma.auditLog.findMany({ where: { entityType: "Payment", entityId: payment.id }, orderBy: { id: "asc" } });
      expect(payment.status).toBe("SUCCEEDED");
      expect(
        audit.map(({ action, actorId, actorRole, data, createdAt }) => ({ action, actorId, actorRole, data, createdAt })).sort((a, b) => a.action.localeCompare(b.action)),
        payment.id,
      ).toEqual([
        {
          action: "payment.created",
          actorId: payment.customerId,
          actorRole: "CUSTOMER",
          data: { amountCents: payment.amountCents, from: null, to: "REQUIRES_PAYMENT_METHOD" },
          createdAt: payment.createdAt,
        },
        { action: "payment.synced", actorId: null, actorRole: null, data: { source: "seed", from: "REQUIRES_PAYMENT_METHOD", to: "SUCCEEDED" }, createdAt: payment.createdAt },
      ]);
    }
  });

  it("prices the supplier's catalog margins with marginBasisPoints", async () => {
    const parts = await app.prisma.partnerCatalogPart.findMany();
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(part.marginBasisPoints, part.partNumber).toBe(marginBasisPoints(part.wholesalePriceCents, part.retailPriceCents));
  });
});
