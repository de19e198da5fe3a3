import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../setup/live.ts";
import { postGraphql, spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";
import { assertLedgerInDatabase, canShareDatabase, chatLoad, chatWorld, factoryApp, newLedger, sharedDatabase, sleep, UNTHROTTLED } from "./support.ts";

const SIGN_UP = `mutation ($email: String!) { signUp(input: { role: MECHANIC, email: $email, password: "a-long-password", displayName: "Kill Test" }) { user { id } } }`;

/**
 * SIGKILL of the API in the middle of writes (chat messages, and sign-ups that create a user and
 * its profile together), then a restart: every acknowledged write is there once, and nothing that
 * failed is half-applied.
 */
describe.skipIf(!canShareDatabase())("SIGKILL of the API under load", () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let app: ReturnType<typeof factoryApp>;
  let api: SpawnedApi;
  const env = () => ({ DATABASE_URL: database!.url, DB_POOL_SIZE: "4", REDIS_URL: "", SEED_DEMO_DATA: "never", ...UNTHROTTLED });

  beforeAll(async () => {
    database = await sharedDatabase();
    app = factoryApp(database!.url);
    api = await spawnApi(env());
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await app?.prisma.$disconnect();
    await database?.drop();
  });

  it("keeps every acknowledged write exactly once and leaves no failed one half-applied", async () => {
    const { customer, session } = await chatWorld(app);
    const ledger = newLedger();
    const chat = chatLoad(() => api, customer.token, session.id, ledger, 3);
    const signUps = { acknowledged: new Set<string>(), attempted: new Set<string>() };
    let running = true;
    const signUpLoop = (async () => {
      for (let i = 0; running; i++) {
        const email = `killed.${i}@example.test`;
        signUps.attempted.add(email);
        const result = await postGraphql(api.url, SIGN_UP, { email });
        if (result.data?.signUp && !result.errors) signUps.acknowledged.add(email);
        else await sleep(25);
      }
    })();

    // Writes flow before the kill and again after the restart: waited for, not assumed after fixed
    // sleeps (a loaded CI machine once acknowledged none within 1.5 s).
    await waitUntil(() => ledger.acknowledged.size > 0, 30_000, "a first acknowledged write");
    await sleep(300);
    await api.stop("SIGKILL");
    await sleep(300);
    api = await spawnApi(env());
    const atRestart = ledger.acknowledged.size;
    await waitUntil(() => ledger.acknowledged.size > atRestart, 30_000, "an acknowledged write after the restart");
    running = false;
    await Promise.all([chat.stop(), signUpLoop]);

    await assertLedgerInDatabase(app.prisma, session.id, ledger, expect);

    const users = await app.prisma.user.findMany({ where: { email: { startsWith: "killed." } }, select: { email: true, mechanic: { select: { userId: true } } } });
    const stored = new Set(users.map((u) => u.email));
    expect([...signUps.acknowledged].filter((email) => !stored.has(email))).toEqual([]);
    // A sign-up is a user and its profile, or nothing.
    expect(users.filter((u) => !u.mechanic).map((u) => u.email)).toEqual([]);
    expect(users.filter((u) => !signUps.attempted.has(u.email))).toEqual([]);
  });
});
