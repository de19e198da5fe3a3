// A phone number spread over two line items of one quote ("... questions text 512 555" /
// "0143 brake service"), each innocent alone, is read as a burst in the order the lines were
// sent: both lines are masked and flagged, the notes stay as written, and the write is one
// offence. A part number between the lines is read as a part number, so it neither hides a piece
// nor parts the lines around it.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS_AND_PART_NUMBERS } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const line = (description: string, partNumber?: string) => ({ kind: "PART", description, partNumber: partNumber ?? null, quantity: 1, unitPriceCents: 20_000 });

describe("a phone number spread over two line items", () => {
  it("masks and flags both lines, keeps the notes, and counts the write once", async () => {
    const world = await acceptedEscalation(app);
    const input = { notes: "OEM parts", lineItems: [line("Front pads and rotors, questions text 512 555", "BR-100"), line("0143 brake service")], validDays: 14 };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    const quote = quoted.data!.createQuote;
    expect(quote.notes).toBe("OEM parts");
    expect(quote.lineItems).toEqual([
      { description: "[hidden]", partNumber: "BR-100" },
      { description: "[hidden]", partNumber: null },
    ]);

    const flags = await app.prisma.contentFlag.findMany({ where: { entityId: quote.id }, orderBy: { field: "asc" }, select: { field: true, kinds: true } });
    expect(flags).toEqual([
      { field: "input.lineItems.0.description", kinds: ["PHONE"] },
      { field: "input.lineItems.1.description", kinds: ["PHONE"] },
    ]);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: world.workshop.advisor.id } })).toBe(1);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: world.workshop.advisor.id } })).violationCount).toBe(1);
  });

  it("does not join pieces further apart than a chat burst reaches (SPLIT_DETAIL_MAX_EARLIER)", async () => {
    const world = await acceptedEscalation(app);
    // The pieces four lines apart: a chat message is read with the two before it, a field too.
    const input = {
      notes: "OEM parts",
      lineItems: [line("Front pads and rotors, questions text 512 555"), line("Brake fluid, 1 L"), line("Caliper slide pins"), line("Wheel bolts"), line("0143 brake service")],
      validDays: 14,
    };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createQuote.lineItems.map((item: { description: string }) => item.description)).toEqual(input.lineItems.map((item) => item.description));
    expect(await app.prisma.contentFlag.count({ where: { entityId: quoted.data!.createQuote.id } })).toBe(0);
  });
});
