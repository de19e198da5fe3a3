// A phone number cut between a quote's notes and its first line ("Questions? 512 555" /
// "0143 after 6pm") holds no detail in either field alone. The edge reads a write's monitored
// texts together as chat reads a sender's burst (authz/content-enforce.ts, readTogether): both
// fields are masked and flagged with the kind, the line that holds no part is left as written, and
// the advisor's ladder counts the write once.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS, REPAIR_1200 } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

describe("a phone number cut between a quote's notes and its first line", () => {
  it("is masked in both fields, flagged with PHONE, and one offence for the advisor", async () => {
    const world = await acceptedEscalation(app);
    const [pads, service] = REPAIR_1200.lineItems;
    const input = { ...REPAIR_1200, notes: "OEM parts. Questions? 512 555", lineItems: [{ ...pads!, description: "0143 after 6pm" }, service!] };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    const quote = quoted.data!.createQuote;
    expect(quote.notes).toBe("OEM parts. Questions? [hidden]");
    expect(quote.lineItems.map((line: { description: string }) => line.description)).toEqual(["[hidden]", "Brake service"]);
    expect(JSON.stringify(quoted)).not.toContain("0143");

    const flags = await app.prisma.contentFlag.findMany({ where: { entityId: quote.id }, orderBy: { field: "asc" }, select: { field: true, kinds: true, original: true } });
    expect(flags).toEqual([
      { field: "input.lineItems.0.description", kinds: ["PHONE"], original: "0143 after 6pm" },
      { field: "input.notes", kinds: ["PHONE"], original: "OEM parts. Questions? 512 555" },
    ]);
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: world.workshop.advisor.id }, include: { penalty: true } });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kinds: ["PHONE"], penalty: { kind: "WARNING_SUSPENSION_7_DAYS" } });
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: world.workshop.advisor.id }, select: { status: true, violationCount: true } })).toEqual({ status: "SUSPENDED", violationCount: 1 });
  });

  it("joins the notes to the first line whatever the order the input's fields were written in", async () => {
    const world = await acceptedEscalation(app);
    const [pads, service] = REPAIR_1200.lineItems;
    const quoted = await app.gql(
      `mutation ($e: ID!) { createQuote(escalationId: $e, input: { lineItems: [{ kind: PART, description: "0143 after 6pm", quantity: ${pads!.quantity}, unitPriceCents: ${pads!.unitPriceCents} }, { kind: LABOR, description: "${service!.description}", quantity: ${service!.quantity}, unitPriceCents: ${service!.unitPriceCents} }], notes: "OEM parts. Questions? 512 555" }) { notes lineItems { description } } }`,
      { e: world.escalationId },
      world.workshop.advisor.token,
    );
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createQuote).toEqual({ notes: "OEM parts. Questions? [hidden]", lineItems: [{ description: "[hidden]" }, { description: "Brake service" }] });
  });
});
