// Issue 13, "platforms" and "handles": "find/look me up/search <name> on <site>" with any site of
// the maintained list (directories, trades and classifieds sites, maps), and handles given by
// reference, quoted, spoken or as a name on an app. The name or handle is hidden.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("look-up platforms", () => {
  it.each([
    ["a trades site, then the name", "we're on mybuilder too, Kestrel Roofing & Motors", "Kestrel Roofing & Motors"],
    ["a classifieds site after the name", "look for Brennan Mobile Tyres on donedeal", "Brennan Mobile Tyres"],
    ["a directory, 'we're called'", "find us on justdial, we're called Om Sai Car Point", "Om Sai Car Point"],
    ["a name with a joiner", "I'm on nextdoor as Ray the Diesel Guy", "Ray the Diesel Guy"],
    ["a listing, then its name", "we have a gumtree listing, Northside Brake Specialists", "Northside Brake Specialists"],
    ["look us up, with a colon", "look us up: Carrow Road Motors, Norwich", "Carrow Road Motors"],
    ["googling a name", "try googling Pinecrest Auto & Glass Boise, ask for me", "Pinecrest Auto & Glass Boise"],
    ["the browser as the place", "search the name Delgado Brothers Garage in your browser", "Delgado Brothers Garage"],
    ["a page for a business", "the BBB page for Summit Fleet Repair lists my cell", "Summit Fleet Repair"],
  ])("%s: %j hides the name", (_kind, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["using a site to find a mechanic", "I'm on angi looking for someone to do my brakes"],
    ["leaving a review", "are you on trustpilot? I want to leave a review"],
    ["searching for a fix", "try googling the P0299 code first, lots of videos"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("handles", () => {
  it.each([
    ["a handle by reference", "my tiktok is the same as my ig", "my tiktok is the same as my ig"],
    ["the same name as here", "my snap has the clip, same username as on here", "same username as on here"],
    ["a channel name", "check my builds on youtube, channel is DieselDanOz", "DieselDanOz"],
    ["a handle said with dot", "insta at carla dot wrenches", "carla dot wrenches"],
    ["a handle with a leading underscore", "my ig is like _tuned_by_rio", "_tuned_by_rio"],
    ["a quoted handle", "i post the dyno runs on discord, im 'boostbandit' there", "boostbandit"],
    ["a name on an app", "estoy en whatsapp como Taller Hermanos Ruiz", "Taller Hermanos Ruiz"],
    ["a name said under an app", "text my telegram. Name's there under Fast Eddie Mobile", "Fast Eddie Mobile"],
    ["the shop's account", "send a message to the garage's insta, we reply quicker", "insta"],
  ])("%s: %j hides the handle", (_kind, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["the same answer as before", "same as last time, the app worked fine"],
    ["a porch", "I'm on the porch, come round the side"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("look-up as a class: a name in a sentence that sends the reader to look the writer up", () => {
  it.each([
    ["the name first, the site after", "Corvin Hale is my profile on marketplace, search that", "Corvin Hale"],
    ["a ranking on a site", "we're top of google round here, Harlow Street Motors", "Harlow Street Motors"],
    ["a business named, the site later", "my shop is Kestrel Motors, you'll find it on google maps", "Kestrel Motors"],
  ])("%s: %j hides the name", (_kind, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["someone else's find", "my friend found Precision Tune on yelp"],
    ["a shop the sender looked up", "I looked up Pep Boys on google and they want 400"],
    ["a part to find", "can you find me a Bosch Icon blade on amazon"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("a handle typed beside an app", () => {
  it.each([
    ["after the app, any joiner", "kik me ~ rotor_rita21", "rotor_rita21"],
    ["before the app", "tonio.fixes88 on snap", "tonio.fixes88"],
  ])("%s: %j hides the handle", (_kind, text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
