// The look-up grammar (phrases.ts, LOOKUP_GRAMMAR) and the handle grammar's widenings (social.ts,
// CHANNEL_GRAMMAR 4 to 6): a finding verb in any tense, a platform (short forms and misspellings
// included) and a name, in any order; the name is masked. Reports of one's own search, videos to
// watch and other Google products stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a platform look-up", () => {
  it.each([
    ["a phrasal verb, name then site", "pull up Kessler Brake Works on google maps", "Kessler Brake Works"],
    ["a verb in -ing", "try finding Norbury Auto Clinic on google", "Norbury Auto Clinic"],
    ["check out", "check out Dunmore Mobile Mechanics on facebook", "Dunmore Mobile Mechanics"],
    ["the name as its own sentence after the cue", "would you mind looking us up on yelp? Harlow Tyre Centre", "Harlow Tyre Centre"],
    ["the name before, google it after", "the shop is Pell Street Motors, google it", "Pell Street Motors"],
    ["a misspelt site", "we're on instagarm as Fenwick Auto Body", "Fenwick Auto Body"],
    ["lower case after a self-introduction", "on facebook im joe the wheel guy, message me", "joe the wheel guy"],
    ["Portuguese", "me acha no google como Oficina Souza Reparos", "Oficina Souza Reparos"],
    ["German, site then name", "such bei google nach Kfz Meister Brandt", "Kfz Meister Brandt"],
    ["google with a lower-case business name", "just google carver street garage and ask for me", "carver street garage"],
    ["a site by reference to the shop name", "our fb page is the business name - Quayside Motor Repairs", "Quayside Motor Repairs"],
    ["the name as its own sentence after being on a site", "We're on Houzz too. Larkin Auto Glass. Same prices", "Larkin Auto Glass"],
    ["a site, then look for the name", "open yelp, sort by distance and look for Castro Bros. Auto Care", "Castro Bros. Auto Care"],
    ["a site by its generic noun", "look us up on the thumbtack app, Mendel & Daughters Garage", "Mendel & Daughters Garage"],
    ["a quoted name that is us", "google, bing, whatever: 'Northgate Radiator Works' is us", "Northgate Radiator Works"],
    ["a misspelt verb and site, a quoted lower-case name", "searh yelpp for 'tidewater rotary'", "tidewater rotary"],
    ["an abbreviated site with an arrow", "G-Maps ➡️ Harbor Point Motors LLC", "Harbor Point Motors LLC"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["google says it's the thermostat"],
    ["I found the part on ebay for 40 bucks"],
    ["check the youtube video on bleeding the brakes"],
    ["search youtube for Dave the Diesel Guy injector video"],
    ["we're on google pay for the deposit?"],
    ["just google brake pad wear symptoms"],
    ["I googled auto parts near me and got nothing"],
    ["the bag weighs 50 gram"],
    ["search 5w30 oil on google, any brand is fine"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("an account named around an app", () => {
  it.each([
    ["the name the sender is under, lower case", "you on telegram? im under maria fixes cars", "maria fixes cars"],
    ["the handle after words about it", "my @ is the same on every app: brakequeen_88", "brakequeen_88"],
    ["a forum as the platform", "i'm Rotary4Life on the rx7 forum, pm me", "Rotary4Life"],
    ["a capital look-alike letter in the app", "add me on ΙG, pistonpete_22", "pistonpete_22"],
    ["an app's short form with a dot", "t.g @wrenchpete", "@wrenchpete"],
    ["the chat moved to an app", "sir can we continue on wa? signal is bad here", "wa"],
    ["the app the reader may have, then what to do there", "if u have google duo we can do a video call there", "google duo"],
    ["an app's id the same as here", "kakao id is same as here", "kakao"],
    ["the name one goes by on every app", "I go by rotaryrita on pretty much every app", "rotaryrita"],
    ["the handle on there", "my username on there is turbo.tess.22", "turbo.tess.22"],
  ])("%s: %j hides the account", (_form, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I'm under the car now, back in ten"],
    ["can we go on the line at 3, the shop phone"],
    ["let's move to the back lot, more light there"],
    ["my car is the same as yours: gearbox_issue"],
    ["e.g. the pads and the rotors"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
