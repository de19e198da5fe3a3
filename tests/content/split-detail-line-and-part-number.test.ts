// A workshop's quote line shows its description and its part number together, but the edge read
// a quote's notes and descriptions together and each part number alone: "Belt kit, desk 303" /
// "PPS-555-0177" reached the customer as 303-555-0177. Part numbers are now read with the texts
// around them, in the order the customer reads them (authz/content-enforce.ts, readFieldsTogether:
// each line's description, then its part number, a number's groups across texts). A part number
// holding a piece is a name holding one: the quote is refused (BAD_USER_INPUT, CONTACT_DETAILS,
// the part number's field, never the value) and nothing is written. Genuine part numbers quote.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, REPAIR_1200 } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const [PADS, SERVICE] = REPAIR_1200.lineItems;

describe("a phone number cut between a quote line's texts and a part number", () => {
  it.each([
    { name: "a line's description and its part number", lines: [{ ...PADS!, description: "Belt kit, desk 303", partNumber: "PPS-555-0177" }, SERVICE!], field: "input.lineItems[0].partNumber" },
    {
      name: "one line's part number and the next one's",
      lines: [{ ...PADS!, description: "Belt kit", partNumber: "BK-303" }, { ...PADS!, description: "Timing belt", partNumber: "PPS-555-0177" }, SERVICE!],
      field: "input.lineItems[0].partNumber",
    },
    { name: "the part number's digits after words", lines: [{ ...PADS!, description: "Belt kit, desk 303", partNumber: "PN PPS 555-0177" }, SERVICE!], field: "input.lineItems[0].partNumber" },
    { name: "letters glued to the part number's digits", lines: [{ ...PADS!, description: "Belt kit, desk 303", partNumber: "PPS555-0177" }, SERVICE!], field: "input.lineItems[0].partNumber" },
    { name: "cut inside the area code", lines: [{ ...PADS!, description: "Belt kit 30", partNumber: "PPS-3555-0177" }, SERVICE!], field: "input.lineItems[0].partNumber" },
  ])("refuses the quote and writes nothing: $name", async ({ lines, field }) => {
    const world = await acceptedEscalation(app);
    const refused = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input: { ...REPAIR_1200, lineItems: lines } }, world.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field });
    expect(refused.body).not.toMatch(/303|0177/);
    expect(await app.prisma.repairQuote.count({ where: { escalationId: world.escalationId } })).toBe(0);
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: world.workshop.advisor.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
  });
});

describe("genuine part numbers on a workshop's quote", () => {
  it("quote as written", async () => {
    const world = await acceptedEscalation(app);
    const lines = [
      { ...PADS!, description: "Bosch injector", partNumber: "0280158117" },
      { ...PADS!, description: "Brake pads", partNumber: "0986494524" },
      { ...PADS!, description: "Rotor", partNumber: "BR-555-2210" },
      SERVICE!,
    ];
    const quoted = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input: { ...REPAIR_1200, lineItems: lines } }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createQuote.lineItems).toEqual(lines.map(({ description, partNumber }) => ({ description, partNumber: partNumber ?? null })));
  });

  it("one line's part number and the next line's, cut off their groups across the description between, are two part numbers", async () => {
    const world = await acceptedEscalation(app);
    const lines = [{ ...PADS!, description: "Drive belt", partNumber: "75-430" }, { ...PADS!, description: "Shock absorber", partNumber: "41858-PLM-A06" }, SERVICE!];
    const quoted = await app.gql(CREATE_QUOTE_TEXTS_AND_PART_NUMBERS, { e: world.escalationId, input: { ...REPAIR_1200, lineItems: lines } }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createQuote.lineItems).toEqual(lines.map(({ description, partNumber }) => ({ description, partNumber: partNumber ?? null })));
  });
});
