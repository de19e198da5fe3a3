import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { RepairQuote } from "../quotes/quote.type.ts";
import { DiagnosticSession } from "../sessions/session.types.ts";
import { Payment } from "./payment.type.ts";

/**
 * The payment of a session's diagnostic, for the parties who may see payments (the customer, admins;
 * the rule map refuses the payees, who see their earnings instead). Every attempt: `payments(where: { sessionId })`.
 */
@Resolver(() => DiagnosticSession)
export class SessionPaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: "Customers and admins: the diagnostic's payment (the newest attempt); null until the customer starts paying." })
  payment(@Root() session: DiagnosticSession, @Ctx() ctx: Context): Promise<Payment | null> {
    return ctx.services.payments.paymentFor(requireViewer(ctx), { sessionId: session.id });
  }
}

/** The payment of a repair quote, as SessionPaymentResolver's. Every attempt: `payments(where: { quoteId })`. */
@Resolver(() => RepairQuote)
export class QuotePaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: "Customers and admins: the repair's payment (the newest attempt); null until the customer starts paying." })
  payment(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<Payment | null> {
    return ctx.services.payments.paymentFor(requireViewer(ctx), { quoteId: quote.id });
  }
}
