import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { dumpEmbedded, startEmbeddedPostgres } from "../../src/db/embedded.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import type { TestDatabaseTemplate } from "./database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: TestDatabaseTemplate;
  }
}

/**
 * Migrates one template database per run; every test file then gets its own copy (a PGlite dump
 * or `CREATE DATABASE ... TEMPLATE`), so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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

  const dir = mkdtempSync(join(tmpdir(), "autodoctor-template-"));
  const dataDir = join(dir, "data");
  const embedded = await startEmbeddedPostgres({ dataDir });
  try {
    await applyMigrations(embedded.url);
  } finally {
    await embedded.stop();
  }
  const dumpPath = join(dir, "template.tar");
  writeFileSync(dumpPath, Buffer.from(await (await dumpEmbedded(dataDir)).arrayBuffer()));
  project.provide("databaseTemplate", { kind: "embedded", dumpPath });
  return async () => rmSync(dir, { recursive: true, force: true });
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
