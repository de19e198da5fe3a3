import { AccountStatusCache } from "../modules/accounts/account-status.ts";
import { AccountService } from "../modules/accounts/account.service.ts";
import { AuditService } from "../modules/audit/audit.service.ts";
import { ChatService } from "../modules/chat/chat.service.ts";
import { EnforcementService } from "../modules/chat/enforcement.service.ts";
import { ContentFlagService } from "../modules/content/content-flag.service.ts";
import { EscalationService } from "../modules/escalations/escalation.service.ts";
import { PartnerQuoteService } from "../modules/partnerships/partner-quote.service.ts";
import { PartnershipService } from "../modules/partnerships/partnership.service.ts";
import { CheckoutService } from "../modules/payments/checkout.service.ts";
import { DisputeService } from "../modules/payments/dispute.service.ts";
import { LedgerService } from "../modules/payments/ledger.service.ts";
import { LedgerStore } from "../modules/payments/ledger.store.ts";
import { PayeeAccountService } from "../modules/payments/payee-account.service.ts";
import { PaymentMachine } from "../modules/payments/payment.machine.ts";
import { PaymentService } from "../modules/payments/payment.service.ts";
import { PaymentStore } from "../modules/payments/payment.store.ts";
import { PayoutService } from "../modules/payments/payout.service.ts";
import { RefundService } from "../modules/payments/refund.service.ts";
import { SettlementService } from "../modules/payments/settlement.service.ts";
import { createStripeClient } from "../modules/payments/stripe-client.ts";
import { StripeWebhookService } from "../modules/payments/stripe-webhook.service.ts";
import { TransferStore } from "../modules/payments/transfer.store.ts";
import { ComplaintService } from "../modules/quotes/complaint.service.ts";
import { QuoteNotices } from "../modules/quotes/quote-notice.ts";
import { QuoteService } from "../modules/quotes/quote.service.ts";
import { SessionService } from "../modules/sessions/session.service.ts";
import { WorkshopService } from "../modules/workshops/workshop.service.ts";
import type { TokenService } from "../platform/auth/tokens.ts";
import type { PrismaClient } from "../platform/db/prisma.ts";
import type { SqlReader } from "../platform/db/sql.ts";
import type { AppPubSub } from "../platform/pubsub/pubsub.ts";
import type { AuthAttemptBudget } from "../platform/server/rate-limit.ts";
import type { Config } from "./config.ts";

/** The domain services, built once per process and handed to resolvers through the context. */
export interface Services {
  accounts: AccountService;
  audit: AuditService;
  /** Whether an account may still receive live events (short-lived cache, invalidated on penalties). */
  accountStatus: AccountStatusCache;
  sessions: SessionService;
  chat: ChatService;
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
  complaints: ComplaintService;
  partnerQuotes: PartnerQuoteService;
}

export function createServices(deps: {
  prisma: PrismaClient;
  sql: SqlReader;
  tokens: TokenService;
  config: Config;
  pubSub: AppPubSub;
  authAttempts: AuthAttemptBudget;
  onFlaggedMessage?: () => void;
}): Services {
  const accounts = new AccountService(deps.prisma, deps.tokens, deps.config, deps.authAttempts);
  const accountStatus = new AccountStatusCache(deps.prisma);
  const enforcement = new EnforcementService(deps.prisma, accounts, accountStatus, deps.pubSub);
  const audit = new AuditService(deps.prisma);
  const contentFlags = new ContentFlagService(deps.prisma, enforcement);
  // Sessions credit and refund the diagnostic through PaymentService, built below.
  let payments: PaymentService | null = null;
  const sessions = new SessionService(deps.prisma, deps.sql, accounts, deps.config, contentFlags, () => payments, audit);
  const chat = new ChatService(deps.prisma, deps.pubSub, accountStatus, enforcement, deps.onFlaggedMessage);
  const quotes = new QuoteService(
    deps.prisma,
    accounts,
    audit,
    deps.pubSub,
    {
      platformFeeBasisPoints: deps.config.fees.platformFeeBasisPoints,
      referralFeeBasisPoints: deps.config.fees.referralFeeBasisPoints,
    },
    contentFlags,
    new QuoteNotices(chat, deps.pubSub),
  );
  const stripe = deps.config.stripe ? createStripeClient(deps.config.stripe) : null;
  const payouts = new PayoutService(deps.prisma, audit, stripe);
  const payees = new PayeeAccountService(deps.prisma, audit, stripe, deps.config.connect);
  const paymentStore = new PaymentStore(deps.prisma);
  const transferStore = new TransferStore(deps.prisma);
  const ledgerStore = new LedgerStore(deps.prisma);
  const paymentMachine = new PaymentMachine(audit);
  // Settling a payment refunds a diagnostic whose session was cancelled meanwhile, and refunds settle first.
  let refunds: RefundService | null = null;
  const settlement = new SettlementService(
    paymentStore,
    transferStore,
    ledgerStore,
    paymentMachine,
    payouts,
    stripe,
    deps.config,
    () => (paymentId, cause) => refunds!.refundIfSessionCancelled(paymentId, cause),
  );
  refunds = new RefundService(paymentStore, transferStore, ledgerStore, paymentMachine, settlement, payouts, stripe, contentFlags);
  const disputes = new DisputeService(paymentStore, transferStore, ledgerStore, paymentMachine, settlement, payouts, stripe);
  const checkout = new CheckoutService(paymentStore, paymentMachine, settlement, quotes, payouts, stripe, deps.config);
  const webhooks = new StripeWebhookService(paymentStore, settlement, refunds, disputes, payouts, payees, audit, stripe, deps.config);
  const partnershipSettings = { ...deps.config.fees.partnership, ...deps.config.partnerships };
  return {
    accounts,
    audit,
    accountStatus,
    sessions,
    chat,
    enforcement,
    contentFlags,
    workshops: new WorkshopService(deps.prisma),
    escalations: new EscalationService(deps.prisma, accounts, sessions, audit, deps.pubSub, { maxResponseMinutes: deps.config.escalations.maxResponseMinutes }, contentFlags),
    quotes,
    payments: (payments = new PaymentService(paymentStore, checkout, settlement, refunds, disputes, webhooks)),
    payouts,
    payees,
    ledger: new LedgerService(deps.prisma, ledgerStore),
    partnerships: new PartnershipService(deps.prisma, audit, quotes, partnershipSettings, contentFlags),
    complaints: new ComplaintService(deps.prisma, quotes, audit, contentFlags),
    partnerQuotes: new PartnerQuoteService(deps.prisma, quotes, partnershipSettings, contentFlags),
  };
}
