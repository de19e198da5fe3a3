import { deny, shield, type IRules } from "graphql-shield";
import { accountRules } from "../modules/accounts/account.policy.ts";
import { chatRules } from "../modules/chat/chat.policy.ts";
import { contentFlagRules } from "../modules/content/content-flag.policy.ts";
import { enforcementRules } from "../modules/enforcement/enforcement.policy.ts";
import { partnershipRules } from "../modules/partnerships/partnership.policy.ts";
import { sessionRules } from "../modules/sessions/session.policy.ts";
import { workshopRules } from "../modules/workshops/workshop.policy.ts";
import { forbidden } from "../platform/errors.ts";
import { hasRole, isAdmin, withinScope } from "./rules.ts";

/** The parties to an escalation and its quotes; which rows each sees is decided by escalationScope/quoteScope. */
const escalationParties = hasRole("CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "ADMIN");
const isCustomer = hasRole("CUSTOMER");
const isMechanic = hasRole("MECHANIC");
const isAdvisor = hasRole("WORKSHOP_ADVISOR");
/** Payees: mechanics, workshops (through their advisors) and partners. */
const isEarner = hasRole("MECHANIC", "WORKSHOP_ADVISOR", "PARTNER");
const isCustomerOrAdmin = hasRole("CUSTOMER", "ADMIN");
const isPartner = hasRole("PARTNER");
/** The two parties to a partnership and admins; which partnerships each sees is partnershipScope's. */
const partnershipParties = hasRole("MECHANIC", "PARTNER", "ADMIN");

/** The modules' own entries (their policies), spread into the map below. */
const { Query: chatQueries, Mutation: chatMutations, Subscription: chatSubscriptions, ...chatTypes } = chatRules;
const { Query: contentFlagQueries, ...contentFlagTypes } = contentFlagRules;

/**
 * Who may call or read what: every Query, Mutation and object field of the schema is named here.
 * Anything missing is denied (`fallbackRule`), and tests/authz fails the build when a field has
 * no rule, so a new field stays closed until someone opens it on purpose.
 */
export const permissionRules = {
  Query: {
    ...sessionRules.Query,
    ...accountRules.Query,
    ...workshopRules.Query,
    ...enforcementRules.Query,
    ...chatQueries,
    ...contentFlagQueries,
    escalations: escalationParties,
    escalation: escalationParties,
    openEscalationOffers: isAdvisor,
    quotes: escalationParties,
    quote: escalationParties,
    payments: isCustomerOrAdmin,
    // Customers see a dispute as their payment's DISPUTED status; the dispute itself is for admins.
    disputes: isAdmin,
    earnings: isEarner,
    // The payee's own connected account (an advisor's is their workshop's); any payee's for admins.
    payoutAccount: isEarner,
    payeePayoutAccount: isAdmin,
    adminMetrics: isAdmin,
    complaints: isAdmin,
    ...partnershipRules.Query,
    partnershipQuotes: partnershipParties,
    previewPartnerQuote: isMechanic,
  },
  Mutation: {
    ...sessionRules.Mutation,
    ...accountRules.Mutation,
    ...enforcementRules.Mutation,
    ...chatMutations,
    escalate: isMechanic,
    respondToEscalation: isAdvisor,
    createQuote: isAdvisor,
    reviseQuote: isAdvisor,
    // The fulfiller: the quoting workshop's advisor, or the partner of a partnered quote.
    markRepairComplete: hasRole("WORKSHOP_ADVISOR", "PARTNER"),
    approveQuote: isCustomer,
    declineQuote: isCustomer,
    payDiagnostic: isCustomer,
    payQuote: isCustomer,
    refundPayment: isAdmin,
    runDuePayouts: isAdmin,
    startPayoutOnboarding: isEarner,
    fileComplaint: isCustomer,
    ...partnershipRules.Mutation,
    createPartnerQuote: isMechanic,
    approvePartnerQuote: isPartner,
    rejectPartnerQuote: isPartner,
  },
  // Guards each delivered event; the subscribe phase (not seen by graphql-shield) is authorized
  // by the modules: chat.policy.ts (participants and admins, NOT_FOUND otherwise) and the
  // escalation and quote feeds.
  Subscription: {
    ...chatSubscriptions,
    escalationCreated: isAdvisor,
    quoteStatusChanged: escalationParties,
    // QuoteService.arrivals: the session's customer and admins (NOT_FOUND for another's session).
    quoteAdded: isCustomerOrAdmin,
  },
  ...sessionRules.types,
  ...accountRules.types,
  ...workshopRules.types,
  ...enforcementRules.types,
  PageInfo: withinScope,
  // Reached by the customer who filed it and by admins only.
  Complaint: withinScope,
  ComplaintConnection: withinScope,
  ...chatTypes,
  ...contentFlagTypes,
  // Rows reached through escalationScope / quoteScope; the customer inside follows the privacy table.
  Escalation: withinScope,
  EscalationConnection: withinScope,
  EscalationOfferConnection: withinScope,
  EscalationOffer: {
    id: withinScope,
    status: withinScope,
    autoAccepted: withinScope,
    matchReason: withinScope,
    // The matcher's inputs hold the customer's city, which the referring mechanic may not read.
    matchInputs: isAdmin,
    declineReason: withinScope,
    offeredAt: withinScope,
    expiresAt: withinScope,
    respondedAt: withinScope,
    workshop: withinScope,
    escalation: withinScope,
  },
  RepairQuote: {
    createdAt: withinScope,
    customerDecisionAt: withinScope,
    declineReason: withinScope,
    id: withinScope,
    lineItems: withinScope,
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
  },
  RepairQuoteConnection: withinScope,
  QuoteLineItem: withinScope,
  QuoteStatusChange: withinScope,
  PaymentIntentResult: isCustomer,
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
  ...partnershipRules.types,
  CommissionPreview: isMechanic,
  PartnerQuoteResult: isMechanic,
} satisfies IRules;

/**
 * graphql-shield's own middleware for the same rule map, with deny-by-default and a FORBIDDEN
 * fallback error. The server enforces the map through `enforcePermissions` (same semantics, a
 * fraction of the cost on large lists); tests run both against each other.
 */
export const shieldMiddleware = shield(permissionRules, {
  fallbackRule: deny,
  fallbackError: () => forbidden(),
  allowExternalErrors: true,
  debug: false,
});
