import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import { PayoutAccount, PayoutOnboardingLink } from "./payee-account.type.ts";
import { PayeeTargetArgs, payeeTargetOf } from "./payment.inputs.ts";

@Resolver()
export class PayeeAccountResolver {
  @Query(() => PayoutAccount, { description: "The caller's payout account: a mechanic's or partner's own, an advisor's workshop's." })
  payoutAccount(@Ctx() ctx: Context): Promise<PayoutAccount> {
    return ctx.services.payees.status(requireViewer(ctx));
  }

  @Query(() => PayoutAccount, { description: "Admins: a payee's payout account, by the mechanic's or partner's user id, or by workshop id (exactly one)." })
  payeePayoutAccount(@Args(() => PayeeTargetArgs) args: PayeeTargetArgs, @Ctx() ctx: Context): Promise<PayoutAccount> {
    return ctx.services.payees.statusOf(payeeTargetOf(parseInput(PayeeTargetArgs, args)));
  }

  @Mutation(() => PayoutOnboardingLink, {
    description: "A payee (mechanic, workshop advisor for their workshop, partner) starts or resumes Stripe onboarding: the Express account is created once, and a fresh onboarding link returned.",
  })
  startPayoutOnboarding(@Ctx() ctx: Context): Promise<PayoutOnboardingLink> {
    return ctx.services.payees.onboardingLink(requireViewer(ctx));
  }
}
