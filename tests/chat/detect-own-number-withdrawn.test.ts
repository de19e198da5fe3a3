// The sender taking their own detail away ("ok thanks i'll remove my number from the description,
// didn't know it wasn't allowed", "I'll take my mobile number off the listing") says the opposite of
// giving it: the my-number rule lets it pass unless the sentence or the next 120 characters ask to
// use or keep it first ("once you've saved it", "ring it today", "grab it quick"), give it, or turn
// to the reader ("but for you").
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("the sender taking their own number away stays clean", () => {
  it.each([
    "ok thanks i'll remove my number from the description, didn't know it wasn't allowed",
    "sorry, I've deleted my number from the job notes",
    "I'll take my mobile number off the listing, my mistake",
    "I removed my phone number from the description as the admin asked",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a number withdrawn after it is used, or given anyway, stays flagged", () => {
  it.each([
    "I'll remove my number from the description once you've saved it",
    "I'll remove my number from the listing after you've texted me",
    "i'll delete my number from the description, grab it quick",
    "removed my number from the ad, it's 0412 555 019 if you still need it",
    "I'll take my mobile number off the listing after you ring it",
    "deleted my number from my profile so just whatsapp me",
    "I'll remove my number from the description, write it down before I do",
    "I'll remove my number from the ad, ring it today",
    "I'll remove my number from the description tonight so copy it now",
    "take my number down, I'm removing it from the ad later",
    "we took my number out of the notes, it's 07700 900 461 for now",
    "I'd normally remove my number but for you, zero four one two five five five zero one nine",
  ])("%j", (text) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
  });
});
