import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { writtenText } from "../../authz/content-enforce.ts";
import { outcomeOf } from "../../domain/enforcement/resolution.ts";
import { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { ResolutionArgs, ResolutionOutcome } from "../shared/resolution-outcome.ts";
import { parseInput } from "../shared/validation.ts";
import { FileComplaintArgs } from "./complaint.inputs.ts";
import { Complaint, ComplaintConnection } from "./complaint.type.ts";

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Mutation(() => Complaint, {
    description:
      "Customers: complain about a quote they received, one open complaint per quote (CONFLICT ALREADY_EXISTS while it is open); a partnered quote's complaint counts against its partnership once upheld.",
  })
  fileComplaint(@Args(() => FileComplaintArgs) args: FileComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    // The length rule reads what the customer wrote; the masked body is what is stored and shown.
    const data = parseInput(FileComplaintArgs, { ...args, body: writtenText("body", args.body) });
    return ctx.services.complaints.file(requireViewer(ctx), { ...data, body: args.body.trim() });
  }

  @Query(() => ComplaintConnection, { description: "Admins: customer complaints, newest first." })
  complaints(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null, @Ctx() ctx: Context) {
    return ctx.services.complaints.list(toPageRequest(page), status);
  }

  @Mutation(() => Complaint, {
    description: "Admins: resolve an open complaint, upheld or dismissed, with a note. Upheld complaints against a partnership suspend it at PARTNERSHIP_COMPLAINTS_TO_SUSPEND.",
  })
  resolveComplaint(@Args(() => ResolutionArgs) args: ResolutionArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return ctx.services.complaints.resolve(requireViewer(ctx), parseInput(ResolutionArgs, args));
  }

  @FieldResolver(() => ResolutionOutcome, { nullable: true, description: "The resolution's outcome; null while open." })
  outcome(@Root() complaint: Complaint): ResolutionOutcome | null {
    const outcome = outcomeOf(complaint.status);
    return outcome ? ResolutionOutcome[outcome] : null;
  }
}
