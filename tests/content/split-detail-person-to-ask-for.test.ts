// A line that names a thing, then a person to ask for "on" or "at" a number ("Front pads and rotors -
// ask for Luis on four four seven oh three one eight", "Brake pads front - ask for Dave on
// fivefivefive oh one four two") gives that person's phone number: the thing named first ("pads",
// "rotors") does not make the number a part's (phone.ts, PHONE_CUE_PHRASES). Alone, such a line is
// masked (a quote's free text) or refused (a catalogue part's name); after a quote's notes giving the
// area code ("the front desk is area code 512"), both fields are masked, as the customer reads them
// as one text (512-447-0318).
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin } from "../factories/index.ts";
import { part, partnerWorld, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

/** The world's advisor quotes REPAIR_1200 with `notes` and its first line described as `description`. */
async function quoteWith(notes: string, description: string) {
  const world = await acceptedEscalation(app);
  const [pads, service] = REPAIR_1200.lineItems;
  const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input: { ...REPAIR_1200, notes, lineItems: [{ ...pads!, description }, service!] } }, world.workshop.advisor.token);
  expect(quoted.errors).toBeUndefined();
  return { world, quote: quoted.data!.createQuote, body: quoted.body };
}

/** Upserts a catalogue part named `name` in a fresh partnership: the response, and how many parts it added. */
async function partNamed(name: string) {
  const w = await partnerWorld(app, await createAdmin(app));
  const before = await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } });
  const response = await app.gql(UPSERT_PART, { p: w.partnership.id, input: { ...part("ASK-1", 4_000, 8_000), name } }, w.partner.token);
  return { response, added: (await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } })) - before };
}

describe("a quote's notes giving an area code, and a line naming a person to ask for on the rest", () => {
  it("are masked in both fields, flagged with PHONE, and one offence for the advisor", async () => {
    const { world, quote } = await quoteWith("Questions about the quote? the front desk is area code 512", "Front pads and rotors - ask for Luis on four four seven oh three one eight");
    expect(quote.notes).toBe("Questions about the quote? [hidden]");
    expect(quote.lineItems.map((line: { description: string }) => line.description)).toEqual(["[hidden]", "Brake service"]);
    // The texts, not the body: its ids are random hex, which may hold "512".
    expect(JSON.stringify({ notes: quote.notes, lineItems: quote.lineItems })).not.toMatch(/512|four four seven/);

    const flags = await app.prisma.contentFlag.findMany({ where: { entityId: quote.id }, orderBy: { field: "asc" }, select: { field: true, kinds: true } });
    expect(flags).toEqual([
      { field: "input.lineItems.0.description", kinds: ["PHONE"] },
      { field: "input.notes", kinds: ["PHONE"] },
    ]);
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: world.workshop.advisor.id } });
    expect(violations).toHaveLength(1);
    expect(violations[0]!.kinds).toEqual(["PHONE"]);
  });

  it("stay as written when the person is to be asked for at a time or a place", async () => {
    const notes = "Questions about the quote? ask for Luis at 8am";
    const description = "Front pads and rotors - ask for Luis on arrival, bay 2";
    const { world, quote } = await quoteWith(notes, description);
    expect(quote.notes).toBe(notes);
    expect(quote.lineItems[0].description).toBe(description);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: world.workshop.advisor.id } })).toBe(0);
  });
});

describe("a catalogue part's name naming a person to ask for on a number", () => {
  it.each(["Brake pads front - ask for Dave on fivefivefive oh one four two", "Brake pads front - ask for Dave on 447 0318"])("is refused whatever the part named before it: %j", async (name) => {
    const { response, added } = await partNamed(name);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.name" });
    expect(response.body).not.toMatch(/fivefivefive|447 0318/);
    expect(added).toBe(0);
  });

  it.each(["Brake pads front - ask for Dave at the parts counter", "Rotors - ask for Dave on 2 day delivery"])("is kept when no number follows: %j", async (name) => {
    const { response, added } = await partNamed(name);
    expect(response.errors).toBeUndefined();
    expect(added).toBe(1);
  });
});
