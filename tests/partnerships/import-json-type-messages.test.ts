// A JSON price list import's row holding a value of the wrong type, or missing a field, is
// rejected in the house's words ("must be text", "is required"), by row and field, as every other
// rule of the import reads. Before, the report carried zod's own text: "Invalid input: expected
// string, received object".
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { part, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;

describe("a JSON price list import's row of the wrong shape", () => {
  it("is rejected by row and field in the house's words, importing nothing", async () => {
    const w = await partnerWorld(app, admin);
    const { category: _missing, ...withoutCategory } = part("TYP-3", 100, 150);
    const rows = [part("TYP-1", 100, 150), { ...part("TYP-2", 100, 150), name: { text: "Pads" }, leadTimeDays: true }, withoutCategory, { ...part("TYP-4", 100, 150), colour: "red" }];
    const report = await app.gql(IMPORT, { p: w.partnership.id, f: "JSON", c: JSON.stringify(rows) }, w.partner.token);

    expect(report.data?.importCatalog, report.body).toEqual({
      applied: false,
      importedCount: 0,
      rejected: [
        { row: 2, field: "name", reason: "must be text" },
        { row: 2, field: "leadTimeDays", reason: expect.stringMatching(/^must be a whole number/) },
        { row: 3, field: "category", reason: "is required" },
        { row: 4, field: "row", reason: "has unknown fields" },
      ],
    });
    expect(report.body).not.toMatch(/Invalid input|expected \w+, received/);
  });
});
