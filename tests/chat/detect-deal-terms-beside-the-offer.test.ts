// Issue 13: an off-platform offer is hidden with the sentence beside it that carries its terms;
// the terms include the day ("Saturday at the Shell on Cole Rd? ..."), and the kind of deal the
// offer refers back to ("I do side jobs for half the price. Off the books, you get me", "a private
// arrangement for the brakes. The app doesn't need to know"). A neighbouring sentence about the
// car stays readable.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("the terms of an offer in the sentence beside it", () => {
  it.each([
    ["the day and place before the price", "Saturday at the Shell on Cole Rd? I'll sort it there, 60 cash", "Saturday at the Shell on Cole Rd"],
    ["side jobs before 'off the books'", "I do side jobs for half what the dealer charges. Off the books, you get me", "side jobs for half"],
    ["a private arrangement before the app kept out", "Let's make a private arrangement for the brakes. The platform never has to know.", "private arrangement for the brakes"],
  ])("%s: %j hides the terms", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it("keeps a sentence about the car readable", () => {
    const text = "The pads are down to 2mm. I'll do it cash, 80 quid.";
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, "The pads are down to 2mm")).toBe(false);
  });
});
