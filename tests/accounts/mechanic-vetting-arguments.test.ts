// An admin's vetting decision is checked at the edge (ApproveMechanicArgs, RejectMechanicArgs): a
// mechanic id that is not an RFC 4122 uuid (one the input guard's uuid shape lets through), or a
// reason blank or over 500 characters once trimmed, is BAD_USER_INPUT naming the argument;
// approving needs no reason, rejecting does, and the reason is kept trimmed.
import { describe, expect, it } from "vitest";
import { createMechanic, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID } from "../support/edge-errors.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const APPROVE = `mutation ($id: ID!, $reason: String) { approveMechanic(mechanicId: $id, reason: $reason) { id status reason } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { id status reason } }`;

const errorOf = (mutation: string, variables: { id: string; reason?: string }) => firstError(app, mutation, variables, admin.token);

describe("vetting decisions' arguments", () => {
  it("refuse a mechanic id that is not a uuid", async () => {
    for (const mutation of [APPROVE, REJECT]) {
      expect(await errorOf(mutation, { id: NOT_RFC_UUID, reason: "Checked" })).toEqual({ message: "mechanicId: must be a mechanic id", code: "BAD_USER_INPUT", field: "mechanicId" });
    }
  });

  it("refuse a reason blank or over 500 characters once trimmed", async () => {
    const pending = await createMechanic(app, { vetting: "PENDING" });
    for (const mutation of [APPROVE, REJECT]) {
      expect(await errorOf(mutation, { id: pending.id, reason: "   " })).toEqual({ message: "reason: is required", code: "BAD_USER_INPUT", field: "reason" });
      expect(await errorOf(mutation, { id: pending.id, reason: "x".repeat(501) })).toEqual({ message: "reason: must be at most 500 characters", code: "BAD_USER_INPUT", field: "reason" });
    }
  });

  it("approve without a reason, and keep a rejection's reason trimmed", async () => {
    const approved = await createMechanic(app, { vetting: "PENDING" });
    expect((await app.gql(APPROVE, { id: approved.id }, admin.token)).data!.approveMechanic).toEqual({ id: approved.id, status: "APPROVED", reason: null });
    const rejected = await createMechanic(app, { vetting: "PENDING" });
    const reason = ` ${"x".repeat(500)} `;
    expect((await app.gql(REJECT, { id: rejected.id, reason }, admin.token)).data!.rejectMechanic).toEqual({ id: rejected.id, status: "REJECTED", reason: reason.trim() });
  });
});
