// A customer's own surname or street cut by a space inside one message reaches the mechanic: split
// across two messages it is read joined, but "Kow alczyk", "K owalczyk" and "Harri son Street 1537" in
// one message pass, and "Kowal czyk" shows "czyk".
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ANNA_IN_PORTLAND, deliveredThread } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `bodies`, sent one after another by the customer, joined with " | ". */
const delivered = (...bodies: string[]) => deliveredThread(app, ANNA_IN_PORTLAND, ...bodies.map((body): ["customer", string] => ["customer", body]));

describe("the customer's own surname or street cut by a space in one message", () => {
  it.each([["Kow alczyk"], ["K owalczyk"], ["the Kowal czyk family"], ["Harri son Street 1537"]])("%j is masked", async (body) => {
    const text = await delivered(body);
    expect(text).toContain("[hidden]");
    expect(text).not.toMatch(/alczyk|owalczyk|czyk|Harri son/);
  });

  it("two everyday words stay as written", async () => {
    expect(await delivered("Kow bell rings, alright")).toBe("Kow bell rings, alright");
  });
});
