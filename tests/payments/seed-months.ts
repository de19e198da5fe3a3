import { diagnosticPostings, repairPostings, revenueRowsOf, type RevenueRow } from "../../src/domain/ledger/postings.ts";
import { SEED_FEE_POLICY, splitRepair } from "../../src/domain/money/fee-policy.ts";

/**
 * A month of the seeds' marketplace as the PLATFORM_REVENUE rows the pure postings book, under the
 * seeds' fee policy: `diagnostics` $25 diagnostics, `escalatedRepairs` approved and paid escalated
 * repairs and `partneredRepairs` partnered ones, each of `repairCents`.
 */
export function seedMonth(month: { diagnostics: number; escalatedRepairs: number; partneredRepairs: number; repairCents: number }): RevenueRow[] {
  const policy = SEED_FEE_POLICY;
  const mechanic = { account: "MECHANIC_PAYABLE" as const, userId: "mechanic", description: "mechanic" };
  const rows: RevenueRow[] = [];
  const diagnostic = revenueRowsOf("DIAGNOSTIC", diagnosticPostings({ amountCents: policy.diagnosticPriceCents, platformFeeBasisPoints: policy.platformFeeBasisPoints, mechanic }));
  const escalated = splitRepair({ totalCents: month.repairCents, platformFeeBasisPoints: policy.platformFeeBasisPoints, mechanicFeeBasisPoints: policy.referralFeeBasisPoints });
  const referral = revenueRowsOf(
    "REPAIR",
    repairPostings({
      amountCents: month.repairCents,
      platformFeeCents: escalated.platformFeeCents,
      mechanicFeeCents: escalated.mechanicFeeCents,
      mechanicKind: "REFERRAL_FEE",
      mechanic,
      payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", description: "workshop" },
    }),
  );
  const partnered = splitRepair({
    totalCents: month.repairCents,
    platformFeeBasisPoints: policy.partnership.platformFeeBasisPoints,
    mechanicFeeBasisPoints: policy.partnership.commissionBasisPoints.WORKSHOP,
  });
  const commission = revenueRowsOf(
    "REPAIR",
    repairPostings({
      amountCents: month.repairCents,
      platformFeeCents: partnered.platformFeeCents,
      mechanicFeeCents: partnered.mechanicFeeCents,
      mechanicKind: "COMMISSION",
      mechanic,
      payee: { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", description: "partner" },
    }),
  );
  for (let i = 0; i < month.diagnostics; i++) rows.push(...diagnostic);
  for (let i = 0; i < month.escalatedRepairs; i++) rows.push(...referral);
  for (let i = 0; i < month.partneredRepairs; i++) rows.push(...commission);
  return rows;
}
