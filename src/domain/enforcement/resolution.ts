import type { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import type { Move } from "../state-machine.ts";

/**
 * An admin's resolution of a customer's complaint or solicitation report: upheld (the customer was
 * right) or dismissed, with a note. Complaints and reports share the status column's values
 * (ComplaintStatus): RESOLVED is upheld, REJECTED dismissed.
 */
export type ResolutionOutcome = "UPHELD" | "DISMISSED";

/** The two moves of a complaint's or a report's resolution machine: only an admin resolves, once. */
export const RESOLUTION_MOVES = {
  uphold: { from: ["OPEN"], to: "RESOLVED", who: ["ADMIN"], verb: "resolved" },
  dismiss: { from: ["OPEN"], to: "REJECTED", who: ["ADMIN"], verb: "resolved" },
} as const satisfies Record<string, Move<ComplaintStatus>>;

export type ResolutionMove = keyof typeof RESOLUTION_MOVES;

/** The machine move that records `outcome`. */
export function resolutionMove(outcome: ResolutionOutcome): ResolutionMove {
  return outcome === "UPHELD" ? "uphold" : "dismiss";
}

/** The outcome a status records; null while the complaint or report is open. */
export function outcomeOf(status: ComplaintStatus): ResolutionOutcome | null {
  if (status === "RESOLVED") return "UPHELD";
  if (status === "REJECTED") return "DISMISSED";
  return null;
}

/**
 * Whether upholding `complainantId`'s complaint makes a partnership's upheld complaints come from
 * the number of distinct customers that suspends it (seed 000 "Customer complaints affect
 * partnership": the signal is customers', so one customer's complaints about several quotes count
 * once; the number is PARTNERSHIP_COMPLAINTS_TO_SUSPEND). `upheldByCustomer` is how many upheld
 * complaints each customer has against the partnership, the one just upheld included. True only
 * when this complaint brought a new customer to exactly the threshold, so the partnership is
 * suspended once, not again for each later complaint after a party resumed it.
 */
export function complaintsSuspendPartnership(upheldByCustomer: ReadonlyMap<string, number>, complainantId: string, threshold: number): boolean {
  return upheldByCustomer.size === threshold && upheldByCustomer.get(complainantId) === 1;
}
