// A price list import reads a whole-number column (prices in cents, stock, lead time) only from a
// number or plain decimal digits, as `79.99` was already refused. Before, a coercing parse stored
// junk as prices and stock: JSON `true` as 1 cent and `null` as 0, an empty CSV field as 0, and
// `0x10`, `0b11`, `0o7`, `1e3` as 16, 3, 7 and 1000. Each is now a rejection naming its row and
// column, and the import stays all or nothing: one rejected row and no row is written.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { part, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;
const HEADER = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";
const CENTS = "must be a whole number of cents";
const WHOLE = "must be a whole number";

/** A CSV row of part `partNumber` with these whole-number fields as text. */
const csvRow = (partNumber: string, wholesale: string, retail: string, quantity: string, leadTime: string) =>
  `${partNumber},Pad ${partNumber},brakes,${wholesale},${retail},${quantity},${leadTime},2020-01-01,`;

/** The parts of this spec (JNK-) the partnership's price list holds. */
async function imported(partnershipId: string) {
  return app.prisma.partnerCatalogPart.findMany({ where: { partnershipId, partNumber: { startsWith: "JNK-" } }, select: { partNumber: true } });
}

describe("a price list import's whole-number columns", () => {
  it("refuse, in CSV, an empty field and hexadecimal, binary, octal and exponent text, each by row and column, importing nothing", async () => {
    const w = await partnerWorld(app, admin);
    const csv = [
      HEADER,
      csvRow("JNK-1", "", "150", "10", "1"),
      csvRow("JNK-2", "100", "0x10", "10", "1"),
      csvRow("JNK-3", "100", "0x7D0", "", "1"),
      csvRow("JNK-4", "0b11", "150", "0o7", ""),
      csvRow("JNK-5", "100", "1e3", "10", "0x1"),
      csvRow("JNK-6", "100", "79.99", "10", "1"),
      csvRow("JNK-7", " 100 ", " 150", "10 ", "1"),
    ].join("\n");
    const report = await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: csv }, w.partner.token);

    expect(report.data?.importCatalog, report.body).toEqual({
      applied: false,
      importedCount: 0,
      rejected: [
        { row: 1, field: "wholesalePriceCents", reason: CENTS },
        { row: 2, field: "retailPriceCents", reason: CENTS },
        { row: 3, field: "retailPriceCents", reason: CENTS },
        { row: 3, field: "availableQuantity", reason: WHOLE },
        { row: 4, field: "wholesalePriceCents", reason: CENTS },
        { row: 4, field: "availableQuantity", reason: WHOLE },
        { row: 4, field: "leadTimeDays", reason: WHOLE },
        { row: 5, field: "retailPriceCents", reason: CENTS },
        { row: 5, field: "leadTimeDays", reason: WHOLE },
        { row: 6, field: "retailPriceCents", reason: CENTS },
      ],
    });
    expect(await imported(w.partnership.id)).toEqual([]);
  });

  it("refuse, in JSON, true, null and number-like text, each by row and column, importing nothing", async () => {
    const w = await partnerWorld(app, admin);
    const json = JSON.stringify([
      { ...part("JNK-1", 100, 150), retailPriceCents: true },
      { ...part("JNK-2", 100, 150), wholesalePriceCents: null },
      { ...part("JNK-3", 100, 150), availableQuantity: "0x10", leadTimeDays: false },
      { ...part("JNK-4", 100, 150), retailPriceCents: "1e3" },
      part("JNK-5", 100, 150),
    ]);
    const report = await app.gql(IMPORT, { p: w.partnership.id, f: "JSON", c: json }, w.partner.token);

    expect(report.data?.importCatalog, report.body).toEqual({
      applied: false,
      importedCount: 0,
      rejected: [
        { row: 1, field: "retailPriceCents", reason: CENTS },
        { row: 2, field: "wholesalePriceCents", reason: CENTS },
        { row: 3, field: "availableQuantity", reason: WHOLE },
        { row: 3, field: "leadTimeDays", reason: WHOLE },
        { row: 4, field: "retailPriceCents", reason: CENTS },
      ],
    });
    expect(await imported(w.partnership.id)).toEqual([]);
  });

  it("take plain decimal digits with spaces around them, as the numbers they are", async () => {
    const w = await partnerWorld(app, admin);
    const csv = [HEADER, csvRow("JNK-8", " 100 ", "0150", " 10", "2 ")].join("\n");
    expect((await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: csv }, w.partner.token)).data?.importCatalog).toEqual({ applied: true, importedCount: 1, rejected: [] });
    expect(
      await app.prisma.partnerCatalogPart.findFirstOrThrow({
        where: { partnershipId: w.partnership.id, partNumber: "JNK-8" },
        select: { wholesalePriceCents: true, retailPriceCents: true, availableQuantity: true, leadTimeDays: true },
      }),
    ).toEqual({ wholesalePriceCents: 100, retailPriceCents: 150, availableQuantity: 10, leadTimeDays: 2 });
  });
});
