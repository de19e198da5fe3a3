/**
 * Every read and write of the ledger (LedgerEntry). Writes are whole balanced transactions built by
 * the pure postings of src/domain/ledger/, booked once under their transaction key; reads are a
 * payment's positions and balances (for the flow that holds its row's lock, or a system job) and a
 * payee's earnings (scoped by payment.policy.ts's earningsScope).
 */
import { shareKeys } from "../../domain/ledger/keys.ts";
import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import type { PayeeOfPayable, PaymentBalance } from "../../domain/ledger/payout.ts";
import type { MechanicFeeReversalRow, RevenueRow } from "../../domain/ledger/postings.ts";
import type { ShareEntry } from "../../domain/ledger/reversal.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { LedgerAccount, LedgerEntryKind, PaymentKind } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";

/** A database handle: the client, or the transaction the caller holds. */
type Db = PrismaClient | Tx;

/** Which ledger entries a store call may read: a payee's (payment.policy.ts earningsOf, withheldOf), or the system's. */
export type LedgerScope = StoreScope<Prisma.LedgerEntryWhereInput>;

/** A booking period, [from, to); an open end is unbounded. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

const bookedIn = ({ from, to }: Period): Prisma.LedgerEntryWhereInput => (from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {});

/**
 * Writes one balanced transaction of the ledger. Each line's idempotency key is the transaction's
 * key and the line's, so a retry writes nothing twice. The number of entries written now (0: all
 * booked before). Also the seed's writer (src/seed/seed.ts).
 */
export async function bookTransaction(tx: Tx, transactionKey: string, lines: readonly KeyedLine[]): Promise<number> {
  const booked = await tx.ledgerEntry.createMany({
    data: lines.map((line) => ({
      transactionKey,
      idempotencyKey: `${transactionKey}:${line.key}`,
      account: line.account,
      kind: line.kind,
      amountCents: line.amountCents,
      paymentId: line.paymentId ?? null,
      userId: line.userId ?? null,
      workshopId: line.workshopId ?? null,
      partnershipId: line.partnershipId ?? null,
      description: line.description,
    })),
    skipDuplicates: true,
  });
  return booked.count;
}

/**
 * Locks the rows of the payments holding any of a mechanic's entries on `accounts` (their share
 * places: MECHANIC_PAYABLE, WITHHELD), in id order, until `tx` ends: the lock each money move of a
 * payment takes (PaymentStore.lock, TransferStore.lockedStatus), so a ban's withholding or its
 * release waits for a refund, lost dispute, payout or failed refund of those payments in progress,
 * and they wait for it.
 */
export async function lockPaymentsOfMechanic(tx: Tx, mechanicId: string, accounts: readonly LedgerAccount[]): Promise<void> {
  await tx.$queryRaw`
    SELECT p.id FROM "Payment" p
    WHERE p.id IN (SELECT e."paymentId" FROM "LedgerEntry" e WHERE e."userId" = ${mechanicId}::uuid AND e.account::text IN (${Prisma.join(accounts)}))
    ORDER BY p.id FOR UPDATE OF p`;
}

/** A mechanic's balances of `account` per payment, in cents, for the withholding of a ban (and its release). */
export async function mechanicBalancesByPayment(tx: Tx, mechanicId: string, account: LedgerAccount): Promise<PaymentBalance[]> {
  const rows = await tx.ledgerEntry.groupBy({
    by: ["paymentId"],
    where: { account, userId: mechanicId, paymentId: { not: null } },
    _sum: { amountCents: true },
    orderBy: { paymentId: "asc" },
  });
  return rows.map((row) => ({ paymentId: row.paymentId!, amountCents: row._sum.amountCents ?? 0 }));
}

