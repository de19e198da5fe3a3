// An e-mail address written in two fields of one write, its mailbox in one ("Invoice copies to
// samfixes") and its domain said in the next ("at gmail dot com"), is read as one address, as chat
// reads it over two messages: the mailbox is masked too, not only the domain the second field
// gives away alone, and both fields are flagged EMAIL.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS, REPAIR_1200 } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

describe("an e-mail address cut between two fields", () => {
  it("hides the mailbox in the notes and the domain in the line, flagged EMAIL in both", async () => {
    const world = await acceptedEscalation(app);
    const [pads, service] = REPAIR_1200.lineItems;
    const input = { ...REPAIR_1200, notes: "Invoice copies to samfixes", lineItems: [{ ...pads!, description: "at gmail dot com" }, service!] };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    const quote = quoted.data!.createQuote;
    expect(JSON.stringify(quote)).not.toContain("samfixes");
    expect(quote.notes).toBe("[hidden]");
    expect(quote.lineItems.map((line: { description: string }) => line.description)).toEqual(["[hidden]", "Brake service"]);

    const flags = await app.prisma.contentFlag.findMany({ where: { entityId: quote.id }, orderBy: { field: "asc" }, select: { field: true, kinds: true } });
    expect(flags).toEqual([
      { field: "input.lineItems.0.description", kinds: ["EMAIL", "LINK"] },
      { field: "input.notes", kinds: ["EMAIL"] },
    ]);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: world.workshop.advisor.id } })).toBe(1);
  });

  it("is read across two line items as well", async () => {
    const world = await acceptedEscalation(app);
    const [pads, service] = REPAIR_1200.lineItems;
    const input = {
      ...REPAIR_1200,
      lineItems: [
        { ...pads!, description: "Front pads, receipts to samfixes" },
        { ...service!, description: "at gmail dot com" },
      ],
    };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    expect(JSON.stringify(quoted.data)).not.toContain("samfixes");
    expect(quoted.data!.createQuote.lineItems).toEqual([{ description: "[hidden]" }, { description: "[hidden]" }]);
    const flags = await app.prisma.contentFlag.findMany({
      where: { entityId: quoted.data!.createQuote.id, field: { startsWith: "input.lineItems" } },
      orderBy: { field: "asc" },
      select: { field: true, kinds: true },
    });
    expect(flags).toEqual([
      { field: "input.lineItems.0.description", kinds: ["EMAIL"] },
      { field: "input.lineItems.1.description", kinds: ["EMAIL", "LINK"] },
    ]);
  });
});
