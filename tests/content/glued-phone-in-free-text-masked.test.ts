// A phone number glued to the word before it ("Carmen-503-555-0162", "Rosa/503-555-0199") in a
// free-text field is masked for every reader and flagged PHONE, as one written apart is: here a
// customer's reason for declining a quote, which the workshop reads (phone.ts GLUED_WORD). A part's
// number glued to its prefix in the same field stays as written.
import { describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const DECLINE = `mutation ($q: ID!, $r: String) { declineQuote(quoteId: $q, reason: $r) { id declineReason } }`;
const QUOTE = `query ($id: ID!) { quote(id: $id) { declineReason } }`;
const FLAGS = `query ($t: String, $e: ID) { contentFlags(entityType: $t, entityId: $e) { nodes { kinds } } }`;

/** A customer declines a fresh quote with `reason`: what the workshop's advisor reads of it, and the kinds flagged on the quote. */
async function decline(reason: string) {
  const world = await acceptedEscalation(app);
  const created = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
  const quoteId = created.data!.createQuote.id as string;
  const declined = await app.gql(DECLINE, { q: quoteId, r: reason }, world.customer.token);
  expect(declined.errors).toBeUndefined();
  const read = await app.gql(QUOTE, { id: quoteId }, world.workshop.advisor.token);
  const flags = await app.gql(FLAGS, { t: "RepairQuote", e: quoteId }, (await createAdmin(app)).token);
  return { advisorReads: read.data!.quote.declineReason as string, kinds: (flags.data!.contentFlags.nodes as Array<{ kinds: string[] }>).flatMap((f) => f.kinds) };
}

describe("a phone number glued to a word in a quote's decline reason", () => {
  it.each(["Too pricey for now. Carmen-503-555-0162 for anything else.", "Battery, backorder line Rosa/503-555-0199"])("%j is masked for the workshop and flagged PHONE", async (reason) => {
    const { advisorReads, kinds } = await decline(reason);
    expect(advisorReads).toContain("[hidden]");
    expect(advisorReads).not.toMatch(/503|555|016|0199/);
    expect(kinds).toContain("PHONE");
  });

  it("leaves a part number glued to its prefix as written, unflagged", async () => {
    const reason = "Found PN-12345-67890 cheaper elsewhere, and OEM-04465-33450 too";
    const { advisorReads, kinds } = await decline(reason);
    expect(advisorReads).toBe(reason);
    expect(kinds).toEqual([]);
  });
});
