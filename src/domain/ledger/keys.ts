/**
 * The transaction keys of the ledger: one key per money movement, so booking it again (a retry, a
 * redelivered webhook) writes nothing twice. Pure strings; the ledger store writes under them.
 */

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
