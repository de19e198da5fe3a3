// Round 20 review: a link whose user part names an allowed site goes to the host after the "@"
// ("http://autodoctor.app@evil.io/pay" opens evil.io). linkify-it ends the link at the "@", so the
// allowed name alone was read and the whole link let through; the host after it decides now.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { hiddenIn } from "./detector-helpers.ts";

describe("a link with a user part", () => {
  it.each([
    ["pay the deposit here http://autodoctor.app@evil.io/pay", "http://autodoctor.app@evil.io/pay"],
    ["official page: https://autodoctor.app@mikes-garage.biz/book", "https://autodoctor.app@mikes-garage.biz/book"],
    ["https://youtube.com@robfixes.net/quote has the price", "https://youtube.com@robfixes.net/quote"],
    ["use https://help.autodoctor.app@pay-direct.shop to skip fees", "https://help.autodoctor.app@pay-direct.shop"],
    ["link (safe, its the app): http://autodoctor.app@192.0.2.7/x", "http://autodoctor.app@192.0.2.7/x"],
    ["book via https://autodoctor.app@cal.com/rob-mech", "https://autodoctor.app@cal.com/rob-mech"],
    ["quote is at http://autodoctor.app@bit.ly/3xYzQ", "http://autodoctor.app@bit.ly/3xYzQ"],
    ["HTTPS://AUTODOCTOR.APP@EVIL.IO/PAY", "HTTPS://AUTODOCTOR.APP@EVIL.IO/PAY"],
  ])("is judged by the host after the @: %s", (text, secret) => {
    const d = detectContactDetails(text);
    expect(d.kinds).toContain("LINK");
    expect(hiddenIn(text, secret, d)).toBe(true);
  });

  it.each([
    "the help page is https://autodoctor.app/help/payments",
    "see https://www.autodoctor.app/terms before you book",
    "rate us at https://autodoctor.app/rate?job=4471",
    "the recall notice is on https://www.nhtsa.gov/recalls",
    "email support@autodoctor.app if the payment fails",
    "video: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "torque is 110 Nm @ 2,000 rpm, per the manual",
    "the part is @ the counter, ask for order 4471",
  ])("leaves an allowed link, or an @ that is no link, alone: %s", (text) => {
    expect(detectContactDetails(text).kinds).toEqual([]);
  });
});
