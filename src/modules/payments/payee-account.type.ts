import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A payee's Stripe connected account as Stripe last reported it (`account.updated`)." })
export class PayoutAccount {
  @Field(() => Boolean, { description: "Whether a Stripe account was created for the payee (startPayoutOnboarding)." })
  connected!: boolean;

  @Field(() => Boolean, { description: "Stripe's `charges_enabled`." })
  chargesEnabled!: boolean;

  @Field(() => Boolean, { description: "Stripe's `payouts_enabled`: shares are transferred only while true; owed shares are paid by the next payout run once it is." })
  payoutsEnabled!: boolean;

  @Field(() => [String], { description: "Stripe's `requirements.currently_due`: what the payee must still provide in onboarding." })
  requirementsDue!: string[];
}

@ObjectType({ description: "A single-use link to Stripe's hosted onboarding; it expires within minutes (ask again from the refresh URL)." })
export class PayoutOnboardingLink {
  @Field(() => String)
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
