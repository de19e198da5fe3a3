import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { parse, Kind } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatchableWorkshop, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createPartner, createSession, FACTORY_PASSWORD, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * graphql-jit and graphql-js must be indistinguishable: the same answers AND the same writes.
 * Two servers, each on its own database built the same way, one compiling every operation on
 * first use, the other never compiling. Each runs the same script (every operation in
 * client/operations, then error cases: failing root fields, null bubbling, @skip/@include,
 * variable coercion), and the normalised responses and the rows each database holds afterwards
 * are compared. (The schema has no unions or interfaces; `__typename` is compared throughout.)
 */
const COMPILED = "0";
const NEVER_COMPILED = "1000000000";

/** Every client operation, by name, with the text of its file (sent whole, with operationName). */
const clientOperations = new Map<string, { text: string; kind: string }>();
for (const file of readdirSync("client/operations").filter((name) => name.endsWith(".graphql"))) {
  const text = readFileSync(`client/operations/${file}`, "utf8");
  for (const definition of parse(text).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) clientOperations.set(definition.name.value, { text, kind: definition.operation });
  }
}

interface Run {
  app: TestApp;
  /** Each step's response body, normalised. */
  steps: { step: string; body: string }[];
  /** Client operations the script sent. */
  sent: Set<string>;
}

let compiled: Run;
let interpreted: Run;
beforeAll(async () => {
  const [a, b] = await Promise.all([startTestApp({ GRAPHQL_COMPILE_AFTER: COMPILED }), startTestApp({ GRAPHQL_COMPILE_AFTER: NEVER_COMPILED })]);
  compiled = { app: a, steps: [], sent: new Set() };
  interpreted = { app: b, steps: [], sent: new Set() };
  // One after the other: each database sees the same sequence of writes.
  await script(compiled);
  await script(interpreted);
}, 240_000);
afterAll(() => Promise.all([compiled?.app.close(), interpreted?.app.close()]));

/** What differs between two equally built worlds: ids, times, tokens, factory-made names. */
function normalise(text: string): string {
  const ids = new Map<string, string>();
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) => {
      if (!ids.has(id)) ids.set(id, `<id${ids.size}>`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?/g, "<time>")
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, "<jwt>")
    .replace(/\b(customer|mechanic|advisor|partner|admin)\.[0-9a-f]{8}/g, "$1.<tag>")
    .replace(/\b(Mechanic|Workshop|Advisor|Partner) [0-9a-f]{8}/g, "$1 <tag>")
    .replace(/"(cursor|endCursor|after|startCursor)":"[^"]*"/g, '"$1":"<cursor>"');
}

async function send(run: Run, step: string, request: { query: string; operationName?: string; variables?: Record<string, unknown> }, caller?: CreatedUser) {
  const response = await fetch(run.app.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(caller ? { authorization: `Bearer ${caller.token}` } : {}) },
    body: JSON.stringify(request),
  });
  const body = await response.text();
  run.steps.push({ step, body: `${response.status} ${normalise(body)}` });
  return JSON.parse(body) as { data?: any; errors?: any[] };
}

/** Sends a client operation twice (a compiled plan is reused the second time). */
async function op(run: Run, name: string, variables: Record<string, unknown>, caller?: CreatedUser) {
  const operation = clientOperations.get(name);
  if (!operation) throw new Error(`no client operation ${name}`);
  run.sent.add(name);
  const first = await send(run, name, { query: operation.text, operationName: name, variables }, caller);
  if (operation.kind === "query") await send(run, `${name} (again)`, { query: operation.text, operationName: name, variables }, caller);
  return first;
}

/** A week from now at 08:00 UTC, the same for both runs: within the horizons of drop-off slots and suspensions. */
const WEEK_AHEAD = new Date((Math.floor(Date.now() / 86_400_000) + 7) * 86_400_000 + 8 * 3_600_000).toISOString();

