import type { Redis } from "ioredis";

/** The part of EventTarget that @graphql-yoga/subscription's `createPubSub` uses. */
export interface PubSubEventTarget {
  addEventListener(topic: string, listener: EventListenerLike | null): void;
  removeEventListener(topic: string, listener: EventListenerLike | null): void;
  dispatchEvent(event: { type: string; detail?: unknown }): boolean;
}
type EventListenerLike = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void };

/** What went wrong, for the log: the command (or stage) and the error. Never thrown. */
export type RedisFailure = (command: "subscribe" | "unsubscribe" | "publish" | "resubscribe" | "message", error: unknown) => void;

/**
 * An event target over Redis pub/sub, like @graphql-yoga/redis-event-target (which it replaces)
 * but built so that no Redis failure can reach the process: that library fires SUBSCRIBE,
 * UNSUBSCRIBE and PUBLISH without handling their promises, so a subscription that ended while
 * Redis was down (UNSUBSCRIBE failing with MaxRetriesPerRequestError) was an unhandled rejection
 * and ended the instance. Here every command's failure is reported and absorbed, a malformed
 * message or a throwing listener is contained, and the subscribed channels are re-established from
 * our own table on every reconnect (ioredis's auto-resubscribe is off): channels whose UNSUBSCRIBE
 * failed are simply not subscribed again, and channels first subscribed during the outage are.
 * Delivery degrades while Redis is down (messages are stored first, clients catch up by cursor)
 * and recovers by itself.
 */
export function createResilientRedisEventTarget(options: { publishClient: Redis; subscribeClient: Redis; onFailure: RedisFailure }): PubSubEventTarget {
  const { publishClient, subscribeClient, onFailure } = options;
  const listeners = new Map<string, Set<(event: CustomEvent) => void>>();
  const absorb = (command: Parameters<RedisFailure>[0]) => (error: unknown) => void onFailure(command, error);

  subscribeClient.on("message", (channel: string, message: string) => {
    const callbacks = listeners.get(channel);
    if (!callbacks) return;
    let event: CustomEvent;
    try {
      event = new CustomEvent(channel, { detail: message === "" ? null : JSON.parse(message) });
    } catch (error) {
      return onFailure("message", error);
    }
    for (const callback of callbacks) {
      try {
        callback(event);
      } catch (error) {
        onFailure("message", error);
      }
    }
  });
  // A fresh connection has no subscriptions: ask for exactly the channels someone listens to now.
  subscribeClient.on("ready", () => {
    if (listeners.size > 0) subscribeClient.subscribe(...listeners.keys()).catch(absorb("resubscribe"));
  });

  const callbackOf = (listener: EventListenerLike) => ("handleEvent" in listener ? listener.handleEvent.bind(listener) : listener);
  // Listeners are registered as given; keep the bound form per listener so removal finds it.
  const bound = new WeakMap<object, (event: CustomEvent) => void>();

  return {
    addEventListener(topic, listener) {
      if (!listener) return;
      const callback = callbackOf(listener);
      bound.set(listener, callback);
      let callbacks = listeners.get(topic);
      if (!callbacks) {
        listeners.set(topic, (callbacks = new Set()));
        // While Redis is down this fails; the next "ready" subscribes it.
        if (subscribeClient.status === "ready") subscribeClient.subscribe(topic).catch(absorb("subscribe"));
      }
      callbacks.add(callback);
    },
    removeEventListener(topic, listener) {
      if (!listener) return;
      const callbacks = listeners.get(topic);
      const callback = bound.get(listener);
      if (!callbacks || !callback) return;
      callbacks.delete(callback);
      if (callbacks.size > 0) return;
      listeners.delete(topic);
      // While Redis is down there is nothing to undo: the next connection starts without it.
      if (subscribeClient.status === "ready") subscribeClient.unsubscribe(topic).catch(absorb("unsubscribe"));
    },
    dispatchEvent(event) {
      let payload: string;
      try {
        payload = event.detail === undefined ? "" : JSON.stringify(event.detail);
      } catch (error) {
        onFailure("publish", error);
        return true;
      }
      publishClient.publish(event.type, payload).catch(absorb("publish"));
      return true;
    },
  };
}
