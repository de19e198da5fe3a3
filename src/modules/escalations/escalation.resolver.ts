import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import type { EscalationOfferedEvent } from "../../platform/pubsub/pubsub.ts";
import { Customer } from "../accounts/customer.type.ts";
import { DiagnosticSession } from "../sessions/session.types.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { requestedFields } from "../shared/selection.ts";
import { parseInput } from "../shared/validation.ts";
import { Workshop } from "../workshops/workshop.types.ts";
import { EscalateInput, RespondToOfferArgs, WorkshopChoiceInput } from "./escalation.inputs.ts";
import { Escalation, EscalationConnection, EscalationOffer, EscalationOfferConnection, WorkshopChoice, WorkshopPreference } from "./escalation.type.ts";

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: "Escalations the caller takes part in, newest first." })
  escalations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.escalations.list(requireViewer(ctx), toPageRequest(page), { escalation: requestedFields(info, ["nodes"]), session: requestedFields(info, ["nodes", "session"]) });
  }

  @Query(() => Escalation)
  escalation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Escalation> {
    return ctx.services.escalations.get(requireViewer(ctx), id);
  }

  @Query(() => EscalationOfferConnection, { description: "Advisors: offers waiting for an answer from their workshop, oldest first." })
  openEscalationOffers(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.escalations.openOffers(requireViewer(ctx), toPageRequest(page));
  }

  @Mutation(() => Escalation, { description: "The session's mechanic hands a completed session to matching workshops, once." })
  escalate(@Arg("sessionId", () => ID) sessionId: string, @Arg("input", () => EscalateInput) input: EscalateInput, @Ctx() ctx: Context): Promise<Escalation> {
    return ctx.services.escalations.escalate(requireViewer(ctx), sessionId, parseInput(EscalateInput, input, "input"));
  }

  @Mutation(() => EscalationOffer, { description: "An advisor of the offered workshop accepts or declines; a decline moves the escalation to the next workshop." })
  respondToEscalation(@Args(() => RespondToOfferArgs) args: RespondToOfferArgs, @Ctx() ctx: Context): Promise<EscalationOffer> {
    const { offerId, accept, reason } = parseInput(RespondToOfferArgs, args);
    return ctx.services.escalations.respond(requireViewer(ctx), offerId, accept, reason);
  }

  @Mutation(() => WorkshopChoice, { description: "The session's customer names a preferred workshop and/or how many workshops to ask, before the mechanic escalates." })
  chooseWorkshop(@Arg("sessionId", () => ID) sessionId: string, @Arg("input", () => WorkshopChoiceInput) input: WorkshopChoiceInput, @Ctx() ctx: Context): Promise<WorkshopChoice> {
    return ctx.services.escalations.chooseWorkshop(requireViewer(ctx), sessionId, parseInput(WorkshopChoiceInput, input, "input"));
  }

  @Mutation(() => Escalation, { description: "The escalation's customer asks one more workshop for a quote to compare (3 workshops at most)." })
  requestAnotherQuote(@Arg("escalationId", () => ID) escalationId: string, @Ctx() ctx: Context): Promise<Escalation> {
    return ctx.services.escalations.requestAnotherQuote(requireViewer(ctx), escalationId);
  }

  @Subscription(() => Escalation, {
    description: "Advisors: escalations offered to their own workshop (new and re-matched), as they happen.",
    subscribe: ({ context }) => (context as Context).services.escalations.offersToWorkshop(requireViewer(context as Context)),
  })
  escalationCreated(@Root() event: EscalationOfferedEvent, @Ctx() ctx: Context): Promise<Escalation> {
    return ctx.services.escalations.get(requireViewer(ctx), event.escalationId);
  }

  @FieldResolver(() => DiagnosticSession, { description: "Vehicle, concern, diagnosis and recommended services." })
  session(@Root() escalation: Escalation, @Ctx() ctx: Context): DiagnosticSession | Promise<DiagnosticSession> {
    return ctx.services.escalations.session(requireViewer(ctx), escalation);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "Workshops: first name, last initial and city. Never contact details." })
  customer(@Root() escalation: Escalation, @Ctx() ctx: Context): Customer | null | Promise<Customer | null> {
    return ctx.services.escalations.customer(requireViewer(ctx), escalation);
  }

  @FieldResolver(() => Workshop, { nullable: true, description: "The workshop currently holding the escalation." })
  workshop(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<Workshop | null> {
    return ctx.services.escalations.workshop(escalation.workshopId);
  }

  @FieldResolver(() => WorkshopPreference, { nullable: true, description: "The customer's preferred workshop and whether it was offered; null for workshops and when none was named." })
  preference(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<WorkshopPreference | null> {
    return ctx.services.escalations.preference(requireViewer(ctx), escalation);
  }

  @FieldResolver(() => [EscalationOffer], { description: "Workshops see their own offers only." })
  offers(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<EscalationOffer[]> {
    return ctx.services.escalations.offers(requireViewer(ctx), escalation);
  }
}

@Resolver(() => EscalationOffer)
export class EscalationOfferResolver {
  @FieldResolver(() => Workshop)
  workshop(@Root() offer: EscalationOffer, @Ctx() ctx: Context): Promise<Workshop | null> {
    return ctx.services.escalations.workshop(offer.workshopId);
  }

  @FieldResolver(() => Escalation, {
    nullable: true,
    description:
      "Null when the caller no longer reaches the escalation: a workshop whose offer is no longer live (it declined it, as respondToEscalation answers, or the offer expired or closed) keeps reading its own offer, not the escalation.",
  })
  escalation(@Root() offer: EscalationOffer, @Ctx() ctx: Context): Promise<Escalation | null> {
    return ctx.services.escalations.escalationOf(requireViewer(ctx), offer);
  }
}
