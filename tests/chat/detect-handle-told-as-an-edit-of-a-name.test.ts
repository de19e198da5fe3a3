// Issue 13, round 19: a handle told as an edit of a name instead of spelt out ("insta same as my
// username here but with _au at the end", "my ig is my name plus the year I was born"): the name
// here, or one's own name where a platform is named, and something added, swapped or put at an
// end. The edit gives the handle away, so the description is masked. A name edited on an invoice,
// a booking or a part number, with no platform and not the name here, stays innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a handle told as an edit of a name", () => {
  it.each([
    ["the name here with a suffix", "snap is just my display name on here with 88 after it"],
    ["a letter swapped", "tiktok: the same as my handle here, swap the o for a zero"],
    ["first name and surname joined", "my twitter is my first name then my surname with a dot in between"],
    ["the profile name plus a tag", "find my fb, it's like my profile name here but add _mech at the end"],
    ["no platform, the name here edited", "look me up, same as my username on this app but with the year i was born"],
    ["a page with the name here", "my page is the same as my nickname on here plus an underscore in front"],
    ["the birth year", "insta is my name and my birth year, easy"],
    ["initials and digits", "my yt is my initials then 4 digits, the 4 digits are my postcode"],
  ])("%s: %j is a SOCIAL_HANDLE", (_kind, text) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
  });

  it.each([
    ["a name on an invoice", "the name on the invoice is the same as my name here but with my middle initial"],
    ["a name to correct", "my username here is wrong, it should have my surname at the end"],
    ["a booking under two names", "please put the booking under my name plus my partner's as second driver"],
    ["a part number", "the part number is the same as my old one but with a 2 at the end"],
    ["a registration", "is the rego in my name plus the year of the car enough for the form?"],
    ["an account typo for support", "my account on here has my name with 2021 at the end because of a typo, can support fix it?"],
    ["an ad with a typo", "the facebook ad had my name spelt wrong"],
    ["a refusal", "i don't use insta, and it's not my name here either"],
    ["a tyre size", "same size as my old tyres but with 65 profile instead of 60"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
