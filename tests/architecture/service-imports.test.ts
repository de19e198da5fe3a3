// Issue 17: a service is use cases over the container's stores, machines and domain functions;
// it never holds the database client nor builds a query. A `*.service.ts` file may name the
// transaction handle (`Tx`, passed through to the stores it opened from) and the schema's enums
// (the domain's vocabulary), but not `PrismaClient` nor the `Prisma` namespace (query shapes).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";

const FORBIDDEN = new Set(["PrismaClient", "Prisma"]);
const DATABASE_MODULE = /platform\/db\/(prisma|generated\/client)(\.ts)?$|^@prisma\/client$/;

/** The Prisma names a file imports from the database modules (`import { Prisma }`, `import type { PrismaClient }`). */
export function prismaImportsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !DATABASE_MODULE.test(statement.moduleSpecifier.text)) return [];
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) return [`* as ${bindings.name.text}`];
    if (!bindings) return [];
    return bindings.elements.map((e) => (e.propertyName ?? e.name).text).filter((name) => FORBIDDEN.has(name));
  });
}

function serviceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serviceFiles(path);
    return entry.name.endsWith(".service.ts") ? [relative(PROJECT_ROOT, path)] : [];
  });
}

describe("services hold no database client and build no query", () => {
  it("the check finds a Prisma import, typed or not, and lets Tx and enums through", () => {
    const text = [
      'import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";',
      'import { Prisma } from "../../platform/db/generated/client.ts";',
      'import type { QuoteStatus } from "../../platform/db/generated/enums.ts";',
      'import type { Tx as T } from "../../platform/db/prisma.ts";',
    ].join("\n");
    expect(prismaImportsIn("src/modules/x/x.service.ts", text)).toEqual(["PrismaClient", "Prisma"]);
  });

  it("finds every service", () => {
    expect(serviceFiles(join(PROJECT_ROOT, "src/modules"))).toEqual(expect.arrayContaining(["src/modules/payments/payout.service.ts", "src/modules/audit/audit.service.ts"]));
  });

  it("no *.service.ts imports PrismaClient or the Prisma namespace", () => {
    const offenders = serviceFiles(join(PROJECT_ROOT, "src/modules")).flatMap((file) => prismaImportsIn(file, readFileSync(join(PROJECT_ROOT, file), "utf8")).map((name) => `${file} ${name}`));
    expect(offenders).toEqual([]);
  });
});
