import { describe, expect, it } from "vitest";
import { isDatabaseReachable, type PrismaClient } from "../../src/platform/db/prisma.ts";

/** Only $queryRaw is what the probe calls; each fake answers it the way a database might. */
const database = (answer: () => Promise<unknown>) => ({ $queryRaw: answer }) as unknown as PrismaClient;

describe("the readiness probe's database check", () => {
  it("is true when the database answers", async () => {
    expect(await isDatabaseReachable(database(async () => [{ "?column?": 1 }]))).toBe(true);
  });

  it("is false when the query fails", async () => {
    expect(await isDatabaseReachable(database(async () => Promise.reject(new Error("connection refused"))))).toBe(false);
  });

  it("is false, instead of hanging, when the query never answers", async () => {
    expect(
      await isDatabaseReachable(
        database(() => new Promise(() => {})),
        20,
      ),
    ).toBe(false);
  });
});
