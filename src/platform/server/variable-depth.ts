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
 * How deep `value` nests objects and lists (a scalar is 0), counted without recursion and no
 * further than `limit + 1`: a value that nests thousands deep is measured on a stack of its own.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== "object") continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (inner > limit) return inner;
    for (const child of Array.isArray(current) ? current : Object.values(current)) pending.push({ value: child, depth: inner });
  }
  return deepest;
}

/**
 * Refuses a variable nested deeper than MAX_VARIABLE_DEPTH, before graphql-js coerces it (over
 * HTTP and graphql-ws: checkQueryLimits calls it). In production the message does not reveal the
 * limit, as the query limits do not.
 *
 * @throws AppError BAD_USER_INPUT (HTTP 400) naming the variable, never its value
 */
export function checkVariableDepth(variables: Record<string, unknown> | null | undefined, production: boolean): void {
  if (!variables || typeof variables !== "object") return;
  for (const [name, value] of Object.entries(variables)) {
    if (nestingDepth(value, MAX_VARIABLE_DEPTH) <= MAX_VARIABLE_DEPTH) continue;
    const limit = production ? "too deeply" : `more than ${MAX_VARIABLE_DEPTH} levels deep`;
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Variable "$${name.slice(0, 100)}" nests objects and lists ${limit}`, { http: { status: 400 } });
  }
}
