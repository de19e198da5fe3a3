// A payout run and a full refund of the same payment are exclusive: the payout of a share takes the
// payment row's lock the refunds take, and re-reads under it that the share is still owed. So a
// refund that commits first leaves the share untransferred (nothing to reverse), and a payout that
// commits first is booked and counted by the run that made it, then reversed by the refund. Either
// way every transfer Stripe made is counted by exactly one run, and the payee ends owed nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, admin } = world), { PAYOUT_INTERVAL_SECONDS: "0" });

const RUN_DUE = `mutation ($asOf: DateTimeISO) { runDuePayouts(asOf: $asOf) { transferCount amountCents failedCount } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const inThirtyOneDays = () => new Date(Date.now() + 31 * 86_400_000).toISOString();

/** A NET_30 partnered repair, paid and settled: the partner's share waits for the payout run. */
async function paidNet30Repair() {
  const { app } = payments;
  const stripeAccountId = `acct_px_${randomUUID().slice(0, 8)}`;
  const w = await partnerWorld(app, admin, { type: "SUPPLIER", paymentTerms: "NET_30" }, { stripeAccountId, payoutsEnabled: true });
  const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
  await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
  await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`, { q: quote.id }, w.customer.token);
  const pay = await app.gql(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quote.id, k: `px-${quote.id}` }, w.customer.token);
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return { stripeAccountId, paymentId };
}

describe("a full refund sent together with payout runs", () => {
  it("never transfers a share no run counts: each transfer made is counted once, and the partner is owed and holds nothing", { timeout: 90_000 }, async () => {
    const { app, stripe } = payments;
    for (let round = 0; round < 3; round++) {
      const { stripeAccountId, paymentId } = await paidNet30Repair();
      const asOf = inThirtyOneDays();
      const [refund, ...runs] = await Promise.all([
        app.gql(REFUND, { p: paymentId, a: null, k: randomUUID() }, admin.token),
        ...Array.from({ length: 5 }, () => app.gql(RUN_DUE, { asOf }, admin.token)),
      ]);
      expect(refund.data!.refundPayment.status).toBe("REFUNDED");
      const counted = runs.reduce((sum, run) => sum + run.data!.runDuePayouts.transferCount, 0);
      const made = [...stripe.transfers.values()].filter((t) => t.destination === stripeAccountId);
      expect({ round, counted }).toEqual({ round, counted: made.length });
      // Whatever went out came back.
      for (const transfer of made) expect(transfer.amount_reversed).toBe(transfer.amount);
      const partner = await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account: "PARTNER_PAYABLE" }, _sum: { amountCents: true } });
      expect(partner._sum.amountCents ?? 0).toBe(0);
      // A later run sends nothing more for it.
      await app.gql(RUN_DUE, { asOf }, admin.token);
      expect([...stripe.transfers.values()].filter((t) => t.destination === stripeAccountId)).toHaveLength(made.length);
    }
  });
});
