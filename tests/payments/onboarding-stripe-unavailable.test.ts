// startPayoutOnboarding creates the payee's Express account at Stripe, stores it, then asks Stripe
// for a hosted onboarding link. When Stripe cannot be reached for either, the payee is told so
// with a stable, retryable code; an account already made is kept (audited once), and the same
// request again gives a link to that one account. Before, INTERNAL_SERVER_ERROR (finding F8).
import { describe, expect, it } from "vitest";
import { createMechanic } from "../factories/index.ts";
import { paymentsSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
paymentsSpec((started) => (world = started));

const ONBOARD = `mutation { startPayoutOnboarding { url expiresAt } }`;
const ACCOUNT = `{ payoutAccount { connected } }`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

describe("startPayoutOnboarding while Stripe is unavailable", () => {
  it("to make the onboarding link: SERVICE_UNAVAILABLE, retryable, the account kept and audited once; the same request again links that account", async () => {
    const { app, payments } = world;
    const mechanic = await createMechanic(app);
    const accountsBefore = payments.stripe.accounts.size;
    payments.stripe.failNext("POST /v1/account_links", "unavailable", EVERY_ATTEMPT);

    const refused = await app.gql(ONBOARD, {}, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect(refused.errors?.[0]?.message).toMatch(/^Stripe could not be reached to make the onboarding link/);
    expect((await app.gql(ACCOUNT, {}, mechanic.token)).data!.payoutAccount).toEqual({ connected: true });
    const created = await app.prisma.auditLog.findMany({ where: { entityId: mechanic.id, action: "payee.account_created" } });
    expect(created).toHaveLength(1);

    const again = await app.gql(ONBOARD, {}, mechanic.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.startPayoutOnboarding.url).toMatch(/^https:\/\/connect\.stripe\.com\/setup\/e\/acct_/);
    expect(payments.stripe.accounts.size).toBe(accountsBefore + 1);
    expect(payments.stripe.accountLinks.at(-1)!.account).toBe((created[0]!.data as { accountId: string }).accountId);
    expect(await app.prisma.auditLog.count({ where: { entityId: mechanic.id, action: "payee.account_created" } })).toBe(1);
  });

  it("to create the account: SERVICE_UNAVAILABLE, retryable, nothing stored; the same request again creates one account", async () => {
    const { app, payments } = world;
    const mechanic = await createMechanic(app);
    const accountsBefore = payments.stripe.accounts.size;
    payments.stripe.failNext("POST /v1/accounts", "unavailable", EVERY_ATTEMPT);

    const refused = await app.gql(ONBOARD, {}, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect((await app.gql(ACCOUNT, {}, mechanic.token)).data!.payoutAccount).toEqual({ connected: false });
    expect(payments.stripe.accounts.size).toBe(accountsBefore);

    const again = await app.gql(ONBOARD, {}, mechanic.token);
    expect(again.errors).toBeUndefined();
    expect(payments.stripe.accounts.size).toBe(accountsBefore + 1);
  });
});
