import { Field, ID, Int, ObjectType } from "type-graphql";
import { Professional } from "../accounts/account.types.ts";

@ObjectType({ description: "An auto-accept rule: offers whose recommended services all have a rule, with the mechanic's estimate within each rule's limit, are accepted by the platform at once." })
export class AutoAcceptRule {
  @Field(() => String)
  serviceCategory!: string;

  @Field(() => Int, { description: "The largest estimate (cents) accepted automatically for this category." })
  maxAmountCents!: number;
}

@ObjectType({ description: "A workshop's onboarding and escalation settings: its advisors and admins read them." })
export class WorkshopSettings {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  city!: string;

  @Field(() => [String], { description: "Cities served besides its own." })
  serviceArea!: string[];

  @Field(() => [String], { description: "Service categories it repairs." })
  servicesOffered!: string[];

  @Field(() => Boolean, { description: "Whether matching offers it escalations at all." })
  acceptsEscalations!: boolean;

  @Field(() => Int, { description: "Capacity: how many escalations it holds open at once; matching skips it at the limit." })
  maxOpenEscalations!: number;

  @Field(() => Int, { description: "Minutes an offer waits for its answer (capped by ESCALATION_RESPONSE_MINUTES)." })
  responseTimeoutMinutes!: number;

  @Field(() => [AutoAcceptRule])
  autoAcceptRules!: AutoAcceptRule[];
}

@ObjectType({ description: "A workshop's service advisor account, as admins manage it.", implements: Professional })
export class WorkshopAdvisor {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workshopId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;
}
