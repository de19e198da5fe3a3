// Issue 13, round 18 (fp18, mended in round 19): a thing's code read out after its label, whose
// letters are also a post-office box's abbreviation ("the radio serial starts BP 555 0137", "model
// number PMB 200", "the part no. is BP 4471 2") is that thing's code: "BP" (boîte postale) and
// "PMB" right after a label named by phone.ts (endsWithThingLabel) are not read as a box. The
// round-18 review showed a label put before a real box ("the part number is PMB 4471 Springfield
// IL 62701, send it there"), so a box given a town with its state or postcode, or something asked
// to be sent to it, is still an address. A box written out ("PO Box", "Postfach") or not after a
// thing's label is an address as before. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a code whose letters are a box's abbreviation", () => {
  it.each([
    ["the radio serial starts BP 661 0249, the rest is under the sticker"],
    ["model number PMB 200, it's the older pump"],
    ["the part no. is BP 4471 and then a 2"],
    ["serial number: BP 3318 on the head unit, can you get the code?"],
    // Round 19's own attacks: codes with capitalised words, states' letters and mail words near.
    ["model number PMB 200 Series pump, is it the same?"],
    ["serial number BP 3318 TX version, the Texas market one"],
    ["the part no. is BP 4410, sent to me by the dealer last week"],
    ["the model number is PMB 750 Pro Max, the new one"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["my serial is PO Box 12 haha", "PO Box 12"],
    ["écris-moi à BP 555 Dakar", "BP 555"],
    ["send the invoice to PMB 2231, Austin TX", "PMB 2231"],
    ["post it to Postfach 1204, 80331 München", "Postfach 1204"],
    // Round 19's own attacks: a box after a label, with its town, or with something sent to it.
    ["serial no. is PMB 118, Dallas TX 75201", "PMB 118"],
    ["model number PMB 2290 Austin 78701", "PMB 2290"],
    ["part no: BP 4410, post it there and I'll collect", "BP 4410"],
    ["the order ref is PMB 3321, ship the pads to that", "PMB 3321"],
    ["the serial starts PMB 907 Round Rock TX", "PMB 907"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
