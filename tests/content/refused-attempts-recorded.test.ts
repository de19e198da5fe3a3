// A value refused at the edge for contact details (a name or a drop-off address) is recorded for
// admins as a content flag of entity "RefusedInput" with an audit row, so a professional's refused
// attempts are seen in review; nothing else is written, no penalty applies, and the refusal never
// echoes the value.
import { describe, expect, it } from "vitest";
import { createAdmin, createMechanic } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
const FLAGS = `query ($t: String, $a: ID) { contentFlags(entityType: $t, authorId: $a) { totalCount nodes { field kinds original } } }`;

describe("a refused display name", () => {
  it("is flagged for admins with what was written, audited, and costs no standing", async () => {
    const mechanic = await createMechanic(app);
    const refused = await app.gql(UPDATE, { input: { displayName: "Sam 512 555 0143" } }, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS" });
    expect(JSON.stringify(refused).replace(UUID, "<id>")).not.toContain("0143"); // a random id may hold "0143"

    const admin = await createAdmin(app);
    const flags = await app.gql(FLAGS, { t: "RefusedInput", a: mechanic.id }, admin.token);
    expect(flags.data!.contentFlags).toMatchObject({ totalCount: 1, nodes: [{ field: "input.displayName", kinds: ["PHONE"], original: "Sam 512 555 0143" }] });
    expect(await app.prisma.auditLog.count({ where: { action: "content.refused", subjectUserId: mechanic.id } })).toBe(1);
    const account = await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id }, include: { mechanic: true } });
    expect(account.status).toBe("ACTIVE");
    expect(account.mechanic?.displayName).not.toContain("0143");
  });
});

describe("a price list import refused for contact details", () => {
  const IMPORT = `mutation ($p: ID!, $c: String!) { importCatalog(partnershipId: $p, format: CSV, content: $c) { applied rejected { row field reason } } }`;
  const header = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";

  it("is one flag for admins, its first refused value with the kinds of all, as a refused upsert is", async () => {
    const admin = await createAdmin(app);
    const w = await partnerWorld(app, admin);
    const csv = [
      header,
      "BRK-9,Ceramic pads,brakes,4000,7000,5,1,2026-01-01,",
      `BRK-10,"Pads, text 512 555 0143",brakes,4000,7000,5,1,2026-01-01,`,
      "BRK-11,Rotor,brakes mail pads@example.test,4000,7000,5,1,2026-01-01,",
    ].join("\n");
    const report = await app.gql(IMPORT, { p: w.partnership.id, c: csv }, w.partner.token);
    expect(report.data!.importCatalog.applied).toBe(false);
    expect(report.body).not.toContain("0143");

    const flags = await app.gql(FLAGS, { t: "RefusedInput", a: w.partner.id }, admin.token);
    expect(flags.data!.contentFlags).toMatchObject({ totalCount: 1, nodes: [{ field: "content[2].name", kinds: ["EMAIL", "PHONE"], original: "Pads, text 512 555 0143" }] });
    expect(await app.prisma.auditLog.count({ where: { action: "content.refused", subjectUserId: w.partner.id } })).toBe(1);
  });

  it("writes no flag when no row holds a contact detail", async () => {
    const admin = await createAdmin(app);
    const w = await partnerWorld(app, admin);
    const csv = [header, "BRK-12,Ceramic pads,brakes,4000,7000,5,1,not-a-day,"].join("\n");
    expect((await app.gql(IMPORT, { p: w.partnership.id, c: csv }, w.partner.token)).data!.importCatalog.applied).toBe(false);
    expect((await app.gql(FLAGS, { t: "RefusedInput", a: w.partner.id }, admin.token)).data!.contentFlags.totalCount).toBe(0);
  });
});
