// Issue 13, round 18 (fp18, mended in round 19): a question that offers the platform as the other way ("do I pay the
// workshop at the counter or is it all through here?", "can I ring you, or does it all go through
// the app?") asks how the platform works and offers nothing (phrases.ts live: OR_THE_PLATFORM_ASKED).
// A saving asked about ("is it cheaper to pay at the counter or through here?"), the platform left
// as a grudging fallback without a question ("just pay me at the counter, or through here if you
// must") and a detail given beside the question stay flagged. The round-18 review showed the other
// way stated as a deal, a payment method, a meeting or a home before the "or" ("Can I pay you on
// Zelle or is it all through here?", "Could we meet at my house or ..."): the question then offers
// it, so it stays flagged (OTHER_WAY_OFFERED). The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("asking whether it goes through the platform", () => {
  it.each([
    ["do I pay the workshop at the counter or is it all through here?"],
    ["should I pay the shop at the counter or do I pay in the app?"],
    ["can I call you or is it all through here?"],
    ["do I text you or should I keep it on the app?"],
    ["sorry, new to this, do I pay the garage on the day or is it all via the app?"],
    // Round 19's own attacks: how-it-works questions with other words before the "or".
    ["do I pay on collection or is it all through here?"],
    ["do I book the MOT separately or is it all through here?"],
    ["should I pay the deposit now or do I pay in the app later?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["is it cheaper to pay the workshop at the counter or through here?", "OFF_PLATFORM_DEAL"],
    ["just pay me at the counter, or through here if you must", "OFF_PLATFORM_DEAL"],
    ["can I pay the workshop at the counter or through here? cash saves us both the fee", "OFF_PLATFORM_DEAL"],
    // Round 19's own attacks: a payment method, a meeting, a home or the booking skipped, then the question.
    ["could I just venmo you or is it all through here?", "OFF_PLATFORM_DEAL"],
    ["is bank transfer ok or is it all through here?", "OFF_PLATFORM_DEAL"],
    ["can you come to my house to do it or is it all through here?", "OFF_PLATFORM_DEAL"],
  ])("%j is still flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("a number given after the question is hidden", () => {
    expect(hides("do I ring the garage direct or is it all through here? ring them on 0412 555 873", "0412 555 873")).toBe(true);
  });

  // Round 19's attacks not handled, as before this rule came back (the platform named after the
  // "or" clears them in other rules' clause tests): the question is missed, or "message" is flagged.
  it.fails.each([
    ["Should I pay you directly or is it all in the app?"],
    ["can we sort it privately or does it all go through the app?"],
    ["could we skip the booking and meet up or is it all via the app?"],
  ])("[missed] %j is flagged", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
  it.fails("[flagged] can I message the workshop or is it all through the app? stays innocent", () => {
    expect(kindsOf("can I message the workshop or is it all through the app?")).toEqual([]);
  });
});
