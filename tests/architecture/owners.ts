/**
 * Which module owns each table (issue 17: one owner per aggregate). Only that module's
 * `*.store.ts` and `*.machine.ts` files touch the table, and only its `*.machine.ts` writes a
 * `status` column. A new model must be given an owner here (the test fails until it is).
 */
export const OWNER: Readonly<Record<string, string>> = {
  User: "accounts",
  CustomerProfile: "accounts",
  MechanicProfile: "accounts",
  AdvisorProfile: "accounts",
  PartnerProfile: "accounts",
  Review: "accounts",
  Workshop: "workshops",
  WorkshopAutoAcceptRule: "workshops",
  AuditLog: "audit",
  Vehicle: "sessions",
  DiagnosticSession: "sessions",
  ChatMessage: "chat",
  ContactViolation: "enforcement",
  Penalty: "enforcement",
  ContentFlag: "content",
  Escalation: "escalations",
  EscalationOffer: "escalations",
  RepairQuote: "quotes",
  QuoteLineItem: "quotes",
  QuoteStatusChange: "quotes",
  Complaint: "quotes",
  Partnership: "partnerships",
  PartnerCatalogPart: "partnerships",
  PartnerLaborRate: "partnerships",
  Payment: "payments",
  Transfer: "payments",
  Refund: "payments",
  Dispute: "payments",
  StripeEvent: "payments",
  LedgerEntry: "payments",
  ConnectedPayout: "payments",
  IdempotentRequest: "payments",
};
