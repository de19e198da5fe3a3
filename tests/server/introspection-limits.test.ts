import { getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkQueryLimits, DEFAULT_QUERY_LIMITS, INTROSPECTION_LIMITS } from "../../src/platform/server/query-limits.ts";
import { createAdmin } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = (await createAdmin(app)).token;
});
afterAll(() => app.close());

/** The code and limit a query gets over HTTP and over graphql-ws (admins may introspect in every environment). */
async function refusal(query: string) {
  const http = await app.gql(query, {}, admin);
  const ws = await wsExecute(app.ws(admin), query).catch((errors) => ({ errors }));
  const first = (errors: unknown) => (errors as { extensions?: { code?: string; limit?: string } }[] | undefined)?.[0]?.extensions;
  return { http: first(http.errors), ws: first(ws.errors) };
}

/** What checkQueryLimits says of a document, with the default limits: undefined when it passes. */
function limitHit(query: string): string | undefined {
  try {
    checkQueryLimits(app.server.schema, parse(query), {}, DEFAULT_QUERY_LIMITS, false);
    return undefined;
  } catch (error) {
    return (error as { extensions: { limit: string } }).extensions.limit;
  }
}

const FULL_TYPE = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf("fragment FullType"));
/** Eleven field levels of data: over the depth limit of 8. */
const DEEP_DATA = `escalations(first: 1) { nodes { quotes(first: 1) { nodes { escalation { quotes(first: 1) { nodes { escalation { quotes(first: 1) { nodes { id } } } } } } } } } }`;
/** Four pages of 100 sessions: over the cost limit of 5000, under what introspection may cost. */
const COSTLY_DATA = ["a", "b", "c", "d"]
  .map((alias) => `${alias}: sessions(first: 100) { nodes { id status concern vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } }`)
  .join(" ");

describe("pure introspection is measured against the introspection limits", () => {
  it("admits the standard query, plain and with every option, and capability checks with a few aliases", () => {
    expect(limitHit(getIntrospectionQuery())).toBeUndefined();
    expect(
      limitHit(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })),
    ).toBeUndefined();
    expect(limitHit(`{ __schema { queryType { name } } directive: __type(name: "__Directive") { fields { name } } field: __type(name: "__Field") { fields { name } } }`)).toBeUndefined();
    // Root fields through fragments count too.
    expect(limitHit(`query { ...Root } fragment Root on Query { ... on Query { __schema { types { ...FullType } } } } ${FULL_TYPE}`)).toBeUndefined();
  });

  it("never applies to a data field selected beside __schema, at the root or through a fragment", async () => {
    // Admitted alone, refused with introspection beside it: the data decides which limits apply.
    for (const [data, limit] of [
      [DEEP_DATA, "depth"],
      [COSTLY_DATA, "cost"],
    ] as const) {
      for (const query of [
        `{ __schema { types { name } } ${data} }`,
        `{ ...Both } fragment Both on Query { __schema { types { name } } ${data} }`,
        `{ __schema { types { name } } ... on Query { ${data} } }`,
      ]) {
        expect(await refusal(query), query).toEqual({ http: { code: "QUERY_TOO_COMPLEX", limit }, ws: { code: "QUERY_TOO_COMPLEX", limit } });
      }
    }
  });

  it("measures each operation of a document on its own: a pure one does not carry a data one through", () => {
    expect(limitHit(`query Schema { __schema { types { name } } } query Data { ${DEEP_DATA} }`)).toBe("depth");
    expect(limitHit(`query Schema { __schema { types { name } } } mutation Data { __typename }`)).toBeUndefined();
  });

  it("refuses introspection nested deeper than its depth limit", async () => {
    const ofTypes = (levels: number): string => (levels === 0 ? "name" : `ofType { ${ofTypes(levels - 1)} }`);
    // __type + type levels: depth 20 is admitted, 21 is not.
    expect(limitHit(`{ __type(name: "Query") { ${ofTypes(INTROSPECTION_LIMITS.maxDepth - 2)} } }`)).toBeUndefined();
    const tooDeep = `{ __type(name: "Query") { ${ofTypes(INTROSPECTION_LIMITS.maxDepth - 1)} } }`;
    expect(await refusal(tooDeep)).toEqual({ http: { code: "QUERY_TOO_COMPLEX", limit: "depth" }, ws: { code: "QUERY_TOO_COMPLEX", limit: "depth" } });
  });

  it("refuses more aliases than its alias limit", async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `t${i}: __type(name: "Query") { name }`).join(" ")} }`;
    expect(limitHit(aliased(INTROSPECTION_LIMITS.maxAliases))).toBeUndefined();
    expect(await refusal(aliased(INTROSPECTION_LIMITS.maxAliases + 1))).toEqual({ http: { code: "QUERY_TOO_COMPLEX", limit: "aliases" }, ws: { code: "QUERY_TOO_COMPLEX", limit: "aliases" } });
  });

  it("refuses aliased copies of the whole schema past the second", async () => {
    const copies = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `s${i}: __schema { types { ...FullType } }`).join(" ")} } ${FULL_TYPE}`;
    expect(limitHit(copies(2))).toBeUndefined();
    expect(await refusal(copies(3))).toEqual({ http: { code: "QUERY_TOO_COMPLEX", limit: "cost" }, ws: { code: "QUERY_TOO_COMPLEX", limit: "cost" } });
  });

  it("measures lists below a root __schema or __type as through a fragment, so inline copies cost the same", async () => {
    const types = `__schema { types { name description fields(includeDeprecated: true) { name description deprecationReason args(includeDeprecated: true) { name description defaultValue type { name kind } } type { name kind } } } }`;
    const inline = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `s${i}: ${types}`).join(" ")} }`;
    expect(limitHit(inline(5))).toBeUndefined();
    // 842 tokens and 20 aliases, within those limits: about 2 MB of JSON for an admin when lists counted as one item.
    expect(await refusal(inline(20))).toEqual({ http: { code: "QUERY_TOO_COMPLEX", limit: "cost" }, ws: { code: "QUERY_TOO_COMPLEX", limit: "cost" } });
    expect(limitHit(`{ ${Array.from({ length: 20 }, (_, i) => `t${i}: __type(name: "Query") { fields { name type { name } } }`).join(" ")} }`)).toBeUndefined();
  });

  it("leaves lists of types nested three deep to graphql-js's MaxIntrospectionDepthRule", async () => {
    const { errors } = await app.gql(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`, {}, admin);
    expect(errors?.[0]).toMatchObject({ message: "Maximum introspection depth exceeded", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });
});
