// Issue 13, round 17: the job moved to a place of the sender's own (private-visits.ts): the reader
// asked to come to "my shed", "my uncle's workshop", "my yard", with the booking left out or the
// work offered there, is an off-platform deal masked with its sentence; so is the Spanish "let's
// meet at ... and settle it there". A car brought to the booked shop, a visit through the booking
// and a family garage that is too small stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a visit to a place of one's own instead of the booking", () => {
  it.each([
    ["a relative's workshop instead of the booking", "I do brakes at my brother's workshop on fridays, pop round instead of the garage you booked", "my brother's workshop"],
    ["a shed and work offered", "I work out of my lock-up most evenings, just show up and I'll sort it", "my lock-up"],
    ["the car dropped at a yard", "drop the car at my yard on monday rather than the booked place", "my yard"],
    ["Spanish", "quedamos en la gasolinera del centro y ahi arreglamos el precio", "la gasolinera del centro"],
    ["the sender's own shop instead of the booking", "pop round to my shop on thursday instead of the one you booked", "my shop"],
    ["a workshop of one's own with work offered", "bring it to my own garage this weekend and I'll sort it", "my own garage"],
    ["a home garage with work offered", "come to my home garage sunday morning, I can fix the mirror there", "my home garage"],
    ["a mate's unit with work offered", "drop the car at my mate's unit, I'll do the pads there", "my mate's unit"],
    ["a bay and a cash price", "swing by our bay after hours, cash and it's cheaper", "our bay"],
  ])("%s: %j is a deal, hidden", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I'll bring the car to your shop on Saturday as booked"],
    ["my uncle's workshop did the last service"],
    ["come to my house through the booking, the address is in the app"],
    ["my dad's garage is too small, so I'll bring it to your shop instead"],
    ["drop the car at the booked garage tomorrow morning"],
    // The workshop speaking of its own premises, where booked work happens.
    ["just turn up at my shop Tuesday, I'll do it then"],
    ["roll in to our garage on friday and we'll sort it"],
    ["drop the car at my workshop at 8, I can fix the mirror same day"],
    ["pull up at our unit on the industrial estate, we can handle the tracking"],
    ["head over to my bay when you arrive and I'll do the tyres"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
