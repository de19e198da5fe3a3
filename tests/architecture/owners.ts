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
  Review: "reviews",
  PasswordResetToken: "accounts",
  Workshop: "workshops",
  WorkshopAutoAcceptRule: "workshops",
  AuditLog: "audit",
  Vehicle: "sessions",
  DiagnosticSession: "sessions",
  ChatMessage: "chat",
  ContactViolation: "enforcement",
  Penalty: "enforcement",
  SolicitationReport: "enforcement",
  AccountSanction: "enforcement",
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
  DropOffSlot: "bookings",
  DropOffBooking: "bookings",
  SessionWorkshopChoice: "escalations",
  CatalogStockReservation: "partnerships",
};

/**
 * Raw SQL reads of another module's tables that stay where they are, reviewed (issue 17), keyed
 * `<file> <Model>`, each with why it must be one query rather than a call into the owner's store.
 * A new raw read of another module's table fails table-ownership.test.ts until it is moved into
 * its owner's store or given a line here.
 */
export const RAW_READ_ALLOWANCES: Readonly<Record<string, string>> = {
  "src/modules/sessions/session.policy.ts Escalation": "an advisor's session read scope in SQL: scoping inside the list query keeps counts and pages honest",
  "src/authz/scopes.ts EscalationOffer":
    "workshopHoldsEscalationSql, the SQL form of the advisor's scope (a live offer holds the escalation), shared by the session list's and the escalation list's scopes",
  "src/modules/escalations/escalation.policy.ts DiagnosticSession": "a customer's escalation read scope in SQL (the escalation's session is theirs), inside the list's one statement",
  "src/modules/quotes/quote.policy.ts Escalation": "the quote read scope in SQL: a customer's and the referring mechanic's quotes through their escalation, inside the list's one statement",
  "src/modules/quotes/quote.policy.ts DiagnosticSession": "same scope: a customer's quotes through their escalation's session",
  "src/modules/quotes/quote.policy.ts Partnership": "same scope: a partner's quotes through its own partnerships",
  "src/modules/quotes/quote.store.ts Workshop": "the quote list's fast path: each row's workshop card embedded by the one paged query (readPagedList)",
  "src/modules/sessions/session.store.ts Escalation": "mechanicsNeverEscalating: an anti-join over every completed session; per-mechanic calls would be one query each",
  "src/modules/sessions/session.store.ts MechanicProfile": "the session list's fast path: each row's mechanic embedded by the one paged query",
  "src/modules/sessions/session.store.ts User": "the session list's fast path: the customer's account columns the privacy table allows, embedded per row",
  "src/modules/sessions/session.store.ts CustomerProfile": "the session list's fast path: the customer's allowed columns embedded, and sorting by a customer field",
  "src/modules/chat/chat.policy.ts DiagnosticSession":
    "the session chat's history scope in SQL: the session's read scope (sessionScopeSql) inside the page's statement, so the page, its count and the check are one query",
  "src/modules/chat/chat.store.ts User":
    "the history page's fast path: each message's sender role embedded by the one paged query (readPagedList); a send's burst read, insert and retroactive mask return the sender's role (and status, for the ladder) in the same statement",
  "src/modules/chat/chat.store.ts MechanicProfile":
    "a send's lock (lockForSend): the sender's vetting decision read by the statement that locks the session, judged by the sessions module (SessionService.passesTakePart)",
  "src/modules/chat/chat.store.ts ContactViolation":
    "a send's burst read under the session's lock: each earlier message's violation (kinds, status: isNewChatOffence) in the same statement, not a query of its own while the lock is held",
  "src/modules/accounts/customer.filters.ts User": "customerWhereSql, the accounts module's SQL twin of the customer filter, composed into the session list query",
  "src/modules/accounts/customer.filters.ts CustomerProfile": "the same customer filter, on the profile's columns",
  "src/modules/payments/transfer.store.ts Workshop": "dueShares: whether each due share's payee can take payouts now, judged in the keyset-paged query over the ledger",
  "src/modules/payments/transfer.store.ts MechanicProfile": "dueShares: a mechanic's payout account, and withheld earnings excluded, in the same query",
  "src/modules/payments/transfer.store.ts Partnership": "dueShares: a partner's share found through its partnership, with the NET terms that make it due",
  "src/modules/payments/transfer.store.ts PartnerProfile": "dueShares: the partner's payout account, in the same query",
  "src/modules/payments/transfer.store.ts RepairQuote": "dueShares: an escrowed repair's shares wait for its quote to be COMPLETED, in the same query",
};

/**
 * Raw SQL reads of another module's table still to be moved into the owner's store (modules other
 * changes are moving now). This list only shrinks.
 */
export const RAW_READ_PENDING: Readonly<Record<string, string>> = {
  "src/modules/chat/chat.store.ts DiagnosticSession": "lockConversation's row lock on the session: to become a sessions store function chat calls",
};

/**
 * State columns besides `status` (every `status` column is one), keyed `<Model>.<column>`, each with
 * the machine meant to write it and why it is state. Like a `status`, such a column is written in
 * exactly one file, a machine of the table's owner, through a delegate or raw SQL (table-ownership.test.ts).
 */
export const EXTRA_STATE_COLUMNS: Readonly<Record<string, string>> = {
  "MechanicProfile.vettingStatus": "mechanic-vetting.machine.ts: PENDING until an admin approves or rejects (issue 18)",
};

/**
 * Columns typed with a `...Status` enum that are not state columns, keyed `<Model>.<column>`, each
 * with why. A new `...Status` enum column fails table-ownership.test.ts until it is listed here or
 * in EXTRA_STATE_COLUMNS.
 */
export const NOT_STATE_COLUMNS: Readonly<Record<string, string>> = {
  "QuoteStatusChange.fromStatus": "history: the quote machine appends one row per move; a row is never updated",
  "QuoteStatusChange.toStatus": "history: the same row's target status",
};
