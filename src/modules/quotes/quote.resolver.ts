import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import type { QuoteAddedEvent, QuoteStatusChangedEvent } from "../../platform/pubsub/pubsub.ts";
import { Customer } from "../accounts/customer.type.ts";
import { Escalation } from "../escalations/escalation.type.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { requestedFields } from "../shared/selection.ts";
import { parseInput } from "../shared/validation.ts";
import { Workshop } from "../workshops/workshop.types.ts";
import { DeclineQuoteArgs, QuoteArrivalsArgs, QuoteInput } from "./quote.inputs.ts";
import type { QuoteListFields } from "./quote.store.ts";
import { QuoteComparison, QuoteLineItem, QuoteStatusChange, RepairQuote, RepairQuoteConnection } from "./quote.type.ts";

/** The fields a quote list's query asks of its quotes, their line items and their workshop (QuoteStore.page reads only what they need). */
export const quoteListFields = (info: GraphQLResolveInfo): QuoteListFields => ({
  quote: requestedFields(info, ["nodes"]),
  lineItems: requestedFields(info, ["nodes", "lineItems"]),
  workshop: requestedFields(info, ["nodes", "workshop"]),
});

@Resolver(() => RepairQuote)
export class QuoteResolver {
  @Query(() => RepairQuoteConnection, { description: "Quotes the caller may see, newest first, optionally for one escalation." })
  quotes(@Args(() => PageArgs) page: PageArgs, @Arg("escalationId", () => ID, { nullable: true }) escalationId: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.quotes.list(requireViewer(ctx), toPageRequest(page), escalationId, quoteListFields(info));
  }

  @Query(() => RepairQuote)
  quote(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.get(requireViewer(ctx), id);
  }

  @Query(() => QuoteComparison, { description: "Customers (and admins): an escalation's quotes side by side, cheapest first." })
  quoteComparison(@Arg("escalationId", () => ID) escalationId: string, @Ctx() ctx: Context): Promise<QuoteComparison> {
    return ctx.services.quotes.compare(requireViewer(ctx), escalationId);
  }

  @Mutation(() => RepairQuote, { description: "An advisor of a workshop whose offer was accepted quotes the repair; the server prices it." })
  createQuote(@Arg("escalationId", () => ID) escalationId: string, @Arg("input", () => QuoteInput) input: QuoteInput, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.create(requireViewer(ctx), escalationId, parseInput(QuoteInput, input, "input"));
  }

  @Mutation(() => RepairQuote, { description: "A new version of a pending quote, or a re-quote of one the customer declined; the old one becomes SUPERSEDED." })
  reviseQuote(@Arg("quoteId", () => ID) quoteId: string, @Arg("input", () => QuoteInput) input: QuoteInput, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.revise(requireViewer(ctx), quoteId, parseInput(QuoteInput, input, "input"));
  }

  @Mutation(() => RepairQuote, { description: "The customer approves a pending quote; other quotes of a compared set are closed." })
  approveQuote(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.approve(requireViewer(ctx), quoteId);
  }

  @Mutation(() => RepairQuote)
  declineQuote(@Args(() => DeclineQuoteArgs) args: DeclineQuoteArgs, @Ctx() ctx: Context): Promise<RepairQuote> {
    const { quoteId, reason } = parseInput(DeclineQuoteArgs, args);
    return ctx.services.quotes.decline(requireViewer(ctx), quoteId, reason ?? null);
  }

  @Mutation(() => RepairQuote, { description: "The workshop marks an approved repair done; an escrowed payment is captured." })
  markRepairComplete(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.payments.markRepairComplete(requireViewer(ctx), quoteId);
  }

  @Subscription(() => RepairQuote, {
    description: "Status changes of one quote, for its customer, the referring mechanic and the quoting workshop.",
    subscribe: ({ args, context }) => (context as Context).services.quotes.statusChanges(requireViewer(context as Context), String(args.quoteId)),
  })
  quoteStatusChanged(@Arg("quoteId", () => ID) _quoteId: string, @Root() event: QuoteStatusChangedEvent, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.get(requireViewer(ctx), event.quoteId);
  }

  @Subscription(() => RepairQuote, {
    description:
      "Every quote that reaches the session's customer (a new quote, a revision, a partnered quote once its partner approved it), no quote id needed: for the session's customer and admins.",
    subscribe: ({ args, context }) => (context as Context).services.quotes.arrivals(requireViewer(context as Context), parseInput(QuoteArrivalsArgs, args).sessionId),
  })
  quoteAdded(@Args(() => QuoteArrivalsArgs) _args: QuoteArrivalsArgs, @Root() event: QuoteAddedEvent, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.quotes.get(requireViewer(ctx), event.quoteId);
  }

  @FieldResolver(() => [QuoteLineItem])
  lineItems(@Root() quote: RepairQuote, @Ctx() ctx: Context): QuoteLineItem[] | Promise<QuoteLineItem[]> {
    return ctx.services.quotes.lineItems(quote);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The longest lead time in days among the quote's partner catalog parts; null when it has none." })
  longestLeadTimeDays(@Root() quote: RepairQuote, @Ctx() ctx: Context): number | null | Promise<number | null> {
    return ctx.services.quotes.longestLeadTimeDays(quote);
  }

  @FieldResolver(() => [QuoteStatusChange])
  statusHistory(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<QuoteStatusChange[]> {
    return ctx.services.quotes.history(quote);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "As the caller may see them: never contact details for mechanics and workshops." })
  customer(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<Customer | null> {
    return ctx.services.quotes.customer(requireViewer(ctx), quote);
  }

  @FieldResolver(() => Workshop, { nullable: true })
  workshop(@Root() quote: RepairQuote, @Ctx() ctx: Context): Workshop | null | Promise<Workshop | null> {
    const preloaded = quote.preloaded?.workshop;
    return preloaded === undefined ? ctx.services.escalations.workshop(quote.workshopId) : preloaded;
  }

  @FieldResolver(() => Escalation, {
    nullable: true,
    description:
      "Null when the caller no longer reaches the escalation: a workshop whose offer closed (the customer approved another workshop's quote of a compared set) keeps reading its own quote, not the escalation.",
  })
  escalation(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<Escalation | null> {
    return ctx.services.escalations.find(requireViewer(ctx), quote.escalationId);
  }
}

@Resolver(() => Escalation)
export class EscalationQuotesResolver {
  @FieldResolver(() => RepairQuoteConnection, { description: "The escalation's quotes the caller may see (a workshop sees only its own), newest first." })
  quotes(@Root() escalation: Escalation, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.quotes.list(requireViewer(ctx), toPageRequest(page), escalation.id, quoteListFields(info));
  }
}
