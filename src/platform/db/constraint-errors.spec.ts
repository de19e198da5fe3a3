import pg from "pg";
import { describe, expect, it } from "vitest";
import { conflict } from "../errors.ts";
import { asClientError, constraintKindOf } from "./constraint-errors.ts";
import { Prisma } from "./generated/client.ts";

const prismaError = (code: string) => new Prisma.PrismaClientKnownRequestError("violation", { code, clientVersion: "6" });
const pgError = (code: string) => Object.assign(new pg.DatabaseError("violation", 0, "error"), { code });

describe("database constraint violations", () => {
  it("are read from Prisma's codes and from PostgreSQL's SQLSTATEs alike", () => {
    expect([prismaError("P2002"), prismaError("P2003"), prismaError("P2004"), prismaError("P2011"), prismaError("P2034")].map(constraintKindOf)).toEqual([
      "UNIQUE",
      "FOREIGN_KEY",
      "CHECK",
      "NOT_NULL",
      "SERIALIZATION",
    ]);
    expect([pgError("23505"), pgError("23503"), pgError("23514"), pgError("23502"), pgError("40001"), pgError("40P01")].map(constraintKindOf)).toEqual([
      "UNIQUE",
      "FOREIGN_KEY",
      "CHECK",
      "NOT_NULL",
      "SERIALIZATION",
      "SERIALIZATION",
    ]);
  });

  it("leave every other error alone", () => {
    const other = [prismaError("P2025"), pgError("42P01"), new Error("23505"), Object.assign(new Error("x"), { code: "23505" }), null, "P2002"];
    expect(other.map(constraintKindOf)).toEqual([null, null, null, null, null, null]);
    for (const error of other) expect(asClientError(error)).toBe(error);
  });

  it("become the service's own error when it expects the kind, else the kind's default", () => {
    const mine = conflict("This session was already escalated");
    expect(asClientError(prismaError("P2002"), { UNIQUE: mine })).toBe(mine);
    expect(asClientError(pgError("23505"))).toMatchObject({ message: "This already exists", extensions: { code: "CONFLICT", reason: "ALREADY_EXISTS" } });
    expect(asClientError(prismaError("P2003"), { UNIQUE: mine })).toMatchObject({ extensions: { code: "BAD_USER_INPUT", reason: "UNKNOWN_REFERENCE" } });
    expect(asClientError(pgError("40001"))).toMatchObject({ extensions: { code: "CONFLICT", reason: "CONCURRENT_CHANGE", retryable: true } });
  });
});
