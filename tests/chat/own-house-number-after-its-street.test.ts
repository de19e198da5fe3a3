// A customer's own house number written after its street ("Baker Street 221B", "Baker St, no.
// 221B") reached the mechanic (the plain "221B Baker Street" was missed too, own-details.spec.ts): a street named by an
// everyday word ("Baker") was read only with the number right before it, and a house number's
// letter ("221B") kept the number from its street. (Another house on the same street, "2211" or
// "22", is not the customer's: own-details.spec.ts; the detector masks any street address anyway.)
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { sentWithOwnDetails } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const sent = (body: string, phone?: string) => sentWithOwnDetails(app, body, phone);

describe("the customer's own house number beside its street", () => {
  it.each([["I'm at Baker Street 221B"], ["Baker St, no. 221B, blue door"], ["see you at Baker St 221B"], ["Baker Street 221B it is"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toMatch(/221/);
    expect(flaggedKinds).toContain("ADDRESS");
  });

  it.each([["the baker charged 221 for it"], ["Baker Street station, 221 steps up"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
