// A partner's labor rate never charges the customer less per hour (mechanicRateCents, what the
// mechanic quotes) than the partner's own rate (ratePerHourCents): the price-list rule parts
// already had (retail not below wholesale; domain/money/pricing.ts sellsBelowCost). Before, a rate
// below the partner's, down to 0, was stored and partnered quotes were priced from it.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { partnerWorld, UPSERT_RATE } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const rate = (ratePerHourCents: number, mechanicRateCents: number) => ({ serviceCategory: "engine", ratePerHourCents, mechanicRateCents, validFrom: "2021-01-01" });
const engineRates = (partnershipId: string) =>
  app.prisma.partnerLaborRate.findMany({ where: { partnershipId, serviceCategory: "engine" }, select: { ratePerHourCents: true, mechanicRateCents: true } });

describe("a labor rate's customer rate", () => {
  it.each([
    ["below the partner's rate", 9_999],
    ["of nothing, against a partner's rate", 0],
  ])("%s is refused on mechanicRateCents, and nothing is stored", async (_case, mechanicRateCents) => {
    const w = await partnerWorld(app, admin);
    const refused = await app.gql(UPSERT_RATE, { p: w.partnership.id, input: rate(10_000, mechanicRateCents) }, w.partner.token);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mechanicRateCents" });
    expect(refused.errors?.[0]?.message).toContain("must not be below ratePerHourCents");
    expect(await engineRates(w.partnership.id)).toEqual([]);
  });

  it("at the partner's rate or above is stored", async () => {
    const w = await partnerWorld(app, admin);
    const atCost = await app.gql(UPSERT_RATE, { p: w.partnership.id, input: rate(10_000, 10_000) }, w.partner.token);
    expect(atCost.data?.upsertLaborRate, atCost.body).toMatchObject({ serviceCategory: "engine", mechanicRateCents: 10_000 });
    const marked = await app.gql(UPSERT_RATE, { p: w.partnership.id, input: rate(10_000, 12_500) }, w.partner.token);
    expect(marked.data?.upsertLaborRate, marked.body).toMatchObject({ mechanicRateCents: 12_500 });
    expect(await engineRates(w.partnership.id)).toEqual([{ ratePerHourCents: 10_000, mechanicRateCents: 12_500 }]);
  });
});
