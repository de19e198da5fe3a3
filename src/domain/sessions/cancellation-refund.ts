import type { SessionStatus } from "../../platform/db/generated/enums.ts";

/**
 * A cancelled session as the cancel move found it: the status it left, when a mechanic claimed it
 * (null: never), and whether its mechanic was absent then (suspended or banned, no longer vetted,
 * or a no-show: SessionService's absenceOf).
 */
export interface CancelledFrom {
  from: SessionStatus;
  acceptedAt: Date | null;
  mechanicAbsent?: boolean;
}

/**
 * Whether the customer's cancellation (`cancelSession`; the assigned mechanic's is a withdrawal,
 * which cancels nothing), made at `at` on a session as the move found it, refunds the diagnostic in
 * full, as the refund's reason (the Refund row's, read by admins), or null when it does not: before
 * any mechanic claimed the session (or since a mechanic withdrew from it), or at most `graceMs`
 * after the claim: a customer who cancels as a mechanic claims cannot tell which came first, so
 * the order the database picked does not decide their money; or while its mechanic was absent,
 * as `resolveMechanicAbsence(REFUND)` would refund it: the customer who cancels because her
 * mechanic was suspended or never turned up owes nobody a fee. Later, the customer's cancellation
 * is not refunded automatically (an admin can, with refundPayment).
 */
export function cancellationRefundReason(session: CancelledFrom, at: Date, graceMs: number): string | null {
  if (session.from === "REQUESTED") return "cancelled before a mechanic claimed it";
  if (session.mechanicAbsent) return "cancelled while its mechanic was suspended, no longer approved or a no-show";
  const claimed = session.acceptedAt;
  return claimed !== null && at.getTime() - claimed.getTime() <= graceMs ? "cancelled right after a mechanic claimed it" : null;
}

/**
 * Whether the customer's cancellation made at `at` of a session as the move found it keeps the
 * diagnostic fee as a cancellation fee (a ride-hailing marketplace's late cancellation): a mechanic
 * had claimed it, and the cancellation is not refunded (cancellationRefundReason: later than
 * `graceMs` after the claim). The claiming mechanic then earns the share completing it would have
 * earned, and the platform keeps its fee.
 */
export function keepsCancellationFee(session: CancelledFrom, at: Date, graceMs: number): boolean {
  return session.from !== "REQUESTED" && session.acceptedAt !== null && cancellationRefundReason(session, at, graceMs) === null;
}
