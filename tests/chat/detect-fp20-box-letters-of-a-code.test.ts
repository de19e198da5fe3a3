// Issue 13, round 20 (fp20): a post-office box's short form that is the letters of a code under a
// thing's label ("radio serial BP 9555 0147 Y", "the radio serial starts BP 555 0137"): "BP",
// "PMB" or "P.O.B." right after a serial's, a part's or a model's label is the code's prefix
// (address.ts boxLettersOfACode). Still an address: a box written out ("PO Box", "boîte postale"),
// a short box with no label before it, and one that something is sent to. The sentences are
// written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("box letters that begin a code", () => {
  it.each([
    ["the stereo serial is BP 7021 4433, I need the unlock code"],
    ["radio serial: BP 1234 5678 X"],
    ["s/n BP 0042 9911 on the back of the head unit"],
    ["part no. PMB 4410 is the motor bracket"],
    ["the serial starts BP 88 then some letters"],
    ["model code BP 2250, is that the 2008 unit?"],
    ["serial number BP 603 771 on the sticker"],
    ["the code says BP 4402, does that mean Blaupunkt?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["send the part to BP 4410 Dakar", "BP 4410"],
    ["my address is BP 1234, Abidjan", "BP 1234"],
    ["serial BP 4410, send it there, Dakar", "BP 4410"],
    ["PO Box 4410 is mine", "PO Box 4410"],
    ["boîte postale 77, Lomé", "boîte postale 77"],
    ["post it to PMB 552, Lagos", "PMB 552"],
    ["the serial? nah, mail it to BP 1234 Cotonou", "BP 1234"],
    ["ref BP 2250 is my postal box, post the invoice there", "BP 2250"],
    ["radio serial BP 1204, Cotonou", "BP 1204"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
