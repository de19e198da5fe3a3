import type Stripe from "stripe";
import { z } from "zod";
import type { Config } from "../../app/config.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { AppError, badInput, ErrorCode, forbidden, notFound } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { validateInput } from "../shared/validation.ts";
import type { PayoutAccount, PayoutOnboardingLink } from "./payee-account.type.ts";

/** Who is paid: a mechanic or a partner (by user id), or a workshop (by id; its advisors act for it). */
export type Payee = { kind: "MECHANIC" | "PARTNER"; userId: string } | { kind: "WORKSHOP"; workshopId: string };

interface PayeeRow {
  stripeAccountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  payoutRequirementsDue: string[];
}

const statusSelect = { stripeAccountId: true, chargesEnabled: true, payoutsEnabled: true, payoutRequirementsDue: true } as const;
const idSchema = z.string().uuid("must be an id");

/** The entity an audit entry of a payee names. */
const auditEntity = (payee: Payee) =>
  payee.kind === "WORKSHOP" ? { entityType: "Workshop", entityId: payee.workshopId } : { entityType: payee.kind === "MECHANIC" ? "MechanicProfile" : "PartnerProfile", entityId: payee.userId };

/**
 * Payees' Stripe connected accounts (mechanics, workshops through their advisors, partners):
 * Express accounts created through the API, onboarding through Stripe's hosted account links, and
 * what Stripe says about an account (charges and payouts enabled, requirements currently due)
 * stored on the payee's row, re-read from Stripe on every `account.updated` so events arriving out
 * of order or twice converge on Stripe's current state. Shares are transferred only while payouts
 * are enabled; what was owed meanwhile is paid by the payout run.
 */
