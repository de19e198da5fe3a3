import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import { CreateStaffAccountInput, SignInArgs, SignUpInput } from "./account.inputs.ts";
import { AuthPayload, Mechanic, User } from "./account.types.ts";
import { Customer } from "./customer.type.ts";

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { description: "The signed-in account." })
  me(@Ctx() ctx: Context): Promise<User> {
    return ctx.services.accounts.me(requireViewer(ctx));
  }

  /** The input is parsed by the service, after the attempt is charged (AccountService.signUp). */
  @Mutation(() => AuthPayload, { description: "Creates a customer or mechanic account and signs it in." })
  signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.accounts.signUp(input, { ip: ctx.clientIp });
  }

  /** The arguments are parsed by the service, after the attempt is charged (AccountService.signIn). */
  @Mutation(() => AuthPayload)
  signIn(@Args(() => SignInArgs) args: SignInArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.accounts.signIn(args, { ip: ctx.clientIp });
  }

  @Mutation(() => User, { description: "Admins create workshop advisor and partner accounts." })
  createStaffAccount(@Arg("input", () => CreateStaffAccountInput) input: CreateStaffAccountInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.accounts.createStaffAccount(parseInput(CreateStaffAccountInput, input, "input"));
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The customer profile of a customer account." })
  customer(@Root() user: User, @Ctx() ctx: Context): Promise<Customer | null> | null {
    return user.role === "CUSTOMER" ? ctx.services.accounts.customerOfAccount(requireViewer(ctx), user.id) : null;
  }

  @FieldResolver(() => Mechanic, { nullable: true, description: "The public profile of a mechanic account." })
  mechanic(@Root() user: User, @Ctx() ctx: Context): Promise<Mechanic | null> | null {
    return user.role === "MECHANIC" ? ctx.services.accounts.mechanicProfile(user.id) : null;
  }
}
