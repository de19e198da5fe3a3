import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { Check } from "../shared/validation.ts";

/** `contentFlags`' filter: each optional. */
@ArgsType()
export class ContentFlagFilterArgs {
  @Field(() => String, { nullable: true })
  @Check(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{1,64}$/, "must be an entity type such as DiagnosticSession")
      .nullish(),
  )
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be an id").nullish())
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  @Check(z.string().uuid("must be a user id").nullish())
  authorId?: string | null;
}
