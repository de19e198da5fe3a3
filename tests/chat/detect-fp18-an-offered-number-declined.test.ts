// Issue 13, round 18 (fp18): an offer of the other's number or card declined by the sender staying
// on the platform ("I appreciate the offer of a card for my number but I'll stick to the app chat",
// "kind of you to offer your mobile, but I'll keep it to the messages") asks for no contact: the
// sender's own choice to stick to the app, the platform or its chat points back at it as "in the app"
// does (phrases.ts IN_PLATFORM_LATER). Staying on the app offered as the other choice ("... cash, or
// I'll stick with the app at 300") or said to someone else ("grab my number but stick to the app")
// refuses nothing. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an offered number or card declined for the app", () => {
  it.each([
    ["thanks for the offer of your number but I'll stick to the app chat"],
    ["kind of you to offer your mobile, but I'll keep it to the messages"],
    ["cheers for offering your cell number, I'd rather stay with the platform"],
    ["appreciate you offering your phone number mate, I'll just stick with the app"],
    ["no need to write down your number, I prefer to stay on the app"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["grab my number but stick to the app for the booking", "OFF_PLATFORM_REQUEST"],
    ["I'll do it for 200 cash or I'll stick with the app at 300", "OFF_PLATFORM_DEAL"],
    ["pay me cash, otherwise I'll stick to the app", "OFF_PLATFORM_DEAL"],
  ])("%j is still flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("a number given before the sender stays on the app is hidden", () => {
    expect(hides("here's my number 0412 555 873, I'll stick to the app for payment", "0412 555 873")).toBe(true);
  });
});
