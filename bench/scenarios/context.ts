import type { benchDatabase } from "../support.ts";

/** What every scenario gets from the runner: a migrated database, and the seeded session lists. */
export type BenchContext = Awaited<ReturnType<typeof benchDatabase>> & {
  /** Mechanics with 10, 100 and 1,000 sessions (same shape of rows), by count. */
  mechanics: Map<number, { id: string; role: "MECHANIC" }>;
  redisUrl?: string;
};

/** The nested list the authorization and data-access scenarios read, `first` rows. */
export const sessionsQuery = (first: number) =>
  `{ sessions(first: ${first}) { totalCount nodes { id status concern requestedAt vehicle { make model year } customer { id firstName } mechanic { displayName rating } } } }`;
