import { Prisma } from "../../platform/db/generated/client.ts";
import type { AccountStatus, MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { rowsIn, type AnyTx, type SqlReader } from "../../platform/db/sql.ts";
import { keysetAfter, type PageRequest } from "../shared/pagination.ts";

const vettingSelect = {
  userId: true,
  displayName: true,
  vettingStatus: true,
  vettingReason: true,
  vettedAt: true,
  user: { select: { email: true, status: true, suspendedUntil: true, createdAt: true } },
} as const;

/** A mechanic's vetting as admins list it: the profile's vetting columns and the account's email, standing and sign-up time. */
export interface VettingRow {
  userId: string;
  displayName: string;
  vettingStatus: MechanicVettingStatus;
  vettingReason: string | null;
  vettedAt: Date | null;
  user: { email: string; status: AccountStatus; suspendedUntil: Date | null; createdAt: Date };
}

/** The reads of MechanicProfile's vetting columns (their writes are mechanic-vetting.machine.ts's). */
export class MechanicVettingStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  /** One page of the mechanics in `status` by display name then id, and the count of that status. */
  async page(status: MechanicVettingStatus, page: PageRequest): Promise<{ rows: VettingRow[]; totalCount: number }> {
    const where = { vettingStatus: status };
    const [rows, totalCount] = await Promise.all([
      this.prisma.mechanicProfile.findMany({
        where: { AND: [where, keysetAfter(page.after, "asc", (comparison, value) => ({ displayName: { [comparison]: value } }), "userId")] },
        orderBy: [{ displayName: "asc" }, { userId: "asc" }],
        select: vettingSelect,
        take: page.take + 1,
      }),
      this.prisma.mechanicProfile.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /**
   * Mechanic `mechanicId`'s vetting decision alone (no account columns: one statement, for the
   * check every mechanic's claim and message makes, through the sql reader, prepared once per
   * connection), or null when the account is not a mechanic.
   */
  async decision(mechanicId: string): Promise<Pick<VettingRow, "displayName" | "vettingStatus" | "vettingReason"> | null> {
    const [row] = await this.sql.rows<Pick<VettingRow, "displayName" | "vettingStatus" | "vettingReason">>(
      Prisma.sql`SELECT "displayName", "vettingStatus"::text AS "vettingStatus", "vettingReason" FROM "MechanicProfile" WHERE "userId" = ${mechanicId}::uuid`,
    );
    return row ?? null;
  }

  /**
   * Mechanic `mechanicId`'s vetting decision read in `tx` with its row share-locked until `tx`
   * ends: a concurrent decision (MechanicVettingMachine's UPDATE) either committed before this read
   * or waits for `tx`, so what the caller writes on the strength of it cannot interleave with one.
   */
  async lockedDecision(tx: AnyTx, mechanicId: string): Promise<Pick<VettingRow, "displayName" | "vettingStatus" | "vettingReason"> | null> {
    const [row] = await rowsIn<Pick<VettingRow, "displayName" | "vettingStatus" | "vettingReason">>(
      tx,
      Prisma.sql`SELECT "displayName", "vettingStatus"::text AS "vettingStatus", "vettingReason" FROM "MechanicProfile" WHERE "userId" = ${mechanicId}::uuid FOR SHARE`,
    );
    return row ?? null;
  }

  /** The vetting status of each of `mechanicIds` that is a mechanic (one query, for a page of partnerships). */
  async statuses(mechanicIds: readonly string[]): Promise<Map<string, MechanicVettingStatus>> {
    if (mechanicIds.length === 0) return new Map();
    const rows = await this.prisma.mechanicProfile.findMany({ where: { userId: { in: [...new Set(mechanicIds)] } }, select: { userId: true, vettingStatus: true } });
    return new Map(rows.map((row) => [row.userId, row.vettingStatus]));
  }

  /** Mechanic `mechanicId`'s vetting, or null when the account is not a mechanic. */
  of(mechanicId: string): Promise<VettingRow | null> {
    return this.prisma.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: vettingSelect });
  }
}
