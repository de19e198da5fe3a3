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
  drop(): Promise<void>;
}

/** A fresh, migrated database of the kind this run uses, private to the calling test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("databaseTemplate");
  if (template.kind === "embedded") {
    const dump = new Blob([readFileSync(template.dumpPath)]);
    const embedded = await startEmbeddedPostgres({ loadDataDir: dump });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `autodoctor_test_${process.ppid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(template.adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`));
  return {
    url: withDatabase(template.adminUrl, name),
    drop: () => withAdminClient(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
