// Issue 13: money asked into the sender's own bank without naming it ("you can transfer to my bank
// instead", "pay into my bank account and I'll start") and the off-the-books job by its trade
// name ("do a foreigner on it", "as a homer on Saturday", "a nixer") are an OFF_PLATFORM_DEAL. The
// sender moving their own money, a refund, a foreigner as a person and a homer repair someone else
// did stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("money into the sender's bank, and the trade's slang for a job off the books", () => {
  it.each([
    ["you can transfer to my bank instead"],
    ["pay into my bank account and I'll start Monday"],
    ["happy to do a foreigner on it, cash"],
    ["I'll do it as a homer on Saturday"],
    ["could do it as a nixer this weekend"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["the refund went to my bank account yesterday"],
    ["can the app pay into my bank account?"],
    ["I'll transfer to my bank later, the card's maxed"],
    ["he's a foreigner, bought it from Germany"],
    ["the last owner did a homer repair on the wiring, it's a mess"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
