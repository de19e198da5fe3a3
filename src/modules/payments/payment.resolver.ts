import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { DisputeStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { EarningsWindowArgs, MetricsWindowArgs, PayDiagnosticArgs, PaymentWhere, PayQuoteArgs, RefundPaymentArgs } from "./payment.inputs.ts";
import { AdminMetrics, DisputeConnection, Earnings, Payment, PaymentConnection, PaymentIntentResult, PayoutRun } from "./payment.type.ts";

@Resolver()
export class PaymentResolver {
  @Mutation(() => PaymentIntentResult, {
    description: "The customer pays the session's diagnostic. Retrying with the same key never charges twice; the key sent for another session is CONFLICT (ALREADY_EXISTS).",
  })
  payDiagnostic(@Args(() => PayDiagnosticArgs) args: PayDiagnosticArgs, @Ctx() ctx: Context): Promise<PaymentIntentResult> {
    const { sessionId, idempotencyKey } = parseInput(PayDiagnosticArgs, args);
    return ctx.services.payments.payDiagnostic(requireViewer(ctx), sessionId, idempotencyKey);
  }

  @Mutation(() => PaymentIntentResult, {
    description: "The customer pays an approved quote. Retrying with the same key never charges twice; the key sent for another quote is CONFLICT (ALREADY_EXISTS).",
  })
  payQuote(@Args(() => PayQuoteArgs) args: PayQuoteArgs, @Ctx() ctx: Context): Promise<PaymentIntentResult> {
    const { quoteId, idempotencyKey } = parseInput(PayQuoteArgs, args);
    return ctx.services.payments.payQuote(requireViewer(ctx), quoteId, idempotencyKey);
  }

  @Mutation(() => Payment, {
    description:
      "Admins: refund all (default) or part of a settled payment; each payee keeps its share of what the customer still pays and its transfers are reversed by the rest. An escrowed repair only authorized is released in full instead (its PaymentIntent cancelled, the hold on the card lifted, the repair's quote cancelled); part of it is BAD_USER_INPUT.",
  })
  refundPayment(@Args(() => RefundPaymentArgs) args: RefundPaymentArgs, @Ctx() ctx: Context): Promise<Payment> {
    const { paymentId, amountCents, reason, idempotencyKey } = parseInput(RefundPaymentArgs, args);
    return ctx.services.payments.refund(requireViewer(ctx), paymentId, amountCents, reason, idempotencyKey);
  }

  @Mutation(() => PayoutRun, {
    description:
      "Admins: pay every share due by asOf (default now; a later instant pays NET_30/NET_60 shares early) that has no transfer yet: partner shares whose terms have run, and shares owed to payees whose payouts are now enabled. Safe to repeat; the server also runs it every PAYOUT_INTERVAL_SECONDS.",
  })
  async runDuePayouts(@Arg("asOf", () => Date, { nullable: true }) asOf: Date | null, @Ctx() ctx: Context): Promise<PayoutRun> {
    const { failures: _failures, ...run } = await ctx.services.payouts.runDue(requireViewer(ctx), asOf ?? new Date());
    return run;
  }

  @Query(() => PaymentConnection, { description: "Customers: their payments. Admins: all. Newest first; `where` narrows them to what they paid for." })
  payments(@Args(() => PageArgs) page: PageArgs, @Arg("where", () => PaymentWhere, { nullable: true }) where: PaymentWhere | null, @Ctx() ctx: Context) {
    return ctx.services.payments.paymentsOf(requireViewer(ctx), toPageRequest(page), where && parseInput(PaymentWhere, where, "where"));
  }

  @Query(() => DisputeConnection, { description: "Admins: disputes of payments, newest first, optionally of one status." })
  disputes(@Arg("status", () => DisputeStatus, { nullable: true }) status: DisputeStatus | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.payments.disputes(requireViewer(ctx), status, toPageRequest(page));
  }

  @Query(() => Earnings, { description: "Mechanics and partners: their earnings. Advisors: their workshop's. From the ledger; from/to limit it to entries booked in [from, to)." })
  earnings(@Args(() => EarningsWindowArgs) args: EarningsWindowArgs, @Ctx() ctx: Context): Promise<Earnings> {
    const { from, to } = parseInput(EarningsWindowArgs, args);
    return ctx.services.ledger.earnings(requireViewer(ctx), from ?? null, to ?? null);
  }

  @Query(() => AdminMetrics, { description: "Admins: transaction rate, quote approval, average quote, workshop response time and referral fees over [from, to)." })
  adminMetrics(@Args(() => MetricsWindowArgs) args: MetricsWindowArgs, @Ctx() ctx: Context): Promise<AdminMetrics> {
    const { from, to } = parseInput(MetricsWindowArgs, args);
    return ctx.services.ledger.metrics(from, to);
  }
}
