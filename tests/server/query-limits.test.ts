import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
