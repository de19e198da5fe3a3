/** REDIS_URL is set but Redis there does not answer at start-up: the process refuses to start. */
export class RedisUnreachableError extends Error {}

/** How long (ms) start-up waits for Redis to answer before refusing to start. */
const STARTUP_REACH_TIMEOUT_MS = 5_000;

/**
 * Refuses a start whose REDIS_URL does not answer a PING within STARTUP_REACH_TIMEOUT_MS, the way
 * a bad DATABASE_URL fails: started anyway, the instance was "ready" while every operation waited
 * out Redis retries and live delivery across instances was silently lost. An outage after start is
 * another matter (createAppPubSub degrades and recovers). Nothing to do without REDIS_URL.
 *
 * Throws RedisUnreachableError, whose message is one line naming REDIS_URL (its host, never its
 * credentials) and the connection's error.
 */
export async function ensureRedisReachable(redisUrl: string | undefined): Promise<void> {
  if (!redisUrl) return;
  const { default: RedisClient } = await import("ioredis");
  const client = new RedisClient(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, connectTimeout: STARTUP_REACH_TIMEOUT_MS });
  // ioredis reports the cause here and rejects connect() with "Connection is closed".
  let cause: Error | undefined;
  client.on("error", (error: Error) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (cause ?? (error as Error)).message;
    const url = new URL(redisUrl);
    throw new RedisUnreachableError(
      `REDIS_URL (${url.protocol}//${url.host}) does not answer: ${reason}. Start Redis there, correct REDIS_URL, or unset it for in-process pub/sub (a single instance).`,
    );
  } finally {
    client.disconnect();
  }
}
