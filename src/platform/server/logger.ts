import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * What every log line written while serving one HTTP request, or one WebSocket connection's
 * messages, carries (`withLogScope`). Mutable: the user id is filled in once the caller is known.
 */
export interface LogScope {
  /** An HTTP request's id: the client's `x-request-id` when valid, else generated (request-log.ts). */
  requestId?: string;
  /** A graphql-ws connection's id (graphql-ws.ts). */
  connectionId?: string;
  /** The signed-in account, once authenticated. */
  userId?: string;
  /** The trace this request belongs to, when tracing is on. */
  traceId?: string;
  /** Names of the GraphQL operations an HTTP request ran (a batch runs several), for its access line. */
  operations: string[];
}

const scopes = new AsyncLocalStorage<LogScope>();

/** Runs `work` (and everything it starts) with `scope` attached to every log line. */
export function withLogScope<T>(scope: LogScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope of the request or connection being served, if any. */
export function currentLogScope(): LogScope | undefined {
  return scopes.getStore();
}

/** The ids of the current scope, added to every log line (pino `mixin`); a field of the line itself wins. */
function scopeFields(): Record<string, string> {
  const scope = scopes.getStore();
  if (!scope) return {};
  const fields: Record<string, string> = {};
  if (scope.requestId) fields.requestId = scope.requestId;
  if (scope.connectionId) fields.connectionId = scope.connectionId;
  if (scope.userId) fields.userId = scope.userId;
  if (scope.traceId) fields.traceId = scope.traceId;
  return fields;
}

/**
 * Structured JSON logs with ISO timestamps, each line of a request carrying its request id (and
 * user and trace ids once known). Request bodies, variables and tokens are never logged, so neither
 * are passwords nor customer contact details; the redaction list is a second line of defence.
 */
/** The least severe level written; `silent` writes nothing. */
export type LogLevel = "silent" | "error" | "warn" | "info" | "debug";

export function createLogger(config: { logLevel: LogLevel }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: scopeFields,
      redact: { paths: ["authorization", "*.authorization", "password", "*.password", "token", "*.token"], censor: "[redacted]" },
    },
    destination,
  );
}
