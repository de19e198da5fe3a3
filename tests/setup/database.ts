import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { copyTemplate } from "../../src/platform/db/embedded-template.ts";
import { startEmbeddedPostgres } from "../../src/platform/db/embedded.ts";
import { embeddedDirPrefix, withAdminClient, withDatabase } from "./global-setup.ts";

export type TestDatabaseTemplate = { kind: "postgres"; adminUrl: string; template: string } | { kind: "embedded"; templateDir: string };

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
    // Named after the run (the workers' parent), whose teardown deletes what a crashed file left.
    const dir = mkdtempSync(join(tmpdir(), embeddedDirPrefix(process.ppid)));
    const dataDir = join(dir, "data");
    copyTemplate(template.templateDir, dataDir);
    const embedded = await startEmbeddedPostgres({ dataDir });
    return {
      url: embedded.url,
      // One connection: PGlite's socket server interleaves concurrent connections' protocol messages (see src/platform/db/database.ts).
      env: { DB_POOL_SIZE: "1" },
      drop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `autodoctor_test_${process.ppid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(template.adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`));
  return {
    url: withDatabase(template.adminUrl, name),
    env: {},
    drop: () => withAdminClient(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
