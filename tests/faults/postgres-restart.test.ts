import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/platform/db/migrate.ts";
import { waitUntil } from "../setup/live.ts";
import { spawnApi, postGraphql, type SpawnedApi } from "../setup/spawn-api.ts";
import { postgresAvailable, startThrowawayPostgres, type ThrowawayPostgres } from "../setup/throwaway-servers.ts";
import { assertLedgerInDatabase, chatLoad, chatWorld, factoryApp, newLedger, readyzBecomes, sleep, step, UNTHROTTLED } from "./support.ts";

/**
 * PostgreSQL restarts under steady chat load (our own server, never the shared one): the API says
 * it is not ready, fails requests with a retryable SERVICE_UNAVAILABLE, and recovers by itself.
 */
describe.skipIf(!postgresAvailable())("a PostgreSQL restart under load", () => {
  let postgres: ThrowawayPostgres;
  let api: SpawnedApi;
  let app: ReturnType<typeof factoryApp>;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    await applyMigrations(postgres.url);
    api = await spawnApi({ DATABASE_URL: postgres.url, DB_POOL_SIZE: "4", SEED_DEMO_DATA: "never", REDIS_URL: "", ...UNTHROTTLED });
    app = factoryApp(postgres.url);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await app?.prisma.$disconnect();
    await postgres?.destroy();
  });

  it("reports not-ready, fails retryably, recovers without a restart, and loses or duplicates no acknowledged write", async () => {
    const { customer, session } = await step("building the chat", api, 30_000, () => chatWorld(app));
    await app.prisma.$disconnect();
    const ledger = newLedger();
    const load = chatLoad(() => api, customer.token, session.id, ledger);

    // Writes flow before the fault: waited for, not assumed after a fixed second (a loaded CI machine
    // once acknowledged none within it).
    await waitUntil(() => ledger.acknowledged.size > 0, 30_000, "a first acknowledged write");
    await step("stopping PostgreSQL", api, 60_000, () => postgres.stop());
    await step("waiting for not-ready", api, 40_000, () => readyzBecomes(api, 503));
    await sleep(1_500);
    await step("starting PostgreSQL", api, 60_000, () => postgres.start());
    await step("waiting for ready", api, 40_000, () => readyzBecomes(api, 200));
    const atRecovery = ledger.acknowledged.size;
    // Writes go through after the restart, with no restart of the API.
    await waitUntil(() => ledger.acknowledged.size > atRecovery, 30_000, "an acknowledged write after recovery");
    await step("stopping the load", api, 70_000, () => load.stop());

    expect(api.child.exitCode).toBeNull();
    // Failures during the outage were the retryable code, never a masked internal error.
    expect([...ledger.errorCodes.keys()]).toEqual(["SERVICE_UNAVAILABLE"]);
    expect([...ledger.retryableFlags]).toEqual([true]);
    const probe = await postGraphql(api.url, `{ me { id } }`, {}, customer.token);
    expect(probe.data?.me?.id).toBe(customer.id);

    await assertLedgerInDatabase(app.prisma, session.id, ledger, expect);
  });
});
