/**
 * The payees' rows as the payments module reads and writes them: a mechanic's or partner's
 * profile, a workshop, keyed by the payee, with their Stripe connected account and what Stripe
 * says about it. These tables belong to the accounts and workshops modules: every access goes
 * through their stores (PayeeProfileStore, WorkshopStore).
 */
import type { Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { PayeeProfileStore } from "../accounts/payee-profile.store.ts";
import type { WorkshopStore } from "../workshops/workshop.store.ts";

/** Who is paid: a mechanic or a partner (by user id), or a workshop (by id; its advisors act for it). */
export type Payee = { kind: "MECHANIC" | "PARTNER"; userId: string } | { kind: "WORKSHOP"; workshopId: string };

/** A payee's connected account as stored: its id, and Stripe's charges and payouts flags and requirements due. */
export interface PayeeAccountRow {
  stripeAccountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  payoutRequirementsDue: string[];
}

/** What Stripe says about an account, stored on its payee. */
export type AccountState = Omit<PayeeAccountRow, "stripeAccountId">;

export class PayeeAccountStore {
  /** Over the database client and the owners' stores of the payees' rows. */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly profiles: PayeeProfileStore,
    private readonly workshops: WorkshopStore,
  ) {}

  /** Runs `fn` in one database transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** A payee's account row (null: no such payee). */
  async row(payee: Payee): Promise<PayeeAccountRow | null> {
    if (payee.kind === "WORKSHOP") return this.workshops.payeeAccount(payee.workshopId);
    if (payee.kind === "PARTNER") return this.profiles.partnerPayee(payee.userId);
    const mechanic = await this.profiles.mechanicPayee(payee.userId);
    if (!mechanic) return null;
    const { earningsWithheld: _withheld, ...row } = mechanic;
    return row;
  }

  /**
   * Whether mechanic `mechanicId`'s share of a payment belongs on WITHHELD (a ban withholds their
   * earnings, or there is no mechanic profile to pay) rather than MECHANIC_PAYABLE, read in `tx`,
   * which holds the payment's row lock. `hold`: read under a share lock on the mechanic's profile
   * (PayeeProfileStore.earningsWithheldHeld), for a flow crediting the mechanic on a payment no
   * ban locks yet (one with none of their entries: settling, earning a diagnostic), so a ban or
   * lift committing meanwhile is waited for. Without it for a flow on a payment that already holds
   * their entries, which a ban or lift locks after setting the flag (withholding.ts): waiting for
   * the profile there would deadlock with the ban, and the payment's lock orders them already.
   */
  async earningsWithheld(tx: Tx, mechanicId: string, hold: boolean): Promise<boolean> {
    const withheld = hold ? await this.profiles.earningsWithheldHeld(tx, mechanicId) : ((await this.profiles.mechanicPayee(mechanicId, tx))?.earningsWithheld ?? null);
    return withheld ?? true;
  }

  /** A user's role and email (null: no such user). */
  user(userId: string): Promise<{ role: Role; email: string } | null> {
    return this.profiles.contactOfPayee(userId);
  }

  /** Stores a payee's new connected account unless it has one already; whether this call stored it. */
  storeNewAccount(tx: Tx, payee: Payee, data: AccountState & { stripeAccountId: string }): Promise<boolean> {
    return payee.kind === "WORKSHOP" ? this.workshops.setPayeeAccount(tx, payee.workshopId, data, { onlyIfUnset: true }) : this.profiles.setPayeeAccount(tx, payee, data, { onlyIfUnset: true });
  }

  /** Stores what Stripe says about a payee's account now (`data`; `{ payoutsEnabled: false }` pauses its payouts). */
  async updateAccount(tx: Tx, payee: Payee, data: Partial<AccountState>): Promise<void> {
    if (payee.kind === "WORKSHOP") await this.workshops.setPayeeAccount(tx, payee.workshopId, data);
    else await this.profiles.setPayeeAccount(tx, payee, data);
  }

  /** The payee a connected account belongs to (null: no payee has it; a workshop is looked up first). */
  async payeeOfAccount(accountId: string): Promise<Payee | null> {
    const [workshop, profile] = await Promise.all([this.workshops.byStripeAccount(accountId), this.profiles.payeeByStripeAccount(accountId)]);
    if (workshop) return { kind: "WORKSHOP", workshopId: workshop.id };
    return profile;
  }
}
