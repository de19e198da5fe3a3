// Round 50: a verb of texting or e-mailing whose object is pictures sent "here" or in the chat or session
// ("Should I text you the photos here or upload them on the session?") asks where to send them on the
// platform, no contact request (phrases.ts, `PICTURES_SENT_HERE`). "here" opening a detail ("text me the photos
// here: 512 ..."), another channel in the sentence ("or on my cell") or the platform left ("not on here") still
// make it one, as does a text with no place said.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("pictures sent here", () => {
  it.each([
    ["Should I text you the photos here or upload them on the session?"],
    ["I'll text you the pics here once the car's on the lift"],
    ["can I email you the screenshots in the chat?"],
    ["text me the photos here and I'll quote"],
    ["I can text you a few more pictures here of the rust on the sill"],
    ["want me to text you the video here or is the upload button better?"],
    ["I'll email you the scans of the invoice in this chat later"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([["text you the photos here or on my cell, whichever"], ["text me the pics, not on here"], ["I'll text you the photos tonight"], ["text me the photos directly, here is slow"]])(
    "%j is a contact request",
    (text) => {
      expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    },
  );

  it("a number after the pictures' here is hidden", () => {
    expect(caughtBy("text me the photos here: 512 555 0134", ["512 555 0134"])).toBe(true);
  });
});
