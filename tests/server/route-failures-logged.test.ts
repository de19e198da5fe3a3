import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { jsonErrorHandler } from "../../src/app/server.ts";
import { createLogger } from "../../src/platform/server/logger.ts";

/**
 * A route other than /graphql that throws (a metrics scrape that could not be built, say) is an
 * internal error like any other: answered 500 without its message, logged at error with its type,
 * code and stack frames, never only as the access line's warn.
 */
describe("a route that throws", () => {
  const answer = () => {
    const sent: { status?: number; body?: any } = {};
    const res = {
      headersSent: false,
      status(code: number) {
        sent.status = code;
        return this;
      },
      json(body: unknown) {
        sent.body = body;
        return this;
      },
    };
    return { sent, res: res as unknown as Response };
  };

  it("is answered 500 INTERNAL_SERVER_ERROR and logged at error with the error's type and frames, not its message", () => {
    const lines: Record<string, any>[] = [];
    const handler = jsonErrorHandler(createLogger({ logLevel: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) }));
    const { sent, res } = answer();
    handler(new RangeError("Invalid string length with a secret value"), { url: "/metrics?x=1" } as Request, res, () => undefined);
    expect(sent).toEqual({ status: 500, body: { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] } });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: "route failed",
        path: "/metrics",
        err: expect.objectContaining({ name: "RangeError", frames: expect.arrayContaining([expect.stringMatching(/^\s*at /)]) }),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain("secret value");
  });

  it("logs nothing for a client's malformed body, which is answered 400", () => {
    const lines: string[] = [];
    const handler = jsonErrorHandler(createLogger({ logLevel: "info" }, { write: (line: string) => void lines.push(line) }));
    const { sent, res } = answer();
    handler(Object.assign(new SyntaxError("Unexpected token"), { status: 400, type: "entity.parse.failed" }), { url: "/graphql" } as Request, res, () => undefined);
    expect(sent.status).toBe(400);
    expect(lines).toEqual([]);
  });
});
