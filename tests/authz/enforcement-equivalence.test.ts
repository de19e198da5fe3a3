import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { graphql, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Context } from "../../src/app/context.ts";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { enforcePermissions } from "../../src/authz/enforce.ts";
import { permissionRules, shieldMiddleware } from "../../src/authz/permissions.ts";
import { authenticate } from "../../src/platform/auth/viewer.ts";
import { createPrivacyWorld, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The server enforces the rule map with `enforcePermissions`, a lean generator; graphql-shield's
 * own middleware is the reference. Both must give every caller the same data and the same errors.
 */
let app: TestApp;
let world: PrivacyWorld;
let lean: GraphQLSchema;
let reference: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
  lean = enforcePermissions(await buildBaseSchema(), permissionRules);
  reference = applyMiddleware(await buildBaseSchema(), shieldMiddleware);
});
afterAll(() => app.close());

const QUERIES = [
  `query ($id: ID!) { session(id: $id) { id status customer { id firstName lastInitial lastName city phone email address } vehicle { make } mechanic { displayName } } }`,
  `query { sessions(first: 100) { totalCount pageInfo { hasNextPage } nodes { id customer { firstName lastName phone } } } }`,
  `query { me { id email role customer { firstName phone } mechanic { displayName } } }`,
  `query ($customerId: ID!) { customer(id: $customerId) { firstName phone } customers(first: 5) { totalCount } }`,
  `query { workshops { nodes { name city } } vehicles { make } }`,
];

async function run(schema: GraphQLSchema, query: string, token: string | null) {
  const viewer = token ? await authenticate(`Bearer ${token}`, { accounts: app.server.services.viewerAccounts, tokens: app.tokens }) : null;
  const services = app.server.services;
  const contextValue: Context = { viewer, services, requestId: randomUUID(), clientIp: "127.0.0.1", reads: services.audit.reads(viewer) };
  const result = await graphql({ schema, source: query, contextValue, variableValues: { id: world.escalatedSessionId, customerId: world.customer.id } });
  return {
    data: result.data ?? null,
    errors: (result.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code ?? "NONE", message: error.message })),
  };
}

describe("lean enforcement matches graphql-shield", () => {
  it("for every caller and query", async () => {
    const callers = [world.customer, world.mechanic, world.advisor, world.partner, world.admin, world.otherMechanic].map((user) => user.token);
    for (const token of [...callers, null]) {
      for (const query of QUERIES) {
        expect(await run(lean, query, token)).toEqual(await run(reference, query, token));
      }
    }
  });
});
