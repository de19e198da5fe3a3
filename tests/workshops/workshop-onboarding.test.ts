// Issue 18 item 2: admins onboard workshops and their advisors through the API (no database
// edits); names carrying contact details are refused; every change is audited.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createWorkshop, FACTORY_PASSWORD } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SETTINGS = `id name city serviceArea servicesOffered acceptsEscalations maxOpenEscalations responseTimeoutMinutes autoAcceptRules { serviceCategory maxAmountCents }`;
const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { ${SETTINGS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { ${SETTINGS} } }`;
const DIRECTORY = `query ($city: String) { workshops(city: $city, first: 50) { nodes { id name city servicesOffered } } }`;
const ADD_ADVISOR = `mutation ($workshopId: ID!, $input: AddWorkshopAdvisorInput!) { addWorkshopAdvisor(workshopId: $workshopId, input: $input) { id workshopId displayName email } }`;
const REMOVE_ADVISOR = `mutation ($workshopId: ID!, $advisorId: ID!) { removeWorkshopAdvisor(workshopId: $workshopId, advisorId: $advisorId) { id displayName } }`;
const ADVISORS = `query ($workshopId: ID!) { workshopAdvisors(workshopId: $workshopId) { id displayName email } }`;
const MY_WORKSHOP = `query { myWorkshop { id name } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;
const city = () => `Onboardville ${randomUUID().slice(0, 6)}`;

describe("workshop onboarding by admins", () => {
  it("an admin creates a workshop: it is in the directory at once, with its categories and cities normalised, and the creation is audited", async () => {
    const admin = await createAdmin(app);
    const home = city();
    const created = await app.gql(
      CREATE,
      {
        input: {
          name: "Southside Brake & Tire",
          city: home,
          serviceArea: ["Round  Rock", "round rock", "Pflugerville"],
          servicesOffered: [" Brakes", "tires"],
          maxOpenEscalations: 4,
          responseTimeoutMinutes: 90,
        },
      },
      admin.token,
    );
    expect(created.errors).toBeUndefined();
    const workshop = created.data!.createWorkshop;
    expect(workshop).toMatchObject({
      name: "Southside Brake & Tire",
      city: home,
      serviceArea: ["round rock", "pflugerville"],
      servicesOffered: ["brakes", "tires"],
      acceptsEscalations: true,
      maxOpenEscalations: 4,
      responseTimeoutMinutes: 90,
      autoAcceptRules: [],
    });

    const customer = await createCustomer(app);
    expect((await app.gql(DIRECTORY, { city: home }, customer.token)).data!.workshops.nodes).toEqual([
      { id: workshop.id, name: "Southside Brake & Tire", city: home, servicesOffered: ["brakes", "tires"] },
    ]);
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: workshop.id, action: "workshop.created" } })).toMatchObject({ actorId: admin.id });
  });

  it("an admin edits only the fields given, audited with them", async () => {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const updated = await app.gql(UPDATE, { id: workshop.id, input: { name: "Eastside Auto Care North", maxOpenEscalations: 2, responseTimeoutMinutes: 60 } }, admin.token);
    expect(updated.data!.updateWorkshop).toMatchObject({
      name: "Eastside Auto Care North",
      city: workshop.city,
      servicesOffered: workshop.servicesOffered,
      maxOpenEscalations: 2,
      responseTimeoutMinutes: 60,
    });
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: workshop.id, action: "workshop.updated" } })).toMatchObject({
      actorId: admin.id,
      fields: ["maxOpenEscalations", "name", "responseTimeoutMinutes"],
    });
    expect(errorOf(await app.gql(UPDATE, { id: randomUUID(), input: { name: "Nowhere" } }, admin.token))?.code).toBe("NOT_FOUND");
  });

  it("a name, city or category with contact details is refused (CONTACT_DETAILS) and nothing is written", async () => {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const before = await app.prisma.workshop.count();
    for (const input of [
      { name: "Joe's Garage call 512-555-0142", city: city(), servicesOffered: ["brakes"] },
      { name: "Joe's Garage", city: "joesgarage@example.com", servicesOffered: ["brakes"] },
      { name: "Joe's Garage", city: city(), serviceArea: ["Round Rock 512-555-0142"], servicesOffered: ["brakes"] },
      { name: "Joe's Garage", city: city(), servicesOffered: ["brakes", "text me at 512 555 0142"] },
    ]) {
      expect(errorOf(await app.gql(CREATE, { input }, admin.token))).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS" });
    }
    expect(await app.prisma.workshop.count()).toBe(before);
    expect(errorOf(await app.gql(UPDATE, { id: workshop.id, input: { name: "Visit joesgarage.com" } }, admin.token))?.reason).toBe("CONTACT_DETAILS");
    expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).name).toBe(workshop.name);
  });

  it("only admins onboard: everyone else is FORBIDDEN", async () => {
    const workshop = await createWorkshop(app);
    for (const caller of [await createCustomer(app), await createMechanic(app), await createAdvisor(app, workshop.id)]) {
      expect(errorOf(await app.gql(CREATE, { input: { name: "Sneaky", city: city(), servicesOffered: ["brakes"] } }, caller.token))?.code).toBe("FORBIDDEN");
      expect(errorOf(await app.gql(UPDATE, { id: workshop.id, input: { name: "Sneaky" } }, caller.token))?.code).toBe("FORBIDDEN");
      expect(errorOf(await app.gql(ADVISORS, { workshopId: workshop.id }, caller.token))?.code).toBe("FORBIDDEN");
    }
  });
});

