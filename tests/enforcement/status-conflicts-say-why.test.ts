// A change its record's status no longer allows (made twice, or overtaken by another) is CONFLICT
// with reason STATUS_CONFLICT and the status the record is in, on every machine, so a client can
// tell "already done" from other conflicts without reading the message.
import { describe, expect, it } from "vitest";
import { createAdmin, createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { status } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { status } }`;

describe("a change its record's status does not allow", () => {
  it("is CONFLICT STATUS_CONFLICT with the status, when made twice (a ban) or on the wrong status (a lift of an active account)", async () => {
    const [admin, mechanic] = [await createAdmin(app), await createMechanic(app)];
    const lifted = await app.gql(LIFT, { input: { userId: mechanic.id, reason: "nothing to lift here" } }, admin.token);
    expect(lifted.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "ACTIVE" });

    expect((await app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token)).errors).toBeUndefined();
    const again = await app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token);
    expect(again.errors?.[0]).toMatchObject({ message: "A banned account cannot be banned", extensions: { code: "CONFLICT", reason: "STATUS_CONFLICT", status: "BANNED" } });
  });
});
