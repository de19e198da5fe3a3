import { inactiveReason, type ContractState, type InactiveReason } from "../../domain/partnerships/partnership-rules.ts";
import type { AnyTx } from "../../platform/db/sql.ts";
import { AppError, ErrorCode, notFound } from "../../platform/errors.ts";
import type { VettingCheck } from "../accounts/mechanic-vetting.service.ts";
import type { PartnershipStore } from "./partnership.store.ts";

/** A partnership as deciding its use reads it: its contract state and its mechanic. */
export type UsableState = ContractState & { mechanicId: string };

/** PARTNERSHIP_NOT_ACTIVE with `extensions.reason` the partnership's InactiveReason. */
export function partnershipNotActive(reason: InactiveReason): AppError {
  return new AppError(ErrorCode.PARTNERSHIP_NOT_ACTIVE, `This partnership is not active (${reason.toLowerCase().replaceAll("_", " ")})`, { reason });
}

/**
 * Whether a partnership is usable now (inactiveReason) with what it depends on besides its row:
 * today's partnership fee and its mechanic's vetting status, read from the accounts module
 * (VettingCheck). One decision for the partnership's `activeNow`, quoting, the partner's approval
 * and the customer's approval of a partner quote.
 */
export class PartnershipUse {
  constructor(
    private readonly store: Pick<PartnershipStore, "lockContractState">,
    private readonly vetting: Pick<VettingCheck, "statusOf" | "statusesOf">,
    private readonly settings: { platformFeeBasisPoints: number },
  ) {}

  /** Why `partnership` is not usable at `now`, or null; with `tx`, its mechanic's vetting is read share-locked in it (VettingCheck.statusOf). */
  async reasonOf(partnership: UsableState, now: Date, tx?: AnyTx): Promise<InactiveReason | null> {
    return inactiveReason(partnership, { now, platformFeeBasisPoints: this.settings.platformFeeBasisPoints, mechanicVettingStatus: await this.vetting.statusOf(partnership.mechanicId, tx) });
  }

  /** The reason of each of `partnerships` (by id; null: usable), their mechanics' vetting read in one query. */
  async reasonsOf(partnerships: readonly (UsableState & { id: string })[], now: Date): Promise<Map<string, InactiveReason | null>> {
    const vetting = await this.vetting.statusesOf(partnerships.map((p) => p.mechanicId));
    return new Map(partnerships.map((p) => [p.id, inactiveReason(p, { now, platformFeeBasisPoints: this.settings.platformFeeBasisPoints, mechanicVettingStatus: vetting.get(p.mechanicId) ?? null })]));
  }

  /** @throws PARTNERSHIP_NOT_ACTIVE (`reason`) unless `partnership` is usable at `now` */
  async assertUsable(partnership: UsableState, now: Date, tx?: AnyTx): Promise<void> {
    const reason = await this.reasonOf(partnership, now, tx);
    if (reason) throw partnershipNotActive(reason);
  }

  /**
   * In `tx`, for a customer approving a partner quote: partnership `id` read share-locked
   * (lockContractState) and its mechanic's vetting with it, so neither changes before `tx` ends.
   *
   * @throws PARTNERSHIP_NOT_ACTIVE (`reason`) unless it is usable at `now`; NOT_FOUND when it is gone
   */
  async assertUsableIn(tx: AnyTx, id: string, now: Date): Promise<void> {
    const partnership = await this.store.lockContractState(tx, id);
    if (!partnership) throw notFound("Partnership");
    await this.assertUsable(partnership, now, tx);
  }
}
