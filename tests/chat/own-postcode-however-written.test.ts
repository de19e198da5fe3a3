// A customer's own postcode with letters ("NW1 6XE") was not looked for at all: only a postcode's
// digits were, five or more, as a US ZIP code is written. Now one with letters is found however
// cased and with or without its space or a dash ("nw16xe", "NW1-6XE"), as a code of its own.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { sentWithOwnDetails } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const sent = (body: string, phone?: string) => sentWithOwnDetails(app, body, phone);

describe("the customer's own postcode", () => {
  it.each([["I'm near nw16xe"], ["nw1 6xe is close"], ["NW1-6XE near the station"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered.toLowerCase()).not.toMatch(/nw1\s?-?6xe/);
    expect(flaggedKinds).toContain("ADDRESS");
  });

  it.each([["I live in NW1, near the park"], ["the part is NW16XE2 in the catalogue"], ["error 6XE on the dash"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
