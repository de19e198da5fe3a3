// An admin's resolution of a complaint or a solicitation report is checked at the edge
// (ResolutionArgs): an id that is not an RFC 4122 uuid (one the input guard's uuid shape lets
// through) or a note over 2000 characters is BAD_USER_INPUT naming the argument, before anything
// is looked up; the note is trimmed before it is measured.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID } from "../support/edge-errors.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const MUTATIONS = {
  resolveComplaint: `mutation ($id: ID!, $n: String) { resolveComplaint(id: $id, outcome: UPHELD, note: $n) { id } }`,
  resolveSolicitationReport: `mutation ($id: ID!, $n: String) { resolveSolicitationReport(id: $id, outcome: DISMISSED, note: $n) { id } }`,
};

describe.each(Object.entries(MUTATIONS))("%s's arguments", (_name, mutation) => {
  const errorOf = (variables: { id: string; n?: string }) => firstError(app, mutation, variables, admin.token);

  it("refuse an id that is not a uuid", async () => {
    expect(await errorOf({ id: NOT_RFC_UUID })).toEqual({ message: "id: must be an id", code: "BAD_USER_INPUT", field: "id" });
  });

  it("refuse a note over 2000 characters once trimmed", async () => {
    expect(await errorOf({ id: UNKNOWN_ID, n: "x".repeat(2001) })).toEqual({ message: "note: must be at most 2000 characters", code: "BAD_USER_INPUT", field: "note" });
    expect((await errorOf({ id: UNKNOWN_ID, n: ` ${"x".repeat(2000)} ` })).code).toBe("NOT_FOUND");
  });
});
