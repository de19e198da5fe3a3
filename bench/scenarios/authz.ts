// Authorization cost: the same nested list query (100 sessions with vehicle, customer first name
// and mechanic) against the full server with and without the permission layer, in one run.
import { alternate, benchServer, load, mean, tokenFor, type ScenarioResult } from "../support.ts";
import { sessionsQuery, type BenchContext } from "./context.ts";

const MAX_SLOWDOWN = 0.15;

export async function authorizationCost({ config, database, mechanics }: BenchContext): Promise<ScenarioResult> {
  const token = await tokenFor(config, mechanics.get(100)!);
  const measure = async (withPermissions: boolean) => {
    const server = await benchServer(config, database, { withoutPermissionsForBenchmark: !withPermissions });
    try {
      return await load(`${server.url}/graphql`, { query: sessionsQuery(100) }, token);
    } finally {
      await server.close();
    }
  };
  const runs = await alternate(
    () => measure(true),
    () => measure(false),
  );
  const withLayer = mean(runs.a.map((r) => r.requestsPerSecond));
  const without = mean(runs.b.map((r) => r.requestsPerSecond));
  const slowdown = 1 - withLayer / without;
  return {
    scenario: "2. authorization cost",
    metric: "req/s, 100 sessions nested (baseline: no permission layer)",
    figure: withLayer,
    baseline: without,
    ratio: withLayer / without,
    target: `<= ${MAX_SLOWDOWN * 100}% slower (ratio >= ${1 - MAX_SLOWDOWN})`,
    pass: slowdown <= MAX_SLOWDOWN,
    details: { slowdownPercent: slowdown * 100, withPermissions: runs.a, withoutPermissions: runs.b },
  };
}
