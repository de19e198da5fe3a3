// Issue 13, round 18, "addresses": the rural delivery address of a farm or a bush block, which has
// no street number: Australia's roadside mail box (RMB, RSD, CMB), New Zealand's rural delivery
// ("RD 3" and its town), the US rural free delivery and star route. "RD" as a road or a book's
// title, and the renminbi ("RMB 800"), stay innocent.
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
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
