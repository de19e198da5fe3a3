// A workshop publishes drop-off slots only once it has set its drop-off address: a booking is how
// the customer learns where to bring the car, so a slot without one would be booked to nowhere.
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { PUBLISH_SLOT, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const tomorrow = () => ({ startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60 });

describe("publishing a drop-off slot", () => {
  it("is CONFLICT DROP_OFF_ADDRESS_NOT_SET while the workshop has no drop-off address, and publishes nothing", async () => {
    const workshop = await createMatchableWorkshop(app, { streetAddress: null });
    const refused = await app.gql(PUBLISH_SLOT, { input: tomorrow() }, workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DROP_OFF_ADDRESS_NOT_SET" });
    expect(refused.errors?.[0]?.message).toMatch(/setDropOffAddress/);
    expect(await app.prisma.dropOffSlot.count({ where: { workshopId: workshop.id } })).toBe(0);
  });

  it("is accepted once the advisor sets the address", async () => {
    const workshop = await createMatchableWorkshop(app, { streetAddress: null });
    expect((await app.gql(SET_ADDRESS, { a: "1200 Brake Lane, Austin" }, workshop.advisor.token)).errors).toBeUndefined();
    expect((await app.gql(PUBLISH_SLOT, { input: tomorrow() }, workshop.advisor.token)).errors).toBeUndefined();
  });
});
