// Issue 13, round 8: a request someone else made, told in the past ("the advisor asked for my
// number", "he asked for cash"), is the sender reporting it, not soliciting; the same request made
// now is still caught.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a request reported in the past", () => {
  it.each([
    ["the other party asked for the sender's number", "the mechanic asked for my number yesterday, is that normal?"],
    ["someone asked for an app", "a guy on here asked me for my telegram, I ignored it"],
    ["a reported cash demand", "I reported the last one because he wanted cash"],
    ["kept asking", "she kept asking for my email so I stopped replying"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["asking now", "what's your number? easier to talk", "OFF_PLATFORM_REQUEST"],
    ["a cash offer now", "I can do it for 300 cash on Saturday", "OFF_PLATFORM_DEAL"],
  ])("%s: %j is still caught", (_kind, text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});
