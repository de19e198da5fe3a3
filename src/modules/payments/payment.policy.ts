/**
 * Who sees and moves what in the payments aggregate: the read scopes (a customer's payments, a
 * payee's ledger entries, admins' disputes), the actor scopes of the moves a user makes (what a
 * customer may pay, what an admin may refund) and the rule-map entries of the module's fields,
 * spread into authz/permissions.ts. The mutations' role gates are read from payment.machine.ts, so
 * the rule map and the transition table cannot disagree.
 */
import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { customerQuoteScope } from "../quotes/quote.policy.ts";
import type { ViewerScope } from "../shared/scope.ts";
import { paymentMachine } from "./payment.machine.ts";

/** Matches no row: for roles that have no business with a record type. */
const NOTHING = { id: { in: [] as string[] } };

/** Which payments a viewer sees: a customer's own, every one for admins, none for anyone else. */
export const paymentsOf = (viewer: Viewer): ViewerScope<Prisma.PaymentWhereInput> => ({ viewer, where: viewer.role === "ADMIN" ? {} : { customerId: viewer.id } });

/** Which disputes a viewer sees: admins all (customers see a dispute as their payment's DISPUTED status). */
export const disputesOf = (viewer: Viewer): ViewerScope<Prisma.DisputeWhereInput> => ({ viewer, where: viewer.role === "ADMIN" ? {} : NOTHING });

/**
 * A payee's own ledger entries, their earnings: a workshop's (for its advisors) on
 * WORKSHOP_PAYABLE, a partner's on PARTNER_PAYABLE, a mechanic's on MECHANIC_PAYABLE.
 */
export function earningsOf(viewer: Viewer): ViewerScope<Prisma.LedgerEntryWhereInput> {
  if (viewer.role === "WORKSHOP_ADVISOR") return { viewer, where: { account: "WORKSHOP_PAYABLE", workshopId: viewer.workshopId ?? "" } };
  return { viewer, where: { account: viewer.role === "PARTNER" ? "PARTNER_PAYABLE" : "MECHANIC_PAYABLE", userId: viewer.id } };
}

/** A mechanic's withheld earnings (after a permanent ban); null for the other payees, who have none. */
export function withheldOf(viewer: Viewer): ViewerScope<Prisma.LedgerEntryWhereInput> | null {
  return viewer.role === "MECHANIC" ? { viewer, where: { account: "WITHHELD", userId: viewer.id } } : null;
}

/** `pay` a diagnostic: the sessions a customer may pay, their own. */
export const sessionsToPay = (viewer: Viewer): ViewerScope<Prisma.DiagnosticSessionWhereInput> => ({ viewer, where: { customerId: viewer.id } });

/** `pay` a repair: the quotes a customer may pay, their own once sent to them. */
export const quotesToPay = (viewer: Viewer): ViewerScope<Prisma.RepairQuoteWhereInput> => ({ viewer, where: customerQuoteScope(viewer.id) });

/** `refundPartially` / `refundInFull`: admins may refund any payment, nobody else any. */
export const paymentsToRefund = (viewer: Viewer): ViewerScope<Prisma.PaymentWhereInput> => ({ viewer, where: viewer.role === "ADMIN" ? {} : NOTHING });

/** Payees: mechanics, workshops (through their advisors) and partners. */
const isEarner = hasRole("MECHANIC", "WORKSHOP_ADVISOR", "PARTNER");
const isCustomerOrAdmin = hasRole("CUSTOMER", "ADMIN");
const mayPay = hasRole(...rolesOf(paymentMachine, "pay"));
const mayRefund = hasRole(...rolesOf(paymentMachine, "refundInFull"));

/** The payments module's entries of the rule map (authz/permissions.ts): root fields and object types. */
export const paymentRules = {
  Query: {
    payments: isCustomerOrAdmin,
    // Customers see a dispute as their payment's DISPUTED status; the dispute itself is for admins.
    disputes: isAdmin,
    earnings: isEarner,
    // The payee's own connected account (an advisor's is their workshop's); any payee's for admins.
    payoutAccount: isEarner,
    payeePayoutAccount: isAdmin,
    adminMetrics: isAdmin,
  },
  Mutation: {
    payDiagnostic: mayPay,
    payQuote: mayPay,
    refundPayment: mayRefund,
    runDuePayouts: isAdmin,
    startPayoutOnboarding: isEarner,
  },
  PaymentIntentResult: mayPay,
  Payment: isCustomerOrAdmin,
  PaymentConnection: withinScope,
  Dispute: isAdmin,
  DisputeConnection: isAdmin,
  Earnings: isEarner,
  PayoutAccount: hasRole("MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"),
  PayoutOnboardingLink: isEarner,
  EarningsLine: isEarner,
  AdminMetrics: isAdmin,
  PayoutRun: isAdmin,
};
