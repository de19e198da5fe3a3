// Where src/ touches each table, found with the TypeScript type checker (one ts.Program over src/
// with the project's tsconfig), and which of those touches write a state column. Read by
// tests/architecture/*.test.ts.
//
// - A Prisma call is any call whose receiver's TYPE is a model delegate (`RepairQuoteDelegate`),
//   however the delegate was reached: `tx.repairQuote`, an alias, a destructured binding,
//   `tx["repairQuote"]`, a parameter. A Prisma method's name called on an `any` receiver is a stray
//   access to an unknown table (UNTYPED).
// - What a write stores is judged from the argument's type, not its text: a state column the type
//   permits (a literal's key, a parameter's declared type, a helper's return type) counts as written
//   unless the type excludes it (`Omit<..., "status">`); `any`, an index signature or an unresolved
//   generic counts as every column. Relation fields (prisma/schema.prisma) are walked, so a nested
//   `escalation: { update: { status } }` touches Escalation and writes its status.
// - Raw SQL is every string and template literal: INSERT/UPDATE/DELETE/MERGE on a table (quoted or
//   not, schema-qualified or not) is a write, FROM/JOIN a read. A raw INSERT/UPDATE/MERGE on a table
//   with a state column counts as writing it whatever the text names: `${fragment}` splices, triggers
//   and column-less INSERTs make the text an unreliable witness, and such a statement belongs in the
//   machine anyway (a store writes the other columns through a delegate, which the checker judges).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";
import { EXTRA_STATE_COLUMNS } from "./owners.ts";

/** One field of a model in prisma/schema.prisma. */
interface Field {
  name: string;
  type: string;
  list: boolean;
  /** The related model, for a relation field. */
  relation?: string;
  /** For a relation: this side holds the foreign key (`@relation(fields: [...])`). */
  holdsKey: boolean;
}

const SCHEMA = readFileSync(join(PROJECT_ROOT, "prisma/schema.prisma"), "utf8");
const BLOCKS = [...SCHEMA.matchAll(/^model (\w+) \{([^}]*)\}/gm)].map((m) => ({ model: m[1]!, body: m[2]! }));

/** Prisma's model names, from prisma/schema.prisma. */
export const MODELS: readonly string[] = BLOCKS.map((b) => b.model);

/** Each model's fields, from prisma/schema.prisma. */
export const FIELDS: ReadonlyMap<string, readonly Field[]> = new Map(
  BLOCKS.map(({ model, body }) => [
    model,
    [...body.matchAll(/^\s+(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/gm)].map(([, name, type, list, , rest]) => ({
      name: name!,
      type: type!,
      list: list !== undefined,
      relation: MODELS.includes(type!) ? type : undefined,
      holdsKey: /@relation\([^)]*fields:/.test(rest!),
    })),
  ]),
);

/** Each enum column, `Model.column` -> enum name (for owners.ts's classification of state columns). */
export const ENUM_COLUMNS: ReadonlyMap<string, string> = new Map(
  [...SCHEMA.matchAll(/^enum (\w+) \{/gm)].flatMap((e) => [...FIELDS].flatMap(([model, fields]) => fields.filter((f) => f.type === e[1]).map((f) => [`${model}.${f.name}`, f.type] as const))),
);

/** The state columns of each model that has one: every `status` column and those owners.ts adds (`vettingStatus`). */
export const STATE_COLUMNS: ReadonlyMap<string, readonly string[]> = new Map(
  MODELS.map(
    (model) =>
      [
        model,
        FIELDS.get(model)!
          .filter((f) => f.name === "status" || `${model}.${f.name}` in EXTRA_STATE_COLUMNS)
          .map((f) => f.name),
      ] as const,
  ).filter(([, columns]) => columns.length > 0),
);

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
/** Nested relation operations that carry rows of the related model to store. */
const NESTED_DATA = new Set(["create", "createMany", "update", "updateMany", "upsert", "connectOrCreate"]);
/** Nested relation operations that only (un)link or delete: a write of the related row unless this side holds the key. */
const NESTED_LINK = new Set(["connect", "disconnect", "set"]);
const NESTED_DELETE = new Set(["delete", "deleteMany"]);
/** Keys that wrap a payload (`{ where, data }`, an upsert's `create`/`update`), when they are not the model's own fields. */
const WRAPPERS = ["data", "create", "update"];

/** The model of a Prisma-named call (`update`, `findMany`, ...) on an `any` receiver: no owner has it, so it is always a stray. */
export const UNTYPED = "(untyped receiver)";

/** One place a file touches a table. */
export interface TableAccess {
  /** Repository-relative path. */
  file: string;
  line: number;
  model: string;
  kind: "read" | "write";
  /** True for raw SQL (a string or template literal), false for a Prisma delegate call or a nested relation write. */
  raw: boolean;
  /** The state columns of `model` the write may set (empty for reads and deletes). */
  stateColumns: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts") ? [path] : [];
  });
}

