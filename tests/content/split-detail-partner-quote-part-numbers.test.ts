// A partner quote shows the customer each part's catalog name and its part number, but its joint
// reading (PartnerQuoteService, assertLinesReadTogether) read the names only: a part number holding
// an area code ("BK-303") and the next line's holding the rest ("PPS-555-0177"), or an entry stored
// before entries were read whole ("Belt kit, desk 303" / "PPS-555-0177"), reached the customer as
// 303-555-0177. The part numbers are now read with the names, in the order the customer reads
// them (a number's groups across texts: phoneGroupsAcross). Such a quote is refused at the first
// line holding a piece (BAD_USER_INPUT, CONTACT_DETAILS, `input.parts[i]`, never the value),
// nothing is written, the partner's entries are flagged for admins and no one is penalised.
import { describe, expect, it } from "vitest";
import { createAdmin } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, part, partnerWorld, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

type World = Awaited<ReturnType<typeof partnerWorld>>;

/** The partner's entries, each accepted on its own: their ids, in order. */
async function entries(world: World, parts: { name: string; partNumber: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const { name, partNumber } of parts) {
    const upserted = await app.gql(UPSERT_PART, { p: world.partnership.id, input: { ...part(partNumber, 1_000, 2_000), name } }, world.partner.token);
    expect(upserted.errors, `${name} / ${partNumber}`).toBeUndefined();
    ids.push(upserted.data!.upsertCatalogPart.id);
  }
  return ids;
}

const quoteOf = (world: World, ids: string[]) => ({ partnershipId: world.partnership.id, parts: ids.map((catalogPartId) => ({ catalogPartId, quantity: 1 })) });

/** The quote was refused at `input.parts[line]` without its digits, wrote nothing and penalised no one. */
async function expectRefused(world: World, refused: Awaited<ReturnType<TestApp["gql"]>>, line: number): Promise<void> {
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.parts[${line}]` });
  expect(refused.body).not.toMatch(/303|0177/);
  expect(await app.prisma.escalation.count({ where: { sessionId: world.sessionId } })).toBe(0);
  expect(await app.prisma.repairQuote.count({ where: { partnershipId: world.partnership.id } })).toBe(0);
  for (const user of [world.mechanic, world.partner]) {
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
  }
}

describe("a phone number cut across the part numbers and names a partner quote shows", () => {
  it("refuses the quote and flags each entry holding a piece: an area code in one part number, the rest in the next", async () => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const ids = await entries(world, [
      { name: "Belt kit", partNumber: "BK-303" },
      { name: "Timing belt", partNumber: "PPS-555-0177" },
    ]);
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: quoteOf(world, ids) }, world.mechanic.token);
    await expectRefused(world, refused, 0);
    const flags = await app.prisma.contentFlag.findMany({ where: { entityType: "CatalogPart", authorId: world.partner.id }, select: { entityId: true, field: true, kinds: true, original: true } });
    expect(flags).toEqual(
      expect.arrayContaining([
        { entityId: ids[0], field: "partNumber", kinds: ["PHONE"], original: "BK-303" },
        { entityId: ids[1], field: "partNumber", kinds: ["PHONE"], original: "PPS-555-0177" },
      ]),
    );
    expect(flags).toHaveLength(2);
  });

  it("refuses the quote of an entry stored before entries were read whole: a name ending in an area code, a part number with the rest", async () => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const stored = await app.prisma.partnerCatalogPart.create({
      data: {
        partnershipId: world.partnership.id,
        partNumber: "PPS-555-0177",
        name: "Belt kit, desk 303",
        category: "belts",
        wholesalePriceCents: 1_000,
        retailPriceCents: 2_000,
        marginBasisPoints: 5_000,
        availableQuantity: 10,
        leadTimeDays: 1,
        validFrom: new Date("2020-01-01"),
      },
    });
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: quoteOf(world, [stored.id]) }, world.mechanic.token);
    await expectRefused(world, refused, 0);
    expect(await app.prisma.contentFlag.findMany({ where: { entityType: "CatalogPart", entityId: stored.id }, select: { field: true, kinds: true } })).toEqual([{ field: "name", kinds: ["PHONE"] }]);
  });
});

describe("genuine part numbers on a partner quote", () => {
  it("quote as the partner wrote them", async () => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const parts = [
      { name: "Bosch injector", partNumber: "0280158117" },
      { name: "Rotor", partNumber: "BR-555-2210" },
      { name: "Brake disc 280 mm", partNumber: "BD-555-2210" },
    ];
    const quoted = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: quoteOf(world, await entries(world, parts)) }, world.mechanic.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createPartnerQuote.quote.lineItems.map(({ description, partNumber }: { description: string; partNumber: string }) => ({ name: description, partNumber }))).toEqual(parts);
  });
});
