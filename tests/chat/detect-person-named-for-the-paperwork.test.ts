// Issue 13: a full name given for the job's paperwork is a detail, as "registered to" and "invoice
// to" already are: the car's owner ("the van belongs to my landlord, ...") or the name to sign off
// under. A company, a relative without a name, a public figure, and a colleague named without a
// lead to them ("the workshop owner is ...", see detect-unannounced-names) stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a person named for the paperwork", () => {
  it.each([
    ["the car's owner", "if anyone asks, the van belongs to Rosalind Featherstonehaugh", "Rosalind Featherstonehaugh"],
    ["the owner after who they are", "the ute belongs to my boss, Grigor Petrosyan, he's fine with the quote", "Grigor Petrosyan"],
    ["the name to sign under", "sign it off as Tran Van Duc please", "Tran Van Duc"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["the car belongs to my dad, he's away till Friday"],
    ["the car belongs to Ford Credit until it's paid off"],
    ["Tesla's owner is Elon Musk lol"],
    ["The garage owner is Tendai Moyo, he approves anything over 300"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
