// Issue 13, round 21 (fp21): a long code under a thing's label whose last groups have a phone's
// shape ("the serial on the ECU is 0261 208 555 0142", "Bosch no. 0986 212 555 0147") is that
// code: when the label is nearer than any phone word and no phone word follows, no phone is looked
// for inside the run after a head of three digits or more (phone.ts phoneInside). Still caught: a phone word after the code, a phone
// word before the digits, a label-free run with a phone inside, and a phone-shaped number standing
// alone under a bare label (the round-20 rule). The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone's shape inside a labelled code", () => {
  it.each([
    ["the serial on the ecu is 0261 208 555 0142, does that help"],
    ["Bosch part no. 0986 212 555 0147 for the pads"],
    ["engine number 431 313 555 0188 stamped by the thermostat"],
    ["the casting number reads 126 604 555 0123 under the flange"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["the serial on the ecu is 0261 208 555 0142, text me", "0261 208 555 0142"],
    ["ECU serial 0261 208 555 0142 is my cell", "0261 208 555 0142"],
    ["order number 12 212 555 0147 call it", "212 555 0147"],
    ["it's a 2011, call 303 555 0178 2pm", "303 555 0178"],
    ["claim ref 312 555 0188", "312 555 0188"],
    ["part number 0261, call me on 208 555 0142", "208 555 0142"],
    // a digit or two before the phone, or after it, is a decoy, not a code's head
    ["serial 9 212 555 0147", "212 555 0147"],
    ["serial 12 212 555 0147", "212 555 0147"],
    ["serial 212 555 0147 9", "212 555 0147"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
