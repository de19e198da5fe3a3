import { createPubSub, filter, pipe, type PubSub } from "@graphql-yoga/subscription";
import type { Redis } from "ioredis";
import type { Logger } from "../server/logger.ts";
import { createResilientRedisEventTarget } from "./redis-event-target.ts";
import type { Topics } from "./topics.ts";

export type { EscalationOfferedEvent, QuoteAddedEvent, QuoteStatusChangedEvent, Topics } from "./topics.ts";
export type AppPubSub = PubSub<Topics>;

export interface PubSubHandle {
  pubSub: AppPubSub;
  /** "memory" or "redis", for logs and the readiness of multi-instance tests. */
  transport: "memory" | "redis";
  /** A Redis connection in normal (command) mode other features may share, such as rate limits. */
  redis?: Redis;
  /** Closes the Redis connections (nothing to do in-process). */
  close(): Promise<void>;
}

/** An in-process pub/sub: what a single instance uses, and what code that publishes to nobody (the seed, the SDL) passes. */
export function memoryPubSub(): AppPubSub {
  return createPubSub<Topics>();
}

/**
 * In-process pub/sub by default; with REDIS_URL, events go through Redis so a message published by
 * one API instance reaches subscribers connected to any other. ioredis is loaded only then (it
 * cost a start 50 to 65 ms of module evaluation otherwise).
 */
export async function createAppPubSub(config: { redisUrl?: string }, logger?: Logger): Promise<PubSubHandle> {
  if (!config.redisUrl) return { pubSub: memoryPubSub(), transport: "memory", close: async () => {} };

  // The default export: what both Node's CommonJS interop and the start bundle's agree on.
  const { default: RedisClient } = await import("ioredis");
  // A connection in subscriber mode cannot publish, hence two. The event target re-subscribes on
  // each reconnect from its own table, so ioredis's own resubscription (which would also restore
  // channels whose UNSUBSCRIBE failed during an outage) is off.
  const publishClient = new RedisClient(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  const subscribeClient = new RedisClient(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false, autoResubscribe: false });
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (error: Error) => logger?.warn({ err: { name: error.name, message: error.message } }, "redis connection error"));
  }
  // Every Redis command of pub/sub is handled there: while Redis is down live delivery degrades
  // (messages are stored before they are published, and clients catch up by cursor); no failure
  // may end the process.
  const eventTarget = createResilientRedisEventTarget({
    publishClient,
    subscribeClient,
    onFailure: (command, error) => {
      const err = error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
      logger?.warn({ err, command }, "redis pub/sub command failed; live delivery degraded");
    },
  });
  return {
    pubSub: createPubSub<Topics>({ eventTarget: eventTarget as never }),
    transport: "redis",
    redis: publishClient,
    async close() {
      // QUIT waits for Redis; during an outage it would wait out the retries, so it gets a second.
      const quit = (client: Redis) => Promise.race([client.quit(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
      await Promise.allSettled([quit(publishClient), quit(subscribeClient)]);
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/** Topics published with a single payload (not routed by id). */
type BroadcastTopic = { [K in keyof Topics]: Topics[K] extends [infer _Only] ? K : never }[keyof Topics];

/** Subscribes to a broadcast topic, keeping only the events `keep` accepts (it may look at the database). */
export function subscribeWhere<K extends BroadcastTopic>(pubSub: AppPubSub, topic: K, keep: (payload: Topics[K][0]) => boolean | Promise<boolean>): AsyncIterable<Topics[K][0]> {
  const events = (pubSub.subscribe as (topic: K) => AsyncIterable<Topics[K][0]>)(topic);
  return pipe(events, filter(keep)) as AsyncIterable<Topics[K][0]>;
}
