// A workshop's drop-off slots do not overlap: one car per window. A slot that starts or ends inside
// another, or spans it, is CONFLICT DROP_OFF_SLOT_OVERLAPS (a start shifted by a millisecond is no
// way around it); one at the very same start stays ALREADY_EXISTS. Back-to-back slots, and other
// workshops' slots at the same time, are fine; of concurrent overlapping publications one wins.
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop, type WorkshopWithAdvisor } from "../factories/escalations.ts";
import { PUBLISH_SLOT } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const MINUTE = 60_000;
/** Tomorrow at a whole hour, so the offsets below read as clock times around it. */
const base = () => new Date(Math.ceil((Date.now() + 86_400_000) / 3_600_000) * 3_600_000);
const publish = (workshop: WorkshopWithAdvisor, startsAt: Date, durationMinutes: number) =>
  app.gql(PUBLISH_SLOT, { input: { startsAt: startsAt.toISOString(), durationMinutes } }, workshop.advisor.token);
const reasonOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions;

describe("a workshop's drop-off slots", () => {
  it("refuse a slot overlapping one already published, however little, and publish none of them", async () => {
    const workshop = await createMatchableWorkshop(app);
    const at = base();
    expect((await publish(workshop, at, 60)).errors).toBeUndefined();
    const overlapping: Array<[string, Date, number]> = [
      ["a millisecond later", new Date(at.getTime() + 1), 60],
      ["starting inside it", new Date(at.getTime() + 30 * MINUTE), 60],
      ["ending inside it", new Date(at.getTime() - 30 * MINUTE), 60],
      ["spanning it", new Date(at.getTime() - 60 * MINUTE), 180],
      ["inside it", new Date(at.getTime() + 15 * MINUTE), 15],
    ];
    for (const [name, startsAt, minutes] of overlapping) {
      expect(reasonOf(await publish(workshop, startsAt, minutes)), name).toMatchObject({ code: "CONFLICT", reason: "DROP_OFF_SLOT_OVERLAPS" });
    }
    expect(reasonOf(await publish(workshop, at, 30))).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(await app.prisma.dropOffSlot.count({ where: { workshopId: workshop.id } })).toBe(1);
  });

  it("accept back-to-back slots, and another workshop's slot at the same time", async () => {
    const workshop = await createMatchableWorkshop(app);
    const at = base();
    for (const startsAt of [at, new Date(at.getTime() + 60 * MINUTE), new Date(at.getTime() - 60 * MINUTE)]) {
      expect((await publish(workshop, startsAt, 60)).errors).toBeUndefined();
    }
    expect((await publish(await createMatchableWorkshop(app), at, 60)).errors).toBeUndefined();
  });

  it("let exactly one of concurrent overlapping publications through", async () => {
    const workshop = await createMatchableWorkshop(app);
    const at = base();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => publish(workshop, new Date(at.getTime() + i), 60)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) expect(reasonOf(refused)).toMatchObject({ code: "CONFLICT", reason: "DROP_OFF_SLOT_OVERLAPS" });
    expect(await app.prisma.dropOffSlot.count({ where: { workshopId: workshop.id } })).toBe(1);
  });
});
