// Issue 13, round 18 (mended in round 19), "addresses": a place given as map coordinates, a
// latitude and a longitude in decimal degrees (or in degrees, minutes and seconds, or labelled
// lat/long). The round-18 review showed that a pair sent alone, or with one loose word, is a
// reading as often ("0.250, 0.300", "battery went 12.650, 12.100", a logger's "lat 1.15, long
// 0.98"), so a pair now needs a real location cue: a degree sign or hemisphere, a map word (GPS,
// a pin, coordinates, a maps app) with a where-someone-is word, or two where-someone-is words; and
// never after a measured thing, nor both under 3° (open sea).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("map coordinates", () => {
  it.each([
    ["a GPS pin, a negative longitude", "my gps pin is 53.4808, -2.2426, come find me", "53.4808, -2.2426"],
    ["after a breakdown on the hard shoulder, southern hemisphere", "broke down on the hard shoulder, -33.8688 151.2093", "-33.8688 151.2093"],
    ["coords and come to", "coords 55.953, -3.188, come to the back", "55.953, -3.188"],
    ["a dropped pin and stuck", "drop a pin: 51.50735,-0.12776, stuck with a flat", "51.50735,-0.12776"],
    ["degree signs and hemispheres", "40.7128° N, 74.0060° W is where the truck is", "40.7128° N, 74.0060° W"],
    ["hemisphere letters glued on", "parked up 45.4215N 75.6972W, white van", "45.4215N 75.6972W"],
    ["degrees, minutes and seconds", "51°30'26\"N 0°7'39\"W is where i am", "51°30'26\"N 0°7'39\"W"],
    ["degrees and minutes with primes, southern", "33°52′04″S 151°12′36″E", "33°52′04″S 151°12′36″E"],
    ["labelled, few places", "lat 51.5, long -0.12, by the layby", "lat 51.5, long -0.12"],
    ["labelled in capitals with LNG", "LAT 40.71 LNG -74.01", "LAT 40.71 LNG -74.01"],
    // Round 19's own attacks: a place said with a map word, or two where-words, in new wordings.
    ["a live location after a dead battery's clause", "car died, stuck in a layby, my live location 52.48626, -1.89045", "52.48626, -1.89045"],
    ["two where-words and five places", "stranded and parked up at 53.80076 -1.54908, come get me", "53.80076 -1.54908"],
    ["hemispheres after the degrees, no comma", "51.4545° N 2.5879° W, that's the yard behind the pub", "51.4545° N 2.5879° W"],
    ["find me and I'm at", "find me here 51.75202, -1.25773, I'm at the back gate", "51.75202, -1.25773"],
    ["latitude and longitude written out", "latitude 55.86515 longitude -4.25763, bring the trailer", "latitude 55.86515 longitude -4.25763"],
  ])("%s: %j hides the coordinates", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["runout in inches", "runout was 0.0015, 0.0020 in on the rotor"],
    ["battery volts", "battery read 12.6534, 12.6512 V after charging"],
    ["plug gaps", "gap spec 0.028, 0.032 on the plugs"],
    ["a list of injector trims", "injector trims 1.0234, 0.9876, 1.0112, 0.9988"],
    ["fuel trims joined by and", "fuel trims -3.1250 and 4.6875 at idle"],
    ["pad thickness", "the new pads are 12.5000, 12.4500 thick"],
    ["a pin of a connector", "pin 3 reads 0.4512, 0.4520 on the scope"],
    ["a MAP sensor", "the map sensor shows 1.0234, 1.0250 at idle"],
    ["a gauge read with I'm at", "we're at 3.5000, 3.2500 on the torque wrench dial"],
    ["prices with three places", "the quote was 1.250, 2.500 for parts and labour"],
    ["a camber angle in degrees and minutes", "set the camber to 1°30' and caster 5°"],
    ["lateral and long bolts", "lat 3 long 4 bolts on the subframe"],
    // Round 19's own attacks: readings with one where-word, a map word, or sent alone.
    ["a pair sent alone, four places", "-37.8136, 144.9631"],
    ["readings with one where-word", "stuck at 13.812, 14.102 on the fuel trims"],
    ["two where-words, two near readings", "parked up overnight, stuck at 12.6523, 12.1044 this morning"],
    ["a logger's lateral and longitudinal g", "logger says lat 1.25 long 1.10 through the roundabout"],
    ["a GPS speedo's readings", "gps speedo read 52.125, 53.500 on the run"],
    ["a location on a part, small", "the location of the leak is 0.500, 0.750 from the flange"],
    ["a unit after, with a where-word", "I'm at 23.1234, 45.6789 ohms across the coil, stuck"],
    ["a quote in three places with a where-word", "the quote came to 45.500, 52.250 with fitting, stuck with it"],
    ["a reading of a measured thing with a map word", "the gps antenna voltage was 11.9875, 12.0125"],
    ["two readings sent alone after a question", "what were the readings? 13.8125, 14.2500"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // Round 19's attacks not handled: a map word alone no longer makes a pair a place (a kept-aside
  // innocent entry had one), so a pair shared with nothing else said is missed.
  it.fails.each([
    ["[missed] coords and come quick", "coords 55.953, -3.188 come quick", "55.953, -3.188"],
    ["[missed] a dropped pin alone", "drop a pin: 51.50735,-0.12776 and bring the jump pack", "51.50735,-0.12776"],
    ["[missed] a sat nav alone", "stick it in the sat nav: 48.85661 2.35222", "48.85661 2.35222"],
    ["[missed] coordinates alone, a space before the comma", "coordinates are 40.4168 , -3.7038", "40.4168 , -3.7038"],
  ])("%s: %j hides the coordinates", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });
});
