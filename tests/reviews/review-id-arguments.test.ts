// The session, quote, mechanic and workshop ids of the review operations are checked at the edge
// (ReviewedSessionArgs, ReviewedQuoteArgs, ReviewedMechanicArgs, ReviewedWorkshopArgs): an id that
// is not an RFC 4122 uuid (one the input guard's uuid shape lets through) is BAD_USER_INPUT naming
// the argument, before anything is looked up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Shaped like a uuid (so the input guard passes it) but of no RFC 4122 version or variant. */
const NOT_RFC_UUID = "12345678-1234-0234-0234-123456789012";

const errorOf = async (operation: string, token: string) => {
  const error = (await app.gql(operation, { id: NOT_RFC_UUID }, token)).errors?.[0];
  return { message: error?.message, code: error?.extensions?.code, field: error?.extensions?.field };
};
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
