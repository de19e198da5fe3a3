import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { FileComplaintArgs } from "./complaint.inputs.ts";
import { Complaint, ComplaintConnection } from "./complaint.type.ts";

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Mutation(() => Complaint, { description: "Customers: complain about a quote they received (a partnered quote's complaint counts against its partnership)." })
  fileComplaint(@Args(() => FileComplaintArgs) args: FileComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return ctx.services.complaints.file(requireViewer(ctx), parseInput(FileComplaintArgs, args));
  }

  @Query(() => ComplaintConnection, { description: "Admins: customer complaints, newest first." })
  complaints(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null, @Ctx() ctx: Context) {
    return ctx.services.complaints.list(toPageRequest(page), status);
  }
}
