import type { DetectionOptions } from "../domain/contacts/contact-detector.ts";
import { AccountSettingsService } from "../modules/accounts/account-settings.service.ts";
import { AccountStatusCache, EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK } from "../modules/accounts/account-status.ts";
import { AccountMachine } from "../modules/accounts/account.machine.ts";
import { AccountService } from "../modules/accounts/account.service.ts";
import { AccountStore } from "../modules/accounts/account.store.ts";
import { AdvisorStore } from "../modules/accounts/advisor.store.ts";
import { MechanicVettingMachine } from "../modules/accounts/mechanic-vetting.machine.ts";
import { MechanicVettingService } from "../modules/accounts/mechanic-vetting.service.ts";
import { MechanicVettingStore } from "../modules/accounts/mechanic-vetting.store.ts";
import { PayeeProfileStore } from "../modules/accounts/payee-profile.store.ts";
import { AuditService } from "../modules/audit/audit.service.ts";
import { AuditStore } from "../modules/audit/audit.store.ts";
import { BookingMachine } from "../modules/bookings/booking.machine.ts";
import { BookingService } from "../modules/bookings/booking.service.ts";
import { BookingStore } from "../modules/bookings/booking.store.ts";
import { ChatService } from "../modules/chat/chat.service.ts";
import { ChatStore } from "../modules/chat/chat.store.ts";
import { ContentFlagService } from "../modules/content/content-flag.service.ts";
import { ContentFlagStore } from "../modules/content/content-flag.store.ts";
import { EnforcementService } from "../modules/enforcement/enforcement.service.ts";
import { EnforcementStore } from "../modules/enforcement/enforcement.store.ts";
import { ReportMachine } from "../modules/enforcement/report.machine.ts";
import { ReportService } from "../modules/enforcement/report.service.ts";
import { SanctionService } from "../modules/enforcement/sanction.service.ts";
import { ViolationMachine } from "../modules/enforcement/violation.machine.ts";
import { EscalationMachine } from "../modules/escalations/escalation.machine.ts";
import { escalationActorScope, escalationActorScopeSql, offerActorScope } from "../modules/escalations/escalation.policy.ts";
import { EscalationService } from "../modules/escalations/escalation.service.ts";
import { EscalationStore } from "../modules/escalations/escalation.store.ts";
import { CatalogService } from "../modules/partnerships/catalog.service.ts";
import { PartnershipUse } from "../modules/partnerships/partnership-use.service.ts";
import { PartnershipMachine } from "../modules/partnerships/partnership.machine.ts";
import { PartnershipService } from "../modules/partnerships/partnership.service.ts";
import { PartnershipStore } from "../modules/partnerships/partnership.store.ts";
import { CheckoutService } from "../modules/payments/checkout.service.ts";
import { DisputeService } from "../modules/payments/dispute.service.ts";
import { LedgerService } from "../modules/payments/ledger.service.ts";
import { LedgerStore } from "../modules/payments/ledger.store.ts";
import { PayeeAccountService } from "../modules/payments/payee-account.service.ts";
import { PayeeAccountStore } from "../modules/payments/payee-account.store.ts";
import { PaymentMachine } from "../modules/payments/payment.machine.ts";
import { PaymentService } from "../modules/payments/payment.service.ts";
import { PaymentStore } from "../modules/payments/payment.store.ts";
import { PayoutService } from "../modules/payments/payout.service.ts";
import { RefundService } from "../modules/payments/refund.service.ts";
import { SettlementService } from "../modules/payments/settlement.service.ts";
import { createStripeClient } from "../modules/payments/stripe-client.ts";
import { StripeWebhookService } from "../modules/payments/stripe-webhook.service.ts";
import { TransferStore } from "../modules/payments/transfer.store.ts";
import { ComplaintMachine } from "../modules/quotes/complaint.machine.ts";
import { ComplaintService } from "../modules/quotes/complaint.service.ts";
import { PartnerQuoteService } from "../modules/quotes/partner-quote.service.ts";
import { QuoteNotices } from "../modules/quotes/quote-notice.ts";
import { QuoteMachine } from "../modules/quotes/quote.machine.ts";
import { quoteActorScope, quoteActorScopeSql } from "../modules/quotes/quote.policy.ts";
import { QuoteService } from "../modules/quotes/quote.service.ts";
import { QuoteStore } from "../modules/quotes/quote.store.ts";
import { ReviewService } from "../modules/reviews/review.service.ts";
import { ReviewStore } from "../modules/reviews/review.store.ts";
import { SessionAdminService } from "../modules/sessions/session-admin.service.ts";
import { SessionMachine } from "../modules/sessions/session.machine.ts";
import { SessionService } from "../modules/sessions/session.service.ts";
import { SessionStore } from "../modules/sessions/session.store.ts";
import { WorkshopSettingsService } from "../modules/workshops/workshop-settings.service.ts";
import { WorkshopService } from "../modules/workshops/workshop.service.ts";
import { WorkshopStore } from "../modules/workshops/workshop.store.ts";
import type { TokenService } from "../platform/auth/tokens.ts";
import type { ViewerAccounts } from "../platform/auth/viewer.ts";
import type { PrismaClient } from "../platform/db/prisma.ts";
import type { SqlReader } from "../platform/db/sql.ts";
import { createMailTransport, type MailTransport } from "../platform/mail/mail-transport.ts";
import type { AppPubSub } from "../platform/pubsub/pubsub.ts";
import type { AuthAttemptBudget } from "../platform/server/rate-limit.ts";
import type { Config } from "./config.ts";

