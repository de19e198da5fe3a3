// Peers: the nested session list (100 sessions with vehicle, customer and mechanic) from the API
// and from what a user could run instead, each in its own process on the same tables and data,
// driven by the same load generator in turns: the textbook stack (bench/peers/textbook.ts),
// PostGraphile v4 (bench/peers/postgraphile.mjs) and the floor, hand-written SQL through pg over
// bare node:http (bench/peers/floor.ts). Targets (issue 19): at least 3x the textbook stack's
// requests per second, at least 1.0x PostGraphile's while enforcing the privacy wall, p50 within
// 1.5x of the floor's.
import { fileURLToPath } from "node:url";
import { spawnApi, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import { compared, interleave, load, tokenFor, type LoadResult, type ScenarioResult } from "../support.ts";
import { sessionsQuery, type BenchContext } from "./context.ts";
import { apiEnv } from "./fanout.ts";

const ROWS = 100;
const TARGETS = { textbookRps: 3, postgraphileRps: 1, floorP50: 1.5 };
const peer = (file: string) => fileURLToPath(new URL(`../peers/${file}`, import.meta.url));

/** PostGraphile's spelling of the same nested query (its default inflection of the same tables). */
const postgraphileQuery = (mechanicId: string, first: number) => `{
  allDiagnosticSessions(condition: { mechanicId: "${mechanicId}" }, first: ${first}, orderBy: [REQUESTED_AT_DESC, ID_DESC]) {
    totalCount
    nodes {
      id status concern requestedAt
      vehicleByVehicleId { make model year }
      userByCustomerId { customerProfileByUserId { userId firstName } }
      userByMechanicId { mechanicProfileByUserId { displayName ratingHundredths } }
    }
  }
}`;

/** Node ids of an answer, in order, whichever peer spelled it: the peers must list the same rows. */
const idsOf = (answer: any): string[] => (answer?.data?.sessions ?? answer?.data?.allDiagnosticSessions)?.nodes?.map((node: { id: string }) => node.id) ?? [];

export async function peerComparison(ctx: BenchContext): Promise<ScenarioResult[]> {
  const mechanic = ctx.mechanics.get(1000)!;
  const token = await tokenFor(ctx.config, mechanic);
  const env = { ...apiEnv(ctx), MECHANIC_ID: mechanic.id, FIRST: String(ROWS) };
  const sides: Array<{ name: string; start: () => Promise<SpawnedApi>; body: unknown; token: string | null }> = [
    { name: "api", start: () => spawnApi(env), body: { query: sessionsQuery(ROWS) }, token },
    { name: "textbook", start: () => spawnApi(env, { args: ["--import", "tsx", peer("textbook.ts")] }), body: { query: sessionsQuery(ROWS) }, token },
    { name: "postgraphile", start: () => spawnApi(env, { args: [peer("postgraphile.mjs")] }), body: { query: postgraphileQuery(mechanic.id, ROWS) }, token: null },
    { name: "floor", start: () => spawnApi(env, { args: ["--import", "tsx", peer("floor.ts")] }), body: {}, token: null },
  ];
  const running: SpawnedApi[] = [];
  try {
    for (const side of sides) running.push(await side.start());
    const urls = running.map((server) => `${server.url}/graphql`);
    // Same rows from every peer, then one unmeasured second of load each.
    const answers = await Promise.all(
      sides.map((side, i) =>
        fetch(urls[i]!, { method: "POST", headers: { "content-type": "application/json", ...(side.token ? { authorization: `Bearer ${side.token}` } : {}) }, body: JSON.stringify(side.body) }).then(
          (r) => r.json(),
        ),
      ),
    );
    const ids = answers.map(idsOf);
    const sameRows = ids.every((list) => list.length === ROWS && list.join() === ids[0]!.join());
    if (!sameRows) throw new Error(`the peers answered different rows: ${JSON.stringify(answers.map((a) => JSON.stringify(a).slice(0, 300)))}`);
    for (const [i, side] of sides.entries()) await load(urls[i]!, side.body, side.token, 1, 10, 0);
    const runs: LoadResult[][] = await interleave(sides.map((side, i) => () => load(urls[i]!, side.body, side.token, undefined, 10, 0)));
    const [api, textbook, postgraphile, floor] = runs as [LoadResult[], LoadResult[], LoadResult[], LoadResult[]];
    const rps = (r: LoadResult[]) => r.map((x) => x.requestsPerSecond);
    const p50 = (r: LoadResult[]) => r.map((x) => x.p50Ms);
    const details = { rows: ROWS, runs: Object.fromEntries(sides.map((side, i) => [side.name, runs[i]])) };
    const vsTextbook = compared(rps(api), rps(textbook));
    const vsPostgraphile = compared(rps(api), rps(postgraphile));
    const vsFloor = compared(p50(api), p50(floor));
    return [
      {
        scenario: "7. peers: textbook stack",
        metric: `req/s, ${ROWS} sessions nested (baseline: type-graphql + Apollo standalone + graphql-shield + Prisma include)`,
        ...vsTextbook,
        target: `>= ${TARGETS.textbookRps}x`,
        pass: vsTextbook.ratio >= TARGETS.textbookRps,
        details,
      },
      {
        scenario: "7. peers: PostGraphile v4",
        metric: `req/s, ${ROWS} sessions nested (baseline: PostGraphile 4, no privacy rules)`,
        ...vsPostgraphile,
        target: `>= ${TARGETS.postgraphileRps}x`,
        pass: vsPostgraphile.ratio >= TARGETS.postgraphileRps,
      },
      {
        scenario: "7. peers: floor",
        metric: `p50 ms, ${ROWS} sessions nested (baseline: hand-written SQL via pg over node:http, own process)`,
        ...vsFloor,
        target: `<= ${TARGETS.floorP50}x`,
        pass: vsFloor.ratio <= TARGETS.floorP50,
      },
    ];
  } finally {
    await Promise.all(running.map((server) => server.stop()));
  }
}
