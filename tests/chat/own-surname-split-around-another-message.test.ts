// A customer's surname split across two of their messages is read joined ("Kow" / "alczyk"), and
// so it is with the mechanic's reply between the halves; with a message of the customer's own
// between them ("Kow" / "sorry, typo" / "alczyk") it reaches the mechanic.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ANNA_IN_PORTLAND, deliveredThread } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What is read of a thread of customer and mechanic turns, joined with " | ". */
const thread = (...turns: Array<["customer" | "mechanic", string]>) => deliveredThread(app, ANNA_IN_PORTLAND, ...turns);

describe("the customer's own surname split around other messages", () => {
  it("with the mechanic's reply between the halves is masked", async () => {
    const text = await thread(["customer", "name on the title is Kow"], ["mechanic", "ok, go on"], ["customer", "alczyk"]);
    expect(text).not.toMatch(/Kow \|.*\| alczyk/);
  });

  it("with words of the customer's own between the halves is masked", async () => {
    const text = await thread(["customer", "name on the title is Kow"], ["customer", "sorry, typo"], ["customer", "alczyk"]);
    expect(text).not.toMatch(/Kow \|.*\| alczyk/);
  });
});
