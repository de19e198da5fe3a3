// A value written inline in the operation that its field's type cannot take (text for an Int, a
// number for a String, an unknown enum value, null for a required field, a required field left
// out) is refused BAD_USER_INPUT, as the same value sent in a variable is, naming the argument and
// where inside it the value is, in the schema's terms, never quoting the value (it may be a
// customer's phone): before, it was GRAPHQL_VALIDATION_FAILED with graphql-js's own message,
// which quoted it. Mistakes in the query itself (a field the type lacks, a missing argument,
// broken syntax) stay GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED.
import { describe, expect, it } from "vitest";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const addVehicle = (fields: string) => `mutation { addVehicle(input: { ${fields} }) { id } }`;
const quoteLine = (fields: string) =>
  `mutation { createQuote(escalationId: "00000000-0000-4000-8000-000000000000", input: { lineItems: [{ kind: PART, description: "Pads", quantity: 1, unitPriceCents: 4500 }, { ${fields} }] }) { id } }`;

const INLINE = [
  {
    name: "text for an Int",
    query: addVehicle(`year: "+1 555 0142", make: "Ford", model: "Focus"`),
    message: 'Argument "input" has an invalid value at input.year: Int cannot represent non-integer value.',
    secret: "0142",
  },
  {
    name: "text for an Int argument",
    query: `{ sessions(first: "5550142") { totalCount } }`,
    message: 'Argument "first" has an invalid value: Int cannot represent non-integer value.',
    secret: "5550142",
  },
  {
    name: "a number for a String",
    query: addVehicle(`year: 2016, make: 4155550142, model: "Focus"`),
    message: 'Argument "input" has an invalid value at input.make: String cannot represent a non string value.',
    secret: "4155550142",
  },
  {
    name: "an unknown enum value inside a list",
    query: quoteLine(`kind: CALL_5550142, description: "Pads", quantity: 1, unitPriceCents: 4500`),
    message: 'Argument "input" has an invalid value at input.lineItems[1].kind: Value does not exist in "LineItemKind" enum.',
    secret: "5550142",
  },
  {
    name: "text for an enum",
    query: quoteLine(`kind: "5550142", description: "Pads", quantity: 1, unitPriceCents: 4500`),
    message: 'Argument "input" has an invalid value at input.lineItems[1].kind: Enum "LineItemKind" cannot represent non-enum value.',
    secret: "5550142",
  },
  {
    name: "a date that does not exist",
    query: `mutation { runDuePayouts(asOf: "2027-02-30T10:00:00Z") { transferCount } }`,
    message: 'Argument "asOf" has an invalid value: DateTime cannot represent an invalid date-time-string.',
    secret: "2027-02-30",
  },
  {
    name: "text for an input object",
    query: `mutation { addVehicle(input: "+1 555 0142") { id } }`,
    message: 'Argument "input" has an invalid value: expected a value of type "AddVehicleInput!".',
    secret: "0142",
  },
  {
    name: "null for a required field",
    query: addVehicle(`year: null, make: "Ford", model: "Focus"`),
    message: 'Argument "input" has an invalid value at input.year: expected a value of type "Int!", got null.',
    secret: "Ford",
  },
  {
    name: "a required field left out",
    query: addVehicle(`year: 2016, make: "Ford 5550142"`),
    message: 'Argument "input" has an invalid value: Field "AddVehicleInput.model" of required type "String!" was not provided.',
    secret: "5550142",
  },
  {
    name: "text for an Int in a variable's default value",
    query: `query ($n: Int = "5550142") { sessions(first: $n) { totalCount } }`,
    message: 'Variable "$n" has an invalid default value: Int cannot represent non-integer value.',
    secret: "5550142",
  },
];

describe("an inline value its field's type cannot take", () => {
  it.each(INLINE)("($name) is BAD_USER_INPUT over HTTP, naming where it is and why, never the value", async ({ query, message, secret }) => {
    const response = await app.gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([["BAD_USER_INPUT", message]]);
    expect(JSON.stringify(response.errors)).not.toContain(secret);
  });

  it.each(INLINE)("($name) is refused alike over graphql-ws", async ({ query, message, secret }) => {
    const answer = await wsExecute(app.ws(), query).catch((errors: unknown) => ({ errors }) as { errors: { message: string; extensions?: Record<string, unknown> }[] });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([["BAD_USER_INPUT", message]]);
    expect(JSON.stringify(answer.errors)).not.toContain(secret);
  });

  it("is refused as the same value in a variable is", async () => {
    const variable = await app.gql(`query ($n: Int) { sessions(first: $n) { totalCount } }`, { n: "5550142" });
    const inline = await app.gql(`{ sessions(first: "5550142") { totalCount } }`);
    expect(inline.errors?.[0]?.extensions?.code).toBe(variable.errors?.[0]?.extensions?.code);
  });
});

describe("a mistake in the query itself", () => {
  it.each([
    ["a field its type lacks", `{ sessions(first: 1) { totalCount nope } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["an argument its field lacks", `{ sessions(firstx: 1) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["a required argument left out", `{ session { id } }`, "GRAPHQL_VALIDATION_FAILED"],
    ["broken syntax", `{ sessions(first: 1 { totalCount } }`, "GRAPHQL_PARSE_FAILED"],
  ])("(%s) keeps its own code", async (_name, query, code) => {
    const { errors } = await app.gql(query);
    expect(errors?.map((error) => error.extensions?.code)).toEqual([code]);
  });
});
