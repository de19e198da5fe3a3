// Issue 13, round 17: a handle given under its app's nickname (app-nicknames.ts): Discord as
// "disc", "dc", "cord", Snapchat as "snap"/"sc", Instagram as "the gram", or one handle for every
// app. Stated as one's own account, the handle shaped like one or followed by a cue of the app's
// use ("add me", "lets vc"), it is a SOCIAL_HANDLE and masked. The car senses of the nicknames (a
// scored disc, 12v DC, a short cord) stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a handle under an app's nickname", () => {
  it.each([
    ["disc with a shaped handle", "my disc is lil_wrench, add me", "lil_wrench"],
    ["cord with a voice-chat cue", "my cord is pistonpete, lets vc", "pistonpete"],
    ["dc after adding", "add me on dc, torque_dad", "torque_dad"],
    ["a Discord tag with its number", "my disco tag = gearhead#4421", "gearhead#4421"],
    ["the gram", "my gram is motor.mike so follow", "motor.mike"],
    ["one handle for every app", "my handle everywhere is turbo_tess", "turbo_tess"],
    ["a handle across socials", "my username across all socials is revLimiter", "revLimiter"],
    ["a handle with a car word in it", "my disc is rear_gunner77", "rear_gunner77"],
  ])("%s: %j hides the handle", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["my disc brakes are worn on the left side"],
    ["my disc is warped, add me to the waitlist"],
    ["my dc is 12v on the fuse, is that ok"],
    ["my cord is too short for the jump pack"],
    ["add me on dc, thanks for the help"],
    ["my snap is broken so I can't send pics"],
    ["my handle everywhere is the same as here"],
    ["the cord on the charger is frayed"],
    ["my disc is LH_rear, the other one is fine"],
    ["my cord is 2m-long, need a longer one"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
