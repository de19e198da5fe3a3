import { readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startBundle } from "../../scripts/start-bundle.mjs";
import { migratedTemplate } from "../../src/platform/db/embedded-template.ts";
import { applyMigrations } from "../../src/platform/db/migrate.ts";
import type { TestDatabaseTemplate } from "./database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: TestDatabaseTemplate;
  }
}

/**
 * Migrates one template database per run (PostgreSQL), or finds the cached migrated embedded
 * template (built once per set of migrations); every test file then gets its own copy (a copied
 * PGlite data directory or `CREATE DATABASE ... TEMPLATE`), so files run in parallel without
 * sharing rows.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Tests that spawn the API as `npm start` does (tests/setup/spawn-api.ts) find its bundle
  // built, so no test pays for a rebuild after a source change.
  await startBundle();
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const template = `autodoctor_template_${process.pid}`;
    await withAdminClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${template}`);
      await client.query(`CREATE DATABASE ${template}`);
    });
    await applyMigrations(withDatabase(adminUrl, template));
    project.provide("databaseTemplate", { kind: "postgres", adminUrl, template });
    return async () => {
      await withAdminClient(adminUrl, async (client) => {
        const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`autodoctor_test_${process.pid}_%`]);
        for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
        await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      });
    };
  }

  project.provide("databaseTemplate", { kind: "embedded", templateDir: await migratedTemplate(() => console.log("building the embedded database template (once per set of migrations)...")) });
  return async () => {
    const prefix = embeddedDirPrefix(process.pid);
    for (const name of readdirSync(tmpdir())) if (name.startsWith(prefix)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  };
}

/** The prefix of the embedded databases' directories of the test run whose main process is `runPid`. */
export function embeddedDirPrefix(runPid: number): string {
  return `autodoctor-test-${runPid}-`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
