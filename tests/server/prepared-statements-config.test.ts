// DB_PREPARED_STATEMENTS: recurring hand-written reads run prepared unless the deployment sits
// behind a pooler in transaction mode (PgBouncer), where the setting turns that off.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/app/config.ts";

describe("DB_PREPARED_STATEMENTS", () => {
  it("is on by default and off when asked", () => {
    expect(loadConfig({}).database.preparedStatements).toBe(true);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: "off" }).database.preparedStatements).toBe(false);
  });

  it("refuses anything but on and off", () => {
    expect(() => loadConfig({ DB_PREPARED_STATEMENTS: "yes" })).toThrow(ConfigError);
  });
});
