// Where src/ touches each table: every Prisma delegate call (`tx.repairQuote.updateMany(...)`),
// every raw SQL write (`UPDATE "RepairQuote"`) and every raw SQL read (`FROM "Payment"`,
// `JOIN "Workshop"`, a `FOR UPDATE` lock is a read too) in a template or string literal, found
// with the TypeScript compiler's parser, and which of them write a status column. Read by tests/architecture/*.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";

/** Prisma's model names, from prisma/schema.prisma. */
export const MODELS: readonly string[] = [...readFileSync(join(PROJECT_ROOT, "prisma/schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

const SCHEMA = readFileSync(join(PROJECT_ROOT, "prisma/schema.prisma"), "utf8");
/** The models with a `status` column: the columns only their machine may write. */
export const WITH_STATUS: ReadonlySet<string> = new Set([...SCHEMA.matchAll(/^model (\w+) \{([^}]*)\}/gm)].filter((m) => /^\s+status\s/m.test(m[2]!)).map((m) => m[1]!));
const DELEGATES = new Map(MODELS.map((model) => [model[0]!.toLowerCase() + model.slice(1), model]));
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const SQL_WRITE = /\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+"(\w+)"/gi;
/** A table read in SQL: after FROM or any JOIN (not DELETE FROM, a write). Quoted names only: every model's table is quoted. */
const SQL_READ = /(?<!\bDELETE\s+)\b(?:FROM|JOIN)\s+"(\w+)"/gi;

/** One place a file touches a table. */
export interface TableAccess {
  /** Repository-relative path. */
  file: string;
  line: number;
  model: string;
  kind: "read" | "write";
  /** True for raw SQL (a tagged template, `$queryRaw*` or any string), false for a Prisma delegate call. */
  raw: boolean;
  /** True when the write sets a `status` column (a `status` key in `data`, or `status` in a raw UPDATE/INSERT). */
  writesStatus: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts") ? [path] : [];
  });
}

/** The initializer of the local `const` (or destructuring) that declares `name` in `source`, if any. */
function declaredValue(source: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const binds = (binding: ts.BindingName): boolean => (ts.isIdentifier(binding) ? binding.text === name : binding.elements.some((e) => !ts.isOmittedExpression(e) && binds(e.name)));
  const visit = (node: ts.Node): void => {
    if (!found && ts.isVariableDeclaration(node) && node.initializer && binds(node.name)) found = node.initializer;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Whether an expression a write stores (a `data`, `create` or `update` value, or one spread into
 * it) sets `status`: a `status` key in its text, or in the initializer of the local variable it names
 * (`const { id, ...row } = { ...report, status }`; `update: row`). A parameter's keys are not seen.
 */
function storesStatus(value: ts.Expression, source: ts.SourceFile): boolean {
  if (/\bstatus\s*:/.test(value.getText())) return true;
  const declared = ts.isIdentifier(value) ? declaredValue(source, value.text) : undefined;
  return declared !== undefined && /\bstatus\b/.test(declared.getText());
}

/** Whether an object literal (a write's argument) sets `status`, directly or in `data`/`create`/`update`. */
function setsStatus(node: ts.Node | undefined, source: ts.SourceFile): boolean {
  if (!node || !ts.isObjectLiteralExpression(node)) return node !== undefined && ts.isExpression(node) && storesStatus(node, source);
  return node.properties.some((p) => {
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (name === "status") return true;
    if (ts.isPropertyAssignment(p) && (name === "data" || name === "create" || name === "update")) {
      const value = p.initializer;
      if (ts.isArrayLiteralExpression(value)) return value.elements.some((e) => setsStatus(e, source));
      if (ts.isObjectLiteralExpression(value)) return setsStatus(value, source);
      // A computed `data` (a variable, a map(...)): its text, or the variable's initializer.
      return storesStatus(value, source);
    }
    // A spread (`{ ...row, id }`) stores what the spread value holds.
    return ts.isSpreadAssignment(p) && storesStatus(p.expression, source);
  });
}

/** The SQL a literal holds, without its `${...}` substitutions. */
function literalText(node: ts.TemplateExpression | ts.NoSubstitutionTemplateLiteral | ts.StringLiteral): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
}

/** Every table access in src/. */
export function tableAccesses(): TableAccess[] {
  return sourceFiles(join(PROJECT_ROOT, "src")).flatMap((path) => accessesIn(relative(PROJECT_ROOT, path), readFileSync(path, "utf8")));
}

/** The table accesses in one file's text (`file` is only recorded). */
export function accessesIn(file: string, text: string): TableAccess[] {
  const found: TableAccess[] = [];
  {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const target = node.expression.expression;
        if (ts.isPropertyAccessExpression(target) && DELEGATES.has(target.name.text) && (WRITES.has(method) || READS.has(method))) {
          const write = WRITES.has(method);
          const model = DELEGATES.get(target.name.text)!;
          found.push({ file, line: lineOf(node), model, kind: write ? "write" : "read", raw: false, writesStatus: write && WITH_STATUS.has(model) && setsStatus(node.arguments[0], source) });
        }
      }
      if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) {
        const sql = node.getText();
        for (const match of sql.matchAll(SQL_WRITE)) {
          if (MODELS.includes(match[1]!)) {
            found.push({ file, line: lineOf(node), model: match[1]!, kind: "write", raw: true, writesStatus: WITH_STATUS.has(match[1]!) && /"?status"?\s*=|\(\s*[^)]*"status"/i.test(sql) });
          }
        }
        // Reads in the literal text only: a nested Prisma.sql`...` inside a ${...} is visited on its own.
        for (const match of literalText(node).matchAll(SQL_READ)) {
          if (MODELS.includes(match[1]!)) found.push({ file, line: lineOf(node), model: match[1]!, kind: "read", raw: true, writesStatus: false });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
