import type { Viewer } from "../../platform/auth/viewer.ts";

/**
 * Whose records a store call may read or change (issue 17): the caller's, as the aggregate's
 * policy scopes them (`where` is the policy's filter for this viewer), or the system's (a timer, a
 * Stripe webhook, another aggregate's move), named with why, so a review sees every unscoped
 * access.
 *
 * The convention, one for every store:
 * - A store method that selects existing rows for a caller (a page, a find by a client-given id,
 *   a target to move) takes `scope: XScope` as its first argument, where the store exports
 *   `type XScope = StoreScope<Prisma.XWhereInput>`; services name the alias, never a Prisma type.
 *   A raw `WhereInput` is never a scope argument: a bare filter does not say whether it is the
 *   caller's access or a business condition.
 * - The viewer half, `ViewerScope`, is built only by the module's policy (`paymentsOf(viewer)`,
 *   `quotesToDecide(viewer)`), so a service cannot assemble `{ viewer, where }` with the wrong
 *   filter; the system half only by `systemScope(why)`.
 * - Conditions that are not access (a status, a date range) are separate, named arguments in the
 *   domain's terms (`{ status }`, `{ from, to }`), turned into a where clause inside the store.
 * - Methods that address rows by a key only the system holds (a Stripe id, a ledger transaction
 *   key, the id a webhook or a move already reached in scope) and appends that select nothing
 *   (the audit log) take no scope; their doc comment names the caller.
 */
export type StoreScope<W> = ViewerScope<W> | { readonly system: string };

/** A viewer's scope: the policy's filter of the rows `viewer` may read or move. Built by `*.policy.ts` only. */
export type ViewerScope<W> = { readonly viewer: Viewer; readonly where: W };

/** The system scope: no viewer, every row; `why` says which job needs it ("expire stale offers"). */
export const systemScope = (why: string): StoreScope<never> => ({ system: why });

/** The policy's filter of a scope, or nothing (every row) for the system. */
export function whereOf<W>(scope: StoreScope<W>): W | undefined {
  return "where" in scope ? scope.where : undefined;
}
