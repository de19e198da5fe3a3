import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A price list import of the largest size accepted (5,000 rows) goes in short batches: other
 * users' requests get through while it runs, it answers well inside the request timeout, and it
 * is idempotent per row, so sending it again (a retry) writes the same rows, not new ones.
 */
const IMPORT = `mutation ($p: ID!, $f: CatalogFormat!, $c: String!) { importCatalog(partnershipId: $p, format: $f, content: $c) { applied importedCount rejected { row field reason } } }`;
const ROWS = 5_000;

let app: TestApp;
serverSpec((started) => (app = started));

const HEADER = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";
const rows = (retail: number) => [HEADER, ...Array.from({ length: ROWS }, (_, i) => `BULK-${i},Brake pad ${i},brakes,100,${retail},10,1,2020-01-01,`)].join("\n");

describe("importing a 5,000-row price list", () => {
  it("lets other work through, answers inside the request timeout, and a retry rewrites the same rows", async () => {
    const w = await partnerWorld(app, await createAdmin(app));
    const bystander = await createCustomer(app);
    let importing = true;
    // Counted, not timed (timings live in `npm run bench`): a bystander's requests complete while
    // the import is still running, which a single long transaction holding the pool would prevent.
    let answeredDuringImport = 0;
    const probe = (async () => {
      while (importing) {
        const response = await app.gql(`{ me { id } }`, {}, bystander.token);
        expect(response.errors, response.body).toBeUndefined();
        if (importing) answeredDuringImport++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const first = await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: rows(150) }, w.partner.token);
    importing = false;
    await probe;
    // No 503: the default request timeout was not reached.
    expect(first.data?.importCatalog, first.body).toEqual({ applied: true, importedCount: ROWS, rejected: [] });
    expect(answeredDuringImport).toBeGreaterThanOrEqual(2);

    // A retry (say the answer was lost): the same keys, updated values, no new rows.
    const again = await app.gql(IMPORT, { p: w.partnership.id, f: "CSV", c: rows(175) }, w.partner.token);
    expect(again.data?.importCatalog, again.body).toEqual({ applied: true, importedCount: ROWS, rejected: [] });
    const stored = await app.prisma.partnerCatalogPart.findMany({
      where: { partnershipId: w.partnership.id, partNumber: { startsWith: "BULK-" } },
      select: { retailPriceCents: true, marginBasisPoints: true },
    });
    expect(stored).toHaveLength(ROWS);
    expect(new Set(stored.map((row) => `${row.retailPriceCents}/${row.marginBasisPoints}`))).toEqual(new Set(["175/4286"]));
    expect(await app.prisma.auditLog.count({ where: { entityId: w.partnership.id, action: "partnership.catalog_imported" } })).toBe(2);
  }, 120_000);
});

describe("a write that outlives the request timeout", () => {
  it("is answered 503 but never called retryable, since it may still commit (and here does)", async () => {
    // The world is built through the suite's usual server; a second server on the same database
    // has the shortest timeout the configuration takes (5,000 rows never import that fast, on any
    // machine), so only the import meets it, however loaded the machine is.
    const w = await partnerWorld(app, await createAdmin(app));
    const slow = await startTestApp({ REQUEST_TIMEOUT_MS: "100", DATABASE_URL: app.config.database.url! });
    try {
      const response = await fetch(slow.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${w.partner.token}` },
        body: JSON.stringify({ query: IMPORT, variables: { p: w.partnership.id, f: "CSV", c: rows(150) } }),
      });
      const body = (await response.json()) as { errors: Array<{ extensions: unknown }> };
      expect(response.status).toBe(503);
      expect(body.errors[0]!.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: false });
      // The import finishes after the answer: a client told to retry would have written it twice.
      const deadline = Date.now() + 30_000;
      while ((await slow.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } })) < ROWS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await slow.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id, partNumber: { startsWith: "BULK-" } } })).toBe(ROWS);
    } finally {
      await slow.close();
    }
  }, 120_000);
});
