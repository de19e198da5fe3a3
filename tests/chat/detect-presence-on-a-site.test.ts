// Issue 13: the writer's own page, post or listing on a site is a look-up even without a name or
// a verb of searching: "our garage is on checkatrade", "I've got a page on facebook", "I'm the
// Kev who posted about clutch jobs on nextdoor", "I'm the only mobile tyre fitter in Redditch on
// facebook". Seeing the other's page, posting as a customer, a car for sale and a video to watch
// stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the writer's presence on a site", () => {
  it.each([
    ["our garage is on checkatrade, loads of reviews"],
    ["my workshop's page on instagram has the before and afters"],
    ["I've got a page on facebook with all my jobs"],
    ["I'm the Kev who posted about clutch jobs on nextdoor"],
    ["gumtree - I'm the lad that advertises mobile servicing in Leyton"],
    ["I'm the only mobile tyre fitter in Redditch on facebook"],
  ])("%j is a look-up", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["I saw your page on facebook, that's how I found you"],
    ["I'm the customer who posted the review on yelp"],
    ["I'm the one who saw your ad on facebook"],
    ["my car is on facebook marketplace for sale after this"],
    ["my channel on youtube is just videos of my dog"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
