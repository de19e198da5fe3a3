// Specification: a phone number with a digit given as a sum or quotient, or strung together with
// "add" and "finish with"; a deal or request whose next sentence carries its reason (issue 13, round 10).
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/domain/contacts/detection/normalise.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a digit written as arithmetic inside a number is that digit", () => {
  it.each([
    ["a quotient", "it's 206 then 12/4 5 5 then 0191", "206 then 12/4 5 5 then 0191"],
    ["a sum", "702 then 2+3 5 5 then 0163, don't tell the app", "702 then 2+3 5 5 then 0163"],
  ])("%s: %j is a PHONE", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a fraction", "torque to 25 3/4 10 more"],
    ["a date", "booked on 10/2/2026 at 9"],
    ["a spaced slash between pieces", "5 5 5 / 01 48"],
    ["a tyre size", "205/55 16 all round"],
  ])("%s is left as written: %j", (_kind, text) => {
    expect(normalise(text).text).toBe(text);
  });
});

describe("pieces of a number strung together with 'add' and 'finish with'", () => {
  it("is a PHONE", () => {
    const text = "start with 312, add 555, finish with 0147 :)";
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, "0147")).toBe(true);
  });

  it("quantities strung the same way stay innocent", () => {
    expect(kindsOf("add 2 quarts, then 500 ml, and finish with 1 more")).toEqual([]);
  });
});

describe("the sentence after a deal or request that gives its reason is hidden with it", () => {
  it.each([
    ["a payment app, then the fee it saves", "Got Zelle? then I can skip the booking fee entirely", "then I can skip the booking fee entirely"],
    ["a platform asked for, then what it is for", "are you on tiktok? I'd send u the clip there", "I'd send u the clip there"],
    ["booking direct before a dash", "my rates are better booking direct - just say", "better booking direct"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
