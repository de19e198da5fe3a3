// Round 50: a piece of a number pointed to with a verb of reaching the sender ("Ping me on the number ending 0199,
// you have the first part from the booking form") is a piece of the sender's phone, whatever thing is named beside
// it (the booking form, a part): phone.ts, `PIECE_CALLED_ON`. A thing's number ending in some digits, a card or a
// reference, with no call or message asked on it, stays innocent.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a piece of the number one is to be reached on", () => {
  it.each([
    ["Ping me on the number ending 0199, you have the first part from the booking form", "0199"],
    ["text me on the cell ending in 4471, the rest is on the booking", "4471"],
    ["call us on the number that ends with 0142, the part is in", "0142"],
    ["message me on my mobile ending 7781, first bit is the same as the order confirmation", "7781"],
  ])("%j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.each([
    ["the part number ending 0199 is the right one for the booking"],
    ["ping me on here about the part number ending 0199"],
    ["the card ending 4421 was charged for the booking"],
    ["the booking reference ends in 0199, can you check it"],
    ["message me here when the order ending 3301 arrives"],
    ["the VIN ending 7781 matches the booking form"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
