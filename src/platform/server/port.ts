import { createServer } from "node:net";

/** The port the API was told to listen on is held by another process (EADDRINUSE at listen). */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(`Port ${port} on ${host} is in use by another process: stop it, or start on another port (PORT=${port + 1} npm start).`);
    this.name = "PortInUseError";
  }
}

/**
 * The error to report for a failed `listen` on `port`/`host`: a PortInUseError for EADDRINUSE (one
 * line to print, no stack), else the error itself.
 */
export function listenFailure(error: unknown, port: number, host: string): unknown {
  return (error as { code?: string } | null)?.code === "EADDRINUSE" ? new PortInUseError(port, host) : error;
}

/**
 * Resolves when `port` on `host` can be listened on now (a listen that is closed at once, about a
 * millisecond), so start-up refuses a busy port before it opens, migrates or seeds a database.
 * Port 0 (any free port) always can. Throws PortInUseError, or what the trial listen threw.
 */
export async function ensurePortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error) => reject(listenFailure(error, port, host)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
