// Issue 13, round 19: an app named by its logo before "app" or "site" instead of after "the app
// with the" ("DM me on the bird app", "find me on the ghost app", "the paper plane app"). A bird, a
// ghost or a paper plane in the car, another app named by its own name, and a refusal stay clean.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("an app named by its logo before 'app'", () => {
  it.each([
    ["the bird app", "DM me on the bird app, same name as here"],
    ["the ghost app", "find me on the ghost app tonight"],
    ["the paper plane app", "message me on the paper plane app"],
    ["the little ghost app", "hit me up on the little ghost app after work"],
    ["the blue bird app", "add me on the blue bird app"],
    ["the bird site", "i'm on the bird site as wrenchdad"],
    ["the paper airplane app", "easier on the paper airplane app, send me a msg"],
    ["the white ghost app", "i post my jobs on the white ghost app"],
  ])("%s: %j is a MESSAGING_APP", (_kind, text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
  });

  it.each([
    ["a bird strike", "a bird hit the windscreen on the freeway"],
    ["a bird photo", "the app crashed when I uploaded the bird photo"],
    ["a ghost in the radio", "the ghost in the radio is a loose earth"],
    ["a sticker", "there's a paper plane sticker on the dash"],
    ["the camera app", "the camera app won't open so I can't send the photo"],
    ["a game", "the kids play the angry birds app on the headunit"],
    ["a refusal", "no, I'm not on the bird app, keep it here"],
    ["bird droppings", "the bird mess on the bonnet has eaten the clear coat"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
