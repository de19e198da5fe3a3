import { describe, expect, it } from "vitest";
import { checkImportRows, CSV_COLUMNS, marginBasisPoints, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseCsv, readImport, type RowCheck } from "./catalog-import.ts";

const HEADER = CSV_COLUMNS.join(",");

describe("reading CSV", () => {
  it("splits fields and rows, with quoted commas, doubled quotes, CRLF and blank lines", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\nd,e,\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["d", "e", ""],
    ]);
  });

  it("reports the row of an unterminated quote", () => {
    expect(parseCsv('a,b\nc,"d\n')).toEqual({ brokenAtRow: 1 });
  });
});

describe("reading an import", () => {
  it("gives CSV records by column name, a missing trailing field as empty", () => {
    expect(readImport("CSV", `${HEADER}\nP-1,Pad,brakes,100,150,3,2,2026-01-01`)).toEqual({
      records: [
        { partNumber: "P-1", name: "Pad", category: "brakes", wholesalePriceCents: "100", retailPriceCents: "150", availableQuantity: "3", leadTimeDays: "2", validFrom: "2026-01-01", validUntil: "" },
      ],
    });
  });

  it("accepts a header without validUntil, in any order", () => {
    const columns = CSV_COLUMNS.filter((c) => c !== "validUntil").reverse();
    expect(readImport("CSV", `${columns.join(",")}\n${columns.map(() => "x").join(",")}`)).toHaveProperty("records");
  });

  it("gives a JSON array's elements as they are", () => {
    expect(readImport("JSON", '[{"partNumber":"P-1"},7]')).toEqual({ records: [{ partNumber: "P-1" }, 7] });
  });

  it.each([
    ["CSV", "x".repeat(MAX_IMPORT_BYTES + 1), { row: 0, field: "content", reason: `must be at most ${MAX_IMPORT_BYTES} characters` }],
    ["JSON", "{", { row: 0, field: "content", reason: "is not valid JSON" }],
    ["JSON", '{"partNumber":"P-1"}', { row: 0, field: "content", reason: "must be a JSON array of parts" }],
    ["JSON", "[]", { row: 0, field: "content", reason: "has no rows" }],
    ["CSV", HEADER, { row: 0, field: "content", reason: "has no rows" }],
    ["CSV", `${HEADER},colour\nx`, { row: 0, field: "header", reason: `columns must be ${HEADER} (validUntil optional)` }],
    ["CSV", "partNumber,name\nx,y", { row: 0, field: "header", reason: `columns must be ${HEADER} (validUntil optional)` }],
    ["CSV", `${HEADER}\nP-1,"Pad`, { row: 1, field: "content", reason: "has an unterminated quoted field" }],
    ["JSON", JSON.stringify(Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}))), { row: 0, field: "content", reason: `must have at most ${MAX_IMPORT_ROWS} rows` }],
  ] as const)("refuses a whole %s import: %#", (format, content, rejection) => {
    expect(readImport(format, content)).toEqual({ rejected: [rejection] });
  });
});

describe("checking an import's rows", () => {
  type Part = { partNumber: string; validFrom: string };
  const check: RowCheck<Part> = (record) => {
    const part = record as Part & { bad?: string[] };
    return part.bad ? { problems: part.bad.map((field) => ({ field, reason: "is wrong" })) } : { part };
  };
  const keyOf = (part: Part) => `${part.partNumber}|${part.validFrom}`;

  it("keeps every part when every row passes", () => {
    const records = [
      { partNumber: "A", validFrom: "2026-01-01" },
      { partNumber: "A", validFrom: "2026-02-01" },
    ];
    expect(checkImportRows(records, check, keyOf)).toEqual({ parts: records, rejected: [] });
  });

  it("reports every problem of every row by 1-based row, and a repeated key", () => {
    const records = [
      { partNumber: "A", validFrom: "2026-01-01" },
      { partNumber: "B", validFrom: "2026-01-01", bad: ["name", "retailPriceCents"] },
      { partNumber: "A", validFrom: "2026-01-01" },
    ];
    expect(checkImportRows(records, check, keyOf).rejected).toEqual([
      { row: 2, field: "name", reason: "is wrong" },
      { row: 2, field: "retailPriceCents", reason: "is wrong" },
      { row: 3, field: "partNumber", reason: "repeats an earlier row with the same validFrom" },
    ]);
  });
});

describe("a part's margin", () => {
  it("is the retail price's share above wholesale, in basis points, rounded", () => {
    expect(marginBasisPoints(4_000, 6_200)).toBe(3_548);
    expect(marginBasisPoints(100, 175)).toBe(4_286);
    expect(marginBasisPoints(0, 0)).toBe(0);
  });
});