/** A checked view of src/ (plus in-memory files), built once: `accesses(file)` lists one file's table accesses. */
export interface Scanner {
  /** Repository-relative paths of src/'s scanned files (without the in-memory ones). */
  srcFiles: readonly string[];
  /** The table accesses in one repository-relative file of the program. */
  accesses(file: string): TableAccess[];
  /** The type errors in these repository-relative files, as `<file>:<line> <message>`. */
  diagnostics(files: readonly string[]): string[];
}

/**
 * Builds one ts.Program over src/ with tsconfig.json's options, plus `extra` files (repository-relative
 * path -> text) that exist only in memory (the scanner's fixtures, e.g. at `src/modules/x/probe.service.ts`
 * so their imports of src/ resolve). Measured on this repository (2 cores): about 13 s of CPU to
 * build (parsing src/, Prisma's generated client and the libraries' typings, Stripe's the largest),
 * then about 5 s to scan src/ (the checker resolving Prisma's delegate and input types).
 */
export function createScanner(extra: Readonly<Record<string, string>> = {}): Scanner {
  const config = ts.readConfigFile(join(PROJECT_ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT);
  const virtual = new Map(Object.entries(extra).map(([file, text]) => [join(PROJECT_ROOT, file), text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, language, true) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  const srcFiles = sourceFiles(join(PROJECT_ROOT, "src"));
  const program = ts.createProgram({ rootNames: [...srcFiles, ...virtual.keys()], options, host });
  const checker = program.getTypeChecker();
  const sourceOf = (file: string) => {
    const source = program.getSourceFile(join(PROJECT_ROOT, file));
    if (!source) throw new Error(`${file} is not in the program`);
    return source;
  };
  return {
    srcFiles: srcFiles.map((path) => relative(PROJECT_ROOT, path)),
    accesses: (file) => accessesIn(checker, file, sourceOf(file)),
    diagnostics: (files) =>
      files.flatMap((file) =>
        program.getSemanticDiagnostics(sourceOf(file)).map((d) => `${file}:${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`),
      ),
  };
}

/** The model whose delegate `type` is (`RepairQuoteDelegate<...>` -> RepairQuote), for a generated Prisma delegate type. */
function delegateModel(checker: ts.TypeChecker, type: ts.Type): string | undefined {
  for (const t of constituents(checker, type)) {
    const symbol = t.aliasSymbol ?? t.getSymbol();
    const model = symbol?.name.match(/^(\w+)Delegate$/)?.[1];
    const generated = symbol?.declarations?.some((d) => d.getSourceFile().fileName.includes("/db/generated/"));
    if (model && generated && MODELS.includes(model)) return model;
  }
  return undefined;
}

/** A type's union members (or itself), without null/undefined, generics replaced by their constraint. */
function constituents(checker: ts.TypeChecker, type: ts.Type): ts.Type[] {
  const t = type.flags & ts.TypeFlags.TypeParameter ? (checker.getBaseConstraintOfType(type) ?? checker.getAnyType()) : checker.getNonNullableType(type);
  return t.isUnion() ? t.types.flatMap((u) => constituents(checker, u)) : [t];
}

/** Whether a payload type could hold any key (any, unknown, an index signature): every column counts as written. */
function opaque(checker: ts.TypeChecker, t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 || checker.getIndexInfosOfType(t).some((info) => info.keyType.flags & (ts.TypeFlags.String | ts.TypeFlags.Any));
}

/** One model touched by a write's payload, and the state columns it may set. */
type Touches = Map<string, { kind: "read" | "write"; stateColumns: Set<string> }>;

/**
 * What a write payload of `model` (a `data` value, an args object, a nested `create`) may store,
 * judged from its type `type`: the model's state columns the type has, and through each relation
 * field it has, the related model touched by the nested operations it has (recursively).
 */
function payloadTouches(checker: ts.TypeChecker, type: ts.Type, model: string, at: ts.Node, touches: Touches, seen: Set<string>): void {
  const touch = (m: string, kind: "read" | "write") => {
    const entry = touches.get(m) ?? { kind, stateColumns: new Set<string>() };
    if (kind === "write") entry.kind = "write";
    touches.set(m, entry);
    return entry;
  };
  const propertyType = (t: ts.Type, name: string) => {
    const property = checker.getPropertyOfType(t, name);
    return property && checker.getTypeOfSymbolAtLocation(property, at);
  };
  for (const member of constituents(checker, type)) {
    const t = checker.isArrayType(member) || checker.isTupleType(member) ? checker.getTypeArguments(member as ts.TypeReference)[0] : member;
    if (!t) continue;
    const entry = touch(model, "write");
    if (opaque(checker, t)) {
      for (const column of STATE_COLUMNS.get(model) ?? []) entry.stateColumns.add(column);
      continue;
    }
    // Strings, numbers, booleans (`delete: true`) store no columns.
    if (!(t.flags & ts.TypeFlags.Object) && !t.isIntersection()) continue;
    const key = `${model}:${(t as unknown as { id: number }).id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fields = FIELDS.get(model)!;
    for (const column of STATE_COLUMNS.get(model) ?? []) if (checker.getPropertyOfType(t, column)) entry.stateColumns.add(column);
    for (const field of fields) {
      const nested = field.relation && propertyType(t, field.name);
      if (!nested) continue;
      for (const ops of constituents(checker, nested)) {
        for (const op of [...NESTED_DATA, ...NESTED_LINK, ...NESTED_DELETE]) {
          const value = propertyType(ops, op);
          if (!value) continue;
          touch(field.relation!, NESTED_LINK.has(op) && field.holdsKey ? "read" : "write");
          if (NESTED_DATA.has(op)) payloadTouches(checker, value, field.relation!, at, touches, seen);
        }
      }
    }
    for (const wrapper of WRAPPERS) {
      const value = !fields.some((f) => f.name === wrapper) && propertyType(t, wrapper);
      if (value) payloadTouches(checker, value, model, at, touches, seen);
    }
  }
}

/** The called method's name and its receiver, for `r.m(...)`, `r?.m(...)` and `r["m"](...)` (name undefined when computed). */
function methodCall(call: ts.CallExpression): { receiver: ts.Expression; method: string | undefined } | undefined {
  const callee = ts.skipPartiallyEmittedExpressions(call.expression);
  if (ts.isPropertyAccessExpression(callee)) return { receiver: callee.expression, method: callee.name.text };
  if (ts.isElementAccessExpression(callee)) {
    const name = callee.argumentExpression;
    return { receiver: callee.expression, method: ts.isStringLiteralLike(name) ? name.text : undefined };
  }
  return undefined;
}

/**
 * A raw SQL statement's verb and table: INSERT INTO / UPDATE / DELETE FROM / MERGE INTO, an optional
 * ONLY and schema (`public."X"`), then the table, quoted or not (groups: verb, quote, table).
 */
const SQL_WRITE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO)\s+(?:ONLY\s+)?(?:"?\w+"?\s*\.\s*)?(")?(\w+)"?/gi;
/** A table read in SQL: after FROM or any JOIN, not DELETE FROM (a write); same groups. */
const SQL_READ = /(?<!\bDELETE\s+)\b(FROM|JOIN)\s+(?:ONLY\s+)?(?:"?\w+"?\s*\.\s*)?(")?(\w+)"?/gi;
const MODEL_BY_NAME = new Map(MODELS.map((model) => [model.toLowerCase(), model]));

/**
 * The model a SQL match names: a quoted table by its exact name, an unquoted one by any case. An
 * unquoted name counts only after an upper-case verb, so prose ("could not update payment") is not SQL.
 */
function sqlModel(match: RegExpMatchArray): string | undefined {
  const [, verb, quote, table] = match;
  if (quote) return MODELS.includes(table!) ? table : undefined;
  return verb === verb!.toUpperCase() ? MODEL_BY_NAME.get(table!.toLowerCase()) : undefined;
}

/** The SQL a literal holds (its cooked text, so `\"X\"` reads `"X"`), each `${...}` replaced by a space. */
function literalText(node: ts.TemplateExpression | ts.NoSubstitutionTemplateLiteral | ts.StringLiteral): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
}

function accessesIn(checker: ts.TypeChecker, file: string, source: ts.SourceFile): TableAccess[] {
  const found: TableAccess[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    const call = ts.isCallExpression(node) ? methodCall(node) : undefined;
    if (call && (call.method === undefined || WRITES.has(call.method) || READS.has(call.method))) {
      const receiver = checker.getTypeAtLocation(call.receiver);
      const model = delegateModel(checker, receiver);
      // A Prisma method's name on an untyped receiver (`(tx as any)[name].update(...)`): a table the checker cannot name.
      if (!model && call.method !== undefined && receiver.flags & ts.TypeFlags.Any) found.push({ file, line: lineOf(node), model: UNTYPED, kind: "write", raw: false, stateColumns: [] });
      if (model) {
        const line = lineOf(node);
        if (call.method !== undefined && READS.has(call.method)) found.push({ file, line, model, kind: "read", raw: false, stateColumns: [] });
        else if (call.method !== undefined && (call.method === "delete" || call.method === "deleteMany")) found.push({ file, line, model, kind: "write", raw: false, stateColumns: [] });
        else {
          // A write (or a method named at run time): what its argument's type lets it store.
          const touches: Touches = new Map([[model, { kind: "write", stateColumns: new Set<string>() }]]);
          const arg = (node as ts.CallExpression).arguments[0];
          if (arg) payloadTouches(checker, checker.getTypeAtLocation(arg), model, arg, touches, new Set());
          for (const [m, { kind, stateColumns }] of touches) found.push({ file, line, model: m, kind, raw: false, stateColumns: [...stateColumns] });
        }
      }
    }
    if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) {
      // Each literal on its own: a Prisma.sql fragment spliced into a statement is a literal too.
      const sql = literalText(node);
      for (const match of sql.matchAll(SQL_WRITE)) {
        const model = sqlModel(match);
        const setsRow = !/^DELETE/i.test(match[1]!);
        if (model) found.push({ file, line: lineOf(node), model, kind: "write", raw: true, stateColumns: setsRow ? [...(STATE_COLUMNS.get(model) ?? [])] : [] });
      }
      for (const match of sql.matchAll(SQL_READ)) {
        const model = sqlModel(match);
        if (model) found.push({ file, line: lineOf(node), model, kind: "read", raw: true, stateColumns: [] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
