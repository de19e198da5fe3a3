// The scanner's fixtures (issue 17): each a small module compiled in memory at a path inside src/
// (so its imports resolve), and what the scanner must find in it, as `<Model> <read|write>[ raw][ <state columns>]`.
// One shape each, from the review of the first scanner (branch rev17): every one of them passed
// tsc, eslint and that scanner.

/** One fixture: its in-memory file, its text (imports included), and the accesses it must yield. */
export interface Fixture {
  file: string;
  text: string;
  finds: string[];
}

const HEADER = [
  'import { Prisma } from "../../platform/db/generated/client.ts";',
  'import type { QuoteStatus } from "../../platform/db/generated/enums.ts";',
  'import type { Tx } from "../../platform/db/prisma.ts";',
  "declare const tx: Tx;",
  "declare const id: string;",
  "declare const to: QuoteStatus;",
].join("\n");

/** The fixtures by name (a fixture's file is `src/modules/payments/<name>.service.ts`). */
export const FIXTURES: Readonly<Record<string, Omit<Fixture, "file">>> = Object.fromEntries(
  Object.entries({
    // ── how the delegate is reached ──
    "aliased-delegate": [`const quotes = tx.repairQuote;\nawait quotes.updateMany({ where: { id }, data: { status: "COMPLETED" } });`, ["RepairQuote write status"]],
    "destructured-delegate": [`const { diagnosticSession } = tx;\nawait diagnosticSession.update({ where: { id }, data: { status: "COMPLETED" } });`, ["DiagnosticSession write status"]],
    "element-access-delegate": [`await tx["repairQuote"].update({ where: { id }, data: { status: to } });`, ["RepairQuote write status"]],
    "delegate-parameter": [
      `export async function expire(quotes: Tx["repairQuote"]): Promise<void> {\n  await quotes["updateMany"]({ where: { id }, data: { status: "EXPIRED" } });\n}`,
      ["RepairQuote write status"],
    ],
    "computed-method": [`declare const method: "updateMany";\nawait tx.repairQuote[method]({ where: { id }, data: { status: to } });`, ["RepairQuote write status"]],
    "delegate-read-alias": [`const payments = tx.payment;\nawait payments.findMany({ where: { id } });`, ["Payment read"]],
    "untyped-receiver": [
      `declare const model: string;\n// eslint-disable-next-line @typescript-eslint/no-explicit-any\nawait (tx as any)[model].update({ where: { id }, data: { status: to } });`,
      ["(untyped receiver) write"],
    ],
    // ── what the data holds ──
    "computed-key": [`const column = "status";\nawait tx.repairQuote.update({ where: { id }, data: { [column]: to } });`, ["RepairQuote write status"]],
    "status-shorthand": [`const status = to;\nawait tx.repairQuote.update({ where: { id }, data: { status } });`, ["RepairQuote write status"]],
    "data-parameter": [
      `export async function patch(data: Prisma.RepairQuoteUpdateManyMutationInput): Promise<void> {\n  await tx.repairQuote.updateMany({ where: { id }, data });\n}`,
      ["RepairQuote write status"],
    ],
    "data-from-helper": [
      `const toData = (status: QuoteStatus) => ({ status, updatedAt: new Date() });\nawait tx.repairQuote.update({ where: { id }, data: toData(to) });`,
      ["RepairQuote write status"],
    ],
    "data-mutated-after-declaration": [
      `const patch: Prisma.RepairQuoteUpdateManyMutationInput = {};\nif (to === "COMPLETED") patch.status = to;\nawait tx.repairQuote.updateMany({ where: { id }, data: patch });`,
      ["RepairQuote write status"],
    ],
    "data-spread-of-parameter": [
      `export async function save(values: Prisma.RepairQuoteUpdateManyMutationInput): Promise<void> {\n  await tx.repairQuote.updateMany({ where: { id }, data: { ...values, updatedAt: new Date() } });\n}`,
      ["RepairQuote write status"],
    ],
    "data-any": [`const rows = JSON.parse("[]");\nawait tx.escalationOffer.createMany({ data: rows });`, ["EscalationOffer write status"]],
    "rows-mapped": [
      `declare const offers: Omit<Prisma.EscalationOfferCreateManyInput, "status">[];\nawait tx.escalationOffer.createMany({ data: offers.map((offer) => ({ ...offer, status: "OFFERED" as const })) });`,
      ["EscalationOffer write status"],
    ],
    "state-column-not-named-status": [`await tx.mechanicProfile.update({ where: { userId: id }, data: { vettingStatus: "APPROVED" } });`, ["MechanicProfile write vettingStatus"]],
    "omit-excludes-status": [`export async function insert(users: Omit<Prisma.UserCreateManyInput, "status">[]): Promise<void> {\n  await tx.user.createMany({ data: users });\n}`, ["User write"]],
    "status-in-where-only": [`await tx.repairQuote.updateMany({ where: { id, status: "PENDING" }, data: { validUntil: new Date() } });`, ["RepairQuote write"]],
    // ── nested relation writes ──
    "nested-update-to-one": [
      `await tx.diagnosticSession.update({ where: { id }, data: { escalation: { update: { status: "CANCELLED" } } } });`,
      ["DiagnosticSession write", "Escalation write status"],
    ],
    "nested-update-many": [
      `await tx.escalation.update({ where: { id }, data: { quotes: { updateMany: { where: {}, data: { status: "EXPIRED" } } } } });`,
      ["Escalation write", "RepairQuote write status"],
    ],
    "nested-create-list": [
      `declare const offer: Omit<Prisma.EscalationOfferCreateManyEscalationInput, "status">;\nawait tx.escalation.update({ where: { id }, data: { offers: { create: [{ ...offer, status: "OFFERED" }] } } });`,
      ["Escalation write", "EscalationOffer write status"],
    ],
    "nested-create-many": [
      `declare const offer: Omit<Prisma.EscalationOfferCreateManyEscalationInput, "status">;\nawait tx.escalation.update({ where: { id }, data: { offers: { createMany: { data: [{ ...offer, status: "OFFERED" }] } } } });`,
      ["Escalation write", "EscalationOffer write status"],
    ],
    "nested-connect-or-create": [
      `declare const quote: Omit<Prisma.RepairQuoteCreateManyInput, "status">;\ndeclare const item: Omit<Prisma.QuoteLineItemCreateManyInput, "quoteId">;\nawait tx.quoteLineItem.create({ data: { ...item, quote: { connectOrCreate: { where: { id }, create: { ...quote, status: to } } } } });`,
      ["QuoteLineItem write", "RepairQuote write status"],
    ],
    "nested-upsert": [
      `declare const escalation: Omit<Prisma.EscalationCreateManyInput, "sessionId" | "status">;\nawait tx.diagnosticSession.update({ where: { id }, data: { escalation: { upsert: { create: escalation, update: { status: "CANCELLED" } } } } });`,
      ["DiagnosticSession write", "Escalation write status"],
    ],
    "nested-delete-no-status": [`await tx.diagnosticSession.update({ where: { id }, data: { escalation: { delete: true } } });`, ["DiagnosticSession write", "Escalation write"]],
    "nested-connect-is-a-read": [
      `declare const message: Omit<Prisma.ChatMessageCreateInput, "session" | "sender" | "workshop" | "violation">;\nawait tx.chatMessage.create({ data: { ...message, sender: { connect: { id } }, session: { connect: { id } } } });`,
      ["ChatMessage write", "DiagnosticSession read", "User read"],
    ],
    // ── raw SQL ──
    "sql-fragment-sets-status": [
      `const set = Prisma.sql\`status = \${to}::"EscalationStatus"\`;\nawait tx.$executeRaw\`UPDATE "Escalation" SET \${set} WHERE id = \${id}::uuid\`;`,
      ["Escalation write raw status"],
    ],
    "sql-insert-unquoted-status": [`await tx.$executeRaw\`INSERT INTO "Escalation" (id, "sessionId", status) VALUES (\${id}::uuid, \${id}::uuid, 'QUOTED')\`;`, ["Escalation write raw status"]],
    "sql-update-other-column": [`await tx.$executeRaw\`UPDATE "RepairQuote" SET "validUntil" = now() WHERE id = \${id}::uuid\`;`, ["RepairQuote write raw status"]],
    "sql-schema-qualified": [`await tx.$executeRaw\`UPDATE public."RepairQuote" SET "validUntil" = now() WHERE id = \${id}::uuid\`;`, ["RepairQuote write raw status"]],
    "sql-unquoted-table": [`await tx.$executeRaw\`DELETE FROM public.refund WHERE id = \${id}::uuid\`;`, ["Refund write raw"]],
    "sql-double-quoted-string": [`await tx.$executeRawUnsafe("UPDATE \\"RepairQuote\\" SET status = $1 WHERE id = $2::uuid", to, id);`, ["RepairQuote write raw status"]],
    "sql-merge": [`await tx.$executeRaw\`MERGE INTO "RepairQuote" q USING (SELECT 1) s ON q.id = \${id}::uuid WHEN MATCHED THEN UPDATE SET status = 'EXPIRED'\`;`, ["RepairQuote write raw status"]],
    "sql-reads": [`await tx.$queryRaw\`SELECT p.id FROM "Payment" p JOIN public."Workshop" w ON w.id = p.id WHERE p.id = \${id}::uuid FOR UPDATE\`;`, ["Payment read raw", "Workshop read raw"]],
    "prose-is-not-sql": [`throw new Error("could not update payment from refund");`, []],
  } satisfies Record<string, [string, string[]]>).map(([name, [body, finds]]) => [name, { text: `${HEADER}\n${body}\n`, finds }]),
);
