import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGN_UP } from "../factories/accounts.ts";
import { createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A display name's words glued without a space are read apart where a small letter meets a
 * capital, as at a dash: a first name glued to a surname ("SamPellegrinoAuto") is a full name and
 * refused like "Sam Pellegrino" (CONTACT_DETAILS, the full-name message, the value not echoed,
 * nothing written), while names spelled with an inner capital stay names.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { mechanic { displayName } } }`;
const FULL_NAME_PROBLEM = 'must not be a full name: go by a first name and an initial ("Sam P.") or a trade name ("Dr. Wrench")';

let app: TestApp;
serverSpec((started) => (app = started));

describe("a first name glued to a surname in a display name", () => {
  it.each(["SamPellegrinoAuto", "SamPellegrino", "DanaFixesCars"])("refuses %j on a profile edit as a full name and keeps the name", async (displayName) => {
    const mechanic = await createMechanic(app, { displayName: "Sam" });
    const { errors, body } = await app.gql(UPDATE, { input: { displayName } }, mechanic.token);
    expect(errors?.[0]).toMatchObject({ message: `input.displayName: ${FULL_NAME_PROBLEM}`, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" } });
    expect(body).not.toContain(displayName);
    expect((await app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: mechanic.id } })).displayName).toBe("Sam");
  });

  it("refuses it at sign-up and creates no account", async () => {
    const email = `${randomUUID()}@example.test`;
    const { errors, body } = await app.gql(SIGN_UP, { input: { role: "MECHANIC", email, password: "a-long-password", displayName: "DanaFixesCars" } });
    expect(errors?.[0]).toMatchObject({ message: `input.displayName: ${FULL_NAME_PROBLEM}`, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" } });
    expect(body).not.toContain("DanaFixesCars");
    expect(await app.prisma.user.count({ where: { email } })).toBe(0);
  });

  it.each(["McDonald", "DeAndre", "LaToya", "O'Brien", "MacGyver Motors", "JoAnn"])("accepts %j, a name spelled with an inner capital", async (displayName) => {
    const mechanic = await createMechanic(app, { displayName: "Sam" });
    const { data, errors } = await app.gql(UPDATE, { input: { displayName } }, mechanic.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.mechanic).toEqual({ displayName });
  });
});
