import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { phoneNumber, postalCode, requiredText as text } from "../shared/text.ts";
import { Check, CheckInput } from "../shared/validation.ts";

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

const email = z.string().trim().toLowerCase().max(254).email("must be an email address");
const password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");
const workshopId = z.string().uuid("must be a workshop id");

/** Adds "is required" on each of `fields` that `value` lacks. */
function requireFields(value: Record<string, unknown>, fields: readonly string[], ctx: z.RefinementCtx): void {
  for (const field of fields) if (value[field] == null) ctx.addIssue({ code: "custom", path: [field], message: "is required" });
}

/** The profile fields a customer must give; a mechanic gives `displayName` instead. */
const CUSTOMER_PROFILE = ["firstName", "lastName", "phone", "addressLine1", "city"] as const;

@InputType({ description: "Customers give their profile; mechanics give a display name." })
@CheckInput((value, ctx) => requireFields(value, value.role === SignUpRole.CUSTOMER ? CUSTOMER_PROFILE : ["displayName"], ctx))
export class SignUpInput {
  @Field(() => SignUpRole)
  @Check(z.enum(SignUpRole))
  role!: SignUpRole;

  @Field(() => String)
  @Check(email)
  email!: string;

  @Field(() => String, { description: "At least 10 characters." })
  @Check(password)
  password!: string;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @Check(phoneNumber.nullish())
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(200).nullish())
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(200).nullish())
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  city?: string | null;

  @Field(() => String, { nullable: true })
  @Check(postalCode.nullish())
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: "Mechanics: the name customers see." })
  @Check(text(80).nullish())
  displayName?: string | null;
}

@InputType()
@CheckInput((value, ctx) => {
  if (value.role !== StaffRole.WORKSHOP_ADVISOR) return;
  requireFields(value, ["workshopId"], ctx);
  // An advisor's name is shown like a mechanic's (80); a partner's organisation name may be longer.
  if (typeof value.displayName === "string" && value.displayName.length > 80) ctx.addIssue({ code: "custom", path: ["displayName"], message: "must be at most 80 characters" });
})
export class CreateStaffAccountInput {
  @Field(() => StaffRole)
  @Check(z.enum(StaffRole))
  role!: StaffRole;

  @Field(() => String)
  @Check(email)
  email!: string;

  @Field(() => String)
  @Check(password)
  password!: string;

  @Field(() => String)
  @Check(text(120))
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Required for a workshop advisor; for a partner, the workshop it belongs to (it can then take WORKSHOP partnerships)." })
  @Check(workshopId.nullish())
  workshopId?: string | null;
}

/** A password as typed to prove who one is (any length a password was ever set with). */
const givenPassword = z.string().min(1, "is required").max(200);

/** `signIn`'s arguments, parsed by AccountService.signIn after the attempt is charged. */
@ArgsType()
export class SignInArgs {
  @Field(() => String)
  @Check(email)
  email!: string;

  @Field(() => String)
  @Check(givenPassword)
  password!: string;
}

/**
 * The signed-in account's own profile: every field optional, only the given ones change. Customers
 * edit their name, contact fields and city; mechanics and workshop advisors their display name;
 * anyone their sign-in email, given their current password. A field the caller's role has not is refused.
 */
@InputType({ description: "Fields to change on the caller's own profile; omitted fields stay as they are." })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: "The sign-in email; changing it needs `currentPassword`." })
  @Check(email.nullish())
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The caller's current password: required to change `email`, not needed for the other fields." })
  @Check(givenPassword.nullish())
  currentPassword?: string | null;

  @Field(() => String, { nullable: true, description: "Mechanics and workshop advisors: the name others see." })
  @Check(text(80).nullish())
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @Check(phoneNumber.nullish())
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(200).nullish())
  addressLine1?: string | null;

  @Field(() => String, { nullable: true, description: "An empty string clears it." })
  @Check(z.string().trim().max(200, "must be at most 200 characters").nullish())
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  city?: string | null;

  @Field(() => String, { nullable: true, description: "An empty string clears it." })
  @Check(z.literal("").or(postalCode).nullish())
  postalCode?: string | null;
}

/** `changePassword`'s arguments, parsed by AccountSettingsService.changePassword after the attempt is charged. */
@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @Check(givenPassword)
  currentPassword!: string;

  @Field(() => String)
  @Check(password)
  newPassword!: string;
}

/** `requestPasswordReset`'s argument, parsed by AccountSettingsService.requestPasswordReset after the attempt is charged. */
@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String)
  @Check(email)
  email!: string;
}

/** `resetPassword`'s arguments, parsed by AccountSettingsService.resetPassword after the attempt is charged. */
@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String)
  @Check(z.string().trim().min(20, "must be a reset token").max(200, "must be a reset token"))
  token!: string;

  @Field(() => String)
  @Check(password)
  newPassword!: string;
}
