import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";

type Tx = Prisma.TransactionClient;

/**
 * The transaction key of a payment's split: the payment row stands for exactly one PaymentIntent
 * (set once, never replaced), so this is the key of the Stripe object whose success it books.
 */
export const splitKey = (paymentId: string): string => `payment:${paymentId}`;

/**
 * The transaction that moves a diagnostic's mechanic share from DIAGNOSTIC_CLEARING to the
 * mechanic who completed the session: keyed by the payment alone, so it happens once per payment
 * whoever completes it and however often it is attempted.
 */
export const diagnosticEarnedKey = (paymentId: string): string => `diagnostic-earned:${paymentId}`;

/** The transactions whose credits are a payment's payees' shares: its split, and a diagnostic's earned move. */
export const shareKeys = (paymentId: string): string[] => [splitKey(paymentId), diagnosticEarnedKey(paymentId)];

/**
 * Writes one balanced transaction of the ledger. Each line's idempotency key is the transaction's
 * key and the line's, so a retry writes nothing twice. The number of entries written now (0: all
 * booked before).
 */
export async function bookTransaction(tx: Tx, transactionKey: string, lines: readonly KeyedLine[]): Promise<number> {
  const booked = await tx.ledgerEntry.createMany({
    data: lines.map((line) => ({
      transactionKey,
      idempotencyKey: `${transactionKey}:${line.key}`,
      account: line.account,
      kind: line.kind,
      amountCents: line.amountCents,
      paymentId: line.paymentId ?? null,
      userId: line.userId ?? null,
      workshopId: line.workshopId ?? null,
      partnershipId: line.partnershipId ?? null,
      description: line.description,
    })),
    skipDuplicates: true,
  });
  return booked.count;
}
