// Round 52 (det52a): the sender coming to the reader themself ("I'll come to you", "I can come personally to your society
// parking") with the money readied for the visit ("have the cash ready"), paid to the sender directly ("pay me directly"),
// or the workshop said not to be needed (in-person-visits.ts SENDER_COMES with COMES_TO_YOU and OFF_THE_BOOKING). A booked
// mobile visit, an errand, a refusal, and a report sent "to you" stay innocent. Sentences written for this branch. Probed
// with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a visit to the reader paid in hand or without the workshop", () => {
  it.each([
    ["ill come to u after my shift and swap the sensor, have your money ready"],
    ["i can come personally to your building parking tomorrow and fix it, no need of workshop"],
    ["I could come myself to your society parking after my shift and do the service, no need of garage"],
    ["we can come to you after work on friday and do the brakes, just have the cash ready"],
  ])("%j is caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["I'll come to you at 10 as booked and do the plugs on the drive"],
    ["the mechanic will come to you after work as per the booking"],
    ["I'll come to you with the quote in the app after my shift"],
    ["I'll come to your office parking at 9 for the booked mobile service"],
    ["we'll come to you tomorrow morning through the app, payment is taken on the platform"],
    ["I can't come to you after my shift, sorry, please book a workshop"],
    ["no need for the garage, the mobile mechanic booked through the app will come to your parking at 10"],
    ["I'll send the report to you after my shift"],
    ["My husband will come to your workshop after his shift to drop the keys"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
