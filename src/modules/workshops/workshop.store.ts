import type { Prisma } from "../../platform/db/generated/client.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { inGoodStandingAt } from "../accounts/account-standing.ts";
import { keysetAfter, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";

/** A workshop's directory columns: its public card (another module's list statement selects them too). */
export const directorySelect = { id: true, name: true, city: true, serviceArea: true, servicesOffered: true, ratingHundredths: true } as const;

/** A workshop's directory row; `ratingHundredths` is the average rating x 100 (0 to 500). */
export type WorkshopRow = Prisma.WorkshopGetPayload<{ select: typeof directorySelect }>;

/** A payee's Stripe connected account as stored on its profile (mechanic, partner) or workshop. */
export interface PayeeAccountFields {
  stripeAccountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  payoutRequirementsDue: string[];
}

const payeeSelect = { stripeAccountId: true, chargesEnabled: true, payoutsEnabled: true, payoutRequirementsDue: true } as const;

const candidateSelect = {
  id: true,
  name: true,
  city: true,
  serviceArea: true,
  servicesOffered: true,
  acceptsEscalations: true,
  maxOpenEscalations: true,
  ratingHundredths: true,
  ratingCount: true,
  avgResponseMinutes: true,
  responseTimeoutMinutes: true,
  autoAcceptRules: { select: { serviceCategory: true, maxAmountCents: true } },
} as const;

/** A workshop as escalations' matcher reads it: area, services, capacity, rating, response times, auto-accept rules. */
export type EscalationCandidate = Prisma.WorkshopGetPayload<{ select: typeof candidateSelect }>;

const settingsSelect = {
  id: true,
  name: true,
  city: true,
  serviceArea: true,
  servicesOffered: true,
  acceptsEscalations: true,
  maxOpenEscalations: true,
  responseTimeoutMinutes: true,
  autoAcceptRules: { select: { serviceCategory: true, maxAmountCents: true }, orderBy: { serviceCategory: "asc" } },
} as const;

/** A workshop's onboarding and escalation settings, with its auto-accept rules by category. */
export type WorkshopSettingsRow = Prisma.WorkshopGetPayload<{ select: typeof settingsSelect }>;

/** The columns onboarding (admins) and escalation preferences (advisors) write. */
export type WorkshopSettingsData = Partial<Pick<Prisma.WorkshopUncheckedCreateInput, "name" | "city" | "acceptsEscalations" | "maxOpenEscalations" | "responseTimeoutMinutes">> & {
  serviceArea?: string[];
  servicesOffered?: string[];
};

/** Every read and write of the Workshop and WorkshopAutoAcceptRule tables. */
export class WorkshopStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one interactive transaction (a change commits with its audit row). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** A new workshop (its name, city and services given), in `tx`; its id. */
  async create(tx: Tx, data: WorkshopSettingsData & { name: string; city: string }): Promise<string> {
    return (await tx.workshop.create({ data, select: { id: true } })).id;
  }

  /** Sets the given columns of workshop `id` in `tx`; whether it exists. */
  async update(tx: Tx, id: string, data: WorkshopSettingsData): Promise<boolean> {
    const { count } = await tx.workshop.updateMany({ where: { id }, data });
    return count === 1;
  }

  /** Replaces workshop `id`'s auto-accept rules with `rules` (one per category) in `tx`. */
  async replaceAutoAcceptRules(tx: Tx, id: string, rules: readonly { serviceCategory: string; maxAmountCents: number }[]): Promise<void> {
    await tx.workshopAutoAcceptRule.deleteMany({ where: { workshopId: id } });
    await tx.workshopAutoAcceptRule.createMany({ data: rules.map((rule) => ({ workshopId: id, ...rule })) });
  }

  /** Workshop `id`'s settings, or null. */
  settings(id: string, tx: Tx | PrismaClient = this.prisma): Promise<WorkshopSettingsRow | null> {
    return tx.workshop.findUnique({ where: { id }, select: settingsSelect });
  }

  /** For reviews: a workshop's rating as recomputed from its reviews, in `tx`. */
  async setRating(tx: Tx, workshopId: string, rating: { ratingHundredths: number; ratingCount: number }): Promise<void> {
    await tx.workshop.update({ where: { id: workshopId }, data: rating, select: { id: true } });
  }

  /**
   * One page of the directory by name then id (keyset after `page.after`, `page.take + 1` rows so
   * the caller knows whether more follow), optionally for one city (case-insensitive), and the
   * total count of the filter.
   */
  async directory(scope: StoreScope<Prisma.WorkshopWhereInput>, page: PageRequest, city: string | null): Promise<{ rows: WorkshopRow[]; totalCount: number }> {
    const where: Prisma.WorkshopWhereInput = { AND: [whereOf(scope) ?? {}, city !== null ? { city: { equals: city, mode: "insensitive" } } : {}] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.workshop.findMany({
        where: { AND: [where, keysetAfter(page.after, "asc", (comparison, value) => ({ name: { [comparison]: value } }))] },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: directorySelect,
        take: page.take + 1,
      }),
      this.prisma.workshop.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** Every service category some workshop offers, distinct as stored (onboarding stores them as matching keys). */
  async offeredServiceCategories(): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ category: string }[]>`SELECT DISTINCT unnest("servicesOffered") AS category FROM "Workshop"`;
    return rows.map((row) => row.category);
  }

  /** Whether a workshop with this id exists (an account being attached to it). */
  async exists(id: string): Promise<boolean> {
    return (await this.prisma.workshop.findUnique({ where: { id }, select: { id: true } })) !== null;
  }

  /** One workshop's directory row (an escalation's or quote's workshop), or null. */
  byId(id: string, tx: Tx | PrismaClient = this.prisma): Promise<WorkshopRow | null> {
    return tx.workshop.findUnique({ where: { id }, select: directorySelect });
  }

  /**
   * For escalations' matcher: the workshops that take escalations and have an advisor to answer
   * on `now` (an account neither banned nor suspended, a suspension that ran out counting as
   * active: an offer to a workshop nobody can answer for would use up one of the customer's
   * quotes), with what matching weighs (area, services, capacity, rating, response times) and
   * their auto-accept rules, in `tx`. Counting each one's open offers is the escalations module's own read.
   */
  escalationCandidates(tx: Tx, now: Date): Promise<EscalationCandidate[]> {
    return tx.workshop.findMany({ where: { acceptsEscalations: true, advisors: { some: { user: inGoodStandingAt(now) } } }, select: candidateSelect });
  }

  /**
   * For escalations' matcher: locks the given workshops' rows until `tx` ends, FOR NO KEY UPDATE
   * in id order, so concurrent matches queue instead of deadlocking (inserts that merely reference
   * a workshop, such as offers, are not blocked). No ids: no statement.
   */
  async lockForMatching(tx: Tx, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await tx.$queryRaw`SELECT id FROM "Workshop" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  }

  /** For payments: a workshop's connected account (the payee of WORKSHOP_PAYABLE), or null when unknown. */
  payeeAccount(id: string, tx: Tx | PrismaClient = this.prisma): Promise<PayeeAccountFields | null> {
    return tx.workshop.findUnique({ where: { id }, select: payeeSelect });
  }

  /** For payments' Stripe webhooks: the workshop whose connected account is `stripeAccountId`, or null. */
  async byStripeAccount(stripeAccountId: string, tx: Tx | PrismaClient = this.prisma): Promise<{ id: string } | null> {
    return tx.workshop.findUnique({ where: { stripeAccountId }, select: { id: true } });
  }

  /**
   * For payments: records a workshop's connected account state from Stripe. With `onlyIfUnset`,
   * only while no account is linked yet (concurrent onboarding links one); the answer says whether
   * a row changed.
   */
  async setPayeeAccount(tx: Tx, id: string, data: Partial<PayeeAccountFields>, options: { onlyIfUnset?: boolean } = {}): Promise<boolean> {
    const { count } = await tx.workshop.updateMany({ where: { id, ...(options.onlyIfUnset ? { stripeAccountId: null } : {}) }, data });
    return count === 1;
  }

  /** For bookings: the workshop's street address (the drop-off address), or null when unset or unknown. */
  async streetAddressOf(id: string): Promise<string | null> {
    return (await this.prisma.workshop.findUnique({ where: { id }, select: { streetAddress: true } }))?.streetAddress ?? null;
  }

  /** For bookings: sets the workshop's street address, in `tx`. */
  async setStreetAddress(tx: Tx, id: string, streetAddress: string): Promise<void> {
    await tx.workshop.update({ where: { id }, data: { streetAddress }, select: { id: true } });
  }
}

/** Demo data only (src/seed): gives a demo workshop its street address. Not for product code. */
export async function setDemoStreetAddress(tx: Tx, id: string, streetAddress: string): Promise<void> {
  await tx.workshop.update({ where: { id }, data: { streetAddress }, select: { id: true } });
}

/**
 * Demo data only (src/seed): inserts demo workshops and their auto-accept rules as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function insertDemoWorkshops(tx: Tx, workshops: Prisma.WorkshopCreateManyInput[], rules: Prisma.WorkshopAutoAcceptRuleCreateManyInput[]): Promise<void> {
  await tx.workshop.createMany({ data: workshops });
  await tx.workshopAutoAcceptRule.createMany({ data: rules });
}
