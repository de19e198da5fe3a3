import type { NonEmptyArray } from "type-graphql";
import { AccountSettingsResolver } from "../modules/accounts/account-settings.resolver.ts";
import { AccountResolver } from "../modules/accounts/account.resolver.ts";
import { CustomerResolver } from "../modules/accounts/customer.resolver.ts";
import { MechanicVettingResolver } from "../modules/accounts/mechanic-vetting.resolver.ts";
import { CustomerStandingResolver, MechanicVettingStandingResolver, ProfessionalStandingResolver } from "../modules/accounts/standing.resolver.ts";
import { AuditResolver } from "../modules/audit/audit.resolver.ts";
import { BookingResolver } from "../modules/bookings/booking.resolver.ts";
import { ChatResolver } from "../modules/chat/chat.resolver.ts";
import { ContentFlagResolver } from "../modules/content/content-flag.resolver.ts";
import { EnforcementResolver } from "../modules/enforcement/enforcement.resolver.ts";
import { ReportResolver } from "../modules/enforcement/report.resolver.ts";
import { SanctionResolver } from "../modules/enforcement/sanction.resolver.ts";
import { EscalationOfferResolver, EscalationResolver } from "../modules/escalations/escalation.resolver.ts";
import { PartnerQuoteBadgeResolver, PartnershipResolver } from "../modules/partnerships/partnership.resolver.ts";
import { QuotePaymentResolver, SessionPaymentResolver } from "../modules/payments/paid-work.resolver.ts";
import { PayeeAccountResolver } from "../modules/payments/payee-account.resolver.ts";
import { PaymentResolver } from "../modules/payments/payment.resolver.ts";
import { ComplaintResolver } from "../modules/quotes/complaint.resolver.ts";
import { EscalationQuotesResolver, QuoteResolver } from "../modules/quotes/quote.resolver.ts";
import { ReviewResolver } from "../modules/reviews/review.resolver.ts";
import { SessionResolver } from "../modules/sessions/session.resolver.ts";
import { WorkshopSettingsResolver } from "../modules/workshops/workshop-settings.resolver.ts";
import { WorkshopResolver } from "../modules/workshops/workshop.resolver.ts";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AccountResolver,
  CustomerResolver,
  ProfessionalStandingResolver,
  CustomerStandingResolver,
  MechanicVettingStandingResolver,
  ChatResolver,
  EnforcementResolver,
  ContentFlagResolver,
  SessionResolver,
  WorkshopResolver,
  EscalationResolver,
  EscalationOfferResolver,
  QuoteResolver,
  EscalationQuotesResolver,
  PaymentResolver,
  SessionPaymentResolver,
  QuotePaymentResolver,
  PayeeAccountResolver,
  ComplaintResolver,
  PartnershipResolver,
  PartnerQuoteBadgeResolver,
  BookingResolver,
  MechanicVettingResolver,
  WorkshopSettingsResolver,
  ReportResolver,
  SanctionResolver,
  AuditResolver,
  AccountSettingsResolver,
  ReviewResolver,
];
