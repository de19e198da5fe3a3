import pg from "pg";
import { AppError, ErrorCode, ErrorReason } from "../errors.ts";
import { Prisma } from "./generated/client.ts";

/** Which kind of database rule a write broke. */
export type ConstraintKind = "UNIQUE" | "FOREIGN_KEY" | "CHECK" | "NOT_NULL" | "SERIALIZATION";

/** Prisma's codes (https://www.prisma.io/docs/orm/reference/error-reference) and PostgreSQL's SQLSTATEs, by kind. */
const PRISMA_CODES: Readonly<Record<string, ConstraintKind>> = { P2002: "UNIQUE", P2003: "FOREIGN_KEY", P2004: "CHECK", P2011: "NOT_NULL", P2034: "SERIALIZATION" };
const SQLSTATES: Readonly<Record<string, ConstraintKind>> = { "23505": "UNIQUE", "23503": "FOREIGN_KEY", "23514": "CHECK", "23502": "NOT_NULL", "40001": "SERIALIZATION", "40P01": "SERIALIZATION" };

/**
 * The kind of constraint violation `error` is, from Prisma (`PrismaClientKnownRequestError`) or
 * from pg through db/sql.ts (a `DatabaseError` with a SQLSTATE); null for anything else.
 */
export function constraintKindOf(error: unknown): ConstraintKind | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return PRISMA_CODES[error.code] ?? null;
  return error instanceof pg.DatabaseError && error.code ? (SQLSTATES[error.code] ?? null) : null;
}

/** The client error of each kind when the service gives no message of its own. */
const DEFAULTS: Readonly<Record<ConstraintKind, () => AppError>> = {
  UNIQUE: () => new AppError(ErrorCode.CONFLICT, "This already exists", { reason: ErrorReason.ALREADY_EXISTS }),
  FOREIGN_KEY: () => new AppError(ErrorCode.BAD_USER_INPUT, "The input refers to a record that does not exist", { reason: ErrorReason.UNKNOWN_REFERENCE }),
  CHECK: () => new AppError(ErrorCode.BAD_USER_INPUT, "The input breaks a rule of the record"),
  NOT_NULL: () => new AppError(ErrorCode.BAD_USER_INPUT, "A required value is missing"),
  SERIALIZATION: () => new AppError(ErrorCode.CONFLICT, "A concurrent change won; retry the request", { reason: ErrorReason.CONCURRENT_CHANGE, retryable: true }),
};

/**
 * The one mapping of database constraint violations to client errors (issue 17). A service that
 * expects one says what it means (`{ UNIQUE: conflict("This session was already escalated") }`);
 * any other violation gets its kind's default, and the server's error formatter applies the same
 * defaults to a violation no service caught. Anything that is not a violation is returned as is,
 * so `catch (error) { throw asClientError(error, {...}) }` rethrows it unchanged.
 */
export function asClientError(error: unknown, expected: Partial<Record<ConstraintKind, AppError>> = {}): unknown {
  const kind = constraintKindOf(error);
  if (!kind) return error;
  return expected[kind] ?? DEFAULTS[kind]();
}
