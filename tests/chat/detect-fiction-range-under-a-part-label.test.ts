// Round 50: a number of the fiction ranges (a North American 555 exchange) under a part-number label is a phone
// unless the sentence says what the reference is for beyond its label: "the part number on the box is
// 737-555-0142, that's the one to ask for" named only the box besides its label "part number", and the label's
// own "part" counted as a second word of context (phone.ts, `referenceContext`). Parts' real numbers, shaped
// like a phone or not, stay innocent, as does a 555 number said with what it is for ("printed on the box" by
// Bosch, "from the supplier").
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a fiction-range number under a part label", () => {
  it.each([
    ["the part number on the box is 737-555-0142, that's the one to ask for", "737-555-0142"],
    ["the part number on the box is 7375550142", "7375550142"],
    ["part number on the carton reads 512-555-0143, ask for that one", "512-555-0143"],
    ["the rotor number on the box: 713 555 0142", "713 555 0142"],
  ])("%j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.each([
    ["the Bosch part # 6175550110 is printed on the box"],
    ["the part number on the box is 3397007120, that's the one to ask for"],
    ["part # 0986494524 on the box, the counter will know it"],
    ["wiper blades 3397007120, the box says Aerotwin"],
    ["Bosch 0 280 158 117 on the old injector box"],
    ["PO number 512-867-5309 for the fleet account"],
    ["invoice 5128675309 is on the box with the pads"],
    ["RMA number 503-555-0162 from the supplier, the return label has it"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
