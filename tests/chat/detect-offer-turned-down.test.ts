// Issue 13 round 17, an offer turned down: the verb of refusal right before the offer ("I'll pass on
// the cash deal", "he declined a cash job", "said no to the whatsapp group") refuses it, as "not"
// would. Only an article may stand between: "pass on my number" hands it on, and an offer made after
// something else was turned down ("pass on the app, cash deal?") is still an offer.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an offer turned down", () => {
  it.each([
    "gonna pass on the cash deal, rather have the guarantee",
    "I declined a cash job from a guy last week, not worth the risk",
    "passing on that cash discount, the receipt matters to me",
    "my dad said no to the cash price so we're booking it here",
    "rejected the cash only offer, I need it on record for the lease",
  ])("%j is no offer", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["an offer after something else is turned down", "pass on the app fee, cash deal?", "OFF_PLATFORM_DEAL"],
    ["an offer after a refusal of something else", "I'd decline the warranty and pay cash instead", "OFF_PLATFORM_DEAL"],
    ["a number handed on", "I'll pass on my number 512-555-0143 to the parts guy", "PHONE"],
  ])("%s: %j is still flagged", (_kind, text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("a phone typed after a refusal is still masked", () => {
    const text = "pass on the cash deal, but text me 512-555-0143";
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, "512-555-0143")).toBe(true);
  });
});

// Round 17 review: "pass on" also hands a thing over; with a receiver or a way of handing after the
// offer it is no refusal.
describe("an offer passed on to someone is handed over", () => {
  it.each([
    "I'll pass on the cash payment to you in person",
    "I'll pass on the cash job to my cousin, he's cheaper",
    "we can pass on the cash discount to you if you skip the app",
    "I'll pass on the cash deal to Dave, he does them",
    "I'll pass on the cash payment by hand",
  ])("%j is still a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each(["I'll pass on the cash deal to be honest", "I'll pass on the cash deal for now", "we'll pass on the cash offer, thanks though"])("%j is still turned down", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
