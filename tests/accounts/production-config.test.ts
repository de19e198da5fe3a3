import { describe, expect, it } from "vitest";
import { bootstrapData } from "../../src/app/bootstrap.ts";
import { ConfigError, loadConfig } from "../../src/app/config.ts";
import { openDatabase } from "../../src/platform/db/database.ts";
import { createTestDatabase } from "../setup/database.ts";

/** The development secret, as published in src/app/config.ts. */
const DEV_SECRET = "autodoctor-development-secret-do-not-use-in-production";
const PRODUCTION = { NODE_ENV: "production", JWT_SECRET: "a-real-production-secret-of-enough-length-0123456789" };

function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
}

describe("production configuration", () => {
  it("refuses to start with the public development JWT secret, and says why", () => {
    const problems = configProblems({ ...PRODUCTION, JWT_SECRET: DEV_SECRET }).join("\n");
    expect(problems).toMatch(/JWT_SECRET: must not be the public development secret in production/);
    expect(configProblems({ NODE_ENV: "development", JWT_SECRET: DEV_SECRET })).toEqual([]);
  });

  it("never seeds the demo accounts: `always` is refused and `auto` means never", () => {
    expect(configProblems({ ...PRODUCTION, SEED_DEMO_DATA: "always" }).join("\n")).toMatch(/SEED_DEMO_DATA: must not be `always` in production/);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO_DATA: "auto" }).seedDemoData).toBe("never");
    expect(loadConfig({ ...PRODUCTION }).seedDemoData).toBe("never");
  });

  it("bootstraps a production database without a demo account, whatever the seed setting it is handed", async () => {
    const testDatabase = await createTestDatabase();
    const config = loadConfig({ ...PRODUCTION, DATABASE_URL: testDatabase.url, ...testDatabase.env, LOG_LEVEL: "silent" });
    const database = await openDatabase(config, { migrate: false });
    try {
      // What `npm run seed` hands it, and what a new embedded database would get with `auto`.
      for (const seedDemoData of ["always", "auto"] as const) {
        const { seeded } = await bootstrapData({ ...config, seedDemoData }, { ...database, embedded: true });
        expect(seeded).toBe(false);
      }
      expect(await database.prisma.user.count({ where: { email: { endsWith: "@demo.autodoctor.test" } } })).toBe(0);
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });
});
