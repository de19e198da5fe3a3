import type { Tx } from "../../platform/db/prisma.ts";
import type { AppPubSub, QuoteAddedEvent } from "../../platform/pubsub/pubsub.ts";
import type { ChatMessageEvent } from "../../platform/pubsub/topics.ts";
import type { ChatService } from "../chat/chat.service.ts";

/** "$1,200.00" for 120000. */
export function formatUsd(cents: number): string {
  const dollars = Math.trunc(cents / 100);
  return `$${dollars.toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;
}

export function quoteNotice(quote: { version: number; totalCents: number; validUntil: Date }, workshopName: string): string {
  const valid = quote.validUntil.toISOString().slice(0, 10);
  return quote.version === 1
    ? `${workshopName} sent a repair quote: ${formatUsd(quote.totalCents)}, valid until ${valid}. Review and approve it in the app.`
    : `${workshopName} revised its repair quote (version ${quote.version}): ${formatUsd(quote.totalCents)}, valid until ${valid}. Review and approve it in the app.`;
}

/** What a quote's arrival publishes once its transaction has committed. */
export interface QuoteArrival {
  message: ChatMessageEvent;
  quote: QuoteAddedEvent;
}

/**
 * How a quote reaches the customer, on the platform: a SYSTEM message in the session's chat,
 * written through the chat service (same ordering and cursors as any message, published on
 * `chatMessageAdded`), and a `quoteAdded` event on the session for the customer's quote feed.
 * Written in the quote's transaction; published by `publish` after it commits, so a subscriber
 * never hears of a quote (or message) it cannot read yet.
 */
export class QuoteNotices {
  constructor(
    private readonly chat: ChatService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The system message for a quote (version 1: sent; later: revised), from `payeeName` (the workshop or the partner). */
  async write(tx: Tx, target: { sessionId: string; escalationId: string; quote: { id: string; version: number; totalCents: number; validUntil: Date } }, payeeName: string): Promise<QuoteArrival> {
    const message = await this.chat.writeSystemMessage(tx, target.sessionId, quoteNotice(target.quote, payeeName));
    return { message, quote: { quoteId: target.quote.id, escalationId: target.escalationId, sessionId: target.sessionId } };
  }

  /** Publishes committed arrivals: the chat message first, then the quote. */
  publish(arrivals: readonly QuoteArrival[]): void {
    for (const arrival of arrivals) {
      this.chat.publish([arrival.message]);
      this.pubSub.publish("quoteAdded", arrival.quote.sessionId, arrival.quote);
    }
  }
}
