// Issue 13, round 54: the sender listed under a name on a finder named by what it finds, not by a brand (a motoring club's
// or a trade body's list: "we are listed on the AA garage finder as Moorside Motors Halifax", "we're on the trusted trader
// directory as Kev's Mobile Mechanics") is a look-up elsewhere: OFF_PLATFORM_REQUEST. A finder checked or recommended, a
// question about it and a listing that names no one stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the sender listed on a garage or trader finder under a name", () => {
  it.each([
    ["we are listed on the AA garage finder as Moorside Motors Halifax"],
    ["we're on the trusted trader directory as Kev's Mobile Mechanics"],
    ["our garage is listed on the RAC approved garage finder as Dunmore Road Motors"],
    ["I'm in the vetted mechanic directory as Holroyd Mobile Servicing"],
    ["we're also on the Bosch workshop locator under Pennine Auto Electrics"],
  ])("%j is a look-up", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["the garage is listed on the AA garage finder as approved, so the warranty is fine"],
    ["use the AA garage finder to check any garage you're thinking of"],
    ["is your garage on the AA garage finder? my insurer asks for approved ones"],
    ["I checked the RAC approved garage finder, Halifax Auto Centre is the only one near me but they're booked up"],
    ["on the trusted trader directory Leeds Auto Centre had bad reviews so I came here"],
    ["the Bosch garage locator shows a Bosch Car Service in Leeds"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
