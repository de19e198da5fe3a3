// Issue 17: each aggregate's tables are touched only by its module's store and machine, and each
// status column is written only by its machine. The scanner (table-access.ts) reads src/ with the
// TypeScript parser; the first tests show it finds what it must, so the last ones cannot pass by
// finding nothing.
import { describe, expect, it } from "vitest";
import { OWNER, RAW_READ_ALLOWANCES, RAW_READ_PENDING } from "./owners.ts";
import { accessesIn, MODELS, tableAccesses, WITH_STATUS, type TableAccess } from "./table-access.ts";

const allowed = (a: TableAccess) => new RegExp(`^src/modules/${OWNER[a.model]}/[\\w-]+\\.(store|machine)\\.ts$`).test(a.file);
/** A raw SQL read of another module's table reviewed to stay, or listed to be moved (owners.ts). */
const rawReadListed = (a: TableAccess) => a.raw && a.kind === "read" && (`${a.file} ${a.model}` in RAW_READ_ALLOWANCES || `${a.file} ${a.model}` in RAW_READ_PENDING);
const statusAllowed = (a: TableAccess) => new RegExp(`^src/modules/${OWNER[a.model]}/[\\w-]+\\.machine\\.ts$`).test(a.file);

describe("the table-access scanner", () => {
  it("finds delegate reads and writes, status writes inside data, and raw SQL writes and reads", () => {
    const found = accessesIn(
      "src/modules/x/x.service.ts",
      [
        "await tx.repairQuote.updateMany({ where: { id }, data: { status: 'APPROVED', approvedAt: now } });",
        "await this.prisma.diagnosticSession.findMany({ where: {} });",
        "await tx.chatMessage.create({ data: { body } });",
        'await sql.query(`UPDATE "Escalation" SET "status" = $1 WHERE id = $2`, ["QUOTED", id]);',
        'await tx.$queryRaw`SELECT p.id FROM "Payment" p JOIN "Workshop" w ON w.id = ${workshopId}::uuid WHERE p.id = ${id}::uuid FOR UPDATE`;',
        "await tx.$queryRawUnsafe('SELECT id FROM \"User\" WHERE id = $1', id);",
        'await tx.$executeRaw`DELETE FROM "Refund" WHERE id = ${id}::uuid`;',
        "const { stripeDisputeId, ...row } = { ...report, status: 'WON' };",
        "await tx.dispute.upsert({ where: { stripeDisputeId }, create: { ...row, stripeDisputeId }, update: row });",
        "await tx.complaint.create({ data: complaint });",
      ].join("\n"),
    );
    expect(found.map(({ model, kind, writesStatus }) => ({ model, kind, writesStatus }))).toEqual([
      { model: "RepairQuote", kind: "write", writesStatus: true },
      { model: "DiagnosticSession", kind: "read", writesStatus: false },
      { model: "ChatMessage", kind: "write", writesStatus: false },
      { model: "Escalation", kind: "write", writesStatus: true },
      { model: "Payment", kind: "read", writesStatus: false },
      { model: "Workshop", kind: "read", writesStatus: false },
      { model: "User", kind: "read", writesStatus: false },
      { model: "Refund", kind: "write", writesStatus: false },
      { model: "Dispute", kind: "write", writesStatus: true },
      { model: "Complaint", kind: "write", writesStatus: false },
    ]);
  });

  it("finds the tables src/ touches today", () => {
    const models = new Set(tableAccesses().map((a) => a.model));
    for (const model of ["User", "DiagnosticSession", "RepairQuote", "ChatMessage", "Payment", "LedgerEntry", "Partnership"]) expect(models).toContain(model);
  });
});

describe("one owner per table", () => {
  it("gives every model an owning module", () => {
    expect(MODELS.filter((model) => !(model in OWNER))).toEqual([]);
  });

  it("touches each table only from its owner's store or machine", () => {
    const strays = [
      ...new Set(
        tableAccesses()
          .filter((a) => !allowed(a) && !rawReadListed(a))
          .map((a) => `${a.file} ${a.model}`),
      ),
    ];
    expect(strays).toEqual([]);
  });

  it("lists in owners.ts only raw reads that exist (the lists only shrink)", () => {
    const reads = new Set(
      tableAccesses()
        .filter((a) => a.raw && a.kind === "read" && !allowed(a))
        .map((a) => `${a.file} ${a.model}`),
    );
    expect([...Object.keys(RAW_READ_ALLOWANCES), ...Object.keys(RAW_READ_PENDING)].filter((key) => !reads.has(key))).toEqual([]);
  });

  it("writes each status column in exactly one file, its owner's machine", () => {
    const writers = new Map<string, Set<string>>();
    for (const a of tableAccesses().filter((a) => a.writesStatus)) writers.set(a.model, (writers.get(a.model) ?? new Set()).add(a.file));
    const notOne = [...WITH_STATUS].filter((model) => writers.get(model)?.size !== 1).map((model) => `${model}: ${[...(writers.get(model) ?? [])].join(", ") || "no writer found"}`);
    expect(notOne).toEqual([]);
  });

  it("writes each status column only in its owner's machine", () => {
    const strays = tableAccesses().filter((a) => a.writesStatus && !statusAllowed(a));
    expect(strays.map((a) => `${a.file}:${a.line} ${a.model}.status`)).toEqual([]);
  });
});
