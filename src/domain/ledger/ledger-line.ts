import type { LedgerAccount, LedgerEntryKind } from "../../platform/db/generated/enums.ts";

/** One ledger entry to write: `amountCents` is signed (credit positive), in integer cents. */
export interface LedgerLine {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  amountCents: number;
  paymentId?: string | null;
  userId?: string | null;
  workshopId?: string | null;
  partnershipId?: string | null;
  description: string;
}

/** A line of a balanced transaction; `key` makes it unique within the transaction. */
export interface KeyedLine extends LedgerLine {
  key: string;
}
