// Issue 13, false positives by kind: a site named as where a document is kept ("the wiring diagram
// is on X", "the torque specs from X", "a teardown video on X") is a public reference the customer
// or mechanic points to, not the sender's channel. The same shape stays caught when the site is
// called the sender's, when the sender asks to be booked, paid or reached there, when the path is
// a booking or contact page, or when the host is a social, messaging or booking one. The sentences
// are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { burstFlagged, hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "the wiring diagram is on alldatadiy.com if you have a login",
  "I followed the torque specs from haynes.com and it still clicks",
  "there's a teardown walkthrough on 2carpros.com that shows the clip",
  "the coolant spec sheet is over on prestone.com, it says OAT",
  "the install instructions from moog-parts.eu show a different bolt",
];

const INNOCENT_BURSTS: string[][] = [
  ["which jack is it", "the manual is on snapon.com"],
  ["found the TSB", "the bulletin from motorsafety.org lists my VIN range"],
];

/** [text, secret]: the same shapes pointing at the sender's own site or a way to reach them. */
const CONTACT: [string, string][] = [
  ["the how-to guide on my site rickysgarage.com", "rickysgarage.com"],
  ["the price guide is on rickysgarage.com, book there", "rickysgarage.com"],
  ["full walkthrough at rickysgarage.com, message me after", "rickysgarage.com"],
  ["the steps are on rickysgarage.com/contact", "rickysgarage.com/contact"],
  ["the video is on instagram.com/rickysgarage", "instagram.com/rickysgarage"],
  ["our guide is at rickysgarage.com", "rickysgarage.com"],
];

describe("innocent sites named as where a document is", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS)("leaves the burst %j unflagged", (...messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});

describe("sites of the same shape that are the sender's stay caught", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
});
