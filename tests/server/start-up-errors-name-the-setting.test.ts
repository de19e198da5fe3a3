import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/app/config.ts";
import { startToExit } from "../setup/spawn-api.ts";

/**
 * README Configuration: a start refused for its settings says which setting, once: a DATABASE_URL
 * nothing answers is named beside the connection error, one of another database's scheme is a
 * configuration error, and a short JWT_SECRET in production is one message, not two.
 */
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe("start-up errors name the setting", () => {
  it("refuses a DATABASE_URL of another scheme than PostgreSQL's", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://user:pw@127.0.0.1:3306/autodoctor" })).toEqual(["DATABASE_URL: must be a PostgreSQL URL (postgres:// or postgresql://)"]);
    expect(problemsOf({ DATABASE_URL: "postgresql://user:pw@127.0.0.1:5432/autodoctor" })).toEqual([]);
  });

  it("says once that a production JWT_SECRET is too short", () => {
    expect(problemsOf({ NODE_ENV: "production", JWT_SECRET: "short" })).toEqual(["JWT_SECRET: must be set to at least 32 characters in production"]);
    expect(problemsOf({ NODE_ENV: "development", JWT_SECRET: "short" })).toEqual(["JWT_SECRET: must be at least 32 characters"]);
  });

  it("names DATABASE_URL, without its password, when nothing answers there", async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));

    const run = await startToExit({ NODE_ENV: "development", DATABASE_URL: `postgres://autodoctor:a-db-password@127.0.0.1:${port}/autodoctor`, LOG_LEVEL: "info" });

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([`AutoDoctor API failed to start: DATABASE_URL (postgres://127.0.0.1:${port}/autodoctor): connect ECONNREFUSED 127.0.0.1:${port}`]);
    expect(run.stdout + run.stderr).not.toContain("a-db-password");
  }, 120_000);
});
