import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionPseudonym } from "../../src/authz/customer-access.ts";
import { createAdmin, createCustomer, createMechanic, createSession, createVehicle } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ DIAGNOSTIC_PRICE_CENTS: "3100" });
});
afterAll(() => app.close());

const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id make model year } }`;
const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id status priceCents concern mediaUrls customer { firstName } mechanic { id } } }`;
const CLAIM = `mutation ($id: ID!) { claimSession(id: $id) { id status acceptedAt mechanic { id } } }`;
const START = `mutation ($id: ID!) { startSession(id: $id) { id status startedAt } }`;
const COMPLETE = `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id status diagnosis recommendedServices completedAt } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status cancelReason cancelledAt } }`;
const OPEN = `query ($first: Int, $after: String) { openSessionRequests(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id concern vehicle { make } customer { id firstName } } } }`;

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;

describe("a customer books a diagnostic", () => {
  it("adds a vehicle and requests a session at the configured price", async () => {
    const customer = await createCustomer(app, { firstName: "Nora" });
    const vehicle = await app.gql(ADD_VEHICLE, { input: { year: 2019, make: "Toyota", model: "Corolla" } }, customer.token);
    expect(vehicle.errors).toBeUndefined();
    const requested = await app.gql(
      REQUEST,
      { input: { vehicleId: vehicle.data!.addVehicle.id, concern: "Grinding noise when braking", mediaUrls: ["https://media.autodoctor.app/a.jpg"] } },
      customer.token,
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestSession).toMatchObject({ status: "REQUESTED", priceCents: 3100, mediaUrls: ["https://media.autodoctor.app/a.jpg"], customer: { firstName: "Nora" }, mechanic: null });
  });

  it("cannot book for someone else's vehicle, and only customers book", async () => {
    const customer = await createCustomer(app);
    const foreign = await createVehicle(app, (await createCustomer(app)).id);
    const input = { vehicleId: foreign.id, concern: "Check engine light" };
    expect(codeOf(await app.gql(REQUEST, { input }, customer.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(REQUEST, { input }, (await createMechanic(app)).token))).toBe("FORBIDDEN");
  });

  it("validates the request at the edge without echoing values", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const response = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "x", mediaUrls: ["http://insecure.example.test/secret-token"] } }, customer.token);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.mediaUrls[0]" } });
    expect(response.body).not.toContain("secret-token");
  });
});

