// Issue 13, round 18, "handles": a handle labelled with its app in chat shorthand: a long dash for
// the colon ("insta — x"), a slash before a page name ("fb: /x"), an app's nickname as the line's
// label ("disc: x", "tgram — @ x"). An arrow points at others' pages as often ("ig -> carthrottle
// had a meme", round 14's review) and is left out; a nickname that is a car word with a
// measurement, a part's label or an everyday word after it stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a handle under an app label in shorthand", () => {
  it.each([
    ["a long dash", "insta — gearhead.gabi", "gearhead.gabi"],
    ["a slash before a page name", "fb: /mobilebrakesbyron", "mobilebrakesbyron"],
    ["Discord's nickname as a label", "disc: rusty.rotor", "rusty.rotor"],
    ["Telegram's nickname, a dash and a spaced at", "tgram — @ pavel_fixes", "pavel_fixes"],
    ["Snapchat's nickname and a dash", "snap - torque_tia", "torque_tia"],
  ])("%s: %j hides the handle", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a disc measured", "disc: 280mm front, 262 rear"],
    ["a disc described", "disc: scored both sides, pads: 3mm"],
    ["a disc's position label", "disc - front_left is warped"],
    ["a DC voltage", "dc: 12.6v"],
    ["a cord's length", "cord: 2m_long"],
    ["a page pointed at with an arrow", "fb -> the shop page has the hours"],
    ["someone else's page with an arrow", "ig -> carthrottle had a meme about this exact fault"],
    ["a snap ring", "the snap -> it broke off"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
