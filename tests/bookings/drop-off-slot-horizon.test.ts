// A drop-off slot starts within MAX_SLOT_DAYS_AHEAD days: a slot in the year 9999 is no time a
// customer can drop a car off (its end does not even fit a four-digit year).
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { MAX_SLOT_DAYS_AHEAD } from "../../src/modules/bookings/booking.inputs.ts";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { PUBLISH_SLOT } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { firstError, refusal } from "../support/edge-errors.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const DAY = 86_400_000;
const daysAhead = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe("a drop-off slot's start", () => {
  it(`is BAD_USER_INPUT beyond ${MAX_SLOT_DAYS_AHEAD} days ahead, and nothing is published`, async () => {
    const workshop = await createMatchableWorkshop(app);
    for (const startsAt of ["8999-12-31T23:00:00.000Z", daysAhead(MAX_SLOT_DAYS_AHEAD + 1)]) {
      const refused = await firstError(app, PUBLISH_SLOT, { input: { startsAt, durationMinutes: 60 } }, workshop.advisor.token);
      expect(refused, startsAt).toEqual(refusal("input.startsAt", `must be at most ${MAX_SLOT_DAYS_AHEAD} days ahead`));
    }
    expect(await app.prisma.dropOffSlot.count({ where: { workshopId: workshop.id } })).toBe(0);
  });

  it("is BAD_USER_INPUT in the past", async () => {
    const workshop = await createMatchableWorkshop(app);
    expect(await firstError(app, PUBLISH_SLOT, { input: { startsAt: daysAhead(-1), durationMinutes: 60 } }, workshop.advisor.token)).toEqual(refusal("input.startsAt", "must be in the future"));
  });

  it("is accepted within the horizon", async () => {
    const workshop = await createMatchableWorkshop(app);
    const published = await app.gql(PUBLISH_SLOT, { input: { startsAt: daysAhead(MAX_SLOT_DAYS_AHEAD - 1), durationMinutes: 60 } }, workshop.advisor.token);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishDropOffSlot.endsAt).toMatch(/^\d{4}-/);
  });
});