describe("the lifecycle", () => {
  it("goes REQUESTED -> ACCEPTED -> IN_PROGRESS -> COMPLETED for the claiming mechanic", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, paid: true });

    const claimed = await app.gql(CLAIM, { id: session.id }, mechanic.token);
    expect(claimed.data!.claimSession).toMatchObject({ status: "ACCEPTED", mechanic: { id: mechanic.id } });
    expect(claimed.data!.claimSession.acceptedAt).toBeTruthy();
    expect((await app.gql(START, { id: session.id }, mechanic.token)).data!.startSession.status).toBe("IN_PROGRESS");
    const completed = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Worn front pads", recommendedServices: ["Brakes", "brakes"] } }, mechanic.token);
    expect(completed.data!.completeSession).toMatchObject({ status: "COMPLETED", diagnosis: "Worn front pads", recommendedServices: ["brakes"] });
  });

  it.each([
    ["start a requested session", "REQUESTED", START, {}],
    ["complete an accepted session", "ACCEPTED", COMPLETE, { input: { diagnosis: "d", recommendedServices: [] } }],
    ["start a completed session", "COMPLETED", START, {}],
    ["complete a cancelled session", "CANCELLED", COMPLETE, { input: { diagnosis: "d", recommendedServices: [] } }],
    ["cancel a completed session", "COMPLETED", CANCEL, { reason: "changed my mind" }],
  ] as const)("refuses to %s with CONFLICT", async (_name, status, mutation, extra) => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: status === "REQUESTED" ? null : mechanic.id, status });
    if (status === "REQUESTED") await app.prisma.diagnosticSession.update({ where: { id: session.id }, data: { mechanicId: mechanic.id } });
    const response = await app.gql(mutation, { id: session.id, ...extra }, mechanic.token);
    expect(codeOf(response)).toBe("CONFLICT");
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe(status);
  });

  it("answers a claim of a closed request exactly as one of an id that never existed: no existence oracle", async () => {
    const customer = await createCustomer(app);
    const other = await createMechanic(app);
    const mechanic = await createMechanic(app);
    const closed = [
      await createSession(app, { customerId: customer.id, mechanicId: other.id, status: "ACCEPTED", paid: true }),
      await createSession(app, { customerId: customer.id, mechanicId: other.id, status: "COMPLETED", paid: true }),
      await createSession(app, { customerId: customer.id, status: "CANCELLED", paid: true }),
    ];
    const answers = [];
    for (const id of [...closed.map((session) => session.id), randomUUID()]) {
      const { errors, data } = await app.gql(CLAIM, { id }, mechanic.token);
      answers.push({ data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) });
    }
    expect(answers[0]).toEqual({ data: null, errors: [{ message: "This request has already been claimed or is no longer open", extensions: { code: "CONFLICT" } }] });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("lets exactly one of several concurrent claims win", async () => {
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, paid: true });
    const mechanics = await Promise.all([1, 2, 3, 4].map(() => createMechanic(app)));
    const results = await Promise.all(mechanics.map((m) => app.gql(CLAIM, { id: session.id }, m.token)));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "CONFLICT")).toHaveLength(3);
    const stored = await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.mechanicId).toBe(winners[0]!.data!.claimSession.mechanic.id);
  });

  it("lets the customer cancel and the assigned mechanic withdraw, and nobody else", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const other = await createMechanic(app);
    const first = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED" });
    // The mechanic's cancelSession puts it back among the requests (mechanic-withdraws-from-session.test.ts).
    const second = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS", paid: false });

    expect(codeOf(await app.gql(CANCEL, { id: first.id, reason: "not mine" }, other.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(CANCEL, { id: first.id, reason: "not mine" }, (await createCustomer(app)).token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(CANCEL, { id: first.id, reason: "admin" }, (await createAdmin(app)).token))).toBe("FORBIDDEN");
    expect((await app.gql(CANCEL, { id: first.id, reason: "Found the problem myself" }, customer.token)).data!.cancelSession).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Found the problem myself",
    });
    expect((await app.gql(CANCEL, { id: second.id, reason: "Needs an in-person inspection" }, mechanic.token)).data!.cancelSession).toMatchObject({ status: "REQUESTED", cancelReason: null });
  });

  it("answers a session the mechanic is not assigned to exactly like a missing one", async () => {
    const mechanic = await createMechanic(app);
    const foreign = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: (await createMechanic(app)).id, status: "ACCEPTED" });
    const outside = await app.gql(START, { id: foreign.id }, mechanic.token);
    const missing = await app.gql(START, { id: "00000000-0000-4000-8000-000000000000" }, mechanic.token);
    expect(outside.body).toBe(missing.body);
  });

  it("refuses to start or complete a claimed session whose diagnostic is not paid, as it refuses other moves", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    // Written directly: no claim reaches an unpaid request, so only bad data (or a full refund) gets here.
    const accepted = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED", paid: false });
    const inProgress = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS", paid: false });
    const input = { diagnosis: "Worn pads", recommendedServices: ["brakes"] };

    const start = await app.gql(START, { id: accepted.id }, mechanic.token);
    const complete = await app.gql(COMPLETE, { id: inProgress.id, input }, mechanic.token);
    for (const refused of [start, complete]) {
      expect(refused.data).toBeNull();
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors![0]).toMatchObject({
        message: "The session's diagnostic is not paid yet; the customer pays it before a mechanic works on it",
        extensions: { code: "CONFLICT", reason: "DIAGNOSTIC_NOT_PAID" },
      });
    }
    // The same answer shape as a move the status refuses.
    const wrongStatus = await app.gql(START, { id: inProgress.id }, mechanic.token);
    expect(Object.keys(start.errors![0]!).sort()).toEqual(Object.keys(wrongStatus.errors![0]!).sort());
    expect(start.errors![0]!.extensions!.code).toBe(wrongStatus.errors![0]!.extensions!.code);
    expect(wrongStatus.errors![0]!.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "IN_PROGRESS" });
    // Another mechanic learns nothing: NOT_FOUND, as for any session not theirs.
    expect(codeOf(await app.gql(START, { id: accepted.id }, (await createMechanic(app)).token))).toBe("NOT_FOUND");
    for (const session of [accepted, inProgress]) {
      expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
        status: session.status,
        startedAt: session.startedAt,
        completedAt: null,
        diagnosis: null,
      });
    }

    // Refunded in full is not paid either; a confirmed payment lets the session go on.
    await app.prisma.payment.create({
      data: {
        id: randomUUID(),
        kind: "DIAGNOSTIC",
        customerId: customer.id,
        sessionId: accepted.id,
        amountCents: 3100,
        refundedCents: 3100,
        status: "REFUNDED",
        transferGroup: `payment_${randomUUID()}`,
        idempotencyKey: `refunded:${randomUUID()}`,
      },
    });
    expect(codeOf(await app.gql(START, { id: accepted.id }, mechanic.token))).toBe("CONFLICT");
    const paid = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED" });
    expect((await app.gql(START, { id: paid.id }, mechanic.token)).data!.startSession.status).toBe("IN_PROGRESS");
    expect((await app.gql(COMPLETE, { id: paid.id, input }, mechanic.token)).data!.completeSession.status).toBe("COMPLETED");
  });
});

