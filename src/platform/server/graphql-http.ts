import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import { getOperationAST, parse } from "graphql";
import Negotiator from "negotiator";
import type { RequestContext as Context } from "../auth/request-context.ts";
import { ErrorCode } from "../errors.ts";
import { searchOf } from "./request-url.ts";

/** The largest request body, after decompression. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Operations one batched HTTP request may carry. */
export const MAX_BATCH_OPERATIONS = 10;

/** Whether `url` (path and query) is the GraphQL endpoint this handler serves. */
export const isGraphqlUrl = (url: string | undefined) => url === "/graphql" || url?.startsWith("/graphql?") === true;

/** `C`: the application's context, which extends what the transport knows of a request. */
export interface GraphqlHttpOptions<C extends Context = Context> {
  apollo: ApolloServer<C>;
  /** The operations front ends ship, by document id (`persisted-operations.ts`). */
  persistedOperations: ReadonlyMap<string, string>;
  requestTimeoutMs: number;
  context(req: IncomingMessage): Promise<C>;
  /** Called with anything unexpected, which the client sees only as an internal error. */
  onInternalError(error: unknown): void;
  /** Where a browser opening the endpoint is sent (GraphiQL): see `isBrowserPage`. */
  browserPage: string;
}

/** The answers `/graphql` gives, and a page; a client asking for the page before them is a browser. */
const MEDIA_TYPES = ["application/json", "application/graphql-response+json", "text/html"];

/**
 * Whether a GET prefers an HTML page to a GraphQL answer, as a browser opening the URL does
 * (`Accept: text/html,...`). curl, fetch and GraphQL clients accept any type or JSON, or send no
 * Accept, and keep GET's GraphQL behaviour. The negotiation is Apollo Server's own (which chose
 * its landing page the same way), with the same library.
 */
export function isBrowserPage(req: IncomingMessage): boolean {
  if (req.method !== "GET" || !req.headers.accept) return false;
  return new Negotiator({ headers: { accept: req.headers.accept } }).mediaType(MEDIA_TYPES) === "text/html";
}

/** A refusal before Apollo sees the request: its status, and the GraphQL-shaped error the client gets. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = "BAD_REQUEST",
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * `/graphql` served straight from node:http into Apollo: Express's router, body parser and ETag
 * hashing cost about a quarter of a small request's time, and this endpoint needs none of them.
 * It keeps what Express gave it: a 1 MiB body limit (413), strict JSON (400 for anything but an
 * object or array), gzip/deflate/br bodies, GraphQL-shaped JSON errors, and a 503 when a request
 * runs too long. A browser opening the URL is redirected to `browserPage`.
 */
export function graphqlHttpHandler<C extends Context>(options: GraphqlHttpOptions<C>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (isBrowserPage(req)) {
      res.writeHead(302, { location: options.browserPage, "content-length": 0 });
      res.end();
      return;
    }
    let body: unknown;
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        // The work goes on after this answer: a mutation may still commit, so only a request
        // without one is called retryable (a client retrying a committed write would repeat it).
        const mayWrite = carriesMutation(body);
        const message = mayWrite ? "Request timed out; its changes may still be applied" : "Request timed out";
        sendError(res, new HttpRefusal(503, message, ErrorCode.SERVICE_UNAVAILABLE, { connection: "close" }), { retryable: !mayWrite });
      }
    }, options.requestTimeoutMs);
    res.once("close", () => clearTimeout(timer));
    try {
      body = await readJsonBody(req);
      resolvePersistedOperations(body, options.persistedOperations);
      const method = req.method ?? "GET";
      const search = method === "GET" ? resolvePersistedSearch(searchOf(req.url), options.persistedOperations) : searchOf(req.url);
      const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers: headerMap(req), search, body };
      const response = await options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => options.context(req) });
      if (res.headersSent) return; // timed out meanwhile
      // A batch that ran answers 200, each element with its own errors: Apollo gives the whole batch
      // the status (and Retry-After) of an element's refusal, so a client that retried the batch
      // on a 429 ran the other elements' committed mutations twice.
      const ranBatch = Array.isArray(body) && response.body.kind === "complete" && response.body.string.startsWith("[");
      for (const [key, value] of response.headers) if (!(ranBatch && key === "retry-after")) res.setHeader(key, value);
      res.statusCode = ranBatch ? 200 : (response.status ?? 200);
      if (response.body.kind === "complete") {
        res.setHeader("content-length", Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof HttpRefusal) return sendError(res, error);
      options.onInternalError(error);
      sendError(res, new HttpRefusal(500, "Internal server error", ErrorCode.INTERNAL_SERVER_ERROR));
    }
  };
}

/**
 * Whether a request body (one operation or a batch) may run a mutation. Parsed only when a request
 * timed out; a body that cannot be parsed counts as one, to stay on the safe side.
 */
function carriesMutation(body: unknown): boolean {
  const operations = Array.isArray(body) ? body : [body];
  return operations.some((operation) => {
    const { query, operationName } = (operation ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== "string") return operation !== undefined;
    try {
      const ast = getOperationAST(parse(query), typeof operationName === "string" ? operationName : undefined);
      return ast?.operation !== "query";
    } catch {
      return true;
    }
  });
}

/** Answers `status` with `body` as JSON, beside any `headers`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

/** Answers `refusal` as a GraphQL-shaped JSON error, with its status and headers. */
export function sendError(res: ServerResponse, refusal: HttpRefusal, extensions: Record<string, unknown> = {}) {
  sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code, ...extensions } }] }, refusal.headers);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** application/json and the +json types; anything else reaches Apollo without a body, and Apollo refuses it. */
