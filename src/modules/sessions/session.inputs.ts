import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";

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

  @Field(() => [String], { description: "Service categories to quote, e.g. \"brakes\"; used for workshop matching." })
  recommendedServices!: string[];
}

const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const uuid = (what: string) => z.string().uuid(`must be a ${what} id`);
const thisYear = new Date().getUTCFullYear();

export const addVehicleSchema = z.object({
  year: z.number().int().min(1950, "must be 1950 or later").max(thisYear + 1, `must be at most ${thisYear + 1}`),
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
    .array(z.string().trim().max(2000, "must be at most 2000 characters").url("must be URLs").refine((u) => u.startsWith("https://"), "must be https URLs"))
    .max(10, "must be at most 10 URLs")
    .nullish(),
});

export const completeSessionSchema = z.object({
  diagnosis: text(5000),
  recommendedServices: z
    .array(z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9 _-]{0,39}$/, "must be service category names"))
    .max(20, "must be at most 20 categories"),
});

export const cancelReasonSchema = z.object({ reason: text(500) });
export const sessionIdSchema = z.object({ id: uuid("session") });
