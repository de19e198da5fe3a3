import { ArgsType, Field, ID, Int } from "type-graphql";
import { z } from "zod";
import { FlagStatus } from "../../platform/db/generated/enums.ts";
import { Check } from "../shared/validation.ts";
import { ReviewDecision } from "./enforcement.types.ts";

/** `violations`' filter: one mechanic's, one status's, or all. */
@ArgsType()
export class ViolationFilterArgs {
  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be a mechanic id").nullish())
  mechanicId?: string | null;

  @Field(() => FlagStatus, { nullable: true })
  @Check(z.nativeEnum(FlagStatus).nullish())
  status?: FlagStatus | null;
}

/** `investigationTriggers`' window: the last 1 to 365 days (7 when not given). */
@ArgsType()
export class InvestigationArgs {
  @Field(() => Int, { defaultValue: 7, description: "How far back to list contact messages." })
  @Check(z.number().int().min(1, "must be at least 1").max(365, "must be at most 365"))
  days!: number;
}

/** `reviewViolation`'s arguments: the violation, the decision and an optional note (at most 2000 characters, trimmed). */
@ArgsType()
export class ReviewViolationArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a violation id"))
  id!: string;

  @Field(() => ReviewDecision)
  @Check(z.nativeEnum(ReviewDecision))
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(2000, "must be at most 2000 characters").nullish())
  note?: string | null;
}
