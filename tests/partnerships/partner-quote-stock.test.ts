// A partner quote is refused when it asks for more of a catalog part than is in stock, as the
// customer's approval would be: a quote no one can approve never reaches the partner or the customer.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, partnerWorld, REJECT_PARTNER_QUOTE } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

/** Pads (10 in stock, the factory's) over two lines, `first` + `second` of them. */
const padsQuote = (p: { id: string; padsId: string }, first: number, second: number) => ({
  partnershipId: p.id,
  parts: [
    { catalogPartId: p.padsId, quantity: first },
    { catalogPartId: p.padsId, quantity: second },
  ],
});

describe("a partner quote's catalog stock", () => {
  it("refuses more of a part than is in stock, counting every line of it, with the approval's OUT_OF_STOCK", async () => {
    const w = await partnerWorld(app, admin);
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: padsQuote(w.partnership, 6, 5) }, w.mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "OUT_OF_STOCK", partNumber: "BP-1", availableQuantity: 10 });
    expect(await app.prisma.repairQuote.count({ where: { partnershipId: w.partnership.id } })).toBe(0);
    // Exactly the stock is quoted, and reserves nothing before the customer approves.
    expect((await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: padsQuote(w.partnership, 5, 5) }, w.mechanic.token)).errors).toBeUndefined();
    expect((await app.prisma.partnerCatalogPart.findUniqueOrThrow({ where: { id: w.partnership.padsId } })).availableQuantity).toBe(10);
  });

  it("refuses a new version of a rejected quote that asks for more than is in stock", async () => {
    const w = await partnerWorld(app, admin);
    const first = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: padsQuote(w.partnership, 2, 2) }, w.mechanic.token);
    const quoteId = first.data!.createPartnerQuote.quote.id;
    expect((await app.gql(REJECT_PARTNER_QUOTE, { q: quoteId, r: "Use the premium pads" }, w.partner.token)).errors).toBeUndefined();
    const refused = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: padsQuote(w.partnership, 8, 5) }, w.mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "OUT_OF_STOCK", partNumber: "BP-1", availableQuantity: 10 });
  });
});
