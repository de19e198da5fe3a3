// Hangul fillers (U+3164, U+FFA0, U+115F, U+1160) are letters to Unicode but show as blanks: a
// name written with them between its words reads to a professional as several words. The NAME
// step refused zero-width characters inside a word but not these, and the first-name rules read
// "Carmen\u3164Ruiz\u3164x" as one word, so a customer's surname reached the mechanic through the
// first name, a street reached workshops through the city, a drop-off address carried "WhatsApp us" to customers, and a mechanic's display name carried "on WhatsApp" to the customer.
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { SET_ADDRESS } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } mechanic { displayName } } }`;
const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

describe("a Hangul filler standing for a space in a name", () => {
  it.each(["Casey\u3164Kowalczyk\u3164x", "Casey\uFFA0Kowalczyk\uFFA0x", "Casey\u115FKowalczyk\u115Fx", "Casey\u3164K"])("customer first name %j is refused and nothing changes", async (firstName) => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Kowalczyk" });
    expect(codes(await app.gql(UPDATE, { input: { firstName } }, customer.token))).toEqual([["BAD_USER_INPUT", "input.firstName"]]);
    expect((await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id }, select: { firstName: true } })).firstName).toBe("Casey");
  });

  it('customer city "Portland\u3164Harrison\u3164St" is refused as "Portland Harrison St" is', async () => {
    const customer = await createCustomer(app, { city: "Portland" });
    expect(codes(await app.gql(UPDATE, { input: { city: "Portland Harrison St" } }, customer.token))).toEqual([["BAD_USER_INPUT", "input.city"]]);
    expect(codes(await app.gql(UPDATE, { input: { city: "Portland\u3164Harrison\u3164St" } }, customer.token))).toEqual([["BAD_USER_INPUT", "input.city"]]);
  });

  it.each(["Robin\u3164on\u3164WhatsApp", "Robin\u3164call\u3164me"])("mechanic display name %j is refused", async (displayName) => {
    const mechanic = await createMechanic(app, { displayName: "Robin" });
    expect(codes(await app.gql(UPDATE, { input: { displayName } }, mechanic.token))).toEqual([["BAD_USER_INPUT", "input.displayName"]]);
  });

  it('a workshop\'s drop-off address "12 Oak St, Austin\u3164WhatsApp\u3164us" is refused as with spaces', async () => {
    const workshop = await createMatchableWorkshop(app, { streetAddress: null });
    expect(codes(await app.gql(SET_ADDRESS, { a: "12 Oak St, Austin WhatsApp us" }, workshop.advisor.token))?.[0]?.[0]).toBe("BAD_USER_INPUT");
    expect(codes(await app.gql(SET_ADDRESS, { a: "12 Oak St, Austin\u3164WhatsApp\u3164us" }, workshop.advisor.token))?.[0]?.[0]).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["firstName", "민준"],
    ["firstName", "Hyun-Woo"],
  ])("%s %j of Hangul letters still passes", async (field, value) => {
    const customer = await createCustomer(app, { lastName: "Kowalczyk" });
    const { errors } = await app.gql(UPDATE, { input: { [field]: value } }, customer.token);
    expect(errors).toBeUndefined();
  });
});
