// Issue 13, round 18 (fp18): a thing's code read out after its label, whose letters are also a
// post-office box's abbreviation ("the radio serial starts BP 555 0137", "model number PMB 200",
// "the part no. is BP 4471 2") is that thing's code: "BP" (boîte postale) and "PMB" right after a
// label named by phone.ts (endsWithThingLabel: "serial starts", "part no. is") are not read as a
// box. A box written out ("PO Box", "Postfach") or not after a thing's label is still an address.
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a code whose letters are a box's abbreviation", () => {
  it.each([
    ["the radio serial starts BP 661 0249, the rest is under the sticker"],
    ["model number PMB 200, it's the older pump"],
    ["the part no. is BP 4471 and then a 2"],
    ["serial number: BP 3318 on the head unit, can you get the code?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["my serial is PO Box 12 haha", "PO Box 12"],
    ["écris-moi à BP 555 Dakar", "BP 555"],
    ["send the invoice to PMB 2231, Austin TX", "PMB 2231"],
    ["post it to Postfach 1204, 80331 München", "Postfach 1204"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
