import "reflect-metadata";
import {
  buildClientSchema,
  getIntrospectionQuery,
  introspectionFromSchema,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionOptions,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { AUDIENCES, visibleSchema } from "../../src/authz/visible-schema.ts";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * What GraphiQL, Postman, Insomnia and codegen-from-URL send: graphql-js's own introspection
 * query, plain and with every option (GraphiQL 3 asks for input value deprecation, the schema
 * description, `specifiedByURL` and `isOneOf`). It is deeper and costlier than the limits for data
 * allow, and must still answer whoever may introspect, from that caller's visible schema.
 */
const EVERY_OPTION: IntrospectionOptions = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
const STANDARD_QUERIES: Record<string, IntrospectionOptions> = { plain: {}, "every option": EVERY_OPTION };

async function tokenFor(app: TestApp, audience: Audience): Promise<string | undefined> {
  switch (audience) {
    case "ANONYMOUS":
      return undefined;
    case "CUSTOMER":
      return (await createCustomer(app)).token;
    case "MECHANIC":
      return (await createMechanic(app)).token;
    case "WORKSHOP_ADVISOR":
      return (await createAdvisor(app, (await createWorkshop(app)).id)).token;
    case "PARTNER":
      return (await createPartner(app)).token;
    case "ADMIN":
      return (await createAdmin(app)).token;
  }
}

/** A schema as SDL, types and fields in name order, so two schemas compare as text. */
const sdl = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
/** What a client rebuilds from an introspection result. */
const rebuilt = (data: IntrospectionQuery | null | undefined) => sdl(buildClientSchema(data!));

let visible: Map<Audience, GraphQLSchema>;
beforeAll(async () => {
  const base = await buildBaseSchema();
  // Admins introspect the whole schema; every other role its visible schema.
  visible = new Map(AUDIENCES.map((audience) => [audience, audience === "ADMIN" ? base : visibleSchema(base, permissionRules, audience)]));
});
/** What a client must rebuild: the role's visible schema, as far as the query's options ask (`@specifiedBy` only with `specifiedByUrl`...). */
const expected = (audience: Audience, options: IntrospectionOptions) =>
  // introspectionFromSchema turns every option on unless told otherwise; getIntrospectionQuery only descriptions.
  rebuilt(introspectionFromSchema(visible.get(audience)!, { specifiedByUrl: false, directiveIsRepeatable: false, schemaDescription: false, inputValueDeprecation: false, oneOf: false, ...options }));

describe("the standard introspection query outside production: every role gets its whole visible schema", () => {
  let app: TestApp;
  beforeAll(async () => {
    // The second run of a query is compiled by graphql-jit, so each query is answered by both executors.
    app = await startTestApp({ GRAPHQL_COMPILE_AFTER: "1" });
  });
  afterAll(() => app.close());

  describe.each(Object.entries(STANDARD_QUERIES))("%s", (_name, options) => {
    const query = getIntrospectionQuery(options);
    it.each(AUDIENCES)("%s, over HTTP (graphql-js, then graphql-jit) and graphql-ws", async (audience) => {
      const token = await tokenFor(app, audience);
      const schema = expected(audience, options);
      for (const run of ["graphql-js", "graphql-jit"]) {
        const { status, data, errors } = await app.gql<IntrospectionQuery>(query, {}, token);
        expect([status, errors], `${audience} over HTTP on ${run}`).toEqual([200, undefined]);
        expect(rebuilt(data), `${audience} over HTTP on ${run}`).toBe(schema);
      }
      const overWs = await wsExecute<IntrospectionQuery>(app.ws(token), query);
      expect(overWs.errors, `${audience} over graphql-ws`).toBeUndefined();
      expect(rebuilt(overWs.data), `${audience} over graphql-ws`).toBe(schema);
      // The client's schema has exactly the role's types: a mechanic's has no CustomerConnection.
      expect(Object.keys(buildClientSchema(overWs.data!).getTypeMap()).sort()).toEqual(Object.keys(visible.get(audience)!.getTypeMap()).sort());
    });
  });
});

describe("the standard introspection query in production: admins only", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "a-production-secret-that-is-long-enough-for-tests" });
  });
  afterAll(() => app.close());

  it.each(AUDIENCES)("%s", async (audience) => {
    const token = await tokenFor(app, audience);
    const query = getIntrospectionQuery(EVERY_OPTION);
    const http = await app.gql<IntrospectionQuery>(query, {}, token);
    const overWs = await wsExecute<IntrospectionQuery>(app.ws(token), query).catch((errors) => ({ data: undefined, errors }));
    if (audience === "ADMIN") {
      expect(http.errors).toBeUndefined();
      expect(rebuilt(http.data)).toBe(expected("ADMIN", EVERY_OPTION));
      expect(overWs.errors).toBeUndefined();
      expect(rebuilt(overWs.data)).toBe(expected("ADMIN", EVERY_OPTION));
    } else {
      expect(http.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
      expect(http.data ?? null).toBeNull();
      expect((overWs.errors as any)?.map((error: { extensions?: { code?: string } }) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
  });
});
