import { describe, expect, it } from "vitest";
import { growMask, hiddenRanges } from "../../src/domain/contacts/retroactive-mask.ts";

describe("hiddenRanges: what a masked text hides of its original", () => {
  it.each([
    ["nothing", "the number is 303 555", "the number is 303 555", []],
    ["a tail", "the number is 303 555", "the number is [hidden]", [[14, 21]]],
    ["the whole message", "303 555", "[hidden]", [[0, 7]]],
    [
      "two ranges",
      "a 111 x 222 b",
      "a [hidden] x 222 [hidden]",
      [
        [2, 5],
        [12, 13],
      ],
    ],
    ["text the sender typed as [hidden] (it renders the same)", "see [hidden] ok", "see [hidden] ok", [[4, 12]]],
  ])("recovers %s", (_name, original, masked, ranges) => {
    const found = hiddenRanges(original, masked);
    expect(found).toEqual(ranges);
  });

  it.each([
    ["a different text", "303 555", "404 [hidden]"],
    ["an empty hidden range", "303", "303[hidden]"],
    ["an edited visible part", "call 303", "call [hidden] now"],
  ])("rejects %s", (_name, original, masked) => {
    expect(hiddenRanges(original, masked)).toBeNull();
  });
});

describe("growMask: a retroactive mask only ever grows", () => {
  it("takes the wider mask when it hides everything the stored one did", () => {
    expect(growMask("the number is 303 555", "the number is 303 555", "the number is [hidden]")).toBe("the number is [hidden]");
  });

  it("reports nothing when the wider reading hides nothing new", () => {
    expect(growMask("call 303 555 0178", "call [hidden]", "call [hidden]")).toBeNull();
    expect(growMask("call 303 555 0178", "[hidden]", "call [hidden]")).toBeNull();
  });

  it("keeps hidden what readers were already shown hidden, adding what the new reading hides", () => {
    expect(growMask("a 111 x 222 b", "a [hidden] x 222 b", "a 111 x [hidden] b")).toBe("a [hidden] x [hidden] b");
  });

  it("hides the whole message when the texts do not line up with the original", () => {
    expect(growMask("303 555", "404 555", "[hidden] 555")).toBe("[hidden]");
    expect(growMask("303 555", "[hidden]", "404 [hidden]")).toBeNull();
  });
});
