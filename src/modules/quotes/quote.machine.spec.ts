import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { QuoteMachine, quoteMachine, type QuoteMove } from "./quote.machine.ts";
import { quoteActorScope } from "./quote.policy.ts";

/** A transaction in which no quote matches, recording each UPDATE's filter: a move that passes the role check finds nothing to move. */
function emptyTx() {
  const filters: unknown[] = [];
  return { filters, tx: { repairQuote: { updateManyAndReturn: async ({ where }: { where: unknown }) => (filters.push(where), []) } } as never };
}
const machine = new QuoteMachine({} as never, {} as never, quoteActorScope);
const as = (role: Viewer["role"]) => ({ id: "u1", role, workshopId: "w1" }) as Viewer;
const ROLES = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"] as const;
const MOVES = Object.keys(quoteMachine.moves) as QuoteMove[];
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "MOVED",
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe("the quote machine", () => {
  it("makes a move only for an actor its `who` names: a role on its own quotes, or SYSTEM", async () => {
    for (const move of MOVES) {
      const { who } = quoteMachine.moves[move];
      for (const role of ROLES) {
        expect({ move, role, outcome: await refusal(machine.move(emptyTx().tx, as(role), { id: "q1" }, move)) }).toEqual({ move, role, outcome: who.includes(role) ? "MOVED" : "FORBIDDEN" });
      }
      expect({ move, outcome: await refusal(machine.move(emptyTx().tx, "SYSTEM", { id: "q1" }, move)) }).toEqual({ move, outcome: who.includes("SYSTEM") ? "MOVED" : "FORBIDDEN" });
    }
  });

  it("narrows a viewer's move to the policy's actor scope, and a SYSTEM move to its target only", async () => {
    const viewer = as("CUSTOMER");
    const made = emptyTx();
    await machine.move(made.tx, viewer, { id: "q1" }, "approve");
    expect(made.filters).toEqual([{ AND: [{ id: "q1" }, quoteActorScope("approve", viewer), { status: "PENDING" }] }]);
    const system = emptyTx();
    await machine.move(system.tx, "SYSTEM", { id: "q1" }, "expire");
    expect(system.filters).toEqual([{ AND: [{ id: "q1" }, {}, { status: "PENDING" }] }]);
  });
});
