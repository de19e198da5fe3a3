import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { ApproveMechanicArgs, RejectMechanicArgs } from "./mechanic-vetting.inputs.ts";
import { MechanicVetting, MechanicVettingConnection } from "./mechanic-vetting.types.ts";

@Resolver(() => MechanicVetting)
export class MechanicVettingResolver {
  @Query(() => MechanicVettingConnection, { description: "Admins: mechanics by vetting status (PENDING by default: the vetting queue), by display name." })
  mechanicVettings(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => MechanicVettingStatus, { nullable: true }) status: MechanicVettingStatus | null, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return ctx.services.vetting.list(toPageRequest(page), status ?? undefined);
  }

  @Mutation(() => MechanicVetting, { description: "Admins: approves a pending (or rejected) mechanic, who may then claim paid sessions. Audited." })
  approveMechanic(@Args(() => ApproveMechanicArgs) args: ApproveMechanicArgs, @Ctx() ctx: Context): Promise<MechanicVetting> {
    const { mechanicId, reason } = parseInput(ApproveMechanicArgs, args);
    return ctx.services.vetting.approve(requireViewer(ctx), mechanicId, reason ?? null);
  }

  @Mutation(() => MechanicVetting, { description: "Admins: rejects a pending mechanic, or revokes an approval, with a reason the mechanic is shown. Audited." })
  rejectMechanic(@Args(() => RejectMechanicArgs) args: RejectMechanicArgs, @Ctx() ctx: Context): Promise<MechanicVetting> {
    const { mechanicId, reason } = parseInput(RejectMechanicArgs, args);
    return ctx.services.vetting.reject(requireViewer(ctx), mechanicId, reason);
  }
}
