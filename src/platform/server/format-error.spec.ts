import { GraphQLError } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { Prisma } from "../db/generated/client.ts";
import { conflict } from "../errors.ts";
import { createErrorFormatter } from "./format-error.ts";

/** The formatter with a logger whose lines the test reads. */
function formatterWithLog() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { format: createErrorFormatter(logger), lines };
}

/** What a resolver's throw reaches the formatter as: a GraphQLError at a path, around the original. */
const thrown = (error: unknown) => new GraphQLError("wrapped", { originalError: error as Error, path: ["field"] });

describe("the error formatter", () => {
  it("keeps an application error's code, message and reason", () => {
    const { format } = formatterWithLog();
    expect(format({ message: "x" }, thrown(conflict("This quote has expired", "QUOTE_EXPIRED")))).toMatchObject({
      message: "This quote has expired",
      extensions: { code: "CONFLICT", reason: "QUOTE_EXPIRED" },
    });
  });

  it("answers a constraint violation no service caught with its kind's error, logged as a warning without its message", () => {
    const { format, lines } = formatterWithLog();
    const violation = new Prisma.PrismaClientKnownRequestError('Unique constraint failed on the fields: (`email`) value "alice@example.test"', { code: "P2002", clientVersion: "6" });
    expect(format({ message: "x" }, thrown(violation))).toMatchObject({ message: "This already exists", extensions: { code: "CONFLICT", reason: "ALREADY_EXISTS" } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: "unexpected constraint violation" });
    expect(JSON.stringify(lines)).not.toContain("alice@example.test");
  });

  it("masks anything else as an internal error, logged at error level", () => {
    const { format, lines } = formatterWithLog();
    expect(format({ message: "x" }, thrown(new TypeError("cannot read secret of undefined")))).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(lines[0]).toMatchObject({ level: 50, msg: "internal error" });
  });
});
