// The workshop and advisor ids of the admins' workshop operations are checked at the edge
// (WorkshopIdArgs, AdvisorsOfWorkshopArgs, WorkshopAdvisorArgs): an id that is not an RFC 4122
// uuid (one the input guard's uuid shape lets through) is BAD_USER_INPUT naming the argument.
import { describe, expect, it } from "vitest";
import { createWorkshop, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID } from "../support/edge-errors.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const errorOf = (operation: string, variables: Record<string, unknown>) => firstError(app, operation, variables, admin.token);
const refusal = (field: string, what: string) => ({ message: `${field}: must be ${what}`, code: "BAD_USER_INPUT", field });

describe("workshop operations' ids", () => {
  it("refuse a workshop id that is not a uuid", async () => {
    expect(await errorOf(`query ($id: ID!) { workshopSettings(id: $id) { id } }`, { id: NOT_RFC_UUID })).toEqual(refusal("id", "a workshop id"));
    expect(await errorOf(`mutation ($id: ID!) { updateWorkshop(id: $id, input: { name: "Renamed" }) { id } }`, { id: NOT_RFC_UUID })).toEqual(refusal("id", "a workshop id"));
    expect(await errorOf(`query ($w: ID!) { workshopAdvisors(workshopId: $w) { id } }`, { w: NOT_RFC_UUID })).toEqual(refusal("workshopId", "a workshop id"));
    const advisor = { email: "new.advisor@example.test", password: "a-long-password", displayName: "New Advisor" };
    expect(await errorOf(`mutation ($w: ID!, $input: AddWorkshopAdvisorInput!) { addWorkshopAdvisor(workshopId: $w, input: $input) { id } }`, { w: NOT_RFC_UUID, input: advisor })).toEqual(
      refusal("workshopId", "a workshop id"),
    );
  });

  it("refuse an advisor id that is not a uuid", async () => {
    const workshop = await createWorkshop(app);
    expect(await errorOf(`mutation ($w: ID!, $a: ID!) { removeWorkshopAdvisor(workshopId: $w, advisorId: $a) { id } }`, { w: workshop.id, a: NOT_RFC_UUID })).toEqual(
      refusal("advisorId", "an advisor id"),
    );
  });
});
