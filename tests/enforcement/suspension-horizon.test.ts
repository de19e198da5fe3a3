// An admin's suspension ends within MAX_SUSPENSION_DAYS: "until 8999" is a ban in disguise, and a
// ban says so (issue 18 item 3).
import { describe, expect, it } from "vitest";
import { MAX_SUSPENSION_DAYS } from "../../src/modules/enforcement/sanction.service.ts";
import { createMechanic, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { status } }`;
const DAY = 86_400_000;

describe("a suspension's end", () => {
  it("is refused beyond the horizon, and nothing changes", async () => {
    const mechanic = await createMechanic(app);
    for (const until of ["8999-12-31T00:00:00.000Z", new Date(Date.now() + (MAX_SUSPENSION_DAYS + 2) * DAY).toISOString()]) {
      const refused = await app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked for cash", until } }, admin.token);
      expect(refused.errors?.[0]?.extensions, until).toMatchObject({ code: "BAD_USER_INPUT", field: "input.until" });
    }
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id } })).status).toBe("ACTIVE");
  });

  it("is accepted within it", async () => {
    const mechanic = await createMechanic(app);
    const until = new Date(Date.now() + (MAX_SUSPENSION_DAYS - 2) * DAY).toISOString();
    const done = await app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked for cash", until } }, admin.token);
    expect(done.data?.suspendAccount.status).toBe("SUSPENDED");
  });
});
