// Issue 13, false positives by kind: two messages that are two sentences ("... the leak." / "It's
// dripping ...") are not one word cut by the send button, so "leak.It" is no domain. A link or
// address really cut between messages is still joined and hidden. "app." + "Parts come Monday"
// and "brakes." + "Net has my prices" differ in the noun before the dot: "in the app." has its
// determiner, a bare name given as an address ("my site is brakes.") has none, so only the first
// is two sentences (more in detect-innocent-bursts.test.ts).
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides } from "./detector-helpers.ts";

describe("a sentence per message", () => {
  it.each([
    [["I put a photo of the hose in the quote.", "It's cracked right at the clamp."]],
    [["Total was $212.40 with tax.", "Is that about right for a water pump?"]],
    [["The part is here.", "No need to order it."]],
  ])("%j is not flagged", (messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
  it("a sentence opening with a top-level domain that is no function word, after a noun with its determiner, is not glued", () => {
    expect(burstFlagged(["The booking is confirmed in the app.", "Parts come Monday, so Tuesday works."])).toBe(false);
  });
});

describe("a detail cut between messages", () => {
  it.each([
    [
      ["pete at petesauto", "works dot com"],
      ["petesauto", "works"],
    ],
    [["my site is joesgarage.", "com"], ["joesgarage"]],
  ])("%j hides %j", (messages, secrets) => {
    expect(burstHides(messages, secrets)).toBe(true);
  });
});
