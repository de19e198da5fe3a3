import type { Role } from "../platform/db/generated/enums.ts";

/**
 * Who makes a move: a role (acting on a record of its own: the policy's actor scope says which
 * records are its own) or `SYSTEM` (a timer, a Stripe webhook, another aggregate's move).
 */
export type MoveActor = Role | "SYSTEM";

/**
 * Who a machine is told makes a move: a signed-in viewer (anything with a role; a `Viewer`) or
 * `"SYSTEM"`, written as such at the call site, so a review sees every move nobody asked for.
 */
export type Mover = { readonly role: Role } | "SYSTEM";

/** The `who` entry a mover is checked against. */
export function whoOf(actor: Mover): MoveActor {
  return actor === "SYSTEM" ? "SYSTEM" : actor.role;
}

/**
 * One legal move of an aggregate's status. A machine declaring `N = null` may also have moves
 * with `to: null`: they write other columns and leave the status where it is (the escalation
 * machine's `widen`, asking one more workshop for a quote).
 */
export interface Move<S extends string, N extends null = never> {
  /** The statuses the move may leave. */
  from: readonly S[];
  to: S | N;
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
 *
 * **One move shape.** A machine class makes a move as
 *
 *     move(tx, actor, target, move, request) -> the transition(s) made
 *
 *   - `tx`: the caller's transaction: the move commits with the use case's other writes, or not at all;
 *   - `actor`: the viewer, or `"SYSTEM"` for a timer, a webhook or a side effect of another move
 *     (`request.cause` then names the viewer whose action caused it, recorded as the history's and
 *     audit's actor);
 *   - `target`: the record's id, or a filter for a move that takes a set at once (closing the
 *     other quotes of a compared set);
 *   - `move`: a key of the table; `request`: the columns written with the status, a guard, a reason.
 *
 * In that order, the machine refuses with FORBIDDEN an actor the move's `who` lacks (before any
 * row is read); makes one conditional UPDATE on (target, the policy's actor scope for a viewer, a
 * status the move leaves, the guard), so of concurrent moves one wins; writes the history row
 * (where the aggregate keeps one) and an audit row per record moved, in `tx`; and returns what it
 * moved, which the caller publishes after commit (`publish`) and turns into NOT_FOUND or CONFLICT
 * when it is empty. The account, violation, quote and escalation/offer machines have this shape;
 * the session and partnership machines still run their own transaction and the payment machine
 * takes its actor in its request (issue 17: converging them is their modules' step).
 */
export interface Machine<M extends string, S extends string, N extends null = never> {
  /** The aggregate's name as the audit log and error messages spell it ("session", "quote"). */
  aggregate: string;
  moves: Readonly<Record<M, Move<S, N>>>;
}

/** Declares a machine; the identity function, there for the types (`M` and `S` inferred from the table). */
export function defineMachine<M extends string, S extends string, N extends null = never>(aggregate: string, moves: Readonly<Record<M, Move<S, NoInfer<N>>>>): Machine<M, S, N> {
  return { aggregate, moves };
}

/** Whether `actor` may make `move` at all (on its own records); the rule map gates the mutation with the same answer. */
export function mayMake<M extends string, S extends string>(machine: Machine<M, S, null>, move: M, actor: MoveActor): boolean {
  return machine.moves[move].who.includes(actor);
}

/** Whether `move` may leave `status`. */
export function leaves<M extends string, S extends string>(machine: Machine<M, S, null>, move: M, status: S): boolean {
  return machine.moves[move].from.includes(status);
}

/** The roles that may make some move of the machine (for the rule map's role gates). */
export function rolesOf<M extends string, S extends string>(machine: Machine<M, S, null>, move: M): Role[] {
  return machine.moves[move].who.filter((who): who is Role => who !== "SYSTEM");
}

/**
 * The CONFLICT message when `move` cannot leave `current`: "A completed session cannot be claimed".
 * Statuses are read in lower case with spaces ("IN_PROGRESS" → "in progress").
 */
export function refusalOf<M extends string, S extends string>(machine: Machine<M, S, null>, move: M, current: S): string {
  const status = current.toLowerCase().replaceAll("_", " ");
  const article = /^[aeiou]/.test(status) ? "An" : "A";
  return `${article} ${status} ${machine.aggregate} cannot be ${machine.moves[move].verb}`;
}
