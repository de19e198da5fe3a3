import { describe, expect, it } from "vitest";
import { createAdmin, uniqueNameWord } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id servicesOffered } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/**
 * A service category names a thing: "Timing Belt" or "Wheel Alignment" reads like a person's full
 * name to the monitor, and is not refused for that; a phone number in one still is.
 */
describe("a workshop's service categories", () => {
  it("may be two capitalised words", async () => {
    const admin = await createAdmin(app);
    const created = await app.gql(CREATE, { input: { name: `Cat Works ${uniqueNameWord()}`, city: "Austin", servicesOffered: ["Timing Belt", "Wheel Alignment"] } }, admin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createWorkshop.servicesOffered).toEqual(expect.arrayContaining(["timing belt", "wheel alignment"]));
  });

  it("is refused with CONTACT_DETAILS when it holds a phone number; nothing is written", async () => {
    const admin = await createAdmin(app);
    const name = `Cat Works ${uniqueNameWord()}`;
    const created = await app.gql(CREATE, { input: { name, city: "Austin", servicesOffered: ["Timing Belt 512 555 0143"] } }, admin.token);
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS" });
    expect(await app.prisma.workshop.count({ where: { name } })).toBe(0);
  });
});
