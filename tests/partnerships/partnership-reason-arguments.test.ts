// Suspending or terminating a partnership and rejecting a partner quote are checked at the edge
// (PartnershipReasonArgs, TerminatePartnershipArgs, RejectPartnerQuoteArgs): an id that is not an
// RFC 4122 uuid (one the input guard's uuid shape lets through) and a reason under 3 characters
// once trimmed ("must say why") are BAD_USER_INPUT naming the argument, before anything is looked up.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAdmin, createPartner, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendPartnership(partnershipId: $id, reason: $reason) { id } }`;
const TERMINATE = `mutation ($id: ID!, $reason: String!) { terminatePartnership(partnershipId: $id, reason: $reason, qualityIssue: true) { id } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectPartnerQuote(quoteId: $id, reason: $reason) { id } }`;

const errorOf = (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => firstError(app, operation, variables, caller.token);

describe("partnership reasons and ids", () => {
  it("refuse a partnership or quote id that is not a uuid", async () => {
    const admin = await createAdmin(app);
    expect(await errorOf(SUSPEND, { id: NOT_RFC_UUID, reason: "Missed payments" }, admin)).toEqual(refusal("partnershipId", "must be a partnership id"));
    expect(await errorOf(TERMINATE, { id: NOT_RFC_UUID, reason: "Missed payments" }, admin)).toEqual(refusal("partnershipId", "must be a partnership id"));
    const partner = await createPartner(app);
    expect(await errorOf(REJECT, { id: NOT_RFC_UUID, reason: "Prices are out of date" }, partner)).toEqual(refusal("quoteId", "must be a quote id"));
  });

  it("refuse a reason under 3 characters once trimmed", async () => {
    const admin = await createAdmin(app);
    expect(await errorOf(SUSPEND, { id: randomUUID(), reason: " ok " }, admin)).toEqual(refusal("reason", "must say why"));
    expect(await errorOf(TERMINATE, { id: randomUUID(), reason: "  " }, admin)).toEqual(refusal("reason", "must say why"));
    const partner = await createPartner(app);
    expect(await errorOf(REJECT, { id: randomUUID(), reason: "no" }, partner)).toEqual(refusal("reason", "must say why"));
  });
});
