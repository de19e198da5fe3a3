import type pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/client.ts";
import { sqlReader, statementNames } from "./sql.ts";

describe("the names statements run under", () => {
  it("prepares a text from its third run on, always under the same name", () => {
    const nameOf = statementNames();
    expect([nameOf("SELECT 1"), nameOf("SELECT 1")]).toEqual([undefined, undefined]);
    const name = nameOf("SELECT 1");
    expect(name).toBeDefined();
    expect(nameOf("SELECT 1")).toBe(name);
    expect(nameOf("SELECT 2")).toBeUndefined();
  });

  it("gives distinct texts distinct names, and names no more than 200 texts", () => {
    const nameOf = statementNames();
    const names = Array.from({ length: 300 }, (_, i) => [1, 2, 3].map(() => nameOf(`SELECT ${i}`)).at(-1));
    expect(new Set(names.slice(0, 200)).size).toBe(200);
    expect(names.slice(200)).toEqual(Array(100).fill(undefined));
  });
});

describe("reads behind a transaction-mode pooler (DB_PREPARED_STATEMENTS=off)", () => {
  /** A pool that records the name each query ran under. */
  const recordingPool = (names: Array<string | undefined>) => ({ query: async (config: { name?: string }) => (names.push(config.name), { rows: [] }) }) as unknown as pg.Pool;

  it("never names a statement, however often it runs", async () => {
    const names: Array<string | undefined> = [];
    const reader = sqlReader(recordingPool(names), { preparedStatements: false });
    for (let i = 0; i < 5; i++) await reader.rows(Prisma.sql`SELECT 1`);
    expect(names).toEqual(Array(5).fill(undefined));
  });

  it("names a recurring one by default", async () => {
    const names: Array<string | undefined> = [];
    const reader = sqlReader(recordingPool(names));
    for (let i = 0; i < 5; i++) await reader.rows(Prisma.sql`SELECT 1`);
    expect(names.slice(2).every((name) => name !== undefined)).toBe(true);
  });
});
