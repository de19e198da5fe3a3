// A customer's surname in its "-es" plural ("the Ruizes own two cars") reaches the mechanic, where the
// possessive ("Ruiz's car") and an "-s" plural ("the Kowalczyks") are masked.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ANNA_IN_PORTLAND, deliveredThread } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `bodies`, sent one after another by the customer, joined with " | ". */
const delivered = (...bodies: string[]) => deliveredThread(app, { ...ANNA_IN_PORTLAND, lastName: "Ruiz" }, ...bodies.map((body): ["customer", string] => ["customer", body]));

describe("the customer's own surname in the plural", () => {
  it.each([["the Ruizes own two cars"], ["Ruizes"], ["RUIZES"]])("%j is masked", async (body) => {
    expect(await delivered(body)).not.toMatch(/ruiz/i);
  });

  it("a word that only starts with the surname's letters stays as written", async () => {
    expect(await delivered("the ruined gasket is the leak")).toBe("the ruined gasket is the leak");
  });
});
