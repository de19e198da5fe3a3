import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { AccountStatus, SanctionKind } from "../../platform/db/generated/enums.ts";
import { Check } from "../shared/validation.ts";

registerEnumType(SanctionKind, { name: "SanctionKind", description: "An admin's hand-made move on an account." });

const reasonSchema = z.string().trim().min(3, "must be at least 3 characters").max(500, "must be at most 500 characters");

/** An admin bans or lifts: the account and the reason (3 to 500 characters), which the account shows. */
@InputType()
export class SanctionInput {
  @Field(() => ID)
  @Check(z.string().uuid("must be an account id"))
  userId!: string;

  @Field(() => String, { description: "Why; the account holder reads it (statusReason)." })
  @Check(reasonSchema)
  reason!: string;
}

/** An admin suspends: SanctionInput's account and reason, and the end of the suspension (in the future). */
@InputType()
export class SuspendAccountInput extends SanctionInput {
  @Field(() => Date, { description: "When the suspension ends; must be in the future." })
  @Check(z.date())
  until!: Date;
}

@ObjectType({ description: "Admins: a suspension, ban or lift made by hand, and the account's standing after it." })
export class AccountSanction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => SanctionKind)
  kind!: SanctionKind;

  @Field(() => String)
  reason!: string;

  @Field(() => Date, { nullable: true, description: "A suspension's end." })
  endsAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => AccountStatus, { description: "The account's status after the sanction." })
  status!: AccountStatus;
}
