// Every demo professional's display name is one the content policy accepts: a demo mechanic or advisor
// can save their own name again (round 45: "Riley Nguyen" and the others were full names, which a person's
// display name may not be).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nameHoldsContactDetails } from "../../src/authz/content-enforce.ts";
import { contentRule } from "../../src/authz/content-policy.ts";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { seedDemoWorld } from "../../src/seed/seed.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
});
afterAll(() => app.close());

describe("the demo world's display names", () => {
  it("pass the rule their owners save them under", async () => {
    const mechanics = await app.prisma.mechanicProfile.findMany({ select: { displayName: true } });
    const advisors = await app.prisma.advisorProfile.findMany({ select: { displayName: true } });
    expect(mechanics.length).toBeGreaterThanOrEqual(3);
    expect(advisors.length).toBeGreaterThanOrEqual(4);
    const rule = contentRule("UpdateProfileInput.displayName")!;
    const refused = [...mechanics, ...advisors].map((p) => p.displayName).filter((name) => nameHoldsContactDetails(rule, name, DEFAULT_DETECTION_OPTIONS));
    expect(refused).toEqual([]);
  });
});
