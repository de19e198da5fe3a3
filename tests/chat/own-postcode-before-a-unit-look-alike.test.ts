// A customer's own postcode followed by a distance ("10115 km") is read as a mileage (round 55).
// attack55 found the postcode followed by Spanish "mi" ("my") and a word delivered unmasked: "mi"
// is now a distance only when no word follows it ("10115 mi casa" is "my house").
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ownDetailsChat } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `body` sent by a customer in Berlin, postcode 10115. */
async function sentFromBerlin(body: string): Promise<string> {
  const chat = await ownDetailsChat(app, { addressLine1: "Invalidenstraße 44", postalCode: "10115", city: "Berlin" });
  await chat.send(body);
  const [delivered] = await chat.delivered();
  return delivered!;
}

describe("a customer's own postcode before a word that looks like a distance", () => {
  // attack55 finding 4 (MEDIUM): the customer's postcode reached the mechanic.
  it.each([["vivo en 10115 mi casa tiene garaje"], ["bin in 10115 mi hermano bringt das Auto"]])("hides the postcode in %j", async (body) => {
    expect(await sentFromBerlin(body)).not.toContain("10115");
  });
});
