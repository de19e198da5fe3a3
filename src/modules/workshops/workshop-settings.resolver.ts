import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput, validateInput } from "../shared/validation.ts";
import { AddWorkshopAdvisorInput, AutoAcceptRuleInput, CreateWorkshopInput, EscalationPreferencesInput, UpdateWorkshopInput } from "./workshop-settings.inputs.ts";
import { WorkshopAdvisor, WorkshopSettings } from "./workshop-settings.types.ts";

const workshopIdOf = (workshopId: string) => validateInput(z.object({ workshopId: z.string().uuid("must be a workshop id") }), { workshopId }).workshopId;
const advisorIdOf = (advisorId: string) => validateInput(z.object({ advisorId: z.string().uuid("must be an advisor id") }), { advisorId }).advisorId;

@Resolver(() => WorkshopSettings)
export class WorkshopSettingsResolver {
  @Query(() => WorkshopSettings, { description: "Workshop advisors: their own workshop's settings, escalation preferences and auto-accept rules." })
  myWorkshop(@Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.mine(requireViewer(ctx));
  }

  @Query(() => WorkshopSettings, { description: "Admins: a workshop's settings." })
  workshopSettings(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    requireViewer(ctx);
    return ctx.services.workshopSettings.settings(workshopIdOf(id));
  }

  @Query(() => [WorkshopAdvisor], { description: "Admins: a workshop's advisor accounts." })
  workshopAdvisors(@Arg("workshopId", () => ID) workshopId: string, @Ctx() ctx: Context): Promise<WorkshopAdvisor[]> {
    requireViewer(ctx);
    return ctx.services.workshopSettings.advisorsOf(workshopIdOf(workshopId));
  }

  @Mutation(() => WorkshopSettings, { description: "Admins: onboards a workshop. Names with contact details are refused (CONTACT_DETAILS). Audited." })
  createWorkshop(@Arg("input", () => CreateWorkshopInput) input: CreateWorkshopInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.create(requireViewer(ctx), parseInput(CreateWorkshopInput, input));
  }

  @Mutation(() => WorkshopSettings, { description: "Admins: edits a workshop's name, cities, services, capacity or response time. Audited." })
  updateWorkshop(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateWorkshopInput) input: UpdateWorkshopInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.update(requireViewer(ctx), workshopIdOf(id), parseInput(UpdateWorkshopInput, input));
  }

  @Mutation(() => WorkshopAdvisor, { description: "Admins: creates a service advisor account for a workshop. Audited." })
  addWorkshopAdvisor(@Arg("workshopId", () => ID) workshopId: string, @Arg("input", () => AddWorkshopAdvisorInput) input: AddWorkshopAdvisorInput, @Ctx() ctx: Context): Promise<WorkshopAdvisor> {
    return ctx.services.workshopSettings.addAdvisor(requireViewer(ctx), workshopIdOf(workshopId), parseInput(AddWorkshopAdvisorInput, input));
  }

  @Mutation(() => WorkshopAdvisor, { description: "Admins: removes an advisor from a workshop; the account then sees no workshop's data. Audited." })
  removeWorkshopAdvisor(@Arg("workshopId", () => ID) workshopId: string, @Arg("advisorId", () => ID) advisorId: string, @Ctx() ctx: Context): Promise<WorkshopAdvisor> {
    return ctx.services.workshopSettings.removeAdvisor(requireViewer(ctx), workshopIdOf(workshopId), advisorIdOf(advisorId));
  }

  @Mutation(() => WorkshopSettings, { description: "Workshop advisors: sets their workshop's escalation preferences (taking escalations, capacity, response time). Audited." })
  updateEscalationPreferences(@Arg("input", () => EscalationPreferencesInput) input: EscalationPreferencesInput, @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.updatePreferences(requireViewer(ctx), parseInput(EscalationPreferencesInput, input));
  }

  @Mutation(() => WorkshopSettings, {
    description: "Workshop advisors: replaces their workshop's auto-accept rules (empty: none). Matching accepts a covered offer at once, as the platform (SYSTEM). Audited.",
  })
  setAutoAcceptRules(@Arg("rules", () => [AutoAcceptRuleInput]) rules: AutoAcceptRuleInput[], @Ctx() ctx: Context): Promise<WorkshopSettings> {
    return ctx.services.workshopSettings.setAutoAcceptRules(
      requireViewer(ctx),
      rules.map((rule) => parseInput(AutoAcceptRuleInput, rule)),
    );
  }
}
