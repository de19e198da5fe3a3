import { inject } from "vitest";
import type { TestApp } from "../setup/test-app.ts";

/**
 * Whether this run's database serves concurrent transactions: PostgreSQL (DATABASE_URL). The
 * embedded database serves one connection at a time (tests/setup/database.ts), so no two flows
 * interleave there and the race specs that hold the ledger are skipped.
 */
export const interleaves = inject("databaseTemplate").kind === "postgres";

/** The ledger held by a spec (holdLedgerWrites). */
export interface HeldLedger {
  /** Resolves once `count` of the server's statements wait on a lock: the flows started are stopped where the spec wants them. */
  blocked(count: number): Promise<void>;
  /** Lets every held ledger write go on, and ends the spec's transaction. */
  release(): Promise<void>;
}

/**
 * Holds every write to the ledger while reads go on (`LOCK "LedgerEntry" IN SHARE MODE`, in a
 * transaction of the spec's own): a flow started now runs until its first ledger write, with
 * everything it read before it, and waits there until `release`. So a spec orders two flows
 * deterministically: the first stops having read, the second runs as far as it can (to its own
 * ledger write, or to a lock the first holds), then both go on.
 */
export async function holdLedgerWrites(app: TestApp): Promise<HeldLedger> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = app.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE "LedgerEntry" IN SHARE MODE`;
      locked();
      await released;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  await Promise.race([isLocked, holder]);
  return {
    async blocked(count) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const [row] = await app.prisma.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        const waiting = row!.waiting;
        if (waiting >= count) return;
        if (Date.now() > deadline) throw new Error(`${waiting} statements wait on a lock, not ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async release() {
      release();
      await holder;
    },
  };
}
