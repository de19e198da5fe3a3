// The detector reads a text without knowing whose it is, so a customer's own last name passed in
// what they wrote for professionals: a session's concern ("Car is registered to Z. Kowalczyk"),
// a review's comment, which any signed-in user reads through mechanicReviews ("Zed K., 1537
// Harrison - the Kowalczyk family"), a chat message. Every maskable text a customer writes is now
// read against what the platform stores of them and keeps from professionals (AccountService.
// ownPrivateDetails, domain/contacts/own-details.ts): their last name, their phone number's digits
// in any spelling, their e-mail's mailbox name, their house number beside its street. Each is
// masked in what is stored and shown, and the write is flagged for admins with the original.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, createVehicle, markDiagnosticPaid } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern } }`;
const REVIEW = `mutation ($s: ID!, $input: ReviewInput!) { reviewMechanic(sessionId: $s, input: $input) { id comment } }`;
const REVIEWS = `query ($m: ID!) { mechanicReviews(mechanicId: $m, first: 5) { nodes { comment } } }`;
const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds message { body } } }`;

const zed = () =>
  createCustomer(app, { firstName: "Zed", lastName: "Kowalczyk", city: "Portland", phone: "+1 503 555 0199", addressLine1: "1537 Harrison St", email: `zedk77@${randomUUID()}.example.test` });

/** The kinds of the content flags recorded about `entityId`. */
const flaggedKinds = async (entityId: string) => (await app.prisma.contentFlag.findMany({ where: { entityId } })).flatMap((flag) => flag.kinds);

describe("a session's concern holding the customer's own details", () => {
  it.each([
    ["Kowalczyk household, second car.", "[hidden] household, second car.", "FULL_NAME"],
    ["Surname on the registration: Kowalczyk", "Surname on the registration: [hidden]", "FULL_NAME"],
    ["Car is registered to Z. Kowalczyk", "Car is registered to Z. [hidden]", "FULL_NAME"],
    ["Brakes squeal. Code on the dash: 555.0199", "Brakes squeal. Code on the dash: [hidden]", "PHONE"],
    ["Squeal starts at 55 50 199", "Squeal starts at [hidden]", "PHONE"],
    ["Brakes squeal. I'm zedk77 everywhere", "Brakes squeal. I'm [hidden] everywhere", "EMAIL"],
  ])("masks %j and flags it", async (concern, masked, kind) => {
    const customer = await zed();
    const vehicle = await createVehicle(app, customer.id);
    const { data, errors } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.requestSession.concern).toBe(masked);
    const stored = await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: data!.requestSession.id } });
    expect(stored.concern).toBe(masked);
    expect(await flaggedKinds(stored.id)).toContain(kind);
  });

  it("leaves another customer's concern naming the same words as it is", async () => {
    const other = await createCustomer(app, { firstName: "Ann", lastName: "Brown", phone: "+1 503 555 0142" });
    const vehicle = await createVehicle(app, other.id);
    const concern = "Kowalczyk household car; dark brown seats; 555 0199 miles";
    const { data, errors } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern } }, other.token);
    expect(errors).toBeUndefined();
    expect(data!.requestSession.concern).toBe(concern);
  });
});

describe("a review's comment holding the customer's own details", () => {
  it("is stored masked and read masked by any signed-in user", async () => {
    const customer = await zed();
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    await markDiagnosticPaid(app, session);
    const comment = "Great job. Zed K., 1537 Harrison - the Kowalczyk family";
    const written = await app.gql(REVIEW, { s: session.id, input: { rating: 5, comment } }, customer.token);
    expect(written.errors).toBeUndefined();
    const masked = "Great job. Zed K., [hidden] - the [hidden] family";
    expect(written.data!.reviewMechanic.comment).toBe(masked);
    const reader = await createCustomer(app);
    const read = await app.gql(REVIEWS, { m: mechanic.id }, reader.token);
    expect(read.data!.mechanicReviews.nodes).toEqual([{ comment: masked }]);
    expect(read.body).not.toMatch(/Kowalczyk|1537/);
    expect((await flaggedKinds(written.data!.reviewMechanic.id)).sort()).toEqual(["ADDRESS", "FULL_NAME"]);
  });
});

describe("a chat message holding the customer's own details", () => {
  it("is masked and flagged for the mechanic reading it", async () => {
    const customer = await zed();
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const { data, errors } = await app.gql(SEND, { s: session.id, body: "It's under Kowalczyk at the dealer" }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.sendMessage).toMatchObject({ flagged: true, flaggedKinds: ["FULL_NAME"] });
    const stored = await app.prisma.chatMessage.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(stored.deliveredBody).toBe("It's under [hidden] at the dealer");
  });
});
