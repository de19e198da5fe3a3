// The customer's own phone number was found wherever its last seven digits stood inside a longer
// run of digits: a part's number ending in them ("0 261 123 456" for 07911 123456) or a figure
// with thousands commas ("2011, 112,345 miles" for 07911 112345) were masked and flagged as the
// customer's phone. Digits are now read as the detector reads a phone: whole numbers of a run,
// 7 digits or more, that are the end of a way the stored number is dialled, and never across a
// thousands comma.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { sentWithOwnDetails } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const sent = (body: string, phone?: string) => sentWithOwnDetails(app, body, phone);

describe("numbers that only hold the phone's last digits", () => {
  it.each([
    ["ECU 0 261 123 456 is the one fitted", "+44 7911 123456"],
    ["Bosch part 0 261 123 456 needed", "+44 7911 123456"],
    ["it's a 2011, 112,345 miles", "+44 7911 112345"],
    ["mileage 1,112,345 km on the clock", "+44 7911 112345"],
  ])("%j stays as written (phone %s)", async (body, phone) => {
    expect(await sent(body, phone)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});

describe("the phone number written as it is dialled", () => {
  it.each([["07911 112345"], ["+44 7911 112345"], ["(0)7911 112 345"], ["7911112345"], ["0044 7911 112345"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body, "+44 7911 112345");
    expect(delivered).not.toMatch(/112/);
    expect(flaggedKinds).toContain("PHONE");
  });
});
