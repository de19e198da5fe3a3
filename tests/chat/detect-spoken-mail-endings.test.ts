// Issue 13, round 8: a mail address whose ending is spelled letter by letter ("dot u s") or said
// without its dot after the provider ("at proton me") is masked; a provider's name said as an
// ordinary word after a common one ("I am at live music") is no mailbox.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("spoken mail endings", () => {
  it.each([
    ["a two-letter ending spelled out", "write to ana at anasautos dot c a", "ana at anasautos dot c a"],
    ["a provider and its ending without the dot", "it's dee k at proton me", "dee k at proton me"],
    ["gmail and com without the dot", "try rudy at gmail com", "rudy at gmail com"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["I am at live music tonight, text here later"], ["we were at outlook point for the weekend"]])("%j is no mailbox", (text) => {
    expect(kindsOf(text)).not.toContain("EMAIL");
  });
});
