// A variable's invalid value is refused with where inside the variable it is wrong and graphql-js's
// reason without the value (`Variable "$i" has an invalid value at $i.lineItems[0].quantity: Int
// cannot represent non-integer value.`), alike over HTTP and graphql-ws, as an inline literal's
// refusal says what is wrong. Before, every such refusal was `Variable "$i" has an invalid value.`
// The submitted value is still never quoted back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE_QUOTE = `mutation ($e: ID!, $i: QuoteInput!) { createQuote(escalationId: $e, input: $i) { id } }`;
const PAYOUTS = `mutation ($at: DateTimeISO) { runDuePayouts(asOf: $at) { transferCount } }`;
const SESSIONS = `query ($n: Int) { sessions(first: $n) { totalCount } }`;
const ESCALATION = "00000000-0000-4000-8000-000000000000";
const line = (changes: Record<string, unknown>) => ({ kind: "PART", description: "Brake pads", quantity: 1, unitPriceCents: 4_500, ...changes });

const CASES = [
  {
    name: "a fractional Int inside a list",
    query: CREATE_QUOTE,
    variables: { e: ESCALATION, i: { lineItems: [line({ quantity: 1.5 })] } },
    message: 'Variable "$i" has an invalid value at $i.lineItems[0].quantity: Int cannot represent non-integer value.',
    secret: "1.5",
  },
  {
    name: "an unknown enum value",
    query: CREATE_QUOTE,
    variables: { e: ESCALATION, i: { lineItems: [line({}), line({ kind: "SECRET_KIND" })] } },
    message: 'Variable "$i" has an invalid value at $i.lineItems[1].kind: Value does not exist in "LineItemKind" enum.',
    secret: "SECRET_KIND",
  },
  {
    name: "a date that does not exist",
    query: PAYOUTS,
    variables: { at: "2027-02-30T10:00:00Z" },
    message: 'Variable "$at" has an invalid value: DateTime cannot represent an invalid date-time-string.',
    secret: "2027-02-30",
  },
  {
    name: "a number for a DateTimeISO (round 51: no reason was given)",
    query: PAYOUTS,
    variables: { at: 1767225600123 },
    message: 'Variable "$at" has an invalid value: expected an ISO 8601 date-time string, such as 2027-03-01T09:30:00Z.',
    secret: "1767225600123",
  },
  {
    name: "text for an Int",
    query: SESSIONS,
    variables: { n: "twelve" },
    message: 'Variable "$n" has an invalid value: Int cannot represent non-integer value.',
    secret: "twelve",
  },
  {
    name: "a field the input type does not define, whose name is the client's own",
    query: CREATE_QUOTE,
    variables: { e: ESCALATION, i: { lineItems: [line({})], SECRETKEY_5035550142: "x" } },
    message: 'Variable "$i" has an invalid value: A field is not defined by type "QuoteInput".',
    secret: "SECRETKEY",
  },
];

describe("a variable's invalid value", () => {
  it.each(CASES)("($name) is refused over HTTP with its path and reason, never its value", async ({ query, variables, message, secret }) => {
    const response = await app.gql(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT" } })]);
    expect(JSON.stringify(response.errors)).not.toContain(secret);
  });

  it.each(CASES)("($name) is refused alike over graphql-ws", async ({ query, variables, message }) => {
    const answer = await wsExecute(app.ws(), query, variables).catch((errors: unknown) => ({ errors }));
    expect(answer.errors).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT" } })]);
  });
});
