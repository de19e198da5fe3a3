// Edge overhead: `{ __typename }` through the whole server (Express, Apollo, limits, auth context,
// permissions) against a bare node:http handler returning the same JSON.
import { alternate, bareServer, benchServer, compared, load, sendJson, type ScenarioResult } from "../support.ts";
import type { BenchContext } from "./context.ts";

const QUERY = { query: "{ __typename }" };
const TARGET = 0.15;

export async function edgeOverhead({ config, database }: BenchContext): Promise<ScenarioResult> {
  const server = await benchServer(config, database);
  const bare = await bareServer((req, res) => {
    req.resume();
    req.on("end", () => sendJson(res, { data: { __typename: "Query" } }));
  });
  try {
    await load(`${server.url}/graphql`, QUERY, null, 1, 10, 0);
    await load(bare.url, QUERY, null, 1, 10, 0);
    const runs = await alternate(
      () => load(`${server.url}/graphql`, QUERY, null, undefined, 10, 0),
      () => load(bare.url, QUERY, null, undefined, 10, 0),
    );
    const row = compared(
      runs.a.map((r) => r.requestsPerSecond),
      runs.b.map((r) => r.requestsPerSecond),
    );
    return {
      scenario: "1. edge overhead",
      metric: "req/s, { __typename } (baseline: bare node:http)",
      ...row,
      target: `>= ${TARGET}x`,
      pass: row.ratio >= TARGET,
      details: { full: runs.a, bare: runs.b },
    };
  } finally {
    await bare.close();
    await server.close();
  }
}
