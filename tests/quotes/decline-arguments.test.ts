// Declining is checked at the edge (DeclineQuoteArgs, RespondToOfferArgs): a quote or offer id that
// is not an RFC 4122 uuid (one the input guard's uuid shape lets through) and a reason over 1000
// characters once trimmed are BAD_USER_INPUT naming the argument, before anything is looked up.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop, RESPOND } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID } from "../support/edge-errors.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const DECLINE = `mutation ($q: ID!, $reason: String) { declineQuote(quoteId: $q, reason: $reason) { id } }`;

const errorOf = (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => firstError(app, operation, variables, caller.token);

describe("declining a quote or an offer", () => {
  it("refuses a quote id that is not a uuid, or a reason over 1000 characters", async () => {
    const customer = await createCustomer(app);
    expect(await errorOf(DECLINE, { q: NOT_RFC_UUID }, customer)).toEqual({ code: "BAD_USER_INPUT", field: "quoteId", message: "quoteId: must be a quote id" });
    expect(await errorOf(DECLINE, { q: randomUUID(), reason: ` ${"x".repeat(1001)} ` }, customer)).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect((await errorOf(DECLINE, { q: randomUUID(), reason: ` ${"x".repeat(1000)} ` }, customer)).code).toBe("NOT_FOUND");
  });

  it("refuses an offer id that is not a uuid, or a reason over 1000 characters", async () => {
    const { advisor } = await createMatchableWorkshop(app);
    expect(await errorOf(RESPOND, { offerId: NOT_RFC_UUID, accept: false }, advisor)).toEqual({ code: "BAD_USER_INPUT", field: "offerId", message: "offerId: must be an offer id" });
    expect(await errorOf(RESPOND, { offerId: randomUUID(), accept: false, reason: "x".repeat(1001) }, advisor)).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
  });
});
