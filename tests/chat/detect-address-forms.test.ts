// Issue 13, "addresses": streets in every form people type, masked from the house number to the
// town: USPS, UK and AU street types, a town in lower case, units and estate names before the
// number, a street without its type, house numbers in words, blocks, Indian PIN forms.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("addresses", () => {
  it.each([
    ["USPS abbreviation and a lower-case town", "1290 w briar pk, tulsa 74105 is where the car is", "1290 w briar pk, tulsa 74105"],
    ["AU street type and a town", "17 banksia cct, wodonga. ute is in the driveway", "17 banksia cct, wodonga"],
    ["a concourse with a unit before it", "unit 4D, 2240 harlem concourse, ring twice", "unit 4D, 2240 harlem concourse"],
    ["estate name between the unit and the number", "space 21, Willow Bend RV Park, 4410 Farm Rd 88, the silver camper", "space 21, Willow Bend RV Park, 4410 Farm Rd 88"],
    ["a cottage before its number", "Cottage 7, Hazel Brae, Kilmore, past the post office", "Cottage 7, Hazel Brae, Kilmore"],
    ["no street type, then a unit", "it's 3350 Kirby, suite nine, above the dentist", "3350 Kirby, suite nine"],
    ["a house number in words", "thirty-one hundred Lamar, the red door", "thirty-one hundred Lamar"],
    ["a house number typed digit by digit", "drop it at 4 3 0 7 Redbud Ln, by the mailbox", "4 3 0 7 Redbud Ln"],
    ["my other house, number and name", "not the shop, my other house, 915 Dogwood", "915 Dogwood"],
    ["a block of a street", "we're in the 2700 block of Cherrywood, white fence", "2700 block of Cherrywood"],
    ["the house number said apart from its street", "number 18, the last one on Foxglove Close", "number 18, the last one on Foxglove Close"],
    ["street and house number given separately", "the street is Tanager Run and the house # is 4471", "Tanager Run"],
    ["a ZIP as an area", "im in the 60618 zip, do you come out this far", "60618"],
    ["Indian flat, locality and PIN", "flat 12 lakshmi residency 3rd cross jayanagar 560041 come after lunch", "flat 12 lakshmi residency 3rd cross jayanagar 560041"],
    ["Indian shop id with an industrial area", "my shop at 88-C industrial area phase 1, mohali", "88-C industrial area phase 1, mohali"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["a state code next to a ZIP stays letters", "send it to 77 Pine St, Macon GA 31201"]])("%s: %j is read as an address, not a phone", (_kind, text) => {
    expect(kindsOf(text)).toEqual(["ADDRESS"]);
  });

  it.each([
    ["a distance in houses", "house 3 doors up has the same van, his block heater works"],
    ["a quantity after a number", "it's 12 volts at the battery, the house circuit is fine"],
    ["a street named without a detail", "we live on the same street as the shop lol"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("post-office boxes and rural places", () => {
  it.each([
    ["a GPO box with its town", "GPO Box 512, Hobart TAS 7001", "GPO Box 512, Hobart TAS 7001"],
    ["a locked bag", "send it to Locked Bag 40, Penrith NSW 2751", "Locked Bag 40"],
    ["a Postfach", "Postfach 2207, 50667 Köln", "Postfach 2207"],
    ["a mailbox number on a county road", "look for the mailbox marked 2731, that's on County Road 40", "2731"],
    ["a trailer on a route", "we're in trailer 14 at the park on Route 9", "trailer 14"],
  ])("%s: %j hides it", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a numbered road alone", "it died on highway 35 on the way back"],
    ["a parking lot by a road", "I left it on Route 9 in lot 4 of the mall"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("a truck's load rating and trim", () => {
  it.each(["my Silverado 1500 LT Trail Boss pulls left under braking", "the Ram 2500 Big Horn needs rear pads", "Sprinter 3500 High Roof, the sliding door sticks"])(
    "%j is no street address",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it.each(["I live at Sierra 1420 Maple Drive", "Bring the Silverado 1420 Maple Drive, Austin"])("is no cover for a house number that is no rating: %j hides the address", (text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, "1420 Maple Drive")).toBe(true);
  });

  it("beside a real address still leaves the address hidden", () => {
    const text = "my ram 2500 big horn is at 1420 Oak Trail, Austin";
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, "1420 Oak Trail")).toBe(true);
  });
});
