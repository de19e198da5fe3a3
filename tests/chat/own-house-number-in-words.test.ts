// A customer's house number in words before their street without its direction ("fifteen thirty seven
// harrison") reaches the mechanic, where "fifteen thirty seven SE Harrison" is masked.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ANNA_IN_PORTLAND, deliveredThread } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `bodies`, sent one after another by the customer, joined with " | ". */
const delivered = (...bodies: string[]) => deliveredThread(app, ANNA_IN_PORTLAND, ...bodies.map((body): ["customer", string] => ["customer", body]));

describe("the customer's own house number written in words", () => {
  it.each([["fifteen thirty seven harrison"], ["we are at fifteen thirty seven harrison"]])("%j is masked", async (body) => {
    expect(await delivered(body)).not.toMatch(/fifteen thirty/i);
  });

  it("a number in words beside another street stays as written", async () => {
    expect(await delivered("fifteen thirty seven miles on Burnside before it died")).toBe("fifteen thirty seven miles on Burnside before it died");
  });
});
