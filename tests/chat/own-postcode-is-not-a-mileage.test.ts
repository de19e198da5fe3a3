// A number with a distance after it ("10115 km", "10,115 miles") is a car's mileage or a trip, not
// the customer's postcode that has the same digits: before, a Berlin customer (postcode 10115)
// writing "I passed 10115 km" had the mileage masked and the message flagged ADDRESS. The postcode
// written as a postcode is still masked.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { ownDetailsChat } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What the mechanic reads of `body` sent by a customer in Berlin, postcode 10115, and the kinds it was flagged for. */
async function sentFromBerlin(body: string): Promise<{ delivered: string; flaggedKinds: string[] }> {
  const chat = await ownDetailsChat(app, { addressLine1: "Invalidenstraße 44", postalCode: "10115", city: "Berlin" });
  const { flaggedKinds } = await chat.send(body);
  const [delivered] = await chat.delivered();
  return { delivered: delivered!, flaggedKinds };
}

describe("a customer's own five-digit postcode", () => {
  it.each([
    ["I passed 10115 km last week and the rattle started"],
    ["it has 10,115 miles on the clock"],
    ["done 10115 kilometres since the last service"],
    ["the trip was 10115mi in total"],
    ["odometer reads 10115 KM"],
  ])("%j, a distance with its digits, stays as written", async (body) => {
    expect(await sentFromBerlin(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });

  it.each([["I'm in 10115, near the station"], ["my postcode is 10115 Berlin"], ["10115 and the car is outside"]])("%j is still masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sentFromBerlin(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toContain("10115");
    expect(flaggedKinds).toContain("ADDRESS");
  });
});
