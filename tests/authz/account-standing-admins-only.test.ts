import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const SESSION = `query ($s: ID!) { session(id: $s) { id mechanic { id standing { status } } customer { id standing { status } } } }`;
const PARTNERSHIP = `query ($p: ID!) { partnership(id: $p) { id partner { id standing { status } } mechanic { id standing { status } } } }`;

/** The errors of an answer, by the path they name, with their codes. */
const codesByPath = (errors: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined) =>
  Object.fromEntries((errors ?? []).map((error) => [error.path?.join("."), error.extensions?.code]));

/**
 * `standing` is admins' only, on every type that carries it (the rule map's `standingRule`, deny
 * by default): a customer, mechanic or partner who reaches a mechanic, a customer or a partner
 * organization reads the rest of it and gets `standing: null` with FORBIDDEN, as with any field of
 * an object outside the caller's access; an admin asking the same gets the standing. Nor does any
 * other role's visible schema (its introspection) show the field or its type.
 */
describe("an account's standing", () => {
  it("is FORBIDDEN (null) to a session's customer and mechanic, and answered for an admin", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });

    for (const reader of [customer, mechanic]) {
      const { data, errors } = await app.gql(SESSION, { s: session.id }, reader.token);
      expect(data!.session).toEqual({ id: session.id, mechanic: { id: mechanic.id, standing: null }, customer: { id: customer.id, standing: null } });
      expect(codesByPath(errors)).toEqual({ "session.mechanic.standing": "FORBIDDEN", "session.customer.standing": "FORBIDDEN" });
    }
    const { data, errors } = await app.gql(SESSION, { s: session.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.session).toEqual({ id: session.id, mechanic: { id: mechanic.id, standing: { status: "ACTIVE" } }, customer: { id: customer.id, standing: { status: "ACTIVE" } } });
  });

  it("is FORBIDDEN (null) to both parties of a partnership, of each other and of themselves", async () => {
    const w = await partnerWorld(app, admin);
    for (const reader of [w.mechanic, w.partner]) {
      const { data, errors } = await app.gql(PARTNERSHIP, { p: w.partnership.id }, reader.token);
      expect(data!.partnership).toEqual({ id: w.partnership.id, partner: { id: w.partner.id, standing: null }, mechanic: { id: w.mechanic.id, standing: null } });
      expect(codesByPath(errors)).toEqual({ "partnership.partner.standing": "FORBIDDEN", "partnership.mechanic.standing": "FORBIDDEN" });
    }
    const { errors } = await app.gql(PARTNERSHIP, { p: w.partnership.id }, admin.token);
    expect(errors).toBeUndefined();
  });

  it("is in no visible schema but the admins'", () => {
    const schema = (audience: string) => readFileSync(join(PROJECT_ROOT, "src/authz/visible-schemas", `${audience}.graphql`), "utf8");
    for (const audience of ["ANONYMOUS", "CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER"]) {
      expect(schema(audience)).not.toMatch(/\bstanding\b|AccountStanding/);
    }
    expect(schema("ADMIN")).toContain("standing: AccountStanding");
  });
});
