import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { QuoteMachine, quoteMachine } from "./quote.machine.ts";

/** A transaction in which no quote matches: a move that passes the role check finds nothing to move. */
const emptyTx = { repairQuote: { updateManyAndReturn: async () => [] } } as never;
const machine = new QuoteMachine({} as never, {} as never);
const as = (role: Viewer["role"]) => ({ id: "u1", role }) as Viewer;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "MOVED",
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe("the quote machine", () => {
  it("makes a move only for a role of its `who`", async () => {
    for (const [move, { who }] of Object.entries(quoteMachine.moves)) {
      if (who.includes("SYSTEM")) continue;
      for (const role of ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"] as const) {
        expect({ move, role, outcome: await refusal(machine.move(emptyTx, as(role), move as never, {})) }).toEqual({ move, role, outcome: who.includes(role) ? "MOVED" : "FORBIDDEN" });
      }
      expect(await refusal(machine.move(emptyTx, null, move as never, {}))).toBe("FORBIDDEN");
    }
  });

  it("makes a SYSTEM move for whoever's action causes it, and for a timer (no actor)", async () => {
    for (const move of ["expire", "close", "withdraw"] as const) {
      expect(await refusal(machine.move(emptyTx, null, move, {}))).toBe("MOVED");
      expect(await refusal(machine.move(emptyTx, as("CUSTOMER"), move, {}))).toBe("MOVED");
    }
  });
});
