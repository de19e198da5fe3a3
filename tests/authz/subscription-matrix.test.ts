import { randomUUID } from "node:crypto";
import { getNamedType, getNullableType, isNonNullType, type GraphQLField } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleFor } from "../../src/authz/enforce.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { audienceOf } from "../../src/authz/rules.ts";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Every subscription field x every role, over graphql-ws and over HTTP: the rule map decides at
 * subscribe time. A role the rule does not admit is refused at once (FORBIDDEN; UNAUTHENTICATED
 * when anonymous), never acknowledged and left silent. Derived from the schema and the rule map,
 * so a new subscription field is covered without editing this file.
 */
let app: TestApp;
const tokens = new Map<Audience, string | undefined>();
const ROLES: Audience[] = ["ANONYMOUS", "CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];

beforeAll(async () => {
  app = await startTestApp();
  const workshop = await createWorkshop(app);
  tokens.set("ANONYMOUS", undefined);
  tokens.set("CUSTOMER", (await createCustomer(app)).token);
  tokens.set("MECHANIC", (await createMechanic(app)).token);
  tokens.set("WORKSHOP_ADVISOR", (await createAdvisor(app, workshop.id)).token);
  tokens.set("PARTNER", (await createPartner(app)).token);
  tokens.set("ADMIN", (await createAdmin(app)).token);
});
afterAll(() => app.close());

/** `subscription { field(requiredArg: <value>) { __typename } }` with made-up values for required arguments. */
function operationFor(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(required.map((arg) => [arg.name, getNamedType(arg.type).name === "ID" ? randomUUID() : "x"]));
  const definitions = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = getNullableType(field.type) && "getFields" in getNamedType(field.type) ? " { __typename }" : "";
  return { query: `subscription${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`, variables };
}

/** The first answer over graphql-ws, or "OPEN" when the subscription is acknowledged and silent. */
function firstAnswer(client: ReturnType<TestApp["ws"]>, operation: { query: string; variables: Record<string, unknown> }): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      dispose();
      resolve("OPEN");
    }, 600);
    const dispose = client.subscribe(operation, {
      next: (value) => {
        clearTimeout(timer);
        resolve(String(value.errors?.[0]?.extensions?.code ?? "DATA"));
      },
      error: (error) => {
        clearTimeout(timer);
        resolve(String((error as any)?.[0]?.extensions?.code ?? (error as any)?.code ?? "ERROR"));
      },
      complete: () => {
        clearTimeout(timer);
        resolve("COMPLETE");
      },
    });
  });
}

const refusalFor = (role: Audience) => (role === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN");

describe("every subscription field checks the rule map at subscribe time", () => {
  it("over graphql-ws, for every role", async () => {
    const fields = Object.values(subscriptionFields());
    expect(fields.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const role of ROLES) {
      const client = app.ws(tokens.get(role));
      for (const field of fields) {
        const admitted = audienceOf(ruleFor(permissionRules, "Subscription", field.name)).has(role);
        const answer = await firstAnswer(client, operationFor(field));
        const refusedByRule = answer === "FORBIDDEN" || answer === "UNAUTHENTICATED";
        if (admitted ? refusedByRule : answer !== refusalFor(role)) mismatches.push(`${role} ${field.name}: ${answer}`);
      }
      await client.dispose();
    }
    expect(mismatches).toEqual([]);
  });

  it("over HTTP: the same refusal, else a 400 BAD_REQUEST naming graphql-ws", async () => {
    const mismatches: string[] = [];
    for (const role of ROLES) {
      for (const field of Object.values(subscriptionFields())) {
        const admitted = audienceOf(ruleFor(permissionRules, "Subscription", field.name)).has(role);
        const operation = operationFor(field);
        const response = await app.gql(operation.query, operation.variables, tokens.get(role));
        const code = response.errors?.[0]?.extensions?.code;
        const expected = admitted ? ["BAD_REQUEST", 400] : [refusalFor(role), role === "ANONYMOUS" ? 401 : 403];
        if (code !== expected[0] || response.status !== expected[1]) mismatches.push(`${role} ${field.name}: ${response.status} ${code}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

function subscriptionFields() {
  const type = app.server.schema.getSubscriptionType();
  return type ? type.getFields() : {};
}
