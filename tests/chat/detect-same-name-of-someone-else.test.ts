// Round 52: "the same name on <app>" said of someone else is a warning or a story, not a channel: "watch out, a guy with the
// same name on facebook is a scammer", "my cousin has the same name on facebook lol", "Heads up: same name on facebook but
// different shop, not us". Round 51's rule for the handle given as the same name on an app (search-by-name.ts), the one for
// "the same name as here" (social.ts), a named app's reading (social.ts appIsChannel) and the trained stage's reading of "name
// on instagram" as a spoken address (candidates.ts standsAsEmail) now ask whose name it is (someone-elses-name.ts). The sender's
// own presence stays caught, also beside a warning ("not a scammer lol, same name on the gram, add me") or with a relative's
// page the reader is sent to ("my brother has the same name on fb, message him there"). Sentences written for this branch.
// Probed with the rules alone and with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("the same name on an app", () => {
  it.each([
    // someone else with the name: a scammer, a fake page, an impersonator, another shop
    ["watch out, a guy with the same name on facebook is a scammer"],
    ["Heads up: same name on facebook but different shop, not us"],
    ["there's a fake page with the same name on instagram, it's not us"],
    ["someone made an account with the same name on fb and is messaging our customers"],
    ["heads up, a scammer is using the same name on the gram, we never ask for deposits there"],
    ["beware of a profile using the same name on tiktok, that isn't me"],
    ["fyi an impersonator with the same name on facebook is offering cheap repairs, please report it"],
    ["some clown copied our shop and uses the same name on insta, ignore him"],
    ["another mechanic has the same name on ig, got nothing to do with me"],
    ["watch out theres a dude w/ the same name on fb selling fake parts"],
    ["a fake with the same handle on tiktok has been DMing people, it's not us"],
    ["someone's impersonating me, same name on facebook, please report it if they message you"],
    ["be careful, there's a page with the same username on insta pretending to be your workshop"],
    ["the scam account had the same name on whatsapp as the real workshop"],
    ["a scam page with the same @ on instagram is asking people for deposits"],
    ["lol theres another Dave's Motors with the same name on google, not them"],
    ["a guy with the same name as here on insta keeps messaging me, is that you?"],
    ["same name on facebook, it's a scam page, please report it"],
    ["same name on insta but that's not us, we only use this app"],
    // a relative, a neighbour or a stranger who shares the name
    ["my cousin has the same name on facebook lol, people mix us up all the time"],
    ["my neighbour's got the same name on fb, he's the one who recommended this app"],
    ["my cousin goes by the same name over on snapchat lol"],
    ["She's got the same name on insta but it's a different person"],
    ["a bloke with the same name on marketplace tried to sell me dodgy parts"],
    ["i got a friend request from someone with the same name on facebook, was it you? i didnt accept"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });

  it.each([
    // the sender's own presence under the same name
    ["same name on the gram", "same name on the gram"],
    ["I'm on insta, same name", "same name"],
    ["i go by the same name on insta", "same name on insta"],
    ["my name's the same on ig", "the same on ig"],
    ["we're on instagram, same handle", "same handle"],
    ["Im on tiktok w the same name, posting the build there", "the same name"],
    ["ya im on the gram, same handle, slide in", "same handle"],
    ["Customer here, same name on fb if the app plays up", "same name on fb"],
    ["our shop's on insta, same name, hit us up", "same name"],
    ["I'm on snapchat, same name", "same name"],
    // beside a warning, the account vouched for or the reader invited there
    ["not a scammer lol, same name on the gram, add me", "same name on the gram"],
    ["its really me not a fake, same name on insta, follow me there", "same name on insta"],
    ["same name on facebook, the real one with the blue van pic", "same name on facebook"],
    ["same name on fb, beware of fakes", "same name on fb"],
    ["a page with the same name on fb is ours, follow it", "same name on fb"],
    ["my mate told me about this app, I'm on insta, same name", "same name"],
    ["if anyone asks, I'm on insta, same name", "same name"],
    // someone else's page the reader is sent to
    ["my brother has the same name on fb, message him there", "same name on fb"],
  ])("%j is flagged, %j hidden (rules and application)", (text, secret) => {
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });
});
