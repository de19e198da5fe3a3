// Issue 13, round 18 (mended in round 19), "addresses": the rural delivery address of a farm or a
// bush block, which has no street number: Australia's roadside mail box (RMB, RSD, CMB), New
// Zealand's rural delivery ("RD 3" and its town), the US rural free delivery and star route. The
// round-18 review showed the renminbi ("RMB 150 quote for the clutch") and a Yamaha RD ("Selling my
// RD 250 Yamaha"): none of RMB, RSD (the dinar), CMB is read beside a money word, RMB needs its town, and RD a number of at most
// two digits and a town that is no vehicle's make.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a rural delivery address", () => {
  it.each([
    ["a roadside mail box and its town", "send the invoice to RMB 318, Comboyne", "RMB 318, Comboyne"],
    ["lower case, via the town", "rmb 88 via bellingen, past the dairy", "rmb 88"],
    ["a roadside delivery, then directions", "RSD 4 Kyneton, big shed out the back", "RSD 4 Kyneton"],
    ["a community mail box alone", "our CMB 80 number is on the gate", "CMB 80"],
    ["New Zealand rural delivery with dots", "R.D. 2, Masterton, the blue woolshed", "R.D. 2, Masterton"],
    ["New Zealand rural delivery, a two-word town", "RD 3 Te Awamutu, the farm gate with the red milk can", "RD 3 Te Awamutu"],
    ["a US star route box", "Box 45, Star Route, Tonopah NV", "Box 45, Star Route"],
    // Round 19's own attacks.
    ["a roadside mail box with its state and postcode", "post the keys to RMB 2240, Dorrigo NSW 2453", "RMB 2240, Dorrigo"],
    ["lower case rmb via a capitalised town", "rmb 412 via Gloucester, the gate with the tyre on it", "rmb 412"],
    ["a roadside delivery in a sentence", "we're at RSD 17 Ballarat if you can come out", "RSD 17"],
    ["New Zealand, the town and a house after", "RD 5 Feilding, the house past the woolshed", "RD 5 Feilding"],
    ["rural delivery written out", "Rural Delivery 4, Waipukurau. Bring the trailer", "Rural Delivery 4, Waipukurau"],
    ["a community mail box and a two-word town", "CMB 211 Mount Gambier", "CMB 211"],
    ["a US rural free delivery route", "RFD 2, Hillsboro. Blue mailbox", "RFD 2, Hillsboro"],
    ["rmb with a pickup after the town", "RMB 318, Comboyne for the pickup", "RMB 318"],
    ["rmb with each after the town", "come to RMB 55 Bega, each day after 5 works", "RMB 55"],
    ["a roadside mailbox written out", "roadside mailbox 96, Taralga, the one with the cow on it", "roadside mailbox 96"],
  ])("%s: %j hides the address", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a road and a distance", "turn left at the rd 3 km past the servo"],
    ["a manual's title", "the RD 2 Service Manual says 40Nm"],
    ["a road and miles", "take Old Rd 2 Miles then left"],
    ["renminbi paid", "I paid RMB 800 for the part in Shenzhen"],
    ["renminbi each", "the coils were RMB 300 each on Taobao"],
    // Round 19's own attacks: the renminbi with a capitalised word after it, bikes called RD.
    ["renminbi with a shop and a price", "RMB 2400 Taobao price incl shipping"],
    ["renminbi with a supplier's city", "RMB 880 for both calipers, Shanghai supplier"],
    ["renminbi with a site and a deal", "RMB 600 Alibaba deal on the turbo"],
    ["a quote in renminbi, total", "total RMB 1200 Guangzhou warehouse"],
    ["a Yamaha RD with a smaller number", "my RD 35 Yamaha, smokes on startup"],
    ["a model code before a car make", "bought an RD 2 Honda, runs fine"],
    ["a bike for sale", "Selling RD 12 Kawasaki parts, message through here"],
    ["an RD number with no town", "the RD 3 pump, part of the kit"],
    ["the Serbian dinar quoted", "RSD 300 quote for the oil change"],
    ["a dinar amount for a job", "it was RSD 4500 for the tyres"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });

  // Round 19's attacks not handled: a renminbi amount with a Chinese city after it and no money word.
  it.fails.each([["[flagged] renminbi and a city", "RMB 1200 Beijing"]])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
