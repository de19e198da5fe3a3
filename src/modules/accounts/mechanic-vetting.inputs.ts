import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { requiredText } from "../shared/text.ts";
import { Check } from "../shared/validation.ts";

/** A vetting decision's reason, shown to the mechanic: 1 to 500 characters, trimmed. */
const reason = requiredText(500);

/** The mechanic an admin's vetting decision is about (extended by each decision's arguments). */
@ArgsType()
export class VettingDecisionArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a mechanic id"))
  mechanicId!: string;
}

/** `approveMechanic`'s arguments: the mechanic and, optionally, why. */
@ArgsType()
export class ApproveMechanicArgs extends VettingDecisionArgs {
  @Field(() => String, { nullable: true })
  @Check(reason.nullish())
  reason?: string | null;
}

/** `rejectMechanic`'s arguments: the mechanic and why, which the mechanic is shown. */
@ArgsType()
export class RejectMechanicArgs extends VettingDecisionArgs {
  @Field(() => String)
  @Check(reason)
  reason!: string;
}
