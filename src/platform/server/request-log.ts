import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { context as otelContext, trace } from "@opentelemetry/api";
import { pinoHttp } from "pino-http";
import type { RequestContext as Context } from "../auth/request-context.ts";
import { currentLogScope, withLogScope, type LogScope, type Logger } from "./logger.ts";
import { pathOf } from "./request-url.ts";

/** The response header that carries a request's id (the client's own, when it sent a valid one). */
export const REQUEST_ID_HEADER = "x-request-id";

/** Printable ASCII, no leading or trailing space, at most 128 characters. */
const VALID_REQUEST_ID = /^[!-~](?:[ -~]{0,126}[!-~])?$/;

/** The client's `x-request-id` when it is printable ASCII of at most 128 characters, else undefined. */
export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === "string" && VALID_REQUEST_ID.test(header) ? header : undefined;
}

/** Liveness and readiness probes: polled every few seconds, logged at debug only. */
const PROBES = new Set(["/healthz", "/readyz"]);

/** Operation names are the client's; a pathological one is cut short in the log. */
const MAX_LOGGED_NAME = 100;

const scopeOf = new WeakMap<IncomingMessage, LogScope>();

/**
 * One access line per HTTP request (pino-http), at info, when the response is finished or the
 * client goes away: method, path (never the query string), status, duration, the GraphQL
 * operations it ran, the user once authenticated, and the request id. Probes log at debug,
 * 5xx answers at warn. Request headers and bodies are never logged, so neither tokens nor variables.
 *
 * The request id is the client's `x-request-id` when valid (`acceptedRequestId`), else a new UUID;
 * it is echoed in the response header and carried by every log line written while the request
 * is served (`withLogScope`).
 *
 * Returns the wrapper the HTTP server calls with each request and the handler to run in its scope.
 */
export function accessLog(logger: Logger): (req: IncomingMessage, res: ServerResponse, handle: () => void) => void {
  const withNotes = (req: IncomingMessage, fields: Record<string, unknown>) => {
    const scope = scopeOf.get(req);
    const operations = scope?.operations ?? [];
    return {
      ...fields,
      requestId: scope?.requestId,
      ...(operations.length ? { operation: operations.join(",") } : {}),
      ...(scope?.userId ? { userId: scope.userId } : {}),
      ...(scope?.traceId ? { traceId: scope.traceId } : {}),
    };
  };
  const requestId = (req: IncomingMessage, res: ServerResponse) => {
    const id = acceptedRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
    res.setHeader(REQUEST_ID_HEADER, id);
    return id;
  };
  const httpLogger = pinoHttp({
    logger,
    genReqId: requestId,
    // The raw request and response, reduced to what is safe to log: never a header.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customAttributeKeys: { responseTime: "durationMs" },
    customLogLevel: (req, res, error) => (PROBES.has(pathOf(req.url)) ? "debug" : error || res.statusCode >= 500 ? "warn" : "info"),
    customSuccessMessage: () => "request completed",
    customErrorMessage: () => "request failed",
    customSuccessObject: (req, res, value) => withNotes(req, { ...value, ...(res.writableFinished ? {} : { aborted: true }) }),
    // The error pino-http makes up for a 5xx carries a stack of its own frames: the status says it all.
    customErrorObject: (req, _res, _error, { err: _err, ...value }) => withNotes(req, value),
  });
  // Access lines are written at info, 5xx at warn: at a level above both (error, silent) none is
  // built. pino-http makes two child loggers and three listeners per request even when its line is
  // dropped. The request id is given and echoed all the same.
  const writesAccessLines = logger.isLevelEnabled("warn");
  return (req, res, handle) => {
    if (writesAccessLines) httpLogger(req, res);
    else (req as IncomingMessage & { id: string }).id = requestId(req, res);
    const traceId = trace.getSpan(otelContext.active())?.spanContext().traceId;
    const scope: LogScope = { requestId: String(req.id), operations: [], ...(traceId ? { traceId } : {}) };
    scopeOf.set(req, scope);
    withLogScope(scope, handle);
  };
}

/**
 * Notes each GraphQL operation's name (and the caller) for the request's access line, and at
 * debug level writes one line per operation: request id, user, operation name, error codes and
 * duration. Never the query text, variables or results, so no token, password or contact value
 * can land in a log.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  const debug = logger.isLevelEnabled("debug");
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const scope = currentLogScope();
      if (scope && contextValue.viewer) scope.userId = contextValue.viewer.id;
      return {
        async didResolveOperation({ operationName }) {
          scope?.operations.push((operationName ?? "anonymous").slice(0, MAX_LOGGED_NAME));
        },
        ...(debug && {
          async willSendResponse({ operationName, errors }) {
            logger.debug(
              {
                requestId: contextValue.requestId,
                userId: contextValue.viewer?.id ?? null,
                operation: operationName ?? null,
                errorCodes: errors?.map((error) => error.extensions?.code ?? "UNKNOWN") ?? [],
                ms: Math.round(performance.now() - started),
              },
              "graphql operation",
            );
          },
        }),
      };
    },
  };
}
