import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { NOTHING } from "../../authz/scopes.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import { escalationParties } from "../escalations/escalation.policy.ts";
import type { StoreScope } from "../shared/scope.ts";
import { COMPLAINT_MACHINE } from "./complaint.machine.ts";
import { quoteMachine, type QuoteMove } from "./quote.machine.ts";

/** A viewer's side of a StoreScope: the policy's filter for that viewer (also a move's actor scope). */
type ViewerScope<W> = Extract<StoreScope<W>, { where: W }>;

/** Quote statuses a customer never sees: a partnered mechanic's quote before (or without) the partner's approval. */
export const HIDDEN_FROM_CUSTOMER = ["PENDING_PARTNER_APPROVAL", "REJECTED_BY_PARTNER"] as const;

/**
 * Which repair quotes a viewer may see: the customer's (once sent to them), the referring or
 * quoting mechanic's, the quoting workshop's own (a workshop never sees a competitor's quote in a
 * compared set), and a partner's: quotes written under its own partnerships only.
 */
export function quoteScope(viewer: Viewer): Prisma.RepairQuoteWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "CUSTOMER":
      return customerQuoteScope(viewer.id);
    case "MECHANIC":
      return { escalation: { is: { mechanicId: viewer.id } } };
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? { workshopId: viewer.workshopId } : NOTHING;
    case "PARTNER":
      return { partnership: { is: { partnerId: viewer.id } } };
  }
}

/** A customer's own quotes, once sent to them: also what they may approve, decline and pay. */
export function customerQuoteScope(customerId: string): Prisma.RepairQuoteWhereInput {
  return { escalation: { is: { session: { is: { customerId } } } }, status: { notIn: [...HIDDEN_FROM_CUSTOMER] } };
}

/** The quotes a viewer may read (quoteScope), as a store scope. */
export const quotesOf = (viewer: Viewer): ViewerScope<Prisma.RepairQuoteWhereInput> => ({ viewer, where: quoteScope(viewer) });

/**
 * quoteScope as SQL on a "RepairQuote" row aliased `q`, for the list statement (QuoteStore.page).
 * tests/quotes/list-equivalence.test.ts checks, for every role, that the list returns exactly
 * what its Prisma form (built on quoteScope) returns.
 */
export function quoteScopeSql(viewer: Viewer): Prisma.Sql {
  switch (viewer.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "CUSTOMER":
      return customerQuoteScopeSql(viewer.id);
    case "MECHANIC":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Escalation" e WHERE e.id = q."escalationId" AND e."mechanicId" = ${viewer.id}::uuid)`;
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? Prisma.sql`q."workshopId" = ${viewer.workshopId}::uuid` : Prisma.sql`FALSE`;
    case "PARTNER":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Partnership" p WHERE p.id = q."partnershipId" AND p."partnerId" = ${viewer.id}::uuid)`;
  }
}

