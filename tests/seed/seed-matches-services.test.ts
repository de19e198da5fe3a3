import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { matchRecord } from "../../src/domain/matching/workshop-matcher.ts";
import { SEED_FEE_POLICY, splitRepair } from "../../src/domain/money/fee-policy.ts";
import { priceLineItems } from "../../src/domain/money/pricing.ts";
import { marginBasisPoints } from "../../src/domain/partnerships/catalog-import.ts";
import { quoteNotice } from "../../src/modules/quotes/quote-notice.ts";
import { DEMO_ACCOUNTS, DEMO_ESCALATIONS, DEMO_MECHANIC_REVIEWS, demoMatch, seedDemoWorld, type EscalationSeed } from "../../src/seed/seed.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";

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
  it("prices each quote with priceLineItems, 0-based positions, and takes its fees from splitRepair", async () => {
    const quotes = await app.prisma.repairQuote.findMany({ include: { lineItems: { orderBy: { position: "asc" } } }, orderBy: { totalCents: "desc" } });
    expect(quotes).toHaveLength(Object.keys(DEMO_ESCALATIONS).length);
    for (const quote of quotes) {
      expect(quote.lineItems.map((line) => line.position)).toEqual(quote.lineItems.map((_, i) => i));
      const priced = priceLineItems(quote.lineItems.map(({ kind, description, quantity, unitPriceCents }) => ({ kind, description, quantity, unitPriceCents })));
      expect(quote.lineItems.map((line) => line.totalCents)).toEqual(priced.lines.map((line) => line.totalCents));
      expect({ subtotalCents: quote.subtotalCents, totalCents: quote.totalCents }).toEqual({ subtotalCents: priced.subtotalCents, totalCents: priced.totalCents });
      const split = splitRepair({ totalCents: quote.totalCents, platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints, mechanicFeeBasisPoints: SEED_FEE_POLICY.referralFeeBasisPoints });
      expect({ platformFeeCents: quote.platformFeeCents, mechanicFeeCents: quote.mechanicFeeCents }).toEqual({ platformFeeCents: split.platformFeeCents, mechanicFeeCents: split.mechanicFeeCents });
    }
    // The design notes' worked example (Alice's, pending), and Priya's paid alternator repair.
    expect(quotes.map(({ status, totalCents, platformFeeCents, mechanicFeeCents }) => ({ status, totalCents, platformFeeCents, mechanicFeeCents }))).toEqual([
      { status: "PENDING", totalCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000 },
      { status: "APPROVED", totalCents: 60_000, platformFeeCents: 6_000, mechanicFeeCents: 3_000 },
    ]);
  });

  it("announces each quote in its session's chat with the quote notice's text", async () => {
    const quotes = await app.prisma.repairQuote.findMany({ include: { workshop: true, escalation: true } });
    for (const quote of quotes) {
      const notices = await app.prisma.chatMessage.findMany({ where: { sessionId: quote.escalation.sessionId, kind: "SYSTEM" } });
      const text = quoteNotice(quote, quote.workshop!.name);
      expect(notices).toMatchObject([{ senderId: null, body: text, deliveredBody: text, flaggedKinds: [] }]);
    }
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

  it("records each offer's matchInputs and reason as escalation matching does, counting the workshops' open escalations then", async () => {
    for (const escalation of Object.values(DEMO_ESCALATIONS)) {
      const offer = await app.prisma.escalationOffer.findFirstOrThrow({ where: { escalation: { sessionId: escalation.session.id } }, include: { escalation: true } });
      const { input, result } = demoMatch(escalation);
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
    }
    // Priya's was matched while Alice's still held Eastside; Alice's before any other.
    const open = (escalation: EscalationSeed) => Object.fromEntries(demoMatch(escalation).input.candidates.map((c) => [c.name, c.openEscalations]));
    expect(open(DEMO_ESCALATIONS.aliceBrakes)).toMatchObject({ "Eastside Auto Care": 0, "Mile High Motor Works": 0 });
    expect(open(DEMO_ESCALATIONS.priyaAlternator)).toMatchObject({ "Eastside Auto Care": 1, "Mile High Motor Works": 0 });
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

  it("lists as suspended exactly the accounts their seeded flags suspended, with one standing violation per flag", async () => {
    const users = await app.prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, include: { violations: true } });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    const stored = Object.fromEntries(users.map((u) => [u.email, { suspended: u.status === "SUSPENDED", violationCount: u.violationCount }]));
    const flagged = Object.fromEntries(users.map((u) => [u.email, { suspended: u.violations.length > 0, violationCount: u.violations.length }]));
    const declared = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, a.suspended]));
    expect(Object.fromEntries(Object.entries(stored).map(([email, s]) => [email, s.suspended]))).toEqual(declared);
    expect(stored).toEqual(flagged);
    expect(Object.values(declared).filter(Boolean)).toHaveLength(1);
  });

  it("records each quote's moves as the quote machine does: a history row and an audit row each, at their time", async () => {
    const quotes = await app.prisma.repairQuote.findMany({ include: { statusChanges: { orderBy: { createdAt: "asc" } }, escalation: { include: { session: true } } } });
    for (const quote of quotes) {
      const customerId = quote.escalation.session.customerId;
      const created = { fromStatus: null, toStatus: "PENDING", actorId: quote.createdById, reason: null, createdAt: quote.createdAt };
      const approved = { fromStatus: "PENDING", toStatus: "APPROVED", actorId: customerId, reason: null, createdAt: quote.customerDecisionAt };
      expect(quote.statusChanges).toMatchObject(quote.status === "APPROVED" ? [created, approved] : [created]);
      const audit = await app.prisma.auditLog.findMany({ where: { entityType: "RepairQuote", entityId: quote.id }, orderBy: { createdAt: "asc" } });
      const pending = {
        action: "quote.pending",
        actorId: quote.createdById,
        actorRole: "WORKSHOP_ADVISOR",
        data: { from: null, to: "PENDING", escalationId: quote.escalationId },
        createdAt: quote.createdAt,
      };
      const approval = {
        action: "quote.approved",
        actorId: customerId,
        actorRole: "CUSTOMER",
        data: { from: "PENDING", to: "APPROVED", escalationId: quote.escalationId },
        createdAt: quote.customerDecisionAt,
      };
      expect(audit).toMatchObject(quote.status === "APPROVED" ? [pending, approval] : [pending]);
    }
  });

  it("approves, pays and books Priya's quote as approveQuote, Stripe's settlement and bookDropOff do", async () => {
    const quote = await app.prisma.repairQuote.findFirstOrThrow({ where: { status: "APPROVED" }, include: { escalation: true } });
    const customerId = (await app.prisma.user.findUniqueOrThrow({ where: { email: DEMO_ESCALATIONS.priyaAlternator.customer.email } })).id;
    // The escalation moved with its quote, by the customer, when she approved it.
    expect(quote.escalation).toMatchObject({ status: "APPROVED", workshopId: quote.workshopId });
    expect(await app.prisma.auditLog.findMany({ where: { entityType: "Escalation", entityId: quote.escalationId } })).toMatchObject([
      { action: "escalation.approved", actorId: customerId, data: { move: "approve", from: "QUOTED", to: "APPROVED", workshopId: quote.workshopId }, createdAt: quote.customerDecisionAt },
    ]);
    // Paid in full at once (under the escrow threshold), with the split settlement books for an escalated repair.
    const payment = await app.prisma.payment.findFirstOrThrow({ where: { quoteId: quote.id } });
    expect(payment).toMatchObject({ kind: "REPAIR", customerId, status: "SUCCEEDED", amountCents: quote.totalCents, manualCapture: false, sessionId: null });
    expect(await ledgerOf(app.prisma, payment.id)).toEqual({
      payment: {
        "PLATFORM_CASH/PAYMENT_RECEIVED": -60_000,
        "WORKSHOP_PAYABLE/WORKSHOP_SHARE": 54_000,
        "PLATFORM_REVENUE/PLATFORM_FEE": 6_000,
        "PLATFORM_REVENUE/REFERRAL_FEE": -3_000,
        "MECHANIC_PAYABLE/REFERRAL_FEE": 3_000,
      },
    });
    const referral = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId: payment.id, account: "MECHANIC_PAYABLE" } });
    expect(referral.userId).toBe(quote.escalation.mechanicId);
    // Booked by her after paying, on a future slot of the quote's workshop, audited as bookDropOff's first booking is.
    const booking = await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { quoteId: quote.id }, include: { slot: true } });
    expect(booking).toMatchObject({ customerId, workshopId: quote.workshopId, status: "BOOKED", slot: { workshopId: quote.workshopId } });
    expect(booking.slot!.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(booking.createdAt.getTime()).toBeGreaterThan(payment.createdAt.getTime());
    expect(await app.prisma.auditLog.findMany({ where: { entityType: "DropOffBooking", entityId: booking.id } })).toMatchObject([
      {
        action: "booking.booked",
        actorId: customerId,
        actorRole: "CUSTOMER",
        subjectUserId: customerId,
        data: { quoteId: quote.id, slotId: booking.slotId, to: "BOOKED" },
        createdAt: booking.createdAt,
      },
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
