// The admins' content-flag filter is checked at the edge (ContentFlagFilterArgs): an entity type
// that is not a type name, and an entity or author id that is not an RFC 4122 uuid (one the input
// guard's uuid shape lets through), are BAD_USER_INPUT naming the argument; a valid filter lists.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const FLAGS = `query ($t: String, $e: ID, $a: ID) { contentFlags(entityType: $t, entityId: $e, authorId: $a) { totalCount } }`;

const errorOf = (variables: Record<string, unknown>) => firstError(app, FLAGS, variables, admin.token);

describe("the content-flag filter", () => {
  it("refuses an entity type that is not a type name", async () => {
    expect(await errorOf({ t: "Diagnostic Session" })).toEqual(refusal("entityType", "must be an entity type such as DiagnosticSession"));
  });

  it("refuses an entity or author id that is not a uuid", async () => {
    expect(await errorOf({ e: NOT_RFC_UUID })).toEqual(refusal("entityId", "must be an id"));
    expect(await errorOf({ a: NOT_RFC_UUID })).toEqual(refusal("authorId", "must be a user id"));
  });

  it("lists with a valid filter, its type trimmed", async () => {
    const listed = await app.gql(FLAGS, { t: " DiagnosticSession ", a: admin.id }, admin.token);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.contentFlags.totalCount).toBe(0);
  });
});
