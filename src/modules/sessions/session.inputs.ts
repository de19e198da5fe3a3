import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { SessionStatus } from "../../db/generated/enums.ts";
import { CustomerWhere, customerWhereSchema, type CustomerWhereData } from "../accounts/customer.inputs.ts";
import { StringFilter, stringFilterSchema } from "../shared/filters.ts";

@InputType()
export class VehicleWhere {
  @Field(() => StringFilter, { nullable: true })
  make?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  model?: StringFilter | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

@InputType({ description: "Filter on sessions, within the sessions the caller may see." })
export class SessionWhere {
  @Field(() => [SessionStatus], { nullable: true })
  status?: SessionStatus[] | null;

  @Field(() => StringFilter, { nullable: true })
  concern?: StringFilter | null;

  @Field(() => Date, { nullable: true })
  requestedAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  requestedBefore?: Date | null;

  @Field(() => VehicleWhere, { nullable: true })
  vehicle?: VehicleWhere | null;

  @Field(() => CustomerWhere, { nullable: true })
  customer?: CustomerWhere | null;

  @Field(() => [SessionWhere], { nullable: true })
  AND?: SessionWhere[] | null;

  @Field(() => [SessionWhere], { nullable: true })
  OR?: SessionWhere[] | null;

  @Field(() => SessionWhere, { nullable: true })
  NOT?: SessionWhere | null;
}

export enum SessionOrderField {
  REQUESTED_AT = "REQUESTED_AT",
  CUSTOMER_FIRST_NAME = "CUSTOMER_FIRST_NAME",
  CUSTOMER_LAST_NAME = "CUSTOMER_LAST_NAME",
  CUSTOMER_CITY = "CUSTOMER_CITY",
}
registerEnumType(SessionOrderField, { name: "SessionOrderField", description: "Ordering by a customer field the caller may not read is FORBIDDEN." });

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

@InputType()
export class SessionOrder {
  @Field(() => SessionOrderField)
  field!: SessionOrderField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC })
  direction?: SortDirection;
}

type Infer<T extends z.ZodType> = z.infer<T>;

export interface SessionWhereData {
  status?: SessionStatus[] | null;
  concern?: Infer<typeof stringFilterSchema> | null;
  requestedAfter?: Date | null;
  requestedBefore?: Date | null;
  vehicle?: { make?: Infer<typeof stringFilterSchema> | null; model?: Infer<typeof stringFilterSchema> | null; year?: number | null } | null;
  customer?: CustomerWhereData | null;
  AND?: SessionWhereData[] | null;
  OR?: SessionWhereData[] | null;
  NOT?: SessionWhereData | null;
}

export const sessionWhereSchema: z.ZodType<SessionWhereData> = z.lazy(() =>
  z
    .object({
      status: z.array(z.nativeEnum(SessionStatus)).max(10).nullish(),
      concern: stringFilterSchema.nullish(),
      requestedAfter: z.date().nullish(),
      requestedBefore: z.date().nullish(),
      vehicle: z.object({ make: stringFilterSchema.nullish(), model: stringFilterSchema.nullish(), year: z.number().int().min(1900).max(2100).nullish() }).strict().nullish(),
      customer: customerWhereSchema.nullish(),
      AND: z.array(sessionWhereSchema).max(10).nullish(),
      OR: z.array(sessionWhereSchema).max(10).nullish(),
      NOT: sessionWhereSchema.nullish(),
    })
    .strict(),
);

