import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestHandler } from "express";
import { PROJECT_ROOT } from "../db/migrate.ts";

/** The operations front ends ship (`npm run codegen` writes the manifest), by document id. */
export function loadPersistedOperations(): ReadonlyMap<string, string> {
  const file = join(PROJECT_ROOT, "client/generated/persisted-documents.json");
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

/** Marks a request whose operation came from the manifest (see `persistedOnly` in the context). */
export const PERSISTED = Symbol("persisted operation");

/**
 * Accepts `{ "documentId": "<hash>" }` in place of the query text (GraphQL over HTTP's persisted
 * documents). With PERSISTED_OPERATIONS=only, the server answers nothing else, except to admins
 * (GraphiQL); the check is in the server's operation plugin, where the caller is known.
 */
export function persistedOperationsMiddleware(manifest: ReadonlyMap<string, string>): RequestHandler {
  return (req, res, next) => {
    const operations: Record<string, unknown>[] = Array.isArray(req.body) ? req.body : req.body && typeof req.body === "object" ? [req.body] : [];
    for (const operation of operations) {
      const id = operation.documentId;
      if (id === undefined) continue;
      const query = typeof id === "string" ? manifest.get(id) : undefined;
      if (!query) {
        res.status(400).json({ errors: [{ message: "Unknown documentId", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
        return;
      }
      operation.query = query;
      delete operation.documentId;
      (req as unknown as Record<symbol, boolean>)[PERSISTED] = true;
    }
    next();
  };
}
