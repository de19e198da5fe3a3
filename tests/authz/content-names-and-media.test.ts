import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentPolicy } from "../../src/authz/content-policy.ts";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, createVehicle, createWorkshop, uniqueNameWord } from "../factories/index.ts";
import { part, partnerWorld, UPSERT_PART, UPSERT_RATE } from "../factories/partnerships.ts";
import { SET_ADDRESS } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * NAME fields refuse a contact detail (BAD_USER_INPUT, reason CONTACT_DETAILS, the field, never the
 * value) and write nothing; a name alone is fine. An ADDRESS_FIELD is refused the same way for any
 * contact detail but the address itself. MEDIA_URL accepts only the platform's media hosts.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const CANARY = "512 555 0143";
const CANARY_EMAIL = "canary.person@example.test";

interface NameRow {
  field: string;
  /** Sends the write with `value` in the field; `count` counts the rows such a write would create. */
  attempt(value: string): Promise<{ response: Awaited<ReturnType<TestApp["gql"]>>; count: () => Promise<number>; clientField: string }>;
}

const signUpRow = (field: string, input: (value: string) => { email: string }): NameRow => ({
  field: `SignUpInput.${field}`,
  async attempt(value) {
    const body = input(value);
    return { response: await app.gql(SIGN_UP, { input: body }), count: () => app.prisma.user.count({ where: { email: body.email } }), clientField: `input.${field}` };
  },
});

const vehicleRow = (field: "make" | "model" | "color"): NameRow => ({
  field: `AddVehicleInput.${field}`,
  async attempt(value) {
    const customer = await createCustomer(app);
    const input = { year: 2016, make: "Toyota", model: "Corolla", color: "Silver", [field]: value };
    const response = await app.gql(`mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id } }`, { input }, customer.token);
    return { response, count: () => app.prisma.vehicle.count({ where: { ownerId: customer.id } }), clientField: `input.${field}` };
  },
});

const catalogRow = (field: "name" | "category" | "partNumber"): NameRow => ({
  field: `CatalogPartInput.${field}`,
  async attempt(value) {
    const admin = await createAdmin(app);
    const w = await partnerWorld(app, admin);
    const before = await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } });
    const response = await app.gql(UPSERT_PART, { p: w.partnership.id, input: { ...part("CAN-1", 1_000, 2_000), [field]: value } }, w.partner.token);
    return { response, count: async () => (await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } })) - before, clientField: `input.${field}` };
  },
});

/** Workshop onboarding (issue 18): an admin creates a workshop with `value` in `field`. */
const createWorkshopRow = (field: "name" | "city" | "serviceArea" | "servicesOffered"): NameRow => ({
  field: `CreateWorkshopInput.${field}`,
  async attempt(value) {
    const admin = await createAdmin(app);
    const name = `Onboarded ${uniqueNameWord()}`;
    const list = field === "serviceArea" || field === "servicesOffered";
    const input = { name, city: "Austin", servicesOffered: ["brakes"], [field]: list ? [value] : value };
    const response = await app.gql(`mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, { input }, admin.token);
    const where = field === "name" ? { name: value } : { name };
    return { response, count: () => app.prisma.workshop.count({ where }), clientField: list ? `input.${field}[0]` : `input.${field}` };
  },
});

/** An admin edits a workshop with `value` in `field`: refused, the workshop is unchanged (count 0). */
const updateWorkshopRow = (field: "name" | "city" | "serviceArea" | "servicesOffered"): NameRow => ({
  field: `UpdateWorkshopInput.${field}`,
  async attempt(value) {
    const admin = await createAdmin(app);
    const workshop = await createWorkshop(app);
    const list = field === "serviceArea" || field === "servicesOffered";
    const response = await app.gql(
      `mutation ($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }`,
      { id: workshop.id, input: { [field]: list ? [value] : value } },
      admin.token,
    );
    const changed = async () => JSON.stringify(await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })) !== JSON.stringify(workshop);
    return { response, count: async () => ((await changed()) ? 1 : 0), clientField: list ? `input.${field}[0]` : `input.${field}` };
  },
});

/** A profile edit by its owner (a mechanic for displayName, shown to customers; a customer otherwise). */
const updateProfileRow = (field: "displayName" | "firstName" | "lastName" | "city"): NameRow => ({
  field: `UpdateProfileInput.${field}`,
  async attempt(value) {
    const owner = field === "displayName" ? await createMechanic(app) : await createCustomer(app);
    const before = JSON.stringify(await app.prisma.user.findUniqueOrThrow({ where: { id: owner.id }, include: { customer: true, mechanic: true } }));
    const response = await app.gql(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }`, { input: { [field]: value } }, owner.token);
    const changed = async () => JSON.stringify(await app.prisma.user.findUniqueOrThrow({ where: { id: owner.id }, include: { customer: true, mechanic: true } })) !== before;
    return { response, count: async () => ((await changed()) ? 1 : 0), clientField: `input.${field}` };
  },
});

