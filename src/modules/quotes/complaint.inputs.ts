import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { Check } from "../shared/validation.ts";

/** `fileComplaint`'s arguments: the quote complained about and what went wrong (10 to 2000 characters as the customer wrote them, trimmed, before masking). */
@ArgsType()
export class FileComplaintArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a quote id"))
  quoteId!: string;

  @Field(() => String)
  @Check(z.string().trim().min(10, "must be at least 10 characters").max(2000, "must be at most 2000 characters"))
  body!: string;
}
