import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { startEmbeddedPostgres } from "../../src/db/embedded.ts";
import { withAdminClient, withDatabase } from "./global-setup.ts";

export type TestDatabaseTemplate =
  | { kind: "postgres"; adminUrl: string; template: string }
  | { kind: "embedded"; dumpPath: string };

export interface TestDatabase {
  url: string;
  /** Settings the server needs for this kind of database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the kind this run uses, private to the calling test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("databaseTemplate");
  if (template.kind === "embedded") {
    const dump = new Blob([readFileSync(template.dumpPath)]);
    const embedded = await startEmbeddedPostgres({ loadDataDir: dump });
    // One connection: PGlite's socket server interleaves concurrent connections' protocol messages (see src/db/database.ts).
    return { url: embedded.url, env: { DB_POOL_SIZE: "1" }, drop: () => embedded.stop() };
  }
  const name = `autodoctor_test_${process.ppid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(template.adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`));
  return {
    url: withDatabase(template.adminUrl, name),
    env: {},
    drop: () => withAdminClient(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
