// Issue 13, false positives by kind: a sentence opening on a verb of living, working or going
// ("Lives in Denver, drives to Vail every weekend", "Works in Leeds, ...") says where someone is;
// its capitalised verb is no place's name, so with a time word later it is no meeting place. A
// meeting named in the same shapes (a place on a street with a time, "meet me at ...") stays a
// deal. The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "Lives in Portland, drives up to Hood every weekend, the clutch slips on the climb",
  "Works in Croydon, commutes on the M25 daily and the DPF light comes on after",
  "Stayed in Boise over the weekend and the AC quit on the way back",
  "Moved to Tucson in June, now the coolant boils every afternoon",
  "Goes to Tahoe every Saturday, brakes smell after the descent",
];

/** [text, secret]: meetings in the same shapes. */
const CONTACT: [string, string][] = [
  ["Lives in Portland? meet me at the Chevron on Burnside at 4", "meet me at the Chevron on Burnside at 4"],
  ["the Chevron on Burnside at 4, bring cash", "the Chevron on Burnside at 4"],
  ["Safeway on Alberta at noon, I'll bring the tools", "Safeway on Alberta at noon"],
  ["the Chevron on Monday at 4, I'll have the part", "the Chevron on Monday at 4"],
  ["Works for me, the Shell on Division tomorrow and we can do it there", "the Shell on Division tomorrow"],
];

describe("innocent sentences saying where someone lives or goes", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("meetings of the same shape stay deals", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });
});
