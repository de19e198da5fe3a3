import type { NonEmptyArray } from "type-graphql";
import { AccountResolver } from "./accounts/account.resolver.ts";
import { CustomerResolver } from "./accounts/customer.resolver.ts";
import { ChatResolver } from "./chat/chat.resolver.ts";
import { EnforcementResolver } from "./chat/enforcement.resolver.ts";
import { ContentFlagResolver } from "./content/content-flag.resolver.ts";
import { EscalationOfferResolver, EscalationResolver } from "./escalations/escalation.resolver.ts";
import { PartnerQuoteBadgeResolver, PartnershipResolver } from "./partnerships/partnership.resolver.ts";
import { PayeeAccountResolver } from "./payments/payee-account.resolver.ts";
import { PaymentResolver } from "./payments/payment.resolver.ts";
import { ComplaintResolver } from "./quotes/complaint.resolver.ts";
import { EscalationQuotesResolver, QuoteResolver } from "./quotes/quote.resolver.ts";
import { SessionResolver } from "./sessions/session.resolver.ts";
import { WorkshopResolver } from "./workshops/workshop.resolver.ts";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AccountResolver,
  CustomerResolver,
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
  PayeeAccountResolver,
  ComplaintResolver,
  PartnershipResolver,
  PartnerQuoteBadgeResolver,
];