/** The same world and the same requests, on one server. */
async function script(run: Run): Promise<void> {
  const app = run.app;
  const customer = await createCustomer(app, { city: "Austin" });
  const mechanic = await createMechanic(app);
  const workshop = await createMatchableWorkshop(app, { city: "Austin" });
  const admin = await createAdmin(app);
  const partner = await createPartner(app);
  const paid = await createSession(app, { customerId: customer.id, paid: true, requestedAt: new Date(Date.now() - 60_000) });
  const chatting = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const unknown = randomUUID();

  // Every client operation, along the product's main journey.
  await op(run, "SignIn", { email: customer.email, password: FACTORY_PASSWORD });
  await op(run, "SignIn", { email: customer.email, password: "wrong-password-1" });
  await op(run, "Me", {}, customer);
  const vehicle = await op(run, "AddVehicle", { input: { make: "Honda", model: "Civic", year: 2016, color: "blue" } }, customer);
  const requested = await op(run, "RequestSession", { input: { vehicleId: vehicle.data?.addVehicle?.id ?? unknown, concern: "Grinding noise when braking" } }, customer);
  await op(run, "PayDiagnostic", { sessionId: requested.data?.requestSession?.id ?? unknown, idempotencyKey: "pay-diagnostic-1" }, customer);
  await op(run, "MySessions", { first: 10 }, customer);
  await op(run, "OpenSessionRequests", { first: 10 }, mechanic);
  await op(run, "ClaimSession", { id: paid.id }, mechanic);
  await op(run, "ClaimSession", { id: paid.id }, mechanic);
  await op(run, "StartSession", { id: paid.id }, mechanic);
  await op(run, "SendMessage", { sessionId: paid.id, body: "Hello, can you describe the noise?" }, mechanic);
  await op(run, "SendMessage", { sessionId: paid.id, body: "Sure, or call me at 303 555 0178" }, customer);
  await op(run, "Messages", { sessionId: paid.id, first: 10 }, customer);
  await op(run, "Messages", { sessionId: paid.id, first: 1 }, mechanic);
  await op(run, "CompleteSession", { id: paid.id, input: { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] } }, mechanic);
  const escalated = await op(run, "Escalate", { sessionId: paid.id, input: { notes: "Customer wants OEM parts", quotesRequested: 1 } }, mechanic);
  await op(run, "OpenEscalationOffers", { first: 10 }, workshop.advisor);
  const offerId = escalated.data?.escalate?.offers?.[0]?.id ?? unknown;
  await op(run, "RespondToEscalation", { offerId, accept: true }, workshop.advisor);
  await op(run, "Escalations", { first: 10 }, mechanic);
  await op(run, "Escalations", { first: 10 }, workshop.advisor);
  const escalationId = escalated.data?.escalate?.id ?? unknown;
  const quote = await op(run, "CreateQuote", { escalationId, input: REPAIR_1200 }, workshop.advisor);
  await op(run, "Quotes", { escalationId, first: 10 }, customer);
  await op(run, "Quotes", { first: 10 }, workshop.advisor);
  const quoteId = quote.data?.createQuote?.id ?? unknown;
  await op(run, "ApproveQuote", { quoteId }, customer);
  await op(run, "PayQuote", { quoteId, idempotencyKey: "pay-quote-1" }, customer);
  await op(run, "SendWorkshopMessage", { escalationId, body: "When can I bring the car in?" }, customer);
  await op(run, "SendWorkshopMessage", { escalationId, body: "Any morning this week." }, workshop.advisor);
  await op(run, "WorkshopConversation", { escalationId, first: 10 }, mechanic);
  await op(run, "SetDropOffAddress", { streetAddress: "1200 Brake Lane, Austin" }, workshop.advisor);
  const slot = await op(run, "PublishDropOffSlot", { input: { startsAt: WEEK_AHEAD, durationMinutes: 60 } }, workshop.advisor);
  await op(run, "DropOffSlots", { quoteId }, customer);
  await op(run, "BookDropOff", { quoteId, slotId: slot.data?.publishDropOffSlot?.id ?? unknown }, customer);
  await op(run, "DropOffBooking", { quoteId }, customer);
  await op(run, "CancelDropOff", { bookingId: unknown }, customer);
  await op(run, "FlaggedConversations", { first: 10 }, admin);
  await op(run, "Violations", { first: 10 }, admin);
  await op(run, "ReviewViolation", { id: unknown, decision: "DISMISS" }, admin);
  await op(run, "ComplianceRate", {}, admin);
  await op(run, "InvestigationTriggers", {}, admin);
  await op(run, "PartnerQuotesAwaitingApproval", { first: 10 }, partner);
  await op(run, "PartnerPerformance", {}, partner);
  await op(run, "AcceptPartnershipTerms", { partnershipId: unknown }, partner);
  await op(run, "ApprovePartnerQuote", { quoteId: unknown }, partner);
  await op(run, "RejectPartnerQuote", { quoteId: unknown, reason: "Price too high" }, partner);
  await op(run, "PayoutAccount", {}, mechanic);
  await op(run, "StartPayoutOnboarding", {}, mechanic);
  await op(run, "Me", {}, mechanic);
  // Issue 18: onboarding, vetting, a workshop's settings, admins' session operations.
  const created = await op(run, "CreateWorkshop", { input: { name: "Northside Garage", city: "Austin", servicesOffered: ["brakes"] } }, admin);
  const createdId = created.data?.createWorkshop?.id ?? unknown;
  await op(run, "UpdateWorkshop", { id: createdId, input: { maxOpenEscalations: 3 } }, admin);
  await op(run, "WorkshopSettings", { id: createdId }, admin);
  const added = await op(run, "AddWorkshopAdvisor", { workshopId: createdId, input: { email: "advisor.northside@example.test", password: FACTORY_PASSWORD, displayName: "Nora N." } }, admin);
  await op(run, "WorkshopAdvisors", { workshopId: createdId }, admin);
  await op(run, "RemoveWorkshopAdvisor", { workshopId: createdId, advisorId: added.data?.addWorkshopAdvisor?.id ?? unknown }, admin);
  const applicant = await createMechanic(app, { vetting: "PENDING" });
  await op(run, "MechanicVettings", { first: 10 }, admin);
  await op(run, "ApproveMechanic", { mechanicId: applicant.id }, admin);
  await op(run, "RejectMechanic", { mechanicId: applicant.id, reason: "Insurance lapsed" }, admin);
  await op(run, "MyWorkshop", {}, workshop.advisor);
  await op(run, "UpdateEscalationPreferences", { input: { responseTimeoutMinutes: 120 } }, workshop.advisor);
  await op(run, "SetAutoAcceptRules", { rules: [{ serviceCategory: "brakes", maxAmountCents: 50_000 }] }, workshop.advisor);
  const absent = await createMechanic(app, { status: "BANNED" });
  const stranded = await createSession(app, { customerId: customer.id, mechanicId: absent.id, status: "ACCEPTED" });
  await op(run, "StrandedSessions", { first: 10 }, admin);
  await op(run, "PostPlatformNote", { sessionId: stranded.id, body: "Support here: we are finding you a new mechanic." }, admin);
  await op(run, "AdminReassignSession", { id: stranded.id, mechanicId: applicant.id, reason: "Mechanic banned" }, admin);
  await op(run, "AdminReassignSession", { id: stranded.id, mechanicId: (await createMechanic(app)).id, reason: "Mechanic banned" }, admin);
  await op(run, "AdminCancelSession", { id: (await createSession(app, { customerId: customer.id })).id, reason: "Duplicate booking" }, admin);
  // Issue 18: customer choice.
  await op(run, "ChooseWorkshop", { sessionId: chatting.id, input: { preferredWorkshopId: workshop.id, quotesRequested: 2 } }, customer);
  await op(run, "QuoteComparison", { escalationId }, customer);
  await op(run, "RequestAnotherQuote", { escalationId }, customer);
  // Issue 18: account settings, enforcement, reviews and reputation.
  const settings = await createCustomer(app);
  await op(run, "UpdateProfile", { input: { city: "Round Rock" } }, settings);
  await op(run, "RequestPasswordReset", { email: settings.email });
  await op(run, "MailOutbox", { to: "nobody@example.test" }, admin);
  await op(run, "ResetPassword", { token: "not-a-reset-token", newPassword: "another-long-password-2" });
  await op(run, "ChangePassword", { currentPassword: FACTORY_PASSWORD, newPassword: "another-long-password-2" }, settings);
  const report = await op(run, "ReportSolicitation", { input: { subjectType: "SESSION", subjectId: chatting.id, detail: "Asked me to pay cash" } }, customer);
  await op(run, "SolicitationReports", { status: "OPEN", first: 10 }, admin);
  await op(run, "ResolveSolicitationReport", { id: report.data?.reportSolicitation?.id ?? unknown, outcome: "UPHELD", note: "Warned" }, admin);
  await op(run, "ResolveComplaint", { id: unknown, outcome: "DISMISSED" }, admin);
  const sanctioned = await createMechanic(app);
  await op(run, "SuspendAccount", { input: { userId: sanctioned.id, reason: "Off-platform contact", until: WEEK_AHEAD } }, admin);
  await op(run, "LiftAccountSanction", { input: { userId: sanctioned.id, reason: "Appeal accepted" } }, admin);
  await op(run, "BanAccount", { input: { userId: sanctioned.id, reason: "Met a customer off the platform" } }, admin);
  await op(run, "AuditLog", { filter: { entityType: "User", entityId: sanctioned.id }, first: 10 }, admin);
  await op(run, "RetentionReport", { asOf: "2030-01-01T00:00:00.000Z" }, admin);
  await op(run, "ReviewMechanic", { sessionId: paid.id, input: { rating: 5, comment: "Found the worn pads quickly" } }, customer);
  await op(run, "ReviewWorkshop", { quoteId, input: { rating: 4 } }, customer);
  await op(run, "MechanicReviews", { mechanicId: mechanic.id, first: 5 }, customer);
  await op(run, "WorkshopReviews", { workshopId: workshop.id, first: 5 }, customer);
  await op(run, "MechanicReputation", { mechanicId: mechanic.id }, admin);

  // Failing root fields: a non-null mutation field that fails ends the operation; later ones never run.
  const two = `mutation Two($bad: ID!, $good: ID!) { first: sendMessage(sessionId: $bad, body: "first") { __typename } second: sendMessage(sessionId: $good, body: "second") { __typename } }`;
  for (let i = 0; i < 4; i++) await send(run, `Two #${i}`, { query: two, variables: { bad: unknown, good: chatting.id } }, customer);
  const okThenBad = `mutation OkThenBad($bad: ID!, $good: ID!) { first: sendMessage(sessionId: $good, body: "kept") { __typename } second: sendMessage(sessionId: $bad, body: "never") { __typename } }`;
  for (let i = 0; i < 2; i++) await send(run, `OkThenBad #${i}`, { query: okThenBad, variables: { bad: unknown, good: chatting.id } }, customer);
  // Null bubbling: a failing non-null root field nulls data; a failing nested field nulls up to its nullable parent.
  for (let i = 0; i < 2; i++) {
    await send(run, `bubble root #${i}`, { query: `query Bubble($id: ID!) { me { id } session(id: $id) { id } }`, variables: { id: unknown } }, customer);
    await send(run, `bubble nested #${i}`, { query: `query Nested { sessions(first: 5) { totalCount nodes { id customer { firstName phone email } } } }` }, mechanic);
    await send(run, `denied root #${i}`, { query: `query Denied { me { id } adminMetrics(from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { __typename } }` }, customer);
  }
  // @skip / @include, per request.
  const directives = `query Directives($with: Boolean!, $without: Boolean!) { me { id email @include(if: $with) role @skip(if: $without) __typename } }`;
  for (const [w, wo] of [
    [true, false],
    [false, true],
    [true, true],
    [false, false],
  ])
    await send(run, `directives ${w}/${wo}`, { query: directives, variables: { with: w, without: wo } }, customer);
  // Variable coercion: wrong types, single values for lists, missing required variables, defaults, bad enums.
  const coercion: [string, string, Record<string, unknown>][] = [
    ["int as string", `query C($first: Int) { sessions(first: $first) { totalCount } }`, { first: "10" }],
    ["int as float", `query C($first: Int) { sessions(first: $first) { totalCount } }`, { first: 1.5 }],
    ["missing required", `query C($id: ID!) { session(id: $id) { id } }`, {}],
    ["null for required", `query C($id: ID!) { session(id: $id) { id } }`, { id: null }],
    ["id as int", `query C($id: ID!) { session(id: $id) { id } }`, { id: 42 }],
    ["default used", `query C($first: Int = 2) { sessions(first: $first) { nodes { __typename } } }`, {}],
    ["bad enum", `query C($status: FlagStatus) { violations(status: $status) { totalCount } }`, { status: "NOPE" }],
    ["single value for list", `mutation C($input: CompleteSessionInput!) { completeSession(id: "${unknown}", input: $input) { id } }`, { input: { diagnosis: "x", recommendedServices: "brakes" } }],
    ["unknown input field", `mutation C($input: AddVehicleInput!) { addVehicle(input: $input) { id } }`, { input: { make: "Honda", model: "Civic", year: 2016, wheels: 4 } }],
  ];
  for (const [name, query, variables] of coercion)
    for (let i = 0; i < 2; i++) await send(run, `coercion: ${name} #${i}`, { query, variables }, name === "bad enum" ? admin : name === "single value for list" ? mechanic : customer);
}