/** customerQuoteScope as SQL on a "RepairQuote" row aliased `q`. */
function customerQuoteScopeSql(customerId: string): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Escalation" e JOIN "DiagnosticSession" s ON s.id = e."sessionId" WHERE e.id = q."escalationId" AND s."customerId" = ${customerId}::uuid)
        AND q.status::text NOT IN (${Prisma.join(HIDDEN_FROM_CUSTOMER)}))`;
}

/** The quotes a viewer may read (quoteScopeSql), as a store scope for the list statement. */
export const quotesOfSql = (viewer: Viewer): ViewerScope<Prisma.Sql> => ({ viewer, where: quoteScopeSql(viewer) });

/**
 * Whose quote `move` is for `viewer` (a role the move's `who` names; quote.machine.ts refuses any
 * other with FORBIDDEN first): the quotes the viewer may make it on. One outside it answers
 * NOT_FOUND, like a missing one.
 *   approve, decline (and paying): the customer's own, once sent to them
 *   supersede (revising a pending one), requote (re-quoting a declined one): the quoting workshop's own
 *   complete: whoever fulfils the repair, the quoting workshop's advisor or the partner of a partnered quote
 *   partnerApprove, partnerReject: quotes written under the viewer's own partnerships
 *   expire, close, withdraw, callOff: nobody's (SYSTEM)
 */
export function quoteActorScope(move: QuoteMove, viewer: Viewer): Prisma.RepairQuoteWhereInput {
  switch (move) {
    case "approve":
    case "decline":
      return customerQuoteScope(viewer.id);
    case "supersede":
    case "requote":
      return { workshopId: viewer.workshopId ?? "" };
    case "complete":
      return viewer.role === "PARTNER" ? { partnership: { is: { partnerId: viewer.id } } } : { workshopId: viewer.workshopId ?? "" };
    case "partnerApprove":
    case "partnerReject":
      return { partnership: { is: { partnerId: viewer.id } } };
    case "expire":
    case "close":
    case "withdraw":
    case "callOff":
      return NOTHING;
  }
}

/**
 * quoteActorScope as SQL on a "RepairQuote" row aliased `q`, for the moves the quote machine makes
 * in one statement (QuoteMachine.moveLocked); null for the others.
 */
export function quoteActorScopeSql(move: QuoteMove, viewer: Viewer): Prisma.Sql | null {
  switch (move) {
    case "approve":
    case "decline":
      return customerQuoteScopeSql(viewer.id);
    default:
      return null;
  }
}

/** The quotes `viewer` may make `move` on (quoteActorScope), as a store scope for the reads before the move. */
export const quotesTo = (move: QuoteMove, viewer: Viewer): ViewerScope<Prisma.RepairQuoteWhereInput> => ({ viewer, where: quoteActorScope(move, viewer) });

/** The quotes `viewer` may make `move` on as SQL (quoteActorScopeSql; none for a move without one), as a store scope for the hand-written read before the move. */
export const quotesToSql = (move: QuoteMove, viewer: Viewer): ViewerScope<Prisma.Sql> => ({ viewer, where: quoteActorScopeSql(move, viewer) ?? Prisma.sql`FALSE` });

/** Who may make a quote move at all (on quotes of their own: the actor scopes above); the rule map's gate. */
const movers = (move: QuoteMove) => hasRole(...rolesOf(quoteMachine, move));

/**
 * The quote module's entries of the rule map (authz/permissions.ts spreads them): each move's
 * mutation gated by the quote machine's `who`; rows reached through quoteScope.
 */
export const quoteRules = {
  Query: { quotes: escalationParties, quote: escalationParties, complaints: isAdmin, previewPartnerQuote: hasRole("MECHANIC"), quoteComparison: hasRole("CUSTOMER", "ADMIN") },
  Mutation: {
    createQuote: hasRole("WORKSHOP_ADVISOR"),
    // Revising a pending quote and re-quoting a declined one: the same workshop advisors.
    reviseQuote: hasRole(...rolesOf(quoteMachine, "supersede"), ...rolesOf(quoteMachine, "requote")),
    // The fulfiller: the quoting workshop's advisor, or the partner of a partnered quote.
    markRepairComplete: movers("complete"),
    approveQuote: movers("approve"),
    declineQuote: movers("decline"),
    fileComplaint: hasRole("CUSTOMER"),
    // Resolving is the complaint machine's uphold or dismiss move, the same roles (COMPLAINT_MACHINE).
    resolveComplaint: hasRole(...new Set([...rolesOf(COMPLAINT_MACHINE, "uphold"), ...rolesOf(COMPLAINT_MACHINE, "dismiss")])),
    createPartnerQuote: hasRole("MECHANIC"),
    approvePartnerQuote: movers("partnerApprove"),
    rejectPartnerQuote: movers("partnerReject"),
  },
  Subscription: {
    quoteStatusChanged: escalationParties,
    // QuoteService.arrivals: the session's customer and admins (NOT_FOUND for another's session).
    quoteAdded: hasRole("CUSTOMER", "ADMIN"),
  },
  // Reached by the customer who filed it and by admins only.
  Complaint: withinScope,
  ComplaintConnection: withinScope,
  RepairQuote: {
    createdAt: withinScope,
    customerDecisionAt: withinScope,
    declineReason: withinScope,
    id: withinScope,
    lineItems: withinScope,
    longestLeadTimeDays: withinScope,
    mechanicFeeCents: withinScope,
    notes: withinScope,
    partnerApprovedAt: withinScope,
    partnerOrganizationName: withinScope,
    partnerRejectReason: withinScope,
    platformFeeCents: withinScope,
    previousVersionId: withinScope,
    status: withinScope,
    statusHistory: withinScope,
    subtotalCents: withinScope,
    totalCents: withinScope,
    validUntil: withinScope,
    verifiedPartner: withinScope,
    version: withinScope,
    workshop: withinScope,
    workshopShareCents: withinScope,
    // A partner reaches quotes of its partnerships only, never the escalation or customer behind them.
    escalation: escalationParties,
    customer: escalationParties,
    // A payment is the customer's and admins' (as Payment's own rule, payment.policy.ts): workshops, mechanics and partners see their earnings instead.
    payment: hasRole("CUSTOMER", "ADMIN"),
  },
  RepairQuoteConnection: withinScope,
  QuoteLineItem: withinScope,
  QuoteStatusChange: withinScope,
  QuoteComparison: withinScope,
  PartnerQuoteResult: hasRole("MECHANIC"),
};
