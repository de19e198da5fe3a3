// The channel grammar (social.ts) and the names it reads back (normalise.ts, `canonicalChannelNames`):
// an app's name with digits or symbols for letters, split by spaces, dashes or underscores, or one
// letter off in a word no dictionary holds, is the app; the app used as a verb, asked about, or
// given with the sender's account is a channel, and the app's word or the account is masked.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an app's name in disguise", () => {
  it.each([
    ["digits for letters", "vib3r me tonight", "vib3r"],
    ["symbols for letters", "hit me on sn@pch@t", "sn@pch@t"],
    ["split by spaces", "just what s app me the photos", "what s app"],
    ["split by a dash", "tele-gram me when it's ready", "tele-gram"],
    ["two letters swapped", "telegarm me the quote", "telegarm"],
    ["a letter doubled", "whatsaap me", "whatsaap"],
    ["a letter missing", "can u watsapp me the vin", "watsapp"],
    ["a channel verb split", "d-m me on insta", "insta"],
  ])("%s: %j hides the app", (_form, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["the discard pile of old pads"], ["both turn signals are out"], ["watch from 2:10 https://youtu.be/Ab12Cd34Ef he shows the clips"], ["the fault is in the signal wire"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});

describe("the channel grammar", () => {
  it.each([
    ["the app as a verb", "zoom me after lunch and I'll show you", "zoom"],
    ["a short form as a verb", "W.A. me later", "W.A."],
    ["asked whether the reader has it", "u have snap?", "snap"],
    ["asked with got", "got WA?", "WA"],
    ["a question of its own", "ok. insta?", "insta"],
    ["the sender's account by a coined name", "my snap is wrenchmasterx", "wrenchmasterx"],
    ["the sender's account before the app", "I'm gearjockeyz on discord", "gearjockeyz"],
  ])("%s: %j hides the app or the account", (_form, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I don't have whatsapp, let's keep it here"],
    ["zoom in on the photo of the caliper"],
    ["do you have the signal wire diagram?"],
    ["I watched chrisfix on youtube"],
    ["the line is leaking?"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
