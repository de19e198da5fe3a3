// Who may make each move of every status machine (src/modules/*/*.machine.ts), written out. The
// matrix's FORBIDDEN column is derived from the same `who` lists, so a widened `who` would widen the
// matrix's expectations with it and stay green; this literal table makes any change to who may do
// a move (or a new machine, or a move made `open` to every account of a role) a test diff that a
// reviewer reads and accepts on purpose.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Machine } from "../../../src/domain/state-machine.ts";

const MODULES = join(import.meta.dirname, "../../../src/modules");

/** Every machine exported by a machine module (src/modules/<module>/<name>.machine.ts), found by shape: an aggregate name and a table of moves. */
async function everyMachine(): Promise<Machine<string, string, null>[]> {
  const files = readdirSync(MODULES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(MODULES, dir.name))
        .filter((file) => file.endsWith(".machine.ts"))
        .map((file) => join(MODULES, dir.name, file)),
    );
  const exported = await Promise.all(files.map(async (file) => Object.values((await import(file)) as Record<string, unknown>)));
  return exported.flat().filter((value): value is Machine<string, string, null> => typeof value === "object" && value !== null && "aggregate" in value && "moves" in value);
}

/** A machine's moves as `move` -> who (a move open to every account of its roles is marked ` (open)`). */
const whoTable = (machine: Machine<string, string, null>) => Object.fromEntries(Object.entries(machine.moves).map(([move, { who, open }]) => [`${move}${open ? " (open)" : ""}`, who.join(", ")]));

describe("who may make each move", () => {
  it("is, for every machine, exactly the reviewed table", async () => {
    expect(Object.fromEntries((await everyMachine()).map((machine) => [machine.aggregate, whoTable(machine)]))).toEqual({
      account: { suspend: "SYSTEM", ban: "SYSTEM", suspendByAdmin: "ADMIN", banByAdmin: "ADMIN", reinstate: "ADMIN", shorten: "ADMIN" },
      "mechanic vetting": { approve: "ADMIN", reject: "ADMIN" },
      "drop-off booking": { book: "CUSTOMER", reschedule: "CUSTOMER", cancel: "CUSTOMER, SYSTEM" },
      report: { uphold: "ADMIN", dismiss: "ADMIN" },
      violation: { confirm: "ADMIN", dismiss: "ADMIN" },
      escalation: {
        hold: "SYSTEM",
        accept: "WORKSHOP_ADVISOR, SYSTEM",
        unmatch: "SYSTEM",
        quote: "WORKSHOP_ADVISOR, MECHANIC",
        approve: "CUSTOMER",
        complete: "WORKSHOP_ADVISOR, PARTNER",
        reopen: "SYSTEM",
        widen: "CUSTOMER",
      },
      offer: { accept: "WORKSHOP_ADVISOR", decline: "WORKSHOP_ADVISOR", expire: "SYSTEM", close: "SYSTEM" },
      partnership: { acceptTerms: "PARTNER", verify: "ADMIN", suspend: "MECHANIC, PARTNER, ADMIN, SYSTEM", resume: "MECHANIC, PARTNER, ADMIN", terminate: "MECHANIC, PARTNER, ADMIN" },
      payment: {
        pay: "CUSTOMER",
        requirePaymentMethod: "SYSTEM",
        requireConfirmation: "SYSTEM",
        requireAction: "SYSTEM",
        process: "SYSTEM",
        authorize: "SYSTEM",
        succeed: "SYSTEM",
        cancel: "SYSTEM",
        release: "ADMIN",
        refundPartially: "ADMIN, SYSTEM",
        refundInFull: "ADMIN, SYSTEM",
        dispute: "SYSTEM",
        loseDispute: "SYSTEM",
        winDispute: "SYSTEM",
        winDisputePartlyRefunded: "SYSTEM",
        winDisputeRefunded: "SYSTEM",
        failRefund: "SYSTEM",
        failRefundPartly: "SYSTEM",
      },
      dispute: { inquire: "SYSTEM", closeInquiry: "SYSTEM", prevent: "SYSTEM", open: "SYSTEM", win: "SYSTEM", lose: "SYSTEM" },
      "connected payout": { fail: "SYSTEM" },
      complaint: { uphold: "ADMIN", dismiss: "ADMIN" },
      quote: {
        supersede: "WORKSHOP_ADVISOR",
        approve: "CUSTOMER",
        decline: "CUSTOMER",
        expire: "SYSTEM",
        close: "SYSTEM",
        complete: "WORKSHOP_ADVISOR, PARTNER",
        partnerApprove: "PARTNER",
        partnerReject: "PARTNER",
        withdraw: "SYSTEM",
        callOff: "SYSTEM",
        requote: "WORKSHOP_ADVISOR",
      },
      session: {
        "claim (open)": "MECHANIC",
        start: "MECHANIC",
        complete: "MECHANIC",
        cancel: "CUSTOMER",
        reassign: "CUSTOMER",
        withdraw: "MECHANIC",
        adminCancel: "ADMIN",
        adminReassign: "ADMIN",
        cancelUnpaid: "SYSTEM",
      },
    });
  });
});
