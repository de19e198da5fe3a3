import { isObjectType, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkQueryLimits, DEFAULT_QUERY_LIMITS } from "../../src/platform/server/query-limits.ts";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = (await createCustomer(app)).token;
});
afterAll(() => app.close());

const over = {
  depth: `{ sessions { nodes { vehicle { id } customer { id } mechanic { displayName } } pageInfo { endCursor } } }`,
  aliases: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: diagnosticPriceCents`).join(" ")} }`,
  directives: `{ ${"diagnosticPriceCents @include(if: true) @skip(if: false) ".repeat(26)} }`,
  tokens: `{ ${Array.from({ length: 1100 }, () => "diagnosticPriceCents").join(" ")} }`,
  cost: `{ a: sessions(first: 100) { nodes { id status concern vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } b: sessions(first: 100) { nodes { id status concern vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } c: sessions(first: 100) { nodes { id status concern vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } d: sessions(first: 100) { nodes { id status concern vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } }`,
};

describe("query limits, on HTTP and graphql-ws alike", () => {
  it("accepts an ordinary screen's query", async () => {
    const { errors } = await app.gql(`{ sessions(first: 100) { totalCount nodes { id status vehicle { make } customer { firstName } mechanic { displayName } } } }`, {}, token);
    expect(errors).toBeUndefined();
  });

  it.each([
    ["aliases", over.aliases],
    ["directives", over.directives],
    ["tokens", over.tokens],
    ["cost", over.cost],
  ])("refuses an operation over the %s limit with QUERY_TOO_COMPLEX", async (limit, query) => {
    const http = await app.gql(query, {}, token);
    expect(http.status).toBe(400);
    expect(http.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
    const ws = await wsExecute(app.ws(token), query).catch((errors) => ({ errors }));
    expect((ws.errors as any)?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
  });

  it("refuses an operation over the depth limit", async () => {
    const limited = await startTestApp({ QUERY_MAX_DEPTH: "3" });
    try {
      const user = await createCustomer(limited);
      const http = await limited.gql(over.depth, {}, user.token);
      expect(http.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "depth" });
      const ws = await wsExecute(limited.ws(user.token), over.depth).catch((errors) => ({ errors }));
      expect((ws.errors as any)?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "depth" });
    } finally {
      await limited.close();
    }
  });

  it("counts page sizes from variables", async () => {
    const { errors } = await app.gql(
      `query ($n: Int) { a: sessions(first: $n) { nodes { id vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } b: sessions(first: $n) { nodes { id vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } c: sessions(first: $n) { nodes { id vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } d: sessions(first: $n) { nodes { id vehicle { make model year color vin } customer { id firstName } mechanic { displayName rating } } } }`,
      { n: 100 },
      token,
    );
    expect(errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses out-of-range page sizes before anything runs, however they are written", async () => {
    const quotes = Array.from({ length: 14 }, (_, i) => `q${i}: quotes(first: 100) { nodes { id status totalCents } }`).join(" ");
    const bypass = await app.gql(`{ neg: payments(first: -1000000) { totalCount } ${quotes} }`, {}, token);
    expect(bypass.status).toBe(400);
    expect(bypass.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(bypass.data ?? null).toBeNull();
    const written = [
      [`{ sessions(first: 0) { totalCount } }`, {}],
      [`{ sessions(first: 101) { totalCount } }`, {}],
      [`query ($n: Int) { sessions(first: $n) { totalCount } }`, { n: -5 }],
      [`query ($n: Int = -1000000) { sessions(first: $n) { totalCount } }`, {}],
      [`{ ...F } fragment F on Query { payments(first: -1) { totalCount } }`, {}],
    ] as const;
    for (const [query, variables] of written) {
      const { errors, status } = await app.gql(query, variables, token);
      expect([status, errors?.[0]?.extensions?.code, errors?.[0]?.extensions?.field], query).toEqual([400, "BAD_USER_INPUT", "first"]);
    }
    const ws = await wsExecute(app.ws(token), `{ neg: payments(first: -1000000) { totalCount } ${quotes} }`).catch((errors) => ({ errors }));
    expect((ws.errors as any)?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // In range still runs.
    expect((await app.gql(`{ sessions(first: 1) { totalCount } }`, {}, token)).errors).toBeUndefined();
  });

  it("checks the page size of every connection in the schema, and never costs a field below zero", () => {
    const schema = app.server.schema;
    const checked: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.args.some((arg) => arg.name === "first")) continue;
        const operation = type === schema.getMutationType() ? "mutation" : "query";
        for (const size of [-1_000_000, 0, 101]) {
          const document = parse(`${operation} { ... on ${type.name} { ${field.name}(first: ${size}) { __typename } } }`);
          let code: unknown;
          try {
            checkQueryLimits(schema, document, {}, DEFAULT_QUERY_LIMITS, false);
          } catch (error) {
            code = (error as { extensions?: { code?: unknown } }).extensions?.code;
          }
          expect(code, `${type.name}.${field.name}(first: ${size})`).toBe("BAD_USER_INPUT");
        }
        checked.push(`${type.name}.${field.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
  });
});

describe("measuring a document", () => {
  it("takes time linear in its fragments, however often each is spread", () => {
    // Each fragment spreads the next twice: 2^20 spreads if each were walked again (11 s when it was).
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ");
    // A data field, and introspection alone (whose limits apply only once every spread is known to hold nothing else).
    for (const leaf of ["diagnosticPriceCents", "__typename"]) {
      const document = parse(`{ ...F0 } ${fragments} fragment F${levels} on Query { ${leaf} }`);
      const started = performance.now();
      expect(() => checkQueryLimits(app.server.schema, document, {}, DEFAULT_QUERY_LIMITS, false), leaf).toThrow(/cost/);
      expect(performance.now() - started, leaf).toBeLessThan(1_000);
    }
  });

  it("measures a fragment from where each spread of it stands", () => {
    const fragment = `fragment V on Vehicle { make model }`;
    const limitHit = (query: string) => {
      try {
        checkQueryLimits(app.server.schema, parse(`${query} ${fragment}`), {}, { ...DEFAULT_QUERY_LIMITS, maxDepth: 3 }, false);
        return undefined;
      } catch (error) {
        return (error as { extensions: { limit: string } }).extensions.limit;
      }
    };
    const id = `"00000000-0000-4000-8000-000000000000"`;
    // Spread at depth 3 (session, vehicle, make): within the limit.
    expect(limitHit(`{ session(id: ${id}) { vehicle { ...V } } }`)).toBeUndefined();
    // Spread there first, then at depth 4: the second spread counts from its own place.
    expect(limitHit(`{ session(id: ${id}) { vehicle { ...V } } sessions(first: 1) { nodes { vehicle { ...V } } } }`)).toBe("depth");
  });
});
