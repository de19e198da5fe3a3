import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPolicy } from "../../src/authz/content-policy.ts";
import { acceptedEscalation, CREATE_QUOTE, CREATE_QUOTE_TEXTS, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createVehicle, createWorkshop, markDiagnosticPaid, type CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, linesOf, partnerWorld, REJECT_PARTNER_QUOTE } from "../factories/partnerships.ts";
import { live, waitUntil, type LiveSubscription } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Privacy canaries for every monitored FREE_TEXT field (authz/content-policy.ts): its author writes
 * a contact detail, and every other role reads it back over HTTP (through lists, nested relations,
 * aliases and fragments) and over graphql-ws where a feed carries it. The canary never reaches a
 * non-admin reader, nor the author's own payload, an error or the server's log: the masked text
 * does. Admins read the original only through audited fields: `ContentFlag.original`, and a
 * solicitation report's `originalDetail` (tests/enforcement/report-original-detail.test.ts).
 */
let app: TestApp;
let admin: CreatedUser;
/** Callers with no relation to any row's records: whatever they try must not show a canary either. */
let outsiders: Record<string, CreatedUser>;

beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
  outsiders = {
    otherCustomer: await createCustomer(app),
    otherMechanic: await createMechanic(app),
    otherAdvisor: await createAdvisor(app, (await createWorkshop(app)).id),
    otherPartner: await createPartner(app),
  };
});
afterAll(() => app.close());

interface Canary {
  phone: string;
  email: string;
  text: string;
}

function makeCanary(): Canary {
  const tag = randomBytes(5).toString("hex");
  const phone = `512 555 ${1000 + (parseInt(tag.slice(0, 4), 16) % 9000)}`;
  const email = `canary.${tag}@example.test`;
  return { phone, email, text: `Easier by phone: ${phone} or ${email}` };
}

const leaks = (text: string, canary: Canary) => [canary.phone, canary.email].filter((value) => text.includes(value));

/** One reading: a caller, an operation, its variables. */
interface Read {
  reader: string;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The reader is a party who must see the masked text (not just "nothing"). */
  seesMask?: boolean;
}

interface Written {
  /** The author's own mutation response. */
  payload: { body: string; errors?: unknown };
  entityType: string;
  entityId: string;
  reads: Read[];
  /** Feeds subscribed before the write; each must deliver the masked text. */
  feeds?: { reader: string; subscription: LiveSubscription<any> }[];
}

interface Row {
  /** The content-policy key. */
  field: string;
  write(canary: Canary): Promise<Written>;
}

const SESSION_TEXT = `query ($id: ID!) { session(id: $id) { concern diagnosis recommendedServices cancelReason } }`;
const ESCALATION_TEXT = `query ($id: ID!) { escalation(id: $id) { notes session { concern diagnosis } offers { declineReason } quotes { nodes { notes declineReason lineItems { description } statusHistory { reason } } } } }`;
const QUOTE_TEXT = `query ($id: ID!) { quote(id: $id) { notes declineReason partnerRejectReason lineItems { description } statusHistory { reason } escalation { notes } } }`;
const QUOTE_LISTS = `{ quotes(first: 5) { nodes { notes declineReason lineItems { description } statusHistory { reason } } } escalations(first: 5) { nodes { notes offers { declineReason } } } }`;
const PARTNERSHIP_TEXT = `query ($id: ID!) { partnership(id: $id) { statusReason } partnershipQuotes(first: 100) { nodes { notes partnerRejectReason lineItems { description } statusHistory { reason } } } }`;

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const response = await app.gql(query, variables, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response;
}

