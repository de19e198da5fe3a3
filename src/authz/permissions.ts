import { deny, shield, type IRules } from "graphql-shield";
import { paymentRules } from "../modules/payments/payment.policy.ts";
import { forbidden } from "../platform/errors.ts";
import { CUSTOMER_FIELD_ACCESS, type CustomerField } from "./customer-access.ts";
import { customerField, hasRole, isAdmin, isOwnAccountOrAdmin, isPublic, isSignedIn, withinScope } from "./rules.ts";

/** The parties to an escalation and its quotes; which rows each sees is decided by escalationScope/quoteScope. */
const escalationParties = hasRole("CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "ADMIN");
const isCustomer = hasRole("CUSTOMER");
const isMechanic = hasRole("MECHANIC");
const isAdvisor = hasRole("WORKSHOP_ADVISOR");
const isCustomerOrAdmin = hasRole("CUSTOMER", "ADMIN");
const isChatParticipantRole = hasRole("CUSTOMER", "MECHANIC");
const isPartner = hasRole("PARTNER");
/** The two parties to a partnership and admins; which partnerships each sees is partnershipScope's. */
const partnershipParties = hasRole("MECHANIC", "PARTNER", "ADMIN");
const isPartnerOrAdmin = hasRole("PARTNER", "ADMIN");

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
    escalations: escalationParties,
    escalation: escalationParties,
    openEscalationOffers: isAdvisor,
    quotes: escalationParties,
    quote: escalationParties,
    ...paymentRules.Query,
    complaints: isAdmin,
    partnerships: partnershipParties,
    partnership: partnershipParties,
    partnerDirectory: isMechanic,
    partnershipsPendingVerification: isAdmin,
    partnershipQuotes: partnershipParties,
    partnerPerformance: isPartnerOrAdmin,
    partnershipAbuseSignals: isAdmin,
    previewPartnerQuote: isMechanic,
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
    escalate: isMechanic,
    respondToEscalation: isAdvisor,
    createQuote: isAdvisor,
    reviseQuote: isAdvisor,
    // The fulfiller: the quoting workshop's advisor, or the partner of a partnered quote.
    markRepairComplete: hasRole("WORKSHOP_ADVISOR", "PARTNER"),
    approveQuote: isCustomer,
    declineQuote: isCustomer,
    ...paymentRules.Mutation,
    fileComplaint: isCustomer,
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
    createPartnerQuote: isMechanic,
    approvePartnerQuote: isPartner,
    rejectPartnerQuote: isPartner,
  },
  // Guards each delivered event; the subscribe phase (not seen by graphql-shield) is authorized
  // in the services: ChatService.subscribe (participants and admins, NOT_FOUND otherwise) and the
  // escalation and quote feeds.
  Subscription: {
    chatMessageAdded: isSignedIn,
    escalationCreated: isAdvisor,
    quoteStatusChanged: escalationParties,
    // QuoteService.arrivals: the session's customer and admins (NOT_FOUND for another's session).
    quoteAdded: isCustomerOrAdmin,
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
  // Reached by the customer who filed it and by admins only.
  Complaint: withinScope,
  ComplaintConnection: withinScope,
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
  ...paymentRules.types,
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
  PartnerQuoteResult: isMechanic,
  PartnershipEarnings: withinScope,
  MechanicPerformance: isPartnerOrAdmin,
  PartnershipAbuseSignal: isAdmin,
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
