// Issue 13, round 21 (fp21): a time of day typed between a number and a street suffix ("booked for
// Sat 9am via the app", "the tow comes at 3 8pm way too early") is no address: a street's name is
// never a clock time ("9am", "10:30") and a number followed by "am" or "pm" is the hour of one
// (address.ts plausibleStreet). Still an address: a house number and a real street name, ordinal
// street names ("9th Avenue"), an Italian "Via" with its name, and a time said beside an address.
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a time of day between a number and a street suffix", () => {
  it.each([
    ["booked for Sat 9am via the app, confirmation AB1234"],
    ["booked Sat 9 am via the app"],
    ["the tow comes sat 8am way too early for me"],
    ["can we move it from 7 to 10:30 via the booking screen?"],
    ["pick up at 3 5pm road test done by then"],
    ["open 7 9pm drive thru only"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["come to 7 Via Roma at 9am", "7 Via Roma"],
    ["I live at 12 9th Avenue, see you at 9am", "12 9th Avenue"],
    ["drop it at 45 Main St 9am tomorrow", "45 Main St"],
    ["meet me 4pm at 22 Elm Street", "22 Elm Street"],
    ["I'm at 9 Amber Way, come at 9 am", "9 Amber Way"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
