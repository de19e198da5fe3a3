// Round 23, the conversation taken, moved or switched to another channel named as where it goes:
// "let's take this to email", "can we move to texts?", "switch it over to a phone call". The two
// parties (or an imperative) say it, the channel is one people are reached on, and the phrase is
// not pointed back at the platform ("a call in the app"), negated, a setting of the app's ("switch
// to email notifications") or a thing sent somewhere ("move the invoice to email").
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("the talk taken to another channel", () => {
  it.each([
    ["email, with a reason", "these photos are too big for here, let's take this to email"],
    ["texts, a question", "can we move to texts? I'm driving most of the day"],
    ["a phone call", "honestly, let's switch it over to a phone call, typing is slow"],
    ["DMs", "take this convo to DMs please"],
    ["whatsapp, the thread", "shall we move the thread to whatsapp"],
    ["sms, carry on", "we could carry on over to sms tonight"],
    ["an app, we", "we should shift this to telegram, it keeps the videos sharp"],
    ["facetime", "let's move to facetime so I can hear the knock"],
  ])("%s: %j is flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["a workshop as destination", "let's take this to the workshop on Monday"],
    ["the next step", "can we move to the next step of the quote?"],
    ["a document sent", "I'll move the invoice to email once it's paid"],
    ["an app setting", "you can switch to email notifications in your settings"],
    ["the app as subject", "the app will switch to text alerts after the booking"],
    ["a call in the app", "let's move this to a call in the app"],
    ["refused", "I won't take this to email, let's keep it on here"],
    ["negated", "no need to move to whatsapp, this chat works fine"],
    ["a third party", "the dealer said they'd move to email for warranty claims"],
    ["a part moved", "move the hose over to the other side of the bracket"],
    ["a tab switched", "switch to the photos tab and you'll see the leak"],
    ["a receipt setting", "can we switch to email receipts instead of paper?"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
