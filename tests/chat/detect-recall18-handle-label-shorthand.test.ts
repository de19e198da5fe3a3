// Issue 13, round 18 (mended in round 19), "handles": a handle labelled with its app in chat
// shorthand: a long dash for the colon ("insta — x"), a slash before a page name ("fb: /x"), an
// app's nickname as the line's label ("discord: x", "tgram — @ x"). The round-18 review showed a
// car-word nickname labelling a part ("disc: brembo_gt"), so "disc", "dc", "cord", "snap", "sc",
// "gram", "tok" as a label give a handle only with an "@" or a cue of the app's use after. An
// arrow points at others' pages as often ("ig -> carthrottle had a meme", round 14's review).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a handle under an app label in shorthand", () => {
  it.each([
    ["a long dash", "insta — gearhead.gabi", "gearhead.gabi"],
    ["a slash before a page name", "fb: /mobilebrakesbyron", "mobilebrakesbyron"],
    ["Discord's name as a label", "discord: rusty.rotor", "rusty.rotor"],
    ["Telegram's nickname, a dash and a spaced at", "tgram — @ pavel_fixes", "pavel_fixes"],
    ["Snapchat's nickname, a dash and an at", "snap - @torque_tia", "torque_tia"],
    // Round 19's own attacks: a car-word nickname with an "@" or a use cue, an app's own name.
    ["Discord's car-word nickname with an at", "disc: @rusty.rotor", "rusty.rotor"],
    ["Discord's car-word nickname with a use cue after", "disc - brake_dad, add me and we sort it", "brake_dad"],
    ["dc with an equals and a use cue", "dc = gearjammer_22 hmu tonight", "gearjammer_22"],
    ["TikTok's name with a long dash", "tiktok — wrenchwithwes99", "wrenchwithwes99"],
    ["Snapchat's name in capitals", "SNAPCHAT: tuned.by.tia", "tuned.by.tia"],
    ["sc with an at on its own line", "cheers mate\nsc: @spanner_sam", "spanner_sam"],
    ["Telegram's nickname, dm me after", "tgram - ivan.brakes dm me", "ivan.brakes"],
    ["the gram with an at", "the gram - @clutch.queen", "clutch.queen"],
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
    // Round 19's own attacks: car-word nicknames labelling parts shaped like handles.
    ["a disc's brand and model", "disc: ate_powerdisc, pads: ebc_yellow"],
    ["a DC-DC converter's part", "dc - dc_converter_12v dead"],
    ["a cord's part code", "cord: hv.lead.set from the dealer"],
    ["a disc's part number", "disc = bosch.0986479"],
    ["a gram weight of grease", "gram: 15g_tube of copper grease"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // Round 19's attacks not handled: social.ts's platform label reads "sc" and "snap" as Snapchat's
  // whatever follows (before this rule too), so a supercharger's or a circlip's label is flagged.
  it.fails.each([
    ["[flagged] a supercharger's model", "sc: eaton_m62 with a 3.2 pulley"],
    ["[flagged] a snap ring's size", "snap - 32mm_internal circlip"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
