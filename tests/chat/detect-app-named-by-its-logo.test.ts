// Issue 13, messaging apps in disguise: an app named by its logo ("the app with the paper plane
// logo", "find me on the app with the ghost") is the app, as one named by its colour already was;
// a car or a sticker with a ghost on it is not.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, what must be hidden]. */
const CONTACTS: [string, string][] = [
  ["message me on the app with the paper plane, same name as here", "the app with the paper plane"],
  ["find us on the app with the little ghost logo", "the app with the little ghost logo"],
  ["the app with the white speech bubble icon, I'm on there", "the app with the white speech bubble icon"],
  ["the app with the blue paper airplane ✈️ @dieseldoc_ie", "dieseldoc_ie"],
];

const INNOCENT = [
  "the car with the ghost light on the dash is mine",
  "the one with the ghost sticker on the bumper, can't miss it",
  "your app with the map is great, found the workshop easily",
  "the dash has a paper plane symbol lit up, what is it?",
];

describe("an app named by its logo", () => {
  it.each(CONTACTS)("%j hides %j", (text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
