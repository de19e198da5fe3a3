// A workshop answers its customer through several advisors, and a number typed in pieces is the
// workshop's whichever advisor typed each piece ("our line is 512 447" from one, "0318" from
// another). In a workshop conversation the burst is the writing side's (split-detail.ts,
// sideBurst): the workshop's advisors together, the customer's replies between their pieces passed
// over. Every piece is masked (the earlier ones retroactively, audited about their own sender), and
// the advisor whose message completes the number is the one offender: the earlier piece was
// innocent alone, and penalising its writer would let a colleague get them penalised by typing
// digits after it. Innocent figures from two advisors (a bay, then a time; an invoice, then a total)
// stay as written.
import { describe, expect, it } from "vitest";
import { createAdvisor, type CreatedUser } from "../factories/index.ts";
import { acceptedEscalation, SEND_TO_WORKSHOP } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

type Writer = "A" | "B" | "CUSTOMER";

/** A workshop conversation with two advisors of the workshop (A and B) and the customer; sends a conversation in order. */
async function conversation(lines: ReadonlyArray<[Writer, string]>) {
  const world = await acceptedEscalation(app);
  const writers: Record<Writer, CreatedUser> = { A: world.workshop.advisor, B: await createAdvisor(app, world.workshop.id), CUSTOMER: world.customer };
  const sent: { writer: Writer; body: string; id: string; flaggedKinds: string[] }[] = [];
  for (const [writer, body] of lines) {
    const result = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body }, writers[writer].token);
    expect(result.errors).toBeUndefined();
    sent.push({ writer, body, id: result.data!.sendWorkshopMessage.message.id, flaggedKinds: result.data!.sendWorkshopMessage.flaggedKinds });
  }
  const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: sent.map((message) => message.id) } } });
  const byId = new Map(stored.map((row) => [row.id, row]));
  return { writers, sent: sent.map((message) => ({ ...message, row: byId.get(message.id)! })) };
}

describe("a phone number typed in pieces by two advisors of one workshop", () => {
  it.each([
    {
      name: "one after the other",
      lines: [
        ["A", "our line is 512 447"],
        ["B", "0318"],
      ] as Array<[Writer, string]>,
    },
    {
      name: "with the customer's reply between the pieces",
      lines: [
        ["A", "our line is 512 447"],
        ["CUSTOMER", "ok?"],
        ["B", "0318"],
      ] as Array<[Writer, string]>,
    },
  ])("is masked in both pieces and penalises the advisor who completed it: $name", async ({ lines }) => {
    const { writers, sent } = await conversation(lines);
    const [first, ...rest] = sent;
    const last = rest[rest.length - 1]!;
    expect(last.flaggedKinds).toContain("PHONE");
    expect(first!.row.deliveredBody).not.toMatch(/512|447/);
    expect(first!.row).toMatchObject({ flaggedKinds: ["PHONE"], editedAt: expect.any(Date) });
    expect(last.row.deliveredBody).not.toContain("0318");
    for (const reply of sent.filter((message) => message.writer === "CUSTOMER")) expect(reply.row).toMatchObject({ deliveredBody: reply.body, flaggedKinds: [], editedAt: null });

    // The earlier piece's mask is audited about the advisor who wrote it.
    const edit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "chat.message.masked_retroactively", entityId: first!.id } });
    expect(edit).toMatchObject({ subjectUserId: writers.A.id, data: expect.objectContaining({ completedByMessageId: last.id }) });
    // One offence, the completing advisor's.
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: { in: [writers.A.id, writers.B.id] } } });
    expect(violations.map((violation) => ({ offenderId: violation.offenderId, messageId: violation.messageId }))).toEqual([{ offenderId: writers.B.id, messageId: last.id }]);
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: writers.A.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
  });
});

describe("innocent figures from two advisors of one workshop", () => {
  it.each([
    {
      name: "a bay, then a time",
      lines: [
        ["A", "bay 3"],
        ["B", "ready at 4:30"],
      ] as Array<[Writer, string]>,
    },
    {
      name: "an invoice number, then the total",
      lines: [
        ["A", "invoice 4471"],
        ["B", "total 380"],
      ] as Array<[Writer, string]>,
    },
  ])("are delivered as written, never edited or penalised: $name", async ({ lines }) => {
    const { sent } = await conversation(lines);
    for (const message of sent) {
      expect(message.flaggedKinds, message.body).toEqual([]);
      expect(message.row).toMatchObject({ deliveredBody: message.body, editedAt: null });
    }
    expect(await app.prisma.contactViolation.count({ where: { messageId: { in: sent.map((message) => message.id) } } })).toBe(0);
  });
});
