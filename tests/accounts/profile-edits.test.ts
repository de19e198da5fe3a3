import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id email customer { firstName lastName phone address city } mechanic { displayName } } }`;

let app: TestApp;
serverSpec((started) => (app = started));

const auditOf = (userId: string) => app.prisma.auditLog.findMany({ where: { action: "account.profile.updated", entityId: userId } });

describe("a profile edit", () => {
  it("changes a customer's own contact fields and leaves the others", async () => {
    const customer = await createCustomer(app, { phone: "+1 555 010 1111" });
    const { data, errors } = await app.gql(UPDATE, { input: { phone: "+1 512 555 0123", addressLine1: "9 Oak Lane", postalCode: "78701" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer).toEqual({ firstName: "Casey", lastName: "Customer", phone: "+15125550123", address: "9 Oak Lane, 78701", city: "Austin" });
  });

  it("is audited with the names of the changed fields, never their old or new values", async () => {
    const customer = await createCustomer(app, { phone: "+1 555 010 2222", addressLine1: "1 Old Road" });
    await app.gql(UPDATE, { input: { phone: "+1 512 555 0999", addressLine1: "1 Old Road", city: "Dallas" } }, customer.token);
    const rows = await auditOf(customer.id);
    expect(rows.map((row) => ({ actorId: row.actorId, fields: row.fields }))).toEqual([{ actorId: customer.id, fields: ["city", "phone"] }]);
    const logged = JSON.stringify(rows);
    for (const value of ["555 010 2222", "555 0999", "Old Road", "Dallas"]) expect(logged).not.toContain(value);
  });

  it("writes nothing and audits nothing when no field changes", async () => {
    const customer = await createCustomer(app, { city: "Austin" });
    const { errors } = await app.gql(UPDATE, { input: { city: "Austin" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(await auditOf(customer.id)).toEqual([]);
  });

  it("changes a mechanic's display name", async () => {
    const mechanic = await createMechanic(app);
    const { data } = await app.gql(UPDATE, { input: { displayName: "Robin Brakes" } }, mechanic.token);
    expect(data!.updateProfile.mechanic).toEqual({ displayName: "Robin Brakes" });
  });

  it("refuses contact details in a display name with CONTACT_DETAILS and writes nothing", async () => {
    const mechanic = await createMechanic(app, { displayName: "Robin" });
    const { errors, body } = await app.gql(UPDATE, { input: { displayName: "Robin 512 555 0147" } }, mechanic.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS" });
    expect(body).not.toContain("0147");
    const me = await app.gql(`{ me { mechanic { displayName } } }`, {}, mechanic.token);
    expect(me.data!.me.mechanic.displayName).toBe("Robin");
  });

  it("refuses a field the caller's role has not", async () => {
    const mechanic = await createMechanic(app);
    const { errors } = await app.gql(UPDATE, { input: { phone: "+1 512 555 0100" } }, mechanic.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
  });

  it("edits only the caller's own account: an admin's edit changes the admin, not a customer", async () => {
    const admin = await createAdmin(app);
    const { errors } = await app.gql(UPDATE, { input: { phone: "+1 512 555 0100" } }, admin.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
  });

  it("needs a signed-in caller", async () => {
    const { errors } = await app.gql(UPDATE, { input: { city: "Austin" } });
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
