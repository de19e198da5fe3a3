import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import {
  AddWorkshopAdvisorInput,
  AdvisorsOfWorkshopArgs,
  AutoAcceptRulesArgs,
  CreateWorkshopInput,
  EscalationPreferencesInput,
  UpdateWorkshopInput,
  WorkshopAdvisorArgs,
  WorkshopIdArgs,
} from "./workshop-settings.inputs.ts";
import { WorkshopAdvisor, WorkshopSettings } from "./workshop-settings.types.ts";

@Resolver(() => WorkshopSettings)
export class WorkshopSettingsResolver {
  @Query(() => WorkshopSettings, { description: "Workshop advisors: their own workshop's settings, escalation preferences and auto-accept rules." })
  myWorkshop(@Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.mine(requireViewer(ctx));
  }

  @Query(() => WorkshopSettings, { description: "Admins: a workshop's settings." })
  workshopSettings(@Args(() => WorkshopIdArgs) args: WorkshopIdArgs, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    requireViewer(ctx);
    return ctx.services.workshopSettings.settings(parseInput(WorkshopIdArgs, args).id);
  }

  @Query(() => [WorkshopAdvisor], { description: "Admins: a workshop's advisor accounts." })
  workshopAdvisors(@Args(() => AdvisorsOfWorkshopArgs) args: AdvisorsOfWorkshopArgs, @Ctx() ctx: Context): Promise<WorkshopAdvisor[]> {
    requireViewer(ctx);
    return ctx.services.workshopSettings.advisorsOf(parseInput(AdvisorsOfWorkshopArgs, args).workshopId);
  }

  @Mutation(() => WorkshopSettings, { description: "Admins: onboards a workshop. Names with contact details are refused (CONTACT_DETAILS). Audited." })
  createWorkshop(@Arg("input", () => CreateWorkshopInput) input: CreateWorkshopInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.create(requireViewer(ctx), parseInput(CreateWorkshopInput, input, "input"));
  }

  @Mutation(() => WorkshopSettings, { description: "Admins: edits a workshop's name, cities, services, capacity or response time. Audited." })
  updateWorkshop(@Args(() => WorkshopIdArgs) args: WorkshopIdArgs, @Arg("input", () => UpdateWorkshopInput) input: UpdateWorkshopInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.update(requireViewer(ctx), parseInput(WorkshopIdArgs, args).id, parseInput(UpdateWorkshopInput, input, "input"));
  }

  @Mutation(() => WorkshopAdvisor, { description: "Admins: creates a service advisor account for a workshop. Audited." })
  addWorkshopAdvisor(
    @Args(() => AdvisorsOfWorkshopArgs) args: AdvisorsOfWorkshopArgs,
    @Arg("input", () => AddWorkshopAdvisorInput) input: AddWorkshopAdvisorInput,
    @Ctx() ctx: Context,
  ): Promise<WorkshopAdvisor> {
    return ctx.services.workshopSettings.addAdvisor(requireViewer(ctx), parseInput(AdvisorsOfWorkshopArgs, args).workshopId, parseInput(AddWorkshopAdvisorInput, input, "input"));
  }

  @Mutation(() => WorkshopAdvisor, { description: "Admins: removes an advisor from a workshop; the account then sees no workshop's data. Audited." })
  removeWorkshopAdvisor(@Args(() => WorkshopAdvisorArgs) args: WorkshopAdvisorArgs, @Ctx() ctx: Context): Promise<WorkshopAdvisor> {
    const { workshopId, advisorId } = parseInput(WorkshopAdvisorArgs, args);
    return ctx.services.workshopSettings.removeAdvisor(requireViewer(ctx), workshopId, advisorId);
  }

  @Mutation(() => WorkshopSettings, { description: "Workshop advisors: sets their workshop's escalation preferences (taking escalations, capacity, response time). Audited." })
  updateEscalationPreferences(@Arg("input", () => EscalationPreferencesInput) input: EscalationPreferencesInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.updatePreferences(requireViewer(ctx), parseInput(EscalationPreferencesInput, input, "input"));
  }

  @Mutation(() => WorkshopSettings, {
    description: "Workshop advisors: replaces their workshop's auto-accept rules (empty: none). Matching accepts a covered offer at once, as the platform (SYSTEM). Audited.",
  })
  setAutoAcceptRules(@Args(() => AutoAcceptRulesArgs) args: AutoAcceptRulesArgs, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.setAutoAcceptRules(requireViewer(ctx), parseInput(AutoAcceptRulesArgs, args).rules);
  }
}
