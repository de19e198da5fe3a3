// A catalog entry's name and its part number are shown together (the catalog a mechanic reads, the
// quote line a customer reads), yet each was judged alone: a name ending in an area code and a part
// number opening with the rest ("Belt kit, desk 303" / "PPS-555-0177") passed, and a customer read
// 303-555-0177. The edge reads an entry's texts together (authz/content-enforce.ts,
// readFieldsTogether: the part number after the names, its digit groups read with theirs,
// phoneGroupsAcross), and so does a price list import for each row: such an entry is refused
// (BAD_USER_INPUT, CONTACT_DETAILS, the name's field, never the value) and nothing is written.
// Read in any cut: the digits closing the name, then those opening the part number whatever words
// or letters stand before them ("Part no. 555-0177", "PPS555-0177"), exactly a valid North
// American number. Genuine part numbers still pass, a 555 in one too, unless the name before it
// ends in a number that the part number completes as a phone's: "Brake pads Peugeot 308" / "BP-412-2210" is refused
// (the partner writes "Peugeot 308 brake pads").
import { describe, expect, it } from "vitest";
import { createAdmin } from "../factories/index.ts";
import { part, partnerWorld, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;
const HEADER = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";

const SPLIT = [
  { name: "Belt kit, desk 303", partNumber: "PPS-555-0177", digits: /303|0177/ },
  { name: "Belt kit 303", partNumber: "BK 555 0177", digits: /303|0177/ },
  { name: "Brake pads Peugeot 308", partNumber: "BP-412-2210", digits: /308|2210/ },
  { name: "Belt kit, desk 303", partNumber: "Part no. 555-0177", digits: /303|0177/ },
  { name: "Belt kit, desk 303", partNumber: "PN PPS 555-0177", digits: /303|0177/ },
  { name: "Belt kit, desk 303", partNumber: "PPS555-0177", digits: /303|0177/ },
  { name: "Belt kit, desk 303", partNumber: "x555.0177", digits: /303|0177/ },
  { name: "Belt kit 30", partNumber: "PPS-3555-0177", digits: /3555|0177/ },
  { name: "Belt kit 3035", partNumber: "PPS-550177", digits: /3035|550177/ },
];

describe("a phone number cut between a catalog entry's name and its part number", () => {
  it.each(SPLIT)("is refused at upsertCatalogPart, nothing written: $name / $partNumber", async ({ name, partNumber, digits }) => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const before = await app.prisma.partnerCatalogPart.count({ where: { partnershipId: world.partnership.id } });
    // Each alone passes.
    for (const alone of [
      { ...part(partNumber, 1_000, 2_000), name: "Timing belt" },
      { ...part("TB-1", 1_000, 2_000), name },
    ]) {
      expect((await app.gql(UPSERT_PART, { p: world.partnership.id, input: alone }, world.partner.token)).errors).toBeUndefined();
    }
    const refused = await app.gql(UPSERT_PART, { p: world.partnership.id, input: { ...part(partNumber, 1_000, 2_000), name, validFrom: "2021-01-01" } }, world.partner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.name" });
    expect(refused.body).not.toMatch(digits);
    expect(await app.prisma.partnerCatalogPart.count({ where: { partnershipId: world.partnership.id } })).toBe(before + 2);
  });

  it("is rejected in a price list import, naming the row and both fields, nothing written", async () => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const before = await app.prisma.partnerCatalogPart.count({ where: { partnershipId: world.partnership.id } });
    const csv = [HEADER, "OF-1,Oil filter,engine,500,900,10,1,2020-01-01,", 'PPS-555-0177,"Belt kit, desk 303",engine,500,900,10,1,2020-01-01,'].join("\n");
    const report = await app.gql(IMPORT, { p: world.partnership.id, f: "CSV", c: csv }, world.partner.token);
    expect(report.errors).toBeUndefined();
    expect(report.data!.importCatalog).toMatchObject({ applied: false, importedCount: 0 });
    expect(report.data!.importCatalog.rejected.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [2, "name"],
      [2, "partNumber"],
    ]);
    expect(report.body).not.toMatch(/303|0177/);
    expect(await app.prisma.partnerCatalogPart.count({ where: { partnershipId: world.partnership.id } })).toBe(before);
  });
});

describe("genuine part numbers beside their names", () => {
  it("are written, by upsert and by import: a maker's number, a 555 in one, a size closing the name", async () => {
    const admin = await createAdmin(app);
    const world = await partnerWorld(app, admin);
    const entries = [
      { name: "Bosch injector", partNumber: "0280158117" },
      { name: "Brake pads", partNumber: "0986494524" },
      { name: "Rotor", partNumber: "BR-555-2210" },
      { name: "Brake disc 280 mm", partNumber: "BD-555-2210" },
      { name: "Peugeot 308 brake pads", partNumber: "BP-412-2210" },
      { name: "Brake pads Civic 2018", partNumber: "GDB1330" },
      { name: "Brake pads GDB1331", partNumber: "GDB1331" },
      { name: "Timing belt kit", partNumber: "530 0405 10" },
    ];
    for (const { name, partNumber } of entries) {
      const upserted = await app.gql(UPSERT_PART, { p: world.partnership.id, input: { ...part(partNumber, 1_000, 2_000), name } }, world.partner.token);
      expect(upserted.errors, name).toBeUndefined();
    }
    const csv = [HEADER, ...entries.map(({ name, partNumber }) => `${partNumber},${name},parts,500,900,10,1,2022-01-01,`)].join("\n");
    const report = await app.gql(IMPORT, { p: world.partnership.id, f: "CSV", c: csv }, world.partner.token);
    expect(report.data!.importCatalog).toEqual({ applied: true, importedCount: entries.length, rejected: [] });
  });
});
