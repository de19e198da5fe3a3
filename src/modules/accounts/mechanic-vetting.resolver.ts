import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { requireViewer, type Context } from "../../app/context.ts";
import { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { MechanicVetting, MechanicVettingConnection } from "./mechanic-vetting.types.ts";

const reason = z.string().trim().min(1, "is required").max(500, "must be at most 500 characters");
const decisionSchema = z.object({ mechanicId: z.string().uuid("must be a mechanic id"), reason: reason.nullish() });
const rejectionSchema = z.object({ mechanicId: z.string().uuid("must be a mechanic id"), reason });

@Resolver(() => MechanicVetting)
export class MechanicVettingResolver {
  @Query(() => MechanicVettingConnection, { description: "Admins: mechanics by vetting status (PENDING by default: the vetting queue), by display name." })
  mechanicVettings(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => MechanicVettingStatus, { nullable: true }) status: MechanicVettingStatus | null, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return ctx.services.vetting.list(toPageRequest(page), status ?? undefined);
  }

  @Mutation(() => MechanicVetting, { description: "Admins: approves a pending (or rejected) mechanic, who may then claim paid sessions. Audited." })
  approveMechanic(@Arg("mechanicId", () => ID) mechanicId: string, @Arg("reason", () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context): Promise<MechanicVetting> {
    const input = validateInput(decisionSchema, { mechanicId, reason });
    return ctx.services.vetting.approve(requireViewer(ctx), input.mechanicId, input.reason ?? null);
  }

  @Mutation(() => MechanicVetting, { description: "Admins: rejects a pending mechanic, or revokes an approval, with a reason the mechanic is shown. Audited." })
  rejectMechanic(@Arg("mechanicId", () => ID) mechanicId: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<MechanicVetting> {
    const input = validateInput(rejectionSchema, { mechanicId, reason });
    return ctx.services.vetting.reject(requireViewer(ctx), input.mechanicId, input.reason);
  }
}
