import { Field, InputType, registerEnumType } from "type-graphql";
import { z } from "zod";

export enum SignUpRole {
  CUSTOMER = "CUSTOMER",
  MECHANIC = "MECHANIC",
}
registerEnumType(SignUpRole, { name: "SignUpRole", description: "Workshop advisors and partners are created by an admin." });

export enum StaffRole {
  WORKSHOP_ADVISOR = "WORKSHOP_ADVISOR",
  PARTNER = "PARTNER",
}
registerEnumType(StaffRole, { name: "StaffRole" });

@InputType({ description: "Customers give their profile; mechanics give a display name." })
export class SignUpInput {
  @Field(() => SignUpRole)
  role!: SignUpRole;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: "At least 10 characters." })
  password!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: "Mechanics: the name customers see." })
  displayName?: string | null;
}

@InputType()
export class CreateStaffAccountInput {
  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Required for a workshop advisor; for a partner, the workshop it belongs to (it can then take WORKSHOP partnerships)." })
  workshopId?: string | null;
}

const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const email = z.string().trim().toLowerCase().max(254).email("must be an email address");
const password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");

export const signUpSchema = z.discriminatedUnion("role", [
  z.object({
    role: z.literal(SignUpRole.CUSTOMER),
    email,
    password,
    firstName: text(80),
    lastName: text(80),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,20}$/, "must be a phone number"),
    addressLine1: text(200),
    addressLine2: text(200).nullish(),
    city: text(80),
    postalCode: text(20).nullish(),
  }),
  z.object({ role: z.literal(SignUpRole.MECHANIC), email, password, displayName: text(80) }),
]);

export const createStaffSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal(StaffRole.WORKSHOP_ADVISOR), email, password, displayName: text(80), workshopId: z.string().uuid("must be a workshop id") }),
  z.object({ role: z.literal(StaffRole.PARTNER), email, password, displayName: text(120), workshopId: z.string().uuid("must be a workshop id").nullish() }),
]);

export const signInSchema = z.object({ email, password: z.string().min(1, "is required").max(200) });
