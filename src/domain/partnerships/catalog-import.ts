/** One rejected row of a catalog import: 1-based data row (the CSV header is not a row; 0: the whole import), field, reason. */
export interface ImportRejection {
  row: number;
  field: string;
  reason: string;
}

/** At most this many parts per import. */
export const MAX_IMPORT_ROWS = 5_000;
/** At most this many characters of content per import. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** A CSV import's columns, in any order; validUntil may be left out. */
export const CSV_COLUMNS = ["partNumber", "name", "category", "wholesalePriceCents", "retailPriceCents", "availableQuantity", "leadTimeDays", "validFrom", "validUntil"] as const;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows of fields (blank lines dropped), or the line of a broken quote. */
export function parseCsv(content: string): string[][] | { brokenAtRow: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && content[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) return { brokenAtRow: rows.length };
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ""));
}

const refused = (field: string, reason: string) => ({ rejected: [{ row: 0, field, reason }] });

/**
 * Reads an import's records before any row is checked: a JSON array of objects, or CSV with a
 * header row naming CSV_COLUMNS (a CSV record's fields are strings; a missing field is ""). One
 * rejection of row 0 when the content as a whole is refused: too long, not JSON or not an array,
 * a broken quote, a wrong header, no rows, more than MAX_IMPORT_ROWS.
 */
export function readImport(format: "CSV" | "JSON", content: string): { records: unknown[] } | { rejected: ImportRejection[] } {
  if (content.length > MAX_IMPORT_BYTES) return refused("content", `must be at most ${MAX_IMPORT_BYTES} characters`);
  let records: unknown[];
  if (format === "JSON") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      return refused("content", "is not valid JSON");
    }
    if (!Array.isArray(parsed)) return refused("content", "must be a JSON array of parts");
    records = parsed;
  } else {
    const parsed = parseCsv(content);
    if (!Array.isArray(parsed)) return { rejected: [{ row: parsed.brokenAtRow, field: "content", reason: "has an unterminated quoted field" }] };
    const [header, ...data] = parsed;
    const columns = (header ?? []).map((h) => h.trim());
    const unknown = columns.find((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
    const missing = CSV_COLUMNS.filter((c) => c !== "validUntil" && !columns.includes(c));
    if (unknown !== undefined || missing.length) return refused("header", `columns must be ${CSV_COLUMNS.join(",")} (validUntil optional)`);
    records = data.map((fields) => Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? ""])));
  }
  if (records.length === 0) return refused("content", "has no rows");
  if (records.length > MAX_IMPORT_ROWS) return refused("content", `must have at most ${MAX_IMPORT_ROWS} rows`);
  return { records };
}

/** One record's check (`row`: its 1-based place, as reported): the part it is, or its problems (field, reason; never the submitted value). */
export type RowCheck<T> = (record: unknown, row: number) => { part: T } | { problems: { field: string; reason: string }[] };

/**
 * Checks every record with `check` and reports every problem by 1-based row, including a part
 * repeated with the same key (`keyOf`: part number and validFrom) as an earlier row. The caller
 * writes the parts only when nothing was rejected.
 */
export function checkImportRows<T>(records: readonly unknown[], check: RowCheck<T>, keyOf: (part: T) => string): { parts: T[]; rejected: ImportRejection[] } {
  const parts: T[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const row = index + 1;
    const result = check(record, row);
    if ("problems" in result) {
      for (const problem of result.problems) rejected.push({ row, ...problem });
      return;
    }
    const key = keyOf(result.part);
    if (seen.has(key)) rejected.push({ row, field: "partNumber", reason: "repeats an earlier row with the same validFrom" });
    seen.add(key);
    parts.push(result.part);
  });
  return { parts, rejected };
}

/**
 * The margin of a part on its retail price, in basis points, rounded: (retail - wholesale) /
 * retail; 0 for a part given away (retail 0). Seed: wholesale 4,000, retail 6,200 cents -> 3,548.
 */
export function marginBasisPoints(wholesalePriceCents: number, retailPriceCents: number): number {
  return retailPriceCents ? Math.round(((retailPriceCents - wholesalePriceCents) * 10_000) / retailPriceCents) : 0;
}
