// Round 50: a professional offering to do the job themselves outside the booking is an off-platform deal, masked with its
// sentence: at the customer's place for less than a shop ("if you want I can do this at your place for way less than a
// shop"), their own side work ("skip the shop, I do driveway jobs on weekends"), the shop left out for their own hands
// ("forget the garage, I'll sort it Sunday"), or the customer invited to find them at a place at a usual time ("I'm usually
// at the Jiffy Lube on Slaughter Ln on Saturdays if you want to swing by"). A workshop's own offer on the platform, advice
// to the customer and scheduling through the app stay innocent.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("the job offered by the professional outside the booking", () => {
  it.each([
    ["at the customer's place under a shop's price", "if you want I can do this at your place for way less than a shop, just say the word", "at your place"],
    ["in the customer's driveway for half a shop's charge", "I could swap those pads in your driveway on Sunday for half what the shop charges", "in your driveway"],
    ["at the customer's house, the shop skipped", "skip the shop, I'll do it at your place this weekend", "at your place"],
    ["cheaper than any garage at the customer's home", "we could fix the leak at your house for a lot less than the dealer would charge", "at your house"],
    ["driveway jobs with the shop skipped", "honestly you could skip the shop, I do driveway jobs on weekends", "driveway jobs"],
    ["side jobs cheaper than a garage", "I do side jobs after hours, way cheaper than any garage", "side jobs"],
    ["jobs out of the sender's garage", "I also do jobs out of my garage, hit me up if the quote is too steep", "jobs out of my garage"],
    ["weekend work priced under a shop", "I take on weekend work too, cheaper than the shop by a mile", "weekend work"],
    ["the shop skipped for the sender's own hands", "forget the garage, I'll sort it for you Sunday", "I'll sort it"],
    ["the shop skipped before an offer to do it", "Honestly just skip the shop. I can do the rotors myself", "I can do the rotors"],
    ["a usual post at a store with a drop-in", "I'm usually at the Jiffy Lube on Slaughter Ln on Saturdays if you want to swing by", "Jiffy Lube on Slaughter Ln"],
    ["a usual post at a warehouse store", "I'm usually at the Costco on Hwy 71 on Sundays, swing by and I'll take a look", "Costco on Hwy 71"],
    ["found at a fuel station most evenings", "you can usually find me at the Shell on Burnet most evenings, come by and I'll check it", "Shell on Burnet"],
  ])("%s: %j is a deal, its detail hidden (rules and application)", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    // the workshop's own offers on the platform
    ["we can do it at our shop Tuesday"],
    ["we can do the brakes at the shop on Thursday, the slot is open in the app"],
    ["mobile service is listed on our profile, book it in the app"],
    ["our mobile tech can come to your place, just book mobile service here"],
    ["we can fit you in Saturday at the shop, book through the app"],
    ["we do weekend work too, book the mobile service in the app"],
    ["I do mobile work, book through the app and pick the mobile option"],
    // advice to the customer
    ["you could do the pads yourself in your driveway"],
    ["you could do the pads yourself in your driveway for way less than a shop"],
    ["a shop will charge less than the dealer"],
    ["honestly you could skip the dealer, any independent shop can do it"],
    ["I'd skip the shop for this one, it's a 10 minute job you can do yourself"],
    ["skip the shop, I'll send you a video on how to do it yourself"],
    ["my brother does driveway jobs, he's cheaper than a shop"],
    ["no need for a shop visit, I can do it over video in the session"],
    ["skip the shop for now, I can check it on a video call first"],
    // where the sender is busy, or the booked premises
    ["I'm usually at the gym on Saturdays so weekdays work better for the drop off"],
    ["I'm usually at the shop on Saturdays if you want to swing by, book a slot in the app"],
    ["I'm always at the front desk mornings, come by and drop the keys"],
    ["I'm usually at the hospital on weekends, could we do Monday?"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
