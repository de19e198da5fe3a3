import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const auditRows = (subjectUserId: string) => app.prisma.auditLog.findMany({ where: { action: "customer.contact.read", subjectUserId }, orderBy: { createdAt: "asc" } });

describe("admin reads of customer contact details", () => {
  it("writes who read whose which fields, once per customer per operation", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    const { data, errors } = await app.gql(`query ($id: ID!) { customer(id: $id) { firstName phone email a: phone address } }`, { id: customer.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.customer.phone).toBe("+1 555 010 0000");
    const rows = await auditRows(customer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", entityType: "Customer", entityId: customer.id, fields: ["address", "email", "phone"] });
  });

  it("audits every customer of a list read", async () => {
    const admin = await createAdmin(app);
    const customers = [await createCustomer(app, { firstName: "Listed" }), await createCustomer(app, { firstName: "Listed" })];
    await app.gql(`{ customers(first: 50, where: { firstName: { equals: "Listed" } }) { totalCount nodes { id phone } } }`, {}, admin.token);
    for (const customer of customers) expect((await auditRows(customer.id)).map((row) => row.fields)).toEqual([["phone"]]);
  });

  it("does not audit reads of non-contact fields, nor a customer reading their own details", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    await app.gql(`query ($id: ID!) { customer(id: $id) { firstName city } }`, { id: customer.id }, admin.token);
    await app.gql(`{ me { customer { phone email } } }`, {}, customer.token);
    expect(await auditRows(customer.id)).toEqual([]);
  });
});
