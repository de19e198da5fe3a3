import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, filter, pipe, type PubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
import type { Config } from "../config.ts";
import type { Logger } from "../server/logger.ts";
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

/**
 * In-process pub/sub by default; with REDIS_URL, events go through Redis so a message published by
 * one API instance reaches subscribers connected to any other.
 */
export function createAppPubSub(config: Pick<Config, "redisUrl">, logger?: Logger): PubSubHandle {
  if (!config.redisUrl) return { pubSub: createPubSub<Topics>(), transport: "memory", close: async () => {} };

  // A connection in subscriber mode cannot publish, hence two.
  const options = { maxRetriesPerRequest: 3, lazyConnect: false } as const;
  const publishClient = new Redis(config.redisUrl, options);
  const subscribeClient = new Redis(config.redisUrl, options);
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (error: Error) => logger?.warn({ err: { name: error.name, message: error.message } }, "redis connection error"));
  }
  // The event target fires PUBLISH and SUBSCRIBE without awaiting them. While Redis is down they
  // fail; unhandled, that would end the process. Live delivery degrades instead: messages are
  // stored before they are published, and clients catch up by cursor.
  const tolerate = <K extends "publish" | "subscribe">(client: Redis, command: K) => {
    const original = (client[command] as (...args: unknown[]) => Promise<unknown>).bind(client);
    (client as unknown as Record<K, unknown>)[command] = (...args: unknown[]) =>
      original(...args).catch((error: Error) => {
        logger?.warn({ err: { name: error.name, message: error.message }, command }, "redis command failed; live delivery degraded");
        return 0;
      });
  };
  tolerate(publishClient, "publish");
  tolerate(subscribeClient, "subscribe");
  const eventTarget = createRedisEventTarget<any>({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    transport: "redis",
    redis: publishClient,
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/** Topics published with a single payload (not routed by id). */
type BroadcastTopic = { [K in keyof Topics]: Topics[K] extends [infer _Only] ? K : never }[keyof Topics];

/** Subscribes to a broadcast topic, keeping only the events `keep` accepts (it may look at the database). */
export function subscribeWhere<K extends BroadcastTopic>(
  pubSub: AppPubSub,
  topic: K,
  keep: (payload: Topics[K][0]) => boolean | Promise<boolean>,
): AsyncIterable<Topics[K][0]> {
  const events = (pubSub.subscribe as (topic: K) => AsyncIterable<Topics[K][0]>)(topic);
  return pipe(events, filter(keep)) as AsyncIterable<Topics[K][0]>;
}
