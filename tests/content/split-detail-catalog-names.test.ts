// A partner's catalog part names are each judged alone when written (upsertCatalogPart), so a
// partner can cut a phone number across two names ("Brake pads, call Dave area code 737",
// "Rotors 555 0142"), each accepted, and a partnered mechanic's quote picking both shows the
// customer 737 555 0142. A partner quote is read whole before it is written, as the customer reads
// it (PartnerQuoteService, assertLinesReadTogether: its notes, then the names its lines show, read
// together as the edge reads a workshop's quote). Such a quote is refused at the first line holding
// a part (BAD_USER_INPUT, CONTACT_DETAILS, `input.parts[i]`, never the value), nothing is written,
// and the partner's entries are flagged for admins (on each CatalogPart, authored by the partner);
// no one is penalised: the mechanic only picked the parts, the partner's names were accepted one
// by one. Innocent names holding numbers (a part number, a count and a size) still quote.
import { describe, expect, it } from "vitest";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, part, partnerWorld, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const FLAGS = `query ($t: String, $a: ID) { contentFlags(entityType: $t, authorId: $a) { totalCount nodes { entityId field kinds original } } }`;

/** A partnered mechanic's world whose partner added two parts named `names` (each accepted alone): their ids. */
async function partsNamed(admin: CreatedUser, names: [string, string]) {
  const world = await partnerWorld(app, admin);
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const upserted = await app.gql(UPSERT_PART, { p: world.partnership.id, input: { ...part(`NM-${i}`, 1_000, 2_000), name } }, world.partner.token);
    expect(upserted.errors, name).toBeUndefined();
    ids.push(upserted.data!.upsertCatalogPart.id);
  }
  return { world, ids };
}

const quoteOf = (partnershipId: string, ids: string[], notes?: string) => ({ partnershipId, parts: ids.map((catalogPartId) => ({ catalogPartId, quantity: 1 })), ...(notes ? { notes } : {}) });

describe("a phone number cut across the catalog names a partner quote shows", () => {
  it.each([
    { name: "two part names", names: ["Brake pads, call Dave area code 737", "Rotors 555 0142"] as [string, string], notes: undefined, refusedLines: [0, 1] },
    { name: "the quote's notes and a part name", names: ["Rotors 555 0142", "Brake pads front"] as [string, string], notes: "Questions? call Dave area code 737", refusedLines: [0] },
  ])("refuses the quote, writes nothing, and flags the partner's entries without a penalty: $name", async ({ names, notes, refusedLines }) => {
    const admin = await createAdmin(app);
    const { world, ids } = await partsNamed(admin, names);
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: quoteOf(world.partnership.id, ids, notes) }, world.mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.parts[${refusedLines[0]}]` });
    expect(JSON.stringify(refused)).not.toMatch(/737|555|0142/);
    expect(await app.prisma.escalation.count({ where: { sessionId: world.sessionId } })).toBe(0);
    expect(await app.prisma.repairQuote.count({ where: { partnershipId: world.partnership.id } })).toBe(0);

    const flags = await app.gql(FLAGS, { t: "CatalogPart", a: world.partner.id }, admin.token);
    expect(flags.errors).toBeUndefined();
    const expected = refusedLines.map((line) => ({ entityId: ids[line], field: "name", kinds: ["PHONE"], original: names[line] }));
    expect(flags.data!.contentFlags.totalCount).toBe(expected.length);
    expect(flags.data!.contentFlags.nodes).toEqual(expect.arrayContaining(expected));
    const refusal = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "content.refused", entityType: "CatalogPart", entityId: ids[refusedLines[0]!] } });
    expect(refusal).toMatchObject({ actorId: world.mechanic.id, subjectUserId: world.partner.id, data: expect.objectContaining({ operation: "Mutation.createPartnerQuote" }) });

    for (const user of [world.mechanic, world.partner]) {
      expect(await app.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
    }
  });
});

describe("catalog names holding innocent numbers", () => {
  it("quote as written: a part number, then a count and a size", async () => {
    const admin = await createAdmin(app);
    const names: [string, string] = ["Brake pads 0986494524", "Rotors 2 pcs 280 mm"];
    const { world, ids } = await partsNamed(admin, names);
    const quoted = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: quoteOf(world.partnership.id, ids, "Front axle, fitted same day") }, world.mechanic.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createPartnerQuote.quote.lineItems.map((line: { description: string }) => line.description)).toEqual(names);
    expect(await app.prisma.contentFlag.count({ where: { authorId: { in: [world.mechanic.id, world.partner.id] } } })).toBe(0);
  });
});
