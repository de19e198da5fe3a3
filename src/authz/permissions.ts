import { deny, shield, type IRules } from "graphql-shield";
import { escalationRules } from "../modules/escalations/escalation.policy.ts";
import { quoteRules } from "../modules/quotes/quote.policy.ts";
import { forbidden } from "../platform/errors.ts";
import { CUSTOMER_FIELD_ACCESS, type CustomerField } from "./customer-access.ts";
import { customerField, hasRole, isAdmin, isOwnAccountOrAdmin, isPublic, isSignedIn, withinScope } from "./rules.ts";

const isCustomer = hasRole("CUSTOMER");
const isMechanic = hasRole("MECHANIC");
/** Payees: mechanics, workshops (through their advisors) and partners. */
const isEarner = hasRole("MECHANIC", "WORKSHOP_ADVISOR", "PARTNER");
const isCustomerOrAdmin = hasRole("CUSTOMER", "ADMIN");
const isChatParticipantRole = hasRole("CUSTOMER", "MECHANIC");
const isPartner = hasRole("PARTNER");
/** The two parties to a partnership and admins; which partnerships each sees is partnershipScope's. */
const partnershipParties = hasRole("MECHANIC", "PARTNER", "ADMIN");
const isPartnerOrAdmin = hasRole("PARTNER", "ADMIN");

/** A module's object-type entries of the rule map, without its root fields (spread into Query, Mutation, Subscription). */
function objectRules<R extends { Query?: unknown; Mutation?: unknown; Subscription?: unknown }>(rules: R): Omit<R, "Query" | "Mutation" | "Subscription"> {
  const { Query: _query, Mutation: _mutation, Subscription: _subscription, ...objects } = rules;
  return objects;
}

const customerFieldRules = Object.fromEntries((Object.keys(CUSTOMER_FIELD_ACCESS) as CustomerField[]).map((field) => [field, customerField(field)]));

/**
 * Who may call or read what: every Query, Mutation and object field of the schema is named here.
 * Anything missing is denied (`fallbackRule`), and tests/authz fails the build when a field has
 * no rule, so a new field stays closed until someone opens it on purpose.
 */
export const permissionRules = {
  Query: {
    me: isSignedIn,
    diagnosticPriceCents: isPublic,
    customers: isAdmin,
    customer: isAdmin,
    sessions: isSignedIn,
    session: isSignedIn,
    vehicles: isSignedIn,
    workshops: isSignedIn,
    openSessionRequests: hasRole("MECHANIC", "ADMIN"),
    // Scoped in the service: participants, the escalated workshop (read-only) and admins.
    messages: isSignedIn,
    violations: isAdmin,
    flaggedConversations: isAdmin,
    complianceRate: isAdmin,
    investigationTriggers: isAdmin,
    contentFlags: isAdmin,
    payments: isCustomerOrAdmin,
    // Customers see a dispute as their payment's DISPUTED status; the dispute itself is for admins.
    disputes: isAdmin,
    earnings: isEarner,
    // The payee's own connected account (an advisor's is their workshop's); any payee's for admins.
    payoutAccount: isEarner,
    payeePayoutAccount: isAdmin,
    adminMetrics: isAdmin,
    partnerships: partnershipParties,
    partnership: partnershipParties,
    partnerDirectory: isMechanic,
    partnershipsPendingVerification: isAdmin,
    partnershipQuotes: partnershipParties,
    partnerPerformance: isPartnerOrAdmin,
    partnershipAbuseSignals: isAdmin,
    ...escalationRules.Query,
    ...quoteRules.Query,
  },
  Mutation: {
    signUp: isPublic,
    signIn: isPublic,
    createStaffAccount: isAdmin,
    addVehicle: isCustomer,
    requestSession: isCustomer,
    claimSession: isMechanic,
    startSession: isMechanic,
    completeSession: isMechanic,
    cancelSession: isChatParticipantRole,
    resolveMechanicAbsence: isCustomer,
    sendMessage: isChatParticipantRole,
    reviewViolation: isAdmin,
    payDiagnostic: isCustomer,
    payQuote: isCustomer,
    refundPayment: isAdmin,
    runDuePayouts: isAdmin,
    startPayoutOnboarding: isEarner,
    applyForPartnership: isMechanic,
    acceptPartnershipTerms: isPartner,
    verifyPartnership: isAdmin,
    suspendPartnership: partnershipParties,
    resumePartnership: partnershipParties,
    terminatePartnership: partnershipParties,
    updatePartnershipPermissions: isPartner,
    upsertCatalogPart: isPartner,
    upsertLaborRate: isPartner,
    importCatalog: isPartner,
    ...escalationRules.Mutation,
    ...quoteRules.Mutation,
  },
  // Guards each delivered event; the subscribe phase (not seen by graphql-shield) is authorized
  // in the services: ChatService.subscribe (participants and admins, NOT_FOUND otherwise) and the
  // escalation and quote feeds.
  Subscription: {
    chatMessageAdded: isSignedIn,
    ...escalationRules.Subscription,
    ...quoteRules.Subscription,
  },
  User: isOwnAccountOrAdmin,
  AuthPayload: isPublic,
  Customer: customerFieldRules,
  CustomerConnection: isAdmin,
  Mechanic: withinScope,
  Vehicle: withinScope,
  DiagnosticSession: withinScope,
  DiagnosticSessionConnection: withinScope,
  PageInfo: withinScope,
  Workshop: isSignedIn,
  WorkshopConnection: withinScope,
  ChatMessage: {
    id: withinScope,
    sessionId: withinScope,
    senderId: withinScope,
    senderRole: withinScope,
    kind: withinScope,
    body: withinScope,
    createdAt: withinScope,
    editedAt: withinScope,
    cursor: withinScope,
    // What the sender actually wrote and what the monitor found: admins only (and only loaded for them).
    originalBody: isAdmin,
    flaggedKinds: isAdmin,
  },
  ChatMessageConnection: withinScope,
  SendMessagePayload: withinScope,
  // Reachable only through admin-only queries and mutations.
  ContactViolation: withinScope,
  ContactViolationConnection: withinScope,
  Penalty: withinScope,
  // Originals of flagged fields: admins only, and every read of `original` is audited.
  ContentFlag: isAdmin,
  ContentFlagConnection: isAdmin,
  FlaggedConversation: withinScope,
  FlaggedConversationConnection: withinScope,
  ComplianceRate: withinScope,
  InvestigationTriggers: withinScope,
  MechanicActivity: withinScope,
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
  // Rows reached through partnershipScope (the two parties, admins); no customer is reachable from them.
  Partnership: withinScope,
  PartnershipConnection: withinScope,
  PartnerOrganization: hasRole("MECHANIC", "PARTNER", "ADMIN"),
  PartnerOrganizationConnection: withinScope,
  CatalogPart: withinScope,
  LaborRate: withinScope,
  CatalogImportReport: isPartner,
  CatalogImportRejection: isPartner,
  CommissionPreview: isMechanic,
  PartnershipEarnings: withinScope,
  MechanicPerformance: isPartnerOrAdmin,
  PartnershipAbuseSignal: isAdmin,
  // Escalations, offers, quotes and complaints: rows reached through the modules' policy scopes.
  ...objectRules(escalationRules),
  ...objectRules(quoteRules),
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
