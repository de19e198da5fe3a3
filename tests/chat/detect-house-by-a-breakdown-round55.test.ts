// Round 55 (det55a): a house described by the road where the car broke down or got stuck ("I broke down past the church by the
// white house with the double garage") is the sender's bearings, not their home: address.ts reads a described house beside a
// place counted from as a home only where no breakdown is told (STRANDED_THERE), or the home is claimed. The sender's own home
// described the same way is still caught. Sentences written for this branch; probed with the application's options.
import { describe, expect, it } from "vitest";
import { flaggedBy, hides } from "./detector-helpers.ts";

describe("a house described where the car broke down", () => {
  it.each([
    ["I broke down past the church by the white house with the double garage"],
    ["the van died just after the school, outside the cottage with the big oak"],
    ["we got stuck past the church, by the farmhouse with the tall silo"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["I live past the church, the white house with the double garage", "white house with the double garage"],
    ["come to mine, it's just after the school, the cottage with the big oak", "cottage with the big oak"],
  ])("%j is caught with %j masked", (text, secret) => {
    expect(flaggedBy(text)).toBe(true);
    expect(hides(text, secret)).toBe(true);
  });
});
