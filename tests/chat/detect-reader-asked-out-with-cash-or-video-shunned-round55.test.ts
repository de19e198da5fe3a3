// Round 55 (det55a): the reader asked to come out to the sender's place with the cash said in the chat's short spelling ("i'd pay
// u cash", "pay ya cash") or the video call shunned with no article ("easier in person than on video"): in-person-visits.ts
// READER_ASKED with OFF_THE_BOOKING and SCREEN_SHUNNED. A booked visit, a refusal and a video call preferred stay innocent.
// Sentences written for this branch; probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("the reader asked out with cash or the video call shunned", () => {
  it.each([["can you come out to the house tonight and check the ute, I'll pay ya cash"], ["would you pop over to the yard this week? much easier in person than on video"]])(
    "%j is caught",
    (text) => {
      expect(flaggedBy(text)).toBe(true);
    },
  );

  it.each([
    ["could you come round to the farm tonight for the booked visit? easier in person than on video"],
    ["can you come over on saturday as booked, I'll pay in the app"],
    ["I'd rather do it on video than have you come out, is that ok?"],
    ["can't you come round? never mind, video is fine"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
