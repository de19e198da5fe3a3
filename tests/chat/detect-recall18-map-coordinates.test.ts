// Issue 13, round 18, "addresses": a place given as map coordinates, a latitude and a longitude in
// decimal degrees (or in degrees, minutes and seconds, or labelled lat/long), written as a place (a degree sign, a hemisphere letter), said where a location
// is (GPS, a pin, "I'm at", "stuck", "broke down") or sent on its own; decimals that are readings
// (a unit after, a list of them, a gauge read) stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("map coordinates", () => {
  it.each([
    ["a GPS pin, a negative longitude", "my gps pin is 53.4808, -2.2426, come find me", "53.4808, -2.2426"],
    ["after a breakdown, southern hemisphere, no comma", "broke down on the hard shoulder, -33.8688 151.2093", "-33.8688 151.2093"],
    ["degree signs and hemispheres", "40.7128° N, 74.0060° W is where the truck is", "40.7128° N, 74.0060° W"],
    ["hemisphere letters glued on", "parked up 45.4215N 75.6972W, white van", "45.4215N 75.6972W"],
    ["no space after the comma, stuck", "stuck at 34.0522,-118.2437 on the shoulder", "34.0522,-118.2437"],
    ["three places after coords", "coords 55.953, -3.188 come quick", "55.953, -3.188"],
    ["the pair alone as the message", "-37.8136, 144.9631", "-37.8136, 144.9631"],
    ["lower case, I'm at", "im at 52.2053 0.1218 now, by the gate", "52.2053 0.1218"],
    ["degrees, minutes and seconds", "51°30'26\"N 0°7'39\"W is where i am", "51°30'26\"N 0°7'39\"W"],
    ["degrees and minutes with primes, southern", "33°52′04″S 151°12′36″E", "33°52′04″S 151°12′36″E"],
    ["labelled, few places", "lat 51.5, long -0.12, by the layby", "lat 51.5, long -0.12"],
    ["labelled in capitals with LNG", "LAT 40.71 LNG -74.01", "LAT 40.71 LNG -74.01"],
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
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