describe("a workshop's advisor accounts", () => {
  it("an admin adds an advisor, who signs in to their workshop; removed, the account sees no workshop; both audited", async () => {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const email = `advisor.${randomUUID().slice(0, 8)}@example.test`;
    const added = await app.gql(ADD_ADVISOR, { workshopId: workshop.id, input: { email, password: FACTORY_PASSWORD, displayName: "Dana R." } }, admin.token);
    const advisor = added.data!.addWorkshopAdvisor;
    expect(advisor).toMatchObject({ workshopId: workshop.id, displayName: "Dana R.", email });
    expect((await app.gql(ADVISORS, { workshopId: workshop.id }, admin.token)).data!.workshopAdvisors).toEqual([{ id: advisor.id, displayName: "Dana R.", email }]);

    const token = (await app.gql(SIGN_IN, { email, password: FACTORY_PASSWORD })).data!.signIn.token;
    expect((await app.gql(MY_WORKSHOP, {}, token)).data!.myWorkshop).toEqual({ id: workshop.id, name: workshop.name });

    expect((await app.gql(REMOVE_ADVISOR, { workshopId: workshop.id, advisorId: advisor.id }, admin.token)).data!.removeWorkshopAdvisor).toEqual({ id: advisor.id, displayName: "Dana R." });
    expect(errorOf(await app.gql(MY_WORKSHOP, {}, token))?.code).toBe("NOT_FOUND");
    expect((await app.gql(ADVISORS, { workshopId: workshop.id }, admin.token)).data!.workshopAdvisors).toEqual([]);
    expect(errorOf(await app.gql(REMOVE_ADVISOR, { workshopId: workshop.id, advisorId: advisor.id }, admin.token))?.code).toBe("NOT_FOUND");

    const actions = await app.prisma.auditLog.findMany({ where: { entityId: workshop.id, subjectUserId: advisor.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(actions).toEqual([
      { action: "workshop.advisor.added", actorId: admin.id },
      { action: "workshop.advisor.removed", actorId: admin.id },
    ]);
  });

  it("an advisor's display name with contact details is refused; an unknown workshop is NOT_FOUND", async () => {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const input = (displayName: string) => ({ email: `advisor.${randomUUID().slice(0, 8)}@example.test`, password: FACTORY_PASSWORD, displayName });
    expect(errorOf(await app.gql(ADD_ADVISOR, { workshopId: workshop.id, input: input("Dana 512-555-0142") }, admin.token))?.reason).toBe("CONTACT_DETAILS");
    expect(errorOf(await app.gql(ADD_ADVISOR, { workshopId: randomUUID(), input: input("Dana R.") }, admin.token))?.code).toBe("NOT_FOUND");
  });
});
