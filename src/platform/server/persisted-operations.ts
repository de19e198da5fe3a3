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
 * The operations front ends ship, read and checked once at start-up: each operation's text by its
 * document id (the sha256, hex, of the text, as the typed client sends it: `{ "documentId": "<hash>" }`;
 * graphql-http.ts and graphql-ws.ts substitute the text), each document id by its operation's name,
 * and PERSISTED_OPERATIONS's policy over them.
 */
export class PersistedOperations {
  /** Operation text by document id. */
  readonly operations: ReadonlyMap<string, string>;
  /** Document id by operation name (metrics give each its own series; GraphiQL signs in with `SignIn`). */
  readonly idByName: ReadonlyMap<string, string>;
  private readonly texts: ReadonlySet<string>;

  constructor(
    operations: ReadonlyMap<string, string>,
    /** PERSISTED_OPERATIONS=only. */
    readonly only = false,
  ) {
    this.operations = operations;
    this.texts = new Set(operations.values());
    this.idByName = new Map(
      [...operations].flatMap(([id, text]) =>
        parse(text).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [[definition.name.value, id] as const] : [])),
      ),
    );
  }

  /**
   * PERSISTED_OPERATIONS=only, for HTTP and graphql-ws alike, judged for each operation (one
   * published operation in a batch carries nothing else through): PERSISTED_QUERY_REQUIRED
   * (`httpStatus` 400) unless the operation's text is one of the manifest's (sent by documentId,
   * which the transport replaced with its text, or that very text) or the caller is an admin; null
   * when it may run, and always null in `allow` mode.
   */
  refusal(query: string | undefined, viewer: Viewer | null): AppError | null {
    if (!this.only || viewer?.role === "ADMIN" || (query !== undefined && this.texts.has(query))) return null;
    return new AppError(ErrorCode.PERSISTED_QUERY_REQUIRED, "Send one of the published operations by documentId");
  }
}

/**
 * The text an automatic persisted query stands for under PERSISTED_OPERATIONS=only when its hash
 * is no published operation's: a text the manifest never holds, so `refusal` answers it.
 */
const UNPUBLISHED_OPERATION = "query UnpublishedPersistedQuery { __typename }";

/**
 * Under PERSISTED_OPERATIONS=only, an automatic persisted query (Apollo's
 * `extensions.persistedQuery`) sent by its hash alone, from anyone but an admin, gets what query
 * text gets, not Apollo's bare PersistedQueryNotFound (a client would register the text next,
 * which `only` refuses anyway): a published operation's hash (it is its documentId too, the sha256
 * of its text) runs that operation; any other, no hash, or a hash that is not a string, is
 * answered PERSISTED_QUERY_REQUIRED, which points to documentId. `request` (Apollo's, before it looks the hash up) is changed in place; in `allow`
 * mode, with a query text, or for an admin, it is left as it came.
 */
export function resolveAutomaticPersistedQuery(request: { query?: string; extensions?: Record<string, unknown> }, viewer: Viewer | null, persisted: PersistedOperations): void {
  const automatic = request.extensions?.persistedQuery as { sha256Hash?: unknown } | null | undefined;
  if (!persisted.only || viewer?.role === "ADMIN" || request.query !== undefined || !automatic) return;
  // No hash, or one that is not a string (`123`, `["a"]`), names no published operation either.
  const text = typeof automatic.sha256Hash === "string" ? persisted.operations.get(automatic.sha256Hash) : undefined;
  if (text) {
    request.query = text; // Apollo checks that the hash is the text's
    return;
  }
  const { persistedQuery: _unknown, ...extensions } = request.extensions!;
  request.extensions = extensions;
  request.query = UNPUBLISHED_OPERATION;
}

/**
 * Reads the manifest (`mode`: PERSISTED_OPERATIONS, default `allow`).
 *
 * @throws Error when an id is not the sha256 of its text (a manifest edited by hand, or produced
 *   with another hash), so a client's id and the server's never silently disagree.
 */
export function loadPersistedOperations(file = PERSISTED_DOCUMENTS_FILE, mode: "allow" | "only" = "allow"): PersistedOperations {
  const manifest = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
  for (const [id, text] of manifest) {
    if (createHash("sha256").update(text).digest("hex") !== id) throw new Error(`${file}: "${id}" is not the sha256 of its operation; run npm run codegen`);
  }
  return new PersistedOperations(manifest, mode === "only");
}
