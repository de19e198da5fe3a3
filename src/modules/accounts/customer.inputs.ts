import { Field, InputType } from "type-graphql";
import { z } from "zod";
import { FILTER_COMBINATORS, MAX_FILTER_NESTING, StringFilter, stringFilterSchema } from "../shared/filters.ts";
import { Check, inputSchemaOf, MaxNesting } from "../shared/validation.ts";

/** At most this many conditions in one AND or OR list. */
const MAX_CONDITIONS = 10;
const filter = stringFilterSchema.nullish();
/** A nested CustomerWhere, resolved when parsed (the class refers to itself). */
const nested = z.lazy(() => inputSchemaOf(CustomerWhere));

@InputType({ description: `Filter on a customer's fields. Filtering on a field the caller may not read is FORBIDDEN. AND, OR and NOT nest at most ${MAX_FILTER_NESTING} levels deep.` })
@MaxNesting(FILTER_COMBINATORS, MAX_FILTER_NESTING)
export class CustomerWhere {
  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  firstName?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  lastName?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  city?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  phone?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  email?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(filter)
  address?: StringFilter | null;

  @Field(() => [CustomerWhere], { nullable: true })
  @Check(z.array(nested).max(MAX_CONDITIONS).nullish())
  AND?: CustomerWhere[] | null;

  @Field(() => [CustomerWhere], { nullable: true })
  @Check(z.array(nested).max(MAX_CONDITIONS).nullish())
  OR?: CustomerWhere[] | null;

  @Field(() => CustomerWhere, { nullable: true })
  @Check(nested.nullish())
  NOT?: CustomerWhere | null;
}

/** A validated CustomerWhere (what parseInput returns). */
export type CustomerWhereData = CustomerWhere;

/** CustomerWhere's rules, to nest it in another input's `@Check` (sessions filter by customer). */
export const customerWhereSchema: z.ZodType<CustomerWhereData> = nested;
