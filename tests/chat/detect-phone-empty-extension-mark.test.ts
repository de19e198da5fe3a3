// A phone number followed by an extension mark with no extension behind it ("503-555-0100x",
// "... 0100 ext") is still a phone: the bare "x" is not the multiplication sign of "2 x 110",
// which always has a number or an amount after it.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone number with an empty extension mark", () => {
  it.each([
    ["x glued at the end", "call 503-555-0100x", "503-555-0100"],
    ["an upper-case X glued at the end", "call me at 503.555.0100X", "503.555.0100"],
    ["x after a space", "text me 503 555 0100 x", "503 555 0100"],
    ["x before more words", "call 503-555-0100x thanks", "503-555-0100"],
    ["x before a comma", "my cell 503-555-0100 x, evenings", "503-555-0100"],
    ["ext glued, then a full stop", "call 503-555-0100ext.", "503-555-0100"],
    ["ext after a space", "call 503-555-0100 ext", "503-555-0100"],
  ])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a quantity times a price", "tyres were 4 x 149"],
    ["a quantity times an amount", "Front brake pads (set) - 1 x $89.00"],
    ["a large count times", "the shop did 1500000 x"],
    ["a bore by a stroke", "Bore 86 x stroke 86 mm, 1998cc"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