/** The domain services, built once per process and handed to resolvers through the context. */
export interface Services {
  accounts: AccountService;
  /** The caller's own profile, password change and password reset. */
  accountSettings: AccountSettingsService;
  /** Where e-mail goes (MAIL_TRANSPORT): tests read the outbox through here. */
  mail: MailTransport;
  /**
   * The status machines the services above share, the only writers of each status. No resolver
   * calls them; the write-side matrix tests (tests/authz/write-matrix) attempt every move on them,
   * as the container wires them, for moves no mutation makes on its own.
   */
  machines: { escalation: EscalationMachine; quote: QuoteMachine; account: AccountMachine; session: SessionMachine };
  audit: AuditService;
  /** Whether an account may still receive live events (short-lived cache, invalidated on penalties). */
  accountStatus: AccountStatusCache;
  /** Where authentication reads the caller's account (the accounts store). */
  viewerAccounts: ViewerAccounts;
  sessions: SessionService;
  chat: ChatService;
  /** Drop-off slots and bookings of paid repairs (issue 18). */
  bookings: BookingService;
  enforcement: EnforcementService;
  /** Contact details found in written fields other than chat (authz/content-policy.ts). */
  contentFlags: ContentFlagService;
  workshops: WorkshopService;
  escalations: EscalationService;
  quotes: QuoteService;
  payments: PaymentService;
  payouts: PayoutService;
  /** Payees' Stripe connected accounts: onboarding and payout status. */
  payees: PayeeAccountService;
  ledger: LedgerService;
  partnerships: PartnershipService;
  /** Partners' price lists under their partnerships. */
  catalog: CatalogService;
  complaints: ComplaintService;
  partnerQuotes: PartnerQuoteService;
  /** Admins vet new mechanics before they claim paid sessions. */
  vetting: MechanicVettingService;
  /** Admins' operations on sessions: platform notes, cancelling, reassigning, stranded sessions. */
  sessionAdmin: SessionAdminService;
  /** Workshop onboarding (admins) and escalation preferences and auto-accept rules (advisors). */
  workshopSettings: WorkshopSettingsService;
  /** Customers' solicitation reports and their resolution. */
  reports: ReportService;
  /** Admins' hand-made suspensions, bans and lifts. */
  sanctions: SanctionService;
  /** Customers' ratings of mechanics and workshops, and mechanics' reputation. */
  reviews: ReviewService;
}

