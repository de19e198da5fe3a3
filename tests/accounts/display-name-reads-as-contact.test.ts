import { describe, expect, it } from "vitest";
import { createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A mechanic's display name, which customers read, is a name: a partial number, a number worn as a
 * model code, a handle tagged with a platform or a spaced-out mailbox in it is refused with
 * CONTACT_DETAILS, the value is not echoed, and the name stays as it was.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { mechanic { displayName } } }`;
const DISPLAY_NAME = `{ me { mechanic { displayName } } }`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("a display name that reads as a way to reach its mechanic", () => {
  it.each([
    ["a partial number", "Sam 512 555 01", "555"],
    ["a number worn as a model code", "Sam V12-555-0199", "0199"],
    ["a handle tagged with a platform", "Sam samfixes77 ig", "samfixes77"],
    ["a spaced-out mailbox", "Sam s a m f i x e s @ g m a i l", "g m a i l"],
  ])("refuses %s (%j) with CONTACT_DETAILS and writes nothing", async (_shape, value, secret) => {
    const mechanic = await createMechanic(app, { displayName: "Sam" });
    const { errors, body } = await app.gql(UPDATE, { input: { displayName: value } }, mechanic.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" });
    expect(body).not.toContain(secret);
    const me = await app.gql(DISPLAY_NAME, {}, mechanic.token);
    expect(me.data!.me.mechanic.displayName).toBe("Sam");
  });

  it("accepts a name with a few digits in it", async () => {
    const mechanic = await createMechanic(app, { displayName: "Sam" });
    const { data, errors } = await app.gql(UPDATE, { input: { displayName: "Sam 4x4 Route 66" } }, mechanic.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.mechanic).toEqual({ displayName: "Sam 4x4 Route 66" });
  });
});
