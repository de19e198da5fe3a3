import type { Role } from "../platform/db/generated/enums.ts";

/**
 * Who makes a move: a role (acting on a record of its own: the policy's actor scope says which
 * records are its own) or `SYSTEM` (a timer, a Stripe webhook, another aggregate's move).
 */
export type MoveActor = Role | "SYSTEM";

/** One legal move of an aggregate's status. */
export interface Move<S extends string> {
  /** The statuses the move may leave. */
  from: readonly S[];
  to: S;
  /** Who may make it; anyone else is refused with FORBIDDEN before any row is read. */
  who: readonly MoveActor[];
  /** Past participle for the CONFLICT message: "A completed session cannot be claimed". */
  verb: string;
  /**
   * The record is every account's of a `who` role to move, not only its parties' (a marketplace
   * move: an open request is any mechanic's to claim), so no account of those roles is a stranger.
   */
  open?: boolean;
}

/**
 * An aggregate's transition table: the only legal status changes, and who may make each. Its
 * `<aggregate>.machine.ts` is the only code that writes the status column, and the write-side
 * privacy matrix (tests/authz/write-matrix/) is generated from it.
 */
export interface Machine<M extends string, S extends string> {
  /** The aggregate's name as the audit log and error messages spell it ("session", "quote"). */
  aggregate: string;
  moves: Readonly<Record<M, Move<S>>>;
}

/** Declares a machine; the identity function, there for the types (`M` and `S` inferred from the table). */
export function defineMachine<M extends string, S extends string>(aggregate: string, moves: Readonly<Record<M, Move<S>>>): Machine<M, S> {
  return { aggregate, moves };
}

/** Whether `actor` may make `move` at all (on its own records); the rule map gates the mutation with the same answer. */
export function mayMake<M extends string, S extends string>(machine: Machine<M, S>, move: M, actor: MoveActor): boolean {
  return machine.moves[move].who.includes(actor);
}

/** Whether `move` may leave `status`. */
export function leaves<M extends string, S extends string>(machine: Machine<M, S>, move: M, status: S): boolean {
  return machine.moves[move].from.includes(status);
}

/** The roles that may make some move of the machine (for the rule map's role gates). */
export function rolesOf<M extends string, S extends string>(machine: Machine<M, S>, move: M): Role[] {
  return machine.moves[move].who.filter((who): who is Role => who !== "SYSTEM");
}

/**
 * The CONFLICT message when `move` cannot leave `current`: "A completed session cannot be claimed".
 * Statuses are read in lower case with spaces ("IN_PROGRESS" → "in progress").
 */
export function refusalOf<M extends string, S extends string>(machine: Machine<M, S>, move: M, current: S): string {
  const status = current.toLowerCase().replaceAll("_", " ");
  const article = /^[aeiou]/.test(status) ? "An" : "A";
  return `${article} ${status} ${machine.aggregate} cannot be ${machine.moves[move].verb}`;
}