export function createServices(deps: {
  prisma: PrismaClient;
  sql: SqlReader;
  tokens: TokenService;
  config: Config;
  pubSub: AppPubSub;
  authAttempts: AuthAttemptBudget;
  /** The contact detector's options (`detectionOptionsFor(config.platformDomains)`), the content policy's too. */
  detection: DetectionOptions;
  onFlaggedMessage?: () => void;
  onMailFailure?: (error: unknown) => void;
  /** Benchmarks only (the server's `withoutPermissionsForBenchmark`): live feeds deliver without asking whether the account is still active. */
  withoutFeedChecksForBenchmark?: boolean;
}): Services {
  const accountStore = new AccountStore(deps.prisma, deps.sql);
  const workshopStore = new WorkshopStore(deps.prisma);
  const auditStore = new AuditStore(deps.prisma);
  const audit = new AuditService(auditStore);
  const advisorStore = new AdvisorStore(deps.prisma);
  const accounts = new AccountService(accountStore, workshopStore, deps.tokens, deps.authAttempts);
  const mail = createMailTransport(deps.config.mail);
  const accountSettings = new AccountSettingsService(accountStore, deps.tokens, deps.authAttempts, audit, mail, deps.pubSub, {
    resetTtlMinutes: deps.config.passwordResetTtlMinutes,
    production: deps.config.production,
    onMailFailure: deps.onMailFailure,
  });
  const accountStatus = new AccountStatusCache(accountStore);
  const accountMachine = new AccountMachine(auditStore, accountStatus, deps.pubSub);
  const sessionStore = new SessionStore(deps.prisma, deps.sql);
  const chatStore = new ChatStore(deps.prisma, deps.sql);
  const enforcementStore = new EnforcementStore(deps.prisma);
  const quoteStore = new QuoteStore(deps.prisma, deps.sql);
  const paymentStore = new PaymentStore(deps.prisma, deps.sql);
  const enforcement = new EnforcementService(enforcementStore, accountStore, accountMachine, new ViolationMachine(auditStore), accounts, auditStore, chatStore, sessionStore, {
    quotes: quoteStore,
    payments: paymentStore,
  });
  const contentFlags = new ContentFlagService(new ContentFlagStore(deps.prisma), audit, enforcement);
  // Sessions credit and refund the diagnostic through PaymentService, built below.
  let payments: PaymentService | null = null;
  const vetting = new MechanicVettingService(new MechanicVettingStore(deps.prisma, deps.sql), new MechanicVettingMachine(deps.prisma, audit, contentFlags));
  const sessionMachine = new SessionMachine(deps.prisma, contentFlags, audit);
  const workshops = new WorkshopService(workshopStore);
  const sessions = new SessionService(
    sessionStore,
    sessionMachine,
    accounts,
    deps.config,
    vetting,
    workshops,
    () => payments,
    (): ChatService => chat,
  );
  // Workshop conversations read escalations through EscalationService, built below.
  let escalationService: EscalationService | null = null;
  const feedStatus = deps.withoutFeedChecksForBenchmark ? EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK : accountStatus;
  const chat = new ChatService(
    chatStore,
    sessions,
    audit,
    deps.pubSub,
    feedStatus,
    enforcement,
    deps.detection,
    (viewer) => accounts.ownPrivateDetails(viewer),
    deps.onFlaggedMessage,
    () => escalationService!,
  );
  const escalations = {
    machine: new EscalationMachine(audit, { escalation: escalationActorScope, escalationSql: escalationActorScopeSql, offer: offerActorScope }),
    store: new EscalationStore(deps.prisma, deps.sql, sessionStore, workshopStore),
  };
  const quoteMachine = new QuoteMachine(audit, deps.pubSub, quoteActorScope, quoteActorScopeSql);
  const quoteNotices = new QuoteNotices(chat, deps.pubSub);
  const partnershipStore = new PartnershipStore(deps.prisma, { quotes: quoteStore, payments: paymentStore });
  const bookingStore = new BookingStore(deps.prisma);
  const partnershipSettings = { ...deps.config.fees.partnership, ...deps.config.partnerships };
  const partnershipUse = new PartnershipUse(partnershipStore, vetting, partnershipSettings);
  const quotes = new QuoteService(
    quoteStore,
    quoteMachine,
    escalations,
    accounts,
    sessions,
    deps.pubSub,
    {
      platformFeeBasisPoints: deps.config.fees.platformFeeBasisPoints,
      referralFeeBasisPoints: deps.config.fees.referralFeeBasisPoints,
    },
    contentFlags,
    quoteNotices,
    bookingStore,
    partnershipStore,
    partnershipUse,
  );
  const stripe = deps.config.stripe ? createStripeClient(deps.config.stripe) : null;
  const transferStore = new TransferStore(deps.prisma);
  const ledgerStore = new LedgerStore(deps.prisma);
  const payeeStore = new PayeeAccountStore(deps.prisma, new PayeeProfileStore(deps.prisma), workshopStore);
  // A payment that ends unpaid calls off what it paid for, in the move's transaction: a repair's
  // upcoming drop-off (BookingService) and, refunded or released, its approved quote (QuoteService), a
  // diagnostic's session not completed (SessionService).
  const bookings = new BookingService(bookingStore, new BookingMachine(audit), quotes, paymentStore, workshopStore, audit);
  const paymentMachine = new PaymentMachine(audit, {
    cancelDropOff: (tx, quoteId, cause) => bookings.cancelForUnpaidRepair(tx, quoteId, cause),
    callOffRepair: (tx, quoteId, cause) => quotes.callOffUnpaidRepair(tx, quoteId, cause),
    cancelSession: (tx, sessionId, cause) => sessions.cancelForUnpaidDiagnostic(tx, sessionId, cause),
  });
  const payouts = new PayoutService({ transfers: transferStore, ledger: ledgerStore, payees: payeeStore }, paymentMachine, audit, stripe);
  const payees = new PayeeAccountService(payeeStore, audit, stripe, deps.config.connect);
  // Settling a payment refunds one whose work was called off meanwhile, and refunds settle first.
  let refunds: RefundService | null = null;
  const settlement = new SettlementService(
    paymentStore,
    transferStore,
    ledgerStore,
    payeeStore,
    paymentMachine,
    payouts,
    stripe,
    deps.config,
    () => (paymentId, cause) => refunds!.refundIfWorkCalledOff(paymentId, cause),
    audit,
  );
  refunds = new RefundService(paymentStore, transferStore, ledgerStore, payeeStore, paymentMachine, settlement, payouts, stripe, contentFlags, audit);
  const disputes = new DisputeService(paymentStore, transferStore, ledgerStore, paymentMachine, settlement, payouts, stripe);
  const checkout = new CheckoutService(
    paymentStore,
    paymentMachine,
    settlement,
    quotes,
    { sessions: sessionStore, quotes: quoteStore, partnerships: partnershipStore },
    payouts,
    audit,
    stripe,
    deps.config,
  );
  const webhooks = new StripeWebhookService(paymentStore, settlement, refunds, disputes, payouts, payees, audit, stripe, deps.config);
  const partnershipMachine = new PartnershipMachine(deps.prisma, audit, contentFlags, partnershipStore);
  return {
    accounts,
    accountSettings,
    mail,
    machines: { escalation: escalations.machine, quote: quoteMachine, account: accountMachine, session: sessionMachine },
    audit,
    accountStatus,
    viewerAccounts: accountStore,
    sessions,
    chat,
    enforcement,
    contentFlags,
    workshops,
    escalations: (escalationService = new EscalationService(
      escalations.store,
      escalations.machine,
      accounts,
      sessions,
      audit,
      deps.pubSub,
      { maxResponseMinutes: deps.config.escalations.maxResponseMinutes },
      contentFlags,
    )),
    quotes,
    payments: (payments = new PaymentService(paymentStore, checkout, settlement, refunds, disputes, webhooks)),
    payouts,
    payees,
    ledger: new LedgerService(ledgerStore, { sessions: sessionStore, quotes: quoteStore, escalations: escalations.store }),
    partnerships: new PartnershipService(
      partnershipMachine,
      partnershipStore,
      { accounts: accountStore, quotes: quoteStore, ledger: ledgerStore },
      audit,
      accounts,
      quotes,
      partnershipSettings,
      vetting,
      partnershipUse,
    ),
    catalog: new CatalogService(partnershipStore, audit, deps.detection, (author, refusal) => contentFlags.recordRefused(author, refusal)),
    bookings,
    complaints: new ComplaintService(quoteStore, quotes, audit, contentFlags, new ComplaintMachine(audit), partnershipMachine, deps.config.partnerships),
    reports: new ReportService(enforcementStore, new ReportMachine(auditStore), auditStore, contentFlags, { sessions, chats: chatStore, conversations: chat, quotes, quoteStore }),
    sanctions: new SanctionService(enforcementStore, accountStore, accountMachine),
    reviews: new ReviewService(
      new ReviewStore(deps.prisma),
      { sessions: sessionStore, payments: paymentStore, quotes: quoteStore, escalations: escalations.store },
      accountStore,
      workshopStore,
      audit,
      contentFlags,
    ),
    partnerQuotes: new PartnerQuoteService(
      quoteStore,
      { partnerships: partnershipStore, sessions: sessionStore, accounts: accountStore },
      quoteMachine,
      escalations.machine,
      quoteNotices,
      partnershipSettings,
      contentFlags,
      partnershipUse,
      deps.detection,
    ),
    vetting,
    sessionAdmin: new SessionAdminService(sessionStore, sessionMachine, chat, audit, contentFlags, vetting, () => payments),
    workshopSettings: new WorkshopSettingsService(workshopStore, advisorStore, accounts, audit, deps.pubSub),
  };
}
