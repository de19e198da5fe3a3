import type { Viewer } from "../../platform/auth/viewer.ts";

/**
 * Whose records a store call may read or change (issue 17): the caller's, as the aggregate's
 * policy scopes them (`where` is the policy's filter for this viewer), or the system's (a timer, a
 * Stripe webhook, another aggregate's move), named with why, so a review sees every unscoped
 * access. Every store method that reads or writes rows takes one.
 */
export type StoreScope<W> = { readonly viewer: Viewer; readonly where: W } | { readonly system: string };

/** The system scope: no viewer, every row; `why` says which job needs it ("expire stale offers"). */
export const systemScope = (why: string): StoreScope<never> => ({ system: why });

/** The policy's filter of a scope, or nothing (every row) for the system. */
export function whereOf<W>(scope: StoreScope<W>): W | undefined {
  return "where" in scope ? scope.where : undefined;
}
