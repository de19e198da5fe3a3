// A customer's own phone number typed with letters for its digits ("O7911 I23456": a capital O
// for 0, a capital I for 1) reached the mechanic: the own-details guard read only the digits the
// detector's normaliser rewrote, and it leaves such a number as written. The customer's number is
// known, so a look-alike letter inside a word that holds digits is read as the digit the
// normaliser reads it as (normalise itself is asked), and compared with the number.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { sentWithOwnDetails } from "../support/own-details-chat.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const sent = (body: string, phone?: string) => sentWithOwnDetails(app, body, phone);

describe("the customer's phone number with look-alike letters for digits", () => {
  it.each([["O7911 I23456"], ["07911 I23456"], ["mine's O7911 I23456"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toMatch(/[O0]79|23456/);
    expect(flaggedKinds).toContain("PHONE");
  });

  it.each([["O2 sensor and the A4 codes P0171, P0174"], ["it's a B8 A4, 2011, about 123456 miles"], ["VIN WAUZZZ8K7911I2345 is on the screen"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
