import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { SessionStatus } from "../../platform/db/generated/enums.ts";
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
      vehicle: z
        .object({ make: stringFilterSchema.nullish(), model: stringFilterSchema.nullish(), year: z.number().int().min(1900).max(2100).nullish() })
        .strict()
        .nullish(),
      customer: customerWhereSchema.nullish(),
      AND: z.array(sessionWhereSchema).max(10).nullish(),
      OR: z.array(sessionWhereSchema).max(10).nullish(),
      NOT: sessionWhereSchema.nullish(),
    })
    .strict(),
);

@InputType()
export class AddVehicleInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  make!: string;

  @Field(() => String)
  model!: string;

  @Field(() => String, { nullable: true })
  color?: string | null;

  @Field(() => String, { nullable: true, description: "17-character vehicle identification number." })
  vin?: string | null;
}

@InputType()
export class RequestSessionInput {
  @Field(() => ID, { description: "One of the caller's vehicles." })
  vehicleId!: string;

  @Field(() => String, { description: "What is wrong, in the customer's words." })
  concern!: string;

  @Field(() => [String], { nullable: true, description: "Photo and video URLs of the issue (https, up to 10)." })
  mediaUrls?: string[] | null;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => String)
  diagnosis!: string;

  @Field(() => [String], { description: 'Service categories to quote, e.g. "brakes"; used for workshop matching.' })
  recommendedServices!: string[];
}

const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const uuid = (what: string) => z.string().uuid(`must be a ${what} id`);
const thisYear = new Date().getUTCFullYear();

export const addVehicleSchema = z.object({
  year: z
    .number()
    .int()
    .min(1950, "must be 1950 or later")
    .max(thisYear + 1, `must be at most ${thisYear + 1}`),
  make: text(60),
  model: text(60),
  color: text(40).nullish(),
  vin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-HJ-NPR-Z0-9]{17}$/, "must be a 17-character VIN")
    .nullish(),
});

export const requestSessionSchema = z.object({
  vehicleId: uuid("vehicle"),
  concern: text(2000),
  mediaUrls: z
    .array(
      z
        .string()
        .trim()
        .max(2000, "must be at most 2000 characters")
        .url("must be URLs")
        .refine((u) => u.startsWith("https://"), "must be https URLs"),
    )
    .max(10, "must be at most 10 URLs")
    .nullish(),
});

export const completeSessionSchema = z.object({
  diagnosis: text(5000),
  recommendedServices: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z][a-z0-9 _-]{0,39}$/, "must be service category names"),
    )
    .max(20, "must be at most 20 categories"),
});

export const cancelReasonSchema = z.object({ reason: text(500) });
export const sessionIdSchema = z.object({ id: uuid("session") });
