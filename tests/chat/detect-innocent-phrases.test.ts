// Issue 13, "false positives that must stop": phrases that name the platform's own features, a
// state of the sender's account, a video to watch, a measurement or a typed code are not contact
// attempts.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("innocent look-alikes of contact phrases", () => {
  it.each([
    ["a third party contacting the sender in the app", "will the mechanic text me through here when the part arrives?"],
    ["a call on the platform's video", "ring me on the video in five, I'm under the car"],
    ["a bare video call", "the video call yesterday cleared it up, thanks"],
    ["the state of an e-mail address", "my email is verified now, the receipts come through"],
    ["a participle after 'email is'", "the email is forwarded to my wife automatically"],
    ["a video search", "there's a walkthrough video, search 'e46 window regulator' on youtube"],
    ["a measurement before a road word", "it gets 31 mpg highway and 24 in town"],
    ["digits glued to an engine code", "the engine code is 2JZ 412 337 on the block"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
