/**
 * The payees' rows as the payments module reads and writes them: a mechanic's or partner's
 * profile, a workshop, keyed by the payee, with their Stripe connected account and what Stripe
 * says about it. These tables belong to the accounts and workshops modules: the accesses here are
 * listed as pending in the table-ownership test until those modules offer them.
 */
import type { Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";

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

const statusSelect = { stripeAccountId: true, chargesEnabled: true, payoutsEnabled: true, payoutRequirementsDue: true } as const;

export class PayeeAccountStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one database transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** A payee's account row (null: no such payee). */
  row(payee: Payee): Promise<PayeeAccountRow | null> {
    if (payee.kind === "WORKSHOP") return this.prisma.workshop.findUnique({ where: { id: payee.workshopId }, select: statusSelect });
    if (payee.kind === "MECHANIC") return this.prisma.mechanicProfile.findUnique({ where: { userId: payee.userId }, select: statusSelect });
    return this.prisma.partnerProfile.findUnique({ where: { userId: payee.userId }, select: statusSelect });
  }

  /** A user's role and email (null: no such user). */
  user(userId: string): Promise<{ role: Role; email: string } | null> {
    return this.prisma.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  }

  /** Stores a payee's new connected account unless it has one already; whether this call stored it. */
  async storeNewAccount(tx: Tx, payee: Payee, data: AccountState & { stripeAccountId: string }): Promise<boolean> {
    const stored =
      payee.kind === "WORKSHOP"
        ? await tx.workshop.updateMany({ where: { id: payee.workshopId, stripeAccountId: null }, data })
        : payee.kind === "MECHANIC"
          ? await tx.mechanicProfile.updateMany({ where: { userId: payee.userId, stripeAccountId: null }, data })
          : await tx.partnerProfile.updateMany({ where: { userId: payee.userId, stripeAccountId: null }, data });
    return stored.count === 1;
  }

  /** Stores what Stripe says about a payee's account now (`data`; `{ payoutsEnabled: false }` pauses its payouts). */
  async updateAccount(tx: Tx, payee: Payee, data: Partial<AccountState>): Promise<void> {
    if (payee.kind === "WORKSHOP") await tx.workshop.update({ where: { id: payee.workshopId }, data });
    else if (payee.kind === "MECHANIC") await tx.mechanicProfile.update({ where: { userId: payee.userId }, data });
    else await tx.partnerProfile.update({ where: { userId: payee.userId }, data });
  }

  /** The payee a connected account belongs to (null: no payee has it). */
  async payeeOfAccount(accountId: string): Promise<Payee | null> {
    const [workshop, mechanic, partner] = await Promise.all([
      this.prisma.workshop.findUnique({ where: { stripeAccountId: accountId }, select: { id: true } }),
      this.prisma.mechanicProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
      this.prisma.partnerProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
    ]);
    if (workshop) return { kind: "WORKSHOP", workshopId: workshop.id };
    if (mechanic) return { kind: "MECHANIC", userId: mechanic.userId };
    if (partner) return { kind: "PARTNER", userId: partner.userId };
    return null;
  }
}
