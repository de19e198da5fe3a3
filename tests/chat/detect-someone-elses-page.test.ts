// What became of someone else's page, told with a past-tense verb right after its label ("the
// number went dead, the facebook page disappeared, everything", "his tiktok channel disappeared"),
// is a sentence, not a handle: the handle-after-a-label rule lets it pass when the page is another's
// ("the", "his", "their") and nothing sends the reader to it. A handle after "is" or ":", the
// sender's own page, or a page the reader is told to message or follow stays caught.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("what became of someone else's page stays clean", () => {
  it.each([
    "he stopped answering, the number went dead, the facebook page disappeared, everything",
    "the seller's insta account vanished the week after, so no warranty",
    "their facebook page closed down and the workshop shut",
    "his tiktok channel disappeared after the recall video",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a handle after a page's label stays flagged", () => {
  it.each([
    "the facebook page wrenched, dm me there",
    "the insta page is wrenched",
    "the facebook page: disappeared",
    "my facebook page wrenched, look me up",
    "their ig page weathered, follow it for my jobs",
    "the facebook page crashed_auto, message me",
    "the fb page boosted, hit me up on it",
    "the insta account rusted, find us",
    "the facebook page disappeared_cars",
  ])("%j", (text) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
  });
});
