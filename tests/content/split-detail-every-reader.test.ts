// Whoever reads a quote whose phone number was cut between its notes and its first line reads
// both parts masked: the customer (the quote and their lists), the referring mechanic (through the
// escalation), another advisor of the workshop, and the author in the write's own payload (as with
// a detail in one field, the stored text is the masked one; the author is suspended by the write).
// Admins read the same masked columns, and the originals of both parts only through
// `ContentFlag.original`, each read audited.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createAdvisor } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const QUOTE_TEXT = `query ($id: ID!) { quote(id: $id) { notes lineItems { description } } }`;
const QUOTE_LISTS = `{ quotes(first: 5) { nodes { notes lineItems { description } } } }`;
const ESCALATION_TEXT = `query ($id: ID!) { escalation(id: $id) { quotes { nodes { notes lineItems { description } } } } }`;
const FLAGS = `query ($a: ID) { contentFlags(authorId: $a) { nodes { field kinds masked original } } }`;

const NOTES = "OEM parts. Questions? 512 555";
const FIRST_LINE = "0143 after 6pm";
const MASKED = { notes: "OEM parts. Questions? [hidden]", lineItems: [{ description: "[hidden]" }, { description: "Brake service" }] };

describe("a quote whose phone number is cut between two fields", () => {
  it("reads masked for every reader; admins read the originals only through the audited flags", async () => {
    const world = await acceptedEscalation(app);
    const colleague = await createAdvisor(app, world.workshop.id);
    const admin = await createAdmin(app);
    const [pads, service] = REPAIR_1200.lineItems;
    const input = { ...REPAIR_1200, notes: NOTES, lineItems: [{ ...pads!, description: FIRST_LINE }, service!] };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    const { id, ...written } = quoted.data!.createQuote;
    expect(written).toEqual(MASKED);

    const reads: [string, string, string, Record<string, unknown>, (data: any) => unknown][] = [
      ["customer", world.customer.token, QUOTE_TEXT, { id }, (data) => data.quote],
      ["customer's list", world.customer.token, QUOTE_LISTS, {}, (data) => data.quotes.nodes[0]],
      ["mechanic, through the escalation", world.mechanic.token, ESCALATION_TEXT, { id: world.escalationId }, (data) => data.escalation.quotes.nodes[0]],
      ["another advisor of the workshop", colleague.token, QUOTE_TEXT, { id }, (data) => data.quote],
      ["admin", admin.token, QUOTE_TEXT, { id }, (data) => data.quote],
    ];
    for (const [reader, token, query, variables, pick] of reads) {
      const read = await app.gql(query, variables, token);
      expect(read.errors, reader).toBeUndefined();
      expect(pick(read.data), reader).toEqual(MASKED);
      expect(JSON.stringify(read.data), reader).not.toMatch(/512 555|0143/);
    }

    const flags = await app.gql(FLAGS, { a: world.workshop.advisor.id }, admin.token);
    expect(flags.errors).toBeUndefined();
    const byField = Object.fromEntries(flags.data!.contentFlags.nodes.map((flag: { field: string }) => [flag.field, flag]));
    expect(byField).toEqual({
      "input.notes": { field: "input.notes", kinds: ["PHONE"], masked: MASKED.notes, original: NOTES },
      "input.lineItems.0.description": { field: "input.lineItems.0.description", kinds: ["PHONE"], masked: "[hidden]", original: FIRST_LINE },
    });
    expect(await app.prisma.auditLog.count({ where: { action: "content.original.read", actorId: admin.id } })).toBe(2);
  });
});
