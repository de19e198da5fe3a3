import { AppError, ErrorCode } from "../errors.ts";

/**
 * The deepest a variable's value may nest objects and lists (`{"a": [1]}` is 2). The deepest input
 * this schema takes is 24: a session filter at its AND/OR/NOT cap (MAX_FILTER_NESTING, a list and
 * an object a level) whose customer condition is at its own cap, with a text list inside.
 * graphql-js coerces a variable by recursion, and overflowed the stack at some thousands of levels
 * (zod's checks behind it at about a thousand). A fixed bound, like the body and batch
 * limits: it keeps the process off its stack limit, which is no setting an operator tunes.
 */
export const MAX_VARIABLE_DEPTH = 32;

/**
 * Refuses, before graphql-js coerces them (over HTTP and graphql-ws: checkQueryLimits calls it,
 * for anonymous callers too), variables that nest too deeply or hold too many values, in one walk
 * without recursion that stops at the first limit it passes:
 * - a variable nested deeper than MAX_VARIABLE_DEPTH: BAD_USER_INPUT naming the variable;
 * - variables holding more than `maxValues` values in all (every object, list and scalar inside
 *   them: `{"a": [1]}` is 3): QUERY_TOO_COMPLEX, `extensions.limit` "inputValues". Within the
 *   body, depth and list caps, a session filter of ORs five deep and ten wide holds 111,111
 *   objects, which took a second and a half of CPU per request to coerce, authorize and check.
 *   The largest input a client needs is a quote of 100 lines (about 600 values).
 * In production the messages do not reveal the limits, as the query limits do not. Never the value.
 *
 * @throws AppError BAD_USER_INPUT or QUERY_TOO_COMPLEX (HTTP 400)
 */
export function checkVariableShape(variables: Record<string, unknown> | null | undefined, maxValues: number, production: boolean): void {
  if (!variables || typeof variables !== "object") return;
  let held = 0;
  for (const [name, value] of Object.entries(variables)) {
    const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
    while (pending.length) {
      const { value: current, depth } = pending.pop()!;
      if (++held > maxValues) {
        const message = production ? "Query is too complex" : `Query variables hold more than ${maxValues} values (objects, lists and scalars), the limit`;
        throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit: "inputValues", http: { status: 400 } });
      }
      if (current === null || typeof current !== "object") continue;
      if (depth + 1 > MAX_VARIABLE_DEPTH) {
        const limit = production ? "too deeply" : `more than ${MAX_VARIABLE_DEPTH} levels deep`;
        throw new AppError(ErrorCode.BAD_USER_INPUT, `Variable "$${name.slice(0, 100)}" nests objects and lists ${limit}`, { http: { status: 400 } });
      }
      for (const child of Array.isArray(current) ? current : Object.values(current)) pending.push({ value: child, depth: depth + 1 });
    }
  }
}
