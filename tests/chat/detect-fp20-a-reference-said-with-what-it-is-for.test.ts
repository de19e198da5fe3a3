// Issue 13, round 20 (fp20): a reference number under its label, in a sentence that also says what
// the reference is for (who issued it, where it goes, what it is printed on: "insurance policy no.
// ...", "DHL waybill ... shows in customs", "PO number ... put it on the invoice"), is that thing's
// reference even when its digits fall in the 555 or drama ranges films and senders use for phones
// (phone.ts referenceContext). A bare label ("tracking 07700 900123", "claim ref ..."), a phone
// word after the number ("... call it", "that's my mobile") or a phone cue before it keeps the
// number hidden. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a labelled reference said with what it is for", () => {
  it.each([
    ["the insurance claim no. 07700 900 318, the assessor wants it on the quote"],
    ["FedEx tracking 3125550176 says delivered to the depot"],
    ["courier waybill 212 555 0199 still shows in transit"],
    ["purchase order 4155550123 for the fleet account, add it to the invoice please"],
    ["warranty claim reference 07700 900 642 from the dealer, keep it with the paperwork"],
    ["the Bosch part # 6175550110 is printed on the box"],
    ["my insurance policy number is 07700 900 812, the insurer needs it on the report"],
    ["consignment note 0491 5701 1987 from the supplier arrives Tuesday"],
    ["RMA number 503-555-0162 from the supplier, the return label has it"],
    ["battery date code on the case reads 3125550102, is that a 2023 one?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["order ref 503 555 0142 call it", "503 555 0142"],
    ["tracking 07700 900123", "07700 900123"],
    ["my policy no is 212 555 0147, text me on it for the claim", "212 555 0147"],
    ["invoice ref 4155550123 that's my mobile btw", "4155550123"],
    ["DHL waybill 5125550147 lol ring it after 5", "5125550147"],
    ["claim ref 312 555 0188", "312 555 0188"],
    ["part number 415 555 0123 is me, the insurer can wait", "415 555 0123"],
    ["PO number 2125550147 for the fleet, whatsapp me there", "2125550147"],
    ["order # 07700 900 421 that's my cell, the parcel can wait", "07700 900 421"],
    ["warranty claim 312 555 0188 is my number for the courier", "312 555 0188"],
    ["call the policy line on 07700 900 555 about the insurance claim", "07700 900 555"],
    ["text me for the rotor job 720 555 0134, the box and the invoice can wait", "720 555 0134"],
    ["ring me about the parcel, DHL tracking 212 555 0147 on the invoice", "212 555 0147"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
