// The session operations' scalar arguments are checked at the edge (SessionIdArgs and the classes
// extending it, OfSessionArgs and the classes extending it): an id that is not an RFC 4122 uuid
// (one the input guard's uuid shape lets through), a blank reason and an over-long reason or note
// are BAD_USER_INPUT naming the argument, before anything is looked up.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
let customer: CreatedUser;
let mechanic: CreatedUser;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  [customer, mechanic, admin] = [await createCustomer(app), await createMechanic(app), await createAdmin(app)];
});
afterAll(() => app.close());

const errorOf = (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => firstError(app, operation, variables, caller.token);

const SESSION = `query ($id: ID!) { session(id: $id) { id } }`;
const CLAIM = `mutation ($id: ID!) { claimSession(id: $id) { id } }`;
const START = `mutation ($id: ID!) { startSession(id: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeSession(id: $id, input: { diagnosis: "Worn brake pads on the front axle.", recommendedServices: ["brakes"] }) { id } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id } }`;
const ADMIN_CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id } }`;
const REASSIGN = `mutation ($id: ID!, $m: ID!, $reason: String!) { adminReassignSession(id: $id, mechanicId: $m, reason: $reason) { id } }`;
const ABSENCE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REFUND) { id } }`;
const NOTE = `mutation ($id: ID!, $body: String!) { postPlatformNote(sessionId: $id, body: $body) { id } }`;

describe("session operations' arguments", () => {
  it("refuse a session or mechanic id that is not a uuid, naming the argument", async () => {
    const badSession = refusal("id", "must be a session id");
    expect(await errorOf(SESSION, { id: NOT_RFC_UUID }, customer)).toEqual(badSession);
    expect(await errorOf(CLAIM, { id: NOT_RFC_UUID }, mechanic)).toEqual(badSession);
    expect(await errorOf(START, { id: NOT_RFC_UUID }, mechanic)).toEqual(badSession);
    expect(await errorOf(COMPLETE, { id: NOT_RFC_UUID }, mechanic)).toEqual(badSession);
    expect(await errorOf(CANCEL, { id: NOT_RFC_UUID, reason: "Changed my mind" }, customer)).toEqual(badSession);
    expect(await errorOf(ADMIN_CANCEL, { id: NOT_RFC_UUID, reason: "Duplicate request" }, admin)).toEqual(badSession);
    expect(await errorOf(REASSIGN, { id: NOT_RFC_UUID, m: randomUUID(), reason: "Mechanic away" }, admin)).toEqual(badSession);
    expect(await errorOf(REASSIGN, { id: randomUUID(), m: NOT_RFC_UUID, reason: "Mechanic away" }, admin)).toEqual(refusal("mechanicId", "must be a mechanic id"));
    expect(await errorOf(ABSENCE, { id: NOT_RFC_UUID }, customer)).toEqual(refusal("sessionId", "must be a session id"));
    expect(await errorOf(NOTE, { id: NOT_RFC_UUID, body: "A note" }, admin)).toEqual(refusal("sessionId", "must be a session id"));
  });

  it("refuse a blank reason, a reason over 500 characters and a note over 2000, once trimmed", async () => {
    const id = randomUUID();
    expect(await errorOf(CANCEL, { id, reason: "   " }, customer)).toEqual(refusal("reason", "is required"));
    expect(await errorOf(ADMIN_CANCEL, { id, reason: "x".repeat(501) }, admin)).toEqual(refusal("reason", "must be at most 500 characters"));
    expect(await errorOf(REASSIGN, { id, m: randomUUID(), reason: " " }, admin)).toEqual(refusal("reason", "is required"));
    expect(await errorOf(NOTE, { id, body: ` ${"x".repeat(2001)} ` }, admin)).toEqual(refusal("body", "must be at most 2000 characters"));
  });
});
