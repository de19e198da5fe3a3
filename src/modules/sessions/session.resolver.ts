import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../auth/context.ts";
import { Mechanic } from "../accounts/account.types.ts";
import { Customer } from "../accounts/customer.type.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { SessionOrder, SessionWhere } from "./session.inputs.ts";
import { DiagnosticSession, DiagnosticSessionConnection, Vehicle } from "./session.types.ts";

@Resolver(() => DiagnosticSession)
export class SessionResolver {
  @Query(() => DiagnosticSessionConnection, {
    description: "Sessions the caller takes part in (customers: their own; mechanics: assigned; workshops: escalated to them; admins: all).",
  })
  sessions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("where", () => SessionWhere, { nullable: true }) where: SessionWhere | null,
    @Arg("orderBy", () => SessionOrder, { nullable: true }) orderBy: SessionOrder | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sessions.list(requireViewer(ctx), toPageRequest(page), where, orderBy);
  }

  @Query(() => Int, { description: "Price of a remote diagnostic in cents, shown before sign-up." })
  diagnosticPriceCents(@Ctx() ctx: Context): number {
    return ctx.services.sessions.diagnosticPriceCents;
  }

  @Query(() => DiagnosticSession)
  session(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    return ctx.services.sessions.get(requireViewer(ctx), id);
  }

  @Query(() => [Vehicle], { description: "Customers: their vehicles. Others: vehicles of sessions they may see." })
  vehicles(@Ctx() ctx: Context): Promise<Vehicle[]> {
    return ctx.services.sessions.vehiclesOf(requireViewer(ctx));
  }

  @FieldResolver(() => Vehicle)
  vehicle(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return ctx.services.sessions.vehicle(session);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return ctx.services.sessions.customer(requireViewer(ctx), session);
  }

  @FieldResolver(() => Mechanic, { nullable: true, description: "Null until a mechanic claims the session." })
  mechanic(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return session.mechanicId ? ctx.services.accounts.mechanicProfile(session.mechanicId) : null;
  }
}
