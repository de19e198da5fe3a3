// Authorization cost: the same nested list query (100 sessions with vehicle, customer first name
// and mechanic) against the full server with and without the permission layer, in one run.
import { alternate, benchServer, compared, load, tokenFor, type LoadResult, type ScenarioResult } from "../support.ts";
import { sessionsQuery, type BenchContext } from "./context.ts";

/** Issue 19: the privacy wall may cost at most 5% of the list's throughput. */
const MAX_SLOWDOWN = 0.05;

export async function authorizationCost({ config, database, mechanics }: BenchContext): Promise<ScenarioResult> {
  const token = await tokenFor(config, mechanics.get(100)!);
  // Both servers live side by side (one warm-up each), measured in turns.
  const withLayer = await benchServer(config, database);
  const without = await benchServer(config, database, { withoutPermissionsForBenchmark: true });
  const body = { query: sessionsQuery(100) };
  try {
    for (const server of [withLayer, without]) await load(`${server.url}/graphql`, body, token, 1, 10, 0);
    const runs = await alternate(
      () => load(`${withLayer.url}/graphql`, body, token, undefined, 10, 0),
      () => load(`${without.url}/graphql`, body, token, undefined, 10, 0),
    );
    return row(runs);
  } finally {
    await Promise.all([withLayer.close(), without.close()]);
  }
}

function row(runs: { a: LoadResult[]; b: LoadResult[] }): ScenarioResult {
  const figures = compared(
    runs.a.map((r) => r.requestsPerSecond),
    runs.b.map((r) => r.requestsPerSecond),
  );
  const slowdown = 1 - figures.ratio;
  return {
    scenario: "2. authorization cost",
    metric: "req/s, 100 sessions nested (baseline: no permission layer)",
    ...figures,
    target: `<= ${MAX_SLOWDOWN * 100}% slower (ratio >= ${1 - MAX_SLOWDOWN})`,
    pass: slowdown <= MAX_SLOWDOWN,
    details: { slowdownPercent: slowdown * 100, withPermissions: runs.a, withoutPermissions: runs.b },
  };
}