/** Columns holding salted or random secrets (a password made through the API, a reset token): they differ by design. */
const RANDOM_SECRETS = ["passwordHash", "tokenHash"];
const withoutSecrets = (row: unknown) => Object.fromEntries(Object.entries(row as Record<string, unknown>).filter(([column]) => !RANDOM_SECRETS.includes(column)));

/** Each table's rows, normalised and sorted: equal worlds hold equal rows. */
async function tableContents(app: TestApp): Promise<Record<string, string[]>> {
  const tables = await app.prisma.$queryRaw<
    { name: string }[]
  >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const contents: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await app.prisma.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(t) AS row FROM "${name}" t`);
    contents[name] = rows.map(({ row }) => normalise(JSON.stringify(withoutSecrets(row))).replace(/<id\d+>/g, "<id>")).sort();
  }
  return contents;
}

describe("graphql-jit and graphql-js", () => {
  it("the script sends every client operation (subscriptions run on graphql-js over graphql-ws)", () => {
    const expected = [...clientOperations].filter(([, operation]) => operation.kind !== "subscription").map(([name]) => name);
    expect(expected.filter((name) => !compiled.sent.has(name))).toEqual([]);
  });

  it("answer every step identically", () => {
    expect(compiled.steps.length).toBe(interpreted.steps.length);
    for (let i = 0; i < compiled.steps.length; i++) expect({ step: compiled.steps[i]!.step, body: compiled.steps[i]!.body }).toEqual(interpreted.steps[i]);
  });

  it("a mutation whose first non-null root field fails runs nothing after it", () => {
    for (const run of [compiled, interpreted]) {
      const twos = run.steps.filter((step) => step.step.startsWith("Two #"));
      expect(twos).toHaveLength(4);
      for (const two of twos) expect(JSON.parse(two.body.slice(4))).toMatchObject({ data: null, errors: [{ extensions: { code: "NOT_FOUND" }, path: ["first"] }] });
    }
  });

  it("leave identical rows in every table", async () => {
    const [a, b] = [await tableContents(compiled.app), await tableContents(interpreted.app)];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const table of Object.keys(a)) expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
    // The messages: two from the journey, one "kept" per OkThenBad run; never "second" or "never".
    const bodies = (await compiled.app.prisma.chatMessage.findMany({ select: { body: true } })).map((message) => message.body).sort();
    expect(bodies.filter((body) => ["second", "never", "first"].includes(body))).toEqual([]);
    expect(bodies.filter((body) => body === "kept")).toHaveLength(2);
  });
});
