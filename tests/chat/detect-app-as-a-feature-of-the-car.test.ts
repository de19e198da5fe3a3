// Round 51: a messaging app named as a feature of the car's infotainment ("whatsapp notifications don't come through android
// auto", "the head unit has telegram built in") or as where the sender spends time, to say why their replies here are slow
// ("I'm on Discord a lot so replies may be slow here"), is no way to reach anyone (apps-in-passing.ts). The app offered as a
// channel in the same breath (a pronoun reached, a number, a handle, "add me there") is still caught. Sentences written for
// this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a messaging app named as a feature of the car, or as where the sender is busy", () => {
  it.each([
    ["telegram notifications never show on carplay, only the sound"],
    ["the head unit keeps disconnecting when whatsapp plays a voice message"],
    ["since the update android auto crashes whenever whatsapp and waze run together"],
    ["the infotainment has viber and spotify built in but both freeze"],
    ["signal-style pop ups appear on the dashboard screen for a second"],
    ["I'm on Telegram all day for work so I may be slow to answer here"],
    ["we're on whatsapp a lot with the kids, replies here might be late"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["carplay is fine, just whatsapp me the quote"],
    ["are you on telegram? my head unit drops it anyway"],
    ["the head unit has whatsapp built in, reach me on it at 0412 345 678"],
    ["my android auto shows viber, add me there"],
    ["I'm on Telegram all day so replies may be slow here, add me there instead"],
    ["I'm on discord a lot, find me there"],
  ])("%j is still caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
