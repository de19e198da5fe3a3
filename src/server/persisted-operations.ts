import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import type { Viewer } from "../auth/viewer.ts";
import { PROJECT_ROOT } from "../db/migrate.ts";
import { AppError, ErrorCode } from "../errors.ts";

/** The manifest `npm run codegen` writes from client/operations (GraphQL Code Generator's client preset, `persistedDocuments`). */
export const PERSISTED_DOCUMENTS_FILE = join(PROJECT_ROOT, "client/generated/persisted-documents.json");

/**
 * The operations front ends ship, by document id: the sha256 (hex) of each operation's text, as
 * the typed client sends it (`{ "documentId": "<hash>" }`; graphql-http.ts substitutes the text).
 *
 * @throws Error when an id is not the sha256 of its text (a manifest edited by hand, or produced
 *   with another hash), so a client's id and the server's never silently disagree.
 */
export function loadPersistedOperations(file = PERSISTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  const manifest = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
  for (const [id, text] of manifest) {
    if (createHash("sha256").update(text).digest("hex") !== id) throw new Error(`${file}: "${id}" is not the sha256 of its operation; run npm run codegen`);
  }
  return manifest;
}

/**
 * PERSISTED_OPERATIONS=only, for HTTP and graphql-ws alike, judged for each operation (one
 * published operation in a batch carries nothing else through): returns PERSISTED_QUERY_REQUIRED
 * (`httpStatus` 400) unless the operation's text is one of the manifest's (sent by documentId, which the
 * transport replaced with its text, or that very text) or the caller is an admin; null when it
 * may run. `published`: the manifest's texts.
 */
export function persistedOperationRefusal(published: ReadonlySet<string>, query: string | undefined, viewer: Viewer | null): AppError | null {
  if (viewer?.role === "ADMIN" || (query !== undefined && published.has(query))) return null;
  return new AppError(ErrorCode.PERSISTED_QUERY_REQUIRED, "Send one of the published operations by documentId");
}

/** The names of the operations in a manifest (metrics give each its own series). */
export function operationNames(manifest: ReadonlyMap<string, string>): string[] {
  return [...manifest.values()].flatMap((query) => parse(query).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [])));
}
