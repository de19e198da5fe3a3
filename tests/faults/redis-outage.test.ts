import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { live, waitUntil } from "../setup/live.ts";
import { postGraphql } from "../setup/spawn-api.ts";
import { redisAvailable } from "../setup/throwaway-servers.ts";
import { assertLedgerInDatabase, canShareDatabase, chatWorld, newLedger, type RedisPair, SEND, sleep, twoInstancesOverRedis } from "./support.ts";

const HISTORY = `query ($s: ID!, $after: String) { messages(sessionId: $s, first: 100, after: $after) { nodes { id body cursor } } }`;
const ADDED = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body cursor } }`;

/**
 * Redis (our own server) dies while two API instances chat through it: live delivery across
 * instances stops, but every message is stored and found again by cursor; when Redis is back, the
 * instances resubscribe on their own and live delivery resumes.
 */
describe.skipIf(!redisAvailable() || !canShareDatabase())("a Redis outage between two instances", () => {
  let pair: RedisPair;
  const sockets: ReturnType<typeof createClient>[] = [];

  beforeAll(async () => {
    pair = await twoInstancesOverRedis();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await pair?.close();
  });

  it("keeps messages recoverable by cursor while Redis is down, and resumes live fan-out when it returns", async () => {
    const [a, b] = pair.instances;
    const { customer, mechanic, session } = await chatWorld(pair.app);
    const client = createClient({ url: `${b.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${customer.token}` } });
    sockets.push(client);
    const feed = live(client, ADDED, { s: session.id });
    const ledger = newLedger();
    const send = async (body: string) => {
      ledger.attempted.add(body);
      const result = await postGraphql(a.url, SEND, { s: session.id, b: body }, mechanic.token);
      if (result.data?.sendMessage) ledger.acknowledged.set(body, result.data.sendMessage.message.id);
      return result;
    };

    // Live through Redis: A publishes, the subscriber on B receives (retry until B is subscribed).
    let seen: { body: string; cursor: string } | undefined;
    for (let i = 0; !seen && i < 50; i++) {
      await send(`before-${i}`);
      seen = (await feed.next(300).catch(() => undefined))?.data?.chatMessageAdded as typeof seen;
    }
    expect(seen).toBeDefined();
    // Drain any other warm-up deliveries.
    while (await feed.next(300).catch(() => undefined));

    await pair.redis.kill();
    const during: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await send(`during-${i}`);
      expect(result.errors).toBeUndefined();
      during.push(`during-${i}`);
    }
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    // What the subscriber missed is there by cursor, on either instance.
    const missed = await postGraphql(b.url, HISTORY, { s: session.id, after: seen!.cursor }, customer.token);
    const recovered = (missed.data?.messages.nodes ?? []).map((n: { body: string }) => n.body);
    expect(recovered.filter((body: string) => body.startsWith("during-"))).toEqual(during);

    await pair.redis.start();
    // Fan-out resumes without restarting either instance.
    const afterBodies = new Set<string>();
    await waitUntil(
      async () => {
        const body = `after-${afterBodies.size}`;
        afterBodies.add(body);
        await send(body);
        await sleep(200);
        return feed.results.some((r) => (r.data as any)?.chatMessageAdded?.body?.startsWith("after-"));
      },
      30_000,
      "live delivery to resume after Redis returns",
    );
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    await assertLedgerInDatabase(pair.app.prisma, session.id, ledger, expect);
  });
});
