// Round 51: a moment stamped as apps and logs write it, a full date (year first or last) then the time of day ("2025-03-14
// 08:15", "03-14-2025 0815"), was read as a phone's digits (phone.ts isDateAndTime). A phone written beside a date, or a
// date and a time told as a phone, is still caught. Sentences written for this branch. Probed with the application's options
// (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a date and its time of day", () => {
  it.each([
    ["2026-01-09 07:45 is when the app says the video call starts"],
    ["the log shows 2023-08-22 21:10 P0420 cat efficiency below threshold"],
    ["booked for 11-30-2025 1345 at the workshop, right?"],
    ["dashcam timestamp 2024/06/17 18:05 is when the clunk started"],
    ["freeze frame data: 2025.02.03 6:50, coolant at 12C"],
    ["30/11/2025 0930 drop off confirmed, thanks"],
    ["03-21-2025 0815 drop off for the brakes"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each<[string, string]>([
    ["2026-01-09 07:45 works, or just ring me on 0412 345 678", "0412 345 678"],
    ["booked 11-30-2025 1345 but text 503-555-0142 if it moves", "503-555-0142"],
    ["my cell 720 555 0199, after 2025-03-14 08:15 anytime", "720 555 0199"],
  ])("%j is still caught", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});
