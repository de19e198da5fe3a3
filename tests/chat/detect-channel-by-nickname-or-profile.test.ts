// Round 51: a channel named by its nickname or by a description, or a public profile pointed at, with no handle or number
// typed: the handle said to be the same on an app by nickname ("same name on the gram", "my @ is the same on ig", "I'm on the
// bird app, same handle"), an app told by its logo or its first letter ("the app with the green bubble", "you know the app that
// starts with W?"), a mailbox said to be a handle elsewhere ("hotmail is the same as my insta"), and a number left on a public
// page ("check my youtube channel, number's in the about section", "call the number on our listing"). Each is flagged and the
// pointer hidden. Apps as car features, a creator's how-to video, reviews read and the same name said of other things stay
// innocent.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a channel named by nickname or description, or a public profile", () => {
  it.each([
    ["the same name on an app's nickname", "I'm on the gram, same name", "same name"],
    ["the same handle over on an app", "my handle's the same over on tiktok", "same over on tiktok"],
    ["the same @ on a nickname", "same @ on snap", "same @ on snap"],
    ["the same username on an app told by its look", "find me on the bird app, same username 😉", "same username"],
    ["the username the same on an app", "my username is the same on insta", "the same on insta"],
    ["an app told by its bird logo", "add me on the app with the blue bird", "the app with the blue bird"],
    ["an app told by its bubble logo", "message me on the app with the speech bubble", "the app with the speech bubble"],
    ["an app told by its first letter", "the app beginning with a T, same number", "the app beginning with a T"],
    ["a mailbox the same as a handle", "gmail is the same as my snap", "gmail is the same as my snap"],
    ["an email the same as an account", "my email is the same as my instagram", "the same as my instagram"],
    ["a number in a page's about section", "check our facebook page, the number's in the about section", "the number's in the about section"],
    ["a number in a bio elsewhere", "my number's in my bio on insta", "my number's in my bio"],
    ["a number on a public listing", "ring the number on our google listing", "the number on our google listing"],
    ["a number on the sender's website", "text the number on my website", "the number on my website"],
  ])("%s: %j is flagged, the pointer hidden (rules and application)", (_form, text, secret) => {
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    // apps as features of the car
    ["whatsapp notifications don't come through android auto"],
    ["instagram and whatsapp both lag on the head unit"],
    // a creator's video, reviews read, the app named only as what the sender watched
    ["youtube channel ChrisFix shows this repair"],
    ["youtube channel ChrisFix has a great video on it"],
    ["I saw your shop's google reviews"],
    ["I saw on instagram that these engines burn oil"],
    ["leave us a google review if you're happy with the job"],
    // the same name, handle or number said of other things
    ["same name as my dad's car"],
    ["my son has the same name as me"],
    ["the door handle is the same on the other side"],
    ["the app that starts with the login screen keeps crashing"],
    ["the part number's in the description"],
    ["call the number on the quote if the workshop is late"],
    ["I called the number on your listing but no answer, so messaging here"],
    // a customer refusing to share
    ["I'd rather not share my instagram"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
