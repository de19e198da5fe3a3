// Round 54: a meeting in person proposed with no place or time, the booking named only as what it saves (issue 13,
// OFF_PLATFORM_DEAL): "save you another booking", "spares you booking again", "saves you another session", "you won't
// need another booking". Sentences written for this branch, none from the corpus or another spec. Attack: flagged, and
// the meeting masked. Innocent: the meeting held on the platform's call or chat, a meeting at the workshop, one reported
// or refused. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a meeting that saves a booking: attacks", () => {
  it.each<[string, string]>([
    ["we could just meet and I'll show you the fault on the spot, save you another booking", "we could just meet"],
    ["we should just meet and I'll show you what's wrong, spares you booking again", "we should just meet"],
    ["let's meet and I'll listen to the noise myself, saves you another session", "let's meet"],
    ["ok let's just meet, it'll save you another booking", "let's just meet"],
    ["we could just meet, you won't need another booking", "we could just meet"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("a meeting that saves a booking: innocent look-alikes", () => {
  it.each<[string]>([
    ["meet on the video call, saves you another booking"],
    ["we can meet on the call tomorrow and I'll show you the fault on screen, save you another booking"],
    ["we could just meet over video, saves you another booking"],
    ["let's just meet in the app chat, saves you another booking"],
    ["we could just meet and go over it on screen share, save you another booking"],
    ["let's meet at the workshop on Friday, saves you another booking"],
    ["the tow driver said we could just meet at the depot, save you another booking"],
    ["I'd rather not meet, saves you another booking either way"],
    ["don't meet him, save yourself another booking"],
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});
