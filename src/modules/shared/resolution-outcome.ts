import { ArgsType, Field, ID, registerEnumType } from "type-graphql";
import { z } from "zod";
import { Check } from "./validation.ts";

/** How an admin resolves a customer's complaint or solicitation report (domain/enforcement/resolution.ts). */
export enum ResolutionOutcome {
  /** The customer was right. An upheld complaint against a partnered quote counts toward suspending the partnership. */
  UPHELD = "UPHELD",
  /** Not substantiated. */
  DISMISSED = "DISMISSED",
}
registerEnumType(ResolutionOutcome, { name: "ResolutionOutcome" });

/** `resolveComplaint`'s and `resolveSolicitationReport`'s arguments: what is resolved, how, and an optional note (at most 2000 characters, trimmed). */
@ArgsType()
export class ResolutionArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be an id"))
  id!: string;

  @Field(() => ResolutionOutcome)
  @Check(z.nativeEnum(ResolutionOutcome))
  outcome!: ResolutionOutcome;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(2000, "must be at most 2000 characters").nullish())
  note?: string | null;
}
