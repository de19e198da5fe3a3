import { describe, expect, it } from "vitest";
import { createAdmin, createMechanic, createWorkshop } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A professional's display name, which customers read beside everything they write, is a first
 * name and an initial or a trade name, and nothing beside it: a number of three digits or more (an
 * area code, an exchange, a line's four), a phone's sign, a handle, or an aside in brackets or after
 * a separator (a number, a town to search the name in) is refused with CONTACT_DETAILS and a message
 * saying what a display name is; trade names keep the digits they are made of ("A1 Auto", "Pit
 * Stop 24/7", "Route 66 Garage").
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { mechanic { displayName } } }`;
const DISPLAY_NAME = `{ me { mechanic { displayName } } }`;
const ADD_ADVISOR = `mutation ($w: ID!, $input: AddWorkshopAdvisorInput!) { addWorkshopAdvisor(workshopId: $w, input: $input) { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

const REFUSED = ["Max T. (512)", "Max T. | maxfixes77", "Max T. ☎ 512", "Max T. ext 0199", "Max T. (Gresham)", "Max T. 512", "Max T. maxfixes77", "Max T. - Gresham", "Max T. 📱", "360 Auto"];

describe("a professional's display name", () => {
  it("refuses a number, a phone sign, a handle or an aside beside the name, says what to write, and keeps the name", async () => {
    const mechanic = await createMechanic(app, { displayName: "Max T." });
    for (const value of REFUSED) {
      const { errors } = await app.gql(UPDATE, { input: { displayName: value } }, mechanic.token);
      expect(errors?.[0]?.extensions, value).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" });
      expect(errors?.[0]?.message, value).toMatch(/must be a first name and an initial/);
    }
    const me = await app.gql(DISPLAY_NAME, {}, mechanic.token);
    expect(me.data!.me.mechanic.displayName).toBe("Max T.");
  });

  it("tells a name refused for what stands beside it what a display name is", async () => {
    const mechanic = await createMechanic(app, { displayName: "Max T." });
    const { errors } = await app.gql(UPDATE, { input: { displayName: "Max T. (Gresham)" } }, mechanic.token);
    expect(errors?.[0]?.message).toBe(
      'input.displayName: must be a first name and an initial ("Sam P.") or a trade name ("Dr. Wrench"), without a number of three digits or more, a phone sign, a handle, or an aside in brackets or after a separator',
    );
  });

  it("refuses the same for a workshop's advisor, whom customers read in the workshop's conversation", async () => {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const { errors } = await app.gql(
      ADD_ADVISOR,
      { w: workshop.id, input: { email: `max-${workshop.id}@example.test`, password: "a-long-password", displayName: "Max T. | maxfixes77" } },
      admin.token,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" });
  });

  it("accepts a first name and an initial, and trade names with the digits they are made of", async () => {
    const mechanic = await createMechanic(app, { displayName: "Max T." });
    for (const value of [
      "Max T.",
      "Jean-Luc B.",
      "Dr. Wrench",
      "Max's Mobile Mechanics",
      "A1 Auto",
      "Pit Stop 24/7",
      "Route 66 Garage",
      "4x4 Specialists",
      "V8 Garage",
      "Smith & Sons Auto",
      "St. John's Garage",
      "O'Brien Motors",
      "Sam the 2nd",
    ]) {
      const { data, errors } = await app.gql(UPDATE, { input: { displayName: value } }, mechanic.token);
      expect(errors, value).toBeUndefined();
      expect(data!.updateProfile.mechanic).toEqual({ displayName: value });
    }
  });
});
