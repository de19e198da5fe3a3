import { statusAt, type StoredStanding, type Viewer } from "../../platform/auth/viewer.ts";
import type { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import type { AnyTx } from "../../platform/db/sql.ts";
import { ErrorReason, forbidden, notFound } from "../../platform/errors.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { MechanicVettingMachine } from "./mechanic-vetting.machine.ts";
import { isVetted } from "./mechanic-vetting.policy.ts";
import type { MechanicVettingStore, VettingRow } from "./mechanic-vetting.store.ts";
import type { MechanicVetting } from "./mechanic-vetting.types.ts";

/** What claiming, starting and completing a paid session (SessionService), and using a partnership (partnerships, partner quotes), ask of vetting. */
export interface VettingCheck {
  /**
   * Checks that `mechanicId` may take paid sessions, on behalf of `viewer`. The mechanic (told
   * about their own account) and admins (told about that mechanic) read `vettingStatus` and the
   * admin's `vettingReason` in the error's extensions; anyone else (a partner resuming a
   * partnership) a neutral refusal: the admin's note is about the mechanic, not theirs to read.
   * With `tx`, the decision is read share-locked in it (lockedDecision), so it holds until `tx` ends.
   *
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) unless `mechanicId` is an APPROVED mechanic
   */
  assertVetted(viewer: Viewer, mechanicId: string, tx?: AnyTx): Promise<void>;
  /** Mechanic `mechanicId`'s vetting status, null when not a mechanic; with `tx`, share-locked in it as assertVetted's. */
  statusOf(mechanicId: string, tx?: AnyTx): Promise<MechanicVettingStatus | null>;
  /** The vetting status of each of `mechanicIds` (absent: not a mechanic), in one read. */
  statusesOf(mechanicIds: readonly string[]): Promise<Map<string, MechanicVettingStatus>>;
}

/** A vetting row as admins read it; `accountStatus` is the standing at `now` (statusAt: a suspension that ran out reads ACTIVE). */
function toVetting(row: VettingRow, now: Date = new Date()): MechanicVetting {
  return {
    id: row.userId,
    displayName: row.displayName,
    email: row.user.email,
    accountStatus: statusAt(row.user, now),
    status: row.vettingStatus,
    reason: row.vettingReason,
    vettedAt: row.vettedAt,
    signedUpAt: row.user.createdAt,
  };
}

/**
 * Admins vet new mechanics before they claim paid sessions (issue 18 item 2): list by status,
 * approve, reject with a reason; each decision is a move of mechanic-vetting.machine.ts, audited.
 */
export class MechanicVettingService implements VettingCheck {
  constructor(
    private readonly store: MechanicVettingStore,
    private readonly machine: MechanicVettingMachine,
  ) {}

  /** Mechanics in `status` (PENDING by default: the admin's queue), by display name. */
  async list(page: PageRequest, status: MechanicVettingStatus = "PENDING"): Promise<Page<MechanicVetting>> {
    const { rows, totalCount } = await this.store.page(status, page);
    return toPage(
      rows.map((row) => toVetting(row)),
      page,
      totalCount,
      (vetting) => vetting.displayName,
    );
  }

  /** @throws as MechanicVettingMachine.move */
  async approve(admin: Viewer, mechanicId: string, reason: string | null): Promise<MechanicVetting> {
    await this.machine.move(admin, mechanicId, "approve", reason);
    return this.get(mechanicId);
  }

  /** `reason` is shown to the mechanic when a claim is refused. @throws as MechanicVettingMachine.move */
  async reject(admin: Viewer, mechanicId: string, reason: string): Promise<MechanicVetting> {
    await this.machine.move(admin, mechanicId, "reject", reason);
    return this.get(mechanicId);
  }

  async assertVetted(viewer: Viewer, mechanicId: string, tx?: AnyTx): Promise<void> {
    const row = tx ? await this.store.lockedDecision(tx, mechanicId) : await this.store.decision(mechanicId);
    if (isVetted(row?.vettingStatus)) return;
    const own = viewer.id === mechanicId;
    if (!own && viewer.role !== "ADMIN") throw forbidden("This partnership's mechanic is not cleared to work on the platform", { reason: ErrorReason.MECHANIC_NOT_VETTED });
    const rejected = row?.vettingStatus === "REJECTED";
    const message = own
      ? rejected
        ? "Your mechanic application was rejected"
        : "Your mechanic account is waiting for an admin's approval"
      : `The mechanic ${row?.displayName ?? mechanicId} ${rejected ? "was rejected at vetting" : "is not vetted yet: approve them first"}`;
    throw forbidden(message, {
      reason: ErrorReason.MECHANIC_NOT_VETTED,
      vettingStatus: row?.vettingStatus ?? "PENDING",
      vettingReason: row?.vettingReason ?? null,
    });
  }

  async statusOf(mechanicId: string, tx?: AnyTx): Promise<MechanicVettingStatus | null> {
    const row = tx ? await this.store.lockedDecision(tx, mechanicId) : await this.store.decision(mechanicId);
    return row?.vettingStatus ?? null;
  }

  statusesOf(mechanicIds: readonly string[]): Promise<Map<string, MechanicVettingStatus>> {
    return this.store.statuses(mechanicIds);
  }

  /** For admins' reassignment: mechanic `mechanicId`'s account standing, or null when the account is not a mechanic. */
  async mechanicStanding(mechanicId: string): Promise<StoredStanding | null> {
    return (await this.store.of(mechanicId))?.user ?? null;
  }

  private async get(mechanicId: string): Promise<MechanicVetting> {
    const row = await this.store.of(mechanicId);
    if (!row) throw notFound("Mechanic");
    return toVetting(row);
  }
}
