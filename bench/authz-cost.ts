// The permission layer's cost: the same nested list query (100 sessions with vehicle, customer
// first name and mechanic) against the full server, with and without the graphql-shield layer,
// in one run. Target: the layer costs under 15% of throughput.
import { writeFileSync, mkdirSync } from "node:fs";
import { benchDatabase, benchServer, load, machine, tokenFor } from "./support.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const QUERY = `{ sessions(first: 100) { totalCount nodes { id status concern requestedAt vehicle { make model year } customer { id firstName } mechanic { displayName rating } } } }`;

const { config, database, stop } = await benchDatabase();
const prisma = database.prisma;
const mechanic = await prisma.user.create({ data: { email: "bench.mechanic@example.test", role: "MECHANIC", mechanic: { create: { displayName: "Bench Mechanic" } } } });
for (let i = 0; i < 100; i++) {
  const customer = await prisma.user.create({
    data: { email: `bench.customer.${i}@example.test`, role: "CUSTOMER", customer: { create: { firstName: `Customer${i}`, lastName: "Bench", phone: "+1 555 000 0000", addressLine1: "1 Bench St", city: "Austin" } } },
  });
  const vehicle = await prisma.vehicle.create({ data: { ownerId: customer.id, year: 2015, make: "Toyota", model: "Corolla" } });
  await prisma.diagnosticSession.create({ data: { customerId: customer.id, mechanicId: mechanic.id, vehicleId: vehicle.id, concern: "Noise", mediaUrls: [], status: "IN_PROGRESS", priceCents: 2500 } });
}
const token = await tokenFor(config, mechanic);

async function measure(withPermissions: boolean) {
  const server = await benchServer(config, database, { withoutPermissionsForBenchmark: !withPermissions });
  try {
    return await load(`${server.url}/graphql`, { query: QUERY }, token, SECONDS);
  } finally {
    await server.close();
  }
}

// Alternate to spread machine noise over both sides.
const without = [await measure(false)];
const withLayer = [await measure(true)];
without.push(await measure(false));
withLayer.push(await measure(true));
const rps = (results: { requestsPerSecond: number }[]) => results.reduce((sum, r) => sum + r.requestsPerSecond, 0) / results.length;
const slowdown = 1 - rps(withLayer) / rps(without);
const result = {
  scenario: "authorization cost",
  machine: machine(),
  query: QUERY,
  withoutPermissions: { requestsPerSecond: rps(without), runs: without },
  withPermissions: { requestsPerSecond: rps(withLayer), runs: withLayer },
  slowdown,
  target: "slowdown < 0.15",
  pass: slowdown < 0.15,
};
console.table({
  "without permission layer": { "req/s": rps(without).toFixed(1), "p50 ms": without[1]!.p50Ms },
  "with permission layer": { "req/s": rps(withLayer).toFixed(1), "p50 ms": withLayer[1]!.p50Ms },
});
console.log(`authorization cost: ${(slowdown * 100).toFixed(1)}% slower (target < 15%): ${result.pass ? "PASS" : "FAIL"}`);
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/authz-cost.json", `${JSON.stringify(result, null, 2)}\n`);
await stop();
