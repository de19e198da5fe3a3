/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. As input, from 1000-01-01T00:00:00.000Z to 8999-12-31T23:59:59.999Z (years 1000 through 8999); anything outside is BAD_USER_INPUT naming the field. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

export type AbuseSignalKind =
  | 'QUOTES_NEVER_CONVERT'
  | 'QUOTE_FAR_ABOVE_CATALOG';

/** Admins: a suspension, ban or lift made by hand, and the account's standing after it. */
export type AccountSanction = {
  __typename?: 'AccountSanction';
  createdAt: Scalars['DateTimeISO']['output'];
  /** A suspension's end. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: SanctionKind;
  reason: Scalars['String']['output'];
  /** The account's status after the sanction. */
  status: AccountStatus;
  userId: Scalars['ID']['output'];
};

/** Admins: an account's standing now. A suspension whose end has passed reads ACTIVE. */
export type AccountStanding = {
  __typename?: 'AccountStanding';
  /** Why, as the account itself is told (the ladder's rung, or the admin's reason); null in good standing. */
  reason?: Maybe<Scalars['String']['output']>;
  status: AccountStatus;
  /** When the suspension ends; null unless suspended (a ban has no end). */
  suspendedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type AccountStatus =
  | 'ACTIVE'
  | 'BANNED'
  | 'SUSPENDED';

export type AddVehicleInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  make: Scalars['String']['input'];
  model: Scalars['String']['input'];
  /** 17-character vehicle identification number (ISO 3779), read by the session's mechanic and workshops: one that spells out a phone number is refused. */
  vin?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** An advisor account for a workshop, created by an admin. */
export type AddWorkshopAdvisorInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** Marketplace health over a date range. */
export type AdminMetrics = {
  __typename?: 'AdminMetrics';
  /** Average quote total in cents. */
  averageQuoteCents: Scalars['Int']['output'];
  /** Average minutes from offer to an advisor's answer (auto-accepts excluded). */
  averageWorkshopResponseMinutes?: Maybe<Scalars['Float']['output']>;
  /** Commissions the platform paid partnered mechanics out of its repair fees, in cents (seed 000 "Commission paid"): what was actually paid, net of refunds and lost disputes as referralFeesPaidCents is; withheld ones included. */
  commissionsPaidCents: Scalars['Int']['output'];
  completedSessions: Scalars['Int']['output'];
  /** Platform fees on diagnostics, in cents (10% of each; seed 003 "Diagnostic Fees"). */
  diagnosticFeesCents: Scalars['Int']['output'];
  escalatedSessions: Scalars['Int']['output'];
  /** What the platform keeps, in cents (seed 003 "Net Revenue"): platformFeesCents less referralFeesPaidCents and commissionsPaidCents, less the platform fees refunds and lost disputes gave back (and what a lost dispute of money already refunded cost beyond them). */
  netRevenueCents: Scalars['Int']['output'];
  /** Escalated / completed sessions (0 to 1). */
  onPlatformTransactionRate: Scalars['Float']['output'];
  /** Gross platform fees in cents: diagnosticFeesCents + repairFeesCents. */
  platformFeesCents: Scalars['Int']['output'];
  /** Approved (or completed) / quotes (0 to 1). */
  quoteApprovalRate: Scalars['Float']['output'];
  /** Quotes customers could act on (revisions excluded). */
  quotes: Scalars['Int']['output'];
  /** Referral fees the platform paid escalating mechanics out of its repair fees, in cents (seed 003 "Referral Fees Paid"): what was actually paid, i.e. credited less what refunds and lost disputes booked in the range took back from the mechanics (a failed refund's reinstatement counts again); withheld ones included. May be negative over a range that holds the reversal but not the payment. */
  referralFeesPaidCents: Scalars['Int']['output'];
  /** Platform fees on repairs, escalated and partnered, in cents, before what the platform pays mechanics out of them (seed 003 "Repair Fees"). */
  repairFeesCents: Scalars['Int']['output'];
};

/** A mechanic's application: the proposed terms, which the mechanic accepts by applying. */
export type ApplyForPartnershipInput = {
  autoRenew?: InputMaybe<Scalars['Boolean']['input']>;
  /** Basis points of each repair, paid by the platform out of its partnership fee. Defaults to, and may be at most, the platform's commission for the type (10% for every type, configurable per type; always below the fee, so the platform keeps a margin). */
  commissionBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD, after the start date. */
  contractEndDate?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  contractStartDate: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  paymentTerms?: InputMaybe<PaymentTerms>;
  permissions: PartnershipPermissionsInput;
  type: PartnershipType;
};

/** Admins: one row of the audit log: who (null: the system) did or read what, on which record, whose. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Dotted verb: "complaint.upheld", "account.sanction.banned", "customer.contact.read"... */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorRole?: Maybe<Role>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The row's details as JSON text. */
  data?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whose data the row is about. */
  subjectUserId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which audit rows: about one record (entityType, entityId), by one actor, in [from, to). */
export type AuditLogFilter = {
  /** What happened, as the log spells it: "payment.refund_failed" (a refund that failed, for an admin to make), "session.withdrawn_by_mechanic" (with actorId: a mechanic's withdrawals)... */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Who acted; rows the system wrote have no actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The record's type as the log spells it: "Complaint", "Partnership", "AccountSanction"... */
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Whose data the row is about (a customer whose contact details were read, an account sanctioned). */
  subjectUserId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>`, or as `authorization` in graphql-ws `connection_init`. */
  token: Scalars['String']['output'];
  user: User;
};

/** An auto-accept rule: offers whose recommended services all have a rule, with the mechanic's estimate within each rule's limit, are accepted by the platform at once. */
export type AutoAcceptRule = {
  __typename?: 'AutoAcceptRule';
  /** The largest estimate (cents) accepted automatically for this category. */
  maxAmountCents: Scalars['Int']['output'];
  serviceCategory: Scalars['String']['output'];
};

/** Accept offers for this category automatically when the mechanic's estimate is at most `maxAmountCents`. */
export type AutoAcceptRuleInput = {
  maxAmountCents: Scalars['Int']['input'];
  serviceCategory: Scalars['String']['input'];
};

export type CatalogFormat =
  | 'CSV'
  | 'JSON';

export type CatalogImportRejection = {
  __typename?: 'CatalogImportRejection';
  field: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** 1-based data row (the CSV header is not counted); 0 for the whole document. */
  row: Scalars['Int']['output'];
};

/** All or nothing: when any row is rejected, no row is applied. */
export type CatalogImportReport = {
  __typename?: 'CatalogImportReport';
  applied: Scalars['Boolean']['output'];
  importedCount: Scalars['Int']['output'];
  rejected: Array<CatalogImportRejection>;
};

/** A partner price list part. Quotes snapshot its price: a later change never alters a sent quote. */
export type CatalogPart = {
  __typename?: 'CatalogPart';
  availableQuantity: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  leadTimeDays: Scalars['Int']['output'];
  marginBasisPoints: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  partNumber: Scalars['String']['output'];
  /** What a quote charges the customer per unit. */
  retailPriceCents: Scalars['Int']['output'];
  validFrom: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
  /** The partner's cost. */
  wholesalePriceCents: Scalars['Int']['output'];
};

export type CatalogPartInput = {
  availableQuantity: Scalars['Int']['input'];
  category: Scalars['String']['input'];
  leadTimeDays: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  partNumber: Scalars['String']['input'];
  retailPriceCents: Scalars['Int']['input'];
  /** YYYY-MM-DD; with partNumber, the entry's key (a new validFrom adds a price version). */
  validFrom: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
  wholesalePriceCents: Scalars['Int']['input'];
};

/** A chat message. In `chatMessageAdded`, an event whose id you already have replaces that message: the platform masked part of it after delivery (`editedAt` is set), because the sender's next message completed a contact detail split across messages. */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  /** The text as delivered: contact details are replaced by "[hidden]". */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Pass as `after` to `messages` to fetch everything after this message (e.g. on reconnect). */
  cursor: Scalars['String']['output'];
  /** When the platform masked part of this message after it was delivered (a contact detail the sender completed in a later message); null when never edited. */
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Admins: the kinds of contact detail detected (empty when clean). */
  flaggedKinds?: Maybe<Array<ContactKind>>;
  id: Scalars['ID']['output'];
  kind: MessageKind;
  /** Admins: what the sender wrote, before masking. A read of an original that was masked is written to the audit log (`content.original.read`) before it is returned. */
  originalBody?: Maybe<Scalars['String']['output']>;
  /** Null for system messages. */
  senderId?: Maybe<Scalars['ID']['output']>;
  senderRole?: Maybe<Role>;
  sessionId: Scalars['ID']['output'];
  /** The workshop whose conversation with the customer this message is in; null in the session chat (customer and mechanic). */
  workshopId?: Maybe<Scalars['ID']['output']>;
};

export type ChatMessageConnection = {
  __typename?: 'ChatMessageConnection';
  nodes: Array<ChatMessage>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How a partnership quote's total splits: the partner's share and the platform fee, out of which the platform pays the mechanic's commission. */
export type CommissionPreview = {
  __typename?: 'CommissionPreview';
  commissionBasisPoints: Scalars['Int']['output'];
  mechanicCommissionCents: Scalars['Int']['output'];
  monthlyLimitCents: Scalars['Int']['output'];
  partnerShareCents: Scalars['Int']['output'];
  platformFeeCents: Scalars['Int']['output'];
  /** This month's quoted total under the partnership, before this quote. */
  quotedThisMonthCents: Scalars['Int']['output'];
  /** The quote waits for the partner before the customer sees it. */
  requiresPartnerApproval: Scalars['Boolean']['output'];
  totalCents: Scalars['Int']['output'];
};

/** A customer's complaint about a repair quote; it counts against the quote's partnership once upheld. */
export type Complaint = {
  __typename?: 'Complaint';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The resolution's outcome; null while open. */
  outcome?: Maybe<ResolutionOutcome>;
  /** The quote's partnership; null for a workshop quote. */
  partnershipId?: Maybe<Scalars['ID']['output']>;
  quoteId: Scalars['ID']['output'];
  /** The admin's note on the resolution. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** OPEN until an admin resolves it: RESOLVED (upheld) or REJECTED (dismissed); `outcome` says the same. */
  status: ComplaintStatus;
};

export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  nodes: Array<Complaint>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ComplaintStatus =
  | 'OPEN'
  | 'REJECTED'
  | 'RESOLVED';

export type CompleteSessionInput = {
  diagnosis: Scalars['String']['input'];
  /** Service categories to quote, each one of `serviceCategories` (e.g. "brakes"); workshops are matched on them. */
  recommendedServices: Array<Scalars['String']['input']>;
};

/** Share of mechanics who never tried to take a customer off the platform (target: above 95%). */
export type ComplianceRate = {
  __typename?: 'ComplianceRate';
  /** compliantCount / mechanicCount in basis points (9500 = 95%); null without mechanics. */
  basisPoints?: Maybe<Scalars['Int']['output']>;
  /** Mechanics with no standing violation. */
  compliantCount: Scalars['Int']['output'];
  mechanicCount: Scalars['Int']['output'];
};

/** Kinds of contact detail the chat monitor masks. */
export type ContactKind =
  | 'ADDRESS'
  | 'EMAIL'
  | 'FULL_NAME'
  | 'LINK'
  | 'MESSAGING_APP'
  | 'OFF_PLATFORM_DEAL'
  | 'OFF_PLATFORM_REQUEST'
  | 'PHONE'
  | 'SOCIAL_HANDLE';

/** Admins: a professional's chat message or written field that shared contact details, and what it cost them. */
export type ContactViolation = {
  __typename?: 'ContactViolation';
  /**
   * One written field (a quote's notes, a diagnosis...) that shared contact details, the one the offence was recorded against; null for a chat message.
   * @deprecated One write may flag several fields and this is only one of them: use `contents`, every flagged field of the write.
   */
  content?: Maybe<ContentFlag>;
  /** Every written field the write flagged (one write is one offence however many of its fields held contact details), in the order recorded: path, kinds and masked text; each `original` is read through its audited field. Empty for a chat message. */
  contents: Array<ContentFlag>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kinds: Array<ContactKind>;
  /** The chat message that shared contact details; null when the violation is about another field (`content`). */
  message?: Maybe<ChatMessage>;
  /** Who shared the details: the mechanic of a session chat, the workshop advisor of a workshop conversation, or the mechanic, workshop advisor or partner organization that wrote a flagged field. Null for an advisor since removed from their workshop. */
  offender?: Maybe<Professional>;
  offenderId: Scalars['ID']['output'];
  /** Null when only an off-platform request was found: flagged for review, not penalised. */
  penalty?: Maybe<Penalty>;
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: FlagStatus;
};

export type ContactViolationConnection = {
  __typename?: 'ContactViolationConnection';
  nodes: Array<ContactViolation>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Admins: contact details found in a written field other than chat, masked before anyone else read it. */
export type ContentFlag = {
  __typename?: 'ContentFlag';
  authorId: Scalars['ID']['output'];
  authorRole: Role;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId: Scalars['ID']['output'];
  /** The record the text was written to, e.g. DiagnosticSession, RepairQuote. */
  entityType: Scalars['String']['output'];
  /** The argument path it came in, e.g. input.lineItems.0.description. */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kinds: Array<ContactKind>;
  /** What everyone else reads (the author too). */
  masked: Scalars['String']['output'];
  /** Admins: what the author wrote. Every read is written to the audit log before the value is returned. */
  original: Scalars['String']['output'];
  /** The write it was found in: the flags of one operation share it (a violation is one offence per write). */
  writeId: Scalars['ID']['output'];
};

export type ContentFlagConnection = {
  __typename?: 'ContentFlagConnection';
  nodes: Array<ContentFlag>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CreateStaffAccountInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: StaffRole;
  /** Required for a workshop advisor; for a partner, the workshop it belongs to (it can then take WORKSHOP partnerships). */
  workshopId?: InputMaybe<Scalars['String']['input']>;
};

/** A new workshop, onboarded by an admin. */
export type CreateWorkshopInput = {
  city: Scalars['String']['input'];
  /** Escalations held open at once (default 10). */
  maxOpenEscalations?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Minutes an offer waits for an answer (default 240). */
  responseTimeoutMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Cities served besides its own. */
  serviceArea?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Service categories it repairs, e.g. brakes, engine. */
  servicesOffered: Array<Scalars['String']['input']>;
};

/** A customer as the caller may see them. Contact details never reach mechanics, workshops or partners: a field outside the caller's access is null with a FORBIDDEN error. */
export type Customer = {
  __typename?: 'Customer';
  /** Street address with postal code. */
  address?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** First letter of the last name. */
  lastInitial?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Admins: the account's standing now; FORBIDDEN (null) for anyone else. */
  standing?: Maybe<AccountStanding>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Filter on a customer's fields. Filtering on a field the caller may not read is FORBIDDEN. AND, OR and NOT nest at most 5 levels deep. */
export type CustomerWhere = {
  AND?: InputMaybe<Array<CustomerWhere>>;
  NOT?: InputMaybe<CustomerWhere>;
  OR?: InputMaybe<Array<CustomerWhere>>;
  address?: InputMaybe<StringFilter>;
  city?: InputMaybe<StringFilter>;
  email?: InputMaybe<StringFilter>;
  firstName?: InputMaybe<StringFilter>;
  lastName?: InputMaybe<StringFilter>;
  phone?: InputMaybe<StringFilter>;
};

/** A paid remote diagnostic between a customer and a virtual mechanic. */
export type DiagnosticSession = {
  __typename?: 'DiagnosticSession';
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  concern: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  diagnosis?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Null until a mechanic claims the session. */
  mechanic?: Maybe<Mechanic>;
  /** Photo and video URLs of the issue. */
  mediaUrls: Array<Scalars['String']['output']>;
  /** Customers and admins: the diagnostic's payment (the newest attempt); null until the customer starts paying. */
  payment?: Maybe<Payment>;
  /** Price in cents. */
  priceCents: Scalars['Int']['output'];
  /** Service categories the mechanic recommends. */
  recommendedServices: Array<Scalars['String']['output']>;
  requestedAt: Scalars['DateTimeISO']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SessionStatus;
  vehicle: Vehicle;
};

export type DiagnosticSessionConnection = {
  __typename?: 'DiagnosticSessionConnection';
  nodes: Array<DiagnosticSession>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A chargeback or inquiry on a payment's charge, as Stripe last reported it. */
export type Dispute = {
  __typename?: 'Dispute';
  amountCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  paymentId: Scalars['ID']['output'];
  /** Stripe's reason code, e.g. fraudulent or product_not_received. */
  reason?: Maybe<Scalars['String']['output']>;
  status: DisputeStatus;
  stripeDisputeId: Scalars['String']['output'];
  /** Stripe's own status, e.g. needs_response while evidence is due. */
  stripeStatus: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  nodes: Array<Dispute>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DisputeStatus =
  /** An inquiry: no money has moved. */
  | 'INQUIRY'
  /** The inquiry ended without a chargeback. */
  | 'INQUIRY_CLOSED'
  /** Written off against the payment's split; payouts of it were reversed. */
  | 'LOST'
  /** A chargeback: the amount is withdrawn and the payment's unpaid shares are held until the outcome. */
  | 'OPEN'
  /** Stopped before it became a chargeback. */
  | 'PREVENTED'
  /** Reinstated: the payment is back to what it was. */
  | 'WON';

/** The customer's drop-off for a paid repair quote: its slot and, while booked, where to bring the car. */
export type DropOffBooking = {
  __typename?: 'DropOffBooking';
  id: Scalars['ID']['output'];
  quoteId: Scalars['ID']['output'];
  /** The slot held; null while cancelled. */
  slot?: Maybe<DropOffSlot>;
  status: DropOffStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The workshop's street address, while the booking is BOOKED (null when cancelled or not set yet). The customer learns it only by booking a paid repair. */
  workshopAddress?: Maybe<Scalars['String']['output']>;
};

/** A drop-off time a workshop published. */
export type DropOffSlot = {
  __typename?: 'DropOffSlot';
  /** How long the drop-off window lasts, in minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** startsAt plus durationMinutes. */
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
};

/** A drop-off time the advisor's workshop offers. */
export type DropOffSlotInput = {
  /** How long it lasts, 15 to 720 minutes. */
  durationMinutes: Scalars['Int']['input'];
  /** When the window starts; in the future, at most 365 days ahead. */
  startsAt: Scalars['DateTimeISO']['input'];
};

/** BOOKED holds a slot; CANCELLED holds none until booked again. */
export type DropOffStatus =
  | 'BOOKED'
  | 'CANCELLED';

/** Earnings read from the ledger: what was earned, paid out and is still owed, over the requested range. */
export type Earnings = {
  __typename?: 'Earnings';
  /** totalCents by kind of credit. */
  byKind: Array<EarningsLine>;
  /** Earned and not yet paid out (totalCents - paidOutCents): waiting for partner payment terms, or for the payee's Stripe account to accept payouts. */
  owedCents: Scalars['Int']['output'];
  /** Transferred to the payee's Stripe account, net of transfers reversed by refunds. */
  paidOutCents: Scalars['Int']['output'];
  /** Earned: credited to the caller (or their workshop), net of refunds. Payouts do not reduce it. */
  totalCents: Scalars['Int']['output'];
  /** Mechanics: earnings withheld after a ban, never paid out. 0 for others. */
  withheldCents: Scalars['Int']['output'];
};

export type EarningsLine = {
  __typename?: 'EarningsLine';
  /** Earned under this kind, net of refunds booked against it. */
  amountCents: Scalars['Int']['output'];
  kind: LedgerEntryKind;
};

/** `extensions.code` of every error a client sees. */
export type ErrorCode =
  /** A request the transport cannot serve: a malformed body, or a subscription sent over HTTP (use graphql-ws). */
  | 'BAD_REQUEST'
  /** An argument breaks its rule; `extensions.field` names it, `extensions.reason` may say why. */
  | 'BAD_USER_INPUT'
  /** The record is not in a state that allows this (already done, changed meanwhile, expired); `extensions.reason` may say why. */
  | 'CONFLICT'
  /** Signed in, but this role or account may not do this; `extensions.reason` may say why. */
  | 'FORBIDDEN'
  /** Something unexpected; the details are in the server's log only. */
  | 'INTERNAL_SERVER_ERROR'
  /** No such record, or not one the caller may see: the two are never told apart. */
  | 'NOT_FOUND'
  /** The quote would take this month's quoted total over the partnership's limit. */
  | 'PARTNERSHIP_LIMIT_REACHED'
  /** The partnership cannot be quoted under today; `extensions.reason` is its PartnershipInactiveReason. */
  | 'PARTNERSHIP_NOT_ACTIVE'
  /** Payments are not configured on this server. */
  | 'PAYMENTS_NOT_CONFIGURED'
  /** Stripe refused the money operation, so nothing was booked; `extensions.stripeCode` is Stripe's error code when it gave one. Retrying as is will be refused again. */
  | 'PAYMENT_PROVIDER_REFUSED'
  /** Only published operations are accepted: send one by documentId. */
  | 'PERSISTED_QUERY_REQUIRED'
  /** Over a query limit: depth, aliases, tokens, directives, cost or the values its variables hold (inputValues); `extensions.limit` says which. */
  | 'QUERY_TOO_COMPLEX'
  /** Over a request budget; `extensions.limit` says which (ip, account, signInIp, signInEmail), `extensions.retryAfterSeconds` when to retry. */
  | 'RATE_LIMITED'
  /** The database or another dependency is down or restarting: retry the same request shortly. */
  | 'SERVICE_UNAVAILABLE'
  /** More operations at once on one graphql-ws connection than allowed. */
  | 'TOO_MANY_SUBSCRIPTIONS'
  /** No valid token: sign in (HTTP 401). */
  | 'UNAUTHENTICATED';

/** `extensions.reason` of an expected business failure a client should handle. */
export type ErrorReason =
  /** FORBIDDEN: the account is banned; `extensions.statusReason` says why. */
  | 'ACCOUNT_BANNED'
  /** FORBIDDEN: the account is suspended until `extensions.until`; `extensions.statusReason` says why. */
  | 'ACCOUNT_SUSPENDED'
  /** CONFLICT: the session was already escalated; its workshop choice can no longer change. */
  | 'ALREADY_ESCALATED'
  /** CONFLICT: the record already exists; also an idempotency key sent again for another request than the one it made (another payment, refund or release): send that request with a new key. */
  | 'ALREADY_EXISTS'
  /** CONFLICT: a concurrent change won; retrying the same request may succeed. */
  | 'CONCURRENT_CHANGE'
  /** BAD_USER_INPUT: a name-like field holds contact details. */
  | 'CONTACT_DETAILS'
  /** CONFLICT: the session's diagnostic is not paid (yet, or any more): a request opens to mechanics once the customer pays it, and a claimed session is worked on only while paid. */
  | 'DIAGNOSTIC_NOT_PAID'
  /** CONFLICT: the workshop has no drop-off address yet; set it (`setDropOffAddress`) before publishing drop-off slots. */
  | 'DROP_OFF_ADDRESS_NOT_SET'
  /** CONFLICT: the workshop already has a drop-off slot overlapping that window; publish one that starts after it ends, or ends before it starts. */
  | 'DROP_OFF_SLOT_OVERLAPS'
  /** CONFLICT: another booking holds that drop-off slot; pick another from `dropOffSlots`. */
  | 'DROP_OFF_SLOT_TAKEN'
  /** CONFLICT: the customer's drop-off for this repair is booked on a slot that has not started, so the car is not at the workshop yet; complete the repair once it was dropped off. */
  | 'DROP_OFF_UPCOMING'
  /** FORBIDDEN: the mechanic is not approved by an admin yet (or was rejected); `extensions.vettingStatus` and `vettingReason` say where it stands. */
  | 'MECHANIC_NOT_VETTED'
  /** BAD_USER_INPUT: a media URL outside the platform's media hosts. */
  | 'MEDIA_HOST'
  /** CONFLICT: the reported session or message has no mechanic or workshop advisor to accuse (a session no mechanic claimed, a message the platform posted). */
  | 'NO_PROFESSIONAL_TO_REPORT'
  /** CONFLICT: no further workshop serves this escalation's city and services with capacity now. */
  | 'NO_WORKSHOP_AVAILABLE'
  /** CONFLICT: the repair was done under a SUPPLIER or NETWORK partnership, by no workshop of the platform, so there is no workshop to rate; the mechanic who quoted it is rated through the session (reviewMechanic). */
  | 'NO_WORKSHOP_TO_REVIEW'
  /** CONFLICT: a partner catalog part of the quote has too little stock left; `extensions.partNumber` and `extensions.availableQuantity` say which and how many. */
  | 'OUT_OF_STOCK'
  /** CONFLICT: the quote was written under a partnership that is suspended now; it cannot be paid until the partnership is resumed. */
  | 'PARTNERSHIP_SUSPENDED'
  /** CONFLICT: the quote was written under a partnership that is terminated; it cannot be paid. */
  | 'PARTNERSHIP_TERMINATED'
  /** CONFLICT: the session's diagnostic payment is disputed at the customer's bank (a chargeback Stripe has not decided); the session is not claimed, started or completed until it is: won, the work goes on; lost, the session is cancelled. */
  | 'PAYMENT_DISPUTED'
  /** CONFLICT: the quote's validity ended; ask the workshop for a new one. */
  | 'QUOTE_EXPIRED'
  /** CONFLICT: the customer already asked the most workshops allowed (3) for quotes on this escalation. */
  | 'QUOTE_LIMIT_REACHED'
  /** FORBIDDEN: the partnership does not let this mechanic create quotes. */
  | 'QUOTING_NOT_PERMITTED'
  /** CONFLICT: the repair is completed, so its drop-off can no longer be cancelled. */
  | 'REPAIR_COMPLETED'
  /** CONFLICT: the repair quote is not paid (authorized or settled) yet, or its authorization lapsed before it was captured; the customer pays it before its drop-off is booked or the repair is marked complete. */
  | 'REPAIR_NOT_PAID'
  /** CONFLICT: the record's status does not allow this change (it was made already, or another change came first); `extensions.status` is the status it is in. */
  | 'STATUS_CONFLICT'
  /** BAD_USER_INPUT: the input refers to a record that does not exist. */
  | 'UNKNOWN_REFERENCE'
  /** FORBIDDEN (UNAUTHENTICATED signed out): a mutation selects a field the caller's role may never read, or calls beside other root fields one it may not call (`extensions.coordinate`, e.g. `EscalationOffer.matchInputs`); it was refused before it ran, so nothing changed. */
  | 'UNREADABLE_SELECTION'
  /** CONFLICT: the session or repair is not completed and paid yet, so it cannot be reviewed. */
  | 'WORK_NOT_COMPLETED';

export type EscalateInput = {
  /** Estimated repair amount in cents. */
  estimatedAmountCents?: InputMaybe<Scalars['Int']['input']>;
  /** Notes for the workshop (at most 4000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Workshops to ask for a quote at once, 1 to 3. */
  quotesRequested?: InputMaybe<Scalars['Int']['input']>;
};

/** A completed diagnostic handed to workshops for a repair quote. Workshops see the vehicle, concern, diagnosis, recommended services and the customer's first name, last initial and city; never contact details. */
export type Escalation = {
  __typename?: 'Escalation';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Workshops: first name, last initial and city. Never contact details. */
  customer?: Maybe<Customer>;
  /** The mechanic's estimate in cents, used by workshop auto-accept rules. */
  estimatedAmountCents?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The mechanic's notes for the workshop. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Workshops see their own offers only. */
  offers: Array<EscalationOffer>;
  /** The customer's preferred workshop and whether it was offered; null for workshops and when none was named. */
  preference?: Maybe<WorkshopPreference>;
  /** The escalation's quotes the caller may see (a workshop sees only its own), newest first. */
  quotes: RepairQuoteConnection;
  /** How many workshops the customer asked to compare (1 to 3). */
  quotesRequested: Scalars['Int']['output'];
  /** Vehicle, concern, diagnosis and recommended services. */
  session: DiagnosticSession;
  status: EscalationStatus;
  /** Why no workshop took it, while UNMATCHED (null otherwise, and for escalations unmatched before reasons were recorded). */
  unmatchedReason?: Maybe<EscalationUnmatchedReason>;
  /** The workshop currently holding the escalation. */
  workshop?: Maybe<Workshop>;
};


/** A completed diagnostic handed to workshops for a repair quote. Workshops see the vehicle, concern, diagnosis, recommended services and the customer's first name, last initial and city; never contact details. */
export type EscalationQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EscalationConnection = {
  __typename?: 'EscalationConnection';
  nodes: Array<Escalation>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One workshop's turn at an escalation, with why the matcher chose it. */
export type EscalationOffer = {
  __typename?: 'EscalationOffer';
  /** Accepted by one of the workshop's auto-accept rules. */
  autoAccepted: Scalars['Boolean']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  /** Null when the caller no longer reaches the escalation: a workshop whose offer is no longer live (it declined it, as respondToEscalation answers, or the offer expired or closed) keeps reading its own offer, not the escalation. */
  escalation?: Maybe<Escalation>;
  /** Unanswered by then, the escalation moves to the next workshop. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Admins: what the matcher saw (cities, services, candidates). */
  matchInputs: Scalars['JSONObject']['output'];
  /** Why the matcher chose this workshop. */
  matchReason: Scalars['String']['output'];
  offeredAt: Scalars['DateTimeISO']['output'];
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: OfferStatus;
  workshop: Workshop;
};

export type EscalationOfferConnection = {
  __typename?: 'EscalationOfferConnection';
  nodes: Array<EscalationOffer>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A workshop's escalation preferences, set by its advisors: only the fields given change. */
export type EscalationPreferencesInput = {
  /** False: matching offers this workshop nothing. */
  acceptsEscalations?: InputMaybe<Scalars['Boolean']['input']>;
  maxOpenEscalations?: InputMaybe<Scalars['Int']['input']>;
  responseTimeoutMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type EscalationStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'AWAITING_WORKSHOP'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'QUOTED'
  | 'UNMATCHED';

/** Why an escalation matched no workshop: the first of the matcher's filters, in this order, that left none. */
export type EscalationUnmatchedReason =
  /** The workshops left are all at their limit of open escalations; one may free up later. */
  | 'ALL_AT_CAPACITY'
  /** Every workshop serving the city and the categories already declined it or let its offer expire. */
  | 'ALL_DECLINED_OR_EXPIRED'
  /** Workshops serve the city, but none offers every recommended service category. */
  | 'NO_WORKSHOP_FOR_CATEGORIES'
  /** No workshop that accepts escalations serves the customer's city (its own city or its service area). */
  | 'NO_WORKSHOP_IN_CITY';

export type FlagStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

/** Admins: a conversation with flagged messages: a session's chat, or one of its workshop conversations (`workshopId`). */
export type FlaggedConversation = {
  __typename?: 'FlaggedConversation';
  flaggedMessageCount: Scalars['Int']['output'];
  lastFlaggedAt: Scalars['DateTimeISO']['output'];
  session: DiagnosticSession;
  /** The workshop whose conversation with the session's customer this is; null for the session chat (customer and mechanic). */
  workshopId?: Maybe<Scalars['ID']['output']>;
};

export type FlaggedConversationConnection = {
  __typename?: 'FlaggedConversationConnection';
  nodes: Array<FlaggedConversation>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Admins: the retention strategy's investigation triggers. */
export type InvestigationTriggers = {
  __typename?: 'InvestigationTriggers';
  /** The warning signals alerting this week (retentionReport). */
  alerts: Array<SignalTrend>;
  /** Mechanics with more than 10 completed diagnostics and no escalation to a workshop. */
  mechanicsWithoutEscalations: Array<MechanicActivity>;
  /** Open customer reports of off-platform solicitation, newest first (up to 100). */
  openSolicitationReports: Array<SolicitationReport>;
  /** Recent messages with contact patterns (phone numbers, "call me", "text me", ...), newest first. */
  recentContactMessages: Array<ChatMessage>;
};

/** A partner labor rate for one service category. */
export type LaborRate = {
  __typename?: 'LaborRate';
  id: Scalars['ID']['output'];
  mechanicCommissionBasisPoints: Scalars['Int']['output'];
  /** What a quote charges the customer per hour. */
  mechanicRateCents: Scalars['Int']['output'];
  /** The partner's rate per hour. */
  ratePerHourCents: Scalars['Int']['output'];
  serviceCategory: Scalars['String']['output'];
  validFrom: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
};

export type LaborRateInput = {
  /** What the customer is charged per hour, the rate the mechanic quotes (seed 000 mechanic_rate); not below ratePerHourCents. */
  mechanicRateCents: Scalars['Int']['input'];
  /** The partner's labor rate per hour (seed 000 labor_rate_per_hour). */
  ratePerHourCents: Scalars['Int']['input'];
  serviceCategory: Scalars['String']['input'];
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type LedgerEntryKind =
  | 'COMMISSION'
  | 'DIAGNOSTIC_FEE'
  | 'DISPUTE'
  | 'PARTNER_SHARE'
  | 'PAYMENT_RECEIVED'
  | 'PAYOUT'
  | 'PLATFORM_FEE'
  | 'REFERRAL_FEE'
  | 'REFUND'
  | 'WITHHOLDING'
  | 'WORKSHOP_SHARE';

export type LineItemKind =
  | 'FEE'
  | 'LABOR'
  | 'PART';

/** A virtual mechanic's public profile. */
export type Mechanic = Professional & {
  __typename?: 'Mechanic';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Average rating, 0 to 5. */
  rating: Scalars['Float']['output'];
  ratingCount: Scalars['Float']['output'];
  /** Admins: the account's standing now; FORBIDDEN (null) for anyone else. */
  standing?: Maybe<AccountStanding>;
};

/** What the customer chooses when their mechanic is suspended mid-session or did not start a claimed session in time. */
export type MechanicAbsenceChoice =
  /** Back to the open requests for another mechanic, who earns the diagnostic on completing it. */
  | 'REASSIGN'
  /** Cancel the session and refund the diagnostic in full. */
  | 'REFUND';

export type MechanicActivity = {
  __typename?: 'MechanicActivity';
  completedDiagnostics: Scalars['Int']['output'];
  escalations: Scalars['Int']['output'];
  mechanic: Mechanic;
};

/** A partner's view of one mechanic under one partnership. */
export type MechanicPerformance = {
  __typename?: 'MechanicPerformance';
  /** Partner-approved / partner-decided quotes (auto-approved count as approved); 0 without any. */
  approvalRate: Scalars['Float']['output'];
  approvedByPartner: Scalars['Int']['output'];
  /** Customer complaints about the partnership's quotes. */
  complaints: Scalars['Int']['output'];
  /** Converted / quotes sent to the customer; 0 without any. */
  conversionRate: Scalars['Float']['output'];
  /** Quotes the customer approved (or that were completed). */
  converted: Scalars['Int']['output'];
  mechanicId: Scalars['ID']['output'];
  mechanicName: Scalars['String']['output'];
  partnershipId: Scalars['ID']['output'];
  /** Quotes written under the partnership. */
  quotes: Scalars['Int']['output'];
  rejectedByPartner: Scalars['Int']['output'];
};

/** Admins: a mechanic's reputation on escalation quality (seed 003), 0 to 100, with its parts in basis points. */
export type MechanicReputation = {
  __typename?: 'MechanicReputation';
  approvedQuotes: Scalars['Int']['output'];
  complaintBasisPoints: Scalars['Int']['output'];
  conversionBasisPoints: Scalars['Int']['output'];
  escalations: Scalars['Int']['output'];
  mechanicId: Scalars['ID']['output'];
  ratingBasisPoints: Scalars['Int']['output'];
  ratingCount: Scalars['Int']['output'];
  /** Average rating × 100. */
  ratingHundredths: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
  upheldComplaints: Scalars['Int']['output'];
};

/** A mechanic's vetting, as admins review it. */
export type MechanicVetting = {
  __typename?: 'MechanicVetting';
  accountStatus: AccountStatus;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** The mechanic's account id. */
  id: Scalars['ID']['output'];
  /** The admin's reason for the last decision. */
  reason?: Maybe<Scalars['String']['output']>;
  signedUpAt: Scalars['DateTimeISO']['output'];
  /** Admins: the mechanic account's standing now (accountStatus with the end of a suspension and its reason). */
  standing?: Maybe<AccountStanding>;
  status: MechanicVettingStatus;
  vettedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type MechanicVettingConnection = {
  __typename?: 'MechanicVettingConnection';
  nodes: Array<MechanicVetting>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** PENDING until an admin vets the mechanic; only APPROVED mechanics claim paid sessions. */
export type MechanicVettingStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type MessageKind =
  | 'SYSTEM'
  | 'USER';

export type Mutation = {
  __typename?: 'Mutation';
  /** The partner accepts the terms. */
  acceptPartnershipTerms: Partnership;
  /** Customers: registers a vehicle to book diagnostics for. */
  addVehicle: Vehicle;
  /** Admins: creates a service advisor account for a workshop. Audited. */
  addWorkshopAdvisor: WorkshopAdvisor;
  /** Admins: cancels a session that is not completed, with a reason its parties see; a paid diagnostic is refunded in full. Audited. */
  adminCancelSession: DiagnosticSession;
  /** Admins: hands an open, paid session to another approved mechanic in good standing (ACCEPTED by them, to start afresh); the reason goes to the audit log. */
  adminReassignSession: DiagnosticSession;
  /** A mechanic applies with proposed terms (and so accepts them). */
  applyForPartnership: Partnership;
  /** Admins: approves a pending (or rejected) mechanic, who may then claim paid sessions. Audited. */
  approveMechanic: MechanicVetting;
  /** The partner approves a quote awaiting it; the customer then sees it. */
  approvePartnerQuote: RepairQuote;
  /** The customer approves a pending quote; other quotes of a compared set are closed. */
  approveQuote: RepairQuote;
  /** Admins: ban an account for good, with a reason; a mechanic's unpaid earnings are withheld. */
  banAccount: AccountSanction;
  /** The customer books a drop-off for their paid repair quote on one of `dropOffSlots`, or moves their booking to another slot before it starts. The booking shows the workshop's address. */
  bookDropOff: DropOffBooking;
  /** The customer cancels their drop-off before it starts; the slot is free again. Book again with `bookDropOff`. */
  cancelDropOff: DropOffBooking;
  /** The customer cancels a session that is not completed: a paid diagnostic is refunded in full when she cancels before a claim or within CANCEL_AFTER_CLAIM_GRACE_SECONDS of it, not later (an admin can). The assigned mechanic's cancelSession is a withdrawal: the session, claimed or started, goes back among the open requests, still paid, that mechanic may not claim it again, and the answer is the open request. */
  cancelSession: DiagnosticSession;
  /** Changes the caller's password; every other session is signed out. Continue with the returned token. */
  changePassword: AuthPayload;
  /** The session's customer names a preferred workshop and/or how many workshops to ask, before the mechanic escalates. */
  chooseWorkshop: WorkshopChoice;
  /** Mechanics: claims an open request (REQUESTED -> ACCEPTED). CONFLICT when someone else got it first, or when it was cancelled right after the claim. */
  claimSession: DiagnosticSession;
  /** The assigned mechanic, while approved, submits the diagnosis (IN_PROGRESS -> COMPLETED); the chat becomes read-only. */
  completeSession: DiagnosticSession;
  /** A partnered mechanic quotes their own completed session from the partner's price list. */
  createPartnerQuote: PartnerQuoteResult;
  /** An advisor of a workshop whose offer was accepted quotes the repair; the server prices it. */
  createQuote: RepairQuote;
  /** Admins create workshop advisor and partner accounts. */
  createStaffAccount: User;
  /** Admins: onboards a workshop. Names with contact details are refused (CONTACT_DETAILS). Audited. */
  createWorkshop: WorkshopSettings;
  declineQuote: RepairQuote;
  /** The session's mechanic hands a completed session to matching workshops, once. */
  escalate: Escalation;
  /** Customers: complain about a quote they received, one open complaint per quote (CONFLICT ALREADY_EXISTS while it is open); a partnered quote's complaint counts against its partnership once upheld. */
  fileComplaint: Complaint;
  /** Bulk price list import, all or nothing: any rejected row and nothing is applied. */
  importCatalog: CatalogImportReport;
  /** Admins: lift a suspension or a ban, with a reason; a mechanic's withheld earnings are released. */
  liftAccountSanction: AccountSanction;
  /** The workshop marks an approved repair done; an escrowed payment is captured. */
  markRepairComplete: RepairQuote;
  /** The customer pays the session's diagnostic. Retrying with the same key never charges twice; the key sent for another session is CONFLICT (ALREADY_EXISTS). */
  payDiagnostic: PaymentIntentResult;
  /** The customer pays an approved quote. Retrying with the same key never charges twice; the key sent for another quote is CONFLICT (ALREADY_EXISTS). */
  payQuote: PaymentIntentResult;
  /** Admins: posts a note into a session's conversation as the platform (a SYSTEM message), published live. Audited. */
  postPlatformNote: ChatMessage;
  /** An advisor publishes a drop-off time of their workshop (in the future; one slot per start time). */
  publishDropOffSlot: DropOffSlot;
  /** Admins: refund all (default) or part of a settled payment; each payee keeps its share of what the customer still pays and its transfers are reversed by the rest. An escrowed repair only authorized is released in full instead (its PaymentIntent cancelled, the hold on the card lifted, the repair's quote cancelled); part of it is BAD_USER_INPUT. */
  refundPayment: Payment;
  /** Admins: rejects a pending mechanic, or revokes an approval, with a reason the mechanic is shown. Audited. */
  rejectMechanic: MechanicVetting;
  rejectPartnerQuote: RepairQuote;
  /** Admins: removes an advisor from a workshop; the account then sees no workshop's data. Audited. */
  removeWorkshopAdvisor: WorkshopAdvisor;
  /** Customers: report that a professional asked to deal off the platform, on a session, message or quote of yours. */
  reportSolicitation: SolicitationReport;
  /** The escalation's customer asks one more workshop for a quote to compare (3 workshops at most). */
  requestAnotherQuote: Escalation;
  /** Mails a single-use reset token if an account has this email. Always answers true: it never says whether the account exists. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Customers: books a paid remote diagnostic for one of their vehicles. */
  requestSession: DiagnosticSession;
  /** Sets a new password with a mailed reset token (once, before it expires); every session is signed out. */
  resetPassword: Scalars['Boolean']['output'];
  /** Admins: resolve an open complaint, upheld or dismissed, with a note. Upheld complaints against a partnership suspend it at PARTNERSHIP_COMPLAINTS_TO_SUSPEND. */
  resolveComplaint: Complaint;
  /** The customer decides what happens when their mechanic is absent, suspended or no longer approved mid-session, or a no-show (claimed the session and did not start it within MECHANIC_NO_SHOW_MINUTES): reassign it to another mechanic, or a full refund. CONFLICT otherwise. */
  resolveMechanicAbsence: DiagnosticSession;
  /** Admins: resolve an open solicitation report, upheld or dismissed, with a note. */
  resolveSolicitationReport: SolicitationReport;
  /** An advisor of the offered workshop accepts or declines; a decline moves the escalation to the next workshop. */
  respondToEscalation: EscalationOffer;
  /** Lifts a suspension: only the party that suspended, or an admin. */
  resumePartnership: Partnership;
  /** The customer rates the mechanic of a completed, paid session (once). */
  reviewMechanic: Review;
  /** Admins: confirms an open flag, or dismisses it as a false positive, which reverses its penalty. */
  reviewViolation: ContactViolation;
  /** The customer rates the workshop of a completed, paid repair (once per repair quote). */
  reviewWorkshop: Review;
  /** A new version of a pending quote, or a re-quote of one the customer declined; the old one becomes SUPERSEDED. */
  reviseQuote: RepairQuote;
  /** Admins: pay every share due by asOf (default now; a later instant pays NET_30/NET_60 shares early) that has no transfer yet: partner shares whose terms have run, and shares owed to payees whose payouts are now enabled. Safe to repeat; the server also runs it every PAYOUT_INTERVAL_SECONDS. */
  runDuePayouts: PayoutRun;
  /** The session's customer or mechanic sends a message while it is accepted or in progress. Contact details are masked and flagged; a mechanic is penalised. */
  sendMessage: SendMessagePayload;
  /** The customer or an advisor of the workshop sends a message in their workshop conversation while the escalation is accepted, quoted or approved. Contact details are masked and flagged; an advisor is penalised. The referring mechanic cannot send. */
  sendWorkshopMessage: SendMessagePayload;
  /** Workshop advisors: replaces their workshop's auto-accept rules (empty: none). Matching accepts a covered offer at once, as the platform (SYSTEM). Audited. */
  setAutoAcceptRules: WorkshopSettings;
  /** An advisor sets their workshop's street address, revealed to a customer only on a booked drop-off. */
  setDropOffAddress: Scalars['Boolean']['output'];
  signIn: AuthPayload;
  /** Creates a customer or mechanic account and signs it in. */
  signUp: AuthPayload;
  /** A payee (mechanic, workshop advisor for their workshop, partner) starts or resumes Stripe onboarding: the Express account is created once, and a fresh onboarding link returned. */
  startPayoutOnboarding: PayoutOnboardingLink;
  /** The assigned mechanic, while approved, starts the diagnostic (ACCEPTED -> IN_PROGRESS). */
  startSession: DiagnosticSession;
  /** Admins: suspend an account until a date, with a reason the account shows. */
  suspendAccount: AccountSanction;
  suspendPartnership: Partnership;
  /** Ends the partnership; open quotes under it are cancelled. qualityIssue: partners and admins only. */
  terminatePartnership: Partnership;
  /** Workshop advisors: sets their workshop's escalation preferences (taking escalations, capacity, response time). Audited. */
  updateEscalationPreferences: WorkshopSettings;
  /** The partner sets the mechanic's permissions and monthly limit. */
  updatePartnershipPermissions: Partnership;
  /** Changes the given fields of the caller's own profile (audited: which fields, never their values). Changing the email needs `currentPassword` and mails a notice to the old address. */
  updateProfile: User;
  /** Admins: edits a workshop's name, cities, services, capacity or response time. Audited. */
  updateWorkshop: WorkshopSettings;
  /** The partner adds or changes a price list part (keyed by part number and validFrom). */
  upsertCatalogPart: CatalogPart;
  /** The partner adds or changes a labor rate (keyed by service category and validFrom). */
  upsertLaborRate: LaborRate;
  /** Admins verify the partner once both parties accepted: the partnership becomes ACTIVE. */
  verifyPartnership: Partnership;
};


export type MutationAcceptPartnershipTermsArgs = {
  partnershipId: Scalars['ID']['input'];
};


export type MutationAddVehicleArgs = {
  input: AddVehicleInput;
};


export type MutationAddWorkshopAdvisorArgs = {
  input: AddWorkshopAdvisorInput;
  workshopId: Scalars['ID']['input'];
};


export type MutationAdminCancelSessionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationAdminReassignSessionArgs = {
  id: Scalars['ID']['input'];
  mechanicId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationApplyForPartnershipArgs = {
  input: ApplyForPartnershipInput;
};


export type MutationApproveMechanicArgs = {
  mechanicId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApprovePartnerQuoteArgs = {
  quoteId: Scalars['ID']['input'];
};


export type MutationApproveQuoteArgs = {
  quoteId: Scalars['ID']['input'];
};


export type MutationBanAccountArgs = {
  input: SanctionInput;
};


export type MutationBookDropOffArgs = {
  quoteId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationCancelDropOffArgs = {
  bookingId: Scalars['ID']['input'];
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChooseWorkshopArgs = {
  input: WorkshopChoiceInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationClaimSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteSessionArgs = {
  id: Scalars['ID']['input'];
  input: CompleteSessionInput;
};


export type MutationCreatePartnerQuoteArgs = {
  input: PartnerQuoteInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationCreateQuoteArgs = {
  escalationId: Scalars['ID']['input'];
  input: QuoteInput;
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationCreateWorkshopArgs = {
  input: CreateWorkshopInput;
};


export type MutationDeclineQuoteArgs = {
  quoteId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEscalateArgs = {
  input: EscalateInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationFileComplaintArgs = {
  body: Scalars['String']['input'];
  quoteId: Scalars['ID']['input'];
};


export type MutationImportCatalogArgs = {
  content: Scalars['String']['input'];
  format: CatalogFormat;
  partnershipId: Scalars['ID']['input'];
};


export type MutationLiftAccountSanctionArgs = {
  input: SanctionInput;
};


export type MutationMarkRepairCompleteArgs = {
  quoteId: Scalars['ID']['input'];
};


export type MutationPayDiagnosticArgs = {
  idempotencyKey: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationPayQuoteArgs = {
  idempotencyKey: Scalars['String']['input'];
  quoteId: Scalars['ID']['input'];
};


export type MutationPostPlatformNoteArgs = {
  body: Scalars['String']['input'];
  escalationId?: InputMaybe<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationPublishDropOffSlotArgs = {
  input: DropOffSlotInput;
};


export type MutationRefundPaymentArgs = {
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectMechanicArgs = {
  mechanicId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectPartnerQuoteArgs = {
  quoteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveWorkshopAdvisorArgs = {
  advisorId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};


export type MutationReportSolicitationArgs = {
  input: ReportSolicitationInput;
};


export type MutationRequestAnotherQuoteArgs = {
  escalationId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestSessionArgs = {
  input: RequestSessionInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResolveComplaintArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ResolutionOutcome;
};


export type MutationResolveMechanicAbsenceArgs = {
  choice: MechanicAbsenceChoice;
  sessionId: Scalars['ID']['input'];
};


export type MutationResolveSolicitationReportArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ResolutionOutcome;
};


export type MutationRespondToEscalationArgs = {
  accept: Scalars['Boolean']['input'];
  offerId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResumePartnershipArgs = {
  partnershipId: Scalars['ID']['input'];
};


export type MutationReviewMechanicArgs = {
  input: ReviewInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationReviewViolationArgs = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewWorkshopArgs = {
  input: ReviewInput;
  quoteId: Scalars['ID']['input'];
};


export type MutationReviseQuoteArgs = {
  input: QuoteInput;
  quoteId: Scalars['ID']['input'];
};


export type MutationRunDuePayoutsArgs = {
  asOf?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type MutationSendMessageArgs = {
  body: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationSendWorkshopMessageArgs = {
  body: Scalars['String']['input'];
  escalationId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetAutoAcceptRulesArgs = {
  rules: Array<AutoAcceptRuleInput>;
};


export type MutationSetDropOffAddressArgs = {
  streetAddress: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendAccountArgs = {
  input: SuspendAccountInput;
};


export type MutationSuspendPartnershipArgs = {
  partnershipId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationTerminatePartnershipArgs = {
  partnershipId: Scalars['ID']['input'];
  qualityIssue?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationUpdateEscalationPreferencesArgs = {
  input: EscalationPreferencesInput;
};


export type MutationUpdatePartnershipPermissionsArgs = {
  input: PartnershipPermissionsInput;
  partnershipId: Scalars['ID']['input'];
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateWorkshopArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkshopInput;
};


export type MutationUpsertCatalogPartArgs = {
  input: CatalogPartInput;
  partnershipId: Scalars['ID']['input'];
};


export type MutationUpsertLaborRateArgs = {
  input: LaborRateInput;
  partnershipId: Scalars['ID']['input'];
};


export type MutationVerifyPartnershipArgs = {
  partnershipId: Scalars['ID']['input'];
};

export type OfferStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'OFFERED';

/** Development only: a message the mail outbox holds (MAIL_TRANSPORT=outbox). */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  sentAt: Scalars['DateTimeISO']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner organization (a partner's account) as mechanics see it: no contact details are exchanged on the platform. */
export type PartnerOrganization = Professional & {
  __typename?: 'PartnerOrganization';
  /** Its organizationName: how a Professional (a violation's offender) is named. */
  displayName: Scalars['String']['output'];
  /** The partner fulfils repairs in its own workshop (can offer WORKSHOP partnerships). */
  hasWorkshop: Scalars['Boolean']['output'];
  /** The partner's account id. */
  id: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  /** Admins: the account's standing now; FORBIDDEN (null) for anyone else. */
  standing?: Maybe<AccountStanding>;
  /** An admin checked identity, contract and insurance. */
  verified: Scalars['Boolean']['output'];
};

export type PartnerOrganizationConnection = {
  __typename?: 'PartnerOrganizationConnection';
  nodes: Array<PartnerOrganization>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Lines picked from the partner's price list; the server prices them. */
export type PartnerQuoteInput = {
  labor?: InputMaybe<Array<PartnerQuoteLaborInput>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  partnershipId: Scalars['ID']['input'];
  parts?: InputMaybe<Array<PartnerQuotePartInput>>;
  /** Days the quote stays valid once sent to the customer, 1 to 90. */
  validDays?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerQuoteLaborInput = {
  laborRateId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
};

export type PartnerQuotePartInput = {
  catalogPartId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type PartnerQuoteResult = {
  __typename?: 'PartnerQuoteResult';
  commission: CommissionPreview;
  quote: RepairQuote;
};

/** A contract between a mechanic and a partner: terms, permissions and state. Money in cents, rates in basis points. */
export type Partnership = {
  __typename?: 'Partnership';
  /** Usable today: ACTIVE, started, and not past its end date (unless it renews automatically). */
  activeNow: Scalars['Boolean']['output'];
  /** Quotes at or under this total skip partner approval. */
  autoApproveBelowCents?: Maybe<Scalars['Int']['output']>;
  autoRenew: Scalars['Boolean']['output'];
  canCreateQuotes: Scalars['Boolean']['output'];
  /** currentOnly (default): entries valid today, the ones a quote can use. */
  catalogParts: Array<CatalogPart>;
  /** The mechanic's commission of each repair quoted under this partnership, paid by the platform out of its fee. */
  commissionBasisPoints: Scalars['Int']['output'];
  /** YYYY-MM-DD; the contract stops on this day unless autoRenew. */
  contractEndDate?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  contractStartDate: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  earnings: PartnershipEarnings;
  id: Scalars['ID']['output'];
  inactiveReason?: Maybe<PartnershipInactiveReason>;
  laborRates: Array<LaborRate>;
  /** Monthly limit on the total quoted under this partnership, as agreed. Quoting is held to at most the platform's highest monthly limit today (the quote preview's monthlyLimitCents). */
  maxQuoteAmountCents: Scalars['Int']['output'];
  mechanic: Mechanic;
  mechanicAcceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  partner: PartnerOrganization;
  partnerAcceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  paymentTerms: PaymentTerms;
  /** The platform's fee of each such repair; the partner receives the rest. */
  platformFeeBasisPoints: Scalars['Int']['output'];
  quoteApprovalRequired: Scalars['Boolean']['output'];
  status: PartnershipStatus;
  /** Why it was last suspended or terminated. */
  statusReason?: Maybe<Scalars['String']['output']>;
  type: PartnershipType;
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};


/** A contract between a mechanic and a partner: terms, permissions and state. Money in cents, rates in basis points. */
export type PartnershipCatalogPartsArgs = {
  currentOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A contract between a mechanic and a partner: terms, permissions and state. Money in cents, rates in basis points. */
export type PartnershipLaborRatesArgs = {
  currentOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Admins: a pattern worth a look (not a verdict). */
export type PartnershipAbuseSignal = {
  __typename?: 'PartnershipAbuseSignal';
  detail: Scalars['String']['output'];
  kind: AbuseSignalKind;
  /** QUOTE_FAR_ABOVE_CATALOG: the quote total as basis points of the partner's own cost. */
  markupBasisPoints?: Maybe<Scalars['Int']['output']>;
  mechanicId: Scalars['ID']['output'];
  partnershipId: Scalars['ID']['output'];
  quoteId?: Maybe<Scalars['ID']['output']>;
};

export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Money and volume under one partnership, from the ledger and the quotes. */
export type PartnershipEarnings = {
  __typename?: 'PartnershipEarnings';
  /** Commission credited to the mechanic (net of refunds). */
  mechanicCommissionCents: Scalars['Int']['output'];
  /** Share credited to the partner (net of refunds). */
  partnerShareCents: Scalars['Int']['output'];
  quotedThisMonthCents: Scalars['Int']['output'];
  remainingThisMonthCents: Scalars['Int']['output'];
};

/** Why a partnership cannot be quoted under today. */
export type PartnershipInactiveReason =
  | 'EXPIRED'
  /** Its mechanic is not approved at vetting (an admin rejected or revoked the approval): no quote is written or approved under it, by the partner or the customer, until an admin approves the mechanic again. */
  | 'MECHANIC_NOT_VETTED'
  | 'NOT_STARTED'
  /** Its commission is not below the platform's partnership fee it is paid from: the terms stand as agreed, but no quote is written or approved under them; the parties terminate and apply again. */
  | 'NO_PLATFORM_MARGIN'
  | 'PENDING'
  | 'SUSPENDED'
  | 'TERMINATED';

/** Permissions the partner grants the mechanic under a partnership. */
export type PartnershipPermissionsInput = {
  /** Quotes at or under this total skip partner approval; null: every quote needs it. */
  autoApproveBelowCents?: InputMaybe<Scalars['Int']['input']>;
  canCreateQuotes?: InputMaybe<Scalars['Boolean']['input']>;
  /** Monthly limit on the total quoted; at most the platform's highest monthly limit (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS). */
  maxQuoteAmountCents: Scalars['Int']['input'];
  quoteApprovalRequired?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PartnershipStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED'
  | 'TERMINATED';

export type PartnershipType =
  | 'NETWORK'
  | 'SUPPLIER'
  | 'WORKSHOP';

export type Payment = {
  __typename?: 'Payment';
  amountCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PaymentKind;
  manualCapture: Scalars['Boolean']['output'];
  /** REPAIR: the quote it pays (its id is what `quote(id:)` reads). Null for a diagnostic. */
  quoteId?: Maybe<Scalars['ID']['output']>;
  refundedCents: Scalars['Int']['output'];
  /** DIAGNOSTIC: the session whose diagnostic it pays. Null for a repair. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  status: PaymentStatus;
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a client needs to confirm a payment with Stripe.js. */
export type PaymentIntentResult = {
  __typename?: 'PaymentIntentResult';
  /** Taken from the session or quote, never from the client. */
  amountCents: Scalars['Int']['output'];
  clientSecret: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** Authorized now, captured when the workshop marks the repair complete (escrow). */
  manualCapture: Scalars['Boolean']['output'];
  paymentId: Scalars['ID']['output'];
  status: PaymentStatus;
};

export type PaymentKind =
  | 'DIAGNOSTIC'
  | 'REPAIR';

export type PaymentStatus =
  | 'CANCELED'
  | 'DISPUTED'
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  | 'PROCESSING'
  | 'REFUNDED'
  | 'REQUIRES_ACTION'
  | 'REQUIRES_CAPTURE'
  | 'REQUIRES_CONFIRMATION'
  | 'REQUIRES_PAYMENT_METHOD'
  | 'SUCCEEDED';

export type PaymentTerms =
  | 'IMMEDIATE'
  | 'NET_30'
  | 'NET_60';

/** Filter on payments, within those the caller may see: every condition given must hold. */
export type PaymentWhere = {
  /** The payments (every attempt) of this repair quote. */
  quoteId?: InputMaybe<Scalars['ID']['input']>;
  /** The payments (every attempt) of this session's diagnostic. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A payee's Stripe connected account as Stripe last reported it (`account.updated`). */
export type PayoutAccount = {
  __typename?: 'PayoutAccount';
  /** Stripe's `charges_enabled`. */
  chargesEnabled: Scalars['Boolean']['output'];
  /** Whether a Stripe account was created for the payee (startPayoutOnboarding). */
  connected: Scalars['Boolean']['output'];
  /** Stripe's `payouts_enabled`: shares are transferred only while true; owed shares are paid by the next payout run once it is. */
  payoutsEnabled: Scalars['Boolean']['output'];
  /** Stripe's `requirements.currently_due`: what the payee must still provide in onboarding. */
  requirementsDue: Array<Scalars['String']['output']>;
};

/** A single-use link to Stripe's hosted onboarding; it expires within minutes (ask again from the refresh URL). */
export type PayoutOnboardingLink = {
  __typename?: 'PayoutOnboardingLink';
  expiresAt: Scalars['DateTimeISO']['output'];
  url: Scalars['String']['output'];
};

/** What one payout run transferred. */
export type PayoutRun = {
  __typename?: 'PayoutRun';
  /** The total of those transfers. */
  amountCents: Scalars['Int']['output'];
  /** Shares due by this instant were paid. */
  asOf: Scalars['DateTimeISO']['output'];
  /** Transfers Stripe refused this time; they stay owed and are retried on the next run. */
  failedCount: Scalars['Int']['output'];
  /** Transfers this run made and booked. */
  transferCount: Scalars['Int']['output'];
};

/** A penalty of the ladder: warning + 7 days, 30 days, permanent ban. */
export type Penalty = {
  __typename?: 'Penalty';
  /** Null for a permanent ban. */
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: PenaltyKind;
  /** Set when an admin dismissed the flag. */
  reversedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  startsAt: Scalars['DateTimeISO']['output'];
};

export type PenaltyKind =
  | 'PERMANENT_BAN'
  | 'SUSPENSION_30_DAYS'
  | 'WARNING_SUSPENSION_7_DAYS';

/** A mechanic, a workshop's service advisor or a partner organization, by id and display name. */
export type Professional = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Admins: the account's standing now; FORBIDDEN (null) for anyone else. */
  standing?: Maybe<AccountStanding>;
};

export type Query = {
  __typename?: 'Query';
  /** Admins: transaction rate, quote approval, average quote, workshop response time and referral fees over [from, to). */
  adminMetrics: AdminMetrics;
  /** Admins: the audit log, newest first, filtered by action, record, actor and time. */
  auditLog: AuditEntryConnection;
  /** Admins: customer complaints, newest first. */
  complaints: ComplaintConnection;
  /** Admins: the share of mechanics with no standing violation. */
  complianceRate: ComplianceRate;
  /** Admins: contact details found in written fields (customers' included), newest first. */
  contentFlags: ContentFlagConnection;
  /** Admins: one customer. */
  customer: Customer;
  /** Admins: customers, newest first. Reads of contact fields are audited. */
  customers: CustomerConnection;
  /** Price of a remote diagnostic in cents, shown before sign-up. */
  diagnosticPriceCents: Scalars['Int']['output'];
  /** Admins: disputes of payments, newest first, optionally of one status. */
  disputes: DisputeConnection;
  /** A quote's drop-off booking (its customer, the workshop's advisors, admins); null when none was made. */
  dropOffBooking?: Maybe<DropOffBooking>;
  /** The free drop-off slots of a quote's workshop, soonest first (at most 50). */
  dropOffSlots: Array<DropOffSlot>;
  /** Mechanics and partners: their earnings. Advisors: their workshop's. From the ledger; from/to limit it to entries booked in [from, to). */
  earnings: Earnings;
  escalation: Escalation;
  /** Escalations the caller takes part in, newest first. */
  escalations: EscalationConnection;
  /** Admins: conversations with flagged messages (a session chat, or a workshop conversation: `workshopId`), most recently flagged first. */
  flaggedConversations: FlaggedConversationConnection;
  /** Admins: mechanics and messages the retention strategy says to investigate. */
  investigationTriggers: InvestigationTriggers;
  /** Admins, development only (MAIL_TRANSPORT=outbox outside production): the mail the outbox holds, to one address or all. */
  mailOutbox: Array<OutboxMail>;
  /** The signed-in account. */
  me: User;
  /** Admins: a mechanic's reputation on escalation quality. */
  mechanicReputation: MechanicReputation;
  /** A mechanic's reviews, newest first. */
  mechanicReviews: ReviewConnection;
  /** Admins: mechanics by vetting status (PENDING by default: the vetting queue), by display name. */
  mechanicVettings: MechanicVettingConnection;
  /** A session's chat, oldest first. After a reconnect, pass the last received message's `cursor` as `after` to get what was missed. */
  messages: ChatMessageConnection;
  /** Workshop advisors: their own workshop's settings, escalation preferences and auto-accept rules. */
  myWorkshop: WorkshopSettings;
  /** Advisors: offers waiting for an answer from their workshop, oldest first. */
  openEscalationOffers: EscalationOfferConnection;
  /** Approved mechanics and admins: requested, unclaimed sessions, oldest first. The customer shows by first name only. FORBIDDEN (MECHANIC_NOT_VETTED) to a mechanic not approved. */
  openSessionRequests: DiagnosticSessionConnection;
  /** Partner organizations a mechanic may apply to, by name. */
  partnerDirectory: PartnerOrganizationConnection;
  /** Partners: each mechanic's quotes, approval rate, conversion and complaints (admins: all partnerships). */
  partnerPerformance: Array<MechanicPerformance>;
  partnership: Partnership;
  /** Admins: quotes far above the partner's cost, partnerships whose quotes never convert. */
  partnershipAbuseSignals: Array<PartnershipAbuseSignal>;
  /** Quotes written under partnerships the caller is party to, newest first (e.g. status PENDING_PARTNER_APPROVAL: a partner's approval queue). */
  partnershipQuotes: RepairQuoteConnection;
  /** The caller's partnerships (mechanic or partner side; all for admins), newest first. */
  partnerships: PartnershipConnection;
  /** Admins: partnerships both parties accepted, awaiting verification, oldest first. */
  partnershipsPendingVerification: PartnershipConnection;
  /** Admins: a payee's payout account, by the mechanic's or partner's user id, or by workshop id (exactly one). */
  payeePayoutAccount: PayoutAccount;
  /** Customers: their payments. Admins: all. Newest first; `where` narrows them to what they paid for. */
  payments: PaymentConnection;
  /** The caller's payout account: a mechanic's or partner's own, an advisor's workshop's. */
  payoutAccount: PayoutAccount;
  /** Prices partner price list lines and shows the split, writing nothing. */
  previewPartnerQuote: CommissionPreview;
  quote: RepairQuote;
  /** Customers (and admins): an escalation's quotes side by side, cheapest first. */
  quoteComparison: QuoteComparison;
  /** Quotes the caller may see, newest first, optionally for one escalation. */
  quotes: RepairQuoteConnection;
  /** Admins: the seed's retention metrics beside their targets, and its warning signals week over week. */
  retentionReport: RetentionReport;
  /** The service categories workshops are matched on, lower case and sorted: the values completeSession's recommendedServices takes (the standard ones and every one a workshop offers). */
  serviceCategories: Array<Scalars['String']['output']>;
  session: DiagnosticSession;
  /** Sessions the caller takes part in (customers: their own; mechanics: assigned; workshops: escalated to them; admins: all). */
  sessions: DiagnosticSessionConnection;
  /** Admins: customers' solicitation reports, newest first. */
  solicitationReports: SolicitationReportConnection;
  /** Admins: sessions claimed or in progress whose mechanic is suspended, banned or no longer approved, oldest request first. */
  strandedSessions: DiagnosticSessionConnection;
  /** Customers: their vehicles. Others: vehicles of sessions they took on (mechanics: assigned; workshops: escalations they accepted; admins: all). */
  vehicles: Array<Vehicle>;
  /** Admins: contact-sharing violations, newest first. */
  violations: ContactViolationConnection;
  /** Admins: a workshop's advisor accounts. */
  workshopAdvisors: Array<WorkshopAdvisor>;
  /** The conversation between a session's customer and a workshop that accepted its escalation, oldest first, masked like `messages`. Advisors read their own workshop's; the customer, the referring mechanic (read-only) and admins name `workshopId` (default: the escalation's current workshop). Resume with `after` like `messages`. */
  workshopConversation: ChatMessageConnection;
  /** A workshop's reviews, newest first. */
  workshopReviews: ReviewConnection;
  /** Admins: a workshop's settings. */
  workshopSettings: WorkshopSettings;
  /** The workshop directory by name, optionally for one city. */
  workshops: WorkshopConnection;
};


export type QueryAdminMetricsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: AuditLogFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ComplaintStatus>;
};


export type QueryContentFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  authorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CustomerWhere>;
};


export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryDropOffBookingArgs = {
  quoteId: Scalars['ID']['input'];
};


export type QueryDropOffSlotsArgs = {
  quoteId: Scalars['ID']['input'];
};


export type QueryEarningsArgs = {
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryEscalationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEscalationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFlaggedConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvestigationTriggersArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryMailOutboxArgs = {
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMechanicReputationArgs = {
  mechanicId: Scalars['ID']['input'];
};


export type QueryMechanicReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mechanicId: Scalars['ID']['input'];
};


export type QueryMechanicVettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MechanicVettingStatus>;
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type QueryOpenEscalationOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenSessionRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuoteStatus>;
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PartnershipStatus>;
};


export type QueryPartnershipsPendingVerificationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPayeePayoutAccountArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PaymentWhere>;
};


export type QueryPreviewPartnerQuoteArgs = {
  input: PartnerQuoteInput;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuoteComparisonArgs = {
  escalationId: Scalars['ID']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  escalationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRetentionReportArgs = {
  asOf?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SessionOrder>;
  where?: InputMaybe<SessionWhere>;
};


export type QuerySolicitationReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ComplaintStatus>;
};


export type QueryStrandedSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mechanicId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FlagStatus>;
};


export type QueryWorkshopAdvisorsArgs = {
  workshopId: Scalars['ID']['input'];
};


export type QueryWorkshopConversationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  escalationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkshopReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};


export type QueryWorkshopSettingsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An escalation's quotes side by side: each workshop's latest version, cheapest first. */
export type QuoteComparison = {
  __typename?: 'QuoteComparison';
  escalationId: Scalars['ID']['output'];
  /** How many more workshops the customer may still ask (requestAnotherQuote). */
  moreQuotesAllowed: Scalars['Int']['output'];
  /** Totals, line items (with catalog lead times), the longest lead time and the workshop's public rating on each. */
  quotes: Array<RepairQuote>;
  /** Workshops asked for a quote so far (1 to 3). */
  quotesRequested: Scalars['Int']['output'];
};

/** Line items only: totals, the platform fee and the referral fee are computed by the server. */
export type QuoteInput = {
  lineItems: Array<QuoteLineItemInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Days the quote stays valid, 1 to 90. */
  validDays?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteLineItem = {
  __typename?: 'QuoteLineItem';
  description: Scalars['String']['output'];
  kind: LineItemKind;
  /** Partner catalog parts: days until the part is available, from the catalog when quoted. Null for other lines. */
  leadTimeDays?: Maybe<Scalars['Int']['output']>;
  partNumber?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  /** Parts and fees: a count. Labor: minutes. */
  quantity: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
  /** Parts and fees: cents per unit. Labor: cents per hour. */
  unitPriceCents: Scalars['Int']['output'];
};

export type QuoteLineItemInput = {
  description: Scalars['String']['input'];
  kind: LineItemKind;
  partNumber?: InputMaybe<Scalars['String']['input']>;
  /** Parts and fees: a count. Labor: minutes. */
  quantity: Scalars['Int']['input'];
  /** Parts and fees: cents per unit. Labor: cents per hour. */
  unitPriceCents: Scalars['Int']['input'];
};

export type QuoteStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'PENDING_PARTNER_APPROVAL'
  | 'REJECTED_BY_PARTNER'
  | 'SUPERSEDED';

/** One step in a quote's history. */
export type QuoteStatusChange = {
  __typename?: 'QuoteStatusChange';
  createdAt: Scalars['DateTimeISO']['output'];
  fromStatus?: Maybe<QuoteStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: QuoteStatus;
};

/** A workshop's repair quote for an escalation. Totals and fees are computed by the server. */
export type RepairQuote = {
  __typename?: 'RepairQuote';
  createdAt: Scalars['DateTimeISO']['output'];
  /** As the caller may see them: never contact details for mechanics and workshops. */
  customer?: Maybe<Customer>;
  customerDecisionAt?: Maybe<Scalars['DateTimeISO']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  /** Null when the caller no longer reaches the escalation: a workshop whose offer closed (the customer approved another workshop's quote of a compared set) keeps reading its own quote, not the escalation. */
  escalation?: Maybe<Escalation>;
  id: Scalars['ID']['output'];
  lineItems: Array<QuoteLineItem>;
  /** The longest lead time in days among the quote's partner catalog parts; null when it has none. */
  longestLeadTimeDays?: Maybe<Scalars['Int']['output']>;
  /** The mechanic's referral fee (escalation) or commission (partnership), paid by the platform out of its fee. */
  mechanicFeeCents: Scalars['Int']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** Partnership quotes: when the partner approved it (or it was approved automatically under the threshold). */
  partnerApprovedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The partner organization fulfilling a partnership quote (its name only). */
  partnerOrganizationName?: Maybe<Scalars['String']['output']>;
  /** Partnership quotes: why the partner rejected it. */
  partnerRejectReason?: Maybe<Scalars['String']['output']>;
  /** Customers and admins: the repair's payment (the newest attempt); null until the customer starts paying. */
  payment?: Maybe<Payment>;
  /** The platform's fee out of the total (10% of an escalated repair, 15% of a partnered one by default). */
  platformFeeCents: Scalars['Int']['output'];
  /** The version this one revises. */
  previousVersionId?: Maybe<Scalars['ID']['output']>;
  status: QuoteStatus;
  statusHistory: Array<QuoteStatusChange>;
  subtotalCents: Scalars['Int']['output'];
  /** What the customer pays. */
  totalCents: Scalars['Int']['output'];
  validUntil: Scalars['DateTimeISO']['output'];
  /** Quoted by a mechanic under a verified partnership. */
  verifiedPartner: Scalars['Boolean']['output'];
  /** 1 for the first quote; each revision adds one. */
  version: Scalars['Int']['output'];
  workshop?: Maybe<Workshop>;
  /** What the workshop (or, on a partnership quote, the partner) receives: the total less the platform fee. */
  workshopShareCents: Scalars['Int']['output'];
};

export type RepairQuoteConnection = {
  __typename?: 'RepairQuoteConnection';
  nodes: Array<RepairQuote>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A report of off-platform solicitation on a session, a message, a quote or a workshop conversation you are party to. */
export type ReportSolicitationInput = {
  /** What happened, in your words (contact details are masked). */
  detail?: InputMaybe<Scalars['String']['input']>;
  subjectId: Scalars['ID']['input'];
  subjectType: ReportSubject;
  /** CONVERSATION only: the workshop whose conversation you report (default: the escalation's current workshop). */
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportSubject =
  /** A workshop conversation: `subjectId` is its escalation, `workshopId` its workshop (the advisor who last wrote in it is reported). */
  | 'CONVERSATION'
  /** A chat message (its sender is reported). */
  | 'MESSAGE'
  /** A repair quote (its author is reported). */
  | 'QUOTE'
  /** A diagnostic session (its mechanic is reported). */
  | 'SESSION';

export type RequestSessionInput = {
  /** What is wrong, in the customer's words. */
  concern: Scalars['String']['input'];
  /** Photo and video URLs of the issue (https, up to 10). */
  mediaUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One of the caller's vehicles. */
  vehicleId: Scalars['ID']['input'];
};

export type ResolutionOutcome =
  | 'DISMISSED'
  | 'UPHELD';

export type RetentionMetric =
  /** Mechanics with no standing violation, now (target > 95%). */
  | 'MECHANIC_COMPLIANCE_RATE'
  /** Escalated / completed diagnostics (target > 30%). */
  | 'ON_PLATFORM_TRANSACTION_RATE'
  /** Approved (or completed) / quotes, revisions excluded (target > 60%). */
  | 'QUOTE_APPROVAL_RATE';

/** Admins: the seed's retention metrics with their targets, and the warning signals week over week. */
export type RetentionReport = {
  __typename?: 'RetentionReport';
  asOf: Scalars['DateTimeISO']['output'];
  /** The start of the window the rates are computed over (30 days before asOf). */
  since: Scalars['DateTimeISO']['output'];
  targets: Array<RetentionTarget>;
  trends: Array<SignalTrend>;
};

/** A retention metric beside the seed's target. */
export type RetentionTarget = {
  __typename?: 'RetentionTarget';
  met: Scalars['Boolean']['output'];
  metric: RetentionMetric;
  /** The seed's target in basis points; met when the value is above it. */
  targetBasisPoints: Scalars['Int']['output'];
  /** The metric in basis points (3000 = 30%); null without data. */
  valueBasisPoints?: Maybe<Scalars['Int']['output']>;
};

/** A customer's rating of a mechanic (per session) or a workshop (per paid repair). Names no customer. */
export type Review = {
  __typename?: 'Review';
  /** The comment, contact details masked (admins read originals through content flags). */
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The rated mechanic (MECHANIC reviews). */
  mechanicId?: Maybe<Scalars['ID']['output']>;
  /** 1 to 5 stars. */
  rating: Scalars['Int']['output'];
  subject: ReviewSubject;
  /** The rated workshop (WORKSHOP reviews). */
  workshopId?: Maybe<Scalars['ID']['output']>;
};

export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  nodes: Array<Review>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReviewDecision =
  | 'CONFIRM'
  | 'DISMISS';

/** A customer's rating of completed, paid work. */
export type ReviewInput = {
  /** Optional; contact details in it are masked (and flagged for admins). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5 stars. */
  rating: Scalars['Int']['input'];
};

/** Who a review rates: a session's mechanic or a paid repair's workshop. */
export type ReviewSubject =
  | 'MECHANIC'
  | 'WORKSHOP';

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'MECHANIC'
  | 'PARTNER'
  | 'WORKSHOP_ADVISOR';

export type SanctionInput = {
  /** Why; the account holder reads it (statusReason). */
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

/** An admin's hand-made move on an account. */
export type SanctionKind =
  | 'BAN'
  | 'LIFT'
  | 'SUSPENSION';

/** The result of sending a message. When `flagged`, contact details were masked before delivery. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** True when the message contained contact details; they were not delivered. */
  flagged: Scalars['Boolean']['output'];
  flaggedKinds: Array<ContactKind>;
  message: ChatMessage;
};

export type SessionOrder = {
  direction?: InputMaybe<SortDirection>;
  field: SessionOrderField;
};

/** Ordering by a customer field the caller may not read is FORBIDDEN. */
export type SessionOrderField =
  | 'CUSTOMER_CITY'
  | 'CUSTOMER_FIRST_NAME'
  | 'CUSTOMER_LAST_NAME'
  | 'REQUESTED_AT';

export type SessionStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'REQUESTED';

/** Filter on sessions, within the sessions the caller may see. AND, OR and NOT nest at most 5 levels deep. */
export type SessionWhere = {
  AND?: InputMaybe<Array<SessionWhere>>;
  NOT?: InputMaybe<SessionWhere>;
  OR?: InputMaybe<Array<SessionWhere>>;
  concern?: InputMaybe<StringFilter>;
  customer?: InputMaybe<CustomerWhere>;
  requestedAfter?: InputMaybe<Scalars['DateTimeISO']['input']>;
  requestedBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<Array<SessionStatus>>;
  vehicle?: InputMaybe<VehicleWhere>;
};

/** Customers give their profile; mechanics give a display name. */
export type SignUpInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** Mechanics: the name customers see. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  role: SignUpRole;
};

/** Workshop advisors and partners are created by an admin. */
export type SignUpRole =
  | 'CUSTOMER'
  | 'MECHANIC';

/** A warning signal in the 7 days ending at `asOf` against the 7 days before. */
export type SignalTrend = {
  __typename?: 'SignalTrend';
  /** A change of at least 25% the bad way (a drop or a rise, by signal). */
  alert: Scalars['Boolean']['output'];
  /** (current - previous) / previous in whole basis points; null when the week before was 0 or either has no data. */
  changeBasisPoints?: Maybe<Scalars['Float']['output']>;
  /** This week, in the units of `previousWeek` (a whole number). */
  currentWeek?: Maybe<Scalars['Float']['output']>;
  /** The week before: a count, cents (TRANSACTION_VOLUME) or basis points (ESCALATION_RATE), always a whole number (Float: a week's cents can pass Int's range); null without data. */
  previousWeek?: Maybe<Scalars['Float']['output']>;
  signal: WarningSignal;
};

/** A customer's report that a professional asked to deal off the platform (seed 003 warning signal). */
export type SolicitationReport = {
  __typename?: 'SolicitationReport';
  /** The professional reported: the session's mechanic, the message's sender, the quote's author, or the advisor who last wrote in the conversation (null when none has). */
  accusedId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** What happened, contact details masked: what everyone reads (admins read the original in `originalDetail`). */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Admins: what the customer wrote in `detail`, before contact details were masked (the detail itself when nothing was). Every read of a masked original is written to the audit log. */
  originalDetail?: Maybe<Scalars['String']['output']>;
  /** The resolution's outcome; null while open. */
  outcome?: Maybe<ResolutionOutcome>;
  reporterId: Scalars['ID']['output'];
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The session the subject belongs to. */
  sessionId: Scalars['ID']['output'];
  /** OPEN until an admin resolves it: RESOLVED (upheld) or REJECTED (dismissed). */
  status: ComplaintStatus;
  subjectId: Scalars['ID']['output'];
  subjectType: ReportSubject;
  /** The workshop of the conversation reported, or of the workshop conversation a reported message is in; null otherwise. */
  workshopId?: Maybe<Scalars['ID']['output']>;
};

export type SolicitationReportConnection = {
  __typename?: 'SolicitationReportConnection';
  nodes: Array<SolicitationReport>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffRole =
  | 'PARTNER'
  | 'WORKSHOP_ADVISOR';

/** Text comparison. Every operator given must hold; matching ignores case. */
export type StringFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New messages of a session, for its customer, its mechanic and admins, masked like `messages`. */
  chatMessageAdded: ChatMessage;
  /** Advisors: escalations offered to their own workshop (new and re-matched), as they happen. */
  escalationCreated: Escalation;
  /** Every quote that reaches the session's customer (a new quote, a revision, a partnered quote once its partner approved it), no quote id needed: for the session's customer and admins. */
  quoteAdded: RepairQuote;
  /** Status changes of one quote, for its customer, the referring mechanic and the quoting workshop. */
  quoteStatusChanged: RepairQuote;
  /** New messages of a workshop conversation, for its readers (see `workshopConversation`), masked like `workshopConversation`. */
  workshopMessageAdded: ChatMessage;
};


export type SubscriptionChatMessageAddedArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionQuoteAddedArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionQuoteStatusChangedArgs = {
  quoteId: Scalars['ID']['input'];
};


export type SubscriptionWorkshopMessageAddedArgs = {
  escalationId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuspendAccountInput = {
  /** Why; the account holder reads it (statusReason). */
  reason: Scalars['String']['input'];
  /** When the suspension ends; must be in the future. */
  until: Scalars['DateTimeISO']['input'];
  userId: Scalars['ID']['input'];
};

/** Fields to change on the caller's own profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** The caller's current password: required to change `email`, not needed for the other fields. */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** Mechanics and workshop advisors: the name others see. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The sign-in email; changing it needs `currentPassword`. */
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

/** An admin's edit of a workshop: only the fields given change. */
export type UpdateWorkshopInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  maxOpenEscalations?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  responseTimeoutMinutes?: InputMaybe<Scalars['Int']['input']>;
  serviceArea?: InputMaybe<Array<Scalars['String']['input']>>;
  servicesOffered?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An account. Only its owner and admins can read it. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer profile of a customer account. */
  customer?: Maybe<Customer>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The public profile of a mechanic account. */
  mechanic?: Maybe<Mechanic>;
  role: Role;
  status: AccountStatus;
  /** End of a suspension; null when not suspended or banned for good. */
  suspendedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type Vehicle = {
  __typename?: 'Vehicle';
  color?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  make: Scalars['String']['output'];
  model: Scalars['String']['output'];
  vin?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type VehicleWhere = {
  make?: InputMaybe<StringFilter>;
  model?: InputMaybe<StringFilter>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type WarningSignal =
  /** Chat messages the monitor flagged for contact details; an increase alerts. */
  | 'CONTACT_MESSAGES'
  /** Escalated / completed diagnostics, in basis points; a sudden drop alerts. */
  | 'ESCALATION_RATE'
  /** Customers' reports of off-platform solicitation; an increase alerts. */
  | 'SOLICITATION_REPORTS'
  /** Cents customers paid on the platform (captured or authorized); a decrease alerts. */
  | 'TRANSACTION_VOLUME';

/** A repair workshop. Its directory entry is public to signed-in users. */
export type Workshop = {
  __typename?: 'Workshop';
  city: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Average rating, 0 to 5. */
  rating: Scalars['Float']['output'];
  /** Cities served besides its own. */
  serviceArea: Array<Scalars['String']['output']>;
  /** Service categories it repairs. */
  servicesOffered: Array<Scalars['String']['output']>;
};

/** A workshop's service advisor account, as admins manage it. */
export type WorkshopAdvisor = Professional & {
  __typename?: 'WorkshopAdvisor';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Admins: the account's standing now; FORBIDDEN (null) for anyone else. */
  standing?: Maybe<AccountStanding>;
  workshopId: Scalars['ID']['output'];
};

/** A customer's workshop choice for one of their sessions, applied when the mechanic escalates it. */
export type WorkshopChoice = {
  __typename?: 'WorkshopChoice';
  /** The preferred workshop, offered first when it qualifies. */
  preferredWorkshop?: Maybe<Workshop>;
  /** Workshops to ask for a quote at once (1 to 3); null leaves it to the mechanic. */
  quotesRequested?: Maybe<Scalars['Int']['output']>;
  sessionId: Scalars['ID']['output'];
};

/** The customer's workshop choice for a session, before the mechanic escalates it. */
export type WorkshopChoiceInput = {
  /** The workshop to offer the escalation first when it serves the city and services and has capacity; null for none. */
  preferredWorkshopId?: InputMaybe<Scalars['ID']['input']>;
  /** Workshops to ask for a quote at once, 1 to 3; null leaves it to the mechanic. */
  quotesRequested?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkshopConnection = {
  __typename?: 'WorkshopConnection';
  nodes: Array<Workshop>;
  pageInfo: PageInfo;
  /** Rows the caller may see with this filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The workshop the customer preferred for an escalation, and whether matching offered it the escalation. */
export type WorkshopPreference = {
  __typename?: 'WorkshopPreference';
  /** Whether the preferred workshop was offered the escalation. */
  honoured: Scalars['Boolean']['output'];
  /** When not honoured: why matching passed it over (e.g. at capacity), never naming the customer's city. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The preferred workshop's public card. */
  workshop: Workshop;
};

/** A workshop's onboarding and escalation settings: its advisors and admins read them. */
export type WorkshopSettings = {
  __typename?: 'WorkshopSettings';
  /** Whether matching offers it escalations at all. */
  acceptsEscalations: Scalars['Boolean']['output'];
  autoAcceptRules: Array<AutoAcceptRule>;
  city: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Capacity: how many escalations it holds open at once; matching skips it at the limit. */
  maxOpenEscalations: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Minutes an offer waits for its answer (capped by ESCALATION_RESPONSE_MINUTES). */
  responseTimeoutMinutes: Scalars['Int']['output'];
  /** Cities served besides its own. */
  serviceArea: Array<Scalars['String']['output']>;
  /** Service categories it repairs. */
  servicesOffered: Array<Scalars['String']['output']>;
};

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, email: string, customer?: { __typename?: 'Customer', firstName: string, lastName?: string | null, phone?: string | null, address?: string | null, city?: string | null } | null, mechanic?: { __typename?: 'Mechanic', displayName: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', token: string, expiresAt: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, role: Role, status: AccountStatus, suspendedUntil?: string | null } };

export type MailOutboxQueryVariables = Exact<{
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailOutboxQuery = { __typename?: 'Query', mailOutbox: Array<{ __typename?: 'OutboxMail', to: string, subject: string, text: string, sentAt: string }> };

export type SolicitationReportsQueryVariables = Exact<{
  status?: InputMaybe<ComplaintStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SolicitationReportsQuery = { __typename?: 'Query', solicitationReports: { __typename?: 'SolicitationReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SolicitationReport', id: string, reporterId: string, subjectType: ReportSubject, subjectId: string, sessionId: string, workshopId?: string | null, accusedId?: string | null, detail?: string | null, originalDetail?: string | null, status: ComplaintStatus, outcome?: ResolutionOutcome | null, createdAt: string }> } };

export type ResolveSolicitationReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: ResolutionOutcome;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveSolicitationReportMutation = { __typename?: 'Mutation', resolveSolicitationReport: { __typename?: 'SolicitationReport', id: string, status: ComplaintStatus, outcome?: ResolutionOutcome | null, resolutionNote?: string | null, resolvedAt?: string | null } };

export type ResolveComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: ResolutionOutcome;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveComplaintMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, partnershipId?: string | null, status: ComplaintStatus, outcome?: ResolutionOutcome | null, resolutionNote?: string | null, resolvedAt?: string | null } };

export type SuspendAccountMutationVariables = Exact<{
  input: SuspendAccountInput;
}>;


export type SuspendAccountMutation = { __typename?: 'Mutation', suspendAccount: { __typename?: 'AccountSanction', id: string, kind: SanctionKind, reason: string, endsAt?: string | null, status: AccountStatus } };

export type BanAccountMutationVariables = Exact<{
  input: SanctionInput;
}>;


export type BanAccountMutation = { __typename?: 'Mutation', banAccount: { __typename?: 'AccountSanction', id: string, kind: SanctionKind, reason: string, status: AccountStatus } };

export type LiftAccountSanctionMutationVariables = Exact<{
  input: SanctionInput;
}>;


export type LiftAccountSanctionMutation = { __typename?: 'Mutation', liftAccountSanction: { __typename?: 'AccountSanction', id: string, kind: SanctionKind, reason: string, status: AccountStatus } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEntry', id: string, actorId?: string | null, actorRole?: Role | null, action: string, entityType: string, entityId: string, subjectUserId?: string | null, fields: Array<string>, data?: string | null, createdAt: string }> } };

export type RetentionReportQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RetentionReportQuery = { __typename?: 'Query', retentionReport: { __typename?: 'RetentionReport', asOf: string, since: string, targets: Array<{ __typename?: 'RetentionTarget', metric: RetentionMetric, valueBasisPoints?: number | null, targetBasisPoints: number, met: boolean }>, trends: Array<{ __typename?: 'SignalTrend', signal: WarningSignal, previousWeek?: number | null, currentWeek?: number | null, changeBasisPoints?: number | null, alert: boolean }> } };

export type FlaggedConversationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FlaggedConversationsQuery = { __typename?: 'Query', flaggedConversations: { __typename?: 'FlaggedConversationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'FlaggedConversation', workshopId?: string | null, flaggedMessageCount: number, lastFlaggedAt: string, session: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus, mechanic?: { __typename?: 'Mechanic', displayName: string } | null } }> } };

export type ViolationsQueryVariables = Exact<{
  status?: InputMaybe<FlagStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ViolationsQuery = { __typename?: 'Query', violations: { __typename?: 'ContactViolationConnection', totalCount: number, nodes: Array<{ __typename?: 'ContactViolation', id: string, status: FlagStatus, kinds: Array<ContactKind>, createdAt: string, offender?: { __typename?: 'Mechanic', displayName: string, standing?: { __typename?: 'AccountStanding', status: AccountStatus, suspendedUntil?: string | null, reason?: string | null } | null } | { __typename?: 'PartnerOrganization', displayName: string, standing?: { __typename?: 'AccountStanding', status: AccountStatus, suspendedUntil?: string | null, reason?: string | null } | null } | { __typename?: 'WorkshopAdvisor', displayName: string, standing?: { __typename?: 'AccountStanding', status: AccountStatus, suspendedUntil?: string | null, reason?: string | null } | null } | null, message?: { __typename?: 'ChatMessage', sessionId: string, workshopId?: string | null, body: string, originalBody?: string | null } | null, contents: Array<{ __typename?: 'ContentFlag', entityType: string, entityId: string, field: string, kinds: Array<ContactKind>, masked: string }>, penalty?: { __typename?: 'Penalty', kind: PenaltyKind, endsAt?: string | null } | null }> } };

export type ReviewViolationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ReviewDecision;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewViolationMutation = { __typename?: 'Mutation', reviewViolation: { __typename?: 'ContactViolation', id: string, status: FlagStatus, reviewedAt?: string | null, reviewNote?: string | null, offender?: { __typename?: 'Mechanic', displayName: string } | { __typename?: 'PartnerOrganization', displayName: string } | { __typename?: 'WorkshopAdvisor', displayName: string } | null, penalty?: { __typename?: 'Penalty', kind: PenaltyKind, endsAt?: string | null, reversedAt?: string | null } | null } };

export type WatchConversationSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type WatchConversationSubscription = { __typename?: 'Subscription', chatMessageAdded: { __typename?: 'ChatMessage', id: string, senderRole?: Role | null, body: string, originalBody?: string | null, flaggedKinds?: Array<ContactKind> | null, createdAt: string } };

export type ComplianceRateQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceRateQuery = { __typename?: 'Query', complianceRate: { __typename?: 'ComplianceRate', basisPoints?: number | null, compliantCount: number, mechanicCount: number } };

export type InvestigationTriggersQueryVariables = Exact<{
  days?: Scalars['Int']['input'];
}>;


export type InvestigationTriggersQuery = { __typename?: 'Query', investigationTriggers: { __typename?: 'InvestigationTriggers', mechanicsWithoutEscalations: Array<{ __typename?: 'MechanicActivity', completedDiagnostics: number, escalations: number, mechanic: { __typename?: 'Mechanic', displayName: string } }>, recentContactMessages: Array<{ __typename?: 'ChatMessage', sessionId: string, workshopId?: string | null, body: string, originalBody?: string | null, flaggedKinds?: Array<ContactKind> | null, createdAt: string }> } };

export type CreateWorkshopMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type CreateWorkshopMutation = { __typename?: 'Mutation', createWorkshop: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export type UpdateWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWorkshopInput;
}>;


export type UpdateWorkshopMutation = { __typename?: 'Mutation', updateWorkshop: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export type WorkshopSettingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkshopSettingsQuery = { __typename?: 'Query', workshopSettings: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export type WorkshopAdvisorsQueryVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;


export type WorkshopAdvisorsQuery = { __typename?: 'Query', workshopAdvisors: Array<{ __typename?: 'WorkshopAdvisor', id: string, displayName: string, email: string }> };

export type AddWorkshopAdvisorMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  input: AddWorkshopAdvisorInput;
}>;


export type AddWorkshopAdvisorMutation = { __typename?: 'Mutation', addWorkshopAdvisor: { __typename?: 'WorkshopAdvisor', id: string, workshopId: string, displayName: string, email: string } };

export type RemoveWorkshopAdvisorMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  advisorId: Scalars['ID']['input'];
}>;


export type RemoveWorkshopAdvisorMutation = { __typename?: 'Mutation', removeWorkshopAdvisor: { __typename?: 'WorkshopAdvisor', id: string, displayName: string } };

export type MechanicVettingsQueryVariables = Exact<{
  status?: InputMaybe<MechanicVettingStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MechanicVettingsQuery = { __typename?: 'Query', mechanicVettings: { __typename?: 'MechanicVettingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MechanicVetting', id: string, displayName: string, email: string, accountStatus: AccountStatus, status: MechanicVettingStatus, reason?: string | null, vettedAt?: string | null, signedUpAt: string }> } };

export type ApproveMechanicMutationVariables = Exact<{
  mechanicId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveMechanicMutation = { __typename?: 'Mutation', approveMechanic: { __typename?: 'MechanicVetting', id: string, status: MechanicVettingStatus, reason?: string | null, vettedAt?: string | null } };

export type RejectMechanicMutationVariables = Exact<{
  mechanicId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectMechanicMutation = { __typename?: 'Mutation', rejectMechanic: { __typename?: 'MechanicVetting', id: string, status: MechanicVettingStatus, reason?: string | null, vettedAt?: string | null } };

export type MechanicReputationQueryVariables = Exact<{
  mechanicId: Scalars['ID']['input'];
}>;


export type MechanicReputationQuery = { __typename?: 'Query', mechanicReputation: { __typename?: 'MechanicReputation', mechanicId: string, score: number, escalations: number, approvedQuotes: number, upheldComplaints: number, ratingHundredths: number, ratingCount: number, conversionBasisPoints: number, ratingBasisPoints: number, complaintBasisPoints: number } };

export type StrandedSessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StrandedSessionsQuery = { __typename?: 'Query', strandedSessions: { __typename?: 'DiagnosticSessionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticSession', id: string, status: SessionStatus, requestedAt: string, mechanic?: { __typename?: 'Mechanic', id: string, displayName: string } | null }> } };

export type PostPlatformNoteMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type PostPlatformNoteMutation = { __typename?: 'Mutation', postPlatformNote: { __typename?: 'ChatMessage', id: string, kind: MessageKind, body: string, createdAt: string, cursor: string } };

export type AdminCancelSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdminCancelSessionMutation = { __typename?: 'Mutation', adminCancelSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus, cancelReason?: string | null } };

export type AdminReassignSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mechanicId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdminReassignSessionMutation = { __typename?: 'Mutation', adminReassignSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus, mechanic?: { __typename?: 'Mechanic', id: string, displayName: string } | null } };

export type SendMessageMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', flagged: boolean, flaggedKinds: Array<ContactKind>, message: { __typename?: 'ChatMessage', id: string, body: string, cursor: string } } };

export type MessagesQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MessagesQuery = { __typename?: 'Query', messages: { __typename?: 'ChatMessageConnection', nodes: Array<{ __typename?: 'ChatMessage', id: string, kind: MessageKind, senderRole?: Role | null, body: string, createdAt: string, editedAt?: string | null, cursor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ChatMessageAddedSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type ChatMessageAddedSubscription = { __typename?: 'Subscription', chatMessageAdded: { __typename?: 'ChatMessage', id: string, kind: MessageKind, senderRole?: Role | null, body: string, createdAt: string, editedAt?: string | null, cursor: string } };

export type AddVehicleMutationVariables = Exact<{
  input: AddVehicleInput;
}>;


export type AddVehicleMutation = { __typename?: 'Mutation', addVehicle: { __typename?: 'Vehicle', id: string, year: number, make: string, model: string } };

export type RequestSessionMutationVariables = Exact<{
  input: RequestSessionInput;
}>;


export type RequestSessionMutation = { __typename?: 'Mutation', requestSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus, priceCents: number } };

export type PayDiagnosticMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type PayDiagnosticMutation = { __typename?: 'Mutation', payDiagnostic: { __typename?: 'PaymentIntentResult', paymentId: string, clientSecret: string, amountCents: number, status: PaymentStatus } };

export type QuotesQueryVariables = Exact<{
  escalationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuotesQuery = { __typename?: 'Query', quotes: { __typename?: 'RepairQuoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RepairQuote', id: string, version: number, status: QuoteStatus, totalCents: number, validUntil: string, createdAt: string, workshop?: { __typename?: 'Workshop', name: string } | null }> } };

export type ApproveQuoteMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
}>;


export type ApproveQuoteMutation = { __typename?: 'Mutation', approveQuote: { __typename?: 'RepairQuote', id: string, status: QuoteStatus } };

export type PayQuoteMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type PayQuoteMutation = { __typename?: 'Mutation', payQuote: { __typename?: 'PaymentIntentResult', paymentId: string, clientSecret: string, amountCents: number, manualCapture: boolean, status: PaymentStatus } };

export type QuoteStatusChangedSubscriptionVariables = Exact<{
  quoteId: Scalars['ID']['input'];
}>;


export type QuoteStatusChangedSubscription = { __typename?: 'Subscription', quoteStatusChanged: { __typename?: 'RepairQuote', id: string, status: QuoteStatus, totalCents: number } };

export type QuoteAddedSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type QuoteAddedSubscription = { __typename?: 'Subscription', quoteAdded: { __typename?: 'RepairQuote', id: string, version: number, status: QuoteStatus, totalCents: number, validUntil: string } };

export type ChooseWorkshopMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  input: WorkshopChoiceInput;
}>;


export type ChooseWorkshopMutation = { __typename?: 'Mutation', chooseWorkshop: { __typename?: 'WorkshopChoice', sessionId: string, quotesRequested?: number | null, preferredWorkshop?: { __typename?: 'Workshop', id: string, name: string } | null } };

export type RequestAnotherQuoteMutationVariables = Exact<{
  escalationId: Scalars['ID']['input'];
}>;


export type RequestAnotherQuoteMutation = { __typename?: 'Mutation', requestAnotherQuote: { __typename?: 'Escalation', id: string, status: EscalationStatus, quotesRequested: number, preference?: { __typename?: 'WorkshopPreference', honoured: boolean, reason?: string | null, workshop: { __typename?: 'Workshop', id: string, name: string } } | null } };

export type QuoteComparisonQueryVariables = Exact<{
  escalationId: Scalars['ID']['input'];
}>;


export type QuoteComparisonQuery = { __typename?: 'Query', quoteComparison: { __typename?: 'QuoteComparison', escalationId: string, quotesRequested: number, moreQuotesAllowed: number, quotes: Array<{ __typename?: 'RepairQuote', id: string, status: QuoteStatus, version: number, totalCents: number, longestLeadTimeDays?: number | null, workshop?: { __typename?: 'Workshop', id: string, name: string, rating: number } | null, lineItems: Array<{ __typename?: 'QuoteLineItem', description: string, quantity: number, totalCents: number, leadTimeDays?: number | null }> }> } };

export type DropOffSlotsQueryVariables = Exact<{
  quoteId: Scalars['ID']['input'];
}>;


export type DropOffSlotsQuery = { __typename?: 'Query', dropOffSlots: Array<{ __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string }> };

export type DropOffBookingQueryVariables = Exact<{
  quoteId: Scalars['ID']['input'];
}>;


export type DropOffBookingQuery = { __typename?: 'Query', dropOffBooking?: { __typename?: 'DropOffBooking', id: string, quoteId: string, status: DropOffStatus, workshopAddress?: string | null, updatedAt: string, slot?: { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string } | null } | null };

export type BookDropOffMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
}>;


export type BookDropOffMutation = { __typename?: 'Mutation', bookDropOff: { __typename?: 'DropOffBooking', id: string, quoteId: string, status: DropOffStatus, workshopAddress?: string | null, updatedAt: string, slot?: { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string } | null } };

export type CancelDropOffMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
}>;


export type CancelDropOffMutation = { __typename?: 'Mutation', cancelDropOff: { __typename?: 'DropOffBooking', id: string, quoteId: string, status: DropOffStatus, workshopAddress?: string | null, updatedAt: string, slot?: { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string } | null } };

export type PublishDropOffSlotMutationVariables = Exact<{
  input: DropOffSlotInput;
}>;


export type PublishDropOffSlotMutation = { __typename?: 'Mutation', publishDropOffSlot: { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string } };

export type SetDropOffAddressMutationVariables = Exact<{
  streetAddress: Scalars['String']['input'];
}>;


export type SetDropOffAddressMutation = { __typename?: 'Mutation', setDropOffAddress: boolean };

export type SlotFragment = { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string };

export type BookingFragment = { __typename?: 'DropOffBooking', id: string, quoteId: string, status: DropOffStatus, workshopAddress?: string | null, updatedAt: string, slot?: { __typename?: 'DropOffSlot', id: string, startsAt: string, durationMinutes: number, endsAt: string } | null };

export type ReportSolicitationMutationVariables = Exact<{
  input: ReportSolicitationInput;
}>;


export type ReportSolicitationMutation = { __typename?: 'Mutation', reportSolicitation: { __typename?: 'SolicitationReport', id: string, subjectType: ReportSubject, subjectId: string, workshopId?: string | null, detail?: string | null, status: ComplaintStatus, outcome?: ResolutionOutcome | null, createdAt: string } };

export type MySessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MySessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'DiagnosticSessionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticSession', id: string, status: SessionStatus, concern: string, requestedAt: string, vehicle: { __typename?: 'Vehicle', year: number, make: string, model: string }, mechanic?: { __typename?: 'Mechanic', displayName: string, rating: number } | null }> } };

export type OpenSessionRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OpenSessionRequestsQuery = { __typename?: 'Query', openSessionRequests: { __typename?: 'DiagnosticSessionConnection', totalCount: number, nodes: Array<{ __typename?: 'DiagnosticSession', id: string, concern: string, requestedAt: string, vehicle: { __typename?: 'Vehicle', year: number, make: string, model: string }, customer?: { __typename?: 'Customer', firstName: string } | null }> } };

export type ClaimSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimSessionMutation = { __typename?: 'Mutation', claimSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus } };

export type StartSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartSessionMutation = { __typename?: 'Mutation', startSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus } };

export type CompleteSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CompleteSessionInput;
}>;


export type CompleteSessionMutation = { __typename?: 'Mutation', completeSession: { __typename?: 'DiagnosticSession', id: string, status: SessionStatus, diagnosis?: string | null, recommendedServices: Array<string> } };

export type EscalateMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  input: EscalateInput;
}>;


export type EscalateMutation = { __typename?: 'Mutation', escalate: { __typename?: 'Escalation', id: string, status: EscalationStatus, unmatchedReason?: EscalationUnmatchedReason | null, offers: Array<{ __typename?: 'EscalationOffer', id: string, status: OfferStatus, matchReason: string, workshop: { __typename?: 'Workshop', id: string, name: string } }> } };

export type EscalationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EscalationsQuery = { __typename?: 'Query', escalations: { __typename?: 'EscalationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Escalation', id: string, status: EscalationStatus, unmatchedReason?: EscalationUnmatchedReason | null, createdAt: string, workshop?: { __typename?: 'Workshop', name: string } | null }> } };

export type AcceptPartnershipTermsMutationVariables = Exact<{
  partnershipId: Scalars['ID']['input'];
}>;


export type AcceptPartnershipTermsMutation = { __typename?: 'Mutation', acceptPartnershipTerms: { __typename?: 'Partnership', id: string, status: PartnershipStatus, partnerAcceptedAt?: string | null } };

export type PartnerQuotesAwaitingApprovalQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerQuotesAwaitingApprovalQuery = { __typename?: 'Query', partnershipQuotes: { __typename?: 'RepairQuoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RepairQuote', id: string, status: QuoteStatus, totalCents: number, mechanicFeeCents: number, createdAt: string, lineItems: Array<{ __typename?: 'QuoteLineItem', kind: LineItemKind, description: string, quantity: number, unitPriceCents: number, totalCents: number }> }> } };

export type ApprovePartnerQuoteMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
}>;


export type ApprovePartnerQuoteMutation = { __typename?: 'Mutation', approvePartnerQuote: { __typename?: 'RepairQuote', id: string, status: QuoteStatus, validUntil: string } };

export type RejectPartnerQuoteMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectPartnerQuoteMutation = { __typename?: 'Mutation', rejectPartnerQuote: { __typename?: 'RepairQuote', id: string, status: QuoteStatus, partnerRejectReason?: string | null } };

export type PartnerPerformanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerPerformanceQuery = { __typename?: 'Query', partnerPerformance: Array<{ __typename?: 'MechanicPerformance', mechanicName: string, quotes: number, approvalRate: number, conversionRate: number, complaints: number }> };

export type PayoutAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type PayoutAccountQuery = { __typename?: 'Query', payoutAccount: { __typename?: 'PayoutAccount', connected: boolean, chargesEnabled: boolean, payoutsEnabled: boolean, requirementsDue: Array<string> } };

export type StartPayoutOnboardingMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPayoutOnboardingMutation = { __typename?: 'Mutation', startPayoutOnboarding: { __typename?: 'PayoutOnboardingLink', url: string, expiresAt: string } };

export type ReviewMechanicMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  input: ReviewInput;
}>;


export type ReviewMechanicMutation = { __typename?: 'Mutation', reviewMechanic: { __typename?: 'Review', id: string, subject: ReviewSubject, rating: number, comment?: string | null, createdAt: string } };

export type ReviewWorkshopMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  input: ReviewInput;
}>;


export type ReviewWorkshopMutation = { __typename?: 'Mutation', reviewWorkshop: { __typename?: 'Review', id: string, subject: ReviewSubject, rating: number, comment?: string | null, createdAt: string } };

export type MechanicReviewsQueryVariables = Exact<{
  mechanicId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MechanicReviewsQuery = { __typename?: 'Query', mechanicReviews: { __typename?: 'ReviewConnection', totalCount: number, nodes: Array<{ __typename?: 'Review', id: string, rating: number, comment?: string | null, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WorkshopReviewsQueryVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkshopReviewsQuery = { __typename?: 'Query', workshopReviews: { __typename?: 'ReviewConnection', totalCount: number, nodes: Array<{ __typename?: 'Review', id: string, rating: number, comment?: string | null, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SendWorkshopMessageMutationVariables = Exact<{
  escalationId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
}>;


export type SendWorkshopMessageMutation = { __typename?: 'Mutation', sendWorkshopMessage: { __typename?: 'SendMessagePayload', flagged: boolean, flaggedKinds: Array<ContactKind>, message: { __typename?: 'ChatMessage', id: string, body: string, cursor: string } } };

export type WorkshopConversationQueryVariables = Exact<{
  escalationId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WorkshopConversationQuery = { __typename?: 'Query', workshopConversation: { __typename?: 'ChatMessageConnection', nodes: Array<{ __typename?: 'ChatMessage', id: string, workshopId?: string | null, kind: MessageKind, senderRole?: Role | null, body: string, createdAt: string, editedAt?: string | null, cursor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WorkshopMessageAddedSubscriptionVariables = Exact<{
  escalationId: Scalars['ID']['input'];
  workshopId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WorkshopMessageAddedSubscription = { __typename?: 'Subscription', workshopMessageAdded: { __typename?: 'ChatMessage', id: string, workshopId?: string | null, kind: MessageKind, senderRole?: Role | null, body: string, createdAt: string, editedAt?: string | null, cursor: string } };

export type ConversationMessageFragment = { __typename?: 'ChatMessage', id: string, workshopId?: string | null, kind: MessageKind, senderRole?: Role | null, body: string, createdAt: string, editedAt?: string | null, cursor: string };

export type EscalationCreatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EscalationCreatedSubscription = { __typename?: 'Subscription', escalationCreated: { __typename?: 'Escalation', id: string, status: EscalationStatus, createdAt: string, customer?: { __typename?: 'Customer', firstName: string, lastInitial?: string | null, city?: string | null } | null, session: { __typename?: 'DiagnosticSession', concern: string, diagnosis?: string | null, recommendedServices: Array<string>, vehicle: { __typename?: 'Vehicle', year: number, make: string, model: string } }, offers: Array<{ __typename?: 'EscalationOffer', id: string, status: OfferStatus, expiresAt: string }> } };

export type OpenEscalationOffersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OpenEscalationOffersQuery = { __typename?: 'Query', openEscalationOffers: { __typename?: 'EscalationOfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'EscalationOffer', id: string, status: OfferStatus, matchReason: string, offeredAt: string, expiresAt: string, escalation?: { __typename?: 'Escalation', id: string, createdAt: string, customer?: { __typename?: 'Customer', firstName: string, lastInitial?: string | null, city?: string | null } | null, session: { __typename?: 'DiagnosticSession', concern: string, diagnosis?: string | null, recommendedServices: Array<string>, vehicle: { __typename?: 'Vehicle', year: number, make: string, model: string } } } | null }> } };

export type RespondToEscalationMutationVariables = Exact<{
  offerId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToEscalationMutation = { __typename?: 'Mutation', respondToEscalation: { __typename?: 'EscalationOffer', id: string, status: OfferStatus } };

export type CreateQuoteMutationVariables = Exact<{
  escalationId: Scalars['ID']['input'];
  input: QuoteInput;
}>;


export type CreateQuoteMutation = { __typename?: 'Mutation', createQuote: { __typename?: 'RepairQuote', id: string, version: number, status: QuoteStatus, subtotalCents: number, totalCents: number, platformFeeCents: number, mechanicFeeCents: number, workshopShareCents: number, validUntil: string } };

export type MyWorkshopSettingsFragment = { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> };

export type MyWorkshopQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkshopQuery = { __typename?: 'Query', myWorkshop: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export type UpdateEscalationPreferencesMutationVariables = Exact<{
  input: EscalationPreferencesInput;
}>;


export type UpdateEscalationPreferencesMutation = { __typename?: 'Mutation', updateEscalationPreferences: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export type SetAutoAcceptRulesMutationVariables = Exact<{
  rules: Array<AutoAcceptRuleInput> | AutoAcceptRuleInput;
}>;


export type SetAutoAcceptRulesMutation = { __typename?: 'Mutation', setAutoAcceptRules: { __typename?: 'WorkshopSettings', id: string, name: string, city: string, serviceArea: Array<string>, servicesOffered: Array<string>, acceptsEscalations: boolean, maxOpenEscalations: number, responseTimeoutMinutes: number, autoAcceptRules: Array<{ __typename?: 'AutoAcceptRule', serviceCategory: string, maxAmountCents: number }> } };

export const SlotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<SlotFragment, unknown>;
export const BookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Booking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshopAddress"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<BookingFragment, unknown>;
export const ConversationMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]} as unknown as DocumentNode<ConversationMessageFragment, unknown>;
export const MyWorkshopSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkshopSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]} as unknown as DocumentNode<MyWorkshopSettingsFragment, unknown>;
export const UpdateProfileDocument = {"__meta__":{"hash":"35accc49c3532e0cfa5801b4e7d8ba6080263442da5c5d81dc6eef8f582dd3e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"28047dafb9ec9867b265d6c0db0381160ac003be6747a9a1205e3847f4dc536a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"9a68775218e1427d1e405d35ecad34dc62f6f063e293501a4c654aca5ded74a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"0e988ac4adf45522a1c27680f0622ae94af5dfd14b54170f1ee2fda8eff87667"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MailOutboxDocument = {"__meta__":{"hash":"f6f75e2a524059a8cb8f8fda4acde785c18d1a0682b0884feb13ee50699757c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const SolicitationReportsDocument = {"__meta__":{"hash":"6a388e1644cf6ed85b4b25d8bc77f42f15f77d644b04f004f1d062c653f9870b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SolicitationReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solicitationReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"accusedId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"originalDetail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SolicitationReportsQuery, SolicitationReportsQueryVariables>;
export const ResolveSolicitationReportDocument = {"__meta__":{"hash":"cba99ef328ab49b05832a5eab043d8ff117c2569565b5d4518c5682925ede934"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveSolicitationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveSolicitationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveSolicitationReportMutation, ResolveSolicitationReportMutationVariables>;
export const ResolveComplaintDocument = {"__meta__":{"hash":"43ca0e71fe058025619d441ef2bd3b2662bc1dd7ae812e170159153d367e82f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const SuspendAccountDocument = {"__meta__":{"hash":"771e2f945cbd36eb5eb172b57a70d6d63bf9ae8dc1766b09d69804fcd3b3c4dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SuspendAccountMutation, SuspendAccountMutationVariables>;
export const BanAccountDocument = {"__meta__":{"hash":"f2c3bdf81d7441fee71b1ffbae49efc4cff5789c125467a27426727e55755742"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BanAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SanctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BanAccountMutation, BanAccountMutationVariables>;
export const LiftAccountSanctionDocument = {"__meta__":{"hash":"15c1e341f1c85f9e0a083218fd86a56b8dfe869a9f27aca76c8b39e963941b69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftAccountSanction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SanctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftAccountSanction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiftAccountSanctionMutation, LiftAccountSanctionMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"ad024511639c71d7ae28802e27b8b544fb688597545753dc667fb510426eadd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectUserId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const RetentionReportDocument = {"__meta__":{"hash":"9f718f1fdecb0cd3cc55a6b49f62dab7a4e551261c9f4942f7141da32ec06349"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"valueBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"targetBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"previousWeek"}},{"kind":"Field","name":{"kind":"Name","value":"currentWeek"}},{"kind":"Field","name":{"kind":"Name","value":"changeBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}}]}}]}}]}}]} as unknown as DocumentNode<RetentionReportQuery, RetentionReportQueryVariables>;
export const FlaggedConversationsDocument = {"__meta__":{"hash":"802f5a755d2ed95b12d333fc7cb9e53de875f9d3c62180e101eb3ece8e4c20cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlaggedConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flaggedConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastFlaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FlaggedConversationsQuery, FlaggedConversationsQueryVariables>;
export const ViolationsDocument = {"__meta__":{"hash":"0096edf6798e746aaa883875e94f2ad7c9b3ca0762dd4903ee8275fc98d7f31a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Violations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"originalBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViolationsQuery, ViolationsQueryVariables>;
export const ReviewViolationDocument = {"__meta__":{"hash":"9e1120ddd0e6f9a49c1a1424d8feeaf7b79e5e819ccf7e59aa87741e2be3c4f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewViolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewViolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"offender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reversedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewViolationMutation, ReviewViolationMutationVariables>;
export const WatchConversationDocument = {"__meta__":{"hash":"ab6a6a3f010f2c195725e589dc1dd862abd6fa39e88fb54c34175de4d6ffe520"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"originalBody"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WatchConversationSubscription, WatchConversationSubscriptionVariables>;
export const ComplianceRateDocument = {"__meta__":{"hash":"27ab1e51a1fb163f28cf3dc2b901dcac824f83a55e30a34b3d05c566cf03f607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"compliantCount"}},{"kind":"Field","name":{"kind":"Name","value":"mechanicCount"}}]}}]}}]} as unknown as DocumentNode<ComplianceRateQuery, ComplianceRateQueryVariables>;
export const InvestigationTriggersDocument = {"__meta__":{"hash":"1901efd6910bd42818751bfd417c563e97b25c85b1525f6780ba77ab267e7011"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvestigationTriggers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigationTriggers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicsWithoutEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedDiagnostics"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentContactMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"originalBody"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvestigationTriggersQuery, InvestigationTriggersQueryVariables>;
export const CreateWorkshopDocument = {"__meta__":{"hash":"2088924d1fddee419a7be063a14fd08914ae1de737d0904f999eca3cd0561348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const UpdateWorkshopDocument = {"__meta__":{"hash":"d616ead3456256c5ed8f1604498a481a8c9672011d2828a2c648be20d9af6736"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopMutation, UpdateWorkshopMutationVariables>;
export const WorkshopSettingsDocument = {"__meta__":{"hash":"dc8ed655acc988316db26a8dec29dea9077f06c7dc3c316e7f242c20de905774"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSettingsQuery, WorkshopSettingsQueryVariables>;
export const WorkshopAdvisorsDocument = {"__meta__":{"hash":"dbc27c2058b37f55dcf33bf69a9613dc5258adef08887ff81062fcd7ef067ee3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopAdvisors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopAdvisors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<WorkshopAdvisorsQuery, WorkshopAdvisorsQueryVariables>;
export const AddWorkshopAdvisorDocument = {"__meta__":{"hash":"9c4f421538fe6b1daf85bca9e171af51a9cf893a20a00b10eb376970ecd92ee1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshopAdvisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddWorkshopAdvisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkshopAdvisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AddWorkshopAdvisorMutation, AddWorkshopAdvisorMutationVariables>;
export const RemoveWorkshopAdvisorDocument = {"__meta__":{"hash":"4fa8d4e3d94aae673c1565c94f9fb23d08a871b6cca685fa7e2c66899b208c75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkshopAdvisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"advisorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkshopAdvisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"advisorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"advisorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RemoveWorkshopAdvisorMutation, RemoveWorkshopAdvisorMutationVariables>;
export const MechanicVettingsDocument = {"__meta__":{"hash":"6f77c246dd0474e87baf99d45cf85fba64b9c412c42a5d79dc878f9ad206c81b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MechanicVettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MechanicVettingStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicVettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"vettedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpAt"}}]}}]}}]}}]} as unknown as DocumentNode<MechanicVettingsQuery, MechanicVettingsQueryVariables>;
export const ApproveMechanicDocument = {"__meta__":{"hash":"94ba7c8009ae66859388eda1c130519e02ac79507a91a02a653767ebb1d03905"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMechanic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMechanic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mechanicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"vettedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveMechanicMutation, ApproveMechanicMutationVariables>;
export const RejectMechanicDocument = {"__meta__":{"hash":"e9e0c942d2628ec4dd84955dd78964de097072fa37362a89dc24991003689313"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMechanic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMechanic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mechanicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"vettedAt"}}]}}]}}]} as unknown as DocumentNode<RejectMechanicMutation, RejectMechanicMutationVariables>;
export const MechanicReputationDocument = {"__meta__":{"hash":"aee9b14e4a52161cc39a6c999a0e2b66ab32649c48718c5e7cb977b46a8749cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MechanicReputation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicReputation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mechanicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"approvedQuotes"}},{"kind":"Field","name":{"kind":"Name","value":"upheldComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"ratingHundredths"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"conversionBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"ratingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"complaintBasisPoints"}}]}}]}}]} as unknown as DocumentNode<MechanicReputationQuery, MechanicReputationQueryVariables>;
export const StrandedSessionsDocument = {"__meta__":{"hash":"330ca1872b1d4cdad5b1f0299b7a293832c138a0a76c763ff9b233647459b118"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrandedSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strandedSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrandedSessionsQuery, StrandedSessionsQueryVariables>;
export const PostPlatformNoteDocument = {"__meta__":{"hash":"cd209484af3956aedad5c871c9d639c595e13607c7a91d0e5f7f8cfebbf6c8e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostPlatformNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postPlatformNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<PostPlatformNoteMutation, PostPlatformNoteMutationVariables>;
export const AdminCancelSessionDocument = {"__meta__":{"hash":"bf84624ecef3d48dd7203f7d1c401119729b92d157ad5ae0337e5799d9aafe7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminCancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<AdminCancelSessionMutation, AdminCancelSessionMutationVariables>;
export const AdminReassignSessionDocument = {"__meta__":{"hash":"e2c7d5cc8bcd3a2e817b6f10a8fa1093d67af7af8f755031657c759bbaeaf082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReassignSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminReassignSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mechanicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReassignSessionMutation, AdminReassignSessionMutationVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"f434cbf5ffc2ed591b7719f90bec82f1e8071901cfc3650c89510730e22765ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MessagesDocument = {"__meta__":{"hash":"0ada28d1c69d4d3b335c7d584796c608dc8715fb034ba5cf45930136971249a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const ChatMessageAddedDocument = {"__meta__":{"hash":"b7fee272f8d0a286bccb8c192a971403a590d157695aeb3ec83f6eb5191e56ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatMessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<ChatMessageAddedSubscription, ChatMessageAddedSubscriptionVariables>;
export const AddVehicleDocument = {"__meta__":{"hash":"f64ec44f0248b106a6f6a4db6cdabc732781cbd871bb85d23b079b14637f95e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<AddVehicleMutation, AddVehicleMutationVariables>;
export const RequestSessionDocument = {"__meta__":{"hash":"940b3324f6655c473f69a5f2cec93cec3877f0cf72e345951c0f792d6eee1b2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}}]}}]}}]} as unknown as DocumentNode<RequestSessionMutation, RequestSessionMutationVariables>;
export const PayDiagnosticDocument = {"__meta__":{"hash":"3476705c8664a7c384187c70af3273f2601eea7803b568f727bec7bcbc53a375"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayDiagnostic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payDiagnostic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PayDiagnosticMutation, PayDiagnosticMutationVariables>;
export const QuotesDocument = {"__meta__":{"hash":"126c5e5900f2abff0e8684b5fa1dcc0875a0cd454e1b82eb0aaeb55f9352397d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuotesQuery, QuotesQueryVariables>;
export const ApproveQuoteDocument = {"__meta__":{"hash":"22eb84185588d061b7ca71acc02854e53940649f1dba912dcc36e2f65d12cf20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveQuoteMutation, ApproveQuoteMutationVariables>;
export const PayQuoteDocument = {"__meta__":{"hash":"a9022eed157176a9a7986b961e090578d7f091c3f726fcddf855ce891ebfd9ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"manualCapture"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PayQuoteMutation, PayQuoteMutationVariables>;
export const QuoteStatusChangedDocument = {"__meta__":{"hash":"d837e165cb3adc3e67e193dbdb8c948e9df2065fa5d7ee80f6e35f48861c4309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuoteStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<QuoteStatusChangedSubscription, QuoteStatusChangedSubscriptionVariables>;
export const QuoteAddedDocument = {"__meta__":{"hash":"2fa1c9a74e2125a1a099d1399b0eb7aaef705aca1739902ffe8fcf59fe397f8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuoteAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<QuoteAddedSubscription, QuoteAddedSubscriptionVariables>;
export const ChooseWorkshopDocument = {"__meta__":{"hash":"293b8712caa2d57caa7de5d04ee284dff1983ff72c1b6cf5b3f699753a44c1e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopChoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"preferredWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChooseWorkshopMutation, ChooseWorkshopMutationVariables>;
export const RequestAnotherQuoteDocument = {"__meta__":{"hash":"174c2ff1fafbdd519a9f5c19238156adde77068832468d99e7efb47c2cc6b8d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAnotherQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAnotherQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"preference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honoured"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestAnotherQuoteMutation, RequestAnotherQuoteMutationVariables>;
export const QuoteComparisonDocument = {"__meta__":{"hash":"57f6b2e5e09c1753d21fde8857269b3ee1713c71da3fcedbf0eb812c22ae0218"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationId"}},{"kind":"Field","name":{"kind":"Name","value":"quotesRequested"}},{"kind":"Field","name":{"kind":"Name","value":"moreQuotesAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"longestLeadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuoteComparisonQuery, QuoteComparisonQueryVariables>;
export const DropOffSlotsDocument = {"__meta__":{"hash":"5b659d0c04482c052aa6dc323b699ff40df7ccb5b992517a688edfa7dfcf3884"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropOffSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropOffSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<DropOffSlotsQuery, DropOffSlotsQueryVariables>;
export const DropOffBookingDocument = {"__meta__":{"hash":"5d08465a08c5e67e6488ebc9f2ec843c689f109a39273b9663e1316e0b8e2372"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropOffBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropOffBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Booking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Booking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshopAddress"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DropOffBookingQuery, DropOffBookingQueryVariables>;
export const BookDropOffDocument = {"__meta__":{"hash":"48a8adcbdeffd20ed409208458781710c022ff59631d8cbacf4b184c0cf46f8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookDropOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookDropOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Booking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Booking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshopAddress"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<BookDropOffMutation, BookDropOffMutationVariables>;
export const CancelDropOffDocument = {"__meta__":{"hash":"dd7ade7868c711c3c69927e78539fe20ed5cc80d616922e53129c6751fc77bb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDropOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDropOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Booking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Booking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshopAddress"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelDropOffMutation, CancelDropOffMutationVariables>;
export const PublishDropOffSlotDocument = {"__meta__":{"hash":"c3ee1cb34a345e4ff880c974d4bc8316be2658768273030917acc79599ec3a17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDropOffSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDropOffSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Slot"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropOffSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<PublishDropOffSlotMutation, PublishDropOffSlotMutationVariables>;
export const SetDropOffAddressDocument = {"__meta__":{"hash":"221e216c289e6cf5091f4ea034af9a0281b877598747912da01f19fd6448dae3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDropOffAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetAddress"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDropOffAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streetAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetAddress"}}}]}]}}]} as unknown as DocumentNode<SetDropOffAddressMutation, SetDropOffAddressMutationVariables>;
export const ReportSolicitationDocument = {"__meta__":{"hash":"0d7009ee15ddb6a1bb977cf598bf239032e693d475130bf464c66712dfba563f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSolicitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSolicitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSolicitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportSolicitationMutation, ReportSolicitationMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"c10ada32660294ab0a2431fe89dd11d38b1481924e4600df0e235fe7bb41bb80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mechanic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const OpenSessionRequestsDocument = {"__meta__":{"hash":"661e6bc96e6a5c5cdb3ba1f9634a5fb624558915d2065495ff62b3d9ab36b51a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenSessionRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSessionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenSessionRequestsQuery, OpenSessionRequestsQueryVariables>;
export const ClaimSessionDocument = {"__meta__":{"hash":"c5fe6593722adf903d0926bb134321c184fae25c7ba21910bcedbd44d8541fe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClaimSessionMutation, ClaimSessionMutationVariables>;
export const StartSessionDocument = {"__meta__":{"hash":"3d3688c38be9f88a624fb3df230d53262b8bf5f567ce8dfdc542d167046b41a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartSessionMutation, StartSessionMutationVariables>;
export const CompleteSessionDocument = {"__meta__":{"hash":"dc3cbba4b5d4c00685d4f59e3b56ff974f9465e15431557e70119aedeac86ab5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedServices"}}]}}]}}]} as unknown as DocumentNode<CompleteSessionMutation, CompleteSessionMutationVariables>;
export const EscalateDocument = {"__meta__":{"hash":"db134829144b2d95d625dad05ba3f0eea4e612d568554e5c62b8c7bad3c8a893"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Escalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedReason"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchReason"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscalateMutation, EscalateMutationVariables>;
export const EscalationsDocument = {"__meta__":{"hash":"120ce338231a0a98a2f2b4b695d291383c625af38dab60ca6e935841dd17949c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscalationsQuery, EscalationsQueryVariables>;
export const AcceptPartnershipTermsDocument = {"__meta__":{"hash":"6fab8183fd4e329895bb4a183b79124ea6802425f4686ebb29ea9dc2ffdca705"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPartnershipTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPartnershipTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAcceptedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptPartnershipTermsMutation, AcceptPartnershipTermsMutationVariables>;
export const PartnerQuotesAwaitingApprovalDocument = {"__meta__":{"hash":"884952f21853d4b40b568cc243e907ba27a08c3c957d5cf438ccaf0ccad74ce8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerQuotesAwaitingApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipQuotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING_PARTNER_APPROVAL"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"mechanicFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerQuotesAwaitingApprovalQuery, PartnerQuotesAwaitingApprovalQueryVariables>;
export const ApprovePartnerQuoteDocument = {"__meta__":{"hash":"f5d96fc574e06316facefd102c3f15d060de8e1a8e41bfab9f779a714c44d9f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePartnerQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePartnerQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ApprovePartnerQuoteMutation, ApprovePartnerQuoteMutationVariables>;
export const RejectPartnerQuoteDocument = {"__meta__":{"hash":"fcbc84426092999659bd70c350d60ec226233889a1aae53620e309c520cb1603"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPartnerQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPartnerQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRejectReason"}}]}}]}}]} as unknown as DocumentNode<RejectPartnerQuoteMutation, RejectPartnerQuoteMutationVariables>;
export const PartnerPerformanceDocument = {"__meta__":{"hash":"868f521476ecc67db1abbe53e812c8b1922f9de2029e083461b8c16bbbe92ade"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPerformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicName"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}}]}}]}}]} as unknown as DocumentNode<PartnerPerformanceQuery, PartnerPerformanceQueryVariables>;
export const PayoutAccountDocument = {"__meta__":{"hash":"a851f493d97960a98fb7fa8711fe2d64dd911cc57a4f5a46684e887cc1e5b158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"chargesEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"payoutsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsDue"}}]}}]}}]} as unknown as DocumentNode<PayoutAccountQuery, PayoutAccountQueryVariables>;
export const StartPayoutOnboardingDocument = {"__meta__":{"hash":"abcaf799d0f07ba77f73c2229f030777625aae980ef5c8b81641658e478b0a11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPayoutOnboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPayoutOnboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StartPayoutOnboardingMutation, StartPayoutOnboardingMutationVariables>;
export const ReviewMechanicDocument = {"__meta__":{"hash":"5279824d2a7296232db0f749590bea4295c10d6838b27362ffceb9940f1c96d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewMechanic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMechanic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewMechanicMutation, ReviewMechanicMutationVariables>;
export const ReviewWorkshopDocument = {"__meta__":{"hash":"27c29b1445a853abfe7b67379ac963618f111ec8eec36f90d043195b85f2901e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewWorkshopMutation, ReviewWorkshopMutationVariables>;
export const MechanicReviewsDocument = {"__meta__":{"hash":"ba8eedc394c46cd80de1336f0bf390024282ab41a336852edbcc63869465b2a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MechanicReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mechanicReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mechanicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mechanicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MechanicReviewsQuery, MechanicReviewsQueryVariables>;
export const WorkshopReviewsDocument = {"__meta__":{"hash":"460154b5ee2d1e2ffa56a29e4f4746879cf4ad6665df116d93a2865299094d02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopReviewsQuery, WorkshopReviewsQueryVariables>;
export const SendWorkshopMessageDocument = {"__meta__":{"hash":"9b97d2b65bbb90b055d5ff4e3d242d2b734bf4fe979e495466a29b6383667a27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendWorkshopMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendWorkshopMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<SendWorkshopMessageMutation, SendWorkshopMessageMutationVariables>;
export const WorkshopConversationDocument = {"__meta__":{"hash":"0796fb66a20585cec1d7806be414b9d72ca726865d9f5f6b669b392dfc72ff6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]} as unknown as DocumentNode<WorkshopConversationQuery, WorkshopConversationQueryVariables>;
export const WorkshopMessageAddedDocument = {"__meta__":{"hash":"1e02dbd76a0a4b0e2473e72c2c7f2e9f89ab2eb23a437dab1228151e773d1b99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkshopMessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"senderRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]} as unknown as DocumentNode<WorkshopMessageAddedSubscription, WorkshopMessageAddedSubscriptionVariables>;
export const EscalationCreatedDocument = {"__meta__":{"hash":"2123236ba83bbf7a66458d8c77d30b64d99a344b167f2c9575b4e38f352dcd61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EscalationCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastInitial"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedServices"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationCreatedSubscription, EscalationCreatedSubscriptionVariables>;
export const OpenEscalationOffersDocument = {"__meta__":{"hash":"21b3418d4881388b2e8e52ff9d95f7491563fbdfd2524d77d0523bd2ac51a13d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenEscalationOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEscalationOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchReason"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastInitial"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedServices"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenEscalationOffersQuery, OpenEscalationOffersQueryVariables>;
export const RespondToEscalationDocument = {"__meta__":{"hash":"b900d5f957c21a77cd869ff67697615e68e5a212951be8d88838486616e0b2d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RespondToEscalationMutation, RespondToEscalationMutationVariables>;
export const CreateQuoteDocument = {"__meta__":{"hash":"3c08e7ecabf84b7e95fa78d5132cc907e36ac6e51fab4b615b4a25033aed18fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"escalationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"platformFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"mechanicFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"workshopShareCents"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<CreateQuoteMutation, CreateQuoteMutationVariables>;
export const MyWorkshopDocument = {"__meta__":{"hash":"329831e6eb618f525afee6add2d82b7dab5a4697cd07a2a80b673c4420a7c130"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkshopSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkshopSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]} as unknown as DocumentNode<MyWorkshopQuery, MyWorkshopQueryVariables>;
export const UpdateEscalationPreferencesDocument = {"__meta__":{"hash":"be00f4a40397c2428a51e37f5fef2025e9ab5b912f2dfdcc65974c95fd650981"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEscalationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEscalationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkshopSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkshopSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]} as unknown as DocumentNode<UpdateEscalationPreferencesMutation, UpdateEscalationPreferencesMutationVariables>;
export const SetAutoAcceptRulesDocument = {"__meta__":{"hash":"a722a5fa4dfae3738ddc8165b4621611cd546e9d78e3a8dd40a8ba12a3e1a326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAutoAcceptRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutoAcceptRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoAcceptRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkshopSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkshopSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"servicesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"autoAcceptRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmountCents"}}]}}]}}]} as unknown as DocumentNode<SetAutoAcceptRulesMutation, SetAutoAcceptRulesMutationVariables>;