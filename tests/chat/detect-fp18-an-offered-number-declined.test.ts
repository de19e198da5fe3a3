// Issue 13, round 18 (fp18, mended in round 19): an offer of the other's number or card declined by the sender staying
// on the platform ("I appreciate the offer of a card for my number but I'll stick to the app chat",
// "kind of you to offer your mobile, but I'll keep it to the messages") asks for no contact: the
// sender's own choice to stick to the app, the platform or its chat points back at it as "in the app"
// does (phrases.ts IN_PLATFORM_LATER). Staying on the app offered as the other choice ("... cash, or
// I'll stick with the app at 300") or said to someone else ("grab my number but stick to the app")
// refuses nothing. The round-18 review showed staying added to a deal ("pay me cash on the day and
// I'll stick to the app for the review"): it now needs a word of declining and no payment to the
// sender, meeting, home or saving in the sender's own words (phrases.ts stayingChosen).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an offered number or card declined for the app", () => {
  it.each([
    ["thanks for the offer of your number but I'll stick to the app chat"],
    ["kind of you to offer your mobile, but I'll keep it to the messages"],
    ["cheers for offering your cell number, I'd rather stay with the platform"],
    ["appreciate you offering your phone number mate, I'll just stick with the app"],
    ["no need to write down your number, I prefer to stay on the app"],
    // Round 19's own attacks: other polite declines.
    ["nah I'm good without your email, I'll keep it to the messages"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["grab my number but stick to the app for the booking", "OFF_PLATFORM_REQUEST"],
    ["I'll do it for 200 cash or I'll stick with the app at 300", "OFF_PLATFORM_DEAL"],
    ["pay me cash, otherwise I'll stick to the app", "OFF_PLATFORM_DEAL"],
    // Round 19's own attacks: a deal, a meeting or a payment with the staying said beside it.
    ["pay me cash on the day, but I'll stick to the app for messages", "OFF_PLATFORM_DEAL"],
    ["venmo me the deposit, thanks, I'll stay with the platform for updates", "OFF_PLATFORM_DEAL"],
    ["we can meet at my house Sunday, cheers, I'll stick to the app chat", "OFF_PLATFORM_DEAL"],
    ["transfer me the 150 directly, appreciate it, I'll keep it to the messages", "OFF_PLATFORM_DEAL"],
  ])("%j is still flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("a number given before the sender stays on the app is hidden", () => {
    expect(hides("here's my number 0412 555 873, I'll stick to the app for payment", "0412 555 873")).toBe(true);
  });

  // Round 19's attack not handled: an app named in the offer declined is flagged by the app's own
  // rule, as before this one came back.
  it.fails("[flagged] thx for offering your whatsapp, I'll stick to the app though stays innocent", () => {
    expect(kindsOf("thx for offering your whatsapp, I'll stick to the app though")).toEqual([]);
  });
});