export class PayeeAccountService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
    private readonly connect: Config["connect"],
  ) {}

  /** The payee the viewer acts for; FORBIDDEN for customers and admins (nobody pays them). */
  payeeOf(viewer: Viewer): Payee {
    if (viewer.role === "MECHANIC" || viewer.role === "PARTNER") return { kind: viewer.role, userId: viewer.id };
    if (viewer.role === "WORKSHOP_ADVISOR" && viewer.workshopId) return { kind: "WORKSHOP", workshopId: viewer.workshopId };
    throw forbidden("Only mechanics, workshops and partners are paid out");
  }

  /** The viewer's own payout account status. */
  async status(viewer: Viewer): Promise<PayoutAccount> {
    return toPayoutAccount(await this.row(this.payeeOf(viewer)));
  }

  /** Admins: a payee's payout account, by user id (mechanic or partner) or workshop id; NOT_FOUND when neither is a payee. */
  async statusOf(target: { userId?: string | null; workshopId?: string | null }): Promise<PayoutAccount> {
    if (Boolean(target.userId) === Boolean(target.workshopId)) throw badInput("Give exactly one of userId and workshopId", target.userId ? "workshopId" : "userId");
    if (target.workshopId) return toPayoutAccount(await this.row({ kind: "WORKSHOP", workshopId: validateInput(idSchema.describe("workshopId"), target.workshopId) }));
    const userId = validateInput(idSchema.describe("userId"), target.userId);
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (user?.role !== "MECHANIC" && user?.role !== "PARTNER") throw notFound("Payee");
    return toPayoutAccount(await this.row({ kind: user.role, userId }));
  }

  /**
   * Creates the payee's Express account at Stripe once (the idempotency key and the conditional
   * store are derived from the payee, so concurrent or repeated calls, by any of a workshop's
   * advisors, end with one account), then returns a fresh onboarding link (links are single-use
   * and short-lived: asking again is the way back from the refresh URL).
   */
  async onboardingLink(viewer: Viewer): Promise<PayoutOnboardingLink> {
    const stripe = this.requireStripe();
    const payee = this.payeeOf(viewer);
    let accountId = (await this.row(payee)).stripeAccountId;
    if (!accountId) {
      const key = payee.kind === "WORKSHOP" ? `connect-account:WORKSHOP:${payee.workshopId}` : `connect-account:${payee.kind}:${payee.userId}`;
      const email = payee.kind === "WORKSHOP" ? null : (await this.prisma.user.findUniqueOrThrow({ where: { id: payee.userId }, select: { email: true } })).email;
      const account = await stripe.accounts.create(
        {
          type: "express",
          country: "US",
          ...(email ? { email } : {}),
          business_type: payee.kind === "MECHANIC" ? "individual" : "company",
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata: payee.kind === "WORKSHOP" ? { payeeKind: payee.kind, workshopId: payee.workshopId } : { payeeKind: payee.kind, userId: payee.userId },
        },
        { idempotencyKey: key },
      );
      await this.prisma.$transaction(async (tx) => {
        const data = {
          stripeAccountId: account.id,
          chargesEnabled: Boolean(account.charges_enabled),
          payoutsEnabled: Boolean(account.payouts_enabled),
          payoutRequirementsDue: account.requirements?.currently_due ?? [],
        };
        const stored =
          payee.kind === "WORKSHOP"
            ? await tx.workshop.updateMany({ where: { id: payee.workshopId, stripeAccountId: null }, data })
            : payee.kind === "MECHANIC"
              ? await tx.mechanicProfile.updateMany({ where: { userId: payee.userId, stripeAccountId: null }, data })
              : await tx.partnerProfile.updateMany({ where: { userId: payee.userId, stripeAccountId: null }, data });
        if (stored.count === 1) await this.audit.write([{ actor: viewer, action: "payee.account_created", ...auditEntity(payee), data: { accountId: account.id } }], tx);
      });
      accountId = (await this.row(payee)).stripeAccountId!;
    }
    const link = await stripe.accountLinks.create({ account: accountId, refresh_url: this.connect.refreshUrl, return_url: this.connect.returnUrl, type: "account_onboarding" });
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  /** `account.updated`: the account's current state onto its payee, audited. False when no payee has this account. */
  async syncAccount(accountId: string, eventId: string): Promise<boolean> {
    if (!this.stripe) return false;
    const payee = await this.payeeOfAccount(accountId);
    if (!payee) return false;
    const account = await this.stripe.accounts.retrieve(accountId);
    const data = { chargesEnabled: Boolean(account.charges_enabled), payoutsEnabled: Boolean(account.payouts_enabled), payoutRequirementsDue: account.requirements?.currently_due ?? [] };
    await this.prisma.$transaction(async (tx) => {
      if (payee.kind === "WORKSHOP") await tx.workshop.update({ where: { id: payee.workshopId }, data });
      else if (payee.kind === "MECHANIC") await tx.mechanicProfile.update({ where: { userId: payee.userId }, data });
      else await tx.partnerProfile.update({ where: { userId: payee.userId }, data });
      await this.audit.write(
        [
          {
            actor: null,
            action: "payee.account_synced",
            ...auditEntity(payee),
            data: { source: "stripe", eventId, accountId, chargesEnabled: data.chargesEnabled, payoutsEnabled: data.payoutsEnabled },
          },
        ],
        tx,
      );
    });
    return true;
  }

  private async row(payee: Payee): Promise<PayeeRow> {
    const row =
      payee.kind === "WORKSHOP"
        ? await this.prisma.workshop.findUnique({ where: { id: payee.workshopId }, select: statusSelect })
        : payee.kind === "MECHANIC"
          ? await this.prisma.mechanicProfile.findUnique({ where: { userId: payee.userId }, select: statusSelect })
          : await this.prisma.partnerProfile.findUnique({ where: { userId: payee.userId }, select: statusSelect });
    if (!row) throw notFound(payee.kind === "WORKSHOP" ? "Workshop" : "Payee");
    return row;
  }

  /** The payee a connected account belongs to. */
  private async payeeOfAccount(accountId: string): Promise<Payee | null> {
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

  private requireStripe(): Stripe {
    if (!this.stripe) throw new AppError(ErrorCode.PAYMENTS_NOT_CONFIGURED, "Payments are not configured on this server");
    return this.stripe;
  }
}

const toPayoutAccount = (row: PayeeRow): PayoutAccount => ({
  connected: row.stripeAccountId !== null,
  chargesEnabled: row.chargesEnabled,
  payoutsEnabled: row.payoutsEnabled,
  requirementsDue: row.payoutRequirementsDue,
});
