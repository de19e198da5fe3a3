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
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
