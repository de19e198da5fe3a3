import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddVehicleDocument,
  ApproveQuoteDocument,
  ChatMessageAddedDocument,
  ClaimSessionDocument,
  CompleteSessionDocument,
  CreateQuoteDocument,
  EscalateDocument,
  EscalationCreatedDocument,
  MessagesDocument,
  OpenSessionRequestsDocument,
  PayDiagnosticDocument,
  PayQuoteDocument,
  QuoteStatusChangedDocument,
  RequestSessionDocument,
  RespondToEscalationDocument,
  SendMessageDocument,
  SignInDocument,
  StartSessionDocument,
} from "../../client/generated/graphql.ts";
import { createMatchableWorkshop, REPAIR_1200, REPAIR_1200_LEDGER } from "../factories/escalations.ts";
import { createCustomer, createMechanic, FACTORY_PASSWORD } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf, payout } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * The whole on-platform journey, through the typed operations front ends send
 * (client/operations): book and pay a diagnostic, chat, diagnosis, escalation to a workshop's live
 * feed, quote, approval, payment confirmed by a signed webhook, and the ledger to the cent.
 */
let payments: PaymentsTestApp;
let app: TestApp;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  app = payments.app;
});
afterAll(() => payments.close());

const confirmPayment = (paymentId: string) => payments.confirmPayment(paymentId);

const ledger = (paymentId: string) => ledgerOf(app.prisma, paymentId);

describe("a customer's journey from diagnostic to paid repair", () => {
  it("stays on the platform end to end, and every cent lands where the fee model says", async () => {
    const city = `Journeyville-${Date.now()}`;
    const customerAccount = await createCustomer(app, { city, firstName: "Jamie" });
    const signedIn = await app.gql(SignInDocument, { email: customerAccount.email, password: FACTORY_PASSWORD });
    const customer = signedIn.data!.signIn.token;
    const mechanicAccount = await createMechanic(app, { displayName: "Journey Mechanic" });
    await app.prisma.mechanicProfile.update({ where: { userId: mechanicAccount.id }, data: { stripeAccountId: "acct_journey_mechanic", payoutsEnabled: true } });
    const mechanic = mechanicAccount.token;
    const workshop = await createMatchableWorkshop(app, { city, stripeAccountId: "acct_journey_workshop", payoutsEnabled: true });

    // Book and pay the diagnostic.
    const vehicle = await app.gql(AddVehicleDocument, { input: { year: 2017, make: "Mazda", model: "CX-5", vin: "JM3KFBCM1H0100001" } }, customer);
    const booked = await app.gql(RequestSessionDocument, { input: { vehicleId: vehicle.data!.addVehicle.id, concern: "Grinding when braking", mediaUrls: [] } }, customer);
    const sessionId = booked.data!.requestSession.id;
    expect(booked.data!.requestSession).toMatchObject({ status: "REQUESTED", priceCents: 2500 });
    const diagnostic = await app.gql(PayDiagnosticDocument, { sessionId, idempotencyKey: `diag-${sessionId}` }, customer);
    expect(diagnostic.errors).toBeUndefined();
    // Pay before service: the request reaches mechanics once Stripe confirms the payment.
    await confirmPayment(diagnostic.data!.payDiagnostic.paymentId);

    // The mechanic claims it from the queue, starts, and chats live with the customer.
    const queue = await app.gql(OpenSessionRequestsDocument, { first: 100 }, mechanic);
    expect(queue.data!.openSessionRequests.nodes.map((n) => n.id)).toContain(sessionId);
    expect((await app.gql(ClaimSessionDocument, { id: sessionId }, mechanic)).data!.claimSession.status).toBe("ACCEPTED");
    expect((await app.gql(StartSessionDocument, { id: sessionId }, mechanic)).data!.startSession.status).toBe("IN_PROGRESS");

    const customerChat = live(app.ws(customer), print(ChatMessageAddedDocument), { sessionId });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(sessionId) > 0, 5_000, "the customer's chat subscription");
    await app.gql(SendMessageDocument, { sessionId, body: "Pads are down to the metal; I'll recommend a brake job." }, mechanic);
    expect((await customerChat.next()).data?.chatMessageAdded).toMatchObject({ senderRole: "MECHANIC", kind: "USER" });
    customerChat.unsubscribe();

    // Diagnosis, then escalation to the workshop's live feed.
    const done = await app.gql(CompleteSessionDocument, { id: sessionId, input: { diagnosis: "Front pads and rotors worn", recommendedServices: ["brakes"] } }, mechanic);
    expect(done.data!.completeSession.status).toBe("COMPLETED");
    const feed = live(app.ws(workshop.advisor.token), print(EscalationCreatedDocument));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the feed is live before the escalation
    const escalated = await app.gql(EscalateDocument, { sessionId, input: { quotesRequested: 1 } }, mechanic);
    const offer = escalated.data!.escalate.offers[0]!;
    expect(offer.workshop.id).toBe(workshop.id);
    const event = (await feed.next()).data!.escalationCreated;
    expect(event.customer).toEqual({ firstName: "Jamie", lastInitial: "C", city });
    feed.unsubscribe();

    // Quote, approval pushed live, payment, webhook.
    await app.gql(RespondToEscalationDocument, { offerId: offer.id, accept: true }, workshop.advisor.token);
    const quote = await app.gql(CreateQuoteDocument, { escalationId: escalated.data!.escalate.id, input: REPAIR_1200 as any }, workshop.advisor.token);
    const quoteId = quote.data!.createQuote.id;
    expect(quote.data!.createQuote).toMatchObject({ totalCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000, workshopShareCents: 108_000 });
    const statusFeed = live(app.ws(mechanic), print(QuoteStatusChangedDocument), { quoteId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await app.gql(ApproveQuoteDocument, { quoteId }, customer)).data!.approveQuote.status).toBe("APPROVED");
    expect((await statusFeed.next()).data!.quoteStatusChanged).toMatchObject({ id: quoteId, status: "APPROVED" });
    statusFeed.unsubscribe();

    const repair = await app.gql(PayQuoteDocument, { quoteId, idempotencyKey: `repair-${quoteId}` }, customer);
    expect(repair.data!.payQuote).toMatchObject({ amountCents: 120_000, manualCapture: false });
    await confirmPayment(repair.data!.payQuote.paymentId);

    // The split, then the workshop's and the mechanic's shares paid out to their Stripe accounts.
    expect(await ledger(repair.data!.payQuote.paymentId)).toEqual(REPAIR_1200_LEDGER);
    // The diagnostic: its share held from payment until the mechanic completed the session, then paid out.
    expect(await ledger(diagnostic.data!.payDiagnostic.paymentId)).toEqual({
      payment: {
        "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500,
        "PLATFORM_REVENUE/PLATFORM_FEE": 250,
        "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": 2_250,
      },
      "diagnostic-earned": { "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": -2_250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 },
      "payout MECHANIC": payout("MECHANIC_PAYABLE", 2_250),
    });

    // The chat history shows the quote reaching the customer through the messenger.
    const history = await app.gql(MessagesDocument, { sessionId, first: 50 }, customer);
    expect(history.data!.messages.nodes.some((m) => m.kind === "SYSTEM")).toBe(true);
  });
});
