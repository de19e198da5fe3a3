// Issue 13 round 17, a mention of someone in this chat: "@Name" made of capitalised words (a person
// or a role: "@SupportTeam", "@JoanneP") opening what the sender says to them is addressed, not
// advertised, as a plain first name already was ("@Sam thanks"). A mention with a follow cue or an
// app near, called the sender's own, alone, or shaped like a handle (digits, "_", lower case) stays
// a handle.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a mention addressed to someone in the chat", () => {
  it.each([
    "@SupportTeam my payment shows twice on the invoice",
    "@JoanneP, the part arrived this morning",
    "thanks @CustomerCare, the refund came through",
    "Got it. @HelpDesk why can't I attach a video?",
    "@DaveMorrison do you want me to leave the keys at reception?",
  ])("%j is no handle", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a mention called the sender's", "@BrakeBoss is me, look it up", "@BrakeBoss"],
    ["a mention placed on an app", "@BrakeBoss on tiktok for the full video", "@BrakeBoss"],
    ["a mention with a follow cue", "@BrakeBoss follow for more fixes", "@BrakeBoss"],
    ["a mention alone", "@BrakeBoss", "@BrakeBoss"],
    ["a handle with digits", "@brakeboss77 the pads are done", "@brakeboss77"],
    ["a handle in lower case with an underscore", "@brake_boss the pads are done", "@brake_boss"],
    ["a mention inside a sentence", "you can reach me as @BrakeBoss anytime", "@BrakeBoss"],
  ])("%s: %j is still a handle", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });
});

// Round 17 review: a capitalised mention pointed at as a place to go, look, follow, post or write
// (described by "is ...", sent to with "check it out", "come see", "send me a message on there",
// named for the sender's work or trade, or captioned with showcase nouns and no verb) is the
// sender's account, whatever its capitals.
describe("a capitalised mention pointed at as a place", () => {
  it.each([
    ["described as where the work is", "@KevFitsTyres is where all my jobs go up", "@KevFitsTyres"],
    ["described as the page", "@WrenchWendy, the page with my rates", "@WrenchWendy"],
    ["sent to with a look", "@PadsByPete go and check it for my reviews", "@PadsByPete"],
    ["a message to it asked for", "@GarageGaz drop me a line on there", "@GarageGaz"],
    ["the sender's work on it", "@MobileMoe more of my work, before and afters", "@MobileMoe"],
    ["a place the sender posts", "@ClutchKing I upload every job", "@ClutchKing"],
    ["a caption of showcase nouns", "@ClutchKing photos of past jobs", "@ClutchKing"],
    ["a before-and-after caption", "@MobileMoe, before & after shots", "@MobileMoe"],
    ["named for the trade", "@PadsByPete for quotes and availability", "@PadsByPete"],
    ["'that's where' after it", "@GarageGaz, that's where the reviews are", "@GarageGaz"],
  ])("%s: %j is a handle", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    "@DaveMorrison is the car ready?",
    "@SupportTeam my photos won't upload",
    "@MikeR can you check the brakes as well?",
    "@JoanneP thanks for sorting the invoice, all good",
    "@TomBaker the rattle is back in there",
    "@MikeRoss where I live the roads are salted, is that why?",
    "@DaveMorrison, it's done, come and get it",
    "@SupportTeam photos won't upload on my phone",
    "@MikeR pics attached of the leak",
    "@DaveMorrison for the brakes, is 80 ok?",
    "@JoanneP, this is the car I mentioned",
  ])("said to the person, %j is no handle", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
