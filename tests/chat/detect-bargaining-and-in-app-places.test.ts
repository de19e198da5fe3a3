// Issue 13, false positives by kind: "meet me halfway on the price" bargains over the quote, and
// "pay there" after a place in the app ("the Payments tab") pays on the platform. A place to meet,
// or a payment to a person there, is still a deal.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("bargaining and paying in the app", () => {
  it.each([
    ["halfway on the labour", "can you meet me halfway on the labour? 3 hours instead of 4"],
    ["in the middle on the price", "meet me in the middle on the price and I'll approve it today"],
    ["a tab of the app", "the invoice is under the Payments tab, open it and pay there"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("meetings and payments of the same shape", () => {
  it.each([
    ["halfway, at a place and time", "meet me halfway, the Tesco car park at 6"],
    ["a person paid there", "pay me there when I drop it off"],
    ["paid at the sender's garage", "bring the car to my garage and pay there"],
  ])("%s: %j is a deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
