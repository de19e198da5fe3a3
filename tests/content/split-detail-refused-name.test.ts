// A name field is refused rather than masked (authz/content-policy.ts, NAME). When a write's texts,
// read together, find a part of a detail in one (a diagnosis ending "Questions? 512 555", its
// first recommended service "0143 after 6pm"), the write is refused as if the name held the whole
// detail: BAD_USER_INPUT, CONTACT_DETAILS, the field and never the value; nothing is written but
// the refused attempt for admins, and no penalty, as for a name refused alone.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const COMPLETE = `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id diagnosis recommendedServices } }`;
const FLAGS = `query ($a: ID) { contentFlags(entityType: "RefusedInput", authorId: $a) { totalCount nodes { field kinds original } } }`;

describe("a part of a detail in a name field of the write", () => {
  it("refuses the write, naming the field, and records the attempt without a penalty", async () => {
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const input = { diagnosis: "Worn pads to 2 mm. Questions? 512 555", recommendedServices: ["0143 after 6pm", "brakes"] };
    const refused = await app.gql(COMPLETE, { id: session.id, input }, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.recommendedServices[0]" });
    expect(JSON.stringify(refused)).not.toMatch(/512 555|0143/);
    expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id }, select: { status: true, diagnosis: true } })).toEqual({ status: "IN_PROGRESS", diagnosis: null });

    const admin = await createAdmin(app);
    const flags = await app.gql(FLAGS, { a: mechanic.id }, admin.token);
    expect(flags.data!.contentFlags).toEqual({ totalCount: 1, nodes: [{ field: "input.recommendedServices.0", kinds: ["PHONE"], original: "0143 after 6pm" }] });
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id }, select: { status: true, violationCount: true } })).toEqual({ status: "ACTIVE", violationCount: 0 });
  });

  it("lets a diagnosis with readings and its service categories through as written", async () => {
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const input = { diagnosis: "Misfire on cyl 3, code P0303. Coil pack 2 of 6 weak.", recommendedServices: ["ignition", "engine"] };
    const done = await app.gql(COMPLETE, { id: session.id, input }, mechanic.token);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeSession).toMatchObject(input);
  });
});
