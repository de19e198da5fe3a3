// Review of f59ee82 (Express loads with the first request off /graphql and Stripe's webhook path):
// every path it serves must answer right on the very first request, and when many first requests
// arrive together (one load, every request answered, none dropped or answered twice).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const METRICS_TOKEN = "review-metrics-token-0123456789";
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ METRICS_TOKEN });
});
afterAll(() => app.close());

/** Status, content type and body of a request to `path`. */
async function ask(path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.server.url}${path}`, init);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

describe("review: the lazily loaded routes on their first requests", () => {
  it("twenty-four concurrent first requests (probes, metrics with and without token, GraphiQL, stray paths) each get their own right answer", async () => {
    const requests = [
      ["/healthz", {}],
      ["/readyz", {}],
      ["/metrics", {}],
      ["/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }],
      ["/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } }],
      ["/graphiql", {}],
      ["/no-such-path", {}],
      ["/healthz", { method: "POST" }],
    ] as const;
    const answers = await Promise.all([...requests, ...requests, ...requests].map(([path, init]) => ask(path, init)));
    for (let round = 0; round < 3; round++) {
      const [healthz, readyz, metricsNoToken, metrics, metricsBadToken, graphiql, stray, postHealthz] = answers.slice(round * 8, round * 8 + 8);
      expect(healthz).toMatchObject({ status: 200, body: JSON.stringify({ status: "ok" }) });
      expect(readyz).toMatchObject({ status: 200, body: JSON.stringify({ status: "ready" }) });
      expect(metricsNoToken!.status).toBe(401);
      expect(JSON.parse(metricsNoToken!.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(metricsBadToken!.status).toBe(401);
      expect(metrics!.status).toBe(200);
      expect(metrics!.type).toMatch(/^text\/plain/);
      expect(metrics!.body).toMatch(/^# (HELP|TYPE) /m);
      expect(graphiql!.status).toBe(200);
      expect(graphiql!.type).toMatch(/^text\/html/);
      for (const notFound of [stray!, postHealthz!]) {
        expect(notFound.status).toBe(404);
        expect(notFound.type).toMatch(/^application\/json/);
        expect(JSON.parse(notFound.body).errors[0].extensions.code).toBe("NOT_FOUND");
      }
    }
    // /graphql itself never waited for Express, before or after.
    const graphql = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await graphql.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("a HEAD probe and a stray path with a query string answer like their GET", async () => {
    expect((await fetch(`${app.server.url}/healthz`, { method: "HEAD" })).status).toBe(200);
    const stray = await ask("/healthzz?x=1");
    expect(stray.status).toBe(404);
    expect(JSON.parse(stray.body).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