describe("open requests", () => {
  it("shows mechanics unclaimed requests oldest first, the customer by first name only", async () => {
    const mechanic = await createMechanic(app);
    const customer = await createCustomer(app, { firstName: "Priya", lastName: "Secretname", phone: "+1 555 999 1234" });
    const older = await createSession(app, { customerId: customer.id, requestedAt: new Date("2020-01-01T00:00:00Z"), paid: true });
    const newer = await createSession(app, { customerId: customer.id, requestedAt: new Date("2020-01-01T00:00:01Z"), paid: true });
    // Pay before service: an unpaid request, older still, is not offered to mechanics.
    const unpaid = await createSession(app, { customerId: customer.id, requestedAt: new Date("2019-12-31T00:00:00Z") });
    await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "ACCEPTED" });

    const page = await app.gql(OPEN, { first: 2 }, mechanic.token);
    expect(page.errors).toBeUndefined();
    expect(page.data!.openSessionRequests.nodes.map((n: { id: string }) => n.id)).toEqual([older.id, newer.id]);
    // Claiming the unpaid request by its id says it is not paid yet (tests/sessions/claim-unpaid-request.test.ts).
    const unpaidClaim = await app.gql(CLAIM, { id: unpaid.id }, mechanic.token);
    expect(unpaidClaim.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "DIAGNOSTIC_NOT_PAID" });
    // Before claiming, the customer's id is the mechanic's pseudonym for the request (authz/customer-access.ts, BEFORE_COMMITMENT).
    expect(page.data!.openSessionRequests.nodes[0].customer).toEqual({ id: sessionPseudonym(app.config.pseudonymKey, mechanic.id, older.id, "customer"), firstName: "Priya" });
    expect(page.body).not.toContain(customer.id);

    const lastName = await app.gql(`{ openSessionRequests(first: 1) { nodes { customer { lastName phone } } } }`, {}, mechanic.token);
    expect(lastName.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(lastName.body).not.toContain("Secretname");
    expect(lastName.body).not.toContain("555 999");

    const rest = await app.gql(OPEN, { first: 100, after: page.data!.openSessionRequests.pageInfo.endCursor }, mechanic.token);
    expect(rest.data!.openSessionRequests.nodes.map((n: { id: string }) => n.id)).not.toContain(older.id);
  });

  it("is not for customers or workshops", async () => {
    expect(codeOf(await app.gql(OPEN, {}, (await createCustomer(app)).token))).toBe("FORBIDDEN");
  });
});
