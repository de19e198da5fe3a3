// A workshop's auto-accept rule list is checked at the edge (AutoAcceptRulesArgs): at most
// MAX_AUTO_ACCEPT_RULES rules, one per service category as matching compares categories (trimmed,
// single-spaced, lower case), each rule by its own checks; a refused list changes nothing.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { MAX_AUTO_ACCEPT_RULES } from "../../src/modules/workshops/workshop-settings.inputs.ts";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const RULES = `mutation ($rules: [AutoAcceptRuleInput!]!) { setAutoAcceptRules(rules: $rules) { autoAcceptRules { serviceCategory maxAmountCents } } }`;

/** A workshop's advisor setting `rules`: the first error (message, code, field), and the rules stored afterwards. */
async function setRules(rules: { serviceCategory: string; maxAmountCents: number }[]) {
  const workshop = await createMatchableWorkshop(app);
  const result = await app.gql(RULES, { rules }, workshop.advisor.token);
  const error = result.errors?.[0];
  const stored = await app.prisma.workshopAutoAcceptRule.count({ where: { workshopId: workshop.id } });
  return { error: error && { message: error.message, code: error.extensions?.code, field: error.extensions?.field }, rules: result.data?.setAutoAcceptRules.autoAcceptRules, stored };
}

const ruleFor = (serviceCategory: string) => ({ serviceCategory, maxAmountCents: 10_000 });

describe("an auto-accept rule list", () => {
  it(`holds at most ${MAX_AUTO_ACCEPT_RULES} rules`, async () => {
    const categories = Array.from({ length: MAX_AUTO_ACCEPT_RULES + 1 }, (_, index) => `category ${index}`);
    expect(await setRules(categories.map(ruleFor))).toEqual({
      error: { message: `rules: at most ${MAX_AUTO_ACCEPT_RULES}`, code: "BAD_USER_INPUT", field: "rules" },
      rules: undefined,
      stored: 0,
    });
    expect((await setRules(categories.slice(1).map(ruleFor))).rules).toHaveLength(MAX_AUTO_ACCEPT_RULES);
  });

  it("holds one rule per category, compared as matching compares them", async () => {
    expect(await setRules([ruleFor("brake  pads"), ruleFor(" BRAKE pads")])).toEqual({
      error: { message: "rules: one rule per service category", code: "BAD_USER_INPUT", field: "rules" },
      rules: undefined,
      stored: 0,
    });
  });

  it("refuses a rule by its own checks, naming its place in the list", async () => {
    expect(await setRules([ruleFor("brakes"), { serviceCategory: "tires", maxAmountCents: 0 }])).toEqual({
      error: { message: "rules[1].maxAmountCents: must be at least 1 cent", code: "BAD_USER_INPUT", field: "rules[1].maxAmountCents" },
      rules: undefined,
      stored: 0,
    });
  });
});
