// The session, quote, mechanic and workshop ids of the review operations are checked at the edge
// (ReviewedSessionArgs, ReviewedQuoteArgs, ReviewedMechanicArgs, ReviewedWorkshopArgs): an id that
// is not an RFC 4122 uuid (one the input guard's uuid shape lets through) is BAD_USER_INPUT naming
// the argument, before anything is looked up.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID } from "../support/edge-errors.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const errorOf = (operation: string, token: string) => firstError(app, operation, { id: NOT_RFC_UUID }, token);
const refusal = (field: string) => ({ message: `${field}: must be an id`, code: "BAD_USER_INPUT", field });

describe("review operations' ids", () => {
  it("refuse a session or quote id to review that is not a uuid", async () => {
    const customer = await createCustomer(app);
    expect(await errorOf(`mutation ($id: ID!) { reviewMechanic(sessionId: $id, input: { rating: 5 }) { id } }`, customer.token)).toEqual(refusal("sessionId"));
    expect(await errorOf(`mutation ($id: ID!) { reviewWorkshop(quoteId: $id, input: { rating: 5 }) { id } }`, customer.token)).toEqual(refusal("quoteId"));
  });

  it("refuse a mechanic or workshop id to read that is not a uuid", async () => {
    const admin = await createAdmin(app);
    expect(await errorOf(`query ($id: ID!) { mechanicReviews(mechanicId: $id) { totalCount } }`, admin.token)).toEqual(refusal("mechanicId"));
    expect(await errorOf(`query ($id: ID!) { workshopReviews(workshopId: $id) { totalCount } }`, admin.token)).toEqual(refusal("workshopId"));
    expect(await errorOf(`query ($id: ID!) { mechanicReputation(mechanicId: $id) { mechanicId } }`, admin.token)).toEqual(refusal("mechanicId"));
  });
});
