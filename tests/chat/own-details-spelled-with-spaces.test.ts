// A customer's own last name or street spelled with spaces between its letters ("K o w a l c z y k",
// "k-o-w-a-l-c-z-y-k") reached the mechanic: the guard read the words as written, where the
// detector's normaliser joins letters typed apart. Names and streets are now read in the
// normalised text too, so any spacing the normaliser undoes is undone for the customer's own details.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { sentWithOwnDetails } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const sent = (body: string, phone?: string) => sentWithOwnDetails(app, body, phone);

describe("the customer's own name or street spelled with spaces between the letters", () => {
  it.each([
    ["Car is under K o w a l c z y k", "FULL_NAME"],
    ["k-o-w-a-l-c-z-y-k at the dealer", "FULL_NAME"],
  ])("%j is masked and flagged", async (body, kind) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toMatch(/K o w|k-o-w/);
    expect(flaggedKinds).toContain(kind);
  });

  it.each([["K o w a l s k i is my neighbour"], ["the light says A B S and E S P"], ["a b a k e r y van hit me"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
