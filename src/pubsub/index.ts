import { createPubSub as createYogaPubSub, filter, pipe, type PubSub } from "@graphql-yoga/subscription";

/** A workshop was offered an escalation (new, re-matched, or auto-accepted). Ids only: views are loaded per subscriber. */
export interface EscalationOfferedEvent {
  escalationId: string;
  offerId: string;
  workshopId: string;
}

/** A repair quote changed status (created, revised, approved, declined, closed, completed). */
export interface QuoteStatusChangedEvent {
  quoteId: string;
  escalationId: string;
  status: string;
}

/**
 * Every pub/sub topic and its payload, declared once. Payloads carry ids, never customer data:
 * each subscriber's resolver loads what its own access allows.
 */
export interface TopicPayloads {
  ESCALATION_OFFERED: EscalationOfferedEvent;
  QUOTE_STATUS_CHANGED: QuoteStatusChangedEvent;
}
export type Topic = keyof TopicPayloads;

type PublishArgs = { [K in Topic]: [TopicPayloads[K]] };
export type AppPubSub = PubSub<PublishArgs>;

/** In-process pub/sub (graphql-yoga). One per server; handed to type-graphql and to the services that publish. */
export function createPubSub(): AppPubSub {
  return createYogaPubSub<PublishArgs>();
}

/** Subscribes to a topic, keeping only the events `keep` accepts (it may look at the database). */
export function subscribeWhere<K extends Topic>(
  pubSub: AppPubSub,
  topic: K,
  keep: (payload: TopicPayloads[K]) => boolean | Promise<boolean>,
): AsyncIterable<TopicPayloads[K]> {
  return pipe(pubSub.subscribe(topic) as AsyncIterable<TopicPayloads[K]>, filter(keep)) as AsyncIterable<TopicPayloads[K]>;
}
