import type Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Payee, PayeeAccountRow, PayeeAccountStore } from "./payee-account.store.ts";
import type { PayoutAccount, PayoutOnboardingLink } from "./payee-account.type.ts";
import { requireStripe, stripeFailure } from "./stripe-client.ts";

export type { Payee };

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
    private readonly payees: PayeeAccountStore,
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

  /** Admins: a payee's payout account, by user id (mechanic or partner) or workshop id (payeeTargetOf); NOT_FOUND when neither is a payee. */
  async statusOf(target: { userId: string } | { workshopId: string }): Promise<PayoutAccount> {
    if ("workshopId" in target) return toPayoutAccount(await this.row({ kind: "WORKSHOP", workshopId: target.workshopId }));
    const { userId } = target;
    const user = await this.payees.user(userId);
    if (user?.role !== "MECHANIC" && user?.role !== "PARTNER") throw notFound("Payee");
    return toPayoutAccount(await this.row({ kind: user.role, userId }));
  }

  /**
   * Creates the payee's Express account at Stripe once (the idempotency key and the conditional
   * store are derived from the payee, so concurrent or repeated calls, by any of a workshop's
   * advisors, end with one account), then returns a fresh onboarding link (links are single-use
   * and short-lived: asking again is the way back from the refresh URL). An account stored stays
   * when Stripe then fails the link: the same request again asks for a link to it.
   * @throws SERVICE_UNAVAILABLE (`retryable`) when Stripe cannot be reached, PAYMENT_PROVIDER_REFUSED
   *   when it refuses, for the account (nothing stored) or the link (the account kept)
   */
  async onboardingLink(viewer: Viewer): Promise<PayoutOnboardingLink> {
    const stripe = requireStripe(this.stripe);
    const payee = this.payeeOf(viewer);
    let accountId = (await this.row(payee)).stripeAccountId;
    if (!accountId) {
      const key = payee.kind === "WORKSHOP" ? `connect-account:WORKSHOP:${payee.workshopId}` : `connect-account:${payee.kind}:${payee.userId}`;
      const email = payee.kind === "WORKSHOP" ? null : ((await this.payees.user(payee.userId))?.email ?? null);
      const account = await stripe.accounts
        .create(
          {
            type: "express",
            country: "US",
            ...(email ? { email } : {}),
            business_type: payee.kind === "MECHANIC" ? "individual" : "company",
            capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
            metadata: payee.kind === "WORKSHOP" ? { payeeKind: payee.kind, workshopId: payee.workshopId } : { payeeKind: payee.kind, userId: payee.userId },
          },
          { idempotencyKey: key },
        )
        .catch((error: unknown) => {
          throw stripeFailure(error, "create the payout account", "nothing was stored");
        });
      await this.payees.transaction(async (tx) => {
        const data = {
          stripeAccountId: account.id,
          chargesEnabled: Boolean(account.charges_enabled),
          payoutsEnabled: Boolean(account.payouts_enabled),
          payoutRequirementsDue: account.requirements?.currently_due ?? [],
        };
        if (await this.payees.storeNewAccount(tx, payee, data))
          await this.audit.write([{ actor: viewer, action: "payee.account_created", ...auditEntity(payee), data: { accountId: account.id } }], tx);
      });
      accountId = (await this.row(payee)).stripeAccountId!;
    }
    const link = await stripe.accountLinks
      .create({ account: accountId, refresh_url: this.connect.refreshUrl, return_url: this.connect.returnUrl, type: "account_onboarding" })
      .catch((error: unknown) => {
        throw stripeFailure(error, "make the onboarding link", "no link was made (the payout account is kept)");
      });
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  /** `account.updated`: the account's current state onto its payee, audited. False when no payee has this account. */
  async syncAccount(accountId: string, eventId: string): Promise<boolean> {
    if (!this.stripe) return false;
    const payee = await this.payees.payeeOfAccount(accountId);
    if (!payee) return false;
    const account = await this.stripe.accounts.retrieve(accountId);
    const data = { chargesEnabled: Boolean(account.charges_enabled), payoutsEnabled: Boolean(account.payouts_enabled), payoutRequirementsDue: account.requirements?.currently_due ?? [] };
    await this.payees.transaction(async (tx) => {
      // The update holds the payee's row: a concurrent delivery of the same event waits, then finds its audit row.
      await this.payees.updateAccount(tx, payee, data);
      await this.audit.writeOncePerEvent(
        { actor: null, action: "payee.account_synced", ...auditEntity(payee), data: { source: "stripe", accountId, chargesEnabled: data.chargesEnabled, payoutsEnabled: data.payoutsEnabled } },
        eventId,
        tx,
      );
    });
    return true;
  }

  private async row(payee: Payee): Promise<PayeeAccountRow> {
    const row = await this.payees.row(payee);
    if (!row) throw notFound(payee.kind === "WORKSHOP" ? "Workshop" : "Payee");
    return row;
  }
}

const toPayoutAccount = (row: PayeeAccountRow): PayoutAccount => ({
  connected: row.stripeAccountId !== null,
  chargesEnabled: row.chargesEnabled,
  payoutsEnabled: row.payoutsEnabled,
  requirementsDue: row.payoutRequirementsDue,
});
