/**
 * The payments API's arguments, checked once by the resolvers; the services receive them parsed.
 */
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { Check, CheckInput } from "../shared/validation.ts";

/** A client's idempotency key for payDiagnostic / payQuote / refundPayment: 8 to 200 URL-safe characters. */
const idempotencyKey = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only");

/** `payments`' filter: what a payment paid for. Every condition given must hold. */
@InputType({ description: "Filter on payments, within those the caller may see: every condition given must hold." })
export class PaymentWhere {
  @Field(() => ID, { nullable: true, description: "The payments (every attempt) of this session's diagnostic." })
  @Check(z.string().uuid("must be a session id").nullish())
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: "The payments (every attempt) of this repair quote." })
  @Check(z.string().uuid("must be a quote id").nullish())
  quoteId?: string | null;
}

/** `payDiagnostic`'s arguments: the session and the client's idempotency key. */
@ArgsType()
export class PayDiagnosticArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a session id"))
  sessionId!: string;

  @Field(() => String)
  @Check(idempotencyKey)
  idempotencyKey!: string;
}

/** `payQuote`'s arguments: the approved quote and the client's idempotency key. */
@ArgsType()
export class PayQuoteArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a quote id"))
  quoteId!: string;

  @Field(() => String)
  @Check(idempotencyKey)
  idempotencyKey!: string;
}

/**
 * `refundPayment`'s arguments: the payment, an amount in whole cents (at least 1; null: all that is
 * left), a reason of at most 1,000 characters, and the admin's idempotency key (required, as
 * payDiagnostic's: the same key is the same refund). Required because nothing else tells a
 * double-click (or a retry after a lost answer) from a second refund meant as one: a key derived
 * on the server from the payment's refunded amount changes once the first refund is booked, so the
 * second click, waiting behind the first on the payment's lock, refunded the money again.
 */
@ArgsType()
export class RefundPaymentArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a payment id"))
  paymentId!: string;

  @Field(() => Int, { nullable: true })
  @Check(z.number().int().min(1).nullish())
  amountCents?: number | null;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(1000).nullish())
  reason?: string | null;

  @Field(() => String, {
    description:
      "The admin's key for this refund (8 to 200 of A-Z a-z 0-9 _ . : -), one per refund meant (a UUID made when the refund form opens): sent again, the same refund is answered and nothing is refunded twice.",
  })
  @Check(idempotencyKey)
  idempotencyKey!: string;
}

/** `payeePayoutAccount`'s target: exactly one of a user id (mechanic or partner) and a workshop id. */
@ArgsType()
@CheckInput((value, ctx) => {
  if (Boolean(value.userId) === Boolean(value.workshopId)) ctx.addIssue({ code: "custom", path: [value.userId ? "workshopId" : "userId"], message: "Give exactly one of userId and workshopId" });
})
export class PayeeTargetArgs {
  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be an id").nullish())
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be an id").nullish())
  workshopId?: string | null;
}

/** A parsed PayeeTargetArgs as the payee service takes it (the class's check leaves exactly one id). */
export function payeeTargetOf({ userId, workshopId }: PayeeTargetArgs): { userId: string } | { workshopId: string } {
  if (workshopId) return { workshopId };
  if (userId) return { userId };
  throw new Error("PayeeTargetArgs was not parsed");
}

/** A window's check: when both ends are given, `from` comes first ("must be before to" on `from`). */
const fromBeforeTo = (args: { from?: Date | null; to?: Date | null }, ctx: z.RefinementCtx): void => {
  if (args.from instanceof Date && args.to instanceof Date && !(args.from < args.to)) ctx.addIssue({ code: "custom", path: ["from"], message: "must be before to" });
};

/** `earnings`' window [from, to): either end open, `from` first when both are given. */
@ArgsType()
@CheckInput(fromBeforeTo)
export class EarningsWindowArgs {
  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  to?: Date | null;
}

/** `adminMetrics`' window [from, to): two instants, `from` first. */
@ArgsType()
@CheckInput(fromBeforeTo)
export class MetricsWindowArgs {
  @Field(() => Date)
  @Check(z.date())
  from!: Date;

  @Field(() => Date)
  @Check(z.date())
  to!: Date;
}
