import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export { PrismaClient };
export type { Prisma } from "./generated/client.ts";

/** One Prisma client on the pg driver, whether the server behind the URL is PostgreSQL or PGlite. */
export function createPrismaClient(url: string, poolSize: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize }),
    // Transactions are short, but may queue behind others for the one embedded connection.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(prisma: PrismaClient): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
