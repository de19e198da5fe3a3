import type { Prisma } from "../../db/generated/client.ts";

/** "$1,200.00" for 120000. */
export function formatUsd(cents: number): string {
  const dollars = Math.trunc(cents / 100);
  return `$${dollars.toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * Posts a system message into the session's chat: how a quote reaches the customer, on the
 * platform. System messages have no sender and are never masked, so `body` is what everyone sees.
 */
export async function postSystemMessage(tx: Pick<Prisma.TransactionClient, "chatMessage">, sessionId: string, body: string): Promise<void> {
  await tx.chatMessage.create({ data: { sessionId, senderId: null, kind: "SYSTEM", body, deliveredBody: body, flaggedKinds: [] } });
}

export function quoteNotice(quote: { version: number; totalCents: number; validUntil: Date }, workshopName: string): string {
  const valid = quote.validUntil.toISOString().slice(0, 10);
  return quote.version === 1
    ? `${workshopName} sent a repair quote: ${formatUsd(quote.totalCents)}, valid until ${valid}. Review and approve it in the app.`
    : `${workshopName} revised its repair quote (version ${quote.version}): ${formatUsd(quote.totalCents)}, valid until ${valid}. Review and approve it in the app.`;
}
