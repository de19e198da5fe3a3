// Issue 13, round 17: an e-mail whose provider is described or typed in disguise instead of named
// ("the usual google mail", "the big G mail", "gm@il", "gmale", "hotmale") is an EMAIL like one at
// "gmail", masked. The provider talked about with no mailbox before it stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an e-mail at a provider described or disguised", () => {
  it.each([
    ["the usual provider", "reach me on gearjammer7 @ the usual google mail", "gearjammer7"],
    ["the big G", "it's tess dash turbo at the big G mail", "tess dash turbo"],
    ["google mail spelled out", "my address is fixitfred at google mail", "fixitfred"],
    ["an @ inside the provider", "nina.torque at gm@il dot com", "nina.torque"],
    ["a provider misspelled as a word", "write to kev_wrench at hotmale", "kev_wrench"],
  ])("%s: %j hides the mailbox", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["google mail sent the confirmation to spam"],
    ["I use gmail for everything but the app notifications are fine"],
    ["check your gmail for the booking confirmation from autodoctor"],
    ["the big G in the logo fell off the grille"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
