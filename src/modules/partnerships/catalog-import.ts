import { z } from "zod";
import { nameHoldsContactDetails } from "../../authz/content-enforce.ts";
import { nameFieldsOf, type ContentRule } from "../../authz/content-policy.ts";
import { MAX_QUOTE_TOTAL_CENTS } from "../../domain/money/pricing.ts";
import { calendarDay } from "../shared/dates.ts";
import { partNumberSchema } from "../shared/part-number.ts";

/** One rejected row of a catalog import: 1-based data row (the CSV header is not a row), field, reason. */
export interface ImportRejection {
  row: number;
  field: string;
  reason: string;
}

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 1_000_000;

const cents = z.coerce
  .number({ error: "must be a whole number of cents" })
  .int("must be a whole number of cents")
  .min(0, "must not be negative")
  .max(MAX_QUOTE_TOTAL_CENTS, "is above the quote limit");
const day = calendarDay;

/** A price list part, as the upsert mutation and the import both accept it. */
export const catalogPartSchema = z
  .object({
    partNumber: partNumberSchema,
    name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
    category: z
      .string()
      .trim()
      .min(1, "is required")
      .max(64, "must be at most 64 characters")
      .transform((v) => v.toLowerCase()),
    wholesalePriceCents: cents,
    retailPriceCents: cents,
    availableQuantity: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must not be negative").max(1_000_000, "is too large"),
    leadTimeDays: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must not be negative").max(365, "must be at most 365"),
    validFrom: day,
    validUntil: day.nullish().or(z.literal("").transform(() => null)),
  })
  .strict()
  .superRefine((part, ctx) => {
    if (part.retailPriceCents < part.wholesalePriceCents) ctx.addIssue({ code: "custom", path: ["retailPriceCents"], message: "must not be below wholesalePriceCents" });
    if (part.validUntil && part.validUntil < part.validFrom) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "must not be before validFrom" });
  });
export type CatalogPartData = z.infer<typeof catalogPartSchema>;

/** CatalogPartInput's NAME fields (authz/content-policy.ts): a row with a contact detail in one is rejected, like the upsert. */
const NAME_FIELDS = nameFieldsOf("CatalogPartInput") as Array<[keyof CatalogPartData, ContentRule]>;

export const CSV_COLUMNS = ["partNumber", "name", "category", "wholesalePriceCents", "retailPriceCents", "availableQuantity", "leadTimeDays", "validFrom", "validUntil"] as const;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows of fields, or the line of a broken quote. */
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

/**
 * Parses and validates a whole import. Every row is checked and every problem reported (row,
 * field, reason; never the submitted value), including a part number repeated for the same
 * `validFrom`. The caller applies the rows only when nothing was rejected.
 */
export function validateCatalogImport(format: "CSV" | "JSON", content: string): { rows: CatalogPartData[]; rejected: ImportRejection[] } {
  if (content.length > MAX_IMPORT_BYTES) return { rows: [], rejected: [{ row: 0, field: "content", reason: `must be at most ${MAX_IMPORT_BYTES} characters` }] };
  let records: unknown[];
  if (format === "JSON") {
    try {
      const parsed: unknown = JSON.parse(content);
      if (!Array.isArray(parsed)) return { rows: [], rejected: [{ row: 0, field: "content", reason: "must be a JSON array of parts" }] };
      records = parsed;
    } catch {
      return { rows: [], rejected: [{ row: 0, field: "content", reason: "is not valid JSON" }] };
    }
  } else {
    const parsed = parseCsv(content);
    if (!Array.isArray(parsed)) return { rows: [], rejected: [{ row: parsed.brokenAtRow, field: "content", reason: "has an unterminated quoted field" }] };
    const [header, ...data] = parsed;
    const columns = (header ?? []).map((h) => h.trim());
    const unknown = columns.find((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
    const missing = CSV_COLUMNS.filter((c) => c !== "validUntil" && !columns.includes(c));
    if (unknown !== undefined || missing.length) {
      return { rows: [], rejected: [{ row: 0, field: "header", reason: `columns must be ${CSV_COLUMNS.join(",")} (validUntil optional)` }] };
    }
    records = data.map((fields) => Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? ""])));
  }
  if (records.length === 0) return { rows: [], rejected: [{ row: 0, field: "content", reason: "has no rows" }] };
  if (records.length > MAX_IMPORT_ROWS) return { rows: [], rejected: [{ row: 0, field: "content", reason: `must have at most ${MAX_IMPORT_ROWS} rows` }] };

  const rows: CatalogPartData[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const row = index + 1;
    const result = catalogPartSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) rejected.push({ row, field: issue.path.join(".") || "row", reason: issue.code === "unrecognized_keys" ? "has unknown fields" : issue.message });
      return;
    }
    const named = NAME_FIELDS.filter(([field, rule]) => nameHoldsContactDetails(rule, String(result.data[field] ?? ""))).map(([field]) => field);
    for (const field of named) rejected.push({ row, field, reason: "must not contain contact details" });
    if (named.length) return;
    const key = `${result.data.partNumber}\u0000${result.data.validFrom}`;
    if (seen.has(key)) rejected.push({ row, field: "partNumber", reason: "repeats an earlier row with the same validFrom" });
    seen.add(key);
    rows.push(result.data);
  });
  return { rows, rejected };
}
