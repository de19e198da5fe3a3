import type { Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { PayeeAccountFields } from "../workshops/workshop.store.ts";

const payeeSelect = { stripeAccountId: true, chargesEnabled: true, payoutsEnabled: true, payoutRequirementsDue: true } as const;

/** A payee that is an account: a mechanic or a partner, by user id. */
export interface ProfilePayee {
  kind: "MECHANIC" | "PARTNER";
  userId: string;
}

/**
 * The payments module's reads and writes of the account tables: a mechanic's or partner's Stripe
 * connected account as stored on their profile, and the contact a connected account is opened
 * with. Apart from AccountStore because it needs only the database client: payments' stores are
 * built from the client alone (each process, or a test standing for another process, builds its own).
 */
export class PayeeProfileStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** A mechanic's connected account and whether a ban withholds their earnings, or null. */
  mechanicPayee(mechanicId: string, tx: Tx | PrismaClient = this.prisma): Promise<(PayeeAccountFields & { earningsWithheld: boolean }) | null> {
    return tx.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: { ...payeeSelect, earningsWithheld: true } });
  }

  /**
   * Whether a ban withholds mechanic `mechanicId`'s earnings, read in `tx` under a share lock on
   * their profile (SELECT ... FOR SHARE) until `tx` ends: a ban or lift setting the flag meanwhile
   * (AccountStore.withholdEarnings, resetWithheldEarnings) is waited for and read as it committed,
   * and one not yet begun waits for `tx`. Null when the mechanic has no profile.
   */
  async earningsWithheldHeld(tx: Tx, mechanicId: string): Promise<boolean | null> {
    const [row] = await tx.$queryRaw<{ earningsWithheld: boolean }[]>`SELECT "earningsWithheld" FROM "MechanicProfile" WHERE "userId" = ${mechanicId}::uuid FOR SHARE`;
    return row ? row.earningsWithheld : null;
  }

  /** A partner's connected account, or null. */
  partnerPayee(partnerId: string, tx: Tx | PrismaClient = this.prisma): Promise<PayeeAccountFields | null> {
    return tx.partnerProfile.findUnique({ where: { userId: partnerId }, select: payeeSelect });
  }

  /** For Stripe webhooks: whose profile (mechanic, else partner) holds connected account `stripeAccountId`, or null. */
  async payeeByStripeAccount(stripeAccountId: string): Promise<ProfilePayee | null> {
    const [mechanic, partner] = await Promise.all([
      this.prisma.mechanicProfile.findUnique({ where: { stripeAccountId }, select: { userId: true } }),
      this.prisma.partnerProfile.findUnique({ where: { stripeAccountId }, select: { userId: true } }),
    ]);
    return mechanic ? { kind: "MECHANIC", ...mechanic } : partner ? { kind: "PARTNER", ...partner } : null;
  }

  /**
   * Records a mechanic's or partner's connected account state from Stripe. With `onlyIfUnset`,
   * only while none is linked yet (concurrent onboarding links one); whether a row changed.
   */
  async setPayeeAccount(tx: Tx, payee: ProfilePayee, data: Partial<PayeeAccountFields>, options: { onlyIfUnset?: boolean } = {}): Promise<boolean> {
    const where = { userId: payee.userId, ...(options.onlyIfUnset ? { stripeAccountId: null } : {}) };
    const { count } = payee.kind === "MECHANIC" ? await tx.mechanicProfile.updateMany({ where, data }) : await tx.partnerProfile.updateMany({ where, data });
    return count === 1;
  }

  /** An account's role and email (a connected account is opened in the payee's name), or null. */
  contactOfPayee(userId: string): Promise<{ role: Role; email: string } | null> {
    return this.prisma.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  }
}
