import type Stripe from "stripe";
import type { PrismaClient } from "../../db/prisma.ts";
import type { AuditService } from "../audit/audit.service.ts";

/**
 * Payees' Stripe connected accounts (mechanics, workshops, partners): what Stripe says about an
 * account is stored on the payee's row, re-read from Stripe on every `account.updated` so events
 * arriving out of order or twice converge on Stripe's current state.
 */
export class PayeeAccountService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
  ) {}

  /** `account.updated`: the account's current payout status onto its payee. False when no payee has this account. */
  async syncAccount(accountId: string, eventId: string): Promise<boolean> {
    if (!this.stripe) return false;
    const payee = await this.payeeOf(accountId);
    if (!payee) return false;
    const account = await this.stripe.accounts.retrieve(accountId);
    const payoutsEnabled = Boolean(account.payouts_enabled);
    await this.prisma.$transaction(async (tx) => {
      if (payee.entityType === "Workshop") await tx.workshop.update({ where: { id: payee.entityId }, data: { payoutsEnabled } });
      else if (payee.entityType === "MechanicProfile") await tx.mechanicProfile.update({ where: { userId: payee.entityId }, data: { payoutsEnabled } });
      else await tx.partnerProfile.update({ where: { userId: payee.entityId }, data: { payoutsEnabled } });
      await this.audit.write([{ actor: null, action: "payee.account_synced", entityType: payee.entityType, entityId: payee.entityId, data: { source: "stripe", eventId, accountId, payoutsEnabled } }], tx);
    });
    return true;
  }

  /** The payee a connected account belongs to: a workshop (by id), a mechanic or a partner (by user id). */
  private async payeeOf(accountId: string): Promise<{ entityType: "Workshop" | "MechanicProfile" | "PartnerProfile"; entityId: string } | null> {
    const [workshop, mechanic, partner] = await Promise.all([
      this.prisma.workshop.findUnique({ where: { stripeAccountId: accountId }, select: { id: true } }),
      this.prisma.mechanicProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
      this.prisma.partnerProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
    ]);
    if (workshop) return { entityType: "Workshop", entityId: workshop.id };
    if (mechanic) return { entityType: "MechanicProfile", entityId: mechanic.userId };
    if (partner) return { entityType: "PartnerProfile", entityId: partner.userId };
    return null;
  }
}
