// An e-mail whose letters are spaced out and whose domain is a mail provider said without its
// ending ("s a m f i x e s @ g m a i l") is local@provider: the address, masked.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a spaced-out e-mail at a provider without an ending", () => {
  it.each([
    ["spaced letters at gmail", "Sam s a m f i x e s @ g m a i l", "s a m f i x e s @ g m a i l"],
    ["spaced letters at yahoo", "reach s a m @ y a h o o", "s a m @ y a h o o"],
    ["the same address typed glued", "samfixes@gmail", "samfixes@gmail"],
  ])("%s: %j hides the address", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["I emailed them @gmail support twice"], ["s p a r k plugs are gapped"]])("%j is no mailbox", (text) => {
    expect(kindsOf(text)).not.toContain("EMAIL");
  });
});
