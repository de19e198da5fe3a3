import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrivacyWorld, leakedCanaries, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

// Privacy canaries for the Review payload: a customer's contact details never reach a mechanic,
// an advisor or a partner, whether the customer writes them into the comment or a reader asks
// for reviews through aliases, fragments and lists.
let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
  const { canaries } = world;
  const comment = `Call me on ${canaries.phone} or write to ${canaries.email}, I live at ${canaries.address}`;
  const { errors } = await app.gql(
    `mutation ($s: ID!, $input: ReviewInput!) { reviewMechanic(sessionId: $s, input: $input) { id } }`,
    { s: world.escalatedSessionId, input: { rating: 5, comment } },
    world.customer.token,
  );
  expect(errors).toBeUndefined();
});
afterAll(() => app.close());

const READ = `
  fragment R on Review { id rating comment mechanicId workshopId createdAt subject }
  query ($m: ID!) {
    a: mechanicReviews(mechanicId: $m, first: 5) { totalCount nodes { ...R } }
    b: mechanicReviews(mechanicId: $m) { nodes { ... on Review { comment } } }
  }`;

describe("reviews read by professionals", () => {
  it.each(["mechanic", "advisor", "partner", "otherMechanic"] as const)("never carry the customer's contact details to a %s", async (reader) => {
    const { body, data } = await app.gql(READ, { m: world.mechanic.id }, world[reader].token);
    expect(data!.a.totalCount).toBe(1);
    expect(leakedCanaries(body, world.canaries)).toEqual([]);
  });

  it.each(["mechanic", "advisor", "partner", "otherMechanic"] as const)("give a %s no reputation, and nothing of the customer in the refusal", async (reader) => {
    const { body, errors } = await app.gql(`query ($m: ID!) { a: mechanicReputation(mechanicId: $m) { score ratingHundredths ratingCount } }`, { m: world.mechanic.id }, world[reader].token);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(leakedCanaries(body, world.canaries)).toEqual([]);
  });

  it("keep the original comment for admins, through the audited content flag", async () => {
    const flags = await app.prisma.contentFlag.findMany({ where: { entityType: "Review", authorId: world.customer.id } });
    expect(flags.length).toBeGreaterThan(0);
  });
});
