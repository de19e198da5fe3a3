import type { Viewer } from "../../platform/auth/viewer.ts";
import { notFound } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import { StaffRole } from "../accounts/account.inputs.ts";
import type { AccountService } from "../accounts/account.service.ts";
import { toWorkshopAdvisor, type AdvisorStore } from "../accounts/advisor.store.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { AddWorkshopAdvisorInput, AutoAcceptRuleInput, CreateWorkshopInput, EscalationPreferencesInput, UpdateWorkshopInput } from "./workshop-settings.inputs.ts";
import type { WorkshopAdvisor, WorkshopSettings } from "./workshop-settings.types.ts";
import type { WorkshopSettingsData, WorkshopStore } from "./workshop.store.ts";

/** The columns of `input` that were given (null and undefined mean "unchanged"). */
function given<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}

/**
 * Onboarding workshops through the API (issue 18 item 2): admins create and edit workshops and
 * add or remove their advisor accounts; a workshop's advisors set its escalation preferences and
 * auto-accept rules (seed 003 "workshop onboarding for escalation preferences", "Workshop
 * auto-accept rules"), which escalation matching applies. Inputs arrive parsed (names and
 * categories already checked for contact details at the edge: NAME); every change is audited.
 */
export class WorkshopSettingsService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly advisors: AdvisorStore,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {}

  /** An admin onboards a workshop (audited `workshop.created`). */
  async create(admin: Viewer, input: CreateWorkshopInput): Promise<WorkshopSettings> {
    const data: WorkshopSettingsData & { name: string; city: string } = {
      ...given(input),
      name: input.name,
      city: input.city,
      serviceArea: input.serviceArea ?? [],
      servicesOffered: input.servicesOffered,
    };
    const id = await this.store.transaction(async (tx) => {
      const created = await this.store.create(tx, data);
      await this.audit.write([{ actor: admin, action: "workshop.created", entityType: "Workshop", entityId: created, fields: Object.keys(data).sort(), data }], tx);
      return created;
    });
    return this.settings(id);
  }

  /** An admin edits a workshop: only the fields given change (audited `workshop.updated` with them). @throws NOT_FOUND */
  async update(admin: Viewer, id: string, input: UpdateWorkshopInput): Promise<WorkshopSettings> {
    return this.change(admin, id, given(input), "workshop.updated");
  }

  /** An advisor sets their own workshop's escalation preferences (audited `workshop.preferences.updated`). */
  async updatePreferences(advisor: Viewer, input: EscalationPreferencesInput): Promise<WorkshopSettings> {
    return this.change(advisor, this.ownWorkshop(advisor), given(input), "workshop.preferences.updated");
  }

  /**
   * An advisor replaces their own workshop's auto-accept rules with `rules` (an empty list turns
   * auto-accept off); audited `workshop.auto_accept_rules.replaced` with the old and new rules.
   * `rules` are parsed by the resolver (AutoAcceptRulesArgs: one per category, at most MAX_AUTO_ACCEPT_RULES).
   */
  async setAutoAcceptRules(advisor: Viewer, rules: readonly AutoAcceptRuleInput[]): Promise<WorkshopSettings> {
    const id = this.ownWorkshop(advisor);
    const next = rules.map(({ serviceCategory, maxAmountCents }) => ({ serviceCategory, maxAmountCents }));
    await this.store.transaction(async (tx) => {
      const before = await this.store.settings(id, tx);
      if (!before) throw notFound("Workshop");
      await this.store.replaceAutoAcceptRules(tx, id, next);
      await this.audit.write([{ actor: advisor, action: "workshop.auto_accept_rules.replaced", entityType: "Workshop", entityId: id, data: { before: before.autoAcceptRules, after: next } }], tx);
    });
    return this.settings(id);
  }

  /** The advisor's own workshop's settings. */
  mine(advisor: Viewer): Promise<WorkshopSettings> {
    return this.settings(this.ownWorkshop(advisor));
  }

  /** @throws NOT_FOUND */
  async settings(id: string): Promise<WorkshopSettings> {
    const row = await this.store.settings(id);
    if (!row) throw notFound("Workshop");
    return row;
  }

  /** A workshop's advisors, by display name. @throws NOT_FOUND for an unknown workshop */
  async advisorsOf(workshopId: string): Promise<WorkshopAdvisor[]> {
    await this.settings(workshopId);
    return (await this.advisors.ofWorkshop(workshopId)).map(toWorkshopAdvisor);
  }

  /**
   * An admin creates an advisor account for a workshop (AccountService.createStaffAccount),
   * audited `workshop.advisor.added`. @throws NOT_FOUND for an unknown workshop; CONFLICT when the email is taken
   */
  async addAdvisor(admin: Viewer, workshopId: string, input: AddWorkshopAdvisorInput): Promise<WorkshopAdvisor> {
    const user = await this.accounts.createStaffAccount({ role: StaffRole.WORKSHOP_ADVISOR, email: input.email, password: input.password, displayName: input.displayName, workshopId });
    await this.audit.write([{ actor: admin, action: "workshop.advisor.added", entityType: "Workshop", entityId: workshopId, subjectUserId: user.id, data: { displayName: input.displayName } }]);
    return { id: user.id, workshopId, displayName: input.displayName, email: user.email };
  }

  /**
   * An admin removes an advisor from a workshop (AdvisorStore.detach: the account stays, with no
   * workshop, so it sees no workshop's offers, escalations or quotes from its next request on),
   * audited `workshop.advisor.removed`. Once committed, `accountAccessRevoked` closes the
   * account's live sockets on every instance: subscriptions opened as the workshop's advisor end.
   * @throws NOT_FOUND unless the advisor belongs to the workshop
   */
  async removeAdvisor(admin: Viewer, workshopId: string, advisorId: string): Promise<WorkshopAdvisor> {
    const removed = await this.store.transaction(async (tx) => {
      const advisor = await this.advisors.find(workshopId, advisorId, tx);
      if (!advisor || !(await this.advisors.detach(tx, workshopId, advisorId))) throw notFound("Advisor");
      await this.audit.write(
        [{ actor: admin, action: "workshop.advisor.removed", entityType: "Workshop", entityId: workshopId, subjectUserId: advisorId, data: { displayName: advisor.displayName } }],
        tx,
      );
      return toWorkshopAdvisor(advisor);
    });
    this.pubSub.publish("accountAccessRevoked", { userId: advisorId, reason: "Workshop access removed" });
    return removed;
  }

  private async change(actor: Viewer, id: string, data: WorkshopSettingsData, action: string): Promise<WorkshopSettings> {
    await this.store.transaction(async (tx) => {
      if (!(await this.store.update(tx, id, data))) throw notFound("Workshop");
      await this.audit.write([{ actor, action, entityType: "Workshop", entityId: id, fields: Object.keys(data).sort(), data }], tx);
    });
    return this.settings(id);
  }

  /** An advisor's workshop; an advisor removed from theirs has none. */
  private ownWorkshop(advisor: Viewer): string {
    if (!advisor.workshopId) throw notFound("Workshop");
    return advisor.workshopId;
  }
}
