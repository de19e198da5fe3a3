import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "../config.ts";

export type { Logger };

/**
 * Structured JSON logs. Request bodies, variables and tokens are never logged, so neither are
 * passwords nor customer contact details; the redaction list is a second line of defence.
 */
export function createLogger(config: Pick<Config, "logLevel">, destination?: DestinationStream): Logger {
  return pino(
    {
    level: config.logLevel,
    base: undefined,
    redact: { paths: ["authorization", "*.authorization", "password", "*.password", "token", "*.token"], censor: "[redacted]" },
    },
    destination,
  );
}
