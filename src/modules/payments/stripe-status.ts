/**
 * Stripe's statuses in this API's terms, and reading Stripe's objects. Pure mappings shared by the
 * flows that re-read a PaymentIntent or a dispute from Stripe.
 */
import type Stripe from "stripe";
import type { DisputeStatus, PaymentStatus } from "../../platform/db/generated/enums.ts";

/** A PaymentIntent's status as the payment's. */
export const STRIPE_STATUS: Readonly<Record<Stripe.PaymentIntent.Status, PaymentStatus>> = {
  requires_payment_method: "REQUIRES_PAYMENT_METHOD",
  requires_confirmation: "REQUIRES_CONFIRMATION",
  requires_action: "REQUIRES_ACTION",
  processing: "PROCESSING",
  requires_capture: "REQUIRES_CAPTURE",
  succeeded: "SUCCEEDED",
  canceled: "CANCELED",
};

/**
 * Statuses only a successful attempt leads to: the intent paid (or authorized, to be captured), and
 * what refunds and disputes make of it after. A decline reported for such a payment is of an
 * earlier attempt.
 */
export const SUCCEEDED_ONCE: readonly PaymentStatus[] = ["REQUIRES_CAPTURE", "SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED", "DISPUTED"];

/** Statuses a webhook never moves a payment out of (refunds and disputes are booked by their own flows). */
export const SETTLED: readonly PaymentStatus[] = ["REFUNDED", "PARTIALLY_REFUNDED", "DISPUTED"];

/** A Stripe dispute's status as the Dispute row's. */
export const DISPUTE_STATUS: Readonly<Record<Stripe.Dispute.Status, DisputeStatus>> = {
  warning_needs_response: "INQUIRY",
  warning_under_review: "INQUIRY",
  warning_closed: "INQUIRY_CLOSED",
  prevented: "PREVENTED",
  needs_response: "OPEN",
  under_review: "OPEN",
  won: "WON",
  lost: "LOST",
};

/** The id of a Stripe expandable field: the id itself, or the expanded object's; null when absent. */
export function expandableId(field: string | { id: string } | null | undefined): string | null {
  return typeof field === "string" ? field : (field?.id ?? null);
}
