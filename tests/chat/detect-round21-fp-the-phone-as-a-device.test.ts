// Issue 13, round 21 (fp21): the sender's phone described as a device, by its make, model or age
// ("My phone is a Samsung, quite old", "my mobile's an old iPhone") gives no number: "my phone is"
// before a make or an age is no announcement of one (phrases.ts DEVICE_DESCRIBED). Still caught:
// "my phone is" before digits or a way to reach the sender, a number given after the make, and a
// request to call or text beside the device. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("the sender's phone described as a device", () => {
  it.each([
    ["how do I answer the in-app call? my phone is a Samsung, quite old"],
    ["my phone is an old iphone so the video might lag a bit"],
    ["my mobile's really old, the photos come out blurry"],
    ["my phone is a Nokia brick, I can only see the chat on the tablet"],
    ["sorry for the slow replies, my cell is ancient"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["my phone is 0412 555 019", "0412 555 019"],
    ["my phone is old number 0412 555 019", "0412 555 019"],
    ["my phone is a samsung, text me on 0412 555 019", "0412 555 019"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["my cell is a good way to reach me"], ["my number is an easy one, ask me"], ["my phone is old, call me on it anyway"], ["my phone is an iphone, facetime me"]])(
    "%j is still caught",
    (text) => {
      expect(kindsOf(text)).not.toEqual([]);
    },
  );
});
