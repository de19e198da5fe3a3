/**
 * True when an error means the database cannot be reached right now (down, restarting, dropped
 * connections, a full pool): the same request may succeed if retried, unlike a bug or bad input.
 * Such errors surface at several layers (pg's socket errors, PostgreSQL's shutdown codes, the pg
 * adapter's error kinds, Prisma's P1xxx codes), possibly wrapped, so the whole cause chain is checked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, kind, message, meta, cause, originalError } = current as ErrorLike;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    queue.push(cause, originalError, meta?.driverAdapterError, meta?.cause);
  }
  return false;
}

/** The fields the layers above put on their errors; any may be missing or of another type. */
interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: unknown; cause?: unknown } | null;
  cause?: unknown;
  originalError?: unknown;
}

const UNAVAILABLE_CODES = new Set([
  // Socket errors (pg).
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  // PostgreSQL: shutting down, crash recovery, starting up, too many connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
  // Prisma: can't reach, timed out, connection closed, pool timeout, too many connections.
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2037",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Can't reach database server|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Server has closed the connection/i;
