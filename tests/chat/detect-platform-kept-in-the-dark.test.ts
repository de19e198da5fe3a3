// Deals that keep the platform from knowing (indirect-deals.ts, 12. KEPT-FROM; phrases.ts, a
// private arrangement): the platform as the one not to know or see the deal or its money, kept in
// the dark, or the job kept between the two sides. What the platform handles ("doesn't need to
// see the receipts, just the photos") and questions about it stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the platform kept in the dark", () => {
  it.each([
    ["the platform need not know", "I'll fit the new pads Sunday. The platform doesn't need to know."],
    ["the app need not see the money", "half through here, and the site doesn't need to see the rest"],
    ["what the app doesn't know", "cash is fine by me, what the platform doesn't know can't hurt it"],
    ["the app never told", "autodoctor won't hear about it, I promise 🤐"],
    ["the app kept in the dark", "let's keep the app in the dark on this one and I'll knock 40 off"],
    ["the job kept between the two sides", "if we kept the job between us I could do it for 200"],
    ["a private arrangement", "happy to come to a private arrangement for the timing belt"],
  ])("%s: %j is a deal", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["the app won't know if you change the time, so message me through it"],
    ["does the app need to know the mileage?"],
    ["the platform doesn't need to see the receipts, just the photos"],
    ["the site won't find out the reason, it's anonymous feedback"],
    ["the app doesn't need to know the VIN until the quote is accepted"],
    ["the booking system won't see the update until tomorrow"],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
