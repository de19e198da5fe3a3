// Issue 13, round 21 (fp21): a question about how the platform takes payment names the platform
// with "inside" or "within" as well as "in" ("can I pay with UPI inside the app or only cards?"),
// so it is the same question as round 20's (phrases.ts PLATFORM_NAMED). Still caught: paying the
// chat partner in person, paying outside the app, and weighing a saving. The sentences are written
// for this file.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a question about paying inside the app", () => {
  it.each([["can I pay with UPI inside the app or only cards?"], ["can I pay with paypal within the app?"], ["do I pay with venmo inside the platform or is it card only?"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it.each([
    ["can I pay you with UPI inside the app or only cards?"],
    ["can I pay with UPI outside the app, cheaper?"],
    ["can I pay with paypal inside the app or directly to you to skip the fee?"],
    ["I'll pay with zelle, not inside the app"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
