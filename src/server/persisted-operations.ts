import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { PROJECT_ROOT } from "../db/migrate.ts";

/**
 * The operations front ends ship (`npm run codegen` writes the manifest), by document id. Requests
 * name them by `documentId` (graphql-http.ts substitutes the text).
 */
export function loadPersistedOperations(): ReadonlyMap<string, string> {
  const file = join(PROJECT_ROOT, "client/generated/persisted-documents.json");
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

/** The names of the operations in a manifest (metrics give each its own series). */
export function operationNames(manifest: ReadonlyMap<string, string>): string[] {
  return [...manifest.values()].flatMap((query) =>
    parse(query).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [])),
  );
}
