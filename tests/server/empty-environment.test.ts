import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/app/config.ts";

/** What `docker compose up` hands the API when the operator set no admin: `${ADMIN_EMAIL:-}` is "". */
const COMPOSE = {
  NODE_ENV: "production",
  HOST: "0.0.0.0",
  PORT: "4000",
  DATABASE_URL: "postgresql://autodoctor:autodoctor@postgres:5432/autodoctor",
  REDIS_URL: "redis://redis:6379",
  JWT_SECRET: "a-real-production-secret-of-enough-length-0123456789",
  ADMIN_EMAIL: "",
  ADMIN_PASSWORD: "",
};

describe("an empty environment variable", () => {
  it("counts as unset, so compose's empty admin pair starts production without an admin", () => {
    const config = loadConfig(COMPOSE);
    expect(config.admin).toBeUndefined();
    expect(config.database.url).toBe(COMPOSE.DATABASE_URL);
  });

  it("takes the default, whitespace-only included, where a value would be checked", () => {
    const config = loadConfig({ NODE_ENV: "development", PORT: "", LOG_LEVEL: " ", DATABASE_URL: "", MEDIA_URL_HOSTS: "", JWT_SECRET: "" });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe("info");
    expect(config.database.url).toBeUndefined();
    expect(config.mediaUrlHosts).toEqual(["media.autodoctor.app"]);
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("does not satisfy a required variable: production still asks for JWT_SECRET", () => {
    expect(() => loadConfig({ ...COMPOSE, JWT_SECRET: "" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...COMPOSE, JWT_SECRET: "" })).toThrow(/JWT_SECRET: must be set to at least 32 characters in production/);
  });

  it("leaves a set value checked as before: half an admin pair is still refused", () => {
    expect(() => loadConfig({ ...COMPOSE, ADMIN_EMAIL: "ops@example.test" })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD go together/);
    expect(loadConfig({ ...COMPOSE, ADMIN_EMAIL: "ops@example.test", ADMIN_PASSWORD: "a-long-admin-password" }).admin).toEqual({
      email: "ops@example.test",
      password: "a-long-admin-password",
    });
  });

  it("fails closed for NODE_ENV: a blank one is refused rather than read as development", () => {
    for (const blank of ["", " "]) {
      expect(() => loadConfig({ ...COMPOSE, NODE_ENV: blank })).toThrow(ConfigError);
      expect(() => loadConfig({ ...COMPOSE, NODE_ENV: blank })).toThrow(/NODE_ENV: is blank, which is refused rather than read as development/);
    }
    const { NODE_ENV: _unset, ...withoutNodeEnv } = COMPOSE;
    expect(loadConfig(withoutNodeEnv).env).toBe("development");
  });
});
