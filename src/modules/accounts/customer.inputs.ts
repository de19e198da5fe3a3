import { Field, InputType } from "type-graphql";
import { z } from "zod";
import { StringFilter, stringFilterSchema } from "../shared/filters.ts";

type Infer<T extends z.ZodType> = z.infer<T>;

@InputType({ description: "Filter on a customer's fields. Filtering on a field the caller may not read is FORBIDDEN." })
export class CustomerWhere {
  @Field(() => StringFilter, { nullable: true })
  firstName?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  lastName?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  city?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  phone?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  email?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  address?: StringFilter | null;

  @Field(() => [CustomerWhere], { nullable: true })
  AND?: CustomerWhere[] | null;

  @Field(() => [CustomerWhere], { nullable: true })
  OR?: CustomerWhere[] | null;

  @Field(() => CustomerWhere, { nullable: true })
  NOT?: CustomerWhere | null;
}

export const customerWhereSchema: z.ZodType<CustomerWhereData> = z.lazy(() =>
  z
    .object({
      firstName: stringFilterSchema.nullish(),
      lastName: stringFilterSchema.nullish(),
      city: stringFilterSchema.nullish(),
      phone: stringFilterSchema.nullish(),
      email: stringFilterSchema.nullish(),
      address: stringFilterSchema.nullish(),
      AND: z.array(customerWhereSchema).max(10).nullish(),
      OR: z.array(customerWhereSchema).max(10).nullish(),
      NOT: customerWhereSchema.nullish(),
    })
    .strict(),
);

export interface CustomerWhereData {
  firstName?: Infer<typeof stringFilterSchema> | null;
  lastName?: Infer<typeof stringFilterSchema> | null;
  city?: Infer<typeof stringFilterSchema> | null;
  phone?: Infer<typeof stringFilterSchema> | null;
  email?: Infer<typeof stringFilterSchema> | null;
  address?: Infer<typeof stringFilterSchema> | null;
  AND?: CustomerWhereData[] | null;
  OR?: CustomerWhereData[] | null;
  NOT?: CustomerWhereData | null;
}