const isJson = (contentType: string | undefined) => {
  const type = contentType?.split(";", 1)[0]!.trim().toLowerCase();
  return type === "application/json" || (type?.startsWith("application/") === true && type.endsWith("+json"));
};

const DECOMPRESSORS: Record<string, () => NodeJS.ReadWriteStream> = { gzip: createGunzip, deflate: createInflate, br: createBrotliDecompress };

/** The parsed JSON body, or undefined when there is none or it is not JSON. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!isJson(req.headers["content-type"])) {
    req.resume();
    return undefined;
  }
  const text = (await readBody(req)).toString("utf8");
  // Strict, as Express's parser was: a GraphQL request is an object, a batch an array.
  const first = /\S/.exec(text)?.[0];
  if (first !== "{" && first !== "[") throw malformed();
  try {
    return JSON.parse(text);
  } catch {
    throw malformed();
  }
}

/**
 * A request's body as bytes, decompressed (gzip, deflate, br), at most MAX_BODY_BYTES of them.
 * @throws HttpRefusal: 413 past the limit (declared or read), 415 for another content encoding,
 *   400 for a corrupt compressed body or a connection cut mid-body.
 */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  const decompress = DECOMPRESSORS[encoding];
  if (!decompress && encoding !== "identity") throw new HttpRefusal(415, `Unsupported content encoding "${encoding.slice(0, 20)}"`);
  if (!decompress) return readBytes(req, malformed);
  // pipeline: an aborted request also ends the decompressor, with an error. A body that is not
  // what its Content-Encoding says is refused as such, not as JSON it never got to be.
  const undecodable = () => new HttpRefusal(400, `The request body could not be decoded as ${encoding} (Content-Encoding: ${encoding})`);
  return readBytes(pipeline(req, decompress(), () => {}) as unknown as Readable, undecodable);
}

/**
 * Reads up to MAX_BODY_BYTES; past that it stops reading (without destroying the socket, so the 413
 * gets out). A stream error (a corrupt compressed body, a connection cut mid-body) rejects with `failure()`.
 */
function readBytes(stream: Readable, failure: () => HttpRefusal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      stream.off("data", onData);
      stream.pause();
      reject(tooLarge());
    };
    stream.on("data", onData);
    stream.once("end", () => resolve(Buffer.concat(chunks, size)));
    stream.once("error", () => reject(failure()));
  });
}

/**
 * The 413's message, naming the limit: a fixed bound of the transport (as the batch limit is), stated
 * in production too.
 */
export const BODY_TOO_LARGE = `Request body exceeds the limit of 1 MiB (${MAX_BODY_BYTES} bytes, after decompression)`;
// The rest of an oversized body is not read: the connection closes after the answer.
const tooLarge = () => new HttpRefusal(413, BODY_TOO_LARGE, "BAD_REQUEST", { connection: "close" });
const malformed = () => new HttpRefusal(400, "Malformed JSON body");

/**
 * Replaces each `{ "documentId": "<hash>" }` with the manifest's query text (GraphQL over HTTP's
 * persisted documents), and refuses batches over the limit. PERSISTED_OPERATIONS=only is judged
 * later, per operation, on the text (`persistedOperationRefusal`).
 */
function resolvePersistedOperations(body: unknown, manifest: ReadonlyMap<string, string>): void {
  if (Array.isArray(body) && body.length > MAX_BATCH_OPERATIONS) throw new HttpRefusal(400, `A batch may hold at most ${MAX_BATCH_OPERATIONS} operations`);
  if (Array.isArray(body)) {
    // Apollo answers an element that is no object with its message for a missing body.
    const stray = body.findIndex((operation) => !operation || typeof operation !== "object" || Array.isArray(operation));
    if (stray >= 0) throw new HttpRefusal(400, `Batch element ${stray} is not an operation: each element is an object with a query (or a documentId)`);
  }
  const operations: Record<string, unknown>[] = Array.isArray(body) ? body : body && typeof body === "object" ? [body as Record<string, unknown>] : [];
  for (const operation of operations) {
    if (operation.documentId === undefined) continue;
    // A number or object is a malformed request, not an id this server lacks.
    if (typeof operation.documentId !== "string") throw new HttpRefusal(400, "documentId must be a string");
    operation.query = persistedText(operation.documentId, operation.query, manifest);
    delete operation.documentId;
  }
}

/**
 * The manifest's text of `documentId`; `query`, when sent beside it, must be that text (a client
 * sending both means one of them, and which one ran was silently the id's).
 * @throws HttpRefusal PERSISTED_QUERY_NOT_FOUND for an unknown id, BAD_REQUEST for another text beside it
 */
function persistedText(documentId: string, query: unknown, manifest: ReadonlyMap<string, string>): string {
  const text = manifest.get(documentId);
  if (!text) throw new HttpRefusal(400, "Unknown documentId", "PERSISTED_QUERY_NOT_FOUND");
  if (query !== undefined && query !== null && query !== text) throw new HttpRefusal(400, "Send either documentId or query: the query sent is not the document's text");
  return text;
}

/**
 * A GET's `documentId` parameter replaced with the manifest's text as `query`, as
 * resolvePersistedOperations does for a POST body (GraphQL over HTTP's persisted documents use
 * the same parameter name in a GET): the search string Apollo then reads. Any other GET is
 * returned as it came.
 */
export function resolvePersistedSearch(search: string, manifest: ReadonlyMap<string, string>): string {
  if (!search.includes("documentId")) return search;
  const params = new URLSearchParams(search);
  const ids = params.getAll("documentId");
  if (ids.length === 0) return search;
  if (ids.length > 1) throw new HttpRefusal(400, "documentId may be given once");
  const query = persistedText(ids[0]!, params.get("query") ?? undefined, manifest);
  params.delete("documentId");
  params.set("query", query);
  return `?${params.toString()}`;
}
