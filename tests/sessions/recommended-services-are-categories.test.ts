// A diagnosis recommends service categories, which the escalation matches against the categories
// workshops offer. Free text ("Replace front pads") could never match a workshop, so completeSession
// refuses it at the edge: BAD_USER_INPUT naming the entry (`input.recommendedServices[i]`) and
// listing the valid values, which `serviceCategories` lists too (the standard categories and every
// category a workshop offers). The session stays IN_PROGRESS, so the mechanic corrects and resubmits.
import { describe, expect, it } from "vitest";
import { COMPLETE } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const CATEGORIES = `{ serviceCategories }`;

async function sessionInProgress() {
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { mechanic, session };
}

describe("recommended services", () => {
  it("must be service categories: free text is BAD_USER_INPUT at its index, listing the categories", async () => {
    const { mechanic, session } = await sessionInProgress();
    const refused = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Pads worn", recommendedServices: ["brakes", "Replace front pads"] } }, mechanic.token);
    expect(refused.data).toBeNull();
    const [error] = refused.errors!;
    expect(error!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.recommendedServices[1]" });
    expect(error!.message).toMatch(/^input\.recommendedServices\[1\]: must be a service category/);
    expect(error!.message).toContain("brakes");
    expect(error!.message).toContain("transmission");
    expect(error!.message).not.toContain("front pads");
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("IN_PROGRESS");

    const done = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Pads worn", recommendedServices: ["Brakes"] } }, mechanic.token);
    expect(done.data!.completeSession.status).toBe("COMPLETED");
  });

  it("are listed by serviceCategories: the standard ones and every category a workshop offers, lower case and sorted", async () => {
    await app.prisma.workshop.create({ data: { name: "Belt Specialists", city: "Austin", serviceArea: [], servicesOffered: ["timing belt"] } });
    const { mechanic, session } = await sessionInProgress();
    const listed = await app.gql(CATEGORIES, {}, mechanic.token);
    expect(listed.errors).toBeUndefined();
    const categories: string[] = listed.data!.serviceCategories;
    expect(categories).toEqual(expect.arrayContaining(["brakes", "diagnostics", "engine", "timing belt", "transmission"]));
    expect(categories).toEqual([...categories].sort());
    expect(new Set(categories).size).toBe(categories.length);

    // A category only a workshop offers is one a diagnosis may recommend.
    const done = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Belt cracked", recommendedServices: ["timing belt"] } }, mechanic.token);
    expect(done.data!.completeSession.status).toBe("COMPLETED");
  });

  it("are listed to every signed-in role and to nobody anonymous", async () => {
    expect((await app.gql(CATEGORIES, {}, (await createCustomer(app)).token)).data!.serviceCategories).toContain("brakes");
    expect((await app.gql(CATEGORIES, {})).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });
});
