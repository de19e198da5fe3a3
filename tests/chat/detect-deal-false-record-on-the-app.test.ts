// Issue 13, round 54: the job recorded on the platform as what it was not while the money or the visit goes elsewhere
// ("could you do it for cash and just close it on the app as no fault found?", "log it in the app as diagnosis only",
// "just mark the job as fixed remotely") is an OFF_PLATFORM_DEAL: a false record on the app covers a job done off it.
// A status told or set with nothing off the platform beside it (a real no-fault-found, a job logged once paid in the
// app, a past mechanic's doing) stays innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a false record on the app beside a deal", () => {
  it.each([
    ["Could you do it for cash and just close it on the app as no fault found?"],
    ["pay me cash and mark it on the app as no fault found"],
    ["pay me in cash and log it in the app as diagnosis only"],
    ["I'll swing by yours Saturday and log the job on the app as no fault found"],
    ["cash on the day and mark it in the app as no fault found"],
    ["I'll pop round after work, just mark the job as fixed remotely"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["I'll close the job on the app as no fault found since the noise stopped"],
    ["the last mechanic closed it as no fault found and charged me anyway"],
    ["could you close it on the app as no fault found? the noise went away by itself"],
    ["the report came back as no fault found, do I still pay cash for the parking?"],
    ["once you've paid in the app I'll log the job as completed"],
    ["the scanner showed no fault found, so I closed the job"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
