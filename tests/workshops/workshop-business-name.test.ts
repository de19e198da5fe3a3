import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAdmin, createWorkshop } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id name } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/** Names the monitor reads as a person's full name: a business is often named like one. */
const BUSINESS_NAMES = ["Eastside Renamed", "Maria Lopez"];
/** A business name with a way to reach the business off the platform in it. */
const WITH_CONTACT = [
  "Eastside 512 555 0143",
  "Eastside joe@eastside.test",
  "Eastside Auto eastside.com",
  "Eastside Auto https://eastside.example",
  "Eastside ig @eastsideauto",
  "Eastside @eastsideauto",
  "Eastside on whatsapp",
];

/**
 * A workshop's name is a business name that every signed-in caller reads in the directory: it may
 * read like a person's full name, and is not refused for that, but a phone number, an e-mail, a
 * link, a handle or a messaging app in it is refused (CONTACT_DETAILS) when an admin creates or
 * renames a workshop, and nothing is written.
 */
describe("a workshop's business name", () => {
  it("may read like a person's full name, when an admin creates or renames a workshop", async () => {
    const admin = await createAdmin(app);
    for (const name of BUSINESS_NAMES) {
      const workshop = await createWorkshop(app);
      const renamed = await app.gql(UPDATE, { id: workshop.id, input: { name } }, admin.token);
      expect(renamed.errors, name).toBeUndefined();
      expect(renamed.data!.updateWorkshop.name).toBe(name);
      const created = await app.gql(CREATE, { input: { name, city: `Nameville ${randomUUID().slice(0, 6)}`, servicesOffered: ["brakes"] } }, admin.token);
      expect(created.errors, name).toBeUndefined();
    }
  });

  it("is refused with CONTACT_DETAILS for a phone number, an e-mail, a link, a handle or a messaging app; nothing is written", async () => {
    const admin = await createAdmin(app);
    for (const name of WITH_CONTACT) {
      const workshop = await createWorkshop(app);
      const renamed = await app.gql(UPDATE, { id: workshop.id, input: { name } }, admin.token);
      expect(renamed.errors?.[0]?.extensions, name).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.name" });
      expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).name).toBe(workshop.name);
      const created = await app.gql(CREATE, { input: { name, city: "Austin", servicesOffered: ["brakes"] } }, admin.token);
      expect(created.errors?.[0]?.extensions, name).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.name" });
      expect(await app.prisma.workshop.count({ where: { name } })).toBe(0);
    }
  });
});
