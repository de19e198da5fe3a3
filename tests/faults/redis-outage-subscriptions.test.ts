import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { live, waitUntil } from "../setup/live.ts";
import { postGraphql, type SpawnedApi } from "../setup/spawn-api.ts";
import { redisAvailable } from "../setup/throwaway-servers.ts";
import { canShareDatabase, chatWorld, type RedisPair, SEND, sleep, twoInstancesOverRedis } from "./support.ts";

const ADDED = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`;

/**
 * Subscriptions that end, start or keep running while Redis (our own server) is down, with two API
 * instances sharing it: no instance may exit, and live delivery comes back with Redis.
 */
describe.skipIf(!redisAvailable() || !canShareDatabase())("subscriptions during a Redis outage", () => {
  let pair: RedisPair;
  const clients: Client[] = [];
  const socket = (api: SpawnedApi, token: string) => {
    const client = createClient({
      url: `${api.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      onNonLazyError: () => {},
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    return client;
  };
  const alive = async (api: SpawnedApi) =>
    api.child.exitCode === null &&
    api.child.signalCode === null &&
    (await fetch(`${api.url}/healthz`).then(
      (r) => r.ok,
      () => false,
    ));

  beforeAll(async () => {
    pair = await twoInstancesOverRedis();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await pair?.close();
  });

  it("survives a subscription completed, one started and a socket closed while Redis is down; delivery resumes after", async () => {
    const [a, b] = pair.instances;
    const { customer, mechanic, session } = await chatWorld(pair.app);
    const send = (body: string) => postGraphql(a.url, SEND, { s: session.id, b: body }, mechanic.token);

    // Live through Redis first: A publishes, the subscriber on B receives.
    const first = socket(b, customer.token);
    const feed = live(first, ADDED, { s: session.id });
    const closer = socket(b, customer.token);
    const closerFeed = live(closer, ADDED, { s: session.id });
    await waitUntil(
      async () => {
        await send(`warm-${Date.now()}`);
        await sleep(150);
        return feed.results.length > 0 && closerFeed.results.length > 0;
      },
      20_000,
      "live delivery through Redis",
    );

    await pair.redis.kill();
    feed.unsubscribe(); // graphql-ws `complete`: B unsubscribes from the Redis channel
    await closer.dispose(); // the socket closes: the same path
    const late = socket(b, customer.token);
    const lateFeed = live(late, ADDED, { s: session.id }); // SUBSCRIBE while Redis is down
    await send("during-outage");
    // ioredis gives up on a command after its retries (well under a few seconds).
    await sleep(4_000);
    expect(await alive(b)).toBe(true);
    expect(await alive(a)).toBe(true);
    expect(b.output()).not.toMatch(/MaxRetriesPerRequestError|Unhandled|uncaught/i);

    await pair.redis.start();
    // The subscription started during the outage gets live events once Redis is back, without a restart.
    await waitUntil(
      async () => {
        await send(`after-${Date.now()}`);
        await sleep(200);
        return lateFeed.results.some((r) => String((r.data as any)?.chatMessageAdded?.body).startsWith("after-"));
      },
      30_000,
      "live delivery to resume after Redis returns",
    );
    expect(await alive(a)).toBe(true);
    expect(await alive(b)).toBe(true);
  });

  it("applies a suspension made while Redis is down to sockets on both instances within about a second", async () => {
    const [a, b] = pair.instances;
    const { customer } = await chatWorld(pair.app);
    const open = (api: SpawnedApi) => {
      const client = createClient({
        url: `${api.url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
        connectionParams: { authorization: `Bearer ${customer.token}` },
      });
      clients.push(client);
      const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
      return { client, closed };
    };
    const me = (client: Client) => wsRun(client, `{ me { id } }`);
    const onA = open(a);
    const onB = open(b);
    expect((await me(onA.client)).data).toEqual({ me: { id: customer.id } });
    expect((await me(onB.client)).data).toEqual({ me: { id: customer.id } });

    await pair.redis.kill();
    // The suspension is written; its announcement through Redis cannot reach either instance.
    await pair.app.prisma.user.update({ where: { id: customer.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000) } });
    await sleep(1_200);
    for (const socket of [onA, onB]) {
      const refused = await me(socket.client);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await socket.closed).toBe(4403);
    }
    expect(await alive(a)).toBe(true);
    expect(await alive(b)).toBe(true);
    await pair.redis.start();
  });
});

/** One operation over graphql-ws: its result, or its errors (refusals arrive as an error message). */
function wsRun(client: Client, query: string): Promise<{ data?: any; errors?: any[] }> {
  return new Promise((resolve) => {
    let result: { data?: any; errors?: any[] } = {};
    client.subscribe(
      { query },
      { next: (value) => (result = value as typeof result), error: (errors) => resolve({ errors: Array.isArray(errors) ? errors : [errors] }), complete: () => resolve(result) },
    );
  });
}
