import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import { AccountSanction, SanctionInput, SuspendAccountInput } from "./sanction.types.ts";

/** Admins suspend, ban and lift accounts by hand. */
@Resolver(() => AccountSanction)
export class SanctionResolver {
  @Mutation(() => AccountSanction, { description: "Admins: suspend an account until a date, with a reason the account shows." })
  suspendAccount(@Arg("input", () => SuspendAccountInput) input: SuspendAccountInput, @Ctx() ctx: Context): Promise<AccountSanction> {
    return ctx.services.sanctions.suspend(requireViewer(ctx), parseInput(SuspendAccountInput, input, "input"));
  }

  @Mutation(() => AccountSanction, { description: "Admins: ban an account for good, with a reason; a mechanic's unpaid earnings are withheld." })
  banAccount(@Arg("input", () => SanctionInput) input: SanctionInput, @Ctx() ctx: Context): Promise<AccountSanction> {
    return ctx.services.sanctions.ban(requireViewer(ctx), parseInput(SanctionInput, input, "input"));
  }

  @Mutation(() => AccountSanction, { description: "Admins: lift a suspension or a ban, with a reason; a mechanic's withheld earnings are released." })
  liftAccountSanction(@Arg("input", () => SanctionInput) input: SanctionInput, @Ctx() ctx: Context): Promise<AccountSanction> {
    return ctx.services.sanctions.lift(requireViewer(ctx), parseInput(SanctionInput, input, "input"));
  }
}
