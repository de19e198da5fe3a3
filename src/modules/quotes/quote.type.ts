import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LineItemKind, QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { Instant } from "../../platform/db/sql.ts";
import { ConnectionType } from "../shared/pagination.ts";
import type { Workshop } from "../workshops/workshop.types.ts";

registerEnumType(QuoteStatus, { name: "QuoteStatus" });
registerEnumType(LineItemKind, { name: "LineItemKind" });

@ObjectType({ description: "A workshop's repair quote for an escalation. Totals and fees are computed by the server." })
export class RepairQuote {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "1 for the first quote; each revision adds one." })
  version!: number;

  @Field(() => ID, { nullable: true, description: "The version this one revises." })
  previousVersionId!: string | null;

  @Field(() => QuoteStatus)
  status!: QuoteStatus;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Int)
  subtotalCents!: number;

  @Field(() => Int, { description: "What the customer pays." })
  totalCents!: number;

  @Field(() => Int, { description: "The platform's fee out of the total (10% of an escalated repair, 15% of a partnered one by default)." })
  platformFeeCents!: number;

  @Field(() => Int, { description: "The mechanic's referral fee (escalation) or commission (partnership), paid by the platform out of its fee." })
  mechanicFeeCents!: number;

  @Field(() => Int, { description: "What the workshop (or, on a partnership quote, the partner) receives: the total less the platform fee." })
  workshopShareCents!: number;

  // Times are Instants: Dates as Prisma reads them, ISO text as the list statement reads them (readPagedList).
  @Field(() => Date)
  validUntil!: Instant;

  @Field(() => Date, { nullable: true })
  customerDecisionAt!: Instant | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => Date)
  createdAt!: Instant;

  @Field(() => Date, { nullable: true, description: "Partnership quotes: when the partner approved it (or it was approved automatically under the threshold)." })
  partnerApprovedAt!: Instant | null;

  @Field(() => String, { nullable: true, description: "Partnership quotes: why the partner rejected it." })
  partnerRejectReason!: string | null;

  escalationId!: string;
  workshopId!: string | null;
  /** Set on quotes a partnered mechanic wrote from partner prices. */
  partnershipId!: string | null;
  /** Set by the list (QuoteService.page): the relations its statement loaded with the page; a relation left undefined is read on its own. */
  preloaded?: { lineItems?: QuoteLineItem[]; workshop?: Workshop | null };
}

export const RepairQuoteConnection = ConnectionType("RepairQuote", RepairQuote);

@ObjectType()
export class QuoteLineItem {
  @Field(() => Int)
  position!: number;

  @Field(() => LineItemKind)
  kind!: LineItemKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  partNumber!: string | null;

  @Field(() => Int, { description: "Parts and fees: a count. Labor: minutes." })
  quantity!: number;

  @Field(() => Int, { description: "Parts and fees: cents per unit. Labor: cents per hour." })
  unitPriceCents!: number;

  @Field(() => Int)
  totalCents!: number;

  @Field(() => Int, { nullable: true, description: "Partner catalog parts: days until the part is available, from the catalog when quoted. Null for other lines." })
  leadTimeDays!: number | null;
}

@ObjectType({ description: "One step in a quote's history." })
export class QuoteStatusChange {
  @Field(() => QuoteStatus, { nullable: true })
  fromStatus!: QuoteStatus | null;

  @Field(() => QuoteStatus)
  toStatus!: QuoteStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: "An escalation's quotes side by side: each workshop's latest version, cheapest first." })
export class QuoteComparison {
  @Field(() => ID)
  escalationId!: string;

  @Field(() => Int, { description: "Workshops asked for a quote so far (1 to 3)." })
  quotesRequested!: number;

  @Field(() => Int, { description: "How many more workshops the customer may still ask (requestAnotherQuote)." })
  moreQuotesAllowed!: number;

  @Field(() => [RepairQuote], { description: "Totals, line items (with catalog lead times), the longest lead time and the workshop's public rating on each." })
  quotes!: RepairQuote[];
}
