import { describe, expect, it } from "vitest";
import { customerSignUpInput, type CustomerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * What one user types, another reads: every text input refuses control characters (an ANSI escape
 * or a bell in a vehicle's make) and bidi overrides or isolates (a word shown reversed), at the
 * edge, BAD_USER_INPUT naming the field; a required text with nothing visible (zero-width spaces)
 * is as empty as one of spaces; a phone number is one libphonenumber-js finds valid, a postal code
 * letters and digits with spaces or hyphens.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id make } }`;
const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;
const refusalOf = (result: { errors?: { message: string; extensions?: Record<string, any> }[] }) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.message]);

const signUp = (overrides: Partial<CustomerSignUpInput>) => app.gql(SIGN_UP, { input: customerSignUpInput(overrides) });

describe("a free-text input", () => {
  it.each([
    ["an ANSI escape and a bell", "Fo\u0007rd\u001b[31m", "input.make: must not contain control characters"],
    ["a C1 control", "Ford\u0085", "input.make: must not contain control characters"],
    ["a right-to-left override", "\u202Eford", "input.make: must not contain bidirectional overrides or isolates"],
    ["an isolate", "Ford \u2067GT\u2069", "input.make: must not contain bidirectional overrides or isolates"],
  ])("with %s is refused at the edge, naming the field", async (_what, make, message) => {
    const customer = await createCustomer(app);
    const result = await app.gql(ADD_VEHICLE, { input: { year: 2016, make, model: "Focus" } }, customer.token);
    expect(refusalOf(result)).toEqual([["BAD_USER_INPUT", "input.make", message]]);
  });

  it("keeps line breaks and tabs in a multi-line text, and letters of any script", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    expect((await app.gql(SEND, { s: session.id, b: "Pads:\n\t- front 3 mm\r\n\t- rear 5 mm" }, mechanic.token)).errors).toBeUndefined();
    expect((await app.gql(ADD_VEHICLE, { input: { year: 2016, make: "Škoda", model: "تويوتا" } }, customer.token)).errors).toBeUndefined();
  });
});

describe("a required text with nothing visible", () => {
  it("is refused 'is required', like one of spaces", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    for (const body of ["   ", "\u200B\u200B\u200B", "\u200D\uFEFF \u2060", "\u3164"]) {
      expect(refusalOf(await app.gql(SEND, { s: session.id, b: body }, mechanic.token)), JSON.stringify(body)).toEqual([["BAD_USER_INPUT", "body", "body: is required"]]);
    }
    expect(await app.prisma.chatMessage.count({ where: { sessionId: session.id } })).toBe(0);
  });
});

describe("a phone number and a postal code at sign-up", () => {
  it.each(["+0 000 000", "+1 (((((555)))))", "+1 555 010 0000", "12345"])("phone %j is refused", async (phone) => {
    expect(refusalOf(await signUp({ phone }))).toEqual([
      [
        "BAD_USER_INPUT",
        "input.phone",
        "input.phone: must be a phone number: a US one as (512) 555-0143; another with + and its country code in front (+44 for the UK, +91 for India, +55 for Brazil)",
      ],
    ]);
  });

  // A number written as at home abroad ("07911 123456", UK) is read as a US one: the message asks for the country code, in the shape written.
  it('phone "07911 123456" is refused, asked for its country code', async () => {
    expect(refusalOf(await signUp({ phone: "07911 123456" }))).toEqual([
      ["BAD_USER_INPUT", "input.phone", "input.phone: must be a phone number; outside the US, write + and the country code in place of the leading 0: +<country code> xxxx xxxxxx"],
    ]);
  });

  it.each(["<script>", "97214;", "--", "9 7 2 1 4 5 6 7 8 9 0"])("postal code %j is refused", async (postalCode) => {
    const result = await signUp({ postalCode });
    expect(refusalOf(result)?.map(([code, field]) => [code, field])).toEqual([["BAD_USER_INPUT", "input.postalCode"]]);
  });

  it("accepts real ones: national and international numbers, postal codes of several countries", async () => {
    for (const [phone, postalCode] of [
      ["(512) 555-0100", "78701"],
      ["+44 20 7946 0000", "SW1A 1AA"],
      ["+1 303-555-0119", "80205-1234"],
    ]) {
      expect((await signUp({ phone: phone!, postalCode: postalCode! })).errors, phone).toBeUndefined();
    }
  });
});
