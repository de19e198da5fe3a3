// Round 22 detail review (attacker): innocents each of four candidate rules might wrongly flag,
// and variants of the evasion each rule targets. Sentences written for this review, not corpus lines.
// it.each: holds today; it.fails.each: a gap (an innocent flagged or an evasion missed) to close.
// Innocents marked "(new)" in comments were clean at a0bdeb3 and flagged by the named commit.
// 80e48c1 and 2cfb226 landed tightened to this review; 96f7268 and 93eacfb were reviewed and not
// merged, so their groups state this branch without them (their flagged innocents clean, the
// evasions only they caught missed).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("80e48c1: a link typed apart with an uncommon ending, marked as a link", () => {
  it.each([
    "my nan still says www . me too honestly",
    "go to https:// autodoctor . app / help for the fuse guide",
    "the help page is www . autodoctor . app (no spaces)",
    "the gap was 0 . 8 mm, no spaces between the plates",
    "the fault is in the loom . pl , remove the spaces in the plug",
    "www . is what the old radio shows . tv screen is blank",
    "tyres are bald . ie - no spaces left in the tread", // (new) at 80e48c1; clean since tightened: bracket/dash marker only, no 'ie', no digit
    "I wrote the plate as AB12 . CD (no spaces) on the form", // (new) at 80e48c1; clean since tightened: bracket/dash marker only, no 'ie', no digit
    "tyres are worn . ie, no spaces between the blocks", // (new) at 80e48c1; clean since tightened: bracket/dash marker only, no 'ie', no digit
    "dropped it . nl (no spaces)", // (new) at 80e48c1; clean since tightened: bracket/dash marker only, no 'ie', no digit
  ])("innocent %j is not flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.fails.each(["typed https:// nothing . no page loaded", "it shows https:// only . is that normal", "the https:// link . is it safe to click", "I typed www . then gave up . so I rang the shop"])(
    "innocent %j is not flagged (gap: flagged)",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );

  it.each([
    ["h t t p s : / / rhys autos . test", "rhys autos . test"],
    ["rhysautos . test (all one word)", "rhysautos . test"],
    ["rhysautos . test — no spaces", "rhysautos . test"],
    ["www dot brakebros dot fi", "brakebros dot fi"],
  ])("evasion %j is caught, %j hidden", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails.each([
    ["rhysautos . test, just remove the spaces", "rhysautos . test"],
    ["rhysautos . test [remove spaces]", "rhysautos . test"],
    ["h t t p s colon slash slash rhysautos . test", "rhysautos . test"],
    ["rhysautos . test without spaces", "rhysautos . test"],
    ["W W W . rhysautos . pt", "rhysautos . pt"],
    ["hxxps:// rhysautos . test", "rhysautos . test"],
  ])("evasion %j is caught, %j hidden (gap: missed)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});

describe("2cfb226: 'chiocciola'/'Klammeraffe' as '@', 'full stop' as a dot, any ending after a typed '@'", () => {
  it.each([
    "my price is 80 full stop net",
    "that's the full stop. Net result is the pads are gone",
    "la chiocciola del turbo è crepata",
    "la chiocciola del turbo punto e basta",
    "das Klammeraffe Zeichen auf der Tastatur geht nicht",
    "write to support@autodoctor punto app if the app crashes",
    "email support at autodoctor full stop app for refunds",
    "we don't do cash jobs full stop com on mate",
    "I only buy parts made in the uk full stop",
    "hi @Jo . me and Al will come",
    "hey @Ben . so the car is ready",
    "thanks @Sam . it's done now", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
    "@Sam . ps bring the jack", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
    "@Sam . tv in the waiting room is broken", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
    "ask @Dave . no", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
    "@Tom . re your brakes, they are fine", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
    "@Ana . ie tomorrow", // (new) at 2cfb226; clean since tightened: a local part typed onto the '@'
  ])("innocent %j is not flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["jens [Klammeraffe] werkstatt punkt de", "werkstatt punkt de"],
    ["jens at-Zeichen werkstatt punkt de", "werkstatt punkt de"],
    ["paolo chiocciola esempio punto com", "esempio punto com"],
    ["rory at example full stop co dot uk", "example full stop co dot uk"],
    ["paolo (chiocciola) esempio punto it", "esempio punto it"], // closed in round 24: the bracketed '@' word of the per-language table
  ])("evasion %j is caught, %j hidden", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails.each([
    ["paolo at esempio full stop it", "esempio full stop it"],
    ["rory at example fullstop com", "example fullstop com"],
    ["rory at example full-stop com", "example full-stop com"],
    ["rory at example full stop me", "example full stop me"],
    ["rory at example full stop ph", "example full stop ph"],
  ])("evasion %j is caught, %j hidden (gap: missed)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});

describe("96f7268 (reviewed, not merged): 'plus' said for '+' before a calling code and grouped digits", () => {
  it.each([
    "300 plus 15 20 25 30 35 40",
    "torque to 30 Nm plus 90 180 270 360 degrees in stages",
    "the set has a ratchet plus 7 8 10 12 13 14 17 19 mm sockets",
    "fits older cars plus 91 92 93 94 95 96 models",
    "we carry all sizes plus 225 235 245 255 265",
    "300 miles plus 44 12 20 30 40 50 km on the test",
    "the kit plus 33 41 27 19 12 spare clips",
    "codes P0300 plus 30 31 32 33 34 35 misfire counters",
    "plus 44 12 20 30 40 50 60",
    "plus 44 12 20 30 40 50", // (new) at 96f7268, not merged: clean here
    "PLUS 20 25 30 35 40 45 minute slots available", // (new) at 96f7268, not merged: clean here
    "bulbs plus 55 60 65 70 75 80 watt options", // (new) at 96f7268, not merged: clean here
  ])("innocent %j is not flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.fails.each([
    "we open Monday plus 1 2 3 4 5 6 7 8 9 10 of next month",
    "plus 49 151 600 700 800 steps", // (new) at 96f7268, not merged; flagged by round 23's stage (L2 0.1, threshold 0.85)
  ])("innocent %j is not flagged (gap: flagged)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["plus-44 7700 900 123", "44 7700 900 123"],
    ["ring after 6 plus 44 7700 900 123", "44 7700 900 123"],
    ["plus four four 7700 900 123", "four four 7700 900 123"],
    ["plus 353 87 123 4567", "353 87 123 4567"],
    ["plus 1 (555) 013 4567", "1 (555) 013 4567"],
  ])("evasion %j is caught, %j hidden", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails.each([
    ["plus 447700900123", "447700900123"],
    ["plus44 7700 900 123", "44 7700 900 123"],
    ["cost me 40. plus 44 7700 900 123 is me", "44 7700 900 123"],
    ["plus sixty one 491 570 188", "sixty one 491 570 188"], // caught by 96f7268 only, not merged: missed here
    ["plus 61 4 9157 0188", "61 4 9157 0188"], // caught by 96f7268 only, not merged: missed here
  ])("evasion %j is caught, %j hidden (gap: missed)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});

describe("93eacfb (reviewed, not merged): a three-digit exchange dashed to a capital O and three digits", () => {
  it.each([
    "model 320-O125 filter",
    "part ABC-O123 is on order",
    "sensor P0-O300 reads low",
    "the Bosch 450-O100 relay clicks",
    "oil filter 712-O752 fits",
    "order 555-O133 shipped today",
    "ref 250.O300 on the invoice",
    "call the dealer about part 320-O125",
    "gasket kit 372-O118 in stock",
    "pin 104-O220 on the loom is corroded", // (new) at 93eacfb, not merged: clean here
    "the 911-O456 chassis code is rare", // (new) at 93eacfb, not merged: clean here
    "bracket 640-O210 snapped again", // (new) at 93eacfb, not merged: clean here
    "pin 404-O220 on the loom is corroded", // (new) at 93eacfb, not merged: clean here
  ])("innocent %j is not flagged", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.fails.each(["rim size 195-O655 is stamped inside", "text me the part number 555-O133 when it arrives"])("innocent %j is not flagged (gap: flagged)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["call 555-o133", "555-o133"],
    ["call 555-0I33", "555-0I33"],
    ["text 555-OI33", "555-OI33"],
    ["call 555-O1 33", "555-O1 33"],
    ["my cell 555.O133", "555.O133"],
    ["call 555-O133", "555-O133"], // caught by 93eacfb only, not merged; caught by round 23's stage
    ["call 555–O133", "555–O133"], // caught by 93eacfb only, not merged; caught by round 23's stage
  ])("evasion %j is caught, %j hidden", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails.each([
    ["call 555 O133", "555 O133"],
    ["call 555_O133", "555_O133"],
    ["call 555 - O133", "555 - O133"],
    ["call 555/O133", "555/O133"], // round 43's refit: no longer flags it
  ])("evasion %j is caught, %j hidden (gap: missed)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});
