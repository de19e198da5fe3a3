// Issue 13, round 21 (fp21): a video call to hop on that names no app, said with the platform
// ("can we jump on a video call through here?", "hop on a video call in the app at 5") is the
// platform's own call, as "the app's video call" already was (social.ts). Still caught: a video
// call on a named app, a video call with nothing of the platform near, and a number beside it.
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a video call through the platform", () => {
  it.each([
    ["can we jump on a video call through here? the noise is hard to describe"],
    ["can we jump on a video call in the app at 5"],
    ["happy to hop on a quick video call here so you can hear it"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([["jump on a video call on whatsapp, the app lags"], ["hop on a quick video call later"], ["jump on a zoom, the app is slow"], ["get on a facetime with me tonight"]])(
    "%j is still caught",
    (text) => {
      expect(kindsOf(text)).not.toEqual([]);
    },
  );

  it("a number beside a video call here is hidden", () => {
    expect(hides("hop on a video call here? or ring 0412 555 019", "0412 555 019")).toBe(true);
  });
});
