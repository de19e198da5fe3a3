import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { outcomeOf } from "../../domain/enforcement/resolution.ts";
import { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { ResolutionArgs, ResolutionOutcome } from "../shared/resolution-outcome.ts";
import { parseInput } from "../shared/validation.ts";
import { ReportSolicitationInput, SolicitationReport, SolicitationReportConnection } from "./report.types.ts";

/** Customers report off-platform solicitation; admins resolve the reports. */
@Resolver(() => SolicitationReport)
export class ReportResolver {
  @Mutation(() => SolicitationReport, { description: "Customers: report that a professional asked to deal off the platform, on a session, message or quote of yours." })
  reportSolicitation(@Arg("input", () => ReportSolicitationInput) input: ReportSolicitationInput, @Ctx() ctx: Context): Promise<SolicitationReport> {
    return ctx.services.reports.report(requireViewer(ctx), parseInput(ReportSolicitationInput, input, "input"));
  }

  @Query(() => SolicitationReportConnection, { description: "Admins: customers' solicitation reports, newest first." })
  solicitationReports(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null, @Ctx() ctx: Context) {
    return ctx.services.reports.list(status, toPageRequest(page));
  }

  @Mutation(() => SolicitationReport, { description: "Admins: resolve an open solicitation report, upheld or dismissed, with a note." })
  resolveSolicitationReport(@Args(() => ResolutionArgs) args: ResolutionArgs, @Ctx() ctx: Context): Promise<SolicitationReport> {
    return ctx.services.reports.resolve(requireViewer(ctx), parseInput(ResolutionArgs, args));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Admins: what the customer wrote in `detail`, before contact details were masked (the detail itself when nothing was). Every read of a masked original is written to the audit log.",
  })
  originalDetail(@Root() report: SolicitationReport, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.reports.originalDetail(requireViewer(ctx), report);
  }

  @FieldResolver(() => ResolutionOutcome, { nullable: true, description: "The resolution's outcome; null while open." })
  outcome(@Root() report: SolicitationReport): ResolutionOutcome | null {
    const outcome = outcomeOf(report.status);
    return outcome ? ResolutionOutcome[outcome] : null;
  }
}
