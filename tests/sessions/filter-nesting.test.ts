// A filter's AND/OR/NOT nest at most MAX_FILTER_NESTING (5) levels: deeper is BAD_USER_INPUT naming
// the first combinator past the cap, found without recursion, so an input nested thousands deep
// (a literal in the query text needs no variable) is refused before the recursive checks, the
// permission walk and the SQL builders behind them could overflow the stack.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { CustomerWhere } from "../../src/modules/accounts/customer.inputs.ts";
import { SessionWhere } from "../../src/modules/sessions/session.inputs.ts";
import { MAX_FILTER_NESTING } from "../../src/modules/shared/filters.ts";
import { parseInput } from "../../src/modules/shared/validation.ts";

/** `levels` combinators around a condition, alternating NOT, AND and OR. */
function nested(levels: number, condition: Record<string, unknown>): Record<string, unknown> {
  let filter = condition;
  for (let level = levels; level > 0; level--) filter = level % 3 === 1 ? { NOT: filter } : level % 3 === 2 ? { AND: [filter] } : { OR: [filter] };
  return filter;
}

/** What parseInput refuses a value with: its code, field and message. */
function refusal(input: typeof SessionWhere | typeof CustomerWhere, value: unknown) {
  try {
    parseInput(input, value);
    return null;
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions.code, field: extensions.field, message };
  }
}

describe("a filter's AND/OR/NOT nesting", () => {
  it("is 5 levels at most", () => {
    expect(MAX_FILTER_NESTING).toBe(5);
  });

  it("is accepted up to the cap, in sessions and in customers", () => {
    expect(refusal(SessionWhere, nested(MAX_FILTER_NESTING, { concern: { contains: "brakes" } }))).toBeNull();
    expect(refusal(CustomerWhere, nested(MAX_FILTER_NESTING, { city: { equals: "Austin" } }))).toBeNull();
    // A customer filter inside a session filter has its own cap.
    expect(refusal(SessionWhere, nested(MAX_FILTER_NESTING, { customer: nested(MAX_FILTER_NESTING, { city: { equals: "Austin" } }) }))).toBeNull();
  });

  it("is refused one level past the cap, naming the field that goes past it", () => {
    const chain = { NOT: { NOT: { NOT: { NOT: { NOT: { NOT: {} } } } } } };
    const message = "AND, OR and NOT may nest at most 5 levels deep";
    expect(refusal(SessionWhere, chain)).toEqual({ code: "BAD_USER_INPUT", field: "NOT.NOT.NOT.NOT.NOT.NOT", message: `NOT.NOT.NOT.NOT.NOT.NOT: ${message}` });
    expect(refusal(CustomerWhere, { AND: [{ city: { equals: "x" } }, { OR: [{ NOT: { NOT: { NOT: { NOT: {} } } } }] }] })).toEqual({
      code: "BAD_USER_INPUT",
      field: "AND[1].OR[0].NOT.NOT.NOT.NOT",
      message: `AND[1].OR[0].NOT.NOT.NOT.NOT: ${message}`,
    });
    expect(refusal(SessionWhere, { customer: nested(MAX_FILTER_NESTING + 1, {}) })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining(message) });
  });

  it("is refused, not a stack overflow, when nested tens of thousands deep", () => {
    for (const levels of [1_000, 50_000]) {
      expect(refusal(SessionWhere, nested(levels, {}))).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(refusal(CustomerWhere, nested(levels, {}))).toMatchObject({ code: "BAD_USER_INPUT" });
    }
  });
});