const rows: NameRow[] = [
  ...(["displayName", "firstName", "lastName", "city"] as const).map(updateProfileRow),
  ...(["name", "city", "serviceArea", "servicesOffered"] as const).flatMap((field) => [createWorkshopRow(field), updateWorkshopRow(field)]),
  {
    field: "AutoAcceptRuleInput.serviceCategory",
    async attempt(value) {
      const workshop = await createMatchableWorkshop(app);
      const response = await app.gql(
        `mutation ($rules: [AutoAcceptRuleInput!]!) { setAutoAcceptRules(rules: $rules) { id } }`,
        { rules: [{ serviceCategory: value, maxAmountCents: 50_000 }] },
        workshop.advisor.token,
      );
      // A list argument's path starts at the element: rules[0].serviceCategory.
      return { response, count: () => app.prisma.workshopAutoAcceptRule.count({ where: { workshopId: workshop.id } }), clientField: "rules[0].serviceCategory" };
    },
  },
  {
    field: "AddWorkshopAdvisorInput.displayName",
    async attempt(value) {
      const admin = await createAdmin(app);
      const workshop = await createWorkshop(app);
      const email = `${randomUUID()}@example.test`;
      const response = await app.gql(
        `mutation ($w: ID!, $input: AddWorkshopAdvisorInput!) { addWorkshopAdvisor(workshopId: $w, input: $input) { id } }`,
        { w: workshop.id, input: { email, password: "a-long-password", displayName: value } },
        admin.token,
      );
      return { response, count: () => app.prisma.user.count({ where: { email } }), clientField: "input.displayName" };
    },
  },
  signUpRow("firstName", (v) => customerSignUpInput({ firstName: v })),
  signUpRow("lastName", (v) => customerSignUpInput({ lastName: v })),
  signUpRow("city", (v) => customerSignUpInput({ city: v })),
  signUpRow("displayName", (v) => ({ role: "MECHANIC", email: `${randomUUID()}@example.test`, password: "a-long-password", displayName: v })),
  {
    field: "CreateStaffAccountInput.displayName",
    async attempt(value) {
      const admin = await createAdmin(app);
      const email = `${randomUUID()}@example.test`;
      const response = await app.gql(
        `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
        { input: { role: "PARTNER", email, password: "a-long-password", displayName: value } },
        admin.token,
      );
      return { response, count: () => app.prisma.user.count({ where: { email } }), clientField: "input.displayName" };
    },
  },
  vehicleRow("make"),
  vehicleRow("model"),
  vehicleRow("color"),
  {
    field: "CompleteSessionInput.recommendedServices",
    async attempt(value) {
      const mechanic = await createMechanic(app);
      const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
      const response = await app.gql(
        `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id } }`,
        { id: session.id, input: { diagnosis: "Worn pads", recommendedServices: ["brakes", value] } },
        mechanic.token,
      );
      return { response, count: () => app.prisma.diagnosticSession.count({ where: { id: session.id, status: "COMPLETED" } }), clientField: "input.recommendedServices[1]" };
    },
  },
  catalogRow("name"),
  catalogRow("category"),
  catalogRow("partNumber"),
  {
    field: "QuoteLineItemInput.partNumber",
    async attempt(value) {
      const scenario = await createEscalationScenario(app);
      const workshop = await createMatchableWorkshop(app, { city: scenario.city });
      const { escalationId } = await escalateAndAccept(app, scenario, workshop);
      const input = { ...REPAIR_1200, lineItems: [{ ...REPAIR_1200.lineItems[0]!, partNumber: value }, REPAIR_1200.lineItems[1]!] };
      const response = await app.gql(CREATE_QUOTE, { escalationId, input }, workshop.advisor.token);
      return { response, count: () => app.prisma.repairQuote.count({ where: { escalationId } }), clientField: "input.lineItems[0].partNumber" };
    },
  },
  {
    field: "LaborRateInput.serviceCategory",
    async attempt(value) {
      const admin = await createAdmin(app);
      const w = await partnerWorld(app, admin);
      const before = await app.prisma.partnerLaborRate.count({ where: { partnershipId: w.partnership.id } });
      const response = await app.gql(
        UPSERT_RATE,
        { p: w.partnership.id, input: { serviceCategory: value, ratePerHourCents: 10_000, mechanicRateCents: 12_000, validFrom: "2021-01-01" } },
        w.partner.token,
      );
      return { response, count: async () => (await app.prisma.partnerLaborRate.count({ where: { partnershipId: w.partnership.id } })) - before, clientField: "input.serviceCategory" };
    },
  },
];

describe("a contact detail in a name", () => {
  it("has a row for every NAME field", () => {
    const names = Object.entries(contentPolicy)
      .filter(([, rule]) => rule.class === "NAME")
      .map(([key]) => key);
    expect(rows.map((row) => row.field).sort()).toEqual(names.sort());
  });

  it.each(rows.map((row) => [row.field, row] as const))("%s: is refused, nothing is written, the value is not echoed", async (_field, row) => {
    for (const value of [`Sam ${CANARY} text me`, `brakes ${CANARY_EMAIL}`]) {
      const { response, count, clientField } = await row.attempt(value);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: clientField });
      expect(response.body).not.toContain(CANARY);
      expect(response.body).not.toContain(CANARY_EMAIL);
      expect(await count()).toBe(0);
    }
  });

  it("accepts a plain name in the same fields", async () => {
    const { response } = await rows[0]!.attempt("Alice");
    expect(response.errors).toBeUndefined();
    const vehicle = await rows.find((row) => row.field === "AddVehicleInput.make")!.attempt("Toyota");
    expect(vehicle.response.errors).toBeUndefined();
  });

  it("reads a part number as one: long digit codes pass, a phone number in one does not", async () => {
    const catalog = rows.find((row) => row.field === "CatalogPartInput.partNumber")!;
    const quote = rows.find((row) => row.field === "QuoteLineItemInput.partNumber")!;
    for (const code of ["0280158117", "0 280 158 117", "04465-33450", "PPS-BP-4417"]) {
      expect((await catalog.attempt(code)).response.errors, code).toBeUndefined();
    }
    expect((await quote.attempt("3397007120")).response.errors).toBeUndefined();
    // A North American number grouped as one is refused whatever its exchange; an ungrouped run of ten digits cannot be told from a part's.
    for (const contact of ["512-555-0142", "CALL 512 555 0142", "WA 512 555 0142", "971-334-2090", "(971) 334.2090"]) {
      expect((await catalog.attempt(contact)).response.errors?.[0]?.extensions, contact).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS" });
    }
    // The shape keeps e-mail addresses and "+" prefixes out before any detection.
    for (const shaped of ["pete@precision.test", "+1 512 555 0142", "https://linktr.ee/x"]) {
      expect((await quote.attempt(shaped)).response.errors?.[0]?.extensions?.code, shaped).toBe("BAD_USER_INPUT");
    }
  });

  it("rejects a price list import whose rows carry contact details, naming the row and field", async () => {
    const admin = await createAdmin(app);
    const w = await partnerWorld(app, admin);
    const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;
    const header = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";
    const csv = [header, "IMP-1,Oil filter,engine,500,900,10,1,2020-01-01,", `IMP-2,Belt call ${CANARY},engine,500,900,10,1,2020-01-01,`].join("\n");
    const report = await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: csv }, w.partner.token);
    expect(report.data!.importCatalog).toEqual({ applied: false, importedCount: 0, rejected: [{ row: 2, field: "name", reason: "must not contain contact details" }] });
    expect(report.body).not.toContain(CANARY);
    const json = JSON.stringify([{ ...part("IMP-3", 500, 900), category: `engine ${CANARY_EMAIL}` }]);
    const jsonReport = await app.gql(IMPORT, { p: w.partnership.id, f: "JSON", c: json }, w.partner.token);
    expect(jsonReport.data!.importCatalog.rejected).toEqual([{ row: 1, field: "category", reason: "must not contain contact details" }]);
    expect(await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id, partNumber: { startsWith: "IMP-" } } })).toBe(0);
  });
});

describe("a contact detail in a street address", () => {
  const ADDRESS = "1200 E Riverside Dr, Austin, TX 78741";
  /** The fields of the ADDRESS_FIELD class, each with a write of `value` by a workshop advisor and the address it left stored. */
  const addressRows: Record<string, (value: string) => Promise<{ response: Awaited<ReturnType<TestApp["gql"]>>; stored: () => Promise<string | null> }>> = {
    "Mutation.setDropOffAddress(streetAddress)": async (value) => {
      const workshop = await createMatchableWorkshop(app, { streetAddress: null });
      const response = await app.gql(SET_ADDRESS, { a: value }, workshop.advisor.token);
      return { response, stored: async () => (await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).streetAddress };
    },
  };

  it("has a row for every ADDRESS_FIELD field", () => {
    const fields = Object.entries(contentPolicy)
      .filter(([, rule]) => rule.class === "ADDRESS_FIELD")
      .map(([key]) => key);
    expect(Object.keys(addressRows).sort()).toEqual(fields.sort());
  });

  it.each(Object.entries(addressRows))("%s: accepts the address itself, with a suite or a PO box", async (_field, attempt) => {
    for (const address of [ADDRESS, "4500 Martin Luther King Jr Blvd, Suite 210, Austin TX 78702", "Unit 3, 88 Burnet Road, Austin, TX 78757", "PO Box 1234, Round Rock TX 78664"]) {
      const { response, stored } = await attempt(address);
      expect(response.errors, address).toBeUndefined();
      expect(await stored()).toBe(address);
    }
  });

  it.each(Object.entries(addressRows))("%s: refuses any other contact detail or an off-platform deal beside it, and stores nothing", async (_field, attempt) => {
    for (const value of [
      `${ADDRESS} — call 512-555-0198 or www.eastsideauto.com, 10% off cash`,
      `${ADDRESS}, text ${CANARY}`,
      `${ADDRESS} ${CANARY_EMAIL}`,
      `${ADDRESS}, book at www.eastsideauto.com`,
      `${ADDRESS}, ig @eastsideauto`,
      `${ADDRESS}, whatsapp us`,
      `${ADDRESS}, 10% off cash`,
    ]) {
      const { response, stored } = await attempt(value);
      expect(response.errors?.[0]?.extensions, value).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "streetAddress" });
      expect(response.body).not.toContain(CANARY);
      expect(response.body).not.toContain(CANARY_EMAIL);
      expect(response.body).not.toContain("eastsideauto");
      expect(await stored()).toBeNull();
    }
  });
});

describe("media links", () => {
  const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id mediaUrls } }`;

  it("accept the platform's media host and refuse any other (a personal site, a booking link)", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const accepted = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: ["https://media.autodoctor.app/u/1.jpg"] } }, customer.token);
    expect(accepted.errors).toBeUndefined();
    for (const [url, reason] of [
      ["https://calendly.com/canaryname", "MEDIA_HOST"],
      ["https://sams-garage.example.test/photos", "MEDIA_HOST"],
      ["https://media.autodoctor.app.evil.test/x.jpg", "MEDIA_HOST"],
      ["https://user:pw@media.autodoctor.app/x.jpg", "MEDIA_HOST"],
      ["https://media.autodoctor.app/x.jpg?size=canaryname", "MEDIA_HOST"],
      // The platform's host, with a message in the path, the query or the fragment: contact details, as in any field.
      ["https://media.autodoctor.app/photos/text-me-512-555-0142/canaryname.jpg", "CONTACT_DETAILS"],
      ["https://media.autodoctor.app/photos/canaryname@gmail.com.jpg", "CONTACT_DETAILS"],
      ["https://media.autodoctor.app/x.jpg?call=5125550142", "CONTACT_DETAILS"],
      ["https://media.autodoctor.app/x.jpg#canaryname@shop.test", "CONTACT_DETAILS"],
    ]) {
      const refused = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: ["https://media.autodoctor.app/ok.jpg", url] } }, customer.token);
      expect(refused.errors?.[0]?.extensions, url).toMatchObject({ code: "BAD_USER_INPUT", reason, field: "input.mediaUrls[1]" });
      expect(refused.body).not.toContain("canaryname");
      expect(refused.body).not.toContain("sams-garage");
    }
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it("refuse a phone number or a handle as a file or folder name, whatever ids stand before it (CONTACT_DETAILS)", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    for (const path of [
      "u/1/5125550143.jpg",
      "u/1/IMG_5125550143.jpg",
      "u/1/512-555-0143.jpg",
      "u/512/555/0143.jpg",
      "u/12_5125550143.jpg",
      "u/512+555+0143.jpg",
      "u/1/07700900461.jpg",
      "u/1/ig-canaryname_k.jpg",
      "u/1/call-me-on-whatsapp.jpg",
    ]) {
      const url = `https://media.autodoctor.app/${path}`;
      const refused = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: [url] } }, customer.token);
      expect(refused.errors?.[0]?.extensions, url).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.mediaUrls[0]" });
      expect(refused.body).not.toContain("5125550143");
      expect(refused.body).not.toContain("canaryname");
    }
    expect(await app.prisma.diagnosticSession.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("accept the names storage services and cameras give uploads, whose digits are ids and times", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const urls = [
      "u/14/59755858-1a52-4d6d-a595-7c8ba8eacb7c.jpg",
      "u/44/764b0211-f4a1-494f-bad3-9da33c5ddab4.jpg",
      "u/800/IMG_1234.HEIC",
      "u/3d1c6f0e-43b4-4a3d-9a56-2d9e0c1b7a11/PXL_20241130_142355123.mp4",
      "u/27/1701352235_17.jpg",
      "u/27/Screenshot 2024-11-30 at 14.23.55.png",
      "u/3c2b9366-e64d-41be-b0b2-905c2011d75c/1763799163_5.jpg",
      "2024/05/12/IMG_1234.jpg",
    ].map((path) => `https://media.autodoctor.app/${path}`);
    const response = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: urls } }, customer.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ requestSession: { mediaUrls: urls } });
  });

  it("follow MEDIA_URL_HOSTS", async () => {
    const other = await startTestApp({ MEDIA_URL_HOSTS: "cdn.example.test, media.autodoctor.app" });
    try {
      const customer = await createCustomer(other);
      const vehicle = await createVehicle(other, customer.id);
      const response = await other.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Grinding brakes", mediaUrls: ["https://cdn.example.test/a.jpg"] } }, customer.token);
      expect(response.errors).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