export class LedgerStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Books `lines` as one transaction of payment `paymentId` (bookTransaction); entries written now. */
  book(tx: Tx, transactionKey: string, paymentId: string | null, lines: readonly KeyedLine[]): Promise<number> {
    return bookTransaction(tx, transactionKey, paymentId === null ? lines : lines.map((line) => ({ ...line, paymentId })));
  }

  /** Whether a transaction (optionally: one of its entries of `kind`) is booked. */
  async isBooked(transactionKey: string, kind?: LedgerEntryKind, db: Db = this.prisma): Promise<boolean> {
    return (await db.ledgerEntry.count({ where: { transactionKey, ...(kind ? { kind } : {}) } })) > 0;
  }

  /**
   * The entries of a payment's payees' shares, the platform's own left out, oldest first: its split
   * and a diagnostic's earned move (`share`), a ban's withholding and its release (moves between the
   * places a share sits), and the earlier reversals of them (refunds, a lost dispute), for payeeShares.
   */
  async shareEntries(tx: Tx, paymentId: string): Promise<ShareEntry[]> {
    const keys = shareKeys(paymentId);
    const rows = await tx.ledgerEntry.findMany({
      where: {
        paymentId,
        account: { notIn: ["PLATFORM_REVENUE", "PLATFORM_CASH", "DISPUTES_RECEIVABLE"] },
        OR: [{ transactionKey: { in: keys } }, { kind: { in: ["REFUND", "DISPUTE", "WITHHOLDING"] } }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { transactionKey: true, account: true, kind: true, amountCents: true, userId: true, workshopId: true, partnershipId: true },
    });
    return rows.map(({ transactionKey, ...entry }) => ({ ...entry, share: keys.includes(transactionKey) }));
  }

  /** The lines one transaction booked, each keyed by its key within the transaction (what `book` was given). */
  async transactionLines(tx: Tx, transactionKey: string): Promise<KeyedLine[]> {
    const rows = await tx.ledgerEntry.findMany({ where: { transactionKey }, orderBy: { id: "asc" } });
    return rows.map((row) => ({
      key: row.idempotencyKey.slice(transactionKey.length + 1),
      account: row.account,
      kind: row.kind,
      amountCents: row.amountCents,
      userId: row.userId,
      workshopId: row.workshopId,
      partnershipId: row.partnershipId,
      description: row.description,
    }));
  }

  /** A payment's balance of `account`, in cents (a diagnostic share still held: DIAGNOSTIC_CLEARING; what a payee is owed: its payable). */
  async balanceOf(db: Db, paymentId: string, account: LedgerAccount): Promise<number> {
    const sum = await db.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } });
    return sum._sum.amountCents ?? 0;
  }

  /** What one transaction booked per account, in cents (e.g. what a refund took from each payable). */
  async bookedByAccount(transactionKey: string): Promise<Map<LedgerAccount, number>> {
    const rows = await this.prisma.ledgerEntry.groupBy({ by: ["account"], where: { transactionKey }, _sum: { amountCents: true }, orderBy: { account: "asc" } });
    return new Map(rows.map((row) => [row.account, row._sum.amountCents ?? 0]));
  }

  /** The amount of `account` one transaction booked, in cents, or null when it is not booked. */
  async bookedOn(transactionKey: string, account: LedgerAccount): Promise<number | null> {
    const entry = await this.prisma.ledgerEntry.findFirst({ where: { transactionKey, account }, select: { amountCents: true } });
    return entry?.amountCents ?? null;
  }

  /**
   * The payee of a payment's payable `account` (whom a payout from it debits): the one its first
   * credit names, whatever booked it (the split, a diagnostic earned, a ban's release, a failed
   * refund's reinstatement), as TransferStore.dueShares finds it. A payment has one payee per
   * payable. Throws when nothing was ever credited there (nothing to pay out).
   */
  payeeOf(tx: Tx, paymentId: string, account: LedgerAccount): Promise<PayeeOfPayable> {
    return tx.ledgerEntry.findFirstOrThrow({
      where: { paymentId, account, amountCents: { gt: 0 } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { userId: true, workshopId: true, partnershipId: true },
    });
  }

  /** A payee's entries within `scope` (payment.policy.ts earningsOf) booked in `period`, summed by kind, in cents. */
  async sumByKind(scope: LedgerScope, period: Period): Promise<{ kind: LedgerEntryKind; amountCents: number }[]> {
    const rows = await this.prisma.ledgerEntry.groupBy({ by: ["kind"], where: { ...whereOf(scope), ...bookedIn(period) }, _sum: { amountCents: true }, orderBy: { kind: "asc" } });
    return rows.map((row) => ({ kind: row.kind, amountCents: row._sum.amountCents ?? 0 }));
  }

  /** The sum of the entries within `scope` booked in `period`, in cents. */
  async sum(scope: LedgerScope, period: Period): Promise<number> {
    const sum = await this.prisma.ledgerEntry.aggregate({ where: { ...whereOf(scope), ...bookedIn(period) }, _sum: { amountCents: true } });
    return sum._sum.amountCents ?? 0;
  }

  /** PLATFORM_REVENUE booked in [from, to), by entry kind and the kind of payment, for `platformRevenue`. */
  async revenueRows(from: Date, to: Date): Promise<RevenueRow[]> {
    const rows = await this.prisma.$queryRaw<{ paymentKind: PaymentKind | null; kind: LedgerEntryKind; amountCents: bigint }[]>(Prisma.sql`
        SELECT p.kind::text AS "paymentKind", e.kind::text AS kind, SUM(e."amountCents") AS "amountCents"
        FROM "LedgerEntry" e LEFT JOIN "Payment" p ON p.id = e."paymentId"
        WHERE e.account = 'PLATFORM_REVENUE' AND e."createdAt" >= ${from.toISOString()}::timestamp AND e."createdAt" < ${to.toISOString()}::timestamp
        GROUP BY 1, 2`);
    return rows.map((row) => ({ ...row, amountCents: Number(row.amountCents) }));
  }

  /**
   * What refunds and lost disputes booked in [from, to) on repairs' mechanic shares (MECHANIC_PAYABLE,
   * WITHHELD: where a referral or commission sits; failed refunds' reinstatements included), summed
   * by the share's kind, as the payment's split booked the platform paying it (its PLATFORM_REVENUE
   * line of kind REFERRAL_FEE or COMMISSION: a diagnostic has none, so its mechanic's share is left
   * out). For `platformRevenue`.
   */
  async mechanicFeeReversals(from: Date, to: Date): Promise<MechanicFeeReversalRow[]> {
    const rows = await this.prisma.$queryRaw<{ kind: MechanicFeeReversalRow["kind"]; amountCents: bigint }[]>(Prisma.sql`
        SELECT paid.kind::text AS kind, SUM(e."amountCents") AS "amountCents"
        FROM "LedgerEntry" e
        JOIN (SELECT DISTINCT "paymentId", kind FROM "LedgerEntry" WHERE account = 'PLATFORM_REVENUE' AND kind IN ('REFERRAL_FEE', 'COMMISSION')) paid ON paid."paymentId" = e."paymentId"
        WHERE e.account IN ('MECHANIC_PAYABLE', 'WITHHELD') AND e.kind IN ('REFUND', 'DISPUTE')
          AND e."createdAt" >= ${from.toISOString()}::timestamp AND e."createdAt" < ${to.toISOString()}::timestamp
        GROUP BY 1`);
    return rows.map((row) => ({ kind: row.kind, amountCents: Number(row.amountCents) }));
  }

  /**
   * For partnerships: what was earned under a partnership, in cents, whatever has been paid out
   * since (payouts move money out of a payable, they do not unearn it): the mechanic's commission
   * (MECHANIC_PAYABLE and WITHHELD) and the partner's share (PARTNER_PAYABLE).
   */
  async partnershipEarnings(partnershipId: string): Promise<{ mechanicCommissionCents: number; partnerShareCents: number }> {
    const [mechanic, partner] = await Promise.all([
      this.prisma.ledgerEntry.aggregate({ where: { partnershipId, account: { in: ["MECHANIC_PAYABLE", "WITHHELD"] }, kind: { not: "PAYOUT" } }, _sum: { amountCents: true } }),
      this.prisma.ledgerEntry.aggregate({ where: { partnershipId, account: "PARTNER_PAYABLE", kind: { not: "PAYOUT" } }, _sum: { amountCents: true } }),
    ]);
    return { mechanicCommissionCents: mechanic._sum.amountCents ?? 0, partnerShareCents: partner._sum.amountCents ?? 0 };
  }
}
