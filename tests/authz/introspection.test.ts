import "reflect-metadata";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBaseSchema, printSchemaSdl } from "../../src/app/schema.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { AUDIENCES, visibleSchema } from "../../src/authz/visible-schema.ts";
import { createAdmin, createMechanic } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

const CUSTOMER_FIELDS = `{ __type(name: "Customer") { fields { name } } }`;
const ROOT_FIELDS = `{ __schema { queryType { fields { name } } } }`;
const names = (data: any, path: "type" | "query") => (path === "type" ? data.__type.fields : data.__schema.queryType.fields).map((field: { name: string }) => field.name).sort();

describe("introspection outside production: each caller sees what it may use", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("shows a mechanic a Customer with only id and first name, and no admin queries", async () => {
    const mechanic = await createMechanic(app);
    expect(names((await app.gql(CUSTOMER_FIELDS, {}, mechanic.token)).data, "type")).toEqual(["firstName", "id"]);
    const rootFields = names((await app.gql(ROOT_FIELDS, {}, mechanic.token)).data, "query");
    expect(rootFields).toContain("sessions");
    expect(rootFields).not.toContain("customers");
  });

  it("shows the same over graphql-ws", async () => {
    const mechanic = await createMechanic(app);
    const result = await wsExecute(app.ws(mechanic.token), CUSTOMER_FIELDS);
    expect(names(result.data, "type")).toEqual(["firstName", "id"]);
  });

  it("shows an admin the whole schema", async () => {
    const admin = await createAdmin(app);
    expect(names((await app.gql(CUSTOMER_FIELDS, {}, admin.token)).data, "type")).toEqual(["address", "city", "email", "firstName", "id", "lastInitial", "lastName", "phone", "standing"]);
  });

  it("shows a caller without a token only the price, sign-up, sign-in and the password reset", async () => {
    const { data } = await app.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    expect(names(data, "query")).toEqual(["diagnosticPriceCents"]);
    expect(data!.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual(["requestPasswordReset", "resetPassword", "signIn", "signUp"]);
  });

  it("refuses introspection mixed into a data operation for non-admins", async () => {
    const mechanic = await createMechanic(app);
    const { errors } = await app.gql(`{ me { id } __type(name: "Customer") { fields { name } } }`, {}, mechanic.token);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("introspection in production", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "a-production-secret-that-is-long-enough-for-tests" });
  });
  afterAll(() => app.close());

  it("is for admins only", async () => {
    const mechanic = await createMechanic(app);
    const refused = await app.gql(ROOT_FIELDS, {}, mechanic.token);
    expect(refused.errors?.[0]).toMatchObject({ message: "Introspection is available to admins only", extensions: { code: "FORBIDDEN" } });
    const anonymous = await app.gql(ROOT_FIELDS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await createAdmin(app);
    expect(names((await app.gql(ROOT_FIELDS, {}, admin.token)).data, "query")).toContain("customers");
  });
});

describe("the checked-in role schemas", () => {
  it("match what each role can use (run `npm run schema:emit` after changing rules or types)", async () => {
    const schema = await buildBaseSchema();
    for (const audience of AUDIENCES) {
      const file = readFileSync(new URL(`../../src/authz/visible-schemas/${audience}.graphql`, import.meta.url), "utf8");
      expect(file.endsWith(printSchemaSdl(visibleSchema(schema, permissionRules, audience))), audience).toBe(true);
    }
  });
});