const rows: Row[] = [
  {
    field: "RequestSessionInput.concern",
    async write(canary) {
      const customer = await createCustomer(app);
      const vehicle = await createVehicle(app, customer.id);
      const mechanic = await createMechanic(app);
      const payload = await app.gql(
        `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern } }`,
        { input: { vehicleId: vehicle.id, concern: canary.text } },
        customer.token,
      );
      const id = payload.data!.requestSession.id;
      // Only a paid request reaches mechanics browsing open requests.
      await markDiagnosticPaid(app, { id, customerId: customer.id, priceCents: 2500 });
      return {
        payload,
        entityType: "DiagnosticSession",
        entityId: id,
        reads: [
          { reader: "customer", token: customer.token, query: SESSION_TEXT, variables: { id }, seesMask: true },
          { reader: "mechanic browsing", token: mechanic.token, query: `{ openSessionRequests(first: 100) { nodes { id concern } } }`, seesMask: true },
          {
            reader: "mechanic, aliases and fragments",
            token: mechanic.token,
            query: `query { a: openSessionRequests(first: 100) { nodes { ...S } } b: openSessionRequests(first: 100) { nodes { c: concern } } } fragment S on DiagnosticSession { what: concern }`,
            seesMask: true,
          },
          { reader: "admin", token: admin.token, query: SESSION_TEXT, variables: { id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "CompleteSessionInput.diagnosis",
    async write(canary) {
      const customer = await createCustomer(app);
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
      const payload = await app.gql(
        `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id diagnosis } }`,
        { id: session.id, input: { diagnosis: canary.text, recommendedServices: ["brakes"] } },
        mechanic.token,
      );
      return {
        payload,
        entityType: "DiagnosticSession",
        entityId: session.id,
        reads: [
          { reader: "customer", token: customer.token, query: SESSION_TEXT, variables: { id: session.id }, seesMask: true },
          { reader: "customer's list", token: customer.token, query: `{ sessions(first: 100) { nodes { diagnosis } } }`, seesMask: true },
          { reader: "admin", token: admin.token, query: SESSION_TEXT, variables: { id: session.id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.cancelSession(reason)",
    async write(canary) {
      const customer = await createCustomer(app);
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED" });
      const payload = await app.gql(`mutation ($id: ID!, $r: String!) { cancelSession(id: $id, reason: $r) { id cancelReason } }`, { id: session.id, r: canary.text }, customer.token);
      return {
        payload,
        entityType: "DiagnosticSession",
        entityId: session.id,
        reads: [
          { reader: "mechanic", token: mechanic.token, query: SESSION_TEXT, variables: { id: session.id }, seesMask: true },
          { reader: "mechanic's list", token: mechanic.token, query: `{ sessions(first: 100) { nodes { cancelReason } } }`, seesMask: true },
          { reader: "admin", token: admin.token, query: SESSION_TEXT, variables: { id: session.id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "EscalateInput.notes",
    async write(canary) {
      const scenario = await createEscalationScenario(app);
      const workshop = await createMatchableWorkshop(app, { city: scenario.city });
      const feed = live(app.ws(workshop.advisor.token), `subscription { escalationCreated { id notes session { concern } } }`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const payload = await app.gql(
        `mutation ($s: ID!, $input: EscalateInput!) { escalate(sessionId: $s, input: $input) { id notes } }`,
        { s: scenario.sessionId, input: { notes: canary.text } },
        scenario.mechanic.token,
      );
      const id = payload.data!.escalate.id;
      return {
        payload,
        entityType: "Escalation",
        entityId: id,
        feeds: [{ reader: "advisor's escalationCreated", subscription: feed }],
        reads: [
          { reader: "advisor", token: workshop.advisor.token, query: ESCALATION_TEXT, variables: { id }, seesMask: true },
          { reader: "advisor's offers", token: workshop.advisor.token, query: `{ openEscalationOffers(first: 100) { nodes { escalation { notes } } } }`, seesMask: true },
          { reader: "customer", token: scenario.customer.token, query: ESCALATION_TEXT, variables: { id }, seesMask: true },
          { reader: "admin", token: admin.token, query: ESCALATION_TEXT, variables: { id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.respondToEscalation(reason)",
    async write(canary) {
      const scenario = await createEscalationScenario(app);
      const workshop = await createMatchableWorkshop(app, { city: scenario.city });
      const escalated = await ok(ESCALATE, { sessionId: scenario.sessionId, input: { notes: "Pads" } }, scenario.mechanic.token);
      const escalation = escalated.data!.escalate;
      const payload = await app.gql(
        `mutation ($o: ID!, $r: String) { respondToEscalation(offerId: $o, accept: false, reason: $r) { id status declineReason } }`,
        { o: escalation.offers[0].id, r: canary.text },
        workshop.advisor.token,
      );
      return {
        payload,
        entityType: "EscalationOffer",
        entityId: escalation.offers[0].id,
        reads: [
          { reader: "mechanic", token: scenario.mechanic.token, query: ESCALATION_TEXT, variables: { id: escalation.id }, seesMask: true },
          { reader: "mechanic's list", token: scenario.mechanic.token, query: QUOTE_LISTS, seesMask: true },
          { reader: "customer", token: scenario.customer.token, query: ESCALATION_TEXT, variables: { id: escalation.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: ESCALATION_TEXT, variables: { id: escalation.id }, seesMask: true },
        ],
      };
    },
  },
  ...(["QuoteInput.notes", "QuoteLineItemInput.description"] as const).map((field): Row => ({
    field,
    async write(canary) {
      const world = await acceptedEscalation(app);
      const input =
        field === "QuoteInput.notes"
          ? { ...REPAIR_1200, notes: canary.text }
          : { ...REPAIR_1200, lineItems: [{ ...REPAIR_1200.lineItems[0]!, description: `Pads ${canary.text}` }, REPAIR_1200.lineItems[1]!] };
      const payload = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
      const id = payload.data!.createQuote.id;
      return {
        payload,
        entityType: "RepairQuote",
        entityId: id,
        reads: [
          { reader: "customer", token: world.customer.token, query: QUOTE_TEXT, variables: { id }, seesMask: true },
          { reader: "customer's lists", token: world.customer.token, query: QUOTE_LISTS, seesMask: true },
          { reader: "mechanic, through the escalation", token: world.mechanic.token, query: ESCALATION_TEXT, variables: { id: world.escalationId }, seesMask: true },
          { reader: "admin", token: admin.token, query: QUOTE_TEXT, variables: { id }, seesMask: true },
        ],
      };
    },
  })),
  {
    field: "Mutation.declineQuote(reason)",
    async write(canary) {
      const world = await acceptedEscalation(app);
      const quoteId = (await ok(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token)).data!.createQuote.id;
      const feed = live(app.ws(world.workshop.advisor.token), `subscription ($q: ID!) { quoteStatusChanged(quoteId: $q) { id status declineReason statusHistory { reason } } }`, { q: quoteId });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const payload = await app.gql(
        `mutation ($q: ID!, $r: String) { declineQuote(quoteId: $q, reason: $r) { id declineReason statusHistory { reason } } }`,
        { q: quoteId, r: canary.text },
        world.customer.token,
      );
      return {
        payload,
        entityType: "RepairQuote",
        entityId: quoteId,
        feeds: [{ reader: "advisor's quoteStatusChanged", subscription: feed }],
        reads: [
          { reader: "advisor", token: world.workshop.advisor.token, query: QUOTE_TEXT, variables: { id: quoteId }, seesMask: true },
          { reader: "mechanic", token: world.mechanic.token, query: QUOTE_TEXT, variables: { id: quoteId }, seesMask: true },
          { reader: "mechanic's lists", token: world.mechanic.token, query: QUOTE_LISTS, seesMask: true },
          { reader: "admin", token: admin.token, query: QUOTE_TEXT, variables: { id: quoteId }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.fileComplaint(body)",
    async write(canary) {
      const world = await acceptedEscalation(app);
      const quoteId = (await ok(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token)).data!.createQuote.id;
      const payload = await app.gql(`mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id body } }`, { q: quoteId, b: canary.text }, world.customer.token);
      return {
        payload,
        entityType: "Complaint",
        entityId: payload.data!.fileComplaint.id,
        reads: [{ reader: "admin", token: admin.token, query: `{ complaints(first: 100) { nodes { body } } }`, seesMask: true }],
      };
    },
  },
  {
    field: "ReportSolicitationInput.detail",
    async write(canary) {
      const customer = await createCustomer(app);
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
      const payload = await app.gql(
        `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id detail } }`,
        { input: { subjectType: "SESSION", subjectId: session.id, detail: canary.text } },
        customer.token,
      );
      const REPORTS = `{ solicitationReports(status: OPEN, first: 100) { nodes { detail } } investigationTriggers { openSolicitationReports { detail } } }`;
      return {
        payload,
        entityType: "SolicitationReport",
        entityId: payload.data!.reportSolicitation.id,
        reads: [
          { reader: "the accused mechanic", token: mechanic.token, query: REPORTS },
          { reader: "the accused mechanic's session", token: mechanic.token, query: SESSION_TEXT, variables: { id: session.id } },
          { reader: "admin", token: admin.token, query: REPORTS, seesMask: true },
        ],
      };
    },
  },
  {
    field: "ReviewInput.comment",
    async write(canary) {
      const customer = await createCustomer(app);
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
      await markDiagnosticPaid(app, session);
      const payload = await app.gql(
        `mutation ($s: ID!, $input: ReviewInput!) { reviewMechanic(sessionId: $s, input: $input) { id comment } }`,
        { s: session.id, input: { rating: 4, comment: canary.text } },
        customer.token,
      );
      const REVIEWS = `query ($m: ID!) { a: mechanicReviews(mechanicId: $m, first: 5) { nodes { comment } } b: mechanicReviews(mechanicId: $m) { nodes { ... on Review { comment } } } }`;
      return {
        payload,
        entityType: "Review",
        entityId: payload.data!.reviewMechanic.id,
        reads: [
          { reader: "the reviewed mechanic", token: mechanic.token, query: REVIEWS, variables: { m: mechanic.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: REVIEWS, variables: { m: mechanic.id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "PartnerQuoteInput.notes",
    async write(canary) {
      const world = await partnerWorld(app, admin);
      const payload = await app.gql(
        CREATE_PARTNER_QUOTE.replace("quote { id", "quote { id notes"),
        { s: world.sessionId, input: { ...linesOf(world.partnership), notes: canary.text } },
        world.mechanic.token,
      );
      const quoteId = payload.data!.createPartnerQuote.quote.id;
      return {
        payload,
        entityType: "RepairQuote",
        entityId: quoteId,
        reads: [
          { reader: "partner", token: world.partner.token, query: PARTNERSHIP_TEXT, variables: { id: world.partnership.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: QUOTE_TEXT, variables: { id: quoteId }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.rejectPartnerQuote(reason)",
    async write(canary) {
      const world = await partnerWorld(app, admin);
      const quoteId = (await ok(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: linesOf(world.partnership) }, world.mechanic.token)).data!.createPartnerQuote.quote.id;
      const payload = await app.gql(REJECT_PARTNER_QUOTE, { q: quoteId, r: canary.text }, world.partner.token);
      return {
        payload,
        entityType: "RepairQuote",
        entityId: quoteId,
        reads: [
          { reader: "mechanic", token: world.mechanic.token, query: PARTNERSHIP_TEXT, variables: { id: world.partnership.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: QUOTE_TEXT, variables: { id: quoteId }, seesMask: true },
        ],
      };
    },
  },
  // Issue 18: an admin's cancel reason and platform note reach the session's parties; a
  // rejection's reason reaches the mechanic (in the refusal of their claims).
  {
    field: "Mutation.adminCancelSession(reason)",
    async write(canary) {
      const customer = await createCustomer(app);
      // Unpaid: nothing to refund (a refund needs a real Stripe payment).
      const session = await createSession(app, { customerId: customer.id });
      const payload = await app.gql(`mutation ($id: ID!, $r: String!) { adminCancelSession(id: $id, reason: $r) { id cancelReason } }`, { id: session.id, r: canary.text }, admin.token);
      return {
        payload,
        entityType: "DiagnosticSession",
        entityId: session.id,
        reads: [
          { reader: "customer", token: customer.token, query: SESSION_TEXT, variables: { id: session.id }, seesMask: true },
          { reader: "customer's list", token: customer.token, query: `{ sessions(first: 100) { nodes { cancelReason } } }`, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.postPlatformNote(body)",
    async write(canary) {
      const customer = await createCustomer(app);
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
      const feed = live(app.ws(mechanic.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`, { s: session.id });
      await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 1);
      const payload = await app.gql(`mutation ($s: ID!, $b: String!) { postPlatformNote(sessionId: $s, body: $b) { id body } }`, { s: session.id, b: canary.text }, admin.token);
      const messages = `query ($s: ID!) { messages(sessionId: $s) { nodes { body ...M } } } fragment M on ChatMessage { shown: body }`;
      return {
        payload,
        entityType: "ChatMessage",
        entityId: payload.data!.postPlatformNote.id,
        feeds: [{ reader: "mechanic's chatMessageAdded", subscription: feed }],
        reads: [
          { reader: "customer", token: customer.token, query: messages, variables: { s: session.id }, seesMask: true },
          { reader: "mechanic", token: mechanic.token, query: messages, variables: { s: session.id }, seesMask: true },
        ],
      };
    },
  },
  {
    field: "Mutation.rejectMechanic(reason)",
    async write(canary) {
      const mechanic = await createMechanic(app, { vetting: "PENDING" });
      const request = await createSession(app, { customerId: (await createCustomer(app)).id, paid: true });
      const payload = await app.gql(`mutation ($m: ID!, $r: String!) { rejectMechanic(mechanicId: $m, reason: $r) { id reason } }`, { m: mechanic.id, r: canary.text }, admin.token);
      return {
        payload,
        entityType: "MechanicProfile",
        entityId: mechanic.id,
        reads: [
          { reader: "mechanic, refused a claim", token: mechanic.token, query: `mutation ($id: ID!) { claimSession(id: $id) { id } }`, variables: { id: request.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: `{ mechanicVettings(status: REJECTED, first: 100) { nodes { reason } } }`, seesMask: true },
        ],
      };
    },
  },
  ...(["Mutation.suspendPartnership(reason)", "Mutation.terminatePartnership(reason)"] as const).map((field): Row => ({
    field,
    async write(canary) {
      const world = await partnerWorld(app, admin);
      const mutation = field.includes("suspend") ? "suspendPartnership" : "terminatePartnership";
      // The partner suspends; the mechanic terminates: each time the other party reads the reason.
      const [author, reader] = mutation === "suspendPartnership" ? [world.partner, world.mechanic] : [world.mechanic, world.partner];
      const payload = await app.gql(`mutation ($p: ID!, $r: String!) { ${mutation}(partnershipId: $p, reason: $r) { id statusReason } }`, { p: world.partnership.id, r: canary.text }, author.token);
      return {
        payload,
        entityType: "Partnership",
        entityId: world.partnership.id,
        reads: [
          { reader: "the other party", token: reader.token, query: PARTNERSHIP_TEXT, variables: { id: world.partnership.id }, seesMask: true },
          { reader: "admin", token: admin.token, query: PARTNERSHIP_TEXT, variables: { id: world.partnership.id }, seesMask: true },
        ],
      };
    },
  })),
];

describe("a contact detail written in a monitored field", () => {
  it("has a canary row for every FREE_TEXT field but the admin-only refund reason", () => {
    const free = Object.entries(contentPolicy)
      .filter(([, rule]) => rule.class === "FREE_TEXT")
      .map(([key]) => key);
    // refundPayment(reason) is written by admins and read by nobody else (no GraphQL field shows it).
    expect(rows.map((row) => row.field).sort()).toEqual(free.filter((key) => key !== "Mutation.refundPayment(reason)").sort());
  });

  it.each(rows.map((row) => [row.field, row] as const))("%s: is masked for every reader, flagged for admins, and never logged", async (_field, row) => {
    const canary = makeCanary();
    const logStart = app.logLines.length;
    const written = await row.write(canary);

    // The author's own payload: written, masked.
    expect(written.payload.errors, "the write succeeds").toBeUndefined();
    expect(leaks(written.payload.body, canary)).toEqual([]);
    expect(written.payload.body).toContain("[hidden]");

    for (const read of written.reads) {
      const { body } = await app.gql(read.query, read.variables ?? {}, read.token);
      expect(leaks(body, canary), read.reader).toEqual([]);
      if (read.seesMask) expect(body, `${read.reader} reads the masked text`).toContain("[hidden]");
    }
    for (const [name, outsider] of Object.entries(outsiders)) {
      for (const read of written.reads) {
        const { body } = await app.gql(read.query, read.variables ?? {}, outsider.token);
        expect(leaks(body, canary), `${name} trying ${read.reader}'s read`).toEqual([]);
      }
    }
    for (const feed of written.feeds ?? []) {
      const event = await feed.subscription.next();
      expect(leaks(JSON.stringify(event), canary), feed.reader).toEqual([]);
      expect(JSON.stringify(event), feed.reader).toContain("[hidden]");
      feed.subscription.unsubscribe();
    }

    // Admins: the original, only through the audited field of the flag.
    const flags = await app.gql(
      `query ($t: String, $e: ID) { contentFlags(entityType: $t, entityId: $e) { nodes { id field masked kinds original } } }`,
      { t: written.entityType, e: written.entityId },
      admin.token,
    );
    expect(flags.errors).toBeUndefined();
    const [flag] = flags.data!.contentFlags.nodes;
    expect(flag).toMatchObject({ kinds: expect.arrayContaining(["EMAIL", "PHONE"]) });
    expect(flag.original).toContain(canary.phone);
    expect(leaks(flag.masked, canary)).toEqual([]);
    const audited = await app.prisma.auditLog.findMany({ where: { action: "content.original.read", entityId: flag.id } });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: admin.id, entityType: "ContentFlag", fields: ["original"] });

    await waitUntil(() => app.logLines.length > logStart, 2_000, "the request log").catch(() => {});
    expect(leaks(app.logLines.slice(logStart).join("\n"), canary)).toEqual([]);
  });
});

describe("a failed write", () => {
  it("keeps no flag and echoes nothing (no half-write)", async () => {
    const canary = makeCanary();
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "COMPLETED" });
    const response = await app.gql(`mutation ($id: ID!, $r: String!) { cancelSession(id: $id, reason: $r) { id } }`, { id: session.id, r: canary.text }, customer.token);
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(leaks(response.body, canary)).toEqual([]);
    expect(await app.prisma.contentFlag.count({ where: { entityId: session.id } })).toBe(0);
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).cancelReason).toBeNull();
  });
});
