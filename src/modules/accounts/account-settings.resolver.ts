import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import { OutboxMail } from "./account-settings.types.ts";
import { ChangePasswordArgs, RequestPasswordResetArgs, ResetPasswordArgs, UpdateProfileInput } from "./account.inputs.ts";
import { AuthPayload, User } from "./account.types.ts";

@Resolver()
export class AccountSettingsResolver {
  @Mutation(() => User, {
    description: "Changes the given fields of the caller's own profile (audited: which fields, never their values). Changing the email needs `currentPassword` and mails a notice to the old address.",
  })
  updateProfile(@Arg("input", () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.accountSettings.updateProfile(requireViewer(ctx), parseInput(UpdateProfileInput, input, "input"), { ip: ctx.clientIp });
  }

  /** The arguments are parsed by the service, after the attempt is charged (as for the two reset operations below). */
  @Mutation(() => AuthPayload, { description: "Changes the caller's password; every other session is signed out. Continue with the returned token." })
  changePassword(@Args(() => ChangePasswordArgs) args: ChangePasswordArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.accountSettings.changePassword(requireViewer(ctx), args, { ip: ctx.clientIp });
  }

  @Mutation(() => Boolean, { description: "Mails a single-use reset token if an account has this email. Always answers true: it never says whether the account exists." })
  async requestPasswordReset(@Args(() => RequestPasswordResetArgs) args: RequestPasswordResetArgs, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accountSettings.requestPasswordReset(args, { ip: ctx.clientIp });
    return true;
  }

  @Mutation(() => Boolean, { description: "Sets a new password with a mailed reset token (once, before it expires); every session is signed out." })
  async resetPassword(@Args(() => ResetPasswordArgs) args: ResetPasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accountSettings.resetPassword(args, { ip: ctx.clientIp });
    return true;
  }

  @Query(() => [OutboxMail], { description: "Admins, development only (MAIL_TRANSPORT=outbox outside production): the mail the outbox holds, to one address or all." })
  mailOutbox(@Arg("to", () => String, { nullable: true }) to: string | null, @Ctx() ctx: Context): OutboxMail[] {
    return ctx.services.accountSettings.outbox(to);
  }
}
