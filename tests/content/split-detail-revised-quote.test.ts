// A workshop's revised quote is read whole as its first version is: the edge reads reviseQuote's
// notes and lines together (authz/content-enforce.ts, readWriteTogether, the shape a partner
// quote's catalog names are read in too), so a phone number cut between the notes and a line
// ("Questions? 512 555" / "0143 after 6pm") is masked in both and is one offence of the advisor,
// and a revision whose lines hold innocent numbers ("Brake pads 0986494524", "Rotors 2 pcs 280 mm")
// goes out as written.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE, REPAIR_1200 } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id version notes lineItems { description } } }`;

/** A workshop's pending quote (REPAIR_1200) and the world it was written in. */
async function pendingQuote() {
  const world = await acceptedEscalation(app);
  const created = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
  expect(created.errors).toBeUndefined();
  return { world, quoteId: created.data!.createQuote.id as string };
}

describe("a revised quote's notes and lines", () => {
  it("are read together: a phone number cut between them is masked in both, one offence", async () => {
    const { world, quoteId } = await pendingQuote();
    const [pads, service] = REPAIR_1200.lineItems;
    const input = { ...REPAIR_1200, notes: "OEM parts. Questions? 512 555", lineItems: [{ ...pads!, description: "0143 after 6pm" }, service!] };
    const revised = await app.gql(REVISE, { q: quoteId, input }, world.workshop.advisor.token);
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.reviseQuote).toMatchObject({ version: 2, notes: "OEM parts. Questions? [hidden]", lineItems: [{ description: "[hidden]" }, { description: "Brake service" }] });
    const flags = await app.prisma.contentFlag.findMany({ where: { entityId: revised.data!.reviseQuote.id }, select: { field: true, kinds: true } });
    expect(flags).toEqual(
      expect.arrayContaining([
        { field: "input.notes", kinds: ["PHONE"] },
        { field: "input.lineItems.0.description", kinds: ["PHONE"] },
      ]),
    );
    expect(await app.prisma.contactViolation.count({ where: { offenderId: world.workshop.advisor.id } })).toBe(1);
  });

  it("holding innocent numbers go out as written", async () => {
    const { world, quoteId } = await pendingQuote();
    const [pads, service] = REPAIR_1200.lineItems;
    const input = {
      ...REPAIR_1200,
      lineItems: [
        { ...pads!, description: "Brake pads 0986494524" },
        { ...service!, description: "Rotors 2 pcs 280 mm" },
      ],
    };
    const revised = await app.gql(REVISE, { q: quoteId, input }, world.workshop.advisor.token);
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.reviseQuote.lineItems).toEqual([{ description: "Brake pads 0986494524" }, { description: "Rotors 2 pcs 280 mm" }]);
    expect(await app.prisma.contentFlag.count({ where: { entityId: revised.data!.reviseQuote.id } })).toBe(0);
  });
});
