// Privacy canary for issue 18 item 2: what an advisor reads of their workshop's settings (and
// what the settings mutations answer) leads to no customer, even for a workshop holding a
// customer's escalation: no path from WorkshopSettings reaches a Customer, and no canary value
// comes back through aliases and fragments.
import { getNamedType, isObjectType, type GraphQLNamedType } from "graphql";
import { describe, expect, it } from "vitest";
import { createCompletedSession, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { leakedCanaries, makeCanaries, type Canaries } from "../factories/privacy-world.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
let canaries: Canaries;
serverSpec((started) => (app = started));

/** Every type reachable from `root` through object fields. */
function reachable(root: GraphQLNamedType): Set<string> {
  const seen = new Set<string>();
  const walk = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) walk(getNamedType(field.type));
  };
  walk(root);
  return seen;
}

describe("an advisor's workshop settings never carry a customer's contact details", () => {
  it("no type an advisor's settings payload reaches is or holds a customer", () => {
    const schema = app.server.schema;
    for (const name of ["WorkshopSettings", "AutoAcceptRule", "WorkshopAdvisor"]) {
      const types = reachable(schema.getType(name)!);
      expect([...types].filter((type) => /Customer|Session|Escalation|Quote/.test(type))).toEqual([]);
    }
  });

  it("through queries, mutations, aliases and fragments, for a workshop holding the customer's escalation", async () => {
    canaries = makeCanaries();
    const customer = await createCustomer(app, { firstName: "Robin", lastName: canaries.lastName, phone: canaries.phone, email: canaries.email, addressLine1: canaries.address, city: canaries.city });
    const mechanic = await createMechanic(app);
    const workshop = await createMatchableWorkshop(app, { city: canaries.city });
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    expect((await app.gql(ESCALATE, { sessionId: session.id, input: { quotesRequested: 1 } }, mechanic.token)).errors).toBeUndefined();

    const FIELDS = "id name city serviceArea servicesOffered acceptsEscalations maxOpenEscalations responseTimeoutMinutes autoAcceptRules { serviceCategory maxAmountCents }";
    const answers = [
      await app.gql(`{ myWorkshop { ...S mine: id } } fragment S on WorkshopSettings { ${FIELDS} }`, {}, workshop.advisor.token),
      await app.gql(`mutation { updateEscalationPreferences(input: { maxOpenEscalations: 5 }) { ${FIELDS} } }`, {}, workshop.advisor.token),
      await app.gql(`mutation { rules: setAutoAcceptRules(rules: [{ serviceCategory: "brakes", maxAmountCents: 50000 }]) { ${FIELDS} } }`, {}, workshop.advisor.token),
    ];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(leakedCanaries(JSON.stringify(answer), canaries)).toEqual([]);
    }
  });
});
