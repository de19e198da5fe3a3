// Issue 17: each aggregate's tables are touched only by its module's store and machine, and each
// state column is written only by its machine. The scanner (table-access.ts) reads src/ with the
// TypeScript type checker; the fixtures (table-access.fixtures.ts) show it finds each shape that
// slipped past the parser-only scanner, so the last tests cannot pass by finding nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { EXTRA_STATE_COLUMNS, NOT_STATE_COLUMNS, OWNER, RAW_READ_ALLOWANCES, RAW_READ_PENDING } from "./owners.ts";
import { FIXTURES } from "./table-access.fixtures.ts";
import { createScanner, ENUM_COLUMNS, MODELS, STATE_COLUMNS, type Scanner, type TableAccess } from "./table-access.ts";

const allowed = (a: TableAccess) => new RegExp(`^src/modules/${OWNER[a.model]}/[\\w-]+\\.(store|machine)\\.ts$`).test(a.file);
/** A raw SQL read of another module's table reviewed to stay, or listed to be moved (owners.ts). */
const rawReadListed = (a: TableAccess) => a.raw && a.kind === "read" && (`${a.file} ${a.model}` in RAW_READ_ALLOWANCES || `${a.file} ${a.model}` in RAW_READ_PENDING);
const stateAllowed = (a: TableAccess) => new RegExp(`^src/modules/${OWNER[a.model]}/[\\w-]+\\.machine\\.ts$`).test(a.file);
const fixtureFile = (name: string) => `src/modules/payments/${name}.service.ts`;
const summary = (a: TableAccess) => [a.model, a.kind, ...(a.raw ? ["raw"] : []), ...a.stateColumns].join(" ");

// One program for src/ and the fixtures: building it and checking what the scan asks costs most of this file's time.
let scanner: Scanner;
let accesses: TableAccess[];
beforeAll(() => {
  scanner = createScanner(Object.fromEntries(Object.entries(FIXTURES).map(([name, { text }]) => [fixtureFile(name), text])));
  accesses = scanner.srcFiles.flatMap((file) => scanner.accesses(file));
}, 120_000);

describe("the table-access scanner", () => {
  it.each(Object.entries(FIXTURES))("finds what fixture %s touches", (name, { finds }) => {
    expect([...new Set(scanner.accesses(fixtureFile(name)).map(summary))].sort()).toEqual([...finds].sort());
  });

  it("is fed fixtures that type-check (each shape passes tsc, as it did in review)", () => {
    expect(scanner.diagnostics(Object.keys(FIXTURES).map(fixtureFile))).toEqual([]);
  });

  it("finds the tables src/ touches today", () => {
    const models = new Set(accesses.map((a) => a.model));
    for (const model of ["User", "DiagnosticSession", "RepairQuote", "ChatMessage", "Payment", "LedgerEntry", "Partnership"]) expect(models).toContain(model);
  });
});

describe("one owner per table", () => {
  it("gives every model an owning module", () => {
    expect(MODELS.filter((model) => !(model in OWNER))).toEqual([]);
  });

  it("classes every ...Status enum column as a state column or not (owners.ts)", () => {
    const unclassed = [...ENUM_COLUMNS]
      .filter(([column, type]) => type.endsWith("Status") && !column.endsWith(".status") && !(column in EXTRA_STATE_COLUMNS) && !(column in NOT_STATE_COLUMNS))
      .map(([column]) => column);
    expect(unclassed).toEqual([]);
  });

  it("touches each table only from its owner's store or machine", () => {
    const strays = [...new Set(accesses.filter((a) => !allowed(a) && !rawReadListed(a)).map((a) => `${a.file} ${a.model} ${a.kind}`))];
    expect(strays).toEqual([]);
  });

  it("lists in owners.ts only raw reads that exist (the lists only shrink)", () => {
    const reads = new Set(accesses.filter((a) => a.raw && a.kind === "read" && !allowed(a)).map((a) => `${a.file} ${a.model}`));
    expect([...Object.keys(RAW_READ_ALLOWANCES), ...Object.keys(RAW_READ_PENDING)].filter((key) => !reads.has(key))).toEqual([]);
  });

  it("writes each state column in exactly one file, its owner's machine", () => {
    const writers = new Map<string, Set<string>>();
    for (const a of accesses) for (const column of a.stateColumns) writers.set(`${a.model}.${column}`, (writers.get(`${a.model}.${column}`) ?? new Set()).add(a.file));
    const columns = [...STATE_COLUMNS].flatMap(([model, names]) => names.map((name) => `${model}.${name}`));
    const notOne = columns.filter((column) => writers.get(column)?.size !== 1).map((column) => `${column}: ${[...(writers.get(column) ?? [])].join(", ") || "no writer found"}`);
    expect(notOne).toEqual([]);
  });

  it("writes each state column only in its owner's machine", () => {
    const strays = accesses.filter((a) => a.stateColumns.length > 0 && !stateAllowed(a));
    expect(strays.map((a) => `${a.file}:${a.line} ${a.model}.${a.stateColumns.join("/")}`)).toEqual([]);
  });
});
