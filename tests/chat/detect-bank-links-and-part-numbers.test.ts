// Specification: bank details without the English cue words, links written apart around a typed
// dot, and part and software numbers that look like phones (issue 13, round 10).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("bank details are an off-platform deal, each number hidden", () => {
  it.each([
    ["an IBAN with no cue word", "pay into NL91 ABNA 0417 1643 00 and we're square", "NL91 ABNA 0417 1643 00"],
    ["an IBAN cut in fours", "the money goes to FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"],
    ["an Indian branch code", "neft to IFSC SBIN0001234 tomorrow", "SBIN0001234"],
    ["an account after a/c", "a/c no 50100123456789 hdfc, send the balance", "50100123456789"],
    ["an account in Spanish", "mi cuenta 0049 1500 0512 3456 7890, gracias", "0049 1500 0512 3456 7890"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["air conditioning pressures", "a/c 150 - 200 psi on the high side, is that ok"],
    ["air conditioning and a year", "the a/c 2019 model blows warm"],
    ["a code the wrong length for its country", "the crate tag reads IT60 X054 2811 1010"],
  ])("%s stays innocent: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("a link written apart around a typed dot is a LINK", () => {
  it.each([
    ["a short link with a path", "go to bit . ly/3xQzR for the booking", "bit . ly/3xQzR"],
    ["a link tree page", "everything's on linktr . ee/rapidtyres", "linktr . ee/rapidtyres"],
    ["a site builder's subdomain spaced twice", "mikesmobile . wixsite . com is me", "mikesmobile . wixsite . com"],
    ["a space only before the dot", "shop is at tinyurl .com/yc8k2", "tinyurl .com/yc8k2"],
  ])("%s: %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("LINK");
    expect(hides(text, secret)).toBe(true);
  });

  it("a full stop with spaces between ordinary words stays innocent", () => {
    expect(kindsOf("went to the shop . then home for lunch")).toEqual([]);
  });
});

describe("part, control-unit and document numbers are not phones", () => {
  it.each([
    ["two blocks of five that dial in North America", "the aftermarket filter is 54148-45936, about $20 cheaper"],
    ["a control unit's number and its software", "ECU number 35774-92807, software 745 413 6173"],
    ["a quote line with a part number", "Quote line: oil cooler - Honda 15100-58523 - qty 2"],
    ["a quote line with a spaced part number", "Quote line: thermostat - 11 53 7 549 476 - qty 1"],
    ["a count before a make", "coil pack, cyl 4 - Ford 7T4Z-12029-B"],
  ])("%s stays innocent: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("two blocks of five announced as a number are still a phone", () => {
    expect(kindsOf("my mobile is 98765-43210")).toContain("PHONE");
  });
});
